import { PDB_KIND } from '../../k8s/disruption.js';
import type { Workload } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'pdb-overlap',
  meta: {
    description: 'Disallow pods that more than one PodDisruptionBudget selects',
    severity: 'error',
    category: 'disruption',
    kinds: [PDB_KIND],
    scope: 'set',
    messages: {
      overlap:
        'PodDisruptionBudget "{{name}}" selects the pods of {{workload}}{{more}}, which PodDisruptionBudget "{{first}}" already selects; the eviction API refuses to evict a pod covered by more than one budget, so node drains and cluster-autoscaler scale-down fail on these pods. Merge the budgets, or make their selectors disjoint.',
    },
    rationale:
      'The eviction API looks up every PodDisruptionBudget that selects the pod and, when there is more than one, refuses the eviction with "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support" (kubernetes/kubernetes#75957). kubectl drain retries forever, the cluster autoscaler cannot remove the node, and node upgrades stall, however permissive each budget is. Overlaps usually come from a broad budget (`app.kubernetes.io/part-of: shop`, or an empty selector, which selects the whole namespace in policy/v1) next to per-service budgets.',
    remediation:
      'Keep one budget per set of pods: delete the broad one, or narrow its selector (e.g. with a `NotIn` expression) so that no pod template matches two budgets.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web, part-of: shop}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: shop\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {part-of: shop}\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web, part-of: shop}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
    },
    peers:
      'None of kube-linter, kube-score, Polaris or the Kyverno policies detect pods covered by two budgets.',
  },
  create(context) {
    return {
      [PDB_KIND](pdb) {
        let first: Manifest | undefined;
        const overlapping: Workload[] = [];
        for (const workload of context.set.pdbSelection(pdb)) {
          const owner = context.set.pdbsSelecting(workload)[0];
          if (owner && owner !== pdb) {
            first ??= owner;
            if (owner === first) {
              overlapping.push(workload);
            }
          }
        }
        const workload = overlapping[0];
        if (!first || !workload) {
          return;
        }
        context.report({
          manifest: pdb,
          path: ['spec', 'selector'],
          target: 'key',
          messageId: 'overlap',
          data: {
            name: pdb.name,
            workload: `${workload.kind} "${workload.manifest.name}"`,
            more:
              overlapping.length > 1
                ? ` (and ${overlapping.length - 1} more workload${overlapping.length > 2 ? 's' : ''})`
                : '',
            first: first.name,
          },
          related: [
            {
              manifest: first,
              path: ['spec', 'selector'],
              target: 'key',
              message: `PodDisruptionBudget "${first.name}" selects the same pods.`,
            },
            ...overlapping.map((selected) => ({
              manifest: selected.manifest,
              path: [...selected.templatePath, 'metadata', 'labels'],
              target: 'key' as const,
              message: `The pods of ${selected.kind} "${selected.manifest.name}" match both budgets.`,
            })),
          ],
        });
      },
    };
  },
});
