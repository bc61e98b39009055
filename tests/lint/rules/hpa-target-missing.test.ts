import rule from '../../../src/lint/rules/hpa-target-missing.js';
import { RuleTester } from '../../../src/lint/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    { fixture: 'fixtures/rules/hpa-target-missing/targets-found.yaml' },
    { fixture: 'fixtures/rules/hpa-target-missing/malformed.yaml' },
  ],
  invalid: [
    {
      fixture: 'fixtures/rules/hpa-target-missing/typo.yaml',
      errors: [
        {
          messageId: 'missing',
          line: 22,
          column: 11,
          endLine: 22,
          endColumn: 18,
          severity: 'warning',
          messageIncludes: ['Deployment "chekout"', 'not in the set', 'namespace "shop"'],
        },
      ],
    },
    {
      fixture: 'fixtures/rules/hpa-target-missing/other-namespace.yaml',
      errors: [
        { messageId: 'missing', line: 20, column: 65, messageIncludes: ['namespace "shop"'] },
        {
          messageId: 'missing',
          line: 29,
          column: 26,
          messageIncludes: ['ScaledObject "search"', 'namespace "default"'],
        },
      ],
    },
    {
      fixture: 'fixtures/rules/hpa-target-missing/wrong-kind-or-group.yaml',
      errors: [
        {
          messageId: 'wrongGroup',
          line: 19,
          column: 17,
          endColumn: 35,
          messageIncludes: ['group "extensions"', 'Set scaleTargetRef.apiVersion to apps/v1'],
        },
        { messageId: 'missing', line: 30, column: 66, messageIncludes: ['StatefulSet "api"'] },
      ],
    },
  ],
});
