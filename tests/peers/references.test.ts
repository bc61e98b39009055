/**
 * The reference rules (priority-class-missing, service-no-match, ingress-backend-missing,
 * servicemonitor-no-match) against the peers' own fixtures and verdicts (fixtures/peers,
 * copied from ../shared/corpus; see docs/peer-comparison.md, section "References and
 * monitoring").
 *
 * Every fixture is linted with the real rule set (every built-in rule, `lintSourcesPrepared`);
 * a case compares the objects that one scaleplan rule reports with the peer's verdict, taken
 * from its own harness: kube-linter e2etests/bats-tests.sh (the objects it reports) and
 * kube-score score/*_test.go (Critical fails, AllOK passes). `disagreement` is present exactly
 * when the verdicts differ, and says why.
 *
 * Deliberate disagreements (each explained at its case):
 * - kube-linter dangling-servicemonitor, ServiceMonitor "dont-fire" without a namespaceSelector:
 *   prometheus-operator looks only in the ServiceMonitor's own namespace, kube-linter in all;
 *   the two ServiceMonitors that look in a namespace the set holds nothing of, where scaleplan
 *   cannot know what runs and stays silent.
 * Peer checks not compared, because they check something else:
 * - kube-linter invalid-target-ports (the syntax of port names), kube-score pod-probes
 *   (whether a Service-targeted pod has probes), Polaris and the Kyverno policies (no
 *   reference checks among the copied ones).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, PEERS } from './harness.js';
import { KUBE_LINTER, KUBE_SCORE } from './cases/references.js';

/** The peer verdicts written above, checked against the corpus they were taken from. */
function corpus<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as T;
}

describe.skipIf(!fs.existsSync(CORPUS))('peer verdicts match ../shared/corpus', () => {
  it.each([...new Set([...KUBE_LINTER, ...KUBE_SCORE].map((testCase) => testCase.fixture))])(
    '%s is a verbatim copy',
    (fixture) => {
      expect(fs.readFileSync(path.join(PEERS, fixture), 'utf8')).toBe(
        fs.readFileSync(path.join(CORPUS, fixture), 'utf8'),
      );
    },
  );

  it('kube-linter (expected_results.json)', () => {
    const { tests } = corpus<{
      tests: Array<{
        test: string;
        fixture: string;
        expected_report_count: number | null;
        expected_reports: unknown[];
      }>;
    }>('kube-linter/expected_results.json');
    for (const testCase of KUBE_LINTER) {
      const entry = tests.find((test) => test.test === testCase.check);
      expect(entry?.fixture, testCase.check).toBe(testCase.fixture.replace(/^kube-linter\//, ''));
      const count = entry?.expected_report_count ?? entry?.expected_reports.length;
      expect(count, testCase.check).toBe((testCase.peer as string[]).length);
    }
  });

  it('kube-score (expected_results.json), every case of the mapped checks', () => {
    const { cases } = corpus<{
      cases: Array<{ fixtures: string[]; check_id: string; expected_grade: string }>;
    }>('kube-score/expected_results.json');
    const checks = new Set(KUBE_SCORE.map((testCase) => testCase.check));
    const entries = cases.filter((candidate) => checks.has(candidate.check_id));
    expect(entries.length).toBe(KUBE_SCORE.length);
    for (const entry of entries) {
      const mine = KUBE_SCORE.filter(
        (testCase) =>
          testCase.check === entry.check_id &&
          testCase.fixture === `kube-score/${entry.fixtures[0]}`,
      );
      expect(mine.length, `${entry.check_id} ${entry.fixtures[0]}`).toBe(1);
      expect(mine[0]?.peer, entry.fixtures[0]).toBe(entry.expected_grade !== 'GradeAllOK');
    }
  });
});
