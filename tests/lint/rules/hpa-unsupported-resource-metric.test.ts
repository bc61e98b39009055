import rule from '../../../src/lint/rules/hpa-unsupported-resource-metric.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/hpa-unsupported-resource-metric';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/valid.yaml` }],
  invalid: [
    {
      name: 'the Opifex seed: an HPA Resource metric on nvidia.com/gpu',
      fixture: `${DIR}/seed-opifex.yaml`,
      errors: [
        {
          messageId: 'unsupported',
          line: 21,
          column: 13,
          endColumn: 27,
          severity: 'error',
          messageIncludes: [
            'HorizontalPodAutoscaler "l2o-optimizer-hpa" scales on the nvidia.com/gpu Resource metric',
            'serves only cpu and memory',
            'never scales down while it fails',
            'DCGM_FI_DEV_GPU_UTIL',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/other-resources.yaml`,
      errors: [
        {
          messageId: 'unsupported',
          line: 14,
          column: 15,
          messageIncludes: [
            'amd.com/gpu ContainerResource metric',
            'FailedGetContainerResourceMetric and never scales the workload',
            'for AMD',
          ],
        },
        {
          messageId: 'unsupported',
          line: 29,
          column: 15,
          endColumn: 32,
          messageIncludes: ['ephemeral-storage Resource metric', 'Pods or External metric'],
        },
      ],
    },
  ],
});
