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
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';

const PEERS = path.resolve(import.meta.dirname, '../../fixtures/peers');
const RULE = 'missing-requests';

interface PeerCase {
  /** The peer's check, and its configuration where the harness sets one. */
  check: string;
  /** Under fixtures/peers (upstream path). */
  fixture: string;
  /** The peer's verdict: fails / passes the file, or the objects it reports. */
  peer: boolean | string[];
  /** missing-requests options matching the peer's check. */
  options: Record<string, unknown>;
  /** Names of the objects missing-requests reports. */
  scaleplan: string[];
  /** Why scaleplan deliberately differs; present exactly when the verdicts differ. */
  disagreement?: string;
}

const CPU = { resources: ['cpu'] };
const MEMORY = { resources: ['memory'] };
const BOTH = { resources: ['cpu', 'memory'] };

/** Requests default to limits: kube-score and Kyverno do not apply that defaulting. */
const LIMITS_BECOME_REQUESTS =
  'The container sets limits but no requests. Kubernetes copies each limit into the missing request when the pod is created (SetDefaults_Pod), so the pod is scheduled with requests equal to its limits (Guaranteed QoS) and an HPA can compute utilization. scaleplan reports what the cluster will run; kube-score grades the manifest as written.';

async function reported(testCase: PeerCase): Promise<string[]> {
  const text = fs.readFileSync(path.join(PEERS, testCase.fixture), 'utf8');
  const result = await lintSourcesPrepared(
    { [testCase.fixture]: text },
    { rules, ruleSettings: { [RULE]: { options: testCase.options } } },
  );
  const names = result.findings
    .filter((finding) => finding.ruleId === RULE)
    .map((finding) => finding.object?.name ?? '');
  return [...new Set(names)];
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
    // bats: 2 reports, 'Deployment: container "app" has cpu request 0' and the same for the
    // DeploymentConfig. The fixture writes `requests` beside the container's name instead of
    // under `resources`, so neither container has a request.
    check: 'unset-cpu-requirements',
    fixture: `${KL}/unset-cpu-requirements.yml`,
    peer: ['app1', 'app2'],
    options: CPU,
    scaleplan: ['app1'],
    disagreement:
      'app2 is an OpenShift DeploymentConfig (apps.openshift.io/v1, deprecated since OpenShift 4.14). scaleplan lints Kubernetes workload kinds only: Deployment, StatefulSet, ReplicaSet, ReplicationController, DaemonSet, Job, CronJob and Pod.',
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
    disagreement:
      'app2 is an OpenShift DeploymentConfig, which scaleplan does not lint (see unset-cpu-requirements).',
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
    disagreement:
      'kube-linter unset-memory-requirements checks the memory limit, not the request (its description says "requests and limits", its remediation "memory limits"). scaleplan requires the request, which is what scheduling, eviction order and HPA utilization depend on; whether to cap memory with a limit is a separate policy.',
  },
];
run('kube-linter', KUBE_LINTER);

const POLARIS = 'polaris/test/checks';

const POLARIS_CASES: PeerCase[] = [
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
];
run('Polaris', POLARIS_CASES);

const KS = 'kube-score/score/testdata';

const KUBE_SCORE: PeerCase[] = [
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
    disagreement:
      'kube-score requires limits too. scaleplan does not: a missing limit breaks no scheduling, autoscaling or quota arithmetic (quota-missing-requests reports it when a ResourceQuota constrains limits.cpu), and CPU limits throttle latency-sensitive services, so many teams leave them out on purpose.',
  },
  {
    // IgnoreContainerCpuLimitRequirement and IgnoreContainerMemoryLimitRequirement: GradeAllOK.
    check: 'container-resources (both limit requirements ignored)',
    fixture: `${KS}/pod-test-resources-no-limits.yaml`,
    peer: false,
    options: BOTH,
    scaleplan: [],
  },
];
run('kube-score container-resources', KUBE_SCORE);

const KYVERNO: PeerCase[] = [
  {
    // .kyverno-test/kyverno-test.yaml: badpod01-03 fail, goodpod01-02 pass.
    check: 'require-requests-limits/validate-resources',
    fixture:
      'kyverno-policies/best-practices/require-pod-requests-limits/.kyverno-test/resource.yaml',
    peer: ['badpod01', 'badpod02', 'badpod03'],
    options: BOTH,
    scaleplan: ['badpod01', 'badpod03'],
    disagreement:
      'badpod02 requests cpu and memory but sets no memory limit. The Kyverno policy also requires a memory limit; scaleplan requires requests only (a memory limit is a policy choice, not a scaling mistake).',
  },
];
run('Kyverno require-requests-limits', KYVERNO);

/** The peer verdicts written above, checked against the corpus they were taken from. */
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

function corpus<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')) as T;
}

describe.skipIf(!fs.existsSync(CORPUS))('peer verdicts match ../shared/corpus', () => {
  it('kube-linter (expected_results.json): report counts and kinds', () => {
    const { tests } = corpus<{
      tests: Array<{
        test: string;
        fixture: string;
        expected_report_count: number | null;
        expected_reports: Array<{ expected: string }>;
      }>;
    }>('kube-linter/expected_results.json');
    for (const testCase of KUBE_LINTER.filter((candidate) => candidate.fixture.startsWith(KL))) {
      const entry = tests.find((test) => test.test === testCase.check);
      expect(entry?.fixture).toBe(testCase.fixture.replace(/^kube-linter\//, ''));
      expect(entry?.expected_report_count).toBe((testCase.peer as string[]).length);
      expect(entry?.expected_reports.map((report) => report.expected.split(':')[0])).toEqual([
        'Deployment',
        'DeploymentConfig',
      ]);
    }
  });

  it('kube-score (expected_results.json): every container-resources case', () => {
    const { cases } = corpus<{
      cases: Array<{
        fixtures: string[];
        check_id: string;
        expected_grade: string;
        config: string | null;
      }>;
    }>('kube-score/expected_results.json');
    const graded = cases.filter(
      (entry) => entry.check_id === 'container-resources' && entry.fixtures.length > 0,
    );
    expect(graded.length).toBe(KUBE_SCORE.length);
    for (const entry of graded) {
      const ignoresCpu = /IgnoreContainerCpuLimitRequirement: true/.test(entry.config ?? '');
      const mine = KUBE_SCORE.filter(
        (testCase) =>
          testCase.fixture === `kube-score/${entry.fixtures[0]}` &&
          (!/IgnoreContainerCpuLimitRequirement/.test(entry.config ?? '') ||
            testCase.check.includes(ignoresCpu ? ': true' : ': false') ||
            testCase.check.includes('both')),
      );
      expect(mine, entry.fixtures[0]).toHaveLength(1);
      expect(mine[0]?.peer, entry.fixtures[0]).toBe(entry.expected_grade !== 'GradeAllOK');
    }
  });

  it('Polaris (expected_results.json): every pass/fail case of the two checks', () => {
    const { cases } = corpus<{
      cases: Array<{ check: string; fixture: string; expected: string }>;
    }>('polaris/expected_results.json');
    const graded = cases.filter(
      (entry) =>
        (entry.check === 'cpuRequestsMissing' || entry.check === 'memoryRequestsMissing') &&
        entry.expected !== 'mutation_output',
    );
    expect(graded.length).toBe(POLARIS_CASES.length);
    for (const entry of graded) {
      const mine = POLARIS_CASES.find(
        (testCase) => testCase.fixture === `polaris/${entry.fixture}`,
      );
      expect(mine?.peer, entry.fixture).toBe(entry.expected === 'fail');
    }
  });

  it('Kyverno (expected_results.json): the failing pods', () => {
    const { tests } = corpus<{
      tests: Array<{ file: string; results?: Array<{ resources: string[]; result: string }> }>;
    }>('kyverno-policies/expected_results.json');
    const suite = tests.find(
      (test) =>
        test.file === 'best-practices/require-pod-requests-limits/.kyverno-test/kyverno-test.yaml',
    );
    const failing = suite?.results?.filter((result) => result.result === 'fail');
    expect(failing?.flatMap((result) => result.resources)).toEqual(KYVERNO[0]?.peer);
  });
});
