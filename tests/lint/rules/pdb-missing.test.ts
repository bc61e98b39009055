import rule from '../../../src/lint/rules/pdb-missing.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/pdb-missing';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/protected.yaml` }, { fixture: `${DIR}/malformed.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/unprotected.yaml`,
      errors: [
        {
          messageId: 'missing',
          line: 4,
          column: 9,
          endColumn: 12,
          severity: 'warning',
          messageIncludes: ['Deployment "web" runs up to 3 replicas', '"app=web,tier=frontend"'],
        },
        {
          messageId: 'missing',
          line: 20,
          column: 9,
          messageIncludes: ['StatefulSet "cache"', 'HorizontalPodAutoscaler "cache" maxReplicas 5'],
        },
        {
          messageId: 'missing',
          line: 46,
          column: 9,
          messageIncludes: ['ScaledObject "consumer" maxReplicaCount 100'],
        },
      ],
    },
  ],
});
