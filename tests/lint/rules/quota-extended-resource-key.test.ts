import rule from '../../../src/lint/rules/quota-extended-resource-key.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/quota-extended-resource-key';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/valid.yaml` }],
  invalid: [
    {
      name: 'the Opifex seed: a ResourceQuota keyed nvidia.com/gpu',
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
