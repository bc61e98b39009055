import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/quota-exceeded-at-max-scale.js';
import { lintSourcesPrepared } from '../../../src/lint/sources.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/quota-exceeded-at-max-scale';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/fits.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
    { fixture: `${DIR}/malformed.yaml`, options: { includeRolloutSurge: true } },
  ],
  invalid: [
    {
      name: 'an Argo Rollout at its HPA maximum and a KEDA ScaledJob at maxReplicaCount',
      fixture: 'fixtures/rules/quota-exceeded-at-max-scale/rollout.yaml',
      errors: [
        {
          messageId: 'exceeded',
          line: 7,
          column: 24,
          messageIncludes: [
            'Rollout "checkout" 10 pods × 500m = 5, ScaledJob "resize" 4 pods × 250m = 1',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/gpu.yaml`,
      errors: [
        {
          // The DaemonSet's GPU is not counted (one pod per node; nodes are not in the set).
          messageId: 'exceeded',
          line: 10,
          column: 30,
          endColumn: 33,
          severity: 'error',
          messageIncludes: [
            'ResourceQuota "gpu" in namespace "ml"',
            '(requests.nvidia.com/gpu: 14 at max scale > 8)',
            'Deployment "inference" 6 pods × 2 = 12, Job "finetune" 2 pods × 1 = 2',
            'Raise requests.nvidia.com/gpu to at least 14',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/cpu-memory.yaml`,
      errors: [
        {
          // The StatefulSet's pod charges its start-up peak: reindex 1 + proxy 500m.
          messageId: 'exceeded',
          line: 11,
          column: 10,
          severity: 'warning',
          messageIncludes: [
            '(cpu: 17500m at max scale > 15)',
            'Deployment "worker" 100 pods × 100m = 10',
            'StatefulSet "search" 5 pods × 1500m = 7500m',
          ],
        },
        {
          // worker: the LimitRange defaultRequest is not used, its memory limit is the request.
          messageId: 'exceeded',
          line: 12,
          column: 22,
          severity: 'warning',
          messageIncludes: [
            '(requests.memory: 45.313Gi at max scale > 16Gi)',
            'Deployment "worker" 100 pods × 256Mi = 25Gi',
          ],
        },
        {
          messageId: 'exceeded',
          line: 14,
          column: 11,
          severity: 'warning',
          messageIncludes: ['(pods: 105 at max scale > 100)', 'StatefulSet "search" 5 pods'],
        },
      ],
    },
    {
      fixture: `${DIR}/cronjob.yaml`,
      errors: [
        {
          messageId: 'exceeded',
          line: 9,
          column: 22,
          messageIncludes: [
            'namespace "default"',
            '(requests.memory: 12Gi at max scale > 10Gi)',
            'CronJob "etl" 4 pods × 2Gi = 8Gi, Pod "notebook" 1 pod × 4Gi = 4Gi',
          ],
        },
      ],
    },
    {
      name: 'headroom: maximumPercent 90',
      fixture: `${DIR}/fits.yaml`,
      options: { maximumPercent: 90 },
      errors: [
        {
          messageId: 'exceeded',
          line: 10,
          column: 19,
          messageIncludes: ['(requests.cpu: 6 at max scale > 90% of 6)', 'at least 6667m'],
        },
        { messageId: 'exceeded', line: 11, column: 22 },
        { messageId: 'exceeded', line: 12, column: 17 },
      ],
    },
    {
      name: 'rolling-update surge: 25 % of 12 replicas, rounded up',
      fixture: `${DIR}/fits.yaml`,
      options: { includeRolloutSurge: true },
      errors: [
        {
          messageId: 'exceeded',
          line: 10,
          column: 19,
          messageIncludes: ['(requests.cpu: 7500m at max scale > 6)', 'Deployment "web" 15 pods'],
        },
        { messageId: 'exceeded', line: 11, column: 22 },
        { messageId: 'exceeded', line: 12, column: 17, messageIncludes: ['(limits.cpu: 15'] },
      ],
    },
  ],
});

describe('related locations', () => {
  it('point at where each biggest contributor gets its maximum', async () => {
    const file = `${DIR}/gpu.yaml`;
    const result = await lintSourcesPrepared(
      { [file]: fs.readFileSync(file, 'utf8') },
      { rules: [rule] },
    );
    expect(
      result.findings.flatMap((finding) =>
        (finding.related ?? []).map(
          (related) => `${related.line}:${related.column} ${related.message}`,
        ),
      ),
    ).toEqual([
      '40:16 Deployment "inference" 6 pods × 2 = 12 (6 pods from the maximum of HorizontalPodAutoscaler "inference").',
      '48:16 Job "finetune" 2 pods × 1 = 2 (2 pods from parallelism).',
    ]);
  });
});
