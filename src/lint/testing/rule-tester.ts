import type { ReferenceSettings } from '../k8s/external.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine.js';
import type { LoadedSet } from '../load.js';
import type { Rule, RunSettings, Severity } from '../rule.js';
import { lintSourcesPrepared } from './lint-sources.js';
import parseErrorRule from '../rules/parse-error.js';

/** Repository root: fixtures are named relative to it. */
const ROOT = path.resolve(import.meta.dirname, '../../..');

interface CaseBase<Options> {
  name?: string;
  /** Inline YAML (one file, `case.yaml`). */
  code?: string;
  /** Several in-memory files. */
  files?: Record<string, string>;
  /** A fixture file or directory, relative to the repository root. */
  fixture?: string;
  options?: Partial<Options>;
  settings?: Partial<RunSettings>;
  /** `references` of the config, e.g. `{assumeExternal: ['kube-system']}`. */
  references?: ReferenceSettings;
}

export type ValidCase<Options> = CaseBase<Options>;

export interface ExpectedError<MessageIds extends string> {
  messageId: MessageIds;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Required when the case has more than one file. */
  file?: string;
  severity?: Severity;
  /** Substrings the message must contain (numbers and names that matter). */
  messageIncludes?: string[];
}

export interface InvalidCase<MessageIds extends string, Options> extends CaseBase<Options> {
  errors: ExpectedError<MessageIds>[];
}

export interface RuleTests<MessageIds extends string, Options> {
  valid: ValidCase<Options>[];
  invalid: InvalidCase<MessageIds, Options>[];
}

function deepFreeze(value: unknown): void {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
}

function readFixture(fixture: string): Record<string, string> {
  const absolute = path.resolve(ROOT, fixture);
  const stat = fs.statSync(absolute);
  if (stat.isFile()) {
    return { [fixture]: fs.readFileSync(absolute, 'utf8') };
  }
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(absolute).sort()) {
    if (/\.(ya?ml|json)$/.test(name)) {
      files[`${fixture}/${name}`] = fs.readFileSync(path.join(absolute, name), 'utf8');
    }
  }
  return files;
}

function caseFiles(testCase: CaseBase<unknown>): Record<string, string> {
  const sources = [testCase.code, testCase.files, testCase.fixture].filter(
    (entry) => entry !== undefined,
  );
  if (sources.length !== 1) {
    throw new Error('A test case needs exactly one of code, files or fixture.');
  }
  if (testCase.code !== undefined) {
    return { 'case.yaml': testCase.code };
  }
  return testCase.files ?? readFixture(testCase.fixture ?? '');
}

function caseName(testCase: CaseBase<unknown>): string {
  if (testCase.name) {
    return testCase.name;
  }
  if (testCase.fixture) {
    return testCase.fixture;
  }
  const firstLine = (testCase.code ?? Object.values(testCase.files ?? {})[0] ?? '')
    .split('\n')
    .find((line) => line.trim() !== '');
  return firstLine ?? 'case';
}

/**
 * RuleTester for vitest, after ESLint's: every invalid case pins line and column, valid cases
 * must stay silent, inputs are frozen so a rule cannot mutate them, messages are checked for
 * unfilled placeholders and reports for kinds outside the rule's `meta.kinds`.
 */
export class RuleTester {
  run<MessageIds extends string, Options>(
    rule: Rule<MessageIds, Options>,
    tests: RuleTests<MessageIds, Options>,
  ): void {
    const usedFixtures = new Set(
      [...tests.valid, ...tests.invalid].flatMap((testCase) =>
        testCase.fixture ? [path.normalize(testCase.fixture)] : [],
      ),
    );
    const lintCase = async (testCase: CaseBase<Options>) => {
      const files = caseFiles(testCase);
      const ruleSettings = testCase.options
        ? { [rule.id]: { options: testCase.options as Record<string, unknown> } }
        : {};
      const result = await lintSourcesPrepared(files, {
        rules: rule.id === 'parse-error' ? [rule] : [rule, parseErrorRule],
        ruleSettings,
        ...(testCase.settings ? { settings: testCase.settings } : {}),
        ...(testCase.references ? { references: testCase.references } : {}),
        beforeLint: (set: LoadedSet) =>
          set.manifests.forEach((manifest) => deepFreeze(manifest.object)),
      });
      return { files, result };
    };
    const checkCommon = (findings: Finding[]) => {
      for (const finding of findings) {
        expect(finding.message, 'message has an unfilled placeholder').not.toMatch(/\{\{/);
        expect(finding.message, 'messages start with a capital and end with a period').toMatch(
          /^[A-Z"].*[.)]$/s,
        );
        expect(finding.column).toBeGreaterThan(0);
        if (finding.object && finding.ruleId === rule.id && !rule.meta.kinds.includes('*')) {
          expect(
            rule.meta.kinds,
            `reported on ${finding.object.kind}, outside meta.kinds`,
          ).toContain(finding.object.kind);
        }
      }
    };

    describe(rule.id, () => {
      const names = [...tests.valid, ...tests.invalid].map(
        (testCase) => `${caseName(testCase)}\u0000${JSON.stringify(testCase.options ?? {})}`,
      );
      it('has no duplicate cases', () => {
        expect(new Set(names).size).toBe(names.length);
      });

      describe('valid', () => {
        for (const testCase of tests.valid) {
          it(caseName(testCase), async () => {
            const { result } = await lintCase(testCase);
            checkCommon(result.findings);
            expect(
              result.findings.map(
                (finding) =>
                  `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`,
              ),
            ).toEqual([]);
          });
        }
      });

      describe('invalid', () => {
        for (const testCase of tests.invalid) {
          it(caseName(testCase), async () => {
            const { files, result } = await lintCase(testCase);
            checkCommon(result.findings);
            const multiFile = Object.keys(files).length > 1;
            const actual = result.findings.map((finding) => ({
              messageId:
                finding.ruleId === rule.id
                  ? finding.messageId
                  : `${finding.ruleId}:${finding.messageId}`,
              line: finding.line,
              column: finding.column,
              ...(multiFile ? { file: finding.file } : {}),
              message: finding.message,
            }));
            expect(
              testCase.errors.length,
              'an invalid case needs at least one expected error',
            ).toBeGreaterThan(0);
            expect(actual.map(({ message: _message, ...rest }) => rest)).toEqual(
              testCase.errors.map((error) => ({
                messageId: error.messageId,
                line: error.line,
                column: error.column,
                ...(multiFile ? { file: error.file } : {}),
              })),
            );
            testCase.errors.forEach((error, index) => {
              const finding = result.findings[index];
              if (!finding) {
                return;
              }
              if (error.endLine !== undefined) {
                expect(finding.endLine).toBe(error.endLine);
              }
              if (error.endColumn !== undefined) {
                expect(finding.endColumn).toBe(error.endColumn);
              }
              if (error.severity !== undefined) {
                expect(finding.severity).toBe(error.severity);
              }
              for (const text of error.messageIncludes ?? []) {
                expect(finding.message).toContain(text);
              }
            });
          });
        }
      });

      const fixtureDirectory = path.join(ROOT, 'fixtures', 'rules', rule.id);
      if (fs.existsSync(fixtureDirectory)) {
        it(`uses every fixture in fixtures/rules/${rule.id}`, () => {
          const present = fs
            .readdirSync(fixtureDirectory)
            .map((name) => path.normalize(`fixtures/rules/${rule.id}/${name}`));
          const unused = present.filter((fixture) => !usedFixtures.has(fixture));
          expect(unused).toEqual([]);
        });
      }
    });
  }
}
