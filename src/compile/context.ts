import {
  findBaseWorkload,
  podSelector,
  serviceFor,
  targetContainer,
  type BaseInfo,
  type BaseService,
  type BaseWorkload,
} from '../plan/base.js';
import {
  resolveBehavior,
  type Autoscaler,
  type Behavior,
  type EnvironmentView,
} from '../plan/resolve.js';
import { selectorMatches } from '../k8s/selectors.js';
import { objectName, replicaBounds, seconds } from '../plan/model.js';
import type { ObjectNames, ScalePlan, WorkloadSpec } from '../plan/types.js';
import {
  DCGM_NAMESPACE_LABEL,
  DCGM_POD_LABEL,
  DEFAULT_ERROR_MATCHER,
  DEFAULT_LATENCY_METRIC,
  DEFAULT_PROMETHEUS_URL,
  DEFAULT_REQUESTS_METRIC,
  scaleMetrics,
  type DcgmLabels,
  type ScaleMetric,
} from './metrics.js';
import type { Json } from './yaml.js';

export const MANAGED_BY_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/managed-by': 'scaleplan',
};

export interface PrometheusContext {
  url: string;
  adapterNamespace: string;
  adapterConfigMap: string;
  ruleLabels: Record<string, string>;
  /** How workloads are scraped: ServiceMonitors (the Prometheus Operator) or annotations. */
  scrape: 'serviceMonitor' | 'annotations';
  /** The labels dcgm-exporter's series name the GPU's pod by. */
  dcgm: DcgmLabels;
}

/** One environment, with everything the generators share. */
export interface EnvironmentContext {
  plan: ScalePlan;
  view: EnvironmentView;
  base: BaseInfo;
  prometheus: PrometheusContext;
  /**
   * Namespace written into generated objects: none when the kustomization sets `namespace`
   * (it moves everything), else the base workloads' own namespace when they share one.
   */
  objectNamespace: string | undefined;
  /** The namespace the objects end up in, when known (for PromQL matchers). */
  finalNamespace: string | undefined;
  /** An object name as it is after the environment's `namePrefix`/`nameSuffix`. */
  finalName: (name: string) => string;
  workloads: WorkloadContext[];
}

/** One workload in one environment: its spec with overrides, and its base object. */
export interface WorkloadContext {
  name: string;
  spec: WorkloadSpec;
  kind: 'Deployment' | 'StatefulSet';
  autoscaler: Autoscaler;
  base: BaseWorkload;
  /** Container `resources` apply to. */
  container: string;
  bounds: { min: number; max: number };
  behavior: Behavior;
  metrics: ScaleMetric[];
  /** matchLabels selecting the workload's pods. */
  podLabels: Record<string, string>;
  service: BaseService | undefined;
  /** How the ServiceMonitor selects the Service (see serviceSelection). */
  serviceLabels: ServiceSelection;
  namespace: string | undefined;
  finalNamespace: string | undefined;
  requestsMetric: string;
  latencyMetric: string;
  errorMatcher: string;
  /** A counter of failed requests, when the service has one. */
  errorsMetric: string | undefined;
  /** PromQL regex of the pod names (`web-[a-z0-9]+-[a-z0-9]+`). */
  podPattern: string;
  /** Names of the generated objects (`names`, else the workload's), before prefix/suffix. */
  names: Readonly<Record<keyof ObjectNames, string>>;
}

const OBJECT_NAME_KINDS: readonly (keyof ObjectNames)[] = [
  'hpa',
  'scaledObject',
  'vpa',
  'pdb',
  'ingress',
  'serviceMonitor',
  'prometheusRule',
];

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function podNamePattern(kind: string, finalName: string): string {
  return kind === 'StatefulSet'
    ? `${escapeRegex(finalName)}-[0-9]+`
    : `${escapeRegex(finalName)}-[a-z0-9]+-[a-z0-9]+`;
}

/** Builds the generators' view of an environment. The spec must have passed `checkSpec`. */
export function environmentContext(
  plan: ScalePlan,
  view: EnvironmentView,
  base: BaseInfo,
): EnvironmentContext {
  const finalName = (name: string): string => `${view.namePrefix}${name}${view.nameSuffix}`;
  const baseNamespaces = new Set(base.workloads.map((workload) => workload.namespace));
  const sharedBaseNamespace = baseNamespaces.size === 1 ? [...baseNamespaces][0] : undefined;
  const objectNamespace = view.namespace === undefined ? sharedBaseNamespace : undefined;
  const prometheus: PrometheusContext = {
    url: view.prometheus.url ?? DEFAULT_PROMETHEUS_URL,
    adapterNamespace: view.prometheus.adapterNamespace ?? 'monitoring',
    adapterConfigMap:
      view.prometheus.adapterConfigMap ?? `${plan.metadata.name}-prometheus-adapter`,
    ruleLabels: { ...view.prometheus.ruleLabels },
    scrape: view.prometheus.scrape ?? 'serviceMonitor',
    dcgm: {
      pod: view.prometheus.dcgm?.podLabel ?? DCGM_POD_LABEL,
      namespace: view.prometheus.dcgm?.namespaceLabel ?? DCGM_NAMESPACE_LABEL,
    },
  };
  const workloads = view.workloads.map((resolved): WorkloadContext => {
    const spec = resolved.spec;
    const kind = spec.kind ?? 'Deployment';
    const baseWorkload = findBaseWorkload(base, kind, resolved.name);
    if (!baseWorkload) {
      throw new Error(`compile: workload ${resolved.name} is not in the base (checkSpec first)`);
    }
    const service = serviceFor(base, spec, baseWorkload);
    const bounds = replicaBounds(spec) ?? { min: 1, max: 1 };
    const namespace = view.namespace === undefined ? baseWorkload.namespace : undefined;
    const finalNamespace = view.namespace ?? baseWorkload.namespace;
    const requestsMetric =
      spec.monitoring?.requestsMetric ?? view.prometheus.requestsMetric ?? DEFAULT_REQUESTS_METRIC;
    const latencyMetric =
      spec.monitoring?.latencyMetric ?? view.prometheus.latencyMetric ?? DEFAULT_LATENCY_METRIC;
    const podPattern = podNamePattern(kind, finalName(resolved.name));
    return {
      name: resolved.name,
      spec,
      kind,
      autoscaler: spec.autoscaler ?? 'hpa',
      base: baseWorkload,
      container: targetContainer(spec, baseWorkload) ?? resolved.name,
      bounds,
      behavior: resolveBehavior(spec, seconds),
      metrics: scaleMetrics(
        spec,
        {
          namespace: finalNamespace,
          podPattern,
          requestsMetric,
          latencyMetric,
          dcgm: prometheus.dcgm,
        },
        prometheus.url,
        finalName,
      ),
      podLabels: podSelector(baseWorkload),
      service,
      serviceLabels: serviceSelection(base, service),
      namespace,
      finalNamespace,
      requestsMetric,
      latencyMetric,
      errorMatcher:
        spec.monitoring?.errorMatcher ?? view.prometheus.errorMatcher ?? DEFAULT_ERROR_MATCHER,
      errorsMetric: spec.monitoring?.errorsMetric ?? view.prometheus.errorsMetric,
      podPattern,
      names: Object.fromEntries(
        OBJECT_NAME_KINDS.map((kind) => [kind, objectName(resolved.name, spec, kind)]),
      ) as Record<keyof ObjectNames, string>,
    };
  });
  return {
    plan,
    view,
    base,
    prometheus,
    objectNamespace,
    finalNamespace: view.namespace ?? sharedBaseNamespace,
    finalName,
    workloads,
  };
}

/** `metadata` of a generated object: name, namespace when needed, labels. */
export function metadata(
  name: string,
  namespace: string | undefined,
  extraLabels: Readonly<Record<string, string>> = {},
  annotations?: Readonly<Record<string, string>>,
): Record<string, Json> {
  const result: Record<string, Json> = { name };
  if (namespace !== undefined) {
    result.namespace = namespace;
  }
  result.labels = { ...MANAGED_BY_LABELS, ...sorted(extraLabels) };
  if (annotations && Object.keys(annotations).length > 0) {
    result.annotations = sorted(annotations);
  }
  return result;
}

export function sorted(record: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(record).sort()) {
    result[key] = record[key] ?? '';
  }
  return result;
}

/**
 * Labels a ServiceMonitor selects a Service by, and those the overlay must add to the Service
 * for that. The Service's own labels do when no other Service of the base (same namespace)
 * carries them all: labels every Service shares, such as a Kustomize `labels` part-of, would
 * make one workload's ServiceMonitor scrape every Service. Without labels of its own, the
 * Service gets `app.kubernetes.io/name`; with only shared ones, `scaleplan.dev/service`.
 */
export interface ServiceSelection {
  select: Record<string, string>;
  add: Record<string, string>;
}

export const SERVICE_LABEL = 'scaleplan.dev/service';

export function serviceSelection(
  base: BaseInfo,
  service: BaseService | undefined,
): ServiceSelection {
  if (!service) {
    return { select: {}, add: {} };
  }
  const own = service.labels;
  if (Object.keys(own).length === 0) {
    const add = { 'app.kubernetes.io/name': service.name };
    return { select: add, add };
  }
  const shared = base.services.some(
    (other) =>
      other !== service &&
      other.namespace === service.namespace &&
      selectorMatches({ matchLabels: own, matchExpressions: [], matchesNone: false }, other.labels),
  );
  const select = sorted(own);
  if (!shared) {
    return { select, add: {} };
  }
  const add = { [SERVICE_LABEL]: service.name };
  return { select: sorted({ ...own, ...add }), add };
}
