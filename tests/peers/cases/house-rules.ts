/**
 * Peer checks that require what Kubernetes leaves optional (requests equal to limits, a
 * priorityClassName on every pod), compared with the scaleplan rule on the same field: the
 * verdicts agree where the manifest is valid both ways, and the rows where the peer fails a
 * legitimate manifest are deliberate differences (see docs/peer-comparison.md, "Checks
 * without a counterpart"). tests/peers/coverage.test.ts checks the verdicts against
 * ../shared/corpus.
 */
import type { Disagreement, PeerCase, PeerGroup } from '../harness.js';

const KS = 'kube-score/score/testdata';
const PO = 'polaris/test/checks';
const KY = 'kyverno-policies/other';

export const BELOW_LIMITS: Disagreement = {
  whose: 'deliberate',
  why: 'Every request is at most its limit, or the limit is unset: a valid Burstable pod. The peer requires requests equal to limits (Guaranteed QoS) as a house rule (kube-score: an optional check). requests-exceed-limits reports only a request above its limit, which the API server rejects; requests below limits are the usual way to let pods burst.',
  source: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/',
};

export const NO_PRIORITY_REQUIRED: Disagreement = {
  whose: 'deliberate',
  why: 'The pod sets no priorityClassName (or an empty one), so it gets the globalDefault PriorityClass or priority 0; the peer requires the field as a house rule. priority-class-missing checks that a class that is named exists, which is what makes the API server refuse the pod.',
  source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/',
};

const UNDEFINED_CLASS = (name: string): Disagreement => ({
  whose: 'deliberate',
  why: `The pod names the PriorityClass "${name}" and the set defines none: the Priority admission plugin refuses a pod whose class does not exist. The peer checks only that the field is set; priority-class-missing reports a class that neither the set nor \`knownClasses\` (the classes the cluster defines elsewhere) provides. With \`knownClasses: [${name}]\` (the next case) the verdicts agree.`,
  source:
    'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/#pod-priority',
});

const equalLimits = (
  check: string,
  file: string,
  critical: boolean,
  peerConfig?: string,
): PeerCase => ({
  check,
  fixture: `${KS}/${file}`,
  ...(peerConfig ? { peerConfig } : {}),
  peer: critical,
  rule: 'requests-exceed-limits',
  scaleplan: [],
  ...(critical ? { disagreement: BELOW_LIMITS } : {}),
});

const OPTIONAL = 'UseOptionalChecksAnnotation: true';

const KUBE_SCORE: PeerCase[] = [
  ...[
    'container-resource-requests-equal-limits',
    'container-memory-requests-equal-limits',
    'container-cpu-requests-equal-limits',
  ].flatMap((check) => [
    equalLimits(check, 'pod-test-resources-limits-and-requests.yaml', false),
    equalLimits(
      check,
      'pod-test-resources-no-limits.yaml',
      true,
      'EnabledOptionalTests: structMap',
    ),
    equalLimits(check, 'pod-test-resources-no-limits-annotation-optional.yaml', true, OPTIONAL),
  ]),
  // pod-container-memory-requests*: memory request 1Gi, limit 2Gi.
  equalLimits('container-memory-requests-equal-limits', 'pod-container-memory-requests.yaml', true),
  equalLimits(
    'container-memory-requests-equal-limits',
    'pod-container-memory-requests-annotation-optional.yaml',
    true,
  ),
  // ephemeral storage: request 1Gi, limit 2Gi (nomatch), 2Gi and 2Gi (matches).
  equalLimits(
    'container-ephemeral-storage-request-equals-limit',
    'pod-ephemeral-storage-request-matches-limit.yaml',
    false,
  ),
  equalLimits(
    'container-ephemeral-storage-request-equals-limit',
    'pod-ephemeral-storage-request-nomatch-limit.yaml',
    true,
  ),
  equalLimits(
    'container-ephemeral-storage-request-equals-limit',
    'pod-ephemeral-storage-request-nomatch-limit-annotation-optional.yaml',
    true,
  ),
];

const KYVERNO: PeerCase[] = [
  {
    // kyverno-test: myapp-pod (memory request 64Mi, limit 128Mi) fails; the DaemonSet
    // fluentd-elasticsearch and the CronJob hello (equal) pass.
    check: 'memory-requests-equal-limits',
    fixture: `${KY}/memory-requests-equal-limits/.kyverno-test/resource.yaml`,
    peer: ['myapp-pod'],
    rule: 'requests-exceed-limits',
    scaleplan: [],
    disagreement: BELOW_LIMITS,
  },
  {
    // kyverno-test: badpod01 (no priorityClassName) fails, goodpod01 (foo) passes.
    check: 'require-pod-priorityclassname',
    fixture: `${KY}/require-pod-priorityclassname/.kyverno-test/resource.yaml`,
    peer: ['badpod01'],
    rule: 'priority-class-missing',
    scaleplan: ['goodpod01'],
    disagreement: UNDEFINED_CLASS('foo'),
  },
  {
    check: 'require-pod-priorityclassname',
    fixture: `${KY}/require-pod-priorityclassname/.kyverno-test/resource.yaml`,
    options: { knownClasses: ['foo'] },
    peer: ['badpod01'],
    rule: 'priority-class-missing',
    scaleplan: [],
    disagreement: NO_PRIORITY_REQUIRED,
  },
];

const POLARIS: PeerCase[] = [
  {
    check: 'priorityClassNotSet',
    fixture: `${PO}/priorityClassNotSet/failure.yaml`,
    peer: true,
    rule: 'priority-class-missing',
    scaleplan: [],
    disagreement: NO_PRIORITY_REQUIRED,
  },
  {
    check: 'priorityClassNotSet',
    fixture: `${PO}/priorityClassNotSet/success.yaml`,
    peer: false,
    rule: 'priority-class-missing',
    scaleplan: ['nginx'],
    disagreement: UNDEFINED_CLASS('high-priority'),
  },
  {
    check: 'priorityClassNotSet',
    fixture: `${PO}/priorityClassNotSet/success.yaml`,
    options: { knownClasses: ['high-priority'] },
    peer: false,
    rule: 'priority-class-missing',
    scaleplan: [],
  },
];

export const GROUPS: PeerGroup[] = [
  { tool: 'kube-score', topic: 'Resource requests', cases: KUBE_SCORE },
  { tool: 'Kyverno', topic: 'Resource requests', cases: KYVERNO.slice(0, 1) },
  { tool: 'Kyverno', topic: 'References and monitoring', cases: KYVERNO.slice(1) },
  { tool: 'Polaris', topic: 'References and monitoring', cases: POLARIS },
];
