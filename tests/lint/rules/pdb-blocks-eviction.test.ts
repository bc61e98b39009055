import rule from '../../../src/lint/rules/pdb-blocks-eviction.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/pdb-blocks-eviction';

ruleTester().run(rule, {
  valid: [{ fixture: `${DIR}/allows-evictions.yaml` }, { fixture: `${DIR}/malformed.yaml` }],
  invalid: [
    {
      name: 'an Argo Rollout at its HPA minimum',
      output:
        "# An Argo Rollout scaled on cpu, a container without a cpu request, and a budget that\n# demands every pod at the HPA's minimum.\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: checkout, namespace: shop}\nspec:\n  selector: {matchLabels: {app: checkout}}\n  template:\n    metadata: {labels: {app: checkout}}\n    spec:\n      containers:\n        - name: checkout\n          image: checkout:1\n          resources:\n            requests: {memory: 256Mi}\n  strategy: {canary: {steps: [{setWeight: 20}]}}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: checkout, namespace: shop}\nspec:\n  scaleTargetRef: {apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: checkout}\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: checkout, namespace: shop}\nspec:\n  maxUnavailable: 1\n  selector: {matchLabels: {app: checkout}}\n",
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout.yaml',
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 33,
          column: 17,
          messageIncludes: ['Rollout "checkout" runs at the minimum of 2 pods'],
        },
      ],
    },
    {
      name: 'a Rollout with workloadRef, its pods selected by rollouts-pod-template-hash',
      output:
        "# The Rollout runs the Deployment's template (workloadRef): its pods are the Rollout's.\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: cart, namespace: shop}\nspec:\n  replicas: 0\n  selector: {matchLabels: {app: cart}}\n  template:\n    metadata: {labels: {app: cart}}\n    spec:\n      containers:\n        - name: cart\n          image: cart:1\n          resources:\n            requests: {memory: 128Mi}\n---\napiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: cart, namespace: shop}\nspec:\n  replicas: 3\n  selector: {matchLabels: {app: cart}}\n  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: cart}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: cart, namespace: shop}\nspec:\n  scaleTargetRef: {apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: cart}\n  minReplicas: 3\n  maxReplicas: 6\n  metrics:\n    - type: Resource\n      resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: cart, namespace: shop}\nspec:\n  maxUnavailable: 1\n  selector: {matchLabels: {app: cart, rollouts-pod-template-hash: 5c4b3a}}\n---\n# Absent: no Rollout of that name.\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: payments, namespace: shop}\nspec:\n  scaleTargetRef: {apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: payments}\n  minReplicas: 2\n  maxReplicas: 4\n",
      fixture: 'fixtures/rules/pdb-blocks-eviction/rollout-workload-ref.yaml',
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 40,
          column: 17,
          messageIncludes: ['Rollout "cart" runs at the minimum of 3 pods'],
        },
      ],
    },
    {
      fixture: `${DIR}/zero-disruptions.yaml`,
      output:
        '# These never allow an eviction, whatever the replica count (and whether or not the set\n# holds the workload).\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: zero\n  namespace: shop\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: api}\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: zero-percent\n  namespace: shop\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: worker}\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: everything\n  namespace: shop\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: api}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  replicas: 6\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers: [{name: api, image: registry.example.com/api:1.0.0}]\n',
      errors: [
        {
          messageId: 'alwaysBlocks',
          line: 9,
          column: 19,
          endColumn: 20,
          severity: 'error',
          messageIncludes: ['"zero" sets maxUnavailable 0'],
        },
        { messageId: 'alwaysBlocks', line: 19, column: 19, messageIncludes: ['maxUnavailable 0%'] },
        { messageId: 'alwaysBlocks', line: 29, column: 17, messageIncludes: ['minAvailable 100%'] },
      ],
    },
    {
      fixture: `${DIR}/equals-hpa-minimum.yaml`,
      output:
        '# minAvailable equal to HPA minReplicas: at the minimum no pod may go (Polaris passes this).\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\n  namespace: shop\nspec:\n  selector:\n    matchLabels: {app: checkout}\n  template:\n    metadata:\n      labels: {app: checkout, tier: web}\n    spec:\n      containers: [{name: checkout, image: registry.example.com/checkout:2.0.0}]\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: checkout\n  namespace: shop\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: checkout}\n  minReplicas: 3\n  maxReplicas: 12\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: checkout\n  namespace: shop\nspec:\n  maxUnavailable: 1\n  selector:\n    matchExpressions:\n      - {key: app, operator: In, values: [checkout, cart]}\n      - {key: tier, operator: Exists}\n',
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 32,
          column: 17,
          endColumn: 18,
          messageIncludes: [
            'minimum of 3 pods',
            'HorizontalPodAutoscaler "checkout" minReplicas 3',
            'minAvailable 3 required of 3',
            'minAvailable: 2 at most',
          ],
        },
      ],
    },
    {
      name: 'minReplicas, minReplicaCount and replicas defaults',
      output:
        '# No replicas and no autoscaler: the Deployment runs 1 pod.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: admin\nspec:\n  selector:\n    matchLabels: {app: admin}\n  template:\n    metadata:\n      labels: {app: admin}\n    spec:\n      containers: [{name: admin, image: registry.example.com/admin:1.0.0}]\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: admin\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: admin}\n---\n# replicas 5, but the HPA (minReplicas unset: 1) scales it down to 1.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 5\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: registry.example.com/web:1.0.0}]\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  maxReplicas: 10\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n---\n# KEDA minReplicaCount defaults to 0; with its first pod running, minAvailable 1 blocks it.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: consumer\nspec:\n  selector:\n    matchLabels: {app: consumer}\n  template:\n    metadata:\n      labels: {app: consumer}\n    spec:\n      containers: [{name: consumer, image: registry.example.com/consumer:1.0.0}]\n---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: consumer\nspec:\n  scaleTargetRef: {name: consumer}\n  triggers:\n    - {type: rabbitmq, metadata: {queueName: jobs, value: "10"}}\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: consumer\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: consumer}\n',
      fixture: `${DIR}/defaults.yaml`,
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 20,
          column: 17,
          messageIncludes: ['spec.replicas unset, 1', 'raise the minimum replica count'],
        },
        {
          messageId: 'blocksAtMinimum',
          line: 52,
          column: 17,
          messageIncludes: ['HorizontalPodAutoscaler "web" minReplicas 1 (default)'],
        },
        {
          messageId: 'blocksAtMinimum',
          line: 84,
          column: 17,
          messageIncludes: ['minReplicaCount 0 (default), judged at its first pod'],
        },
      ],
    },
    {
      fixture: `${DIR}/percent-rounding.yaml`,
      output:
        '# Percentages round up: 50% of 1 pod is 1, 67% of 3 pods is ceil(2.01) = 3.\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: zk\nspec:\n  serviceName: zk\n  replicas: 1\n  selector:\n    matchLabels: {app: zk}\n  template:\n    metadata:\n      labels: {app: zk}\n    spec:\n      containers: [{name: zk, image: zookeeper:3.9}]\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: zk\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: zk}\n---\napiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: etcd\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: etcd}\n  template:\n    metadata:\n      labels: {app: etcd}\n    spec:\n      containers: [{name: etcd, image: quay.io/coreos/etcd:v3.5.15}]\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: etcd\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: etcd}\n',
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 22,
          column: 17,
          messageIncludes: [
            'StatefulSet "zk"',
            'minAvailable 50% = ceil(50% × 1) = 1 required of 1',
          ],
        },
        {
          messageId: 'blocksAtMinimum',
          line: 45,
          column: 17,
          messageIncludes: ['ReplicaSet "etcd"', 'ceil(67% × 3) = 3 required of 3'],
        },
      ],
    },
    {
      fixture: `${DIR}/several-workloads.yaml`,
      output:
        '# One budget over two Deployments: 2 + 1 pods at minimum, minAvailable 3.\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend-blue\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: frontend, slot: blue}\n  template:\n    metadata:\n      labels: {app: frontend, slot: blue}\n    spec:\n      containers: [{name: web, image: registry.example.com/frontend:7.1.0}]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: frontend-green\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: frontend, slot: green}\n  template:\n    metadata:\n      labels: {app: frontend, slot: green}\n    spec:\n      containers: [{name: web, image: registry.example.com/frontend:7.2.0}]\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: frontend\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: frontend}\n',
      errors: [
        {
          messageId: 'blocksAtMinimum',
          line: 35,
          column: 17,
          messageIncludes: [
            'Deployment "frontend-blue" and Deployment "frontend-green" run',
            'spec.replicas 2 + Deployment "frontend-green": spec.replicas 1',
          ],
        },
      ],
    },
  ],
});
