/**
 * The overlapping peer cases added for issue 18's coverage count: spreading, replicas,
 * topology spread constraints, unhealthy-pod eviction, ephemeral storage, PDB percentages and
 * the Kyverno VPA policies (see docs/peer-comparison.md, sections "Selectors, spreading and
 * redundancy" and "Autoscaling").
 *
 * Peer verdicts: kube-score score/*_test.go grades (AllOK passes), Polaris failure/success
 * file prefixes, kube-linter bats report counts, Kyverno .kyverno-test results; for the
 * Kyverno policies without a kyverno-test (prevent-duplicate-vpa, verify-vpa-target,
 * pdb-minavailable's cluster form) the chainsaw test: it applies prereq.yaml (here `with`),
 * then expects `($error != null): true` for every object of bad.yaml (so each is a fail) and a
 * clean apply of good.yaml (each passes). tests/peers/coverage.test.ts checks these verdicts
 * against ../shared/corpus.
 *
 * Off-by-default rules (workload-no-spread, workload-single-replica,
 * pdb-unhealthy-eviction-policy: off in the recommended pack, on in strict) run alone, as the
 * strict pack runs them; options say where the peer's threshold differs from the default.
 */
import type { Disagreement, PeerCase, PeerGroup } from '../harness.js';

const KL = 'kube-linter/tests/checks';
const KS = 'kube-score/score/testdata';
const PO = 'polaris/test/checks';
const KY = 'kyverno-policies/other';

/** Makes the (single-replica) workloads of a fixture run three replicas. */
const threeReplicas = (text: string): string =>
  text.replace(/^(kind: (?:Deployment|StatefulSet)\n(?:.*\n)*?spec:\n)/gm, '$1  replicas: 3\n');

/** Polaris writes some Deployments as `apiVersion: v1`. */
const appsV1 = (text: string): string =>
  text.replace(/^apiVersion: v1\n(kind: Deployment)$/gm, 'apiVersion: apps/v1\n$1');

const HOST = { topologyKeys: ['kubernetes.io/hostname'] };

const SINGLE_REPLICA_SPREAD: Disagreement = {
  whose: 'deliberate',
  why: 'spec.replicas is unset, so the workload runs one pod (the default) and has nothing to spread; workload-no-spread checks replicated or autoscaled workloads only. With replicas: 3 (the transformed case) the verdicts agree.',
  source: 'kubernetes/kubernetes:pkg/apis/apps/v1/defaults.go',
};

const UNSERVED_DEPLOYMENT: Disagreement = {
  whose: 'peer',
  why: 'The Deployment is written as apiVersion v1, which does not serve Deployment: the API server rejects it ("no matches for kind"), unknown-api-version reports it and no other rule counts it. Polaris evaluates it anyway. With apiVersion apps/v1 (the next case) the verdicts agree.',
  source: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
};

export const noQuota = (peer: string): Disagreement => ({
  whose: 'deliberate',
  why: `No ResourceQuota constrains ephemeral storage here. ${peer}; scaleplan asks only where a quota makes a missing value count as 0 (quota admission does not require it), elsewhere it is a matter of taste.`,
  source: 'https://kubernetes.io/docs/concepts/policy/resource-quotas/#storage-resource-quota',
});

const NO_QUOTA = noQuota(
  'kube-score asks every container for an ephemeral-storage request and limit',
);

const KUBE_LINTER: PeerCase[] = [
  {
    // bats: 1 report, "PodDisruptionBudget: unhealthyPodEvictionPolicy is not explicitly set".
    check: 'pdb-unhealthy-pod-eviction-policy',
    fixture: `${KL}/pdb-unhealthy-pod-eviction-policy.yaml`,
    peer: ['fire'],
    rule: 'pdb-unhealthy-eviction-policy',
    scaleplan: ['fire'],
  },
];

const KUBE_SCORE: PeerCase[] = [
  // pod-topology-spread-constraints ↔ topology-spread-invalid (a missing topologyKey is a
  // required field, so schema-invalid's).
  ...(
    [
      ['one-constraint', false, 'topology-spread-invalid'],
      ['two-constraints', false, 'topology-spread-invalid'],
      ['no-labelselector', true, 'topology-spread-invalid'],
      ['invalid-maxskew', true, 'topology-spread-invalid'],
      ['invalid-mindomains', true, 'topology-spread-invalid'],
      ['invalid-whenunsatisfiable', true, 'topology-spread-invalid'],
      ['no-topologykey', true, 'schema-invalid'],
    ] as const
  ).map(([name, critical, rule]): PeerCase => ({
    check: 'pod-topology-spread-constraints',
    fixture: `${KS}/pod-topology-spread-constraints-${name}.yaml`,
    peer: critical,
    rule,
    scaleplan: critical ? ['mypod'] : [],
  })),
  // deployment/statefulset-has-host-podantiaffinity ↔ workload-no-spread over hostname only.
  ...(
    [
      ['deployment-host-antiaffinity-preffered', false, []],
      [
        'deployment-host-antiaffinity-preffered-selector-no-match',
        true,
        ['deployment-preffered-anti-affinity'],
      ],
      ['deployment-host-antiaffinity-preffered-selector-expression', false, []],
      ['deployment-host-antiaffinity-required', false, []],
      ['deployment-host-antiaffinity-not-set', true, ['deployment-anti-affinity-not-set']],
      ['statefulset-host-antiaffinity-preffered', false, []],
      ['statefulset-host-antiaffinity-required', false, []],
      ['statefulset-host-antiaffinity-not-set', true, ['statefulset-anti-affinity-not-set']],
    ] as const
  ).map(([name, warning, names]): PeerCase => ({
    check: `${name.split('-')[0]}-has-host-podantiaffinity`,
    fixture: `${KS}/${name}.yaml`,
    peer: warning,
    rule: 'workload-no-spread',
    options: HOST,
    scaleplan: [...names],
  })),
  {
    check: 'statefulset-has-host-podantiaffinity',
    fixture: `${KS}/statefulset-host-antiaffinity-undefined-replicas.yaml`,
    peer: true,
    rule: 'workload-no-spread',
    options: HOST,
    scaleplan: [],
    disagreement: SINGLE_REPLICA_SPREAD,
  },
  // deployment-replicas ↔ workload-single-replica (MinReplicasDeployment as minimum).
  {
    check: 'deployment-replicas',
    fixture: `${KS}/service-target-deployment.yaml`,
    peer: false,
    rule: 'workload-single-replica',
    scaleplan: [],
  },
  {
    check: 'deployment-replicas',
    fixture: `${KS}/service-target-deployment-replica-1.yaml`,
    peer: true,
    rule: 'workload-single-replica',
    options: { minimum: 2 },
    scaleplan: ['deployment-test-1'],
  },
  {
    check: 'deployment-replicas',
    fixture: `${KS}/service-target-deployment-replica-1.yaml`,
    peer: true,
    rule: 'workload-single-replica',
    options: { minimum: 5 },
    scaleplan: ['deployment-test-1'],
  },
  {
    check: 'deployment-replicas',
    fixture: `${KS}/service-target-deployment-replica-1.yaml`,
    peerConfig: 'MinReplicasDeployment: 1',
    peer: false,
    rule: 'workload-single-replica',
    scaleplan: ['deployment-test-1'],
    disagreement: {
      whose: 'deliberate',
      why: 'kube-score with MinReplicasDeployment 1 accepts every Deployment, so the check is off. workload-single-replica has no minimum of 1 (its options schema starts at 2, since every running workload has at least one replica); accepting single replicas is `workload-single-replica: off`, the recommended pack. At its default minimum of 2 it reports the one-replica Deployment.',
      source: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#replicas',
    },
  },
  // container-ephemeral-storage-request-and-limit ↔ ephemeral-storage-request-missing.
  {
    check: 'container-ephemeral-storage-request-and-limit',
    fixture: `${KS}/pod-ephemeral-storage-request-nomatch-limit.yaml`,
    peer: false,
    rule: 'ephemeral-storage-request-missing',
    scaleplan: [],
  },
  {
    check: 'container-ephemeral-storage-request-and-limit',
    fixture: `${KS}/pod-ephemeral-storage-missing-limit.yaml`,
    peer: true,
    rule: 'ephemeral-storage-request-missing',
    scaleplan: [],
    disagreement: NO_QUOTA,
  },
  {
    check: 'container-ephemeral-storage-request-and-limit',
    fixture: `${KS}/pod-ephemeral-storage-missing-request.yaml`,
    peer: true,
    rule: 'ephemeral-storage-request-missing',
    scaleplan: [],
    disagreement: NO_QUOTA,
  },
];

const POLARIS: PeerCase[] = [
  // topologySpreadConstraint ↔ workload-no-spread (default keys: hostname or zone).
  ...(['failure.empty.yaml', 'failure.nospreadconstraint.yaml'] as const).flatMap(
    (file): PeerCase[] => [
      {
        check: 'topologySpreadConstraint',
        fixture: `${PO}/topologySpreadConstraint/${file}`,
        peer: true,
        rule: 'workload-no-spread',
        scaleplan: [],
        disagreement: SINGLE_REPLICA_SPREAD,
      },
      {
        check: 'topologySpreadConstraint',
        fixture: `${PO}/topologySpreadConstraint/${file}`,
        peer: true,
        rule: 'workload-no-spread',
        transform: threeReplicas,
        scaleplan: ['demo-basic-demo'],
      },
    ],
  ),
  {
    check: 'topologySpreadConstraint',
    fixture: `${PO}/topologySpreadConstraint/success.yaml`,
    peer: false,
    rule: 'workload-no-spread',
    transform: threeReplicas,
    scaleplan: ['demo-basic-demo'],
    disagreement: {
      whose: 'peer',
      why: "The constraint's labelSelector (app: foo) does not match the pod template's labels (app.kubernetes.io/name: basic-demo), so kube-scheduler counts other pods in each domain and this workload's replicas are not spread at all. Polaris' schema only requires a non-empty topologySpreadConstraints list.",
      source:
        'https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/',
    },
  },
  // deploymentMissingReplicas ↔ workload-single-replica.
  {
    check: 'deploymentMissingReplicas',
    fixture: `${PO}/deploymentMissingReplicas/failure.yaml`,
    peer: true,
    rule: 'workload-single-replica',
    scaleplan: [],
    disagreement: UNSERVED_DEPLOYMENT,
  },
  {
    check: 'deploymentMissingReplicas',
    fixture: `${PO}/deploymentMissingReplicas/failure.yaml`,
    peer: true,
    rule: 'workload-single-replica',
    transform: appsV1,
    scaleplan: ['nginx'],
  },
  {
    check: 'deploymentMissingReplicas',
    fixture: `${PO}/deploymentMissingReplicas/success.yaml`,
    peer: false,
    rule: 'workload-single-replica',
    transform: appsV1,
    scaleplan: [],
  },
];

const KYVERNO_SPREAD: PeerCase[] = [
  {
    // kyverno-test: mydeploybad fails, mydeploygood passes.
    check: 'require-deployments-have-multiple-replicas',
    fixture: `${KY}/require-deployments-have-multiple-replicas/.kyverno-test/resource.yaml`,
    peer: ['mydeploybad'],
    rule: 'workload-single-replica',
    scaleplan: ['mydeploybad'],
  },
  {
    // kyverno-test: the PDB is not in the resources; values.yaml mocks minAvailable 2 for
    // bad-pdb. The chainsaw test has the budget (pdb.yaml, minAvailable 1) and expects
    // ss-bad.yaml (badss01, 1 replica) to be refused and ss-good.yaml to apply. Kyverno
    // reports the StatefulSet, scaleplan the budget, so the file's verdict is compared.
    check: 'pdb-minavailable',
    fixture: `${KY}/pdb-minavailable/.chainsaw-test/ss-bad.yaml`,
    with: [`${KY}/pdb-minavailable/.chainsaw-test/pdb.yaml`],
    peer: true,
    rule: 'pdb-blocks-eviction',
    scaleplan: ['pdb01'],
  },
  {
    check: 'pdb-minavailable',
    fixture: `${KY}/pdb-minavailable/.chainsaw-test/ss-good.yaml`,
    with: [`${KY}/pdb-minavailable/.chainsaw-test/pdb.yaml`],
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    // kyverno-test: bad-maxUnavailable-pdb01…06 (49%…0%) fail, good 50%…100% pass.
    check: 'require-reasonable-pdbs',
    fixture: `${KY}/require-reasonable-pdbs/.kyverno-test/pdb-maxUnavailable-bad.yaml`,
    peer: [
      'bad-maxUnavailable-pdb01',
      'bad-maxUnavailable-pdb02',
      'bad-maxUnavailable-pdb03',
      'bad-maxUnavailable-pdb04',
      'bad-maxUnavailable-pdb05',
      'bad-maxUnavailable-pdb06',
    ],
    rule: 'pdb-blocks-eviction',
    scaleplan: ['bad-maxUnavailable-pdb06'],
    disagreement: {
      whose: 'deliberate',
      why: 'Kyverno requires maxUnavailable of at least 50% as a house rule. The disruption controller rounds a maxUnavailable percentage up, so 10%-49% allow one eviction at any pod count; only 0% allows none, which pdb-blocks-eviction reports.',
      source:
        'https://kubernetes.io/docs/tasks/run-application/configure-pdb/#rounding-logic-when-specifying-percentages',
    },
  },
  {
    check: 'require-reasonable-pdbs',
    fixture: `${KY}/require-reasonable-pdbs/.kyverno-test/pdb-maxUnavailable-good.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
];

/** Appends a ResourceQuota on ephemeral storage in the default namespace. */
const ephemeralQuota = (text: string): string =>
  `${text}\n---\napiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: storage\nspec:\n  hard:\n    requests.ephemeral-storage: 10Gi\n`;

const KYVERNO_STORAGE: PeerCase[] = [
  // require-emptydir-requests-limits ↔ ephemeral-storage-request-missing. kyverno-test:
  // fail-pod (emptyDir without sizeLimit, no ephemeral-storage request or limit) fails,
  // pass-pod passes, skip-pod (its emptyDir has a sizeLimit) is skipped.
  {
    check: 'require-emptydir-requests-limits',
    fixture: `${KY}/require-emptydir-requests-limits/.kyverno-test/resource-fail.yaml`,
    peer: ['fail-pod'],
    rule: 'ephemeral-storage-request-missing',
    scaleplan: [],
    disagreement: noQuota(
      'Kyverno asks every container that mounts an emptyDir without a sizeLimit for an ephemeral-storage request and limit (with a quota on requests.ephemeral-storage, the next case, the verdicts agree)',
    ),
  },
  {
    check: 'require-emptydir-requests-limits',
    fixture: `${KY}/require-emptydir-requests-limits/.kyverno-test/resource-fail.yaml`,
    transform: ephemeralQuota,
    peer: ['fail-pod'],
    rule: 'ephemeral-storage-request-missing',
    scaleplan: ['fail-pod'],
  },
  {
    check: 'require-emptydir-requests-limits',
    fixture: `${KY}/require-emptydir-requests-limits/.kyverno-test/resource-pass.yaml`,
    transform: ephemeralQuota,
    peer: [],
    rule: 'ephemeral-storage-request-missing',
    scaleplan: [],
  },
  {
    check: 'require-emptydir-requests-limits',
    fixture: `${KY}/require-emptydir-requests-limits/.kyverno-test/resource-skip.yaml`,
    peer: [],
    rule: 'ephemeral-storage-request-missing',
    scaleplan: [],
  },
];

const KYVERNO_VPA: PeerCase[] = [
  {
    check: 'prevent-duplicate-vpa',
    fixture: `${KY}/prevent-duplicate-vpa/.chainsaw-test/prereq.yaml`,
    with: [`${KY}/prevent-duplicate-vpa/.chainsaw-test/bad.yaml`],
    peer: ['new-bad01', 'new-bad02'],
    rule: 'vpa-duplicate',
    scaleplan: ['new-bad01', 'new-bad02'],
  },
  {
    check: 'prevent-duplicate-vpa',
    fixture: `${KY}/prevent-duplicate-vpa/.chainsaw-test/prereq.yaml`,
    with: [`${KY}/prevent-duplicate-vpa/.chainsaw-test/good.yaml`],
    peer: [],
    rule: 'vpa-duplicate',
    scaleplan: [],
  },
  {
    check: 'verify-vpa-target',
    fixture: `${KY}/verify-vpa-target/.chainsaw-test/bad.yaml`,
    with: [`${KY}/verify-vpa-target/.chainsaw-test/prereq.yaml`],
    peer: ['bad01', 'bad02', 'bad03', 'bad04', 'bad05'],
    rule: 'vpa-target-missing',
    scaleplan: ['bad01', 'bad02', 'bad03', 'bad04', 'bad05'],
  },
  {
    check: 'verify-vpa-target',
    fixture: `${KY}/verify-vpa-target/.chainsaw-test/good.yaml`,
    with: [`${KY}/verify-vpa-target/.chainsaw-test/prereq.yaml`],
    peer: [],
    rule: 'vpa-target-missing',
    scaleplan: [],
  },
];

export const GROUPS: PeerGroup[] = [
  { tool: 'kube-linter', topic: 'Selectors, spreading and redundancy', cases: KUBE_LINTER },
  { tool: 'kube-score', topic: 'Selectors, spreading and redundancy', cases: KUBE_SCORE },
  { tool: 'Polaris', topic: 'Selectors, spreading and redundancy', cases: POLARIS },
  { tool: 'Kyverno', topic: 'Selectors, spreading and redundancy', cases: KYVERNO_SPREAD },
  { tool: 'Kyverno', topic: 'Selectors, spreading and redundancy', cases: KYVERNO_STORAGE },
  { tool: 'Kyverno', topic: 'Autoscaling and PDBs', cases: KYVERNO_VPA },
];
