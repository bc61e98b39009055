import { describeSelector } from '../../k8s/selectors.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

const KINDS = ['Deployment', 'StatefulSet', 'Rollout'] as const;

export default defineRule({
  id: 'pdb-missing',
  meta: {
    description:
      'Require a PodDisruptionBudget for every autoscaled or multi-replica Deployment, StatefulSet and Argo Rollout',
    severity: 'warning',
    category: 'disruption',
    kinds: [...KINDS],
    scope: 'set',
    messages: {
      missing:
        '{{kind}} "{{name}}" runs up to {{max}} replicas ({{source}}) but no PodDisruptionBudget selects its pods; a node drain or cluster-autoscaler scale-down may evict all of them at once. Add a PodDisruptionBudget with maxUnavailable: 1 selecting {{labels}}.',
    },
    rationale:
      "Without a PodDisruptionBudget the eviction API lets a drain take every pod of a workload at the same time: a node pool upgrade or the cluster autoscaler consolidating nodes turns into an outage for a service that runs many replicas precisely to stay up. A workload that runs one replica and has no autoscaler is not checked: one pod cannot be protected without blocking every drain (see pdb-blocks-eviction). The count comes from the autoscalers' maxReplicas / maxReplicaCount (KEDA defaults to 100) or from spec.replicas.",
    remediation:
      'Add a `policy/v1` PodDisruptionBudget in the same namespace with `maxUnavailable: 1` and `selector.matchLabels` set to the pod template labels.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
    },
    peers:
      'kube-score deployment-has-poddisruptionbudget / statefulset-has-poddisruptionbudget and Polaris missingPodDisruptionBudget check every Deployment, single-replica ones included; Polaris also counts a budget that shares any one label with the pod template. scaleplan uses the full selector and skips single-replica workloads without an autoscaler.',
  },
  create(context) {
    const visit = (manifest: Manifest) => {
      const workload = context.set.workload(manifest);
      if (!workload) {
        return;
      }
      const max = context.set.maximumReplicas(workload);
      if (max === undefined || max < 2 || context.set.pdbsSelecting(workload).length > 0) {
        return;
      }
      const autoscalers = context.set.autoscalersOf(manifest);
      const top = autoscalers.find((autoscaler) => autoscaler.maxReplicas === max);
      const labels = Object.entries(workload.templateLabels);
      context.report({
        manifest,
        path: ['metadata', 'name'],
        messageId: 'missing',
        data: {
          kind: manifest.kind,
          name: manifest.name,
          max,
          source: top
            ? `${top.manifest.kind} "${top.manifest.name}" ${top.maxReplicasPath.at(-1)} ${max}`
            : `spec.replicas ${max}`,
          labels:
            labels.length > 0
              ? `"${describeSelector({ matchLabels: workload.templateLabels, matchExpressions: [], matchesNone: false })}"`
              : 'its pod template labels',
        },
      });
    };
    return Object.fromEntries(KINDS.map((kind) => [kind, visit]));
  },
});
