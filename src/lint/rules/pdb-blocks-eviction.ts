import {
  allowedDisruptions,
  blocksAtEveryScale,
  describeDemand,
  PDB_KIND,
  readDisruptionPolicy,
} from '../../k8s/disruption.js';
import { describeIntOrPercent } from '../../k8s/numbers.js';
import type { Workload } from '../../k8s/workloads.js';
import type { ManifestSet } from '../../k8s/manifest-set.js';
import { defineRule, type RelatedDescriptor } from '../rule.js';
import type { Fixer, FixResult } from '../fix.js';
import type { Manifest } from '../../k8s/manifest.js';

export default defineRule({
  id: 'pdb-blocks-eviction',
  meta: {
    description:
      'Disallow PodDisruptionBudgets that allow no eviction at the minimum replica count of the workloads they select',
    severity: 'error',
    category: 'disruption',
    kinds: [PDB_KIND],
    scope: 'set',
    messages: {
      alwaysBlocks:
        'PodDisruptionBudget "{{name}}" sets {{field}} {{value}}, which allows no voluntary eviction at any replica count; node drains and cluster-autoscaler scale-down hang on its pods until someone deletes the budget. Use maxUnavailable: 1, or a minAvailable below the replica count.',
      blocksAtMinimum:
        'PodDisruptionBudget "{{name}}" allows no eviction when {{workloads}} at the minimum of {{podCount}} ({{counts}}): {{demand}} required of {{pods}}, so none may be evicted. Node drains and cluster-autoscaler scale-down then hang on these pods. Use maxUnavailable: 1, or {{advice}}.',
    },
    rationale:
      'A node drain (a node upgrade, a spot reclaim, the cluster autoscaler removing an idle node) evicts pods through the eviction API, which refuses an eviction when the PodDisruptionBudget has no disruption left. The disruption controller allows `healthy pods − minAvailable` disruptions (or `maxUnavailable`); percentages of both fields are scaled against the pod count and rounded up. So `maxUnavailable: 0`, `"0%"` and `minAvailable: "100%"` never allow an eviction, and `minAvailable: 2` allows none for a workload that runs 2 pods. The count that matters is the smallest one the workload runs at: HPA minReplicas (default 1), KEDA minReplicaCount (a workload scaled to zero is judged at 1 pod, the smallest count with pods to evict), else spec.replicas, else 1, summed over every workload the PDB selects. That is when traffic is low, which is exactly when the cluster autoscaler wants to drain nodes. kubectl drain then retries forever and the cluster autoscaler skips the node; upgrades stall.',
    remediation:
      'Prefer `maxUnavailable: 1` (it always allows one eviction and scales with the workload), or keep `minAvailable` below the minimum replica count (raise HPA minReplicas if the budget is right).',
    autofix:
      '`--fix` makes the smallest change that lets one pod be evicted at the minimum replica count: `maxUnavailable: 1`, changing the value of a `maxUnavailable` or replacing a `minAvailable` (key and value) in place.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 2\n  selector:\n    matchLabels: {app: web}\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: web, image: web:1.0}]\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
    },
    peers:
      'kube-linter pdb-min-available and pdb-max-unavailable, Polaris pdbDisruptionsIsZero and pdbMinAvailableGreaterThanHPAMinReplicas, and the Kyverno pdb-minavailable / pdb-maxunavailable policies cover parts of this. Polaris compares minAvailable with HPA minReplicas using a strict ">", so it passes a budget that equals the minimum and blocks every drain; kube-linter only uses minReplicas when the workload sets replicas to 1 or not at all, and finds workloads by their selector rather than their pod labels.',
  },
  create(context) {
    return {
      [PDB_KIND](pdb) {
        const policy = readDisruptionPolicy(pdb);
        if (policy.field === 'none' || policy.field === 'invalid') {
          return;
        }
        const selected = context.set.pdbSelection(pdb);
        // Built only for a report: most budgets allow a disruption.
        const related = (): RelatedDescriptor[] =>
          selected.map((workload) => ({
            manifest: workload.manifest,
            path: ['metadata', 'name'],
            message: `Selects the pods of ${workload.kind} "${workload.manifest.name}".`,
          }));
        if (blocksAtEveryScale(policy)) {
          context.report({
            manifest: pdb,
            path: policy.path,
            messageId: 'alwaysBlocks',
            data: {
              name: pdb.name,
              field: policy.field,
              value: describeIntOrPercent(policy.value),
            },
            related: related(),
            fix: 'maxUnavailable: 1',
            autofix: (fixer) => allowOneDisruption(fixer, pdb, policy.field),
          });
          return;
        }
        // Only a known pod count can be judged: DaemonSets, Jobs and CronJobs have none here.
        if (selected.length === 0 || !selected.every(hasReplicaCount)) {
          return;
        }
        const sum = selected.reduce(
          (total, workload) => total + minimumReplicas(context.set, workload),
          0,
        );
        // A workload scaled to zero has nothing to evict; judge it at its first pod.
        const pods = Math.max(1, sum);
        if (allowedDisruptions(policy, pods) > 0) {
          return;
        }
        const counts = selected.map((workload) => minimumCount(context.set, workload));
        const names = selected.map((workload) => `${workload.kind} "${workload.manifest.name}"`);
        context.report({
          manifest: pdb,
          path: policy.path,
          messageId: 'blocksAtMinimum',
          data: {
            name: pdb.name,
            workloads: names.length === 1 ? `${names[0]} runs` : `${names.join(' and ')} run`,
            podCount: `${pods} pod${pods === 1 ? '' : 's'}`,
            counts:
              counts.map((count) => count.source).join(' + ') +
              (sum === 0 ? ', judged at its first pod' : ''),
            demand: describeDemand(policy, pods),
            pods,
            advice:
              pods > 1
                ? `minAvailable: ${pods - 1} at most`
                : 'raise the minimum replica count to 2 or more',
          },
          related: [
            ...related(),
            ...counts.flatMap((count) => (count.related ? [count.related] : [])),
          ],
          fix: 'maxUnavailable: 1',
          autofix: (fixer) => allowOneDisruption(fixer, pdb, policy.field),
        });
      },
    };
  },
});

/**
 * The smallest change that lets one pod go at any replica count: `maxUnavailable: 1`, by
 * changing the value of a maxUnavailable or replacing a minAvailable (which blocks whenever the
 * count falls to it, while maxUnavailable allows one disruption at every count).
 */
function allowOneDisruption(
  fixer: Fixer,
  pdb: Manifest,
  field: 'minAvailable' | 'maxUnavailable',
): FixResult {
  return field === 'maxUnavailable'
    ? fixer.replaceValue(pdb, ['spec', field], 1)
    : fixer.replaceField(pdb, ['spec', field], 'maxUnavailable', 1);
}

function hasReplicaCount(workload: Workload): boolean {
  return workload.hasReplicaCount;
}

interface MinimumCount {
  replicas: number;
  /** Where the count comes from, for the message. */
  source: string;
  related?: RelatedDescriptor;
}

/** The count minimumCount gives, without the texts that describe it. */
function minimumReplicas(set: ManifestSet, workload: Workload): number {
  return workload.kind === 'Pod' ? 1 : set.minimumReplicas(workload);
}

function minimumCount(set: ManifestSet, workload: Workload): MinimumCount {
  const name = `${workload.kind} "${workload.manifest.name}"`;
  const replicas = set.minimumReplicas(workload);
  if (workload.kind === 'Pod') {
    return { replicas: 1, source: `${name} is one pod` };
  }
  const autoscaler = set
    .autoscalersOf(workload.manifest)
    .find((candidate) => candidate.minReplicas === replicas);
  if (autoscaler) {
    const field = autoscaler.minReplicasPath.at(-1);
    const written = autoscaler.manifest.get(autoscaler.minReplicasPath) !== undefined;
    return {
      replicas,
      source: `${name}: ${autoscaler.manifest.kind} "${autoscaler.manifest.name}" ${field} ${replicas}${written ? '' : ' (default)'}`,
      related: {
        manifest: autoscaler.manifest,
        path: autoscaler.minReplicasPath,
        message: `${autoscaler.manifest.kind} "${autoscaler.manifest.name}" scales ${name} down to ${replicas}.`,
      },
    };
  }
  return {
    replicas,
    source:
      workload.declaredReplicas === undefined
        ? `${name}: spec.replicas unset, 1`
        : `${name}: spec.replicas ${replicas}`,
  };
}
