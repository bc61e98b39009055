import rule from '../../../src/lint/rules/pdb-unhealthy-eviction-policy.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/pdb-unhealthy-eviction-policy';

ruleTester().run(rule, {
  valid: [
    { name: 'a written policy, or policy/v1beta1', fixture: `${DIR}/set.yaml` },
    {
      name: 'before 1.27 the field is not served',
      fixture: `${DIR}/unset.yaml`,
      settings: { kubeVersion: '1.26' },
    },
  ],
  invalid: [
    {
      fixture: `${DIR}/unset.yaml`,
      settings: { kubeVersion: '1.31' },
      errors: [
        {
          messageId: 'unset',
          line: 5,
          column: 1,
          severity: 'info',
          messageIncludes: ['"web" does not set unhealthyPodEvictionPolicy', 'AlwaysAllow'],
        },
      ],
    },
  ],
});
