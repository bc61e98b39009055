import rule from '../../../src/lint/rules/gpu-without-placement.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/gpu-without-placement';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/placed.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
    {
      name: 'taintKey and gpuNodeLabels options',
      fixture: `${DIR}/options.yaml`,
      options: { taintKey: 'sku', gpuNodeLabels: ['instance-type'] },
    },
    {
      name: 'resourceNames: only the listed resources mean a GPU',
      fixture: `${DIR}/fires.yaml`,
      options: { resourceNames: ['intel.com/gpu'] },
    },
  ],
  invalid: [
    {
      name: 'an Argo Rollout without placement (the placed one stays silent)',
      fixture: `${DIR}/rollout.yaml`,
      errors: [
        {
          messageId: 'noPlacement',
          line: 14,
          column: 22,
          messageIncludes: ['Rollout "inference"'],
        },
      ],
    },
    {
      fixture: `${DIR}/fires.yaml`,
      errors: [
        {
          messageId: 'noPlacement',
          line: 19,
          column: 22,
          endColumn: 36,
          severity: 'warning',
          messageIncludes: [
            'Deployment "inference" requests nvidia.com/gpu but neither tolerates the nvidia.com/gpu taint nor selects GPU nodes',
          ],
        },
        {
          // Tolerations for another taint, or for NoExecute only, do not count.
          messageId: 'noPlacement',
          line: 38,
          column: 22,
          messageIncludes: ['Job "finetune"'],
        },
        {
          // DoesNotExist on a GPU label keeps the pod off GPU nodes.
          messageId: 'noPlacement',
          line: 57,
          column: 18,
          messageIncludes: [
            'Pod "amd-notebook" requests amd.com/gpu',
            'nvidia.com/gpu or amd.com/gpu taint',
          ],
        },
      ],
    },
    {
      name: 'an AKS sku taint and an instance-type affinity are not recognised by default',
      fixture: `${DIR}/options.yaml`,
      errors: [
        { messageId: 'noPlacement', line: 14, column: 18, messageIncludes: ['Pod "aks"'] },
        {
          messageId: 'noPlacement',
          line: 42,
          column: 22,
          messageIncludes: ['Deployment "l2o-optimizer"'],
        },
      ],
    },
  ],
});
