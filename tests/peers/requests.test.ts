/**
 * missing-requests against the peers' own fixtures and verdicts (fixtures/peers, copied from
 * ../shared/corpus; see docs/peer-comparison.md, section "Resource requests").
 *
 * Every case runs the real rule set (every built-in rule, `lintSourcesPrepared`) with
 * missing-requests configured like the peer's check (`resources: [cpu]` for a cpu check), and
 * compares the objects missing-requests reports with the peer's verdict, taken from its own
 * harness: kube-linter e2etests/bats-tests.sh, Polaris test/schema_test.go (failure/success
 * file prefix), kube-score score/*_test.go (Critical/Warning fail, AllOK passes) and Kyverno
 * .kyverno-test/kyverno-test.yaml. `disagreement` is present exactly when the verdicts differ.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './harness.js';
import { KUBE_LINTER, KUBE_SCORE, KYVERNO, POLARIS_CASES } from './cases/requests.js';

/** The peer verdicts written above, checked against the corpus they were taken from. */
function corpus<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as T;
}

describe.skipIf(!fs.existsSync(CORPUS))('peer verdicts match ../shared/corpus', () => {
  it('kube-linter (expected_results.json): report counts and kinds', () => {
    const { tests } = corpus<{
      tests: Array<{
        test: string;
        fixture: string;
        expected_report_count: number | null;
        expected_reports: Array<{ expected: string }>;
      }>;
    }>('kube-linter/expected_results.json');
    for (const testCase of KUBE_LINTER.filter((candidate) =>
      candidate.fixture.startsWith('kube-linter/tests/checks'),
    )) {
      const entry = tests.find((test) => test.test === testCase.check);
      expect(entry?.fixture).toBe(testCase.fixture.replace(/^kube-linter\//, ''));
      expect(entry?.expected_report_count).toBe((testCase.peer as string[]).length);
      expect(entry?.expected_reports.map((report) => report.expected.split(':')[0])).toEqual([
        'Deployment',
        'DeploymentConfig',
      ]);
    }
  });

  it('kube-score (expected_results.json): every container-resources case', () => {
    const { cases } = corpus<{
      cases: Array<{
        fixtures: string[];
        check_id: string;
        expected_grade: string;
        config: string | null;
      }>;
    }>('kube-score/expected_results.json');
    const graded = cases.filter(
      (entry) => entry.check_id === 'container-resources' && entry.fixtures.length > 0,
    );
    expect(graded.length).toBe(KUBE_SCORE.length);
    for (const entry of graded) {
      const ignoresCpu = /IgnoreContainerCpuLimitRequirement: true/.test(entry.config ?? '');
      const mine = KUBE_SCORE.filter(
        (testCase) =>
          testCase.fixture === `kube-score/${entry.fixtures[0]}` &&
          (!/IgnoreContainerCpuLimitRequirement/.test(entry.config ?? '') ||
            testCase.check.includes(ignoresCpu ? ': true' : ': false') ||
            testCase.check.includes('both')),
      );
      expect(mine, entry.fixtures[0]).toHaveLength(1);
      expect(mine[0]?.peer, entry.fixtures[0]).toBe(entry.expected_grade !== 'GradeAllOK');
    }
  });

  it('Polaris (expected_results.json): every pass/fail case of the two checks', () => {
    const { cases } = corpus<{
      cases: Array<{ check: string; fixture: string; expected: string }>;
    }>('polaris/expected_results.json');
    const graded = cases.filter(
      (entry) =>
        (entry.check === 'cpuRequestsMissing' || entry.check === 'memoryRequestsMissing') &&
        entry.expected !== 'mutation_output',
    );
    expect(graded.length).toBe(POLARIS_CASES.length);
    for (const entry of graded) {
      const mine = POLARIS_CASES.find(
        (testCase) => testCase.fixture === `polaris/${entry.fixture}`,
      );
      expect(mine?.peer, entry.fixture).toBe(entry.expected === 'fail');
    }
  });

  it('Kyverno (expected_results.json): the failing pods', () => {
    const { tests } = corpus<{
      tests: Array<{ file: string; results?: Array<{ resources: string[]; result: string }> }>;
    }>('kyverno-policies/expected_results.json');
    const suite = tests.find(
      (test) =>
        test.file === 'best-practices/require-pod-requests-limits/.kyverno-test/kyverno-test.yaml',
    );
    const failing = suite?.results?.filter((result) => result.result === 'fail');
    expect(failing?.flatMap((result) => result.resources)).toEqual(KYVERNO[0]?.peer);
  });
});
