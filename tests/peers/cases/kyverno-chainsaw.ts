/**
 * The chainsaw tests of the Kyverno policies that tests/peers/cases compares on their
 * kyverno-test suites too: each file a test applies is one case. A file applied expecting
 * `($error != null): true` is refused object by object, so the peer fails every object in it;
 * a file applied without that expectation passes (tests/peers/coverage.test.ts checks which
 * is which against the chainsaw-test.yaml). Files applied first (a PriorityClass) are `with`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { PEERS, type Disagreement, type PeerCase, type PeerGroup } from '../harness.js';
import { noQuota } from './coverage.js';
import { BELOW_LIMITS, NO_PRIORITY_REQUIRED } from './house-rules.js';
import { SPREAD_ANY_KEY } from './kyverno-states.js';

const KY = 'kyverno-policies';

/** The names of a fixture's objects, in file order and each once. */
function names(fixture: string): string[] {
  const text = fs.readFileSync(path.join(PEERS, fixture), 'utf8');
  const all = parseAllDocuments(text).map((document) =>
    String(document.getIn(['metadata', 'name']) ?? ''),
  );
  return [...new Set(all.filter((name) => name !== ''))];
}

type Case = Omit<PeerCase, 'check' | 'fixture' | 'peer' | 'rule'>;

/** One chainsaw file: every object fails when the file name says bad, none when good. */
const chainsaw =
  (policy: string, check: string, rule: string, shared: Omit<Case, 'scaleplan'> = {}) =>
  (file: string, scaleplan: string[], extra: Omit<Case, 'scaleplan'> = {}): PeerCase => {
    const fixture = `${KY}/${policy}/.chainsaw-test/${file}`;
    return {
      check,
      fixture,
      peer: /bad/.test(file) ? names(fixture) : [],
      rule,
      ...shared,
      ...extra,
      scaleplan,
    };
  };

const MEMORY_LIMIT: Disagreement = {
  whose: 'deliberate',
  why: 'badpod-nolimit requests cpu and memory and sets no memory limit. The Kyverno policy also requires a memory limit; missing-requests requires requests only (a memory limit is a policy choice, not a scaling mistake).',
  source: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
};

const requests = (category: string) =>
  chainsaw(
    `${category}/require-pod-requests-limits`,
    'require-requests-limits/validate-resources',
    'missing-requests',
    { ruleSet: 'all', options: { resources: ['cpu', 'memory'] } },
  );

const REQUESTS: PeerCase[] = ['best-practices', 'best-practices-vpol'].flatMap((category) => {
  const test = requests(category);
  return [
    test('good-pods.yaml', []),
    test('good-podcontrollers.yaml', []),
    test('bad-pod-nolimit.yaml', [], { disagreement: MEMORY_LIMIT }),
    test('bad-pod-nores.yaml', ['badpod-nores']),
    test('bad-pod-nothing.yaml', ['badpod-nothing']),
    test('bad-podcontrollers.yaml', ['reqpodlimits-baddeployment01', 'reqpodlimits-badcronjob01']),
  ];
});

const memory = chainsaw(
  'other/memory-requests-equal-limits',
  'memory-requests-equal-limits',
  'requests-exceed-limits',
);
const emptyDir = chainsaw(
  'other/require-emptydir-requests-limits',
  'require-emptydir-requests-limits',
  'ephemeral-storage-request-missing',
);

/** pod-good/bad.yaml and podcontroller-good/bad.yaml: the bad ones differ for `why`. */
const podFiles = (test: ReturnType<typeof chainsaw>, why: Disagreement): PeerCase[] =>
  ['pod', 'podcontroller'].flatMap((prefix) => [
    test(`${prefix}-good.yaml`, []),
    test(`${prefix}-bad.yaml`, [], { disagreement: why }),
  ]);

const LIMITS = podFiles(memory, BELOW_LIMITS);

const STORAGE = podFiles(
  emptyDir,
  noQuota(
    'Kyverno asks every container that mounts an emptyDir without a sizeLimit for an ephemeral-storage request and limit',
  ),
);

const priority = chainsaw(
  'other/require-pod-priorityclassname',
  'require-pod-priorityclassname',
  'priority-class-missing',
  { with: [`${KY}/other/require-pod-priorityclassname/.chainsaw-test/pc.yaml`] },
);

const PRIORITY = podFiles(priority, NO_PRIORITY_REQUIRED);

const multiple = chainsaw(
  'other/require-deployments-have-multiple-replicas',
  'require-deployments-have-multiple-replicas',
  'workload-single-replica',
);
const spread = chainsaw(
  'other/topologyspreadconstraints-policy',
  'topologyspreadconstraints-policy',
  'workload-no-spread',
);

const REDUNDANCY: PeerCase[] = [
  multiple('deploy-good.yaml', []),
  multiple('deploy-bad.yaml', ['baddeployment01', 'baddeployment03'], {
    disagreement: {
      whose: 'deliberate',
      why: 'baddeployment02 sets replicas 0: it is scaled down on purpose and runs nothing that a second replica would protect. Kyverno requires more than one replica on every Deployment; workload-single-replica skips workloads at 0 and reports the one at 1 and the one without replicas (the default 1).',
      source:
        'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#scaling-a-deployment',
    },
  }),
  spread('podcontrollers-good.yaml', []),
  spread('podcontrollers-bad.yaml', ['baddeploy03'], { disagreement: SPREAD_ANY_KEY }),
  spread('podcontrollers-good.yaml', [], { options: { requireEveryKey: true } }),
  spread('podcontrollers-bad.yaml', ['baddeploy01', 'baddeploy02', 'baddeploy03'], {
    options: { requireEveryKey: true },
  }),
];

const BUDGETS: PeerCase[] = ['other', 'other-vpol'].flatMap((category) => {
  const test = chainsaw(
    `${category}/pdb-maxunavailable`,
    'pdb-maxunavailable (zero)',
    'pdb-blocks-eviction',
  );
  return [test('pdb-good.yaml', []), test('pdb-bad.yaml', ['badpdb01'])];
});

export const GROUPS: PeerGroup[] = [
  { tool: 'Kyverno', topic: 'Resource requests', cases: [...REQUESTS, ...LIMITS] },
  { tool: 'Kyverno', topic: 'References and monitoring', cases: PRIORITY },
  {
    tool: 'Kyverno',
    topic: 'Selectors, spreading and redundancy',
    cases: [...REDUNDANCY, ...STORAGE, ...BUDGETS],
  },
];
