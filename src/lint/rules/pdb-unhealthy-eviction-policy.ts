import { compareVersions } from '../../k8s/deprecations.js';
import { PDB_KIND } from '../../k8s/disruption.js';
import { defineRule } from '../rule.js';

/**
 * `spec.unhealthyPodEvictionPolicy` is beta and on by default from Kubernetes 1.27
 * (PDBUnhealthyPodEvictionPolicy), GA in 1.31; before 1.27 the API server drops the field.
 */
const SERVED_SINCE = '1.27';

export default defineRule<'unset'>({
  id: 'pdb-unhealthy-eviction-policy',
  meta: {
    description:
      'Require PodDisruptionBudgets to set unhealthyPodEvictionPolicy where the target version serves it',
    severity: 'info',
    category: 'disruption',
    kinds: [PDB_KIND],
    scope: 'object',
    messages: {
      unset:
        'PodDisruptionBudget "{{name}}" does not set unhealthyPodEvictionPolicy, so it defaults to IfHealthyBudget: a pod that is running but not ready (crash-looping, failing its readiness probe) can only be evicted while the budget is otherwise healthy, and one such pod can block a node drain. Set unhealthyPodEvictionPolicy: AlwaysAllow, as the Kubernetes documentation recommends, or IfHealthyBudget to keep the default on purpose.',
    },
    rationale:
      'With the default policy (IfHealthyBudget), the eviction API refuses to evict a running but unready pod when the budget has no healthy disruption to spare, so a crash-looping pod of a workload that is already short of ready pods blocks `kubectl drain`, a node pool upgrade and cluster-autoscaler scale-down until someone deletes it by hand. `AlwaysAllow` lets such pods go (they serve nothing) while still protecting the ready ones; the Kubernetes documentation recommends it for most workloads. The field is served from Kubernetes 1.27 (beta, on by default; GA in 1.31) in policy/v1: the rule is silent below that --kube-version and for policy/v1beta1 budgets. An explicit IfHealthyBudget is a decision and is not reported. Off in the recommended pack (an advisory for every budget, so too noisy to be on by default) and a warning in the strict pack.',
    remediation: "Add `unhealthyPodEvictionPolicy: AlwaysAllow` to the budget's spec.",
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
      correct:
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector:\n    matchLabels: {app: web}\n',
    },
    peers:
      'No peer fixture checks it (kube-linter, kube-score, Polaris and the copied Kyverno policies do not read the field).',
  },
  create(context) {
    return {
      [PDB_KIND](manifest) {
        if (
          manifest.apiVersion !== 'policy/v1' ||
          compareVersions(context.settings.kubeVersion, SERVED_SINCE) < 0
        ) {
          return;
        }
        const value = manifest.get(['spec', 'unhealthyPodEvictionPolicy']);
        if (value !== undefined && value !== null) {
          // A written value is a decision; an invalid one is schema-invalid's.
          return;
        }
        const spec = manifest.get(['spec']);
        context.report({
          manifest,
          path: spec === undefined || spec === null ? ['metadata', 'name'] : ['spec'],
          target: 'key',
          messageId: 'unset',
          data: { name: manifest.name },
        });
      },
    };
  },
});
