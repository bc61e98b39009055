import rule from '../../../src/lint/rules/ephemeral-storage-request-missing.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/ephemeral-storage-request-missing';

ruleTester().run(rule, {
  valid: [
    {
      name: 'requests from limits and LimitRanges, or no storage quota',
      fixture: `${DIR}/counted.yaml`,
    },
  ],
  invalid: [
    {
      fixture: `${DIR}/uncounted.yaml`,
      errors: [
        {
          messageId: 'uncounted',
          line: 24,
          column: 17,
          messageIncludes: ['ephemeral-storage limit'],
        },
        {
          messageId: 'uncounted',
          line: 24,
          column: 17,
          severity: 'warning',
          messageIncludes: [
            'has no ephemeral-storage request',
            'requests.ephemeral-storage',
            'counted as 0',
          ],
          related: [
            { line: 8, column: 5, messageIncludes: ['constrains requests.ephemeral-storage'] },
          ],
        },
        {
          messageId: 'uncounted',
          line: 27,
          column: 17,
          messageIncludes: ['ephemeral-storage limit'],
        },
      ],
    },
  ],
});
