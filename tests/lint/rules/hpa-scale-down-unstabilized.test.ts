import rule from '../../../src/lint/rules/hpa-scale-down-unstabilized.js';
import { ruleTester } from '../../_utils.js';

ruleTester().run(rule, {
  valid: [
    { fixture: 'fixtures/rules/hpa-scale-down-unstabilized/stable.yaml' },
    { fixture: 'fixtures/rules/hpa-scale-down-unstabilized/malformed.yaml' },
    {
      name: 'a lower minimumSeconds accepts a 30 s window',
      fixture: 'fixtures/rules/hpa-scale-down-unstabilized/keda.yaml',
      options: { minimumSeconds: 30 },
    },
  ],
  invalid: [
    {
      fixture: 'fixtures/rules/hpa-scale-down-unstabilized/zero-window.yaml',
      errors: [
        {
          messageId: 'unstabilized',
          line: 12,
          column: 35,
          endColumn: 36,
          severity: 'warning',
          messageIncludes: ['HorizontalPodAutoscaler "api"', 'to 0', 'below 60s'],
        },
      ],
    },
    {
      fixture: 'fixtures/rules/hpa-scale-down-unstabilized/boundary.yaml',
      errors: [{ messageId: 'unstabilized', line: 10, column: 45, messageIncludes: ['59'] }],
    },
    {
      fixture: 'fixtures/rules/hpa-scale-down-unstabilized/keda.yaml',
      errors: [
        {
          messageId: 'unstabilized',
          line: 13,
          column: 39,
          messageIncludes: ['ScaledObject "worker"', 'to 30'],
        },
      ],
    },
    {
      name: 'minimumSeconds 120 also rejects 60 s',
      fixture: 'fixtures/rules/hpa-scale-down-unstabilized/boundary.yaml',
      options: { minimumSeconds: 120 },
      errors: [
        { messageId: 'unstabilized', line: 10, column: 45, messageIncludes: ['below 120s'] },
        { messageId: 'unstabilized', line: 20, column: 45, messageIncludes: ['to 60'] },
      ],
    },
  ],
});
