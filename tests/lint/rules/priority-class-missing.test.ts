import rule from '../../../src/lint/rules/priority-class-missing.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/priority-class-missing';

const DEPLOYMENT_WITH_CLASS = (priorityClass: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      priorityClassName: ${priorityClass}\n      containers: [{name: web, image: web:1.0}]\n`;

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/defined-and-builtin.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
    { name: 'the class is defined in another file of the set', fixture: `${DIR}/across-files` },
    {
      name: 'a class the cluster defines elsewhere (knownClasses)',
      code: DEPLOYMENT_WITH_CLASS('platform-high'),
      options: { knownClasses: ['platform-high'] },
    },
  ],
  invalid: [
    {
      fixture: `${DIR}/missing-classes.yaml`,
      errors: [
        {
          messageId: 'missing',
          line: 19,
          column: 26,
          endColumn: 43,
          severity: 'warning',
          messageIncludes: [
            'Deployment "checkout" uses priorityClassName "buisness-critical", which is not in the set',
            'did you mean "business-critical"?',
          ],
        },
        {
          messageId: 'missing',
          line: 35,
          column: 30,
          endColumn: 39,
          messageIncludes: ['CronJob "nightly-report"', '"batch-low"', 'was found'],
        },
        {
          messageId: 'reserved',
          line: 47,
          column: 22,
          messageIncludes: ['Pod "debug"', '"system-critical"'],
        },
      ],
    },
    {
      name: 'knownClasses does not cover other names',
      code: DEPLOYMENT_WITH_CLASS('platform-hihg'),
      options: { knownClasses: ['platform-high'] },
      errors: [
        {
          messageId: 'missing',
          line: 8,
          column: 26,
          messageIncludes: ['did you mean "platform-high"?'],
        },
      ],
    },
  ],
});
