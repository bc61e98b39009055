import {
  describeQuotaScopes,
  podScopeFacts,
  quotaScopesMatch,
  readQuotaHard,
  readQuotaScopes,
  REQUIRED_QUOTA_KEYS,
  RESOURCE_QUOTA_KIND,
  type PodScopeFacts,
  type QuotaHardEntry,
} from '../../k8s/quota.js';
import {
  describeContainer,
  effectiveLimit,
  effectiveRequest,
  hasReadableResources,
  podLevelResources,
} from '../../k8s/resources.js';
import { WORKLOAD_KINDS } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';
import { wordList } from '../../shared/words.js';

export default defineRule({
  id: 'quota-missing-requests',
  meta: {
    description:
      'Require containers to set the cpu and memory requests and limits that a ResourceQuota of their namespace constrains',
    severity: 'error',
    category: 'quota',
    kinds: [...WORKLOAD_KINDS],
    scope: 'set',
    messages: {
      missing:
        '{{container}} of {{kind}} "{{name}}" has no {{missing}}, but ResourceQuota "{{quota}}" in namespace "{{namespace}}" constrains {{keys}}{{scopes}}: quota admission rejects its pods ("must specify {{requirement}}"), so {{consequence}}. Set {{fields}} on the container, or give the namespace a LimitRange with defaults.',
    },
    rationale:
      'When a ResourceQuota in a namespace tracks `cpu`, `memory` (both meaning requests), `requests.cpu`, `requests.memory`, `limits.cpu` or `limits.memory`, the quota admission plugin rejects every pod that has a container, init containers and sidecars included, without that value ("must specify limits.memory for: app"). A Deployment, Job or CronJob is still accepted, so the failure shows up only as FailedCreate events on the ReplicaSet or Job while the workload never gets a pod. Kubernetes limits this requirement to cpu and memory on purpose: a quota on `requests.ephemeral-storage`, hugepages or `requests.nvidia.com/gpu` counts the pods but does not require the field, so those are not reported. Values the cluster fills in count: a limit becomes the request, LimitRange defaults of the namespace (`defaultRequest`, `default`, `max`, `min`, defaulted as Kubernetes does) fill both, and pod-level `spec.resources` (Kubernetes 1.34+) exempt the pod from the check. Quota scopes are modelled: `BestEffort`/`NotBestEffort` (QoS after defaults), `Terminating`/`NotTerminating` (`activeDeadlineSeconds` on the pod spec), `CrossNamespacePodAffinity`, and `PriorityClass` in `scopes` or `scopeSelector` (In, NotIn, Exists, DoesNotExist), where a pod without `priorityClassName` takes the set\'s `globalDefault` PriorityClass as the Priority admission plugin does; scopes that only select PersistentVolumeClaims never apply. A quota whose scopes are malformed is skipped.',
    remediation:
      'Set the constrained requests and limits on every container (init containers and sidecars too), or add a LimitRange with `default` and `defaultRequest` for containers in the namespace so that Kubernetes fills them in.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: compute\n  namespace: shop\nspec:\n  hard:\n    requests.cpu: "20"\n    limits.memory: 64Gi\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0.0\n          resources:\n            requests: {cpu: 500m, memory: 512Mi}\n',
      correct:
        'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: compute\n  namespace: shop\nspec:\n  hard:\n    requests.cpu: "20"\n    limits.memory: 64Gi\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0.0\n          resources:\n            requests: {cpu: 500m, memory: 512Mi}\n            limits: {memory: 1Gi}\n',
    },
    peers:
      'No peer linter relates ResourceQuotas to containers; kube-score, Polaris and Kyverno require requests (and some limits) everywhere, whatever the quota says.',
  },
  create(context) {
    const visit = (manifest: Manifest): void => {
      const quotas = context.set.byKindIn(RESOURCE_QUOTA_KIND, manifest.namespace);
      const workload = quotas.length > 0 ? context.set.workload(manifest) : undefined;
      if (!workload?.ownsTemplate || workload.containers.length === 0) {
        return;
      }
      // Pods with pod-level cpu/memory are exempt from the per-container check.
      if (podLevelResources(workload, context.settings.kubeVersion)) {
        return;
      }
      const defaults = context.set.limitRangeDefaults(manifest.namespace);
      let facts: PodScopeFacts | undefined;
      for (const quota of quotas) {
        const scopes = readQuotaScopes(quota);
        const required = readQuotaHard(quota).filter((entry) => REQUIRED_QUOTA_KEYS.has(entry.key));
        if (!scopes || required.length === 0) {
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
          // What the container lacks, each with the quota keys that require it.
          const lacking = new Map<
            string,
            { type: 'requests' | 'limits'; resource: string; keys: QuotaHardEntry[] }
          >();
          for (const entry of required) {
            const usage = entry.usage;
            if (!usage || usage.type === 'pods') {
              continue;
            }
            const present =
              usage.type === 'requests'
                ? effectiveRequest(workload, container, usage.resource, defaults)
                : effectiveLimit(workload, container, usage.resource, defaults);
            if (present) {
              continue;
            }
            const field = `${usage.type}.${usage.resource}`;
            const found = lacking.get(field);
            if (found) {
              found.keys.push(entry);
            } else {
              lacking.set(field, { type: usage.type, resource: usage.resource, keys: [entry] });
            }
          }
          if (lacking.size === 0) {
            continue;
          }
          const missing = [...lacking.values()];
          const keys = missing.flatMap((item) => item.keys);
          const [first] = missing;
          context.report({
            manifest,
            path: [
              ...container.path,
              'resources',
              first?.type ?? 'requests',
              first?.resource ?? '',
            ],
            target: 'key',
            messageId: 'missing',
            data: {
              container: describeContainer(container),
              kind: manifest.kind,
              name: manifest.name,
              missing: wordList(
                missing.map(
                  (item) => `${item.resource} ${item.type === 'requests' ? 'request' : 'limit'}`,
                ),
              ),
              quota: quota.name,
              namespace: manifest.namespace,
              keys: wordList(keys.map((entry) => entry.key)),
              // The admission error, as Kubernetes words it for this container.
              requirement: keys
                .map((entry) => `${entry.key} for: ${container.name}`)
                .sort()
                .join('; '),
              scopes: scopes.length > 0 ? ` for pods in scope ${describeQuotaScopes(scopes)}` : '',
              consequence:
                manifest.kind === 'Pod'
                  ? 'the Pod is never created'
                  : `the ${manifest.kind} is accepted but never gets a pod (FailedCreate)`,
              fields: wordList(missing.map((item) => `resources.${item.type}.${item.resource}`)),
            },
            related: keys.map((entry) => ({
              manifest: quota,
              path: entry.path,
              target: 'key' as const,
              message: `ResourceQuota "${quota.name}" constrains ${entry.key} here.`,
            })),
          });
        }
      }
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  },
});
