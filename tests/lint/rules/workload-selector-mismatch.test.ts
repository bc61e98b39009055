import rule from '../../../src/lint/rules/workload-selector-mismatch.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/workload-selector-mismatch';

ruleTester().run(rule, {
  valid: [
    { name: 'selectors that match, default or are generated', fixture: `${DIR}/matches.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
  ],
  invalid: [
    {
      fixture: `${DIR}/mismatch.yaml`,
      errors: [
        {
          messageId: 'mismatch',
          line: 8,
          column: 5,
          severity: 'error',
          messageIncludes: ['StatefulSet "db" selects "app=db"', 'labelled "app=database"'],
        },
        { messageId: 'mismatch', line: 23, column: 5, messageIncludes: ['labelled with nothing'] },
        {
          messageId: 'mismatch',
          line: 33,
          column: 13,
          messageIncludes: ['"app=legacy,tier=back"'],
        },
        { messageId: 'mismatch', line: 47, column: 5, messageIncludes: ['app in (migration)'] },
      ],
    },
    {
      fixture: `${DIR}/empty.yaml`,
      errors: [{ messageId: 'empty', line: 6, column: 13, messageIncludes: ['ReplicaSet "web"'] }],
    },
  ],
});
