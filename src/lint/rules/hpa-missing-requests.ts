import {
  HPA_KIND,
  metricNamePath,
  readAutoscalerResourceMetrics,
  readTargetRef,
  SCALED_OBJECT_KIND,
} from '../../k8s/autoscaling.js';
import {
  effectiveRequest,
  hasReadableResources,
  podLevelQuantity,
  podLevelResources,
} from '../../k8s/resources.js';
import type { FieldPath } from '../../source/locate.js';
import type { ContainerInfo } from '../../k8s/workloads.js';
import type { Manifest } from '../../k8s/manifest.js';
import { defineRule } from '../rule.js';
import { quotedList } from '../../shared/words.js';

/** The resources metrics-server serves, and so the only ones Utilization can use. */
const UTILIZATION_RESOURCES: ReadonlySet<string> = new Set(['cpu', 'memory']);

export default defineRule({
  id: 'hpa-missing-requests',
  meta: {
    description:
      'Require a request for the resource on every container an HPA measures by cpu or memory utilization',
    severity: 'error',
    category: 'requests',
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: 'set',
    messages: {
      missing:
        '{{autoscaler}} "{{name}}" scales on {{resource}} utilization, but {{containers}} of {{kind}} "{{target}}" {{verb}} no {{resource}} request: utilization is usage divided by the request, so the HPA reports FailedGetResourceMetric and never scales on {{resource}}. Set resources.requests.{{resource}} on {{pronoun}}, or target an AverageValue instead of a Utilization.',
      unknownContainer:
        '{{autoscaler}} "{{name}}" scales on the {{resource}} utilization of container "{{container}}", but no running container of {{kind}} "{{target}}" has that name{{hint}}: the HPA reports FailedGetContainerResourceMetric and never scales on it. Name one of {{names}}.',
    },
    rationale:
      "An HPA `Resource` metric with a `Utilization` target divides the pods' usage by their requests: the controller sums the request of every container that runs for the pod's life, regular containers and native sidecars (init containers with `restartPolicy: Always`), and if any one of them has none the whole metric fails (`missing request for cpu in container proxy`), the HPA reports `FailedGetResourceMetric`, and it never scales on that metric (with several metrics it still scales up on the others but refuses to scale down). Ordinary init containers are not part of the sum. A `ContainerResource` metric needs the request only on the container it names. `AverageValue` and `Value` targets compare raw usage and need no request. A request is there when the container writes it, when it has a limit (which becomes the request), when a LimitRange in the namespace gives a default, or (from Kubernetes 1.34) when pod-level `spec.resources` set it. KEDA ScaledObjects: `cpu` and `memory` triggers become the same metrics of the HPA that KEDA creates (`metricType` defaults to Utilization, `metadata.containerName` makes it a ContainerResource metric), and KEDA's admission webhook, when installed, rejects the ScaledObject outright. autoscaling/v1 HPAs always scale on cpu utilization (80 % by default).",
    remediation:
      'Set `resources.requests.<resource>` on every listed container (sidecars included), or give the namespace a LimitRange with `defaultRequest`, or scale on a `ContainerResource` metric for the main container only, or use an `AverageValue` target (e.g. `averageValue: 500m`).',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0.0\n          resources:\n            requests: {memory: 256Mi}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: {type: Utilization, averageUtilization: 70}\n',
      correct:
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0.0\n          resources:\n            requests: {cpu: 250m, memory: 256Mi}\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: {type: Utilization, averageUtilization: 70}\n',
    },
    peers:
      'No peer linter connects an HPA to the requests of its target; kube-linter, kube-score and Polaris only check requests per container (see missing-requests).',
  },
  create(context) {
    const visit = (autoscaler: Manifest): void => {
      const ref = readTargetRef(autoscaler);
      const target = ref && context.set.resolveTarget(ref, autoscaler.namespace);
      const workload = target && context.set.workload(target);
      if (!workload) {
        return;
      }
      const running = workload.runningContainers;
      if (running.length === 0 || !running.every(hasReadableResources)) {
        return;
      }
      const defaults = context.set.limitRangeDefaults(workload.namespace);
      const podLevel = podLevelResources(workload, context.settings.kubeVersion);
      const metrics = readAutoscalerResourceMetrics(autoscaler).filter(
        (metric) =>
          metric.name !== undefined &&
          UTILIZATION_RESOURCES.has(metric.name) &&
          metric.targetType === 'Utilization',
      );
      const common = {
        autoscaler: autoscaler.kind,
        name: autoscaler.name,
        kind: workload.kind,
        target: workload.manifest.name,
      };
      const reportMissing = (
        path: FieldPath,
        resource: string,
        lacking: readonly ContainerInfo[],
      ): void => {
        const names = lacking.map((container) => container.name);
        context.report({
          manifest: autoscaler,
          path,
          messageId: 'missing',
          data: {
            ...common,
            resource,
            containers: `${names.length === 1 ? 'container' : 'containers'} ${quotedList(names)}`,
            verb: names.length === 1 ? 'has' : 'have',
            pronoun: names.length === 1 ? 'it' : 'each of them',
          },
          related: lacking.map((container) => ({
            manifest: workload.templateManifest,
            path: [...container.path, 'resources', 'requests'],
            target: 'key' as const,
            message: `${container.kind === 'sidecar' ? 'Sidecar container' : 'Container'} "${container.name}" has no ${resource} request.`,
          })),
          fix: `resources: {requests: {${resource}: <${resource === 'cpu' ? 'cores' : 'quantity'}>}}`,
        });
      };
      for (const metric of metrics) {
        const resource = metric.name ?? '';
        const path = metricNamePath(autoscaler, metric);
        if (metric.type === 'ContainerResource') {
          if (metric.container === undefined) {
            continue; // schema-invalid reports the missing container name
          }
          const named = running.find((container) => container.name === metric.container);
          if (!named) {
            const init = workload.containers.find(
              (container) => container.name === metric.container,
            );
            context.report({
              manifest: autoscaler,
              path,
              messageId: 'unknownContainer',
              data: {
                ...common,
                resource,
                container: metric.container,
                hint: init ? ' (it is an init container, which the HPA does not measure)' : '',
                names: quotedList(running.map((container) => container.name)),
              },
              related: [
                {
                  manifest: workload.templateManifest,
                  path: init?.path ?? [...workload.podSpecPath, 'containers'],
                  message: init
                    ? `Init container "${init.name}" is defined here.`
                    : `The containers of ${workload.kind} "${workload.manifest.name}".`,
                },
              ],
            });
            continue;
          }
          if (effectiveRequest(workload, named, resource, defaults)) {
            continue;
          }
          reportMissing(path, resource, [named]);
          continue;
        }
        if (podLevelQuantity(workload, podLevel, resource)) {
          continue;
        }
        const lacking = running.filter(
          (container) => !effectiveRequest(workload, container, resource, defaults),
        );
        if (lacking.length > 0) {
          reportMissing(path, resource, lacking);
        }
      }
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  },
});
