import { HPA_KIND, metricNamePath, readHpaMetrics } from '../../k8s/autoscaling.js';
import { defineRule } from '../rule.js';

/** What the resource metrics API (metrics.k8s.io: metrics-server, prometheus-adapter) serves. */
const SERVED_RESOURCES: ReadonlySet<string> = new Set(['cpu', 'memory']);

export default defineRule({
  id: 'hpa-unsupported-resource-metric',
  meta: {
    description:
      'Disallow HPA Resource and ContainerResource metrics on anything but cpu and memory',
    severity: 'error',
    category: 'quota',
    kinds: [HPA_KIND],
    scope: 'object',
    messages: {
      unsupported:
        'HorizontalPodAutoscaler "{{name}}" scales on the {{resource}} {{type}} metric, but the resource metrics API (metrics-server) serves only cpu and memory: the HPA reports {{reason}} and {{consequence}}. {{instead}}',
    },
    rationale:
      "`Resource` and `ContainerResource` metrics are read from the resource metrics API (`metrics.k8s.io`), which metrics-server (and prometheus-adapter's resource rules) fill with cpu and memory usage only. The API server accepts any resource name there, so an HPA on `nvidia.com/gpu` or `ephemeral-storage` applies cleanly and then never gets a value: with no other metric the workload stays at its current size; with other metrics the HPA still scales up on those but refuses to scale down while one metric fails. GPU utilization comes from the NVIDIA DCGM exporter (`DCGM_FI_DEV_GPU_UTIL`, `DCGM_FI_DEV_FB_USED`) through Prometheus and prometheus-adapter as a `Pods` metric (or from KEDA's prometheus trigger).",
    remediation:
      'Replace the metric with a `Pods` metric served by prometheus-adapter, e.g. `{type: Pods, pods: {metric: {name: DCGM_FI_DEV_GPU_UTIL}, target: {type: AverageValue, averageValue: "80"}}}` with an adapter rule that maps the DCGM exporter series to pods, or an `External` metric.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: inference\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}\n  minReplicas: 2\n  maxReplicas: 8\n  metrics:\n    - type: Resource\n      resource:\n        name: nvidia.com/gpu\n        target: {type: Utilization, averageUtilization: 80}\n',
      correct:
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: inference\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}\n  minReplicas: 2\n  maxReplicas: 8\n  metrics:\n    - type: Pods\n      pods:\n        metric: {name: DCGM_FI_DEV_GPU_UTIL}\n        target: {type: AverageValue, averageValue: "80"}\n',
    },
    peers:
      'No peer linter checks which resources an HPA metric names; schema validation accepts any resource name.',
  },
  create(context) {
    return {
      [HPA_KIND](hpa) {
        const metrics = readHpaMetrics(hpa);
        for (const metric of metrics) {
          if (
            (metric.type !== 'Resource' && metric.type !== 'ContainerResource') ||
            metric.name === undefined ||
            SERVED_RESOURCES.has(metric.name)
          ) {
            continue;
          }
          const nvidia = metric.name.startsWith('nvidia.com/');
          const gpu = /gpu/i.test(metric.name);
          const source = metric.type === 'Resource' ? 'resource' : 'containerResource';
          const utilization = hpa.get([...metric.path, source, 'target', 'averageUtilization']);
          const target =
            typeof utilization === 'number' && Number.isInteger(utilization) && utilization > 0
              ? utilization
              : 80;
          context.report({
            manifest: hpa,
            path: metricNamePath(hpa, metric),
            messageId: 'unsupported',
            data: {
              name: hpa.name,
              resource: metric.name,
              type: metric.type,
              reason:
                metric.type === 'Resource'
                  ? 'FailedGetResourceMetric'
                  : 'FailedGetContainerResourceMetric',
              consequence:
                metrics.length > 1
                  ? 'never scales down while it fails (it still scales up on its other metrics)'
                  : 'never scales the workload',
              instead: nvidia
                ? 'Scale on a Pods metric instead, such as DCGM_FI_DEV_GPU_UTIL from the NVIDIA DCGM exporter through prometheus-adapter.'
                : gpu
                  ? "Scale on a Pods metric instead, from your GPU exporter's utilization series (for AMD, the device metrics exporter) through prometheus-adapter."
                  : 'Scale on a Pods or External metric from Prometheus (through prometheus-adapter or KEDA) instead.',
            },
            fix: nvidia
              ? `{type: Pods, pods: {metric: {name: DCGM_FI_DEV_GPU_UTIL}, target: {type: AverageValue, averageValue: "${target}"}}}`
              : '{type: Pods, pods: {metric: {name: <prometheus-adapter metric>}, target: {type: AverageValue, averageValue: <value>}}}',
          });
        }
      },
    };
  },
});
