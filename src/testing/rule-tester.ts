import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { ReferenceSettings } from '../k8s/external.js';
import type { Finding } from '../lint/result.js';
import { formatMessage, type Rule, type RunSettings, type Severity } from '../lint/rule.js';
import parseErrorRule from '../lint/rules/parse-error.js';
import { lintSourcesPrepared } from '../lint/sources.js';
import { applyFixes } from '../lint/fix.js';
import { MAX_FIX_PASSES } from '../lint/fix-run.js';
import type { LoadedSet } from '../load/load.js';

/**
 * What the tester needs of a test framework (vitest, node:test, mocha all fit): it declares
 * suites and cases, and checks with node:assert, whose errors every runner shows with a diff.
 */
export interface TestFramework {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void> | void): void;
}

export interface RuleTesterOptions {
  framework: TestFramework;
  /** The directory `fixture` paths are relative to (and `fixtures/rules/<id>/` is under). */
  fixturesRoot: string;
}

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
  /** The placeholders of the message: the message must be its template filled with these. */
  data?: Record<string, string | number>;
  /** The related locations, in order (each at least these fields). */
  related?: ExpectedRelated[];
}

export interface ExpectedRelated {
  line: number;
  column: number;
  file?: string;
  messageIncludes?: string[];
}

export interface InvalidCase<MessageIds extends string, Options> extends CaseBase<Options> {
  errors: ExpectedError<MessageIds>[];
  /**
   * The text after `--fix` (ESLint's `output`): a string for a one-file case, else the new
   * text of each file that changes. `null` (or leaving it out) asserts that nothing is fixed.
   * The tester applies the rule's fixes until a pass changes nothing, and checks that the
   * fixed findings are gone, that the text still parses, and that a second fix is a no-op.
   */
  output?: string | Record<string, string> | null;
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

function readFixture(root: string, fixture: string): Record<string, string> {
  const absolute = path.resolve(root, fixture);
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

function caseFiles(root: string, testCase: CaseBase<unknown>): Record<string, string> {
  const sources = [testCase.code, testCase.files, testCase.fixture].filter(
    (entry) => entry !== undefined,
  );
  if (sources.length !== 1) {
    throw new Error('A test case needs exactly one of code, files or fixture.');
  }
  if (testCase.code !== undefined) {
    return { 'case.yaml': testCase.code };
  }
  return testCase.files ?? readFixture(root, testCase.fixture ?? '');
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
 * RuleTester after ESLint's and typescript-eslint's: every invalid case pins line and column
 * (and, when given, the message's data and the related locations), valid cases must stay
 * silent, options are checked against the rule's option schema, inputs are frozen so a rule
 * cannot mutate them, messages are checked for unfilled placeholders and reports for kinds
 * outside the rule's `meta.kinds`. The test framework and the fixtures' root are passed in.
 */
export class RuleTester {
  constructor(private readonly options: RuleTesterOptions) {}

  run<MessageIds extends string, Options>(
    rule: Rule<MessageIds, Options>,
    tests: RuleTests<MessageIds, Options>,
  ): void {
    const { framework, fixturesRoot } = this.options;
    const { describe, it } = framework;
    const usedFixtures = new Set(
      [...tests.valid, ...tests.invalid].flatMap((testCase) =>
        testCase.fixture ? [path.normalize(testCase.fixture)] : [],
      ),
    );
    const validateOptions = rule.meta.optionsSchema
      ? new Ajv({ allErrors: true, strict: false }).compile(rule.meta.optionsSchema)
      : undefined;
    const lintCase = async (testCase: CaseBase<Options>) => {
      if (testCase.options !== undefined) {
        assert.ok(validateOptions, `${rule.id} takes no options, but the case sets some`);
        assert.ok(
          validateOptions(testCase.options),
          `options do not match the option schema of ${rule.id}: ${JSON.stringify(validateOptions.errors)}`,
        );
      }
      const files = caseFiles(fixturesRoot, testCase);
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
    const lintFiles = (files: Record<string, string>, testCase: CaseBase<Options>) =>
      lintCase({ ...testCase, code: undefined, fixture: undefined, files });
    const hasEdits = (finding: Finding): boolean =>
      finding.ruleId === rule.id &&
      finding.autofix !== undefined &&
      'edits' in finding.autofix &&
      finding.autofix.edits.length > 0;
    const checkFix = async (
      testCase: InvalidCase<MessageIds, Options>,
      files: Record<string, string>,
      findings: Finding[],
    ) => {
      let current = { ...files };
      let passes = 0;
      let remaining = findings;
      while (remaining.some(hasEdits)) {
        assert.ok(passes < MAX_FIX_PASSES, `the fixes did not settle in ${MAX_FIX_PASSES} passes`);
        const applied = applyFixes(
          new Map(Object.entries(current)),
          remaining.filter((finding) => finding.ruleId === rule.id),
        );
        assert.ok(applied.texts.size > 0, 'a fix with edits changed nothing');
        current = { ...current, ...Object.fromEntries(applied.texts) };
        passes++;
        remaining = (await lintFiles(current, testCase)).result.findings;
      }
      const changed = Object.fromEntries(
        Object.entries(current).filter(([file, text]) => files[file] !== text),
      );
      const names = Object.keys(files);
      const expected =
        testCase.output === undefined || testCase.output === null
          ? {}
          : typeof testCase.output === 'string'
            ? { [names[0] ?? 'case.yaml']: testCase.output }
            : testCase.output;
      assert.ok(
        typeof testCase.output !== 'string' || names.length === 1,
        'a string output is for a one-file case; give the files that change',
      );
      assert.deepEqual(
        changed,
        expected,
        testCase.output === undefined ? 'the rule fixed the code: add its output' : 'output',
      );
      if (passes > 0) {
        const fixable = findings.filter(hasEdits).length;
        const before = findings.filter((finding) => finding.ruleId === rule.id).length;
        const after = remaining.filter((finding) => finding.ruleId === rule.id).length;
        assert.ok(after <= before - fixable, 'a fixed finding is still reported');
        assert.deepEqual(
          remaining.filter((finding) => finding.ruleId === 'parse-error').map((f) => f.message),
          [],
          'the fixed text does not parse',
        );
      }
    };
    const checkCommon = (findings: Finding[]) => {
      for (const finding of findings) {
        assert.doesNotMatch(finding.message, /\{\{/, 'message has an unfilled placeholder');
        assert.match(
          finding.message,
          /^[A-Z"].*[.)]$/s,
          'messages start with a capital and end with a period',
        );
        assert.ok(finding.column > 0, 'columns are 1-based');
        if (finding.object && finding.ruleId === rule.id && !rule.meta.kinds.includes('*')) {
          assert.ok(
            rule.meta.kinds.includes(finding.object.kind),
            `reported on ${finding.object.kind}, outside meta.kinds`,
          );
        }
      }
    };

    describe(rule.id, () => {
      const names = [...tests.valid, ...tests.invalid].map(
        (testCase) => `${caseName(testCase)}\u0000${JSON.stringify(testCase.options ?? {})}`,
      );
      it('has no duplicate cases', () => {
        assert.equal(new Set(names).size, names.length);
      });

      describe('valid', () => {
        for (const testCase of tests.valid) {
          it(caseName(testCase), async () => {
            const { result } = await lintCase(testCase);
            checkCommon(result.findings);
            assert.deepEqual(
              result.findings.map(
                (finding) =>
                  `${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`,
              ),
              [],
            );
          });
        }
      });

      describe('invalid', () => {
        for (const testCase of tests.invalid) {
          it(caseName(testCase), async () => {
            const { files, result } = await lintCase(testCase);
            checkCommon(result.findings);
            await checkFix(testCase, files, result.findings);
            const multiFile = Object.keys(files).length > 1;
            assert.ok(
              testCase.errors.length > 0,
              'an invalid case needs at least one expected error',
            );
            assert.deepEqual(
              result.findings.map((finding) => ({
                messageId:
                  finding.ruleId === rule.id
                    ? finding.messageId
                    : `${finding.ruleId}:${finding.messageId}`,
                line: finding.line,
                column: finding.column,
                ...(multiFile ? { file: finding.file } : {}),
              })),
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
                assert.equal(finding.endLine, error.endLine, 'endLine');
              }
              if (error.endColumn !== undefined) {
                assert.equal(finding.endColumn, error.endColumn, 'endColumn');
              }
              if (error.severity !== undefined) {
                assert.equal(finding.severity, error.severity, 'severity');
              }
              for (const text of error.messageIncludes ?? []) {
                assert.ok(
                  finding.message.includes(text),
                  `message lacks "${text}": ${finding.message}`,
                );
              }
              if (error.data !== undefined) {
                const template = rule.meta.messages[error.messageId];
                assert.equal(finding.message, formatMessage(rule.id, template, error.data));
              }
              if (error.related !== undefined) {
                assert.deepEqual(
                  (finding.related ?? []).map((related) => ({
                    line: related.line,
                    column: related.column,
                    ...(multiFile ? { file: related.file } : {}),
                  })),
                  error.related.map((related) => ({
                    line: related.line,
                    column: related.column,
                    ...(multiFile ? { file: related.file } : {}),
                  })),
                  'related locations',
                );
                error.related.forEach((expected, position) => {
                  const message = finding.related?.[position]?.message ?? '';
                  for (const text of expected.messageIncludes ?? []) {
                    assert.ok(
                      message.includes(text),
                      `related message lacks "${text}": ${message}`,
                    );
                  }
                });
              }
            });
          });
        }
      });

      const fixtureDirectory = path.join(fixturesRoot, 'fixtures', 'rules', rule.id);
      if (fs.existsSync(fixtureDirectory)) {
        it(`uses every fixture in fixtures/rules/${rule.id}`, () => {
          const present = fs
            .readdirSync(fixtureDirectory)
            .map((name) => path.normalize(`fixtures/rules/${rule.id}/${name}`));
          assert.deepEqual(
            present.filter((fixture) => !usedFixtures.has(fixture)),
            [],
          );
        });
      }
    });
  }
}
