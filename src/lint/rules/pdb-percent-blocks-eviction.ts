import { PDB_KIND, readDisruptionPolicy } from '../../k8s/disruption.js';
import { defineRule } from '../rule.js';

interface Options {
  minimumPods: number;
}

export default defineRule<'blocksBelow', Options>({
  id: 'pdb-percent-blocks-eviction',
  meta: {
    description:
      'Disallow a minAvailable percentage that allows no eviction at any realistic pod count',
    severity: 'warning',
    category: 'disruption',
    kinds: [PDB_KIND],
    scope: 'set',
    messages: {
      blocksBelow:
        'PodDisruptionBudget "{{name}}" has minAvailable {{percent}}%, which rounds up to every pod below {{pods}} pods (ceil({{percent}}% × {{example}}) = {{example}}): with fewer pods no eviction is ever allowed, so node drains and cluster-autoscaler scale-down hang. Use maxUnavailable: 1, or a minAvailable of at most {{suggested}}%.',
    },
    rationale:
      "The disruption controller rounds a minAvailable percentage up, so `minAvailable: 99%` demands every pod of any workload smaller than 100 pods, and `90%` every pod below 10: the budget allows zero disruptions and every drain of a node running one of its pods hangs. pdb-blocks-eviction judges a budget against the replica counts of the workloads it selects; this rule catches the percentages that block at every size below `minimumPods`, also when the workloads are elsewhere (a Helm chart's budget linted alone, a workload in another repository). When the set holds a workload with a known count for the budget, pdb-blocks-eviction reports it instead. With `minimumPods: N` a percentage P fires when ceil(P × n) = n for every n < N, that is when P > 100 × (1 − 1/(N − 1)).",
    remediation:
      'Prefer `maxUnavailable: 1` (or a percentage: maxUnavailable rounds up to at least one pod); otherwise lower minAvailable.',
    defaultOptions: { minimumPods: 10 },
    optionsSchema: {
      type: 'object',
      properties: {
        minimumPods: {
          type: 'integer',
          minimum: 3,
          description:
            'Report a percentage that allows no eviction for every pod count below this one.',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 95%\n  selector:\n    matchLabels: {app: web}\n',
      correct:
        'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 50%\n  selector:\n    matchLabels: {app: web}\n',
    },
    peers:
      'Kyverno require-reasonable-pdbs (other/require-reasonable-pdbs) rejects minAvailable percentages above a fixed threshold; scaleplan derives the threshold from the rounding and a pod count (option minimumPods), and leaves budgets with known workloads to pdb-blocks-eviction.',
  },
  create(context) {
    return {
      [PDB_KIND](manifest, options) {
        const policy = readDisruptionPolicy(manifest);
        if (policy.field !== 'minAvailable' || policy.value.kind !== 'percent') {
          return;
        }
        const percent = policy.value.value;
        // 100% is pdb-blocks-eviction's at every scale; 0% allows everything.
        if (percent <= 0 || percent >= 100) {
          return;
        }
        // The largest pod count at which no eviction is allowed: ceil(P·n/100) = n
        // ⇔ n·(100 − P) < 100.
        let blockedUpTo = 0;
        while ((blockedUpTo + 1) * (100 - percent) < 100) {
          blockedUpTo += 1;
        }
        if (blockedUpTo + 1 < options.minimumPods) {
          return;
        }
        const judged = context.set
          .pdbSelection(manifest)
          .some(
            (workload) =>
              workload.kind !== 'DaemonSet' &&
              workload.kind !== 'Job' &&
              workload.kind !== 'CronJob',
          );
        if (judged) {
          return;
        }
        const example = Math.min(blockedUpTo, 3);
        context.report({
          manifest,
          path: policy.path,
          target: 'value',
          messageId: 'blocksBelow',
          data: {
            name: manifest.name,
            percent,
            pods: blockedUpTo + 1,
            example,
            suggested: Math.floor(100 * (1 - 1 / (options.minimumPods - 1))),
          },
        });
      },
    };
  },
});
