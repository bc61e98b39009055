import rule from '../../../src/lint/rules/pdb-overlap.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/pdb-overlap';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/disjoint.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/broad-and-narrow.yaml`,
      errors: [
        {
          messageId: 'overlap',
          line: 48,
          column: 3,
          endColumn: 11,
          severity: 'error',
          messageIncludes: [
            '"web" selects the pods of Deployment "web"',
            'PodDisruptionBudget "shop"',
          ],
        },
        {
          messageId: 'overlap',
          line: 59,
          column: 3,
          messageIncludes: ['"frontends"', '(and 1 more workload)'],
        },
      ],
    },
    {
      name: 'an empty policy/v1 selector overlaps every other budget of the namespace',
      fixture: `${DIR}/empty-selector.yaml`,
      errors: [
        {
          messageId: 'overlap',
          line: 31,
          column: 3,
          messageIncludes: ['StatefulSet "db"', 'PodDisruptionBudget "everything"'],
        },
      ],
    },
  ],
});
