import rule from '../../../src/lint/rules/pdb-percent-blocks-eviction.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/pdb-percent-blocks-eviction';

ruleTester().run(rule, {
  valid: [
    { name: 'percentages that allow evictions below 10 pods', fixture: `${DIR}/reasonable.yaml` },
    { name: 'budgets of a workload in the set', fixture: `${DIR}/known-workload.yaml` },
    {
      name: 'a higher threshold accepts 90%',
      code: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  minAvailable: 90%\n  selector:\n    matchLabels: {app: api}\n',
      options: { minimumPods: 11 },
    },
  ],
  invalid: [
    {
      fixture: `${DIR}/high.yaml`,
      errors: [
        {
          messageId: 'blocksBelow',
          line: 7,
          column: 17,
          severity: 'warning',
          messageIncludes: ['minAvailable 99%', 'below 100 pods', 'at most 88%'],
        },
        { messageId: 'blocksBelow', line: 16, column: 17, messageIncludes: ['below 10 pods'] },
      ],
    },
    {
      name: 'a lower threshold also reports 88%',
      fixture: `${DIR}/reasonable.yaml`,
      options: { minimumPods: 9 },
      errors: [
        { messageId: 'blocksBelow', line: 16, column: 17, messageIncludes: ['below 9 pods'] },
      ],
    },
  ],
});
