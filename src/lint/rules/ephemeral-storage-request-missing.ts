import {
  podScopeFacts,
  quotaScopesMatch,
  readQuotaHard,
  readQuotaScopes,
  RESOURCE_QUOTA_KIND,
  type PodScopeFacts,
} from '../../k8s/quota.js';
import {
  describeContainer,
  effectiveLimit,
  effectiveRequest,
  hasReadableResources,
} from '../../k8s/resources.js';
import { WORKLOAD_KINDS } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

const RESOURCE = 'ephemeral-storage';

export default defineRule<'uncounted'>({
  id: 'ephemeral-storage-request-missing',
  meta: {
    description:
      'Require an ephemeral-storage request (or limit) on containers where a ResourceQuota constrains ephemeral storage',
    severity: 'warning',
    category: 'quota',
    kinds: [...WORKLOAD_KINDS],
    scope: 'set',
    messages: {
      uncounted:
        '{{container}} of {{kind}} "{{name}}" has no ephemeral-storage {{field}}, but ResourceQuota "{{quota}}" constrains {{key}} in namespace "{{namespace}}"; quota admission does not require it, so the pod is admitted and counted as 0: the quota limits nothing, the scheduler places the pod without regard to node disk, and the kubelet evicts it first under disk pressure. Set resources.{{fieldPath}}.ephemeral-storage (or a LimitRange default).',
    },
    rationale:
      "Unlike cpu and memory, `requests.ephemeral-storage` and `limits.ephemeral-storage` in a ResourceQuota do not make quota admission reject a pod that lacks them (Kubernetes keeps the required list to cpu and memory on purpose, which is why quota-missing-requests does not report them). Such a pod is charged 0: the namespace's storage quota silently stops working, the scheduler does not account for the pod's scratch space, and under node disk pressure the kubelet evicts pods that exceed their (zero) request first. The request is filled as Kubernetes fills it: from the container's limit, or the namespace's LimitRange defaults; quota scopes are honoured as in quota-missing-requests. Only where a quota constrains ephemeral storage: elsewhere it is a matter of taste.",
    remediation:
      'Add `resources.requests.ephemeral-storage` (and a limit when the quota has `limits.ephemeral-storage`) to each container, or a LimitRange with a `defaultRequest`/`default` for ephemeral-storage in the namespace.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: storage\n  namespace: shop\nspec:\n  hard: {requests.ephemeral-storage: 20Gi}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n          resources: {requests: {cpu: 100m, memory: 128Mi}}\n',
      correct:
        'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: storage\n  namespace: shop\nspec:\n  hard: {requests.ephemeral-storage: 20Gi}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n          resources: {requests: {cpu: 100m, memory: 128Mi, ephemeral-storage: 1Gi}}\n',
    },
    peers:
      'kube-score container-ephemeral-storage-request-and-limit asks every container for both, wherever it runs; scaleplan asks only where a quota constrains ephemeral storage, and accepts LimitRange defaults.',
  },
  create(context) {
    const visit = (manifest: Manifest): void => {
      const quotas = context.set.byKindIn(RESOURCE_QUOTA_KIND, manifest.namespace);
      const workload = quotas.length > 0 ? context.set.workload(manifest) : undefined;
      if (!workload?.ownsTemplate || workload.containers.length === 0) {
        return;
      }
      const defaults = context.set.limitRangeDefaults(manifest.namespace);
      let facts: PodScopeFacts | undefined;
      // One finding per container and field, for the first quota that constrains it.
      const reported = new Set<string>();
      for (const quota of quotas) {
        const scopes = readQuotaScopes(quota);
        const entries = readQuotaHard(quota).filter(
          (entry) => entry.usage?.type !== 'pods' && entry.usage?.resource === RESOURCE,
        );
        if (!scopes || entries.length === 0) {
          continue;
        }
        facts ??= podScopeFacts(workload, context.set, defaults, context.settings.kubeVersion);
        if (!quotaScopesMatch(scopes, facts)) {
          continue;
        }
        for (const container of workload.containers) {
          if (!hasReadableResources(container)) {
            continue;
          }
          for (const entry of entries) {
            const usage = entry.usage;
            if (!usage || usage.type === 'pods') {
              continue;
            }
            const present =
              usage.type === 'requests'
                ? effectiveRequest(workload, container, RESOURCE, defaults)
                : effectiveLimit(workload, container, RESOURCE, defaults);
            const once = `${container.path.join('.')}\u0000${usage.type}`;
            if (present || reported.has(once)) {
              continue;
            }
            reported.add(once);
            context.report({
              manifest,
              path: [...container.path, 'name'],
              target: 'value',
              messageId: 'uncounted',
              data: {
                container: describeContainer(container),
                kind: manifest.kind,
                name: manifest.name,
                field: usage.type === 'requests' ? 'request' : 'limit',
                fieldPath: usage.type,
                quota: quota.name,
                key: entry.key,
                namespace: manifest.namespace,
              },
              related: [
                {
                  manifest: quota,
                  path: entry.path,
                  target: 'key',
                  message: `ResourceQuota "${quota.name}" constrains ${entry.key} here.`,
                },
              ],
            });
          }
        }
      }
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  },
});
