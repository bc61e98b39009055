/**
 * schema-invalid and deprecated-api against the peers' own fixtures and verdicts
 * (fixtures/peers, copied from ../shared/corpus; see docs/peer-comparison.md): where the
 * findings stand and how severe they are. The verdicts are also cases of the one harness
 * (tests/peers/cases/schema-deprecation.ts), so they count in the agreement table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lint/result.js';
import type { AnyRule } from '../../src/lint/rule.js';
import deprecatedApi from '../../src/lint/rules/deprecated-api.js';
import schemaInvalid from '../../src/lint/rules/schema-invalid.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';

const PEERS = path.resolve(import.meta.dirname, '../../fixtures/peers');

async function findings(rule: AnyRule, fixture: string, kubeVersion = '1.34'): Promise<Finding[]> {
  const text = fs.readFileSync(path.join(PEERS, fixture), 'utf8');
  const result = await lintSourcesPrepared(
    { [fixture]: text },
    { rules: [rule], settings: { kubeVersion } },
  );
  return result.findings.filter((finding) => finding.ruleId === rule.id);
}

describe('kube-score stable-version ↔ deprecated-api', () => {
  // score/stable_test.go; kube-score's default --kubernetes-version is v1.18.
  const cases: Array<[fixture: string, kubeVersion: string, grade: 'Warning' | 'AllOK']> = [
    ['statefulset-appsv1beta1.yaml', '1.18', 'Warning'],
    ['statefulset-appsv1beta1.yaml', '1.4', 'AllOK'],
    ['statefulset-appsv1beta2.yaml', '1.18', 'Warning'],
    ['deployment-extensions-v1beta1.yaml', '1.18', 'Warning'],
    ['deployment-appsv1beta1.yaml', '1.18', 'Warning'],
    ['deployment-appsv1beta2.yaml', '1.18', 'Warning'],
    ['daemonset-appsv1.yaml', '1.18', 'AllOK'],
    ['daemonset-appsv1beta2.yaml', '1.18', 'Warning'],
    ['daemonset-extensionsv1beta1.yaml', '1.18', 'Warning'],
    ['cronjob-batchv1beta1.yaml', '1.18', 'AllOK'],
    ['cronjob-batchv1beta1.yaml', '1.21', 'Warning'],
    ['cronjob-batchv1.yaml', '1.18', 'AllOK'],
    ['job-batchv1.yaml', '1.18', 'AllOK'],
  ];

  it.each(cases)('%s at %s: kube-score %s', async (fixture, kubeVersion, grade) => {
    const found = await findings(
      deprecatedApi,
      `kube-score/score/testdata/${fixture}`,
      kubeVersion,
    );
    expect(found.length > 0).toBe(grade === 'Warning');
    for (const finding of found) {
      expect(finding.line).toBe(1); // at the apiVersion value
    }
  });

  it('deliberate difference: an API the target version no longer serves is an error, not a warning', async () => {
    // kube-score grades every old apiVersion "Warning"; at 1.18, apps/v1beta1 has been gone
    // since 1.16, so applying it fails: scaleplan reports an error. batch/v1beta1 CronJob at
    // 1.21 is deprecated but still served: a warning, as in kube-score.
    const removed = await findings(
      deprecatedApi,
      'kube-score/score/testdata/deployment-appsv1beta1.yaml',
      '1.18',
    );
    expect(removed.map((finding) => [finding.messageId, finding.severity])).toEqual([
      ['removed', 'error'],
    ]);
    const deprecated = await findings(
      deprecatedApi,
      'kube-score/score/testdata/cronjob-batchv1beta1.yaml',
      '1.21',
    );
    expect(deprecated.map((finding) => [finding.messageId, finding.severity])).toEqual([
      ['deprecated', 'warning'],
    ]);
  });
});

describe('kube-linter ↔ scaleplan', () => {
  it('no-extensions-v1beta: flags the extensions/v1beta1 NetworkPolicy only', async () => {
    // e2etests/bats-tests.sh: one report, "disallowed API object found: extensions/v1beta1, Kind=NetworkPolicy".
    const found = await findings(
      deprecatedApi,
      'kube-linter/tests/checks/no-extensions-v1beta.yml',
    );
    expect(
      found.map((finding) => [finding.object?.kind, finding.object?.apiVersion, finding.line]),
    ).toEqual([['NetworkPolicy', 'extensions/v1beta1', 7]]);
  });

  it('schema-validation / kubeconform (strict, ignoreMissingSchemas): the same two objects fail', async () => {
    // e2etests/bats-tests.sh: two reports, "DaemonSet: resource is not valid" and "Pod: resource
    // is not valid"; the valid Pod and Service pass and the CRD without a schema is ignored.
    // kube-linter reports once per object, scaleplan once per field, at the field.
    const found = await findings(schemaInvalid, 'kube-linter/tests/checks/kubeconform.yml');
    expect(
      found.map((finding) => [
        finding.object?.kind,
        finding.object?.name,
        finding.messageId,
        finding.line,
      ]),
    ).toEqual([
      ['DaemonSet', 'invalid-daemonset', 'unknownField', 22],
      ['Pod', 'invalid-pod', 'unknownField', 69],
    ]);
  });
});

describe('Kyverno check-deprecated-apis ↔ deprecated-api', () => {
  const fixture =
    'kyverno-policies/best-practices/check-deprecated-apis/.kyverno-test/resource.yaml';

  it('fails and skips the same resources at the default version', async () => {
    // .kyverno-test/kyverno-test.yaml: bad-cronjob, bad-flowschema, bad-flowschema-v1beta3 fail;
    // good-cronjob is skipped.
    const found = await findings(deprecatedApi, fixture);
    expect(found.map((finding) => finding.object?.name).sort()).toEqual([
      'bad-cronjob',
      'bad-flowschema',
      'bad-flowschema-v1beta3',
    ]);
  });

  it('deliberate difference: scaleplan judges against the target version', async () => {
    // Kyverno flags an API as soon as it is listed for a future removal; at 1.23,
    // flowcontrol v1beta2/v1beta3 are current (deprecated only in 1.26 and 1.29), so scaleplan
    // stays silent on them and warns about the CronJob, deprecated since 1.21.
    const found = await findings(deprecatedApi, fixture, '1.23');
    expect(found.map((finding) => [finding.object?.name, finding.severity])).toEqual([
      ['bad-cronjob', 'warning'],
    ]);
  });
});
