import rule from '../../../src/lint/rules/priority-class-conflict.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/priority-class-conflict';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/valid.yaml` }],
  invalid: [
    {
      name: 'every globalDefault after the first, not a string "true"',
      fixture: `${DIR}/two-defaults.yaml`,
      errors: [
        {
          messageId: 'secondDefault',
          line: 13,
          column: 16,
          endColumn: 20,
          severity: 'error',
          messageIncludes: ['"batch" sets globalDefault, but "default-priority" already does'],
        },
        {
          messageId: 'secondDefault',
          line: 29,
          column: 16,
          messageIncludes: ['"best-effort"', '"default-priority"'],
        },
      ],
    },
    {
      name: 'values above one billion',
      fixture: `${DIR}/values.yaml`,
      errors: [
        {
          messageId: 'valueTooHigh',
          line: 11,
          column: 8,
          endColumn: 18,
          messageIncludes: ['"one-above" has value 1000000001, above 1000000000'],
        },
        { messageId: 'valueTooHigh', line: 17, column: 8, messageIncludes: ['2000000000'] },
      ],
    },
    {
      name: 'system- names other than the built-in classes as they are',
      fixture: `${DIR}/reserved-names.yaml`,
      errors: [
        { messageId: 'reservedName', line: 4, column: 9, messageIncludes: ['"system-high"'] },
        {
          messageId: 'reservedName',
          line: 18,
          column: 9,
          messageIncludes: [
            'system-cluster-critical (2000000000)',
            'system-node-critical (2000001000)',
          ],
        },
        { messageId: 'reservedName', line: 24, column: 9 },
      ],
    },
  ],
});
