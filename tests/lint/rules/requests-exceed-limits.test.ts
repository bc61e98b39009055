import rule from '../../../src/lint/rules/requests-exceed-limits.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/requests-exceed-limits';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/equal-notations.yaml` }, { fixture: `${DIR}/malformed.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/exceeds.yaml`,
      errors: [
        {
          // Init containers are validated too.
          messageId: 'exceeds',
          line: 18,
          column: 32,
          endColumn: 35,
          severity: 'error',
          messageIncludes: [
            'Init container "migrate" of Deployment "api" requests 1Gi memory',
            'limited to 512Mi',
          ],
        },
        {
          messageId: 'exceeds',
          line: 25,
          column: 20,
          endColumn: 25,
          messageIncludes: ['requests 1500m cpu but is limited to 1:'],
        },
        {
          // 1e3Mi = 1000Mi is equal; 2Gi > 2G (binary against decimal).
          messageId: 'exceeds',
          line: 27,
          column: 34,
          messageIncludes: ['2Gi ephemeral-storage', 'limited to 2G:'],
        },
      ],
    },
    {
      fixture: `${DIR}/limit-range-default.yaml`,
      errors: [
        {
          messageId: 'exceedsDefaultLimit',
          line: 28,
          column: 29,
          endColumn: 32,
          messageIncludes: [
            'Container "crunch" of Job "crunch" requests 2 cpu and sets no limit',
            'LimitRange "defaults" gives it the default limit 500m',
          ],
        },
        {
          // `max` is the default limit when `default` does not name the resource.
          messageId: 'exceedsDefaultLimit',
          line: 28,
          column: 42,
          messageIncludes: ['2Gi memory', 'default limit 1Gi'],
        },
      ],
    },
  ],
});
