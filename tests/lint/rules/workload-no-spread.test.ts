import rule from '../../../src/lint/rules/workload-no-spread.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/workload-no-spread';

ruleTester().run(rule, {
  valid: [
    {
      name: 'spread by constraint or anti-affinity, or one replica',
      fixture: `${DIR}/spread.yaml`,
    },
    {
      name: 'a rack key counts when configured',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: db}\n  template:\n    metadata:\n      labels: {app: db}\n    spec:\n      topologySpreadConstraints:\n        - {maxSkew: 1, topologyKey: example.com/rack, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: db}}}\n      containers: [{name: db, image: db:1.0}]\n',
      options: { topologyKeys: ['example.com/rack'] },
    },
  ],
  invalid: [
    {
      fixture: `${DIR}/unspread.yaml`,
      errors: [
        {
          messageId: 'noSpread',
          line: 4,
          column: 9,
          severity: 'info',
          messageIncludes: [
            '"web" runs up to 3 replicas',
            'kubernetes.io/hostname or topology.kubernetes.io/zone',
          ],
        },
        { messageId: 'noSpread', line: 19, column: 9, messageIncludes: ['StatefulSet "db"'] },
      ],
    },
  ],
});
