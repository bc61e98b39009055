import rule from '../../../src/lint/rules/pdb-no-budget.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/pdb-no-budget';

ruleTester().run(rule, {
  valid: [{ name: 'budgets with a policy (or rejected ones)', fixture: `${DIR}/budgets.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/none.yaml`,
      errors: [
        {
          messageId: 'none',
          line: 5,
          column: 1,
          severity: 'warning',
          messageIncludes: [
            '"web" sets neither minAvailable nor maxUnavailable',
            'protects nothing',
          ],
        },
        { messageId: 'none', line: 12, column: 3, messageIncludes: ['"empty"'] },
      ],
    },
  ],
});
