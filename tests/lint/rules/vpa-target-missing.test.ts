import rule from '../../../src/lint/rules/vpa-target-missing.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/vpa-target-missing';

ruleTester().run(rule, {
  valid: [{ name: 'a target in the set, or none to judge', fixture: `${DIR}/found.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/missing.yaml`,
      errors: [
        {
          messageId: 'missing',
          line: 19,
          column: 60,
          severity: 'warning',
          messageIncludes: ['"web" targets Deployment "wbe", which is not in the set'],
        },
        { messageId: 'missing', line: 26, column: 61, messageIncludes: ['StatefulSet "web"'] },
      ],
    },
  ],
});
