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
import type { Disagreement, PeerCase, PeerGroup } from '../harness.js';

/** Makes the (single-replica) workloads of a fixture run three replicas. */
const threeReplicas = (text: string): string =>
  text.replace(/^(kind: (?:Deployment|StatefulSet)\n(?:.*\n)*?spec:\n)/gm, '$1  replicas: 3\n');

/** Polaris' pdbDisruptionsIsZero fixtures write their budgets as `apiVersion: v1`. */
const policyV1 = (text: string): string =>
  text.replace(/^apiVersion: v1\n(kind: PodDisruptionBudget)$/gm, 'apiVersion: policy/v1\n$1');

const UNSERVED_PDB: Disagreement = {
  whose: 'peer',
  why: 'The budget is written as apiVersion v1, which does not serve PodDisruptionBudget: the API server rejects it ("no matches for kind"), unknown-api-version reports it and no rule counts it. Polaris evaluates it as a budget. With apiVersion policy/v1 (the next case) the verdicts agree (Kubernetes API discovery: PodDisruptionBudget is served by policy/v1 only since 1.25).',
  source:
    'https://kubernetes.io/docs/reference/using-api/deprecation-guide/#poddisruptionbudget-v125',
};

const KL = 'kube-linter/tests/checks';

export const KUBE_LINTER: PeerCase[] = [
  {
    // dangling-horizontalpodautoscaler: 1 report, hpa1 → Deployment app2.
    check: 'dangling-horizontalpodautoscaler',
    fixture: `${KL}/dangling-hpa.yml`,
    peer: ['hpa1'],
    rule: 'hpa-target-missing',
    scaleplan: ['hpa1'],
  },
  {
    // hpa-minimum-three-replicas: 1 report, "object has 2 replicas but minimum required replicas is 3".
    check: 'hpa-minimum-three-replicas',
    fixture: `${KL}/hpa-minimum-three-replicas.yml`,
    peer: ['app'],
    rule: 'hpa-min-replicas',
    options: { minimum: 3 },
    scaleplan: ['app'],
  },
  {
    // pdb-max-unavailable: "MaxUnavailable is set to 0" on foo.
    check: 'pdb-max-unavailable',
    fixture: `${KL}/pdb-max-unavailable.yaml`,
    peer: ['foo'],
    rule: 'pdb-blocks-eviction',
    scaleplan: ['foo'],
  },
  {
    // pdb-min-available: 3 reports, for the Deployments foo, foo2 (HPA) and foo3 (KEDA).
    check: 'pdb-min-available',
    fixture: `${KL}/pdb-min-available.yaml`,
    peer: ['baz', 'baz2', 'baz3'],
    rule: 'pdb-blocks-eviction',
    scaleplan: ['baz2', 'baz3'],
    disagreement: {
      whose: 'peer',
      why: "Deployment foo has no pod template, so no pod carries name=cloud-ingress-operator and baz protects nothing (pdb-no-match reports it). kube-linter matches the budget against the Deployment's spec.selector instead of its pods' labels; the API server rejects a Deployment whose selector does not match its template.",
      source: 'kubernetes/kubernetes:pkg/apis/apps/validation/validation.go',
    },
  },
  {
    // What scaleplan says about baz instead; kube-linter has no check for an empty selection.
    check: 'none',
    fixture: `${KL}/pdb-min-available.yaml`,
    peer: [],
    rule: 'pdb-no-match',
    scaleplan: ['baz'],
    disagreement: {
      whose: 'deliberate',
      why: 'kube-linter has no check for a budget that selects no pods; scaleplan reports baz here instead of as a blocking budget.',
      source: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
    },
  },
];

const KS = 'kube-score/score/testdata';

export const KUBE_SCORE: PeerCase[] = [
  // deployment-targeted-by-hpa-does-not-have-replicas-configured
  {
    check: 'deployment-targeted-by-hpa-does-not-have-replicas-configured',
    fixture: `${KS}/deployment-with-hpa-has-replicas.yaml`,
    peer: true,
    rule: 'hpa-replicas-pinned',
    scaleplan: ['php-apache'],
  },
  {
    check: 'deployment-targeted-by-hpa-does-not-have-replicas-configured',
    fixture: `${KS}/deployment-with-hpa-not-has-replicas.yaml`,
    peer: false,
    rule: 'hpa-replicas-pinned',
    scaleplan: [],
  },
  // horizontalpodautoscaler-has-target
  {
    check: 'horizontalpodautoscaler-has-target',
    fixture: `${KS}/hpa-autoscalingv1-targets-deployment.yaml`,
    peer: false,
    rule: 'hpa-target-missing',
    scaleplan: [],
  },
  {
    check: 'horizontalpodautoscaler-has-target',
    fixture: `${KS}/hpa-autoscalingv2-targets-deployment.yaml`,
    peer: false,
    rule: 'hpa-target-missing',
    scaleplan: [],
  },
  {
    check: 'horizontalpodautoscaler-has-target',
    fixture: `${KS}/hpa-autoscalingv2beta1-targets-deployment.yaml`,
    peer: false,
    rule: 'hpa-target-missing',
    scaleplan: [],
  },
  {
    check: 'horizontalpodautoscaler-has-target',
    fixture: `${KS}/hpa-autoscalingv2beta2-targets-deployment.yaml`,
    peer: false,
    rule: 'hpa-target-missing',
    scaleplan: [],
  },
  {
    check: 'horizontalpodautoscaler-has-target',
    fixture: `${KS}/hpa-has-no-target.yaml`,
    peer: true,
    rule: 'hpa-target-missing',
    scaleplan: ['php-apache'],
  },
  // horizontalpodautoscaler-replicas, with MinReplicasHPA as the minimum
  {
    check: 'horizontalpodautoscaler-replicas',
    fixture: `${KS}/hpa-min-replicas-ok.yaml`,
    peer: false,
    rule: 'hpa-min-replicas',
    scaleplan: [],
  },
  {
    check: 'horizontalpodautoscaler-replicas',
    fixture: `${KS}/hpa-min-replicas-nok.yaml`,
    peer: true,
    rule: 'hpa-min-replicas',
    options: { minimum: 2 },
    scaleplan: ['php-apache'],
  },
  {
    check: 'horizontalpodautoscaler-replicas',
    fixture: `${KS}/hpa-min-replicas-nok.yaml`,
    peer: true,
    rule: 'hpa-min-replicas',
    options: { minimum: 5 },
    scaleplan: ['php-apache'],
  },
  {
    check: 'horizontalpodautoscaler-replicas',
    fixture: `${KS}/hpa-min-replicas-nok.yaml`,
    peer: false,
    rule: 'hpa-min-replicas',
    options: { minimum: 1 },
    scaleplan: [],
  },
  // deployment-has-poddisruptionbudget / statefulset-has-poddisruptionbudget: as written, every
  // workload runs one replica, which pdb-missing deliberately leaves alone.
  ...(
    [
      ['statefulset-poddisruptionbudget-v1beta1-matches.yaml', false],
      ['statefulset-poddisruptionbudget-v1beta1-expression-matches.yaml', false],
      ['statefulset-poddisruptionbudget-v1beta1-expression-no-match.yaml', true],
      ['statefulset-poddisruptionbudget-v1beta1-no-match.yaml', true],
      ['deployment-poddisruptionbudget-v1beta1-matches.yaml', false],
      ['deployment-poddisruptionbudget-v1beta1-expression-matches.yaml', false],
      ['deployment-poddisruptionbudget-v1beta1-expression-no-match.yaml', true],
      ['deployment-poddisruptionbudget-v1beta1-no-match.yaml', true],
      ['deployment-poddisruptionbudget-v1-matches.yaml', false],
      ['deployment-poddisruptionbudget-v1-no-match.yaml', true],
      ['deployment-poddisruptionbudget-v1-different-namespace.yaml', true],
    ] as const
  ).flatMap(([file, critical]): PeerCase[] => [
    {
      check: file.startsWith('statefulset')
        ? 'statefulset-has-poddisruptionbudget'
        : 'deployment-has-poddisruptionbudget',
      fixture: `${KS}/${file}`,
      peer: critical,
      rule: 'pdb-missing',
      scaleplan: [],
      ...(critical
        ? {
            disagreement: {
              whose: 'deliberate',
              why: 'The workload runs a single replica without an autoscaler: a budget can only block its one pod or allow its eviction, so scaleplan does not ask for one.',
              source: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
            },
          }
        : {}),
    },
    {
      // The same file with replicas: 3: the selector verdicts are kube-score's.
      check: file.startsWith('statefulset')
        ? 'statefulset-has-poddisruptionbudget'
        : 'deployment-has-poddisruptionbudget',
      fixture: `${KS}/${file}`,
      peer: critical,
      rule: 'pdb-missing',
      transform: threeReplicas,
      scaleplan: critical ? ['statefulset-test-1'] : [],
    },
  ]),
];

const PO = 'polaris/test/checks';

export const POLARIS: PeerCase[] = [
  // pdbDisruptionsIsZero
  {
    check: 'pdbDisruptionsIsZero',
    fixture: `${PO}/pdbDisruptionsIsZero/failure.either.yaml`,
    peer: true,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
    disagreement: {
      whose: 'deliberate',
      why: 'minAvailable and maxUnavailable are both set, which the API server rejects ("minAvailable and maxUnavailable cannot be both set"); the budget never exists, so it blocks nothing.',
      source: 'kubernetes/kubernetes:pkg/apis/policy/validation/validation.go',
    },
  },
  {
    check: 'pdbDisruptionsIsZero',
    fixture: `${PO}/pdbDisruptionsIsZero/failure.max.yaml`,
    peer: true,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
    disagreement: UNSERVED_PDB,
  },
  {
    check: 'pdbDisruptionsIsZero',
    fixture: `${PO}/pdbDisruptionsIsZero/failure.max.yaml`,
    peer: true,
    rule: 'pdb-blocks-eviction',
    transform: policyV1,
    scaleplan: ['nginx'],
  },
  {
    check: 'pdbDisruptionsIsZero',
    fixture: `${PO}/pdbDisruptionsIsZero/failure.min.yaml`,
    peer: true,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
    disagreement: UNSERVED_PDB,
  },
  {
    check: 'pdbDisruptionsIsZero',
    fixture: `${PO}/pdbDisruptionsIsZero/failure.min.yaml`,
    peer: true,
    rule: 'pdb-blocks-eviction',
    transform: policyV1,
    scaleplan: ['nginx'],
  },
  {
    check: 'pdbDisruptionsIsZero',
    fixture: `${PO}/pdbDisruptionsIsZero/success.both.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbDisruptionsIsZero',
    fixture: `${PO}/pdbDisruptionsIsZero/success.max.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbDisruptionsIsZero',
    fixture: `${PO}/pdbDisruptionsIsZero/success.min.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbDisruptionsIsZero',
    fixture: `${PO}/pdbDisruptionsIsZero/success.none.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  // pdbMinAvailableGreaterThanHPAMinReplicas
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/failure-gt-percent.yaml`,
    peer: true,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
    disagreement: {
      whose: 'deliberate',
      why: 'minAvailable 150% is rejected by the API server (IsNotMoreThan100Percent), so the budget never exists; schema-invalid is the rule for values out of range.',
      source: 'kubernetes/kubernetes:pkg/apis/policy/validation/validation.go',
    },
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/failure-gt-scalar.yaml`,
    peer: true,
    rule: 'pdb-blocks-eviction',
    scaleplan: ['zookeeper-pdb'],
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success-lt-percent.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success-maxUnavailable.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.equals.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: ['zookeeper-pdb'],
    disagreement: {
      whose: 'peer',
      why: 'minAvailable 5 with HPA minReplicas 5: at the minimum, 5 − 5 = 0 disruptions are allowed and every drain hangs. Polaris compares with a strict ">".',
      source: 'kubernetes/kubernetes:pkg/controller/disruption/disruption.go',
    },
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.hpa-no-match.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: ['zookeeper-pdb'],
    disagreement: {
      whose: 'deliberate',
      why: 'The HPA targets another Deployment, so zookeeper runs its default single replica against minAvailable 5: no eviction is possible. Polaris only checks workloads that have an HPA.',
      source: 'kubernetes/kubernetes:pkg/apis/apps/v1/defaults.go',
    },
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.lt.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.no-hpa.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: ['zookeeper-pdb'],
    disagreement: {
      whose: 'deliberate',
      why: 'No HPA: the Deployment runs 1 replica (replicas unset) against minAvailable 5. Polaris only checks workloads that have an HPA.',
      source: 'kubernetes/kubernetes:pkg/apis/apps/v1/defaults.go',
    },
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.no-match.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.no-min-replicas.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: ['zookeeper-pdb'],
    disagreement: {
      whose: 'peer',
      why: 'The HPA does not set minReplicas, which defaults to 1, so minAvailable 2 blocks every eviction at the minimum. Polaris skips HPAs without minReplicas.',
      source: 'kubernetes/kubernetes:pkg/apis/autoscaling/v2/defaults.go',
    },
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.no-pdb.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.pdb-no-match.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.percent-no-replica.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'pdbMinAvailableGreaterThanHPAMinReplicas',
    fixture: `${PO}/pdbMinAvailableGreaterThanHPAMinReplicas/success.yaml`,
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  // missingPodDisruptionBudget: every Deployment runs one replica as written.
  ...(
    [
      ['failure-bad-ns.yaml', true],
      ['failure.bad-name.yaml', true],
      ['failure.empty-labels.yaml', true],
      ['failure.no-labels.yaml', true],
      ['failure.no-metadata.yaml', true],
      ['failure.wrong-place.yaml', true],
      ['failure.yaml', true],
      ['success.many.yaml', false],
      ['success.yaml', false],
    ] as const
  ).flatMap(([file, failure]): PeerCase[] => [
    {
      check: 'missingPodDisruptionBudget',
      fixture: `${PO}/missingPodDisruptionBudget/${file}`,
      peer: failure,
      rule: 'pdb-missing',
      scaleplan: [],
      ...(failure
        ? {
            disagreement: {
              whose: 'deliberate',
              why: 'A single replica without an autoscaler: a budget could only block its one pod or allow its eviction, so scaleplan does not ask for one.',
              source: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
            },
          }
        : {}),
    },
    {
      // With replicas: 3 the verdicts are Polaris's, including the budget in the wrong
      // namespace and labels written on the Deployment instead of its pod template.
      check: 'missingPodDisruptionBudget',
      fixture: `${PO}/missingPodDisruptionBudget/${file}`,
      peer: failure,
      rule: 'pdb-missing',
      transform: threeReplicas,
      scaleplan: failure ? ['zookeeper'] : [],
    },
  ]),
  // hpaMinAvailability (minReplicas >= 2)
  {
    check: 'hpaMinAvailability',
    fixture: `${PO}/hpaMinAvailability/failure.yaml`,
    peer: true,
    rule: 'hpa-min-replicas',
    scaleplan: ['php-apache'],
  },
  {
    check: 'hpaMinAvailability',
    fixture: `${PO}/hpaMinAvailability/success.yaml`,
    peer: false,
    rule: 'hpa-min-replicas',
    scaleplan: [],
  },
  {
    check: 'hpaMinAvailability',
    fixture: `${PO}/hpaMinAvailability/success.minReplicaAbsent.yaml`,
    peer: false,
    rule: 'hpa-min-replicas',
    scaleplan: ['php-apache'],
    disagreement: {
      whose: 'peer',
      why: "minReplicas defaults to 1 when it is absent, which is exactly what the check is about; Polaris's schema only tests the field when it is present.",
      source: 'kubernetes/kubernetes:pkg/apis/autoscaling/v2/defaults.go',
    },
  },
  // hpaMaxAvailability (maxReplicas > minReplicas) ↔ hpa-min-max, which reports equal bounds as info.
  {
    check: 'hpaMaxAvailability',
    fixture: `${PO}/hpaMaxAvailability/failure.yaml`,
    peer: true,
    rule: 'hpa-min-max',
    scaleplan: ['php-apache'],
  },
  {
    check: 'hpaMaxAvailability',
    fixture: `${PO}/hpaMaxAvailability/success.yaml`,
    peer: false,
    rule: 'hpa-min-max',
    scaleplan: [],
  },
  {
    check: 'hpaMaxAvailability',
    fixture: `${PO}/hpaMaxAvailability/success.minAvailabilityAbsent.yaml`,
    peer: false,
    rule: 'hpa-min-max',
    scaleplan: [],
  },
];

export const GROUPS: PeerGroup[] = [
  { tool: 'kube-linter', topic: 'Autoscaling and PDBs', cases: KUBE_LINTER },
  { tool: 'kube-score', topic: 'Autoscaling and PDBs', cases: KUBE_SCORE },
  { tool: 'Polaris', topic: 'Autoscaling and PDBs', cases: POLARIS },
];
