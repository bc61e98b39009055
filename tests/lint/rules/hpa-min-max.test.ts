import rule from '../../../src/lint/rules/hpa-min-max.js';
import { ruleTester } from '../../_utils.js';

ruleTester().run(rule, {
  valid: [{ fixture: 'fixtures/rules/hpa-min-max/valid-range.yaml' }],
  invalid: [
    {
      fixture: 'fixtures/rules/hpa-min-max/min-above-max.yaml',
      errors: [
        {
          messageId: 'minAboveMax',
          line: 11,
          column: 16,
          endLine: 11,
          endColumn: 18,
          severity: 'error',
          messageIncludes: ['10', '4'],
        },
      ],
    },
    {
      fixture: 'fixtures/rules/hpa-min-max/equal-bounds.yaml',
      errors: [{ messageId: 'minEqualsMax', line: 8, column: 16, severity: 'info' }],
    },
    {
      fixture: 'fixtures/rules/hpa-min-max/default-min-above-max.yaml',
      errors: [
        { messageId: 'minAboveMax', line: 8, column: 16, messageIncludes: ['minReplicas 1'] },
      ],
    },
    {
      name: 'severity from config replaces the per-finding severity',
      code: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: a\nspec:\n  minReplicas: 2\n  maxReplicas: 2\n',
      errors: [{ messageId: 'minEqualsMax', line: 7, column: 16, severity: 'info' }],
    },
  ],
});
