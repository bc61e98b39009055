import rule from '../../../src/lint/rules/extended-resource-limits.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/extended-resource-limits';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/valid.yaml` }, { fixture: `${DIR}/malformed.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/fires.yaml`,
      output:
        '# The three mistakes the API server rejects for extended resources.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: inference\n  namespace: ml\nspec:\n  selector:\n    matchLabels: {app: inference}\n  template:\n    metadata:\n      labels: {app: inference}\n    spec:\n      containers:\n        - name: request-only\n          image: registry.example.com/model:1.0.0\n          resources:\n            requests: {cpu: "2", nvidia.com/gpu: 1}\n            limits:\n              nvidia.com/gpu: 1\n        - name: unequal\n          image: registry.example.com/model:1.0.0\n          resources:\n            requests: {nvidia.com/gpu: 1}\n            limits: {nvidia.com/gpu: 1}\n        - name: half\n          image: registry.example.com/model:1.0.0\n          resources:\n            limits: {nvidia.com/gpu: 0.5}\n        - name: milli\n          image: registry.example.com/model:1.0.0\n          resources:\n            requests: {amd.com/gpu: 500m}\n            limits: {amd.com/gpu: 500m}\n',
      errors: [
        {
          messageId: 'missingLimit',
          line: 18,
          column: 50,
          endColumn: 51,
          severity: 'error',
          messageIncludes: [
            'Container "request-only" of Deployment "inference" requests 1 nvidia.com/gpu without a limit',
          ],
        },
        {
          messageId: 'mismatch',
          line: 22,
          column: 40,
          messageIncludes: ['requests 1 nvidia.com/gpu but its limit is 2'],
        },
        {
          messageId: 'fraction',
          line: 27,
          column: 38,
          endColumn: 41,
          messageIncludes: ['0.5 nvidia.com/gpu in its limits'],
        },
        {
          // Reported once, on the request, though the limit is the same fraction.
          messageId: 'fraction',
          line: 31,
          column: 37,
          messageIncludes: ['500m amd.com/gpu in its requests'],
        },
      ],
    },
    {
      fixture: `${DIR}/limit-range.yaml`,
      output:
        '# A LimitRange default limit for the resource counts as the limit: equal is fine, different\n# is rejected.\napiVersion: v1\nkind: LimitRange\nmetadata:\n  name: gpu-defaults\n  namespace: ml\nspec:\n  limits:\n    - type: Container\n      default: {nvidia.com/gpu: 1}\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\n  namespace: ml\nspec:\n  schedule: "0 2 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers:\n            - name: one\n              image: registry.example.com/train:1.0.0\n              resources:\n                requests: {nvidia.com/gpu: 1}\n            - name: two\n              image: registry.example.com/train:1.0.0\n              resources:\n                requests: {nvidia.com/gpu: 2}\n                limits:\n                  nvidia.com/gpu: 2\n',
      errors: [
        {
          messageId: 'mismatch',
          line: 33,
          column: 44,
          messageIncludes: [
            'Container "two" of CronJob "nightly" requests 2 nvidia.com/gpu but its limit is 1',
          ],
        },
      ],
    },
  ],
});
