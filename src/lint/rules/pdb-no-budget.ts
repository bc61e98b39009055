import { PDB_KIND, readDisruptionPolicy } from '../../k8s/disruption.js';
import { defineRule } from '../rule.js';

export default defineRule<'none'>({
  id: 'pdb-no-budget',
  meta: {
    description: 'Require a PodDisruptionBudget to set minAvailable or maxUnavailable',
    severity: 'warning',
    category: 'disruption',
    kinds: [PDB_KIND],
    scope: 'object',
    messages: {
      none: 'PodDisruptionBudget "{{name}}" sets neither minAvailable nor maxUnavailable, so the disruption controller wants no pod to stay available and the eviction API allows every eviction: the budget protects nothing. Set maxUnavailable: 1 (or a minAvailable below the replica count).',
    },
    rationale:
      'A budget without minAvailable and maxUnavailable passes validation, but the disruption controller then computes a desired healthy count of 0 and allows as many disruptions as there are healthy pods: a drain may evict every selected pod at once, exactly what the budget was written to prevent. It usually comes from a Helm template whose values left both fields empty. The budget still counts as a budget for pdb-missing and pdb-overlap (it is a real object), so this rule says that it does nothing.',
    remediation:
      "Set `maxUnavailable: 1`, or a `minAvailable` below the workload's minimum replica count.",
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n',
      correct:
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
    },
    peers: 'kube-score poddisruptionbudget-has-policy fails the same budgets.',
  },
  create(context) {
    return {
      [PDB_KIND](manifest) {
        if (readDisruptionPolicy(manifest).field !== 'none') {
          return;
        }
        const spec = manifest.get(['spec']);
        context.report({
          manifest,
          path: spec === undefined || spec === null ? ['metadata', 'name'] : ['spec'],
          target: 'key',
          messageId: 'none',
          data: { name: manifest.name },
        });
      },
    };
  },
});
