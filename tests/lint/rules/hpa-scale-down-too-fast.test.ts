import rule from '../../../src/lint/rules/hpa-scale-down-too-fast.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/hpa-scale-down-too-fast';

ruleTester().run(rule, {
  valid: [
    { fixture: `${DIR}/safe.yaml` },
    { fixture: `${DIR}/boundaries.yaml` },
    { fixture: `${DIR}/malformed.yaml` },
    {
      name: 'a higher maxFraction accepts 80%',
      fixture: `${DIR}/percent-per-15s.yaml`,
      options: { maxFraction: 0.8 },
    },
    {
      name: 'a shorter required stabilization accepts the 60 s window',
      fixture: `${DIR}/percent-per-15s.yaml`,
      options: { stabilizationSeconds: 60 },
    },
  ],
  invalid: [
    {
      fixture: `${DIR}/percent-per-15s.yaml`,
      errors: [
        {
          messageId: 'tooFast',
          line: 14,
          column: 7,
          endColumn: 15,
          severity: 'warning',
          messageIncludes: [
            'remove 80% of its 10 replicas within 60s',
            'Percent 100% per 15s, selectPolicy Max',
            '60s stabilization window',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/compounding.yaml`,
      errors: [{ messageId: 'tooFast', line: 12, column: 7, messageIncludes: ['"thirty"', '51%'] }],
    },
    {
      fixture: `${DIR}/pods-policies.yaml`,
      errors: [
        { messageId: 'tooFast', line: 12, column: 7, messageIncludes: ['80%', 'Pods 2 per 15s'] },
        { messageId: 'tooFast', line: 25, column: 7, messageIncludes: ['60% of its 5 replicas'] },
      ],
    },
    {
      fixture: `${DIR}/default-policy-short-window.yaml`,
      errors: [
        {
          messageId: 'tooFast',
          line: 12,
          column: 35,
          messageIncludes: ['90% of its 30 replicas', 'the default policy Percent 100% per 15s'],
        },
      ],
    },
    {
      fixture: `${DIR}/select-policy.yaml`,
      errors: [{ messageId: 'tooFast', line: 12, column: 7, messageIncludes: ['"max"', '90%'] }],
    },
    {
      fixture: `${DIR}/keda.yaml`,
      errors: [
        {
          messageId: 'tooFast',
          line: 12,
          column: 39,
          messageIncludes: ['ScaledObject "worker"', '99% of its 100 replicas'],
        },
      ],
    },
    {
      name: 'over two minutes, 50% per 60 s compounds to 75%',
      fixture: `${DIR}/boundaries.yaml`,
      options: { windowSeconds: 120 },
      errors: [
        { messageId: 'tooFast', line: 12, column: 7, messageIncludes: ['75%', 'within 120s'] },
        { messageId: 'tooFast', line: 25, column: 7, messageIncludes: ['"half-pods"', '90%'] },
        { messageId: 'tooFast', line: 38, column: 7, messageIncludes: ['59.1%'] },
      ],
    },
  ],
});
