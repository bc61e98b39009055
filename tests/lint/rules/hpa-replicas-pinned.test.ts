import rule from '../../../src/lint/rules/hpa-replicas-pinned.js';
import { ruleTester } from '../../_utils.js';

ruleTester().run(rule, {
  valid: [
    { fixture: 'fixtures/rules/hpa-replicas-pinned/not-pinned.yaml' },
    { fixture: 'fixtures/rules/hpa-replicas-pinned/malformed.yaml' },
  ],
  invalid: [
    {
      fixture: 'fixtures/rules/hpa-replicas-pinned/deployment-with-hpa.yaml',
      errors: [
        {
          messageId: 'pinned',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 11,
          severity: 'warning',
          messageIncludes: ['Deployment "api"', 'to 3', 'HorizontalPodAutoscaler "api"'],
        },
      ],
    },
    {
      fixture: 'fixtures/rules/hpa-replicas-pinned/statefulset-with-scaledobject.yaml',
      errors: [
        {
          messageId: 'pinned',
          line: 8,
          column: 3,
          messageIncludes: ['StatefulSet "consumer"', 'ScaledObject "consumer"'],
        },
      ],
    },
    {
      fixture: 'fixtures/rules/hpa-replicas-pinned/replicaset-with-hpa.yaml',
      errors: [{ messageId: 'pinned', line: 16, column: 3, messageIncludes: ['ReplicaSet'] }],
    },
    {
      name: 'one finding for a workload with two autoscalers',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  replicas: 1\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: a}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: a}\n  maxReplicas: 3\n---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: a}\nspec:\n  scaleTargetRef: {name: a}\n',
      errors: [{ messageId: 'pinned', line: 5, column: 3 }],
    },
  ],
});
