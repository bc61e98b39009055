/**
 * The checks of issue 18 against the peers' fixtures: selectors that do not match their pod
 * template, negative and policy-less budgets, percentages that block eviction, replicas and
 * spreading (see docs/peer-comparison.md, section "Selectors, spreading and redundancy").
 */
import type { Disagreement, PeerCase, PeerGroup } from '../harness.js';

const KL = 'kube-linter/tests/checks';
const KS = 'kube-score/score/testdata';
const KY = 'kyverno-policies/other';

const OPENSHIFT: Disagreement = {
  whose: 'deliberate',
  source: 'https://kubernetes.io/docs/concepts/workloads/controllers/',
  why: 'kube-linter also reports the OpenShift DeploymentConfig of the fixture (apps.openshift.io); scaleplan lints the Kubernetes workload kinds only, so the Deployment is the one compared.',
};

const KUBE_LINTER: PeerCase[] = [
  {
    // bats: 2 reports, Deployment app1 and DeploymentConfig app2 ("labels in pod spec (map[]) do not match labels in selector").
    check: 'mismatching-selector',
    fixture: `${KL}/mismatching-selector.yml`,
    peer: ['app1', 'app2'],
    rule: 'workload-selector-mismatch',
    scaleplan: ['app1'],
    disagreement: OPENSHIFT,
  },
  {
    // bats: 2 reports, "object has 2 replicas but minimum required replicas is 3" (Deployment app, DeploymentConfig).
    check: 'minimum-three-replicas',
    fixture: `${KL}/minimum-three-replicas.yml`,
    peer: ['app', 'app'],
    rule: 'workload-single-replica',
    options: { minimum: 3 },
    scaleplan: ['app'],
    disagreement: OPENSHIFT,
  },
  {
    // bats: 3 reports: Deployment app1 (3 replicas, no anti-affinity), the DeploymentConfig, and
    // Deployment fire-namespaced-with-namespaces-selector-not-matching (its term looks in namespace bar).
    check: 'no-anti-affinity',
    fixture: `${KL}/no-anti-affinity.yml`,
    peer: ['app1', 'app1', 'fire-namespaced-with-namespaces-selector-not-matching'],
    rule: 'workload-no-spread',
    scaleplan: ['app1', 'fire-namespaced-with-namespaces-selector-not-matching'],
    disagreement: OPENSHIFT,
  },
];

const KUBE_SCORE: PeerCase[] = [
  {
    check: 'statefulset-pod-selector-labels-match-template-metadata-labels',
    fixture: `${KS}/statefulset-different-labels.yaml`,
    peer: true,
    rule: 'workload-selector-mismatch',
    scaleplan: ['statefulset-test-1'],
  },
  {
    check: 'poddisruptionbudget-has-policy',
    fixture: `${KS}/deployment-poddisruptionbudget-v1-no-policy.yaml`,
    peer: true,
    rule: 'pdb-no-budget',
    scaleplan: ['app-budget'],
  },
  {
    check: 'poddisruptionbudget-has-policy',
    fixture: `${KS}/deployment-poddisruptionbudget-v1beta1-no-policy.yaml`,
    peer: true,
    rule: 'pdb-no-budget',
    scaleplan: ['app-budget'],
  },
];

const KYVERNO: PeerCase[] = [
  // kyverno-test: bad-pdb-zero and bad-pdb-negative-one fail; good-pdb, good-pdb-none pass.
  // The ValidatingPolicy form (other-vpol) has the same resources and verdicts.
  ...[KY, 'kyverno-policies/other-vpol'].flatMap((category): PeerCase[] =>
    (
      [
        ['negative', 'bad-pdb-negative-one', 'schema-invalid'],
        ['zero', 'bad-pdb-zero', 'pdb-blocks-eviction'],
      ] as const
    ).map(([value, name, rule]) => ({
      check: `pdb-maxunavailable (${value})`,
      fixture: `${category}/pdb-maxunavailable/.kyverno-test/resource.yaml`,
      peer: [name],
      rule,
      scaleplan: [name],
    })),
  ),
  {
    // kyverno-test: bad-minAvailable-pdb01…06 (51%, 60%, 70%, 80%, 90%, 100%) fail.
    check: 'require-reasonable-pdbs',
    fixture: `${KY}/require-reasonable-pdbs/.kyverno-test/pdb-minAvailable-bad.yaml`,
    peer: [
      'bad-minAvailable-pdb01',
      'bad-minAvailable-pdb02',
      'bad-minAvailable-pdb03',
      'bad-minAvailable-pdb04',
      'bad-minAvailable-pdb05',
      'bad-minAvailable-pdb06',
    ],
    rule: 'pdb-percent-blocks-eviction',
    scaleplan: ['bad-minAvailable-pdb05', 'bad-minAvailable-pdb06'],
    disagreement: {
      whose: 'deliberate',
      source: 'kubernetes/kubernetes:pkg/controller/disruption/disruption.go',
      why: 'Kyverno fails every minAvailable above 50% as a house rule. The disruption controller rounds minAvailable up (GetScaledValueFromIntOrPercent with roundUp), so 51%-80% still allow evictions from 2 to 5 pods on; only percentages that allow none below 10 pods (90%, and 100% which pdb-blocks-eviction also reports) are reported.',
    },
  },
  {
    check: 'require-reasonable-pdbs',
    fixture: `${KY}/require-reasonable-pdbs/.kyverno-test/pdb-minAvailable-good.yaml`,
    peer: false,
    rule: 'pdb-percent-blocks-eviction',
    scaleplan: [],
  },
];

export const GROUPS: PeerGroup[] = [
  { tool: 'kube-linter', topic: 'Selectors, spreading and redundancy', cases: KUBE_LINTER },
  { tool: 'kube-score', topic: 'Selectors, spreading and redundancy', cases: KUBE_SCORE },
  { tool: 'Kyverno', topic: 'Selectors, spreading and redundancy', cases: KYVERNO },
];
