import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/hpa-missing-requests.js';
import { lintSourcesPrepared } from '../../../src/lint/sources.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/hpa-missing-requests';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/average-value.yaml` },
    { fixture: `${DIR}/defaults.yaml` },
    { fixture: `${DIR}/not-in-set.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
  ],
  invalid: [
    {
      name: 'an HPA on an Argo Rollout',
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout.yaml',
      errors: [
        {
          messageId: 'missing',
          line: 27,
          column: 24,
          messageIncludes: ['container "checkout" of Rollout "checkout"'],
        },
      ],
    },
    {
      name: "an HPA on a Rollout with workloadRef reads the Deployment's containers",
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout-workload-ref.yaml',
      errors: [
        {
          messageId: 'missing',
          line: 34,
          column: 24,
          messageIncludes: ['container "cart" of Rollout "cart"'],
        },
      ],
    },
    {
      name: 'the native sidecar counts, the ordinary init container does not',
      fixture: `${DIR}/resource-metric.yaml`,
      errors: [
        {
          messageId: 'missing',
          line: 41,
          column: 15,
          endColumn: 18,
          severity: 'error',
          messageIncludes: [
            'HorizontalPodAutoscaler "api" scales on cpu utilization',
            'container "proxy" of Deployment "api" has no cpu request',
            'FailedGetResourceMetric',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/container-resource.yaml`,
      errors: [
        {
          messageId: 'missing',
          line: 41,
          column: 15,
          endColumn: 21,
          messageIncludes: ['container "logger"', 'no memory request'],
        },
        {
          messageId: 'unknownContainer',
          line: 46,
          column: 15,
          messageIncludes: ['container "warmup"', 'it is an init container', '"api" and "logger"'],
        },
      ],
    },
    {
      fixture: `${DIR}/keda.yaml`,
      errors: [
        {
          // The cpu trigger (Utilization by default) on the type value; the memory trigger
          // names renderer, which requests memory.
          messageId: 'missing',
          line: 32,
          column: 13,
          endColumn: 16,
          messageIncludes: [
            'ScaledObject "renderer" scales on cpu utilization',
            'containers "renderer" and "exporter" of Deployment "renderer" have no cpu request',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/autoscaling-v1.yaml`,
      errors: [
        { messageId: 'missing', line: 26, column: 35, endColumn: 37 },
        // No targetCPUUtilizationPercentage: 80 % by default; the spec key, approximately.
        { messageId: 'missing', line: 32, column: 1, messageIncludes: ['"legacy-default"'] },
      ],
    },
    {
      name: 'pod-level requests before Kubernetes 1.34 do not count',
      fixture: `${DIR}/defaults.yaml`,
      settings: { kubeVersion: '1.33' },
      errors: [
        {
          messageId: 'missing',
          line: 83,
          column: 15,
          messageIncludes: ['containers "app" and "proxy"'],
        },
      ],
    },
  ],
});

describe('related locations', () => {
  it('point at the requests (or the name) of each container that lacks one', async () => {
    const file = `${DIR}/keda.yaml`;
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
      '18:13 Container "renderer" has no cpu request.',
      '19:11 Container "exporter" has no cpu request.',
    ]);
  });
});
