import { formatQuantity, isExtendedResource } from '../../k8s/quantity.js';
import {
  describeQuotaScopes,
  podScopeFacts,
  quotaScopesMatch,
  readQuotaHard,
  readQuotaScopes,
  RESOURCE_QUOTA_KIND,
  type QuotaHardEntry,
} from '../../k8s/quota.js';
import { podLevelResources, podTotal, quantityGreater } from '../../k8s/resources.js';
import type { Workload } from '../../k8s/workloads.js';
import { maximumPods, rolloutSurge, type MaximumPods } from '../../k8s/capacity.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';
import { counted } from '../../shared/words.js';

interface Options {
  maximumPercent: number;
  includeRolloutSurge: boolean;
}

/** How many contributors a finding names (message and related locations). */
const SHOWN_CONTRIBUTORS = 3;

interface Contribution {
  workload: Workload;
  maximum: MaximumPods;
  pods: number;
  perPod: number;
  total: number;
}

export default defineRule<'exceeded', Options>({
  id: 'quota-exceeded-at-max-scale',
  meta: {
    description:
      "Require each ResourceQuota to fit its namespace's workloads at their maximum scale",
    severity: 'warning',
    category: 'quota',
    kinds: [RESOURCE_QUOTA_KIND],
    scope: 'set',
    messages: {
      exceeded:
        'ResourceQuota "{{name}}" in namespace "{{namespace}}" is too small for its workloads at maximum scale ({{key}}: {{total}} at max scale > {{limit}}){{scopes}}: {{breakdown}}. Pods past the quota are rejected at creation (exceeded quota), so scale-ups stop short of the maximum exactly when the load peaks. Raise {{key}} to at least {{needed}} or lower the maximum replicas.',
    },
    rationale:
      "A ResourceQuota is checked when each pod is created. If the namespace's workloads together need more than the quota at their maximum scale, the last scale-ups fail with `exceeded quota` events: the HPA reports success, the ReplicaSet cannot create the pods, and the service runs short at its busiest. For each hard limit the rule adds up, over the workloads in the quota's namespace that its scopes select, the per-pod value × the maximum number of pods. The per-pod value is what quota charges: requests (after limit and LimitRange defaulting) of the running containers and native sidecars, or the start-up peak of an init container when that is larger; limits for `limits.*`; one for `pods`. The maximum is the autoscalers' `maxReplicas`/`maxReplicaCount` (KEDA's default 100), else `spec.replicas`, else 1; a Job (and each CronJob run) counts `parallelism` pods (at most `completions`), and a bare Pod one. Not modelled: DaemonSets (one pod per matching node, and the node count is not in the manifests; they are skipped), overlapping CronJob runs (`concurrencyPolicy: Allow`), and Deployment rollout surge unless `includeRolloutSurge` is set. Extended resources such as GPUs are errors: devices are whole and scarce, and a short quota strands a GPU job outright; cpu, memory and pods are warnings.",
    remediation:
      'Raise the hard limit to at least the total shown, or lower the maximum replicas of the largest contributors, or move a workload to its own namespace and quota.',
    defaultOptions: { maximumPercent: 100, includeRolloutSurge: false },
    optionsSchema: {
      type: 'object',
      properties: {
        maximumPercent: {
          type: 'number',
          minimum: 1,
          maximum: 1000,
          description:
            'Report when the total at maximum scale exceeds this percentage of the hard limit (below 100 keeps headroom).',
        },
        includeRolloutSurge: {
          type: 'boolean',
          description:
            "Add each Deployment's rolling-update surge (maxSurge, 25 % by default) to its maximum replicas.",
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: gpu\n  namespace: ml\nspec:\n  hard:\n    requests.nvidia.com/gpu: "8"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: inference\n  namespace: ml\nspec:\n  selector:\n    matchLabels: {app: inference}\n  template:\n    metadata:\n      labels: {app: inference}\n    spec:\n      containers:\n        - name: model\n          image: registry.example.com/model:1.0.0\n          resources:\n            limits: {nvidia.com/gpu: 2}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: inference\n  namespace: ml\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}\n  minReplicas: 2\n  maxReplicas: 6\n',
      correct:
        'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: gpu\n  namespace: ml\nspec:\n  hard:\n    requests.nvidia.com/gpu: "12"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: inference\n  namespace: ml\nspec:\n  selector:\n    matchLabels: {app: inference}\n  template:\n    metadata:\n      labels: {app: inference}\n    spec:\n      containers:\n        - name: model\n          image: registry.example.com/model:1.0.0\n          resources:\n            limits: {nvidia.com/gpu: 2}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: inference\n  namespace: ml\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}\n  minReplicas: 2\n  maxReplicas: 6\n',
    },
    peers:
      'No peer linter sums workloads against a ResourceQuota; Kyverno policies can only check one object at admission time.',
  },
  create(context) {
    return {
      [RESOURCE_QUOTA_KIND](quota, options) {
        const scopes = readQuotaScopes(quota);
        const entries = readQuotaHard(quota).filter(
          (entry) => entry.usage !== undefined && entry.value !== undefined,
        );
        if (!scopes || entries.length === 0) {
          return;
        }
        const defaults = context.set.limitRangeDefaults(quota.namespace);
        const kubeVersion = context.settings.kubeVersion;
        const selected = context.set.workloadsIn(quota.namespace).flatMap((workload) => {
          const facts = podScopeFacts(workload, context.set, defaults, kubeVersion);
          const maximum = quotaScopesMatch(scopes, facts)
            ? maximumPods(workload, context.set)
            : undefined;
          if (!maximum) {
            return [];
          }
          const surge = options.includeRolloutSurge ? rolloutSurge(workload, maximum.pods) : 0;
          return [{ workload, maximum, pods: maximum.pods + surge }];
        });
        for (const entry of entries) {
          const usage = entry.usage;
          if (!usage || entry.value === undefined) {
            continue;
          }
          const contributions: Contribution[] = selected
            .map(({ workload, maximum, pods }) => {
              const perPod =
                usage.type === 'pods'
                  ? 1
                  : podTotal(
                      workload,
                      usage.type,
                      usage.resource,
                      defaults,
                      podLevelResources(workload, kubeVersion),
                    );
              return { workload, maximum, pods, perPod, total: perPod * pods };
            })
            .filter((contribution) => contribution.total > 0)
            .sort((a, b) => b.total - a.total);
          const total = contributions.reduce((sum, contribution) => sum + contribution.total, 0);
          const threshold = (entry.value * options.maximumPercent) / 100;
          if (!quantityGreater(total, threshold)) {
            continue;
          }
          reportExceeded(
            quota,
            entry,
            total,
            contributions,
            scopes.length > 0 ? describeQuotaScopes(scopes) : '',
            options,
          );
        }
      },
    };

    function reportExceeded(
      quota: Manifest,
      entry: QuotaHardEntry,
      total: number,
      contributions: Contribution[],
      scopes: string,
      options: Options,
    ): void {
      const usage = entry.usage;
      const resource = usage && usage.type !== 'pods' ? usage.resource : 'pods';
      const format = (value: number): string =>
        usage?.type === 'pods' ? String(value) : formatQuantity(resource, value);
      const describe = (contribution: Contribution): string => {
        const label = `${contribution.workload.kind} "${contribution.workload.manifest.name}"`;
        return usage?.type === 'pods'
          ? `${label} ${counted(contribution.pods, 'pod')}`
          : `${label} ${counted(contribution.pods, 'pod')} × ${format(contribution.perPod)} = ${format(contribution.total)}`;
      };
      const shown = contributions.slice(0, SHOWN_CONTRIBUTORS);
      const rest = contributions.length - shown.length;
      const breakdown = `${shown.map(describe).join(', ')}${rest > 0 ? ` and ${counted(rest, 'more workload')}` : ''}`;
      const limit = format(entry.value ?? 0);
      context.report({
        manifest: quota,
        path: entry.path,
        messageId: 'exceeded',
        severity: isExtendedResource(resource) ? 'error' : 'warning',
        data: {
          name: quota.name,
          namespace: quota.namespace,
          key: entry.key,
          total: format(total),
          needed: format((total * 100) / options.maximumPercent),
          limit: options.maximumPercent === 100 ? limit : `${options.maximumPercent}% of ${limit}`,
          scopes: scopes ? ` for pods in scope ${scopes}` : '',
          breakdown,
        },
        related: shown.map((contribution) => ({
          manifest: contribution.maximum.manifest,
          path: contribution.maximum.path,
          message: `${describe(contribution)} (${counted(contribution.maximum.pods, 'pod')} from ${contribution.maximum.source}${contribution.pods > contribution.maximum.pods ? `, plus ${contribution.pods - contribution.maximum.pods} during a rollout` : ''}).`,
        })),
      });
    }
  },
});
