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
import type { Disagreement, PeerCase, PeerGroup } from '../harness.js';

const RULE = 'missing-requests';

/** Every built-in rule runs, with missing-requests configured like the peer's check. */
function missingRequests(cases: Array<Omit<PeerCase, 'rule'>>): PeerCase[] {
  return cases.map((testCase) => ({ ...testCase, rule: RULE, ruleSet: 'all' }));
}

const CPU = { resources: ['cpu'] };
const MEMORY = { resources: ['memory'] };
const BOTH = { resources: ['cpu', 'memory'] };

/** Requests default to limits: kube-score and Kyverno do not apply that defaulting. */
const LIMITS_BECOME_REQUESTS: Disagreement = {
  whose: 'deliberate',
  source: 'kubernetes/kubernetes:pkg/apis/core/v1/defaults.go',
  why: 'The container sets limits but no requests. Kubernetes copies each limit into the missing request when the pod is created (SetDefaults_Pod), so the pod is scheduled with requests equal to its limits (Guaranteed QoS) and an HPA can compute utilization. scaleplan reports what the cluster will run; kube-score grades the manifest as written.',
};

const KL = 'kube-linter/tests/checks';

export const KUBE_LINTER: PeerCase[] = missingRequests([
  {
    // bats: 2 reports, 'Deployment: container "app" has cpu request 0' and the same for the
    // DeploymentConfig. The fixture writes `requests` beside the container's name instead of
    // under `resources`, so neither container has a request.
    check: 'unset-cpu-requirements',
    fixture: `${KL}/unset-cpu-requirements.yml`,
    peer: ['app1', 'app2'],
    options: CPU,
    scaleplan: ['app1'],
    disagreement: {
      whose: 'deliberate',
      why: 'app2 is an OpenShift DeploymentConfig (apps.openshift.io/v1, deprecated since OpenShift 4.14). scaleplan lints Kubernetes workload kinds only: Deployment, StatefulSet, ReplicaSet, ReplicationController, DaemonSet, Job, CronJob and Pod.',
      source: 'https://kubernetes.io/docs/concepts/workloads/controllers/',
    },
  },
  {
    // bats: 2 reports, 'container "app" has memory limit 0' for both objects: kube-linter's
    // memory check reads the limit (requirementsType: limit), scaleplan the request. Here
    // neither is set, so they agree on the Deployment.
    check: 'unset-memory-requirements',
    fixture: `${KL}/unset-memory-requirements.yml`,
    peer: ['app1', 'app2'],
    options: MEMORY,
    scaleplan: ['app1'],
    disagreement: {
      whose: 'deliberate',
      why: 'app2 is an OpenShift DeploymentConfig, which scaleplan does not lint (see unset-cpu-requirements).',
      source: 'https://kubernetes.io/docs/concepts/workloads/controllers/',
    },
  },
  {
    // Not in kube-linter's harness: its check definition (pkg/builtinchecks/yamls/
    // unset-memory-requirements.yaml, requirementsType: limit, bounds 0-0) flags a container
    // without a memory limit however much memory it requests, as this kube-score fixture's
    // container does.
    check: 'unset-memory-requirements (from its definition)',
    fixture: 'kube-score/score/testdata/pod-test-resources-no-limits.yaml',
    peer: ['pod-test-1'],
    options: MEMORY,
    scaleplan: [],
    disagreement: {
      whose: 'deliberate',
      why: 'kube-linter unset-memory-requirements checks the memory limit, not the request (its description says "requests and limits", its remediation "memory limits"). scaleplan requires the request, which is what scheduling, eviction order and HPA utilization depend on; whether to cap memory with a limit is a separate policy.',
      source: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    },
  },
]);

const POLARIS = 'polaris/test/checks';

export const POLARIS_CASES: PeerCase[] = missingRequests([
  {
    check: 'cpuRequestsMissing',
    fixture: `${POLARIS}/cpuRequestsMissing/failure.yaml`,
    peer: true,
    options: CPU,
    scaleplan: ['nginx'],
  },
  {
    check: 'cpuRequestsMissing',
    fixture: `${POLARIS}/cpuRequestsMissing/success.yaml`,
    peer: false,
    options: CPU,
    scaleplan: [],
  },
  {
    // `requests:` with no value: no memory request.
    check: 'memoryRequestsMissing',
    fixture: `${POLARIS}/memoryRequestsMissing/failure.yaml`,
    peer: true,
    options: MEMORY,
    scaleplan: ['nginx'],
  },
  {
    check: 'memoryRequestsMissing',
    fixture: `${POLARIS}/memoryRequestsMissing/success.yaml`,
    peer: false,
    options: MEMORY,
    scaleplan: [],
  },
]);

const KS = 'kube-score/score/testdata';

export const KUBE_SCORE: PeerCase[] = missingRequests([
  {
    // TestPodContainerNoResources: GradeCritical.
    check: 'container-resources',
    fixture: `${KS}/pod-test-resources-none.yaml`,
    peer: true,
    options: BOTH,
    scaleplan: ['pod-test-1'],
  },
  {
    // TestPodContainerResourceLimitsAndRequests: GradeAllOK.
    check: 'container-resources',
    fixture: `${KS}/pod-test-resources-limits-and-requests.yaml`,
    peer: false,
    options: BOTH,
    scaleplan: [],
  },
  {
    // TestPodContainerResourceLimits (only limits): GradeWarning.
    check: 'container-resources',
    fixture: `${KS}/pod-test-resources-only-limits.yaml`,
    peer: true,
    options: BOTH,
    scaleplan: [],
    disagreement: LIMITS_BECOME_REQUESTS,
  },
  {
    // TestDeploymentResources: GradeWarning (limits only, in a Deployment template).
    check: 'container-resources',
    fixture: `${KS}/deployment-test-resources.yaml`,
    peer: true,
    options: BOTH,
    scaleplan: [],
    disagreement: LIMITS_BECOME_REQUESTS,
  },
  {
    // TestStatefulSetResources: GradeWarning (limits only, in a StatefulSet template).
    check: 'container-resources',
    fixture: `${KS}/statefulset-test-resources.yaml`,
    peer: true,
    options: BOTH,
    scaleplan: [],
    disagreement: LIMITS_BECOME_REQUESTS,
  },
  {
    // IgnoreContainerCpuLimitRequirement: true → GradeAllOK.
    check: 'container-resources (IgnoreContainerCpuLimitRequirement: true)',
    fixture: `${KS}/pod-test-resources-limits-and-requests-no-cpu-limit.yaml`,
    peer: false,
    options: BOTH,
    scaleplan: [],
  },
  {
    // IgnoreContainerCpuLimitRequirement: false (the default) → GradeCritical: no cpu limit.
    check: 'container-resources (IgnoreContainerCpuLimitRequirement: false)',
    fixture: `${KS}/pod-test-resources-limits-and-requests-no-cpu-limit.yaml`,
    peer: true,
    options: BOTH,
    scaleplan: [],
    disagreement: {
      whose: 'deliberate',
      why: 'kube-score requires limits too. scaleplan does not: a missing limit breaks no scheduling, autoscaling or quota arithmetic (quota-missing-requests reports it when a ResourceQuota constrains limits.cpu), and CPU limits throttle latency-sensitive services, so many teams leave them out on purpose.',
      source: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    },
  },
  {
    // IgnoreContainerCpuLimitRequirement and IgnoreContainerMemoryLimitRequirement: GradeAllOK.
    check: 'container-resources (both limit requirements ignored)',
    fixture: `${KS}/pod-test-resources-no-limits.yaml`,
    peer: false,
    options: BOTH,
    scaleplan: [],
  },
]);

const MEMORY_LIMIT: Disagreement = {
  whose: 'deliberate',
  why: 'badpod02 requests cpu and memory but sets no memory limit. The Kyverno policy also requires a memory limit; scaleplan requires requests only (a memory limit is a policy choice, not a scaling mistake).',
  source: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
};

export const KYVERNO: PeerCase[] = missingRequests(
  // .kyverno-test/kyverno-test.yaml: badpod01-03 fail, goodpod01-02 pass; the
  // ValidatingPolicy form (best-practices-vpol) has the same resources and verdicts.
  ['best-practices', 'best-practices-vpol'].map((category) => ({
    check: 'require-requests-limits/validate-resources',
    fixture: `kyverno-policies/${category}/require-pod-requests-limits/.kyverno-test/resource.yaml`,
    peer: ['badpod01', 'badpod02', 'badpod03'],
    options: BOTH,
    scaleplan: ['badpod01', 'badpod03'],
    disagreement: MEMORY_LIMIT,
  })),
);

export const GROUPS: PeerGroup[] = [
  { tool: 'kube-linter', topic: 'Resource requests', cases: KUBE_LINTER },
  { tool: 'Polaris', topic: 'Resource requests', cases: POLARIS_CASES },
  { tool: 'kube-score', topic: 'Resource requests', cases: KUBE_SCORE },
  { tool: 'Kyverno', topic: 'Resource requests', cases: KYVERNO },
];
