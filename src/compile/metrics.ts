import { parseQuantity } from '../k8s/quantity.js';
import { quantityText } from '../plan/base.js';
import { seconds } from '../plan/model.js';
import type { CustomMetric, WorkloadSpec } from '../plan/types.js';
import type { Json } from './yaml.js';

export const DEFAULT_PROMETHEUS_URL = 'http://prometheus-operated.monitoring.svc:9090';
export const DEFAULT_REQUESTS_METRIC = 'http_requests_total';
export const DEFAULT_LATENCY_METRIC = 'http_request_duration_seconds';
export const DEFAULT_ERROR_MATCHER = 'code=~"5.."';

/** DCGM exporter series (etc/default-counters.csv of NVIDIA/dcgm-exporter). */
export const DCGM_GPU_UTIL = 'DCGM_FI_DEV_GPU_UTIL';
export const DCGM_FB_USED = 'DCGM_FI_DEV_FB_USED';
export const DCGM_FB_FREE = 'DCGM_FI_DEV_FB_FREE';
/**
 * dcgm-exporter labels the GPU's pod `pod`/`namespace`; scraped through a ServiceMonitor
 * without honorLabels, Prometheus renames them `exported_pod`/`exported_namespace` (the
 * exporter's own pod takes `pod`), dcgm-exporter#85. The rules map those unless the spec
 * names others (`prometheus.dcgm`).
 */
export const DCGM_POD_LABEL = 'exported_pod';
export const DCGM_NAMESPACE_LABEL = 'exported_namespace';

/** Names the HPA sees for the built-in GPU metrics. */
export const GPU_UTILIZATION_METRIC = 'gpu_utilization';
export const GPU_MEMORY_METRIC = 'gpu_memory_utilization';

/** Window of the rates the rules and queries compute. */
const RATE_WINDOW = '2m';

/** What the metric queries need to know about one workload in one environment. */
export interface MetricScope {
  /** Final namespace, when known (environment namespace, else the base object's). */
  namespace: string | undefined;
  /** PromQL regex matching the workload's pod names. */
  podPattern: string;
  requestsMetric: string;
  latencyMetric: string;
  dcgm: DcgmLabels;
}

/** The labels of dcgm-exporter's series that name the GPU's pod (`prometheus.dcgm`). */
export interface DcgmLabels {
  pod: string;
  namespace: string;
}

/** A prometheus-adapter rule and the list it belongs in. */
export interface AdapterRule {
  list: 'rules' | 'externalRules';
  /** The metric name the rule serves (its `name.as`); rules are de-duplicated by it. */
  name: string;
  rule: Json;
}

/** One scaling target, in every form the outputs need. */
export interface ScaleMetric {
  /** `autoscaling/v2` MetricSpec. */
  hpa: Json;
  /** KEDA trigger. */
  keda: Json;
  /** The adapter rule serving the HPA metric (none for cpu and memory). */
  adapter?: AdapterRule;
  /** For RUNBOOK.md: what the autoscaler holds, in words. */
  description: string;
}

/** A number as a Kubernetes quantity string: `10`, `1500m`. */
export function quantityFromNumber(value: number): string {
  if (Number.isInteger(value)) {
    return String(value);
  }
  const milli = Math.round(value * 1000 * 1e6) / 1e6;
  if (Number.isInteger(milli)) {
    return `${milli}m`;
  }
  return String(value);
}

/** A number as KEDA reads thresholds (a plain decimal string). */
function decimal(value: string | number): string {
  const parsed = parseQuantity(value) ?? 0;
  return String(Math.round(parsed * 1e9) / 1e9);
}

function percentNumber(value: string | number): number {
  return typeof value === 'number' ? value : Number(value.replace('%', ''));
}

function matchers(entries: readonly (string | undefined)[]): string {
  return `{${entries.filter((entry): entry is string => entry !== undefined).join(',')}}`;
}

function labelMatchers(selector: Readonly<Record<string, string>> | undefined): string[] {
  return Object.keys(selector ?? {})
    .sort()
    .map((key) => `${key}=${JSON.stringify(selector?.[key] ?? '')}`);
}

function podMatchers(scope: MetricScope, podLabel = 'pod', namespaceLabel = 'namespace'): string[] {
  const result: string[] = [];
  if (scope.namespace !== undefined) {
    result.push(`${namespaceLabel}=${JSON.stringify(scope.namespace)}`);
  }
  result.push(`${podLabel}=~${JSON.stringify(scope.podPattern)}`);
  return result;
}

export function requestsPerSecondMetricName(requestsMetric: string): string {
  return `${requestsMetric.replace(/_total$/, '')}_per_second`;
}

export function latencyMetricName(latencyMetric: string, percentile: number): string {
  return `${latencyMetric}_p${String(percentile).replace('.', '_')}`;
}

function podsMetric(name: string, averageValue: string): Json {
  return {
    type: 'Pods',
    pods: { metric: { name }, target: { type: 'AverageValue', averageValue } },
  };
}

function prometheusTrigger(
  name: string,
  query: string,
  threshold: string,
  metricType: 'AverageValue' | 'Value',
  serverAddress: string,
  activation?: string,
): Json {
  const metadata: Record<string, Json> = { serverAddress, query, threshold };
  if (activation !== undefined) {
    metadata.activationThreshold = activation;
  }
  return { type: 'prometheus', name, metricType, metadata };
}

const POD_RESOURCES = {
  overrides: { namespace: { resource: 'namespace' }, pod: { resource: 'pod' } },
};

function adapterPodsRule(
  series: string,
  name: string,
  metricsQuery: string,
  filters: string[],
): Json {
  return {
    seriesQuery: matchersQuery(series, [...filters, 'namespace!=""', 'pod!=""']),
    resources: POD_RESOURCES,
    name: { matches: `^${series}$`, as: name },
    metricsQuery,
  };
}

function matchersQuery(series: string, entries: string[]): string {
  return `${series}${matchers(entries)}`;
}

/** The group and resource prometheus-adapter maps an object label to. */
const OBJECT_RESOURCES: Readonly<Record<string, { group?: string; resource: string }>> = {
  Service: { resource: 'service' },
  Deployment: { group: 'apps', resource: 'deployment' },
  StatefulSet: { group: 'apps', resource: 'statefulset' },
  Ingress: { group: 'networking.k8s.io', resource: 'ingress' },
  Pod: { resource: 'pod' },
  Namespace: { resource: 'namespace' },
};

const OBJECT_API_VERSIONS: Readonly<Record<string, string>> = {
  Service: 'v1',
  Pod: 'v1',
  Namespace: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  Ingress: 'networking.k8s.io/v1',
};

function objectLabel(kind: string): string {
  return OBJECT_RESOURCES[kind]?.resource ?? kind.toLowerCase();
}

/**
 * The scaling targets of a workload in the canonical order (cpu, memory, gpu, gpuMemory,
 * requestsPerSecond, latency, then `metrics` as listed): the HPA controller and Argo CD
 * disagree about metric order, so it never depends on how the spec is written.
 */
export function scaleMetrics(
  workload: WorkloadSpec,
  scope: MetricScope,
  prometheusUrl: string,
  /** Names of objects as they are after the environment's prefix and suffix. */
  finalName: (name: string) => string,
): ScaleMetric[] {
  const scaleOn = workload.scaleOn ?? {};
  const result: ScaleMetric[] = [];
  for (const resource of ['cpu', 'memory'] as const) {
    const target = scaleOn[resource];
    if (target === undefined) {
      continue;
    }
    const utilization = percentNumber(target);
    result.push({
      hpa: {
        type: 'Resource',
        resource: {
          name: resource,
          target: { type: 'Utilization', averageUtilization: utilization },
        },
      },
      keda: { type: resource, metricType: 'Utilization', metadata: { value: String(utilization) } },
      description: `${resource === 'cpu' ? 'CPU' : 'Memory'} at ${utilization}% of the pods' requests (metrics-server)`,
    });
  }
  const dcgmPods = podMatchers(scope, scope.dcgm.pod, scope.dcgm.namespace);
  const dcgmResources = {
    overrides: {
      [scope.dcgm.namespace]: { resource: 'namespace' },
      [scope.dcgm.pod]: { resource: 'pod' },
    },
  };
  const dcgmSeries = (series: string): string =>
    matchersQuery(series, [`${scope.dcgm.namespace}!=""`, `${scope.dcgm.pod}!=""`]);
  if (scaleOn.gpu !== undefined) {
    const target = percentNumber(scaleOn.gpu);
    result.push({
      hpa: podsMetric(GPU_UTILIZATION_METRIC, String(target)),
      keda: prometheusTrigger(
        GPU_UTILIZATION_METRIC,
        `sum(avg by (${scope.dcgm.pod}) (${DCGM_GPU_UTIL}${matchers(dcgmPods)}))`,
        String(target),
        'AverageValue',
        prometheusUrl,
      ),
      adapter: {
        list: 'rules',
        name: GPU_UTILIZATION_METRIC,
        rule: {
          seriesQuery: dcgmSeries(DCGM_GPU_UTIL),
          resources: dcgmResources,
          name: { matches: `^${DCGM_GPU_UTIL}$`, as: GPU_UTILIZATION_METRIC },
          metricsQuery: 'avg(<<.Series>>{<<.LabelMatchers>>}) by (<<.GroupBy>>)',
        },
      },
      description: `GPU utilization at ${target}% per pod (DCGM ${DCGM_GPU_UTIL} through prometheus-adapter as ${GPU_UTILIZATION_METRIC})`,
    });
  }
  if (scaleOn.gpuMemory !== undefined) {
    const target = percentNumber(scaleOn.gpuMemory);
    const used = `${DCGM_FB_USED}${matchers(dcgmPods)}`;
    const free = `${DCGM_FB_FREE}${matchers(dcgmPods)}`;
    const by = `sum by (${scope.dcgm.pod})`;
    result.push({
      hpa: podsMetric(GPU_MEMORY_METRIC, String(target)),
      keda: prometheusTrigger(
        GPU_MEMORY_METRIC,
        `sum(${by} (${used}) / (${by} (${used}) + ${by} (${free})) * 100)`,
        String(target),
        'AverageValue',
        prometheusUrl,
      ),
      adapter: {
        list: 'rules',
        name: GPU_MEMORY_METRIC,
        rule: {
          seriesQuery: dcgmSeries(DCGM_FB_USED),
          resources: dcgmResources,
          name: { matches: `^${DCGM_FB_USED}$`, as: GPU_MEMORY_METRIC },
          metricsQuery: `sum(${DCGM_FB_USED}{<<.LabelMatchers>>}) by (<<.GroupBy>>) / (sum(${DCGM_FB_USED}{<<.LabelMatchers>>}) by (<<.GroupBy>>) + sum(${DCGM_FB_FREE}{<<.LabelMatchers>>}) by (<<.GroupBy>>)) * 100`,
        },
      },
      description: `GPU memory in use at ${target}% per pod (DCGM ${DCGM_FB_USED} / (${DCGM_FB_USED} + ${DCGM_FB_FREE}) as ${GPU_MEMORY_METRIC})`,
    });
  }
  if (scaleOn.requestsPerSecond !== undefined) {
    const name = requestsPerSecondMetricName(scope.requestsMetric);
    const target = quantityFromNumber(scaleOn.requestsPerSecond);
    result.push({
      hpa: podsMetric(name, target),
      keda: prometheusTrigger(
        name,
        `sum(rate(${scope.requestsMetric}${matchers(podMatchers(scope))}[${RATE_WINDOW}]))`,
        decimal(target),
        'AverageValue',
        prometheusUrl,
      ),
      adapter: {
        list: 'rules',
        name,
        rule: adapterPodsRule(
          scope.requestsMetric,
          name,
          `sum(rate(<<.Series>>{<<.LabelMatchers>>}[${RATE_WINDOW}])) by (<<.GroupBy>>)`,
          [],
        ),
      },
      description: `${scaleOn.requestsPerSecond} requests per second per pod (rate of ${scope.requestsMetric} as ${name})`,
    });
  }
  if (scaleOn.latency !== undefined) {
    const percentile = scaleOn.latency.percentile ?? 95;
    const quantile = String(Math.round(percentile * 10) / 1000);
    const name = latencyMetricName(scope.latencyMetric, percentile);
    const bucket = `${scope.latencyMetric}_bucket`;
    const targetSeconds = seconds(scaleOn.latency.target ?? '0s');
    const target = quantityFromNumber(targetSeconds);
    result.push({
      hpa: podsMetric(name, target),
      keda: prometheusTrigger(
        name,
        `histogram_quantile(${quantile}, sum by (le) (rate(${bucket}${matchers(podMatchers(scope))}[${RATE_WINDOW}])))`,
        decimal(target),
        'Value',
        prometheusUrl,
      ),
      adapter: {
        list: 'rules',
        name,
        rule: adapterPodsRule(
          bucket,
          name,
          `histogram_quantile(${quantile}, sum(rate(<<.Series>>{<<.LabelMatchers>>}[${RATE_WINDOW}])) by (le, <<.GroupBy>>))`,
          [],
        ),
      },
      description: `p${percentile} request latency of ${scaleOn.latency.target} per pod (${bucket} as ${name})`,
    });
  }
  for (const metric of scaleOn.metrics ?? []) {
    result.push(customMetric(metric, scope, prometheusUrl, finalName));
  }
  return result;
}

function customMetric(
  metric: CustomMetric,
  scope: MetricScope,
  prometheusUrl: string,
  finalName: (name: string) => string,
): ScaleMetric {
  const type = metric.type ?? 'Pods';
  const series = metric.series ?? metric.name;
  const filters = labelMatchers(metric.selector);
  const rate = metric.rate === true;
  const wrap = (selector: string): string =>
    rate ? `rate(${selector}[${RATE_WINDOW}])` : selector;
  const averageValue =
    metric.averageValue !== undefined ? quantityText(metric.averageValue) : undefined;
  const value = metric.value !== undefined ? quantityText(metric.value) : undefined;
  const target: Json =
    averageValue !== undefined
      ? { type: 'AverageValue', averageValue }
      : { type: 'Value', value: value ?? '0' };
  const threshold = decimal(averageValue ?? value ?? '0');
  const metricType = averageValue !== undefined ? 'AverageValue' : 'Value';
  const activation = metric.activation !== undefined ? decimal(metric.activation) : undefined;
  const source = `${series}${rate ? ' (rate over 2m)' : ''}`;
  const goal = averageValue !== undefined ? `${averageValue} per pod` : `${value ?? '0'} in total`;
  if (type === 'Pods') {
    return {
      hpa: { type: 'Pods', pods: { metric: { name: metric.name }, target } },
      keda: prometheusTrigger(
        metric.name,
        `sum(${wrap(`${series}${matchers([...podMatchers(scope), ...filters])}`)})`,
        threshold,
        metricType,
        prometheusUrl,
        activation,
      ),
      adapter: {
        list: 'rules',
        name: metric.name,
        rule: adapterPodsRule(
          series,
          metric.name,
          `sum(${wrap(`<<.Series>>{${['<<.LabelMatchers>>', ...filters].join(',')}}`)}) by (<<.GroupBy>>)`,
          filters,
        ),
      },
      description: `${metric.name} at ${goal} (Pods metric from ${source})`,
    };
  }
  if (type === 'Object') {
    const object = metric.object ?? { kind: 'Service', name: '' };
    const label = objectLabel(object.kind);
    const resource = OBJECT_RESOURCES[object.kind] ?? { resource: label };
    const objectName = finalName(object.name);
    const namespace =
      scope.namespace !== undefined ? [`namespace=${JSON.stringify(scope.namespace)}`] : [];
    return {
      hpa: {
        type: 'Object',
        object: {
          describedObject: {
            apiVersion: object.apiVersion ?? OBJECT_API_VERSIONS[object.kind] ?? 'v1',
            kind: object.kind,
            name: object.name,
          },
          metric: { name: metric.name },
          target,
        },
      },
      keda: prometheusTrigger(
        metric.name,
        `sum(${wrap(`${series}${matchers([...namespace, `${label}=${JSON.stringify(objectName)}`, ...filters])}`)})`,
        threshold,
        metricType,
        prometheusUrl,
        activation,
      ),
      adapter: {
        list: 'rules',
        name: metric.name,
        rule: {
          seriesQuery: matchersQuery(series, [...filters, 'namespace!=""', `${label}!=""`]),
          resources: {
            overrides: { namespace: { resource: 'namespace' }, [label]: resource },
          },
          name: { matches: `^${series}$`, as: metric.name },
          metricsQuery: `sum(${wrap(`<<.Series>>{${['<<.LabelMatchers>>', ...filters].join(',')}}`)}) by (<<.GroupBy>>)`,
        },
      },
      description: `${metric.name} of ${object.kind} ${object.name} at ${goal} (Object metric from ${source})`,
    };
  }
  const hpaMetric: Record<string, Json> = { name: metric.name };
  if (metric.selector && Object.keys(metric.selector).length > 0) {
    hpaMetric.selector = { matchLabels: sortedRecord(metric.selector) };
  }
  return {
    hpa: { type: 'External', external: { metric: hpaMetric, target } },
    keda: prometheusTrigger(
      metric.name,
      `sum(${wrap(`${series}${matchers(filters)}`)})`,
      threshold,
      metricType,
      prometheusUrl,
      activation,
    ),
    adapter: {
      list: 'externalRules',
      name: metric.name,
      rule: {
        seriesQuery:
          filters.length > 0
            ? matchersQuery(series, filters)
            : `{__name__=${JSON.stringify(series)}}`,
        resources: { namespaced: false },
        name: { matches: `^${series}$`, as: metric.name },
        metricsQuery: `sum(${wrap('<<.Series>>{<<.LabelMatchers>>}')})`,
      },
    },
    description: `${metric.name} at ${goal} (External metric from ${source})`,
  };
}

export function sortedRecord(record: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(record).sort()) {
    result[key] = record[key] ?? '';
  }
  return result;
}
