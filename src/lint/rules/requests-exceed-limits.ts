import { isExtendedResource } from '../../k8s/quantity.js';
import {
  describeContainer,
  hasReadableResources,
  quantityGreater,
  writtenQuantity,
} from '../../k8s/resources.js';
import { containerResources, WORKLOAD_KINDS } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'requests-exceed-limits',
  meta: {
    description: 'Disallow a container request larger than its limit',
    severity: 'error',
    category: 'requests',
    kinds: [...WORKLOAD_KINDS],
    scope: 'set',
    messages: {
      exceeds:
        '{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} but is limited to {{limit}}: the API server rejects it ("must be less than or equal to {{resource}} limit"), so the apply or sync fails. Lower the request to at most {{limit}} or raise the limit.',
      exceedsDefaultLimit:
        '{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} and sets no limit, so LimitRange "{{limitRange}}" gives it the default limit {{limit}}, below the request: the {{kind}} is accepted, but every pod it creates is rejected at admission ("must be less than or equal to {{resource}} limit"). Set a {{resource}} limit of at least {{request}}, or lower the request.',
    },
    rationale:
      'A request is what the scheduler reserves and a limit is the most the container may use; a request above the limit is a contradiction the API server refuses (for the pod template of a Deployment, StatefulSet, Job… as for a bare Pod), so the whole apply or Argo CD sync fails. The subtler case is a container that sets a request but no limit in a namespace whose LimitRange has a default limit (`default`, or `max` when `default` is absent) below that request: the workload object is accepted, LimitRanger adds the default limit to each pod at creation, and every pod is then rejected, so the ReplicaSet or Job never gets a pod and reports FailedCreate. Quantities are compared by value in every notation (`500m` = `0.5`, `1Gi` = `1024Mi`, `1e3` = `1k`). Extended resources such as `nvidia.com/gpu` must have request equal to limit; extended-resource-limits reports those.',
    remediation:
      'Make each request at most its limit (for Guaranteed QoS, set them equal), or, when a LimitRange supplies the limit, write a limit on the container.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0.0\n          resources:\n            requests: {cpu: 1500m, memory: 512Mi}\n            limits: {cpu: "1", memory: 512Mi}\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0.0\n          resources:\n            requests: {cpu: 500m, memory: 512Mi}\n            limits: {cpu: "1", memory: 512Mi}\n',
    },
    peers:
      'kube-score, kube-linter and Polaris do not compare requests with limits (kubeconform-based schema checks cannot: the constraint is in API server code). kube-score container-resource-requests-equal-limits (optional) is stricter: it wants them equal.',
  },
  create(context) {
    const visit = (manifest: Manifest): void => {
      const workload = context.set.workload(manifest);
      // A Rollout with workloadRef runs its Deployment's template: reported there.
      if (!workload?.ownsTemplate) {
        return;
      }
      const defaults = context.set.limitRangeDefaults(manifest.namespace);
      for (const container of workload.containers) {
        if (!hasReadableResources(container)) {
          continue;
        }
        for (const resource of Object.keys(containerResources(container.container, 'requests'))) {
          if (isExtendedResource(resource)) {
            continue;
          }
          const request = writtenQuantity(workload, container, 'requests', resource);
          if (request?.value === undefined) {
            continue;
          }
          const written = writtenQuantity(workload, container, 'limits', resource);
          const limit = written ?? defaults.limit(resource);
          if (limit?.value === undefined || !quantityGreater(request.value, limit.value)) {
            continue;
          }
          const data = {
            container: describeContainer(container),
            kind: manifest.kind,
            name: manifest.name,
            resource,
            request: String(request.raw),
            limit: String(limit.raw),
          };
          if (written) {
            context.report({ manifest, path: request.path, messageId: 'exceeds', data });
          } else {
            context.report({
              manifest,
              path: request.path,
              messageId: 'exceedsDefaultLimit',
              data: { ...data, limitRange: limit.manifest.name },
              related: [
                {
                  manifest: limit.manifest,
                  path: limit.path,
                  message: `LimitRange "${limit.manifest.name}" sets the default ${resource} limit here.`,
                },
              ],
              fix: `resources: {limits: {${resource}: ${String(request.raw)}}}`,
            });
          }
        }
      }
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  },
});
