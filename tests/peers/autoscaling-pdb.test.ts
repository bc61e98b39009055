/**
 * The autoscaling and PodDisruptionBudget rules against the peers' own fixtures and verdicts
 * (fixtures/peers, copied from ../shared/corpus; see docs/peer-comparison.md, sections
 * Autoscaling and PodDisruptionBudgets).
 *
 * Every case names the peer's verdict (from its own test harness: kube-linter
 * e2etests/bats-tests.sh, kube-score score/*_test.go, Polaris test/schema_test.go with the
 * failure/success file prefix), the scaleplan rule it maps to (with options matching the
 * peer's threshold), the objects scaleplan reports, and, exactly when the two disagree, why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './harness.js';
import { KUBE_LINTER, KUBE_SCORE, POLARIS } from './cases/autoscaling-pdb.js';

/** The peer verdicts written above, checked against the corpus they were taken from. */
function corpus<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as T;
}

describe.skipIf(!fs.existsSync(CORPUS))('peer verdicts match ../shared/corpus', () => {
  it('kube-linter (expected_results.json)', () => {
    const { tests } = corpus<{
      tests: Array<{
        test: string;
        fixture: string;
        expected_report_count: number | null;
        expected_reports: unknown[];
      }>;
    }>('kube-linter/expected_results.json');
    for (const testCase of KUBE_LINTER.filter((candidate) => candidate.check !== 'none')) {
      const entry = tests.find((test) => test.test === testCase.check);
      expect(entry?.fixture).toBe(testCase.fixture.replace(/^kube-linter\//, ''));
      const count = entry?.expected_report_count ?? entry?.expected_reports.length;
      expect(count, testCase.check).toBe((testCase.peer as string[]).length);
    }
  });

  it('kube-score (expected_results.json), every case of the mapped checks', () => {
    const { cases } = corpus<{
      cases: Array<{
        fixtures: string[];
        check_id: string;
        expected_grade: string;
        config: string | null;
      }>;
    }>('kube-score/expected_results.json');
    const checks = new Set(KUBE_SCORE.map((testCase) => testCase.check));
    for (const entry of cases.filter((candidate) => checks.has(candidate.check_id))) {
      const minimum = /MinReplicasHPA: (\d+)/.exec(entry.config ?? '')?.[1];
      const mine = KUBE_SCORE.filter(
        (testCase) =>
          testCase.check === entry.check_id &&
          testCase.fixture === `kube-score/${entry.fixtures[0]}` &&
          (minimum === undefined || testCase.options?.minimum === Number(minimum)),
      );
      expect(mine.length, `${entry.check_id} ${entry.fixtures[0]}`).toBeGreaterThan(0);
      for (const testCase of mine) {
        expect(testCase.peer, testCase.fixture).toBe(entry.expected_grade !== 'GradeAllOK');
      }
    }
  });

  it('Polaris (expected_results.json), every case of the mapped checks', () => {
    const { cases } = corpus<{
      cases: Array<{ check: string; fixture: string; expected: string }>;
    }>('polaris/expected_results.json');
    const checks = new Set(POLARIS.map((testCase) => testCase.check));
    for (const entry of cases.filter((candidate) => checks.has(candidate.check))) {
      const mine = POLARIS.filter((testCase) => testCase.fixture === `polaris/${entry.fixture}`);
      expect(mine.length, entry.fixture).toBeGreaterThan(0);
      for (const testCase of mine) {
        expect(testCase.peer, testCase.fixture).toBe(entry.expected === 'fail');
      }
    }
  });
});
