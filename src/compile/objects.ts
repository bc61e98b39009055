import { GPU_RESOURCE, GPU_TAINT, patchAmounts, podPortOf, quantityText } from '../plan/base.js';
import { isEnabled, seconds } from '../plan/model.js';
import type { BaseService } from '../plan/base.js';
import type {
  IngressSpec,
  PriorityClassSpec,
  QuotaSpec,
  SharedIngressSpec,
} from '../plan/types.js';
import {
  metadata,
  sorted,
  type EnvironmentContext,
  type PrometheusContext,
  type WorkloadContext,
} from './context.js';
import type { Json } from './yaml.js';

export const INSTANCE_TYPE_LABEL = 'node.kubernetes.io/instance-type';
export const ZONE_LABEL = 'topology.kubernetes.io/zone';
export const HOSTNAME_LABEL = 'kubernetes.io/hostname';

/** The disruption budget as written: the spec's field, else `maxUnavailable: 1`. */
export function disruptionField(workload: WorkloadContext): {
  field: 'maxUnavailable' | 'minAvailable';
  value: number | string;
} {
  const disruption = workload.spec.disruption;
  if (disruption?.minAvailable !== undefined) {
    return { field: 'minAvailable', value: disruption.minAvailable };
  }
  return { field: 'maxUnavailable', value: disruption?.maxUnavailable ?? 1 };
}

/** A PodDisruptionBudget that leaves at least one eviction possible at the minimum scale. */
export function podDisruptionBudget(workload: WorkloadContext): Json {
  const { field, value } = disruptionField(workload);
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: metadata(workload.names.pdb, workload.namespace),
    spec: {
      [field]: value,
      selector: { matchLabels: workload.podLabels },
    },
  };
}

/** `spec.hard` of a quota: the shorthands expanded, keys sorted. */
export function quotaHard(quota: QuotaSpec): Record<string, string> {
  const hard: Record<string, string> = {};
  if (quota.cpu !== undefined) {
    hard['requests.cpu'] = quantityText(quota.cpu);
  }
  if (quota.memory !== undefined) {
    hard['requests.memory'] = quantityText(quota.memory);
  }
  if (quota.gpu !== undefined) {
    hard[`requests.${GPU_RESOURCE}`] = String(quota.gpu);
  }
  if (quota.pods !== undefined) {
    hard.pods = String(quota.pods);
  }
  if (quota.limits?.cpu !== undefined) {
    hard['limits.cpu'] = quantityText(quota.limits.cpu);
  }
  if (quota.limits?.memory !== undefined) {
    hard['limits.memory'] = quantityText(quota.limits.memory);
  }
  for (const [key, value] of Object.entries(quota.hard ?? {})) {
    hard[key] = quantityText(value);
  }
  return sorted(hard);
}

export function resourceQuotas(environment: EnvironmentContext): Json[] {
  return Object.keys(environment.view.quotas)
    .sort()
    .map((name) => ({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: metadata(name, environment.objectNamespace),
      spec: { hard: quotaHard(environment.view.quotas[name] ?? {}) },
    }));
}

/**
 * The PriorityClasses of a cluster: cluster-scoped, so written once for every environment on
 * it (the checks make sure the environments define each class alike).
 */
export function priorityClasses(classes: Readonly<Record<string, PriorityClassSpec>>): Json[] {
  return Object.keys(classes)
    .sort()
    .map((name) => {
      const priorityClass = classes[name] ?? { value: 0 };
      const object: Record<string, Json> = {
        apiVersion: 'scheduling.k8s.io/v1',
        kind: 'PriorityClass',
        metadata: metadata(name, undefined),
        value: priorityClass.value,
        globalDefault: priorityClass.globalDefault ?? false,
      };
      if (priorityClass.preemptionPolicy !== undefined) {
        object.preemptionPolicy = priorityClass.preemptionPolicy;
      }
      if (priorityClass.description !== undefined) {
        object.description = priorityClass.description;
      }
      return object;
    });
}

/** JSON with object keys sorted, so that `{key, value}` and `{value, key}` compare equal. */
function canonical(value: Json): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    typeof entry === 'object' && entry !== null && !Array.isArray(entry)
      ? Object.fromEntries(
          Object.entries(entry as Record<string, unknown>).sort(([x], [y]) =>
            x < y ? -1 : x > y ? 1 : 0,
          ),
        )
      : entry,
  );
}

export function sameJson(a: Json, b: Json): boolean {
  return canonical(a) === canonical(b);
}

function appendUnique(list: Json[], entry: Json): void {
  if (!list.some((existing) => sameJson(existing, entry))) {
    list.push(entry);
  }
}

function record(value: unknown): Record<string, Json> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : undefined;
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

/**
 * The pod-spec part of the workload patch. Strategic merge replaces lists without a merge key
 * (tolerations, nodeSelectorTerms, affinity terms), so those carry the base's entries too.
 */
function podSpecPatch(
  environment: EnvironmentContext,
  workload: WorkloadContext,
): Record<string, Json> {
  const spec = workload.spec;
  const podSpec: Record<string, Json> = {};
  if (spec.priorityClass !== undefined) {
    podSpec.priorityClassName = spec.priorityClass;
  }
  const placement = spec.placement ?? {};
  const affinity: Record<string, Json> = {};
  const pool =
    placement.nodePool !== undefined ? environment.view.nodePools[placement.nodePool] : undefined;
  const baseAffinity = workload.base.affinity;
  const expressions: Json[] = [];
  if (pool && (pool.instanceTypes ?? []).length > 0) {
    expressions.push({
      key: INSTANCE_TYPE_LABEL,
      operator: 'In',
      values: [...(pool.instanceTypes ?? [])],
    });
  }
  for (const key of Object.keys(pool?.labels ?? {}).sort()) {
    expressions.push({ key, operator: 'In', values: [pool?.labels?.[key] ?? ''] });
  }
  const baseNodeAffinity = record(baseAffinity?.nodeAffinity);
  if (expressions.length > 0 && (placement.affinity ?? 'required') === 'preferred') {
    const terms = [...list(baseNodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution)];
    appendUnique(terms, {
      weight: placement.weight ?? 100,
      preference: { matchExpressions: expressions },
    });
    affinity.nodeAffinity = { preferredDuringSchedulingIgnoredDuringExecution: terms };
  } else if (expressions.length > 0) {
    const baseTerms = list(
      record(baseNodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution)?.nodeSelectorTerms,
    );
    const terms: Json[] =
      baseTerms.length === 0
        ? [{ matchExpressions: expressions }]
        : baseTerms.map((term) => {
            const existing = record(term) ?? {};
            return {
              ...existing,
              matchExpressions: [...list(existing.matchExpressions), ...expressions],
            };
          });
    affinity.nodeAffinity = {
      requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms },
    };
  }
  const antiAffinity = placement.antiAffinity ?? 'none';
  if (antiAffinity !== 'none') {
    const term = {
      labelSelector: { matchLabels: workload.podLabels },
      topologyKey: HOSTNAME_LABEL,
    };
    const baseAnti = record(baseAffinity?.podAntiAffinity) ?? {};
    if (antiAffinity === 'required') {
      const terms = [...list(baseAnti.requiredDuringSchedulingIgnoredDuringExecution)];
      appendUnique(terms, term);
      affinity.podAntiAffinity = { requiredDuringSchedulingIgnoredDuringExecution: terms };
    } else {
      const terms = [...list(baseAnti.preferredDuringSchedulingIgnoredDuringExecution)];
      appendUnique(terms, { weight: 100, podAffinityTerm: term });
      affinity.podAntiAffinity = { preferredDuringSchedulingIgnoredDuringExecution: terms };
    }
  }
  if (Object.keys(affinity).length > 0) {
    podSpec.affinity = affinity;
  }
  const tolerations: Json[] = [];
  if (pool) {
    if ((pool.gpus ?? 0) > 0 && !(pool.taints ?? []).some((taint) => taint.key === GPU_TAINT)) {
      tolerations.push({ key: GPU_TAINT, operator: 'Exists', effect: 'NoSchedule' });
    }
    for (const taint of pool.taints ?? []) {
      tolerations.push(
        taint.value === undefined
          ? { key: taint.key, operator: 'Exists', effect: taint.effect }
          : { key: taint.key, operator: 'Equal', value: taint.value, effect: taint.effect },
      );
    }
  }
  if (tolerations.length > 0) {
    const merged: Json[] = [...workload.base.tolerations] as Json[];
    for (const toleration of tolerations) {
      appendUnique(merged, toleration);
    }
    podSpec.tolerations = merged;
  }
  const spread = placement.spreadZones ?? false;
  if (spread !== false) {
    podSpec.topologySpreadConstraints = [
      {
        maxSkew: 1,
        topologyKey: ZONE_LABEL,
        whenUnsatisfiable: spread === 'required' ? 'DoNotSchedule' : 'ScheduleAnyway',
        labelSelector: { matchLabels: workload.podLabels },
      },
    ];
  }
  const { requests, limits } = patchAmounts(spec);
  if (Object.keys(requests).length > 0 || Object.keys(limits).length > 0) {
    const resources: Record<string, Json> = {};
    if (Object.keys(requests).length > 0) {
      resources.requests = requests;
    }
    if (Object.keys(limits).length > 0) {
      resources.limits = limits;
    }
    const isSidecar = workload.base.containers.some(
      (container) => container.name === workload.container && container.kind === 'sidecar',
    );
    podSpec[isSidecar ? 'initContainers' : 'containers'] = [
      { name: workload.container, resources },
    ];
  }
  return podSpec;
}

/**
 * The strategic-merge patch on the base workload: resources, placement, priority class, and
 * `replicas: null` (which deletes the field, whether or not the base sets it) when an
 * autoscaler owns the replica count — a Git sync must never reset it.
 */
export function workloadPatch(
  environment: EnvironmentContext,
  workload: WorkloadContext,
): Json | undefined {
  const spec: Record<string, Json> = {};
  if (workload.autoscaler === 'none') {
    spec.replicas = workload.bounds.min;
  } else {
    spec.replicas = null;
  }
  const podSpec = podSpecPatch(environment, workload);
  const annotations = scrapeAnnotations(environment, workload);
  const template: Record<string, Json> = {};
  if (annotations) {
    template.metadata = { annotations };
  }
  if (Object.keys(podSpec).length > 0) {
    template.spec = podSpec;
  }
  if (Object.keys(template).length > 0) {
    spec.template = template;
  }
  if (Object.keys(spec).length === 0) {
    return undefined;
  }
  const patchMetadata: Record<string, Json> = { name: workload.name };
  if (workload.base.namespace !== undefined) {
    patchMetadata.namespace = workload.base.namespace;
  }
  return { apiVersion: 'apps/v1', kind: workload.kind, metadata: patchMetadata, spec };
}

/**
 * With `prometheus.scrape: annotations`, the pod annotations Prometheus' `kubernetes-pods`
 * scrape job reads, in place of a ServiceMonitor: the pods' port behind the monitored Service
 * port, and the path.
 */
export function scrapeAnnotations(
  environment: EnvironmentContext,
  workload: WorkloadContext,
): Record<string, string> | undefined {
  const spec = workload.spec.monitoring;
  if (
    environment.prometheus.scrape !== 'annotations' ||
    !spec ||
    spec.enabled === false ||
    !workload.service ||
    spec.port === undefined
  ) {
    return undefined;
  }
  const port = podPortOf(workload.service, spec.port, workload.base);
  if (typeof port !== 'number') {
    throw new Error(`compile: ${port.problem} (checkSpec first)`);
  }
  return {
    'prometheus.io/path': spec.path ?? '/metrics',
    'prometheus.io/port': String(port),
    'prometheus.io/scrape': 'true',
  };
}

/** Labels the ServiceMonitor selects the Service by: its own, or with one the overlay adds. */
export function serviceMonitorLabels(workload: WorkloadContext): Record<string, string> {
  return workload.serviceLabels.select;
}

/** A patch giving the Service a label to be selected by, when its own do not single it out. */
export function serviceLabelPatch(
  workload: WorkloadContext,
  scrape: PrometheusContext['scrape'],
): Json | undefined {
  const service = workload.service;
  const add = workload.serviceLabels.add;
  if (
    !service ||
    Object.keys(add).length === 0 ||
    !isEnabled(workload.spec.monitoring) ||
    scrape === 'annotations'
  ) {
    return undefined;
  }
  const patchMetadata: Record<string, Json> = { name: service.name };
  if (service.namespace !== undefined) {
    patchMetadata.namespace = service.namespace;
  }
  patchMetadata.labels = add;
  return { apiVersion: 'v1', kind: 'Service', metadata: patchMetadata };
}

function durationSeconds(text: string): string {
  return String(Math.ceil(seconds(text)));
}

/** The settings a workload's own Ingress and a shared one have in common. */
export type IngressSettings = Pick<
  IngressSpec,
  | 'host'
  | 'className'
  | 'tls'
  | 'rateLimitRpm'
  | 'rateLimitRps'
  | 'timeout'
  | 'maxBodySize'
  | 'annotations'
>;

interface IngressPath {
  path: string;
  service: string;
  port: number | string;
}

function servicePort(service: BaseService, port: number | string | undefined): number | string {
  return port ?? service.ports[0]?.name ?? service.ports[0]?.port ?? 80;
}

/** An Ingress for the NGINX controller, with cert-manager TLS. */
function ingressObject(
  name: string,
  namespace: string | undefined,
  settings: IngressSettings,
  paths: readonly IngressPath[],
): Json {
  const annotations: Record<string, string> = { ...settings.annotations };
  if (settings.tls) {
    const key =
      (settings.tls.issuerKind ?? 'ClusterIssuer') === 'Issuer'
        ? 'cert-manager.io/issuer'
        : 'cert-manager.io/cluster-issuer';
    annotations[key] = settings.tls.issuer ?? '';
  }
  if (settings.rateLimitRpm !== undefined) {
    annotations['nginx.ingress.kubernetes.io/limit-rpm'] = String(settings.rateLimitRpm);
  }
  if (settings.rateLimitRps !== undefined) {
    annotations['nginx.ingress.kubernetes.io/limit-rps'] = String(settings.rateLimitRps);
  }
  if (settings.timeout !== undefined) {
    annotations['nginx.ingress.kubernetes.io/proxy-read-timeout'] = durationSeconds(
      settings.timeout,
    );
    annotations['nginx.ingress.kubernetes.io/proxy-send-timeout'] = durationSeconds(
      settings.timeout,
    );
  }
  if (settings.maxBodySize !== undefined) {
    annotations['nginx.ingress.kubernetes.io/proxy-body-size'] = settings.maxBodySize;
  }
  const ingressSpec: Record<string, Json> = { ingressClassName: settings.className ?? 'nginx' };
  if (settings.tls) {
    ingressSpec.tls = [
      { hosts: [settings.host], secretName: settings.tls.secretName ?? `${name}-tls` },
    ];
  }
  ingressSpec.rules = [
    {
      host: settings.host,
      http: {
        paths: paths.map((entry) => ({
          path: entry.path,
          pathType: 'Prefix',
          backend: {
            service: {
              name: entry.service,
              port: typeof entry.port === 'number' ? { number: entry.port } : { name: entry.port },
            },
          },
        })),
      },
    },
  ];
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: metadata(name, namespace, {}, annotations),
    spec: ingressSpec,
  };
}

/** The workload's own Ingress (`ingress`). */
export function ingress(workload: WorkloadContext): Json | undefined {
  const spec = workload.spec.ingress;
  const service = workload.service;
  if (!spec || spec.enabled === false || !service) {
    return undefined;
  }
  const port = servicePort(service, spec.port);
  // The certificate Secret is named after the workload, whatever the Ingress is called.
  const settings = spec.tls
    ? { ...spec, tls: { ...spec.tls, secretName: spec.tls.secretName ?? `${workload.name}-tls` } }
    : spec;
  return ingressObject(
    workload.names.ingress,
    workload.namespace,
    settings,
    (spec.paths ?? ['/']).map((path) => ({ path, service: service.name, port })),
  );
}

/** A shared Ingress (`spec.ingresses.<name>`): one host, a path per workload. */
export function sharedIngress(
  environment: EnvironmentContext,
  name: string,
  spec: SharedIngressSpec,
): Json {
  const byName = new Map(environment.workloads.map((workload) => [workload.name, workload]));
  const paths = (spec.routes ?? []).map((route): IngressPath => {
    const service = byName.get(route.workload)?.service;
    if (!service) {
      throw new Error(
        `compile: route ${route.path} of ingress ${name} has no Service (checkSpec first)`,
      );
    }
    return { path: route.path, service: service.name, port: servicePort(service, route.port) };
  });
  const first = byName.get(spec.routes?.[0]?.workload ?? '');
  return ingressObject(name, first?.namespace, spec, paths);
}

/** A ServiceMonitor scraping the workload's Service on a named port. */
export function serviceMonitor(
  environment: EnvironmentContext,
  workload: WorkloadContext,
): Json | undefined {
  const spec = workload.spec.monitoring;
  if (
    environment.prometheus.scrape === 'annotations' ||
    !spec ||
    spec.enabled === false ||
    !workload.service ||
    spec.port === undefined
  ) {
    return undefined;
  }
  const endpoint: Record<string, Json> = {
    port: spec.port,
    path: spec.path ?? '/metrics',
    interval: spec.interval ?? '30s',
  };
  if (spec.scrapeTimeout !== undefined) {
    endpoint.scrapeTimeout = spec.scrapeTimeout;
  }
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: metadata(
      workload.names.serviceMonitor,
      workload.namespace,
      environment.prometheus.ruleLabels,
    ),
    spec: {
      selector: { matchLabels: serviceMonitorLabels(workload) },
      endpoints: [endpoint],
    },
  };
}
