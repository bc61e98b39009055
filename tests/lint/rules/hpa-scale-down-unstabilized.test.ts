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
      output:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n  minReplicas: 2\n  maxReplicas: 10\n  behavior:\n    scaleDown:\n      stabilizationWindowSeconds: 300\n      policies:\n        - {type: Pods, value: 1, periodSeconds: 60}\n',
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
      output:
        '# 59 s is below the minimum of 60 s; 60 s is not.\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: just-below\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: just-below}\n  maxReplicas: 10\n  behavior:\n    scaleDown: {stabilizationWindowSeconds: 300}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: at-minimum\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: at-minimum}\n  maxReplicas: 10\n  behavior:\n    scaleDown: {stabilizationWindowSeconds: 60}\n',
      errors: [{ messageId: 'unstabilized', line: 10, column: 45, messageIncludes: ['59'] }],
    },
    {
      fixture: 'fixtures/rules/hpa-scale-down-unstabilized/keda.yaml',
      output:
        '# KEDA copies advanced.horizontalPodAutoscalerConfig.behavior into the HPA it creates.\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: worker\nspec:\n  scaleTargetRef: {name: worker}\n  maxReplicaCount: 30\n  advanced:\n    horizontalPodAutoscalerConfig:\n      behavior:\n        scaleDown:\n          stabilizationWindowSeconds: 300\n  triggers:\n    - {type: rabbitmq, metadata: {queueName: jobs, value: "10"}}\n',
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
      output:
        '# 59 s is below the minimum of 60 s; 60 s is not.\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: just-below\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: just-below}\n  maxReplicas: 10\n  behavior:\n    scaleDown: {stabilizationWindowSeconds: 300}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: at-minimum\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: at-minimum}\n  maxReplicas: 10\n  behavior:\n    scaleDown: {stabilizationWindowSeconds: 300}\n',
      fixture: 'fixtures/rules/hpa-scale-down-unstabilized/boundary.yaml',
      options: { minimumSeconds: 120 },
      errors: [
        { messageId: 'unstabilized', line: 10, column: 45, messageIncludes: ['below 120s'] },
        { messageId: 'unstabilized', line: 20, column: 45, messageIncludes: ['to 60'] },
      ],
    },
  ],
});
