import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

interface Options {
  minimum: number;
}

const KINDS = ['Deployment', 'StatefulSet', 'Rollout'] as const;

export default defineRule<'single', Options>({
  id: 'workload-single-replica',
  meta: {
    description:
      'Require Deployments, StatefulSets and Argo Rollouts without an autoscaler to run more than one replica',
    severity: 'info',
    category: 'autoscaling',
    kinds: [...KINDS],
    scope: 'set',
    messages: {
      single:
        '{{kind}} "{{name}}" runs {{replicas}} ({{source}}) and no autoscaler scales it; every rollout, node drain or crash takes the service down until the replacement is ready. Set spec.replicas to at least {{minimum}}, or add a HorizontalPodAutoscaler with minReplicas {{minimum}}.',
    },
    rationale:
      'A workload with one pod has no redundancy: a node drain, a cluster-autoscaler scale-down, an eviction or a crash leaves it with no ready pod until the new one starts, and a PodDisruptionBudget cannot protect it without blocking every drain (pdb-blocks-eviction). An autoscaled workload is left to hpa-min-replicas, and `replicas: 0` (scaled down on purpose) is not reported. Many single-replica workloads are deliberate (leader-elected controllers, operators, singletons with a ReadWriteOnce volume), so the rule is off in the recommended pack and an info in the strict pack; turn it on where every workload should be redundant.',
    remediation:
      'Run at least two replicas (`spec.replicas: 2`), or let an autoscaler own the count with `minReplicas: 2`.',
    defaultOptions: { minimum: 2 },
    optionsSchema: {
      type: 'object',
      properties: {
        minimum: {
          type: 'integer',
          minimum: 2,
          description: 'Fewest replicas a workload without an autoscaler should run.',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n',
    },
    peers:
      'kube-linter minimum-three-replicas (minimum 3), Polaris deploymentMissingReplicas and kube-score deployment-replicas (minimum 2) check Deployments; kube-linter and kube-score also skip autoscaled ones. Set `minimum: 3` to match kube-linter.',
  },
  create(context) {
    const visit = (manifest: Manifest, options: Options) => {
      const workload = context.set.workload(manifest);
      if (!workload || context.set.autoscalersOf(manifest).length > 0) {
        return;
      }
      const written = manifest.get(['spec', 'replicas']);
      if (written !== undefined && written !== null && typeof written !== 'number') {
        // Not a number: schema-invalid's.
        return;
      }
      const replicas = typeof written === 'number' ? written : 1;
      if (!Number.isInteger(replicas) || replicas === 0 || replicas >= options.minimum) {
        return;
      }
      context.report({
        manifest,
        path: typeof written === 'number' ? ['spec', 'replicas'] : ['metadata', 'name'],
        target: 'value',
        messageId: 'single',
        data: {
          kind: manifest.kind,
          name: manifest.name,
          replicas: replicas === 1 ? '1 replica' : `${replicas} replicas`,
          source: typeof written === 'number' ? 'spec.replicas' : 'spec.replicas defaults to 1',
          minimum: options.minimum,
        },
      });
    };
    return Object.fromEntries(KINDS.map((kind) => [kind, visit]));
  },
});
