import rule from '../../../src/lint/rules/hpa-vpa-conflict.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/hpa-vpa-conflict';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/controlled-resources.yaml` },
    { fixture: `${DIR}/container-resource.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
  ],
  invalid: [
    {
      name: 'the SutazAI seed: a VPA in Auto mode next to a CPU HPA',
      fixture: `${DIR}/seed-sutazai.yaml`,
      errors: [
        {
          messageId: 'conflict',
          line: 40,
          column: 17,
          endColumn: 23,
          severity: 'error',
          messageIncludes: [
            'VerticalPodAutoscaler "sutazai-backend-vpa" (updateMode Auto)',
            'cpu requests of Deployment "sutazai-backend"',
            'HorizontalPodAutoscaler "sutazai-backend-hpa"',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/default-mode.yaml`,
      errors: [
        {
          messageId: 'conflict',
          line: 41,
          column: 3,
          endColumn: 12,
          messageIncludes: ['updateMode Recreate, the default', 'cpu and memory requests'],
        },
      ],
    },
    {
      fixture: `${DIR}/containers.yaml`,
      errors: [
        {
          messageId: 'conflict',
          line: 46,
          column: 17,
          messageIncludes: ['(updateMode Initial)', 'the cpu requests'],
        },
      ],
    },
    {
      fixture: `${DIR}/keda-trigger.yaml`,
      errors: [
        {
          messageId: 'conflict',
          line: 23,
          column: 30,
          messageIncludes: ['InPlaceOrRecreate', 'ScaledObject "renderer"'],
        },
      ],
    },
  ],
});
