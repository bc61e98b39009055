import rule from '../../../src/lint/rules/vpa-duplicate.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/vpa-duplicate';

ruleTester().run(rule, {
  valid: [{ name: 'one VPA per workload', fixture: `${DIR}/distinct.yaml` }],
  invalid: [
    {
      name: 'two VPAs on one Deployment, the Deployment not in the set',
      fixture: `${DIR}/duplicate.yaml`,
      errors: [
        {
          messageId: 'duplicate',
          line: 13,
          column: 60,
          severity: 'error',
          messageIncludes: [
            '"web-memory" targets Deployment "web"',
            'VerticalPodAutoscaler "web" already',
          ],
          related: [{ line: 6, column: 60, messageIncludes: ['targets it first'] }],
        },
      ],
    },
  ],
});
