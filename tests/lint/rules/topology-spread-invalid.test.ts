import rule from '../../../src/lint/rules/topology-spread-invalid.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/topology-spread-invalid';

ruleTester().run(rule, {
  valid: [
    {
      name: 'constraints the API server accepts over their own pods',
      fixture: `${DIR}/valid.yaml`,
    },
  ],
  invalid: [
    {
      fixture: `${DIR}/invalid.yaml`,
      errors: [
        {
          messageId: 'maxSkew',
          line: 14,
          column: 20,
          severity: 'error',
          messageIncludes: ['maxSkew is 0'],
        },
        {
          messageId: 'whenUnsatisfiable',
          line: 16,
          column: 30,
          messageIncludes: ['"DoNotScheduleAnyway"'],
        },
        {
          messageId: 'minDomains',
          line: 22,
          column: 23,
          messageIncludes: ['only allowed with whenUnsatisfiable: DoNotSchedule'],
        },
        {
          messageId: 'duplicate',
          line: 25,
          column: 11,
          messageIncludes: [
            'topologySpreadConstraints[2] repeats topologyKey kubernetes.io/hostname',
            'of constraint 1',
          ],
        },
        {
          messageId: 'noSelector',
          line: 45,
          column: 11,
          severity: 'warning',
          messageIncludes: ['"api": topologySpreadConstraints[0] has no labelSelector'],
        },
        {
          messageId: 'otherPods',
          line: 52,
          column: 13,
          severity: 'warning',
          messageIncludes: ['selects "app=web"', 'labelled "app=api"'],
        },
      ],
    },
  ],
});
