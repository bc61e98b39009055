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
import type { LintResult } from '../../src/lint/result.js';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PEERS = path.join(ROOT, 'fixtures/peers');

interface PeerCase {
  /** The peer's check id. */
  check: string;
  /** Under fixtures/peers (upstream path). */
  fixture: string;
  /** The peer's verdict: fails / passes the file, or (kube-linter) the objects it reports. */
  peer: boolean | string[];
  /** The scaleplan rule compared. */
  rule: string;
  /** Names of the objects scaleplan reports with that rule, in report order. */
  scaleplan: string[];
  /** Why scaleplan deliberately differs; present exactly when the verdicts differ. */
  disagreement?: string;
}

const results = new Map<string, Promise<LintResult>>();

/** Each fixture is linted once, with every rule. */
function lintFixture(fixture: string): Promise<LintResult> {
  let result = results.get(fixture);
  if (!result) {
    const text = fs.readFileSync(path.join(PEERS, fixture), 'utf8');
    result = lintSourcesPrepared({ [fixture]: text }, { rules });
    results.set(fixture, result);
  }
  return result;
}

async function reported(testCase: PeerCase): Promise<string[]> {
  const result = await lintFixture(testCase.fixture);
  return result.findings
    .filter((finding) => finding.ruleId === testCase.rule)
    .map((finding) => finding.object?.name ?? '');
}

function agrees(testCase: PeerCase, actual: readonly string[]): boolean {
  return typeof testCase.peer === 'boolean'
    ? testCase.peer === actual.length > 0
    : JSON.stringify([...testCase.peer].sort()) === JSON.stringify([...actual].sort());
}

function run(title: string, cases: PeerCase[]): void {
  describe(title, () => {
    it.each(cases.map((testCase) => [`${testCase.check}: ${testCase.fixture}`, testCase] as const))(
      '%s',
      async (_name, testCase) => {
        const actual = await reported(testCase);
        expect(actual).toEqual(testCase.scaleplan);
        expect(
          agrees(testCase, actual),
          testCase.disagreement ? 'a listed disagreement must be one' : 'verdicts must agree',
        ).toBe(testCase.disagreement === undefined);
      },
    );
  });
}

const KL = 'kube-linter/tests/checks';

const KUBE_LINTER: PeerCase[] = [
  {
    // bats: 2 reports, "no service found matching ingress label (missing), port 80" and
    // "(bad-port), port 8080". Named ports, the defaultBackend and the resource backend pass.
    check: 'dangling-ingress',
    fixture: `${KL}/dangling-ingress.yml`,
    peer: ['missing-service', 'bad-port'],
    rule: 'ingress-backend-missing',
    scaleplan: ['missing-service', 'bad-port'],
  },
  {
    // bats: 2 reports, 'Service: no pods found matching service labels
    // (map[app.kubernetes.io/name:app])': Services app1 and app2.
    check: 'dangling-service',
    fixture: `${KL}/dangling-service.yml`,
    peer: ['app1', 'app2'],
    rule: 'service-no-match',
    scaleplan: ['app1', 'app2'],
  },
  {
    // bats: 4 reports: app1 and app2 (selector app.kubernetes.io/name=app, no such Service),
    // then the two app1 that look in namespace test2, where no Service is.
    check: 'dangling-servicemonitor',
    fixture: `${KL}/dangling-servicemonitor.yml`,
    peer: ['app1', 'app2', 'app1', 'app1'],
    rule: 'servicemonitor-no-match',
    scaleplan: ['dont-fire', 'app1', 'app2'],
    disagreement:
      'The first ServiceMonitor "dont-fire" has no namespace (so it is in "default") and no namespaceSelector, and the Service it selects is in namespace "dontfire". prometheus-operator then looks only in the ServiceMonitor\'s own namespace (namespaceSelector: "{} or absent: own namespace"), so it finds no Service and Prometheus scrapes nothing; kube-linter treats an absent namespaceSelector as every namespace. The other "dont-fire" lists matchNames: [dontfire] and passes in both tools. The last two "app1" look in namespace "test2", of which the set holds nothing: kube-linter reports them, scaleplan cannot know what runs there and stays silent (a namespace the set describes nothing of is assumed to hold what it needs).',
  },
  {
    // bats: 7 reports, one per workload kind with priorityClassName "fire"; the objects with
    // system-cluster-critical pass. kube-linter's check is an allow-list (by default the two
    // system classes), scaleplan's whether the class exists: no PriorityClass "fire" is in
    // the set, so the verdicts agree here (a set defining "fire" would pass in scaleplan only).
    check: 'priority-class-name',
    fixture: `${KL}/priority-class-name.yaml`,
    peer: [
      'fire-deployment',
      'fire-pod',
      'fire-daemonset',
      'fire-replicaset',
      'fire-replicationcontroller',
      'fire-job',
      'fire-cronjob',
    ],
    rule: 'priority-class-missing',
    scaleplan: [
      'fire-deployment',
      'fire-pod',
      'fire-daemonset',
      'fire-replicaset',
      'fire-replicationcontroller',
      'fire-job',
      'fire-cronjob',
    ],
  },
];
run('kube-linter', KUBE_LINTER);

const KS = 'kube-score/score/testdata';

const ingress = (fixture: string, peer: boolean, scaleplan: string[]): PeerCase => ({
  check: 'ingress-targets-service',
  fixture: `${KS}/${fixture}`,
  peer,
  rule: 'ingress-backend-missing',
  scaleplan,
});

const service = (fixture: string, peer: boolean, scaleplan: string[]): PeerCase => ({
  check: 'service-targets-pod',
  fixture: `${KS}/${fixture}`,
  peer,
  rule: 'service-no-match',
  scaleplan,
});

const KUBE_SCORE: PeerCase[] = [
  // ingress-targets-service: the Service named by every backend exists in the namespace.
  ingress('ingress-targets-service.yaml', false, []),
  ingress('ingress-targets-service-no-match.yaml', true, ['app-ingress']),
  ingress('ingress-networkingv1beta1-targets-service.yaml', false, []),
  ingress('ingress-networkingv1beta1-targets-service-no-match.yaml', true, ['app-ingress']),
  ingress('ingress-networkingv1-targets-service.yaml', false, []),
  ingress('ingress-networkingv1-targets-service-no-match.yaml', true, ['app-ingress']),
  // A rule without an http block routes nothing.
  ingress('ingress_issue388.yaml', false, []),
  // networking.k8s.io/v1 Ingresses written with the v1beta1 fields serviceName/servicePort
  // (kube-score's second one is its regression test for a panic on that shape): in v1 the
  // backend then names no Service, and the API server rejects it (schema-invalid also reports
  // the two unknown fields).
  ingress('ingress-v1-invalid-backend.yaml', true, ['whatever']),
  ingress('ingress_issue363.yaml', true, ['app-ingress']),
  // service-targets-pod: the selector matches a pod template (or Pod) of the namespace.
  service('service-target-deployment.yaml', false, []),
  service('service-not-target-deployment.yaml', true, ['my-service-no-match']),
  service('service-target-pod.yaml', false, []),
  service('service-not-target-pod.yaml', true, ['my-service']),
  service('service-target-pod-multi-label.yaml', false, []),
  service('service-not-target-pod-multi-label.yaml', true, ['my-service']),
  service('service-target-pod-same-namespace.yaml', false, []),
  service('service-target-pod-different-namespace.yaml', true, ['my-service']),
  service('service-target-deployment-same-namespace.yaml', false, []),
  service('service-target-deployment-different-namespace.yaml', true, ['my-service']),
  // An ExternalName Service has no pods.
  service('service-externalname.yaml', false, []),
];
run('kube-score', KUBE_SCORE);

/** The peer verdicts written above, checked against the corpus they were taken from. */
const CORPUS = path.resolve(ROOT, '../shared/corpus');

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
