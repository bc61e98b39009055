import {
  describeContainer,
  effectiveRequest,
  hasReadableResources,
  podLevelQuantity,
  podLevelResources,
} from '../../k8s/resources.js';
import { WORKLOAD_KINDS } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';
import { wordList } from '../../shared/words.js';

interface Options {
  resources: string[];
  includeInitContainers: boolean;
}

export default defineRule<'missing', Options>({
  id: 'missing-requests',
  meta: {
    description: 'Require every running container to request cpu and memory',
    severity: 'warning',
    category: 'requests',
    kinds: [...WORKLOAD_KINDS],
    scope: 'set',
    messages: {
      missing:
        '{{container}} of {{kind}} "{{name}}" has no {{resources}} request: the scheduler places its pods as if they needed no {{resources}}, so they pack onto busy nodes and are among the first evicted under node pressure{{autoscaled}}. Set {{fields}} (or give namespace "{{namespace}}" a LimitRange defaultRequest).',
    },
    rationale:
      "Requests are what the scheduler reserves, what the cluster autoscaler sizes nodes by, what an HPA divides usage by, and what decides a pod's QoS class. A container without them is scheduled as if it used nothing: nodes get over-packed, the pod is evicted early under pressure, and cpu/memory utilization autoscaling fails. The rule looks at what the cluster will run, not only at what is written: a limit without a request becomes the request (API defaulting), and a LimitRange of `type: Container` in the same namespace fills a missing request from its `defaultRequest`, else its `default`, else its `max`, else its `min`, as Kubernetes defaults them. Pod-level `spec.resources` (on by default from Kubernetes 1.34) cover every container. Containers counted: regular containers and native sidecars (init containers with `restartPolicy: Always`), which run for the pod's whole life. Ordinary init containers are not counted by default: their requests only matter for scheduling when one is larger than the running containers' sum (the pod reserves the larger of the two), and a missing one never changes what the running pod is given; set `includeInitContainers: true` to require them too. Workloads: Deployment, StatefulSet, ReplicaSet, ReplicationController, DaemonSet, Job, CronJob and bare Pods.",
    remediation:
      'Set `resources.requests.cpu` and `resources.requests.memory` on each container from its observed usage (e.g. the VPA recommendation or a p95 of `container_cpu_usage_seconds_total`), or give the namespace a LimitRange with `defaultRequest` for containers that do not set their own.',
    defaultOptions: { resources: ['cpu', 'memory'], includeInitContainers: false },
    optionsSchema: {
      type: 'object',
      properties: {
        resources: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'Resources every container must request.',
        },
        includeInitContainers: {
          type: 'boolean',
          description:
            'Also require requests on ordinary init containers (native sidecars are always checked).',
        },
      },
      additionalProperties: false,
    },
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0.0\n          resources:\n            requests: {cpu: 250m}\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0.0\n          resources:\n            requests: {cpu: 250m, memory: 256Mi}\n',
    },
    peers:
      'kube-linter unset-cpu-requirements and unset-memory-requirements (the memory check looks at the limit, not the request), Polaris cpuRequestsMissing and memoryRequestsMissing (init containers excluded), kube-score container-resources (requests and limits; a limit alone is graded a warning) and Kyverno require-requests-limits (also requires a memory limit). None of them applies API defaulting or LimitRange defaults: a limit without a request, or a namespace LimitRange, satisfies scaleplan because the cluster then gives the container a request. See docs/peer-comparison.md.',
  },
  create(context) {
    const visit = (manifest: Manifest, options: Options): void => {
      const workload = context.set.workload(manifest);
      // A Rollout with workloadRef runs its Deployment's template: reported there.
      if (!workload?.ownsTemplate) {
        return;
      }
      const defaults = context.set.limitRangeDefaults(manifest.namespace);
      const podLevel = podLevelResources(workload, context.settings.kubeVersion);
      for (const container of workload.containers) {
        if (container.kind === 'init' && !options.includeInitContainers) {
          continue;
        }
        if (!hasReadableResources(container)) {
          continue;
        }
        const missing = options.resources.filter(
          (resource) =>
            !podLevelQuantity(workload, podLevel, resource) &&
            !effectiveRequest(workload, container, resource, defaults),
        );
        if (missing.length === 0) {
          continue;
        }
        context.report({
          manifest,
          path: [...container.path, 'resources', 'requests'],
          target: 'key',
          messageId: 'missing',
          data: {
            container: describeContainer(container),
            kind: manifest.kind,
            name: manifest.name,
            resources: wordList(missing, 'or'),
            fields: wordList(missing.map((resource) => `resources.requests.${resource}`)),
            namespace: manifest.namespace,
            autoscaled:
              context.set.autoscalersOf(manifest).length > 0
                ? `, and its autoscaler cannot scale on ${wordList(missing, 'or')} utilization`
                : '',
          },
          fix: `resources: {requests: {${missing.map((resource) => `${resource}: <${resource === 'cpu' ? 'cores' : 'quantity'}>`).join(', ')}}}`,
        });
      }
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  },
});
