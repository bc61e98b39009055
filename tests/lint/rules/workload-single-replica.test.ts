import rule from '../../../src/lint/rules/workload-single-replica.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/workload-single-replica';

ruleTester().run(rule, {
  valid: [{ name: 'replicated, autoscaled or scaled to zero', fixture: `${DIR}/redundant.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/single.yaml`,
      errors: [
        {
          messageId: 'single',
          line: 4,
          column: 9,
          severity: 'info',
          messageIncludes: ['"web" runs 1 replica (spec.replicas defaults to 1)', 'at least 2'],
        },
        {
          messageId: 'single',
          line: 19,
          column: 13,
          messageIncludes: ['StatefulSet "db" runs 1 replica (spec.replicas)'],
        },
      ],
    },
    {
      name: 'minimum 4 (kube-linter uses 3)',
      fixture: `${DIR}/redundant.yaml`,
      options: { minimum: 4 },
      errors: [
        {
          messageId: 'single',
          line: 6,
          column: 13,
          messageIncludes: ['runs 3 replicas', 'at least 4'],
        },
      ],
    },
  ],
});
