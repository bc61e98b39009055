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
    {
      name: 'requireEveryKey: a term over hostname and one over zone',
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: cache\nspec:\n  replicas: 3\n  serviceName: cache\n  selector:\n    matchLabels: {app: cache}\n  template:\n    metadata:\n      labels: {app: cache}\n    spec:\n      topologySpreadConstraints:\n        - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: cache}}}\n        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: cache}}}\n      containers: [{name: cache, image: cache:1.0}]\n',
      options: { requireEveryKey: true },
    },
    {
      name: 'one key is enough by default',
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: cache\nspec:\n  replicas: 3\n  serviceName: cache\n  selector:\n    matchLabels: {app: cache}\n  template:\n    metadata:\n      labels: {app: cache}\n    spec:\n      topologySpreadConstraints:\n        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: cache}}}\n      containers: [{name: cache, image: cache:1.0}]\n',
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
    {
      name: 'requireEveryKey: spread over zones only',
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: cache\nspec:\n  replicas: 3\n  serviceName: cache\n  selector:\n    matchLabels: {app: cache}\n  template:\n    metadata:\n      labels: {app: cache}\n    spec:\n      topologySpreadConstraints:\n        - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: cache}}}\n      containers: [{name: cache, image: cache:1.0}]\n',
      options: { requireEveryKey: true },
      errors: [
        {
          messageId: 'keyMissing',
          line: 4,
          column: 9,
          messageIncludes: [
            'spreads them over topology.kubernetes.io/zone but not over kubernetes.io/hostname',
            'topologyKey kubernetes.io/hostname',
          ],
        },
      ],
    },
    {
      name: 'requireEveryKey: no term at all is the plain finding',
      fixture: `${DIR}/unspread.yaml`,
      options: { requireEveryKey: true },
      errors: [
        { messageId: 'noSpread', line: 4, column: 9 },
        { messageId: 'noSpread', line: 19, column: 9 },
      ],
    },
  ],
});
