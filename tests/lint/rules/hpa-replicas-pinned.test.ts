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
      output:
        '# The HPA scales the Deployment, but Git still pins replicas: 3.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.2.0\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: api\n  minReplicas: 3\n  maxReplicas: 12\n',
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
      output:
        '# KEDA scales a StatefulSet (kind and apiVersion spelled out) that pins replicas.\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: consumer\nspec:\n  serviceName: consumer\n  selector:\n    matchLabels: {app: consumer}\n  template:\n    metadata:\n      labels: {app: consumer}\n    spec:\n      containers:\n        - name: consumer\n          image: registry.example.com/consumer:4.0.1\n---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: consumer\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: StatefulSet\n    name: consumer\n  maxReplicaCount: 20\n  triggers:\n    - type: kafka\n      metadata: {topic: orders, lagThreshold: "50"}\n',
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
      output:
        '# ReplicaSets have a scale subresource too; kube-score looks at Deployments only.\napiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: legacy\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: ReplicaSet, name: legacy}\n  minReplicas: 2\n  maxReplicas: 4\n---\napiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: legacy\nspec:\n  selector:\n    matchLabels: {app: legacy}\n  template:\n    metadata:\n      labels: {app: legacy}\n    spec:\n      containers:\n        - {name: legacy, image: registry.example.com/legacy:0.9}\n',
      errors: [{ messageId: 'pinned', line: 16, column: 3, messageIncludes: ['ReplicaSet'] }],
    },
    {
      name: 'one finding for a workload with two autoscalers',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  replicas: 1\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: a}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: a}\n  maxReplicas: 3\n---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: a}\nspec:\n  scaleTargetRef: {name: a}\n',
      errors: [{ messageId: 'pinned', line: 5, column: 3 }],
    },
  ],
});
