import rule from '../../../src/lint/rules/quota-extended-resource-key.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/quota-extended-resource-key';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/valid.yaml` }],
  invalid: [
    {
      name: 'the Opifex seed: a ResourceQuota keyed nvidia.com/gpu',
      output:
        '# From ../shared/seeds/opifex-scalability.md, "Resource Quotas" (resource-quotas/gpu-resource-quota.yaml\n# in the seed\'s directory tree). The seed\'s spec block is kept as written; apiVersion, kind and\n# metadata are added to make it a complete object (namespace opifex-system, from the seed\'s\n# kubectl commands).\napiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: gpu-resource-quota\n  namespace: opifex-system\n# GPU resource limits\nspec:\n  hard:\n    requests.nvidia.com/gpu: "50"       # Total GPU limit\n    requests.cpu: "200"        # CPU request limit\n    requests.memory: 800Gi     # Memory request limit\n',
      fixture: `${DIR}/seed-opifex.yaml`,
      errors: [
        {
          messageId: 'bare',
          line: 13,
          column: 5,
          endColumn: 19,
          severity: 'error',
          messageIncludes: [
            'ResourceQuota "gpu-resource-quota" limits "nvidia.com/gpu"',
            'accepts but never enforces',
            'namespace "opifex-system"',
            'Rename the key to requests.nvidia.com/gpu.',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/keys.yaml`,
      output:
        '# The limits. form is not counted either; with requests.<name> already present the bare key\n# is only dead weight. Objects without a namespace are in "default".\napiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: accelerators\nspec:\n  hard:\n    requests.nvidia.com/gpu: 8\n    requests.amd.com/gpu: 2\n',
      errors: [
        {
          messageId: 'limits',
          line: 9,
          column: 5,
          endColumn: 26,
          messageIncludes: ['"limits.nvidia.com/gpu"', 'namespace "default"'],
        },
        {
          messageId: 'bare',
          line: 11,
          column: 5,
          messageIncludes: ['The quota already has requests.amd.com/gpu; delete this key.'],
        },
      ],
    },
  ],
});
