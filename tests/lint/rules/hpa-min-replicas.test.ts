import rule from '../../../src/lint/rules/hpa-min-replicas.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/hpa-min-replicas';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/enough.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
    {
      name: 'minimum 1 accepts a single replica',
      fixture: `${DIR}/one-replica.yaml`,
      options: { minimum: 1 },
    },
  ],
  invalid: [
    {
      fixture: `${DIR}/one-replica.yaml`,
      errors: [
        {
          messageId: 'belowMinimum',
          line: 8,
          column: 16,
          endColumn: 17,
          severity: 'warning',
          messageIncludes: [
            '"api" has minReplicas 1, below 2',
            'down to 1 pod,',
            'leaves no ready pod',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/default-minimum.yaml`,
      errors: [
        { messageId: 'defaultMinimum', line: 6, column: 1, messageIncludes: ['defaults to 1'] },
      ],
    },
    {
      name: 'minimum 3, as kube-linter and the strict pack',
      fixture: `${DIR}/enough.yaml`,
      options: { minimum: 3 },
      errors: [
        {
          messageId: 'belowMinimum',
          line: 7,
          column: 16,
          messageIncludes: ['below 3', 'down to 2 pods', 'leaves 1 pod to carry all the traffic'],
        },
      ],
    },
  ],
});
