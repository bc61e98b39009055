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
            'remove 80% (8 of its 10 replicas) within 60s',
            'Percent 100% per 15s, selectPolicy Max',
            '60s stabilization window',
          ],
        },
      ],
    },
    {
      fixture: `${DIR}/compounding.yaml`,
      errors: [
        {
          messageId: 'tooFast',
          line: 13,
          column: 7,
          messageIncludes: ['"thirty"', 'remove 60% (6 of its 10 replicas)'],
        },
        {
          messageId: 'tooFast',
          line: 40,
          column: 7,
          messageIncludes: ['"twenty-nine"', '60% (6 of its 10'],
        },
        {
          messageId: 'tooFast',
          line: 53,
          column: 7,
          messageIncludes: ['"half-of-five"', '60% (3 of its 5'],
        },
      ],
    },
    {
      fixture: `${DIR}/pods-policies.yaml`,
      errors: [
        { messageId: 'tooFast', line: 12, column: 7, messageIncludes: ['80%', 'Pods 2 per 15s'] },
        {
          messageId: 'tooFast',
          line: 25,
          column: 7,
          messageIncludes: ['60% (3 of its 5 replicas)'],
        },
      ],
    },
    {
      fixture: `${DIR}/default-policy-short-window.yaml`,
      errors: [
        {
          messageId: 'tooFast',
          line: 12,
          column: 35,
          messageIncludes: [
            '90% (27 of its 30 replicas)',
            'the default policy Percent 100% per 15s',
          ],
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
          messageIncludes: ['ScaledObject "worker"', '99% (99 of its 100 replicas)'],
        },
      ],
    },
    {
      // 50% per 60 s: 10 → 5 at 0 s, → int(2.5) = 2 at 60 s (the 0 s event has left the period).
      // 5 pods per 60 s: 10 → 5 → 0, held at minReplicas 1. 20% per 20 s: 10 → 8 (0 s) → 6
      // (30 s) → int(4.8) = 4 (60 s) → int(3.2) = 3 (90 s).
      name: 'over two minutes, 50% per 60 s removes 80% in whole pods',
      fixture: `${DIR}/boundaries.yaml`,
      options: { windowSeconds: 120 },
      errors: [
        {
          messageId: 'tooFast',
          line: 12,
          column: 7,
          messageIncludes: ['80% (8 of its 10 replicas) within 120s'],
        },
        { messageId: 'tooFast', line: 25, column: 7, messageIncludes: ['"half-pods"', '90%'] },
        { messageId: 'tooFast', line: 38, column: 7, messageIncludes: ['70% (7 of its 10'] },
      ],
    },
  ],
});
