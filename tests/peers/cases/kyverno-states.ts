/**
 * The Kyverno policies that read the cluster (an `apiCall` context), compared on the states
 * their chainsaw tests build: the files applied first (`with`, e.g. prereq.yaml or
 * existing-deployments.yaml) linted with the file applied expecting `($error != null): true`
 * (every object of it is refused, a fail) or applied cleanly (every object passes). Where a
 * policy also has a kyverno-test suite, its resources are compared too. The policies without a
 * scaleplan counterpart (check-hpa-exists, check-vpa-configuration: "every workload has an
 * autoscaler") are compared with the rule a user would look to and their rows are deliberate
 * differences. tests/peers/coverage.test.ts checks these verdicts against ../shared/corpus.
 */
import type { Disagreement, PeerCase, PeerGroup } from '../harness.js';

const KY = 'kyverno-policies/other';
const VPOL = 'kyverno-policies/other-vpol';

const state = (policy: string, file: string): string => `${KY}/${policy}/.chainsaw-test/${file}`;

/** Sets the `replicas:` of the first Deployment of a file. */
const firstReplicas =
  (replicas: number) =>
  (text: string): string =>
    text.replace(/replicas: \d+/, `replicas: ${String(replicas)}`);

/** Keeps the first document of a file only. */
const firstDocument = (text: string): string => text.split(/^---$/m)[0] ?? text;

const NO_AUTOSCALER_REQUIRED = (kind: 'HorizontalPodAutoscaler' | 'VerticalPodAutoscaler') =>
  ({
    whose: 'deliberate',
    why: `Kyverno refuses every workload without a ${kind} as a house rule. An autoscaler is optional in Kubernetes and scaleplan does not require one: a fixed replica count or fixed requests are legitimate, and scaleplan checks the autoscalers there are (their targets, duplicates, bounds and conflicts). A single-replica workload without an autoscaler is workload-single-replica's (strict pack).`,
    source:
      kind === 'HorizontalPodAutoscaler'
        ? 'https://kubernetes.io/docs/concepts/workloads/autoscaling/'
        : 'https://kubernetes.io/docs/concepts/workloads/autoscaling/#scaling-workloads-vertically',
  }) satisfies Disagreement;

const PDB_SUMS_WORKLOADS: Disagreement = {
  whose: 'peer',
  why: 'Both Deployments (alpha-busybox, 3 replicas, and bravo-busybox, 5) carry app: busybox, so each budget selects all 8 pods. The disruption controller counts the pods of every controller the budget selects (expectedCount is the sum of their scales), so minAvailable 3, 4 and 5 still allow 5, 4 and 3 evictions. Kyverno compares minAvailable with each Deployment on its own. With bravo-busybox removed (the next case) the verdicts agree.',
  source: 'kubernetes/kubernetes:pkg/controller/disruption/disruption.go',
};

export const SPREAD_ANY_KEY: Disagreement = {
  whose: 'deliberate',
  why: 'Kyverno requires a constraint over both kubernetes.io/hostname and topology.kubernetes.io/zone. workload-no-spread accepts a term over either key (topologyKeys): one constraint already keeps the replicas off a single node (hostname) or a single zone, which also puts them on different nodes. With `requireEveryKey: true` (the cases after these) scaleplan requires both and the verdicts agree.',
  source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/',
};

const AUTOSCALING: PeerCase[] = [
  // prevent-duplicate-hpa ↔ hpa-duplicate-target: prereq.yaml (httpd-hpa-exist) is applied,
  // then bad.yaml (a second HPA on httpd-deployment) is refused and good.yaml applies.
  {
    check: 'prevent-duplicate-hpa',
    fixture: state('prevent-duplicate-hpa', 'prereq.yaml'),
    with: [state('prevent-duplicate-hpa', 'bad.yaml')],
    peer: ['bad-httpd-hpa'],
    rule: 'hpa-duplicate-target',
    scaleplan: ['bad-httpd-hpa'],
  },
  {
    check: 'prevent-duplicate-hpa',
    fixture: state('prevent-duplicate-hpa', 'prereq.yaml'),
    with: [state('prevent-duplicate-hpa', 'good.yaml')],
    peer: [],
    rule: 'hpa-duplicate-target',
    scaleplan: [],
  },
  // check-hpa-exists: hpa.yaml and deployment-with-hpa-good.yaml apply, then
  // deployment-without-hpa-bad.yaml is refused.
  {
    check: 'check-hpa-exists',
    fixture: state('check-hpa-exists', 'deployment-with-hpa-good.yaml'),
    with: [state('check-hpa-exists', 'hpa.yaml')],
    peer: [],
    rule: 'workload-single-replica',
    scaleplan: [],
  },
  {
    check: 'check-hpa-exists',
    fixture: state('check-hpa-exists', 'deployment-without-hpa-bad.yaml'),
    with: [
      state('check-hpa-exists', 'hpa.yaml'),
      state('check-hpa-exists', 'deployment-with-hpa-good.yaml'),
    ],
    peer: ['deployment-without-hpa'],
    rule: 'workload-single-replica',
    scaleplan: ['deployment-without-hpa'],
  },
  {
    check: 'check-hpa-exists',
    fixture: state('check-hpa-exists', 'deployment-without-hpa-bad.yaml'),
    with: [
      state('check-hpa-exists', 'hpa.yaml'),
      state('check-hpa-exists', 'deployment-with-hpa-good.yaml'),
    ],
    transform: firstReplicas(3),
    peer: ['deployment-without-hpa'],
    rule: 'workload-single-replica',
    scaleplan: [],
    disagreement: NO_AUTOSCALER_REQUIRED('HorizontalPodAutoscaler'),
  },
  {
    // The ValidatingPolicy form: kyverno-test, deployment-without-hpa fails and
    // deployment-uses-hpa passes; context.yaml mocks the cluster's HPA, which is the chainsaw
    // test's hpa.yaml (the same object), linted with the resources.
    check: 'check-hpa-exists',
    fixture: `${VPOL}/check-hpa-exists/.kyverno-test/resource.yaml`,
    with: [state('check-hpa-exists', 'hpa.yaml')],
    peer: ['deployment-without-hpa'],
    rule: 'workload-single-replica',
    scaleplan: ['deployment-without-hpa'],
  },
  // check-vpa-configuration: prereq.yaml (three VPAs) is applied, bad.yaml (three workloads
  // without one) refused, good.yaml applies.
  {
    check: 'check-vpa-configuration',
    fixture: state('check-vpa-configuration', 'good.yaml'),
    with: [state('check-vpa-configuration', 'prereq.yaml')],
    peer: [],
    rule: 'vpa-target-missing',
    scaleplan: [],
  },
  {
    // Linted with good.yaml as well, so that every VPA of prereq.yaml has its target (the
    // policy looks only at the VPAs, so its verdict on bad.yaml is the same).
    check: 'check-vpa-configuration',
    fixture: state('check-vpa-configuration', 'bad.yaml'),
    with: [
      state('check-vpa-configuration', 'prereq.yaml'),
      state('check-vpa-configuration', 'good.yaml'),
    ],
    peer: ['bad-busybox', 'bad-ds-busybox', 'bad-ss-busybox'],
    rule: 'vpa-target-missing',
    scaleplan: [],
    disagreement: NO_AUTOSCALER_REQUIRED('VerticalPodAutoscaler'),
  },
];

const PDBS: PeerCase[] = [
  // require-pdb ↔ pdb-missing: pdb.yaml (namespace require-pdb-ns, default-pdb selecting
  // app: busybox, foo: bar) is applied; deploy-good.yaml and ss-good.yaml apply,
  // deploy-bad.yaml and ss-bad.yaml are refused.
  {
    check: 'require-pdb',
    fixture: state('require-pdb', 'deploy-good.yaml'),
    with: [state('require-pdb', 'pdb.yaml')],
    peer: [],
    rule: 'pdb-missing',
    scaleplan: ['gooddeploy02'],
    disagreement: {
      whose: 'deliberate',
      why: 'gooddeploy02 runs 2 replicas and no budget selects it (default-pdb is in require-pdb-ns). Kyverno requires a budget from 3 replicas on; pdb-missing from 2, the smallest count a budget can protect without blocking every drain (minAvailable 1 still allows one eviction).',
      source: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
    },
  },
  ...(
    [
      ['deploy-bad.yaml', ['baddeploy01', 'baddeploy02']],
      ['ss-good.yaml', []],
      ['ss-bad.yaml', ['badss01', 'badss02']],
    ] as const
  ).map(([file, names]): PeerCase => ({
    check: 'require-pdb',
    fixture: state('require-pdb', file),
    with: [state('require-pdb', 'pdb.yaml')],
    peer: [...names],
    rule: 'pdb-missing',
    scaleplan: [...names],
  })),
  {
    // kyverno-test: nginx-deploy-skip (1 replica) is skipped. nginx-deploy-pass passes only
    // because values.yaml mocks pdb_count 1 (no budget is among the resources), so it is not
    // compared.
    check: 'require-pdb',
    fixture: `${KY}/require-pdb/.kyverno-test/resource-skip.yaml`,
    peer: [],
    rule: 'pdb-missing',
    scaleplan: [],
  },
  // deployment-replicas-higher-than-pdb ↔ pdb-blocks-eviction: existing-deployments.yaml
  // applied, good-pdb.yaml applies, bad-pdb.yaml refused.
  {
    check: 'deployment-replicas-higher-than-pdb',
    fixture: state('deployment-replicas-higher-than-pdb', 'good-pdb.yaml'),
    with: [state('deployment-replicas-higher-than-pdb', 'existing-deployments.yaml')],
    peer: [],
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'deployment-replicas-higher-than-pdb',
    fixture: state('deployment-replicas-higher-than-pdb', 'bad-pdb.yaml'),
    with: [state('deployment-replicas-higher-than-pdb', 'existing-deployments.yaml')],
    peer: ['bad-pdb01', 'bad-pdb02', 'bad-pdb03'],
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
    disagreement: PDB_SUMS_WORKLOADS,
  },
  {
    check: 'deployment-replicas-higher-than-pdb',
    fixture: state('deployment-replicas-higher-than-pdb', 'existing-deployments.yaml'),
    with: [state('deployment-replicas-higher-than-pdb', 'bad-pdb.yaml')],
    transform: firstDocument,
    peer: ['bad-pdb01', 'bad-pdb02', 'bad-pdb03'],
    rule: 'pdb-blocks-eviction',
    scaleplan: ['bad-pdb01', 'bad-pdb02', 'bad-pdb03'],
  },
  // require-replicas-allow-disruption ↔ pdb-blocks-eviction: existing-pdbs.yaml (minAvailable
  // 1 and 2) applied, good-deploy.yaml (3 replicas) applies, bad-deploy.yaml (2) refused.
  // Kyverno reports the Deployment, scaleplan the budget that blocks it: the file's verdict
  // is compared.
  {
    check: 'require-replicas-allow-disruption',
    fixture: state('require-replicas-allow-disruption', 'good-deploy.yaml'),
    with: [state('require-replicas-allow-disruption', 'existing-pdbs.yaml')],
    peer: false,
    rule: 'pdb-blocks-eviction',
    scaleplan: [],
  },
  {
    check: 'require-replicas-allow-disruption',
    fixture: state('require-replicas-allow-disruption', 'bad-deploy.yaml'),
    with: [state('require-replicas-allow-disruption', 'existing-pdbs.yaml')],
    peer: true,
    rule: 'pdb-blocks-eviction',
    scaleplan: ['pdb02'],
  },
  // pdb-maxunavailable-with-deployments ↔ pdb-blocks-eviction: existing-deployments.yaml (two
  // Deployments at 0 replicas) applied, good-pdb.yaml (maxUnavailable 0) applies; alpha-busybox
  // is scaled to 1 and bad-pdb.yaml (maxUnavailable 0) is refused.
  {
    check: 'pdb-maxunavailable-with-deployments',
    fixture: state('pdb-maxunavailable-with-deployments', 'good-pdb.yaml'),
    with: [state('pdb-maxunavailable-with-deployments', 'existing-deployments.yaml')],
    peer: [],
    rule: 'pdb-blocks-eviction',
    scaleplan: ['good-pdb01'],
    disagreement: {
      whose: 'deliberate',
      why: 'maxUnavailable 0 refuses every eviction of every pod the budget selects. Kyverno lets it in while the selected Deployments run 0 replicas (and refuses the same budget once one runs a pod, the next step); scaleplan judges the budget as written, which blocks every drain as soon as the Deployments are scaled up, as pdb-blocks-eviction judges every workload scaled to zero at its first pod.',
      source: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
    },
  },
  {
    check: 'pdb-maxunavailable-with-deployments',
    fixture: state('pdb-maxunavailable-with-deployments', 'existing-deployments.yaml'),
    with: [state('pdb-maxunavailable-with-deployments', 'bad-pdb.yaml')],
    transform: firstReplicas(1),
    peer: ['bad-pdb01'],
    rule: 'pdb-blocks-eviction',
    scaleplan: ['bad-pdb01'],
  },
];

/** kyverno-test: badss01-03 fail, goodss01 passes, skipss01 (1 replica) is skipped. */
const SPREAD_FILES = [
  ['resource-fail1.yaml', ['badss01'], [], SPREAD_ANY_KEY],
  ['resource-fail2.yaml', ['badss02'], [], SPREAD_ANY_KEY],
  ['resource-fail3.yaml', ['badss03'], ['badss03'], undefined],
  ['resource-pass.yaml', [], [], undefined],
  ['resource-skip.yaml', [], [], undefined],
] as const;

const spreadCase = (file: string, peer: readonly string[]): PeerCase => ({
  check: 'topologyspreadconstraints-policy',
  fixture: `${KY}/topologyspreadconstraints-policy/.kyverno-test/${file}`,
  peer: [...peer],
  rule: 'workload-no-spread',
  scaleplan: [],
});

const SPREAD: PeerCase[] = [
  // The default: a term over either key.
  ...SPREAD_FILES.map(([file, peer, scaleplan, disagreement]): PeerCase => ({
    ...spreadCase(file, peer),
    scaleplan: [...scaleplan],
    ...(disagreement ? { disagreement } : {}),
  })),
  // requireEveryKey: a term over each key, as the policy asks.
  ...SPREAD_FILES.map(([file, peer]): PeerCase => ({
    ...spreadCase(file, peer),
    options: { requireEveryKey: true },
    scaleplan: [...peer],
  })),
];

export const GROUPS: PeerGroup[] = [
  { tool: 'Kyverno', topic: 'Autoscaling and PDBs', cases: [...AUTOSCALING, ...PDBS] },
  {
    tool: 'Kyverno',
    topic: 'Selectors, spreading and redundancy',
    cases: SPREAD,
  },
];
