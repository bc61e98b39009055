/**
 * The peer verdicts of tests/peers/cases/ (coverage.ts, scaling-checks.ts, kyverno-states.ts,
 * kyverno-chainsaw.ts, schema-deprecation.ts, house-rules.ts and the Kyverno cases of
 * requests.ts; the other files are checked by their own tests), checked against the corpus
 * they were taken from (../shared/corpus expected_results.json files, the Kyverno
 * kyverno-test suites and chainsaw tests), so a verdict written there cannot drift from the
 * peer's own harness.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { GROUPS as COVERAGE } from './cases/coverage.js';
import { GROUPS as HOUSE_RULES } from './cases/house-rules.js';
import { GROUPS as KYVERNO_CHAINSAW } from './cases/kyverno-chainsaw.js';
import { GROUPS as KYVERNO_STATES } from './cases/kyverno-states.js';
import { GROUPS as REQUESTS } from './cases/requests.js';
import { GROUPS as SCHEMAS } from './cases/schema-deprecation.js';
import { GROUPS as SCALING } from './cases/scaling-checks.js';
import { CORPUS, type PeerCase } from './harness.js';

function corpus<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as T;
}

const GROUPS = [
  ...COVERAGE,
  ...SCALING,
  ...KYVERNO_STATES,
  ...SCHEMAS,
  ...HOUSE_RULES,
  ...KYVERNO_CHAINSAW,
  ...REQUESTS.filter((group) => group.tool === 'Kyverno'),
];

const casesOf = (tool: string): PeerCase[] =>
  GROUPS.filter((group) => group.tool === tool).flatMap((group) => [...group.cases]);

const fails = (testCase: PeerCase): boolean =>
  typeof testCase.peer === 'boolean' ? testCase.peer : testCase.peer.length > 0;

describe.skipIf(!fs.existsSync(CORPUS))('coverage verdicts match ../shared/corpus', () => {
  it('kube-score: grade other than AllOK ⇔ fails', () => {
    const { cases } = corpus<{
      cases: Array<{
        fixtures: string[];
        check_id: string;
        expected_grade: string;
        config: string | null;
      }>;
    }>('kube-score/expected_results.json');
    for (const testCase of casesOf('kube-score')) {
      const minimum = testCase.options?.minimum;
      const config =
        testCase.peerConfig ??
        (minimum === undefined ? undefined : `MinReplicasDeployment: ${String(minimum)}`);
      const entry = cases.find(
        (candidate) =>
          candidate.check_id === testCase.check &&
          `kube-score/${candidate.fixtures[0]}` === testCase.fixture &&
          (config === undefined || (candidate.config ?? '').includes(`${config},`)),
      );
      expect(entry, `${testCase.check} ${testCase.fixture}`).toBeDefined();
      expect(fails(testCase), testCase.fixture).toBe(entry?.expected_grade !== 'GradeAllOK');
    }
  });

  it('Polaris: failure file ⇔ fails', () => {
    const { cases } = corpus<{
      cases: Array<{ check: string; fixture: string; expected: string }>;
    }>('polaris/expected_results.json');
    for (const testCase of casesOf('Polaris')) {
      const entry = cases.find(
        (candidate) =>
          candidate.check === testCase.check && `polaris/${candidate.fixture}` === testCase.fixture,
      );
      expect(entry, testCase.fixture).toBeDefined();
      expect(fails(testCase), testCase.fixture).toBe(entry?.expected === 'fail');
    }
  });

  it('kube-linter: the bats report count', () => {
    const { tests } = corpus<{
      tests: Array<{ test: string; expected_report_count: number | null }>;
    }>('kube-linter/expected_results.json');
    for (const testCase of casesOf('kube-linter')) {
      const entry = tests.find((test) => test.test === testCase.check);
      expect(entry?.expected_report_count, testCase.check).toBe((testCase.peer as string[]).length);
    }
  });

  it('Kyverno: the kyverno-test results, or the chainsaw bad/good files', () => {
    const { tests } = corpus<{
      tests: Array<{
        kind: string;
        file: string;
        results?: Array<{ resources: string[]; result: string }>;
      }>;
    }>('kyverno-policies/expected_results.json');
    const kyverno = casesOf('Kyverno');
    for (const testCase of kyverno) {
      const files = [testCase.fixture, ...(testCase.with ?? [])];
      const dir = path.dirname(path.join(CORPUS, testCase.fixture));
      if (dir.endsWith('.kyverno-test')) {
        // Every object of the fixture the suite fails is reported by a case of that fixture,
        // and every object a case reports is one the suite fails.
        const suite = tests.find(
          (test) =>
            test.kind === 'kyverno-test' &&
            path.join(CORPUS, 'kyverno-policies', test.file) ===
              path.join(dir, 'kyverno-test.yaml'),
        );
        expect(suite, testCase.fixture).toBeDefined();
        const failing = new Set(
          (suite?.results ?? [])
            .filter((result) => result.result === 'fail')
            .flatMap((result) => result.resources.map((name) => name.split('/').pop() ?? name)),
        );
        const names = parseAllDocuments(
          fs.readFileSync(path.join(CORPUS, testCase.fixture), 'utf8'),
        ).map((document) => String(document.getIn(['metadata', 'name']) ?? ''));
        const listed = new Set(
          kyverno
            .filter((other) => other.fixture === testCase.fixture && Array.isArray(other.peer))
            .flatMap((other) => other.peer as string[]),
        );
        if (Array.isArray(testCase.peer)) {
          for (const name of testCase.peer) {
            expect(failing.has(name), `${name} fails in ${suite?.file ?? ''}`).toBe(true);
          }
          for (const name of names.filter((candidate) => failing.has(candidate))) {
            expect(listed.has(name), `${name} (failed by the suite) is a listed fail`).toBe(true);
          }
        } else {
          expect(
            names.some((name) => failing.has(name)),
            testCase.fixture,
          ).toBe(testCase.peer);
        }
        continue;
      }
      // chainsaw: bad.yaml / ss-bad.yaml must be the file applied with an expected error.
      const test = fs.readFileSync(path.join(dir, 'chainsaw-test.yaml'), 'utf8');
      const applied = files
        .map((file) => path.basename(file))
        .find((file) => /bad|good/.test(file));
      expect(applied, testCase.fixture).toBeDefined();
      const errors =
        new RegExp(
          `file: ${applied ?? ''}\\s*\\n\\s*expect:\\s*\\n\\s*- check:\\s*\\n\\s*\\(\\$error != null\\): true`,
        ).test(test) ||
        new RegExp(`\\(\\$error != null\\): true\\s*\\n\\s*file: ${applied ?? ''}`).test(test);
      expect(errors, `${applied ?? ''} is applied expecting an error`).toBe(fails(testCase));
    }
  });
});
