/**
 * schema-invalid and deprecated-api against the peers' own fixtures and verdicts (see
 * docs/peer-comparison.md, section "Schemas and deprecated APIs"); tests/peers/coverage.test.ts
 * checks the verdicts against ../shared/corpus and tests/peers/schema-deprecation.test.ts the
 * positions and severities.
 */
import type { Disagreement, PeerCase, PeerGroup } from '../harness.js';

const KS = 'kube-score/score/testdata';
const KL = 'kube-linter/tests/checks';

/** The object of each kind's fixture. */
const NAMES: Record<string, string> = {
  statefulset: 'statefulset-test-1',
  deployment: 'deployment-test-1',
  daemonset: 'daemonset-test',
  cronjob: 'cronjob-test',
};

/** kube-score's default --kubernetes-version is v1.18 (score/stable_test.go). */
const STABLE: PeerCase[] = (
  [
    ['statefulset-appsv1beta1.yaml', '1.18', true, undefined],
    ['statefulset-appsv1beta1.yaml', '1.18', true, 'Minor: 18}'],
    ['statefulset-appsv1beta1.yaml', '1.4', false, 'Minor: 4}'],
    ['statefulset-appsv1beta2.yaml', '1.18', true, undefined],
    ['deployment-extensions-v1beta1.yaml', '1.18', true, undefined],
    ['deployment-appsv1beta1.yaml', '1.18', true, undefined],
    ['deployment-appsv1beta2.yaml', '1.18', true, undefined],
    ['daemonset-appsv1.yaml', '1.18', false, undefined],
    ['daemonset-appsv1beta2.yaml', '1.18', true, undefined],
    ['daemonset-extensionsv1beta1.yaml', '1.18', true, undefined],
    ['cronjob-batchv1beta1.yaml', '1.18', false, undefined],
    ['cronjob-batchv1beta1.yaml', '1.21', true, 'Minor: 21}'],
    ['cronjob-batchv1.yaml', '1.18', false, undefined],
    ['job-batchv1.yaml', '1.18', false, undefined],
  ] as const
).map(([file, kubeVersion, warning, version]): PeerCase => ({
  check: 'stable-version',
  fixture: `${KS}/${file}`,
  ...(version ? { peerConfig: `KubernetesVersion: config.Semver{Major: 1, ${version}` } : {}),
  kubeVersion,
  peer: warning,
  rule: 'deprecated-api',
  scaleplan: warning ? [NAMES[file.split('-')[0] ?? ''] ?? ''] : [],
}));

const KUBECONFORM = (check: string): PeerCase => ({
  // bats: two reports, "DaemonSet: resource is not valid" and "Pod: resource is not valid";
  // the valid Pod and Service pass and the CRD without a schema is ignored
  // (ignoreMissingSchemas, strict).
  check,
  fixture: `${KL}/kubeconform.yml`,
  peer: ['invalid-daemonset', 'invalid-pod'],
  rule: 'schema-invalid',
  scaleplan: ['invalid-daemonset', 'invalid-pod'],
});

const KUBE_LINTER: PeerCase[] = [
  {
    // bats: one report, "NetworkPolicy: disallowed API object found: extensions/v1beta1".
    check: 'no-extensions-v1beta',
    fixture: `${KL}/no-extensions-v1beta.yml`,
    peer: ['app'],
    rule: 'deprecated-api',
    scaleplan: ['app'],
  },
  KUBECONFORM('schema-validation'),
  KUBECONFORM('template-kubeconform'),
];

const TARGET_VERSION: Disagreement = {
  whose: 'deliberate',
  why: 'Kyverno flags an API as soon as it is listed for a future removal. At 1.23, flowcontrol.apiserver.k8s.io v1beta2 and v1beta3 are current (deprecated only in 1.26 and 1.29), so scaleplan stays silent on them and warns about the batch/v1beta1 CronJob, deprecated since 1.21: deprecated-api judges against the target version.',
  source: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
};

const DEPRECATED_APIS =
  'kyverno-policies/best-practices/check-deprecated-apis/.kyverno-test/resource.yaml';

const KYVERNO: PeerCase[] = [
  {
    // kyverno-test: bad-cronjob, bad-flowschema, bad-flowschema-v1beta3 fail; good-cronjob is
    // skipped.
    check: 'check-deprecated-apis',
    fixture: DEPRECATED_APIS,
    peer: ['bad-cronjob', 'bad-flowschema', 'bad-flowschema-v1beta3'],
    rule: 'deprecated-api',
    scaleplan: ['bad-cronjob', 'bad-flowschema', 'bad-flowschema-v1beta3'],
  },
  {
    check: 'check-deprecated-apis',
    fixture: DEPRECATED_APIS,
    kubeVersion: '1.23',
    peer: ['bad-cronjob', 'bad-flowschema', 'bad-flowschema-v1beta3'],
    rule: 'deprecated-api',
    scaleplan: ['bad-cronjob'],
    disagreement: TARGET_VERSION,
  },
];

export const GROUPS: PeerGroup[] = [
  { tool: 'kube-score', topic: 'Schemas and deprecated APIs', cases: STABLE },
  { tool: 'kube-linter', topic: 'Schemas and deprecated APIs', cases: KUBE_LINTER },
  { tool: 'Kyverno', topic: 'Schemas and deprecated APIs', cases: KYVERNO },
];
