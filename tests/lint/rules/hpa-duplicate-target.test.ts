import rule from '../../../src/lint/rules/hpa-duplicate-target.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/hpa-duplicate-target';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/distinct-targets.yaml` }, { fixture: `${DIR}/keda-own-hpa.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/two-hpas.yaml`,
      errors: [
        {
          messageId: 'duplicate',
          line: 35,
          column: 11,
          endColumn: 14,
          severity: 'error',
          messageIncludes: [
            'HorizontalPodAutoscaler "api-memory" scales Deployment "api"',
            'HorizontalPodAutoscaler "api-cpu" already scales',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/hpa-and-scaledobject.yaml`,
      errors: [
        {
          messageId: 'duplicate',
          line: 18,
          column: 65,
          messageIncludes: ['"worker" scales Deployment "worker"', 'ScaledObject "worker" already'],
        },
        { messageId: 'duplicate', line: 27, column: 65, messageIncludes: ['"worker-legacy"'] },
      ],
    },
    {
      fixture: `${DIR}/keda-name-without-owner.yaml`,
      errors: [
        { messageId: 'duplicate', line: 14, column: 65, messageIncludes: ['keda-hpa-consumer'] },
      ],
    },
  ],
});
