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
import type { PeerCase, PeerGroup } from '../harness.js';

/** Each fixture is linted with every rule; a case compares what one rule reports. */
function everyRule(cases: PeerCase[]): PeerCase[] {
  return cases.map((testCase) => ({ ...testCase, ruleSet: 'all' }));
}

const KL = 'kube-linter/tests/checks';

export const KUBE_LINTER: PeerCase[] = everyRule([
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
    disagreement: {
      whose: 'peer',
      why: 'The first ServiceMonitor "dont-fire" has no namespace (so it is in "default") and no namespaceSelector, and the Service it selects is in namespace "dontfire". prometheus-operator then looks only in the ServiceMonitor\'s own namespace (namespaceSelector: "{} or absent: own namespace"), so it finds no Service and Prometheus scrapes nothing; kube-linter treats an absent namespaceSelector as every namespace. The other "dont-fire" lists matchNames: [dontfire] and passes in both tools. The last two "app1" look in namespace "test2", of which the set holds nothing: kube-linter reports them, scaleplan cannot know what runs there and stays silent (a namespace the set describes nothing of is assumed to hold what it needs).',
      source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
    },
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
]);

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

export const KUBE_SCORE: PeerCase[] = everyRule([
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
]);

export const GROUPS: PeerGroup[] = [
  { tool: 'kube-linter', topic: 'References and monitoring', cases: KUBE_LINTER },
  { tool: 'kube-score', topic: 'References and monitoring', cases: KUBE_SCORE },
];
