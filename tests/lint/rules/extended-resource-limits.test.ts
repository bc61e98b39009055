import rule from '../../../src/lint/rules/extended-resource-limits.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/extended-resource-limits';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/valid.yaml` }, { fixture: `${DIR}/malformed.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/fires.yaml`,
      errors: [
        {
          messageId: 'missingLimit',
          line: 18,
          column: 50,
          endColumn: 51,
          severity: 'error',
          messageIncludes: [
            'Container "request-only" of Deployment "inference" requests 1 nvidia.com/gpu without a limit',
          ],
        },
        {
          messageId: 'mismatch',
          line: 22,
          column: 40,
          messageIncludes: ['requests 1 nvidia.com/gpu but its limit is 2'],
        },
        {
          messageId: 'fraction',
          line: 27,
          column: 38,
          endColumn: 41,
          messageIncludes: ['0.5 nvidia.com/gpu in its limits'],
        },
        {
          // Reported once, on the request, though the limit is the same fraction.
          messageId: 'fraction',
          line: 31,
          column: 37,
          messageIncludes: ['500m amd.com/gpu in its requests'],
        },
      ],
    },
    {
      fixture: `${DIR}/limit-range.yaml`,
      errors: [
        {
          messageId: 'mismatch',
          line: 33,
          column: 44,
          messageIncludes: [
            'Container "two" of CronJob "nightly" requests 2 nvidia.com/gpu but its limit is 1',
          ],
        },
      ],
    },
  ],
});
