import type { ContainerKind } from '../k8s/workloads.js';
import { parseQuantity } from '../k8s/quantity.js';
import type { JsonObject } from '../k8s/manifest.js';
import type { ResourceAmounts, WorkloadSpec } from './types.js';

/** What the compiler needs to know about the objects of the base (read by compile/read-base). */
export interface BaseContainer {
  name: string;
  kind: ContainerKind;
  requests: Readonly<Record<string, unknown>>;
  limits: Readonly<Record<string, unknown>>;
  /** `ports` of the container: named ones let a Service's `targetPort` name them. */
  ports?: readonly { name: string | undefined; containerPort: number }[];
}

export interface BaseWorkload {
  kind: string;
  name: string;
  namespace: string | undefined;
  /** `spec.selector` as written. */
  selector: JsonObject | undefined;
  templateLabels: Readonly<Record<string, string>>;
  containers: readonly BaseContainer[];
  /** `spec.replicas` when the base sets it. */
  replicas: unknown;
  tolerations: readonly JsonObject[];
  /** `affinity` of the pod spec, as written. */
  affinity: JsonObject | undefined;
  topologySpreadConstraints: readonly JsonObject[];
  priorityClassName: string | undefined;
}

export interface BasePort {
  name: string | undefined;
  port: number;
  /** `targetPort` as written (a number or a container port's name); default `port`. */
  targetPort?: number | string;
}

export interface BaseService {
  name: string;
  namespace: string | undefined;
  labels: Readonly<Record<string, string>>;
  selector: Readonly<Record<string, string>>;
  ports: readonly BasePort[];
}

/** An object of the base that refers to a workload (HPA, ScaledObject, VPA) or selects pods. */
export interface BaseReference {
  kind: string;
  name: string;
  namespace: string | undefined;
  /** Target workload kind/name for autoscalers and VPAs. */
  target?: { kind: string; name: string };
  /** Pod selector (matchLabels) for PDBs. */
  selector?: Readonly<Record<string, string>>;
  /** `spec.updatePolicy.updateMode` of a VPA, when it sets one (the VPA default is Recreate). */
  updateMode?: string;
}

export interface BaseInfo {
  /** The base as the spec writes it (`./base`), for messages. */
  display: string;
  workloads: readonly BaseWorkload[];
  services: readonly BaseService[];
  /** HPAs, ScaledObjects, VPAs and PDBs already in the base. */
  references: readonly BaseReference[];
  /**
   * Cluster-scoped objects of the base (a Namespace, a StorageClass): every overlay of the base
   * writes them, so environments sharing a cluster cannot both build from it.
   */
  clusterScoped: readonly { kind: string; name: string }[];
}

export const GPU_RESOURCE = 'nvidia.com/gpu';
export const GPU_TAINT = 'nvidia.com/gpu';

export function findBaseWorkload(
  base: BaseInfo,
  kind: string,
  name: string,
): BaseWorkload | undefined {
  return base.workloads.find((workload) => workload.kind === kind && workload.name === name);
}

/** The container the spec's `resources` apply to: `container`, else the first one. */
export function targetContainer(
  workload: WorkloadSpec,
  base: BaseWorkload | undefined,
): string | undefined {
  if (workload.container !== undefined) {
    return workload.container;
  }
  return base?.containers.find((container) => container.kind === 'container')?.name;
}

/** Spec resource amounts as Kubernetes resource names → quantities, in a fixed order. */
export function kubernetesAmounts(amounts: ResourceAmounts | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  if (!amounts) {
    return result;
  }
  if (amounts.cpu !== undefined) {
    result.cpu = quantityText(amounts.cpu);
  }
  if (amounts.memory !== undefined) {
    result.memory = quantityText(amounts.memory);
  }
  if (amounts.ephemeralStorage !== undefined) {
    result['ephemeral-storage'] = quantityText(amounts.ephemeralStorage);
  }
  if (amounts.gpu !== undefined) {
    result[GPU_RESOURCE] = String(amounts.gpu);
  }
  return result;
}

/** A quantity as Kubernetes writes it in manifests (a string). */
export function quantityText(value: string | number): string {
  return typeof value === 'number' ? String(value) : value.trim();
}

/** Requests and limits of one container after the spec's patch, as numbers. */
export interface EffectiveContainer {
  name: string;
  kind: ContainerKind;
  requests: Map<string, number>;
  limits: Map<string, number>;
}

function numericAmounts(values: Readonly<Record<string, unknown>>): Map<string, number> {
  const result = new Map<string, number>();
  for (const [resource, value] of Object.entries(values)) {
    const parsed = parseQuantity(value);
    if (parsed !== undefined) {
      result.set(resource, parsed);
    }
  }
  return result;
}

/**
 * The pod's containers with the spec's `resources` patched onto the target container. A GPU
 * given on one side (request or limit) is set on both, as the patch does.
 */
export function effectiveContainers(
  workload: WorkloadSpec,
  base: BaseWorkload | undefined,
): EffectiveContainer[] {
  const target = targetContainer(workload, base);
  const containers: EffectiveContainer[] = (base?.containers ?? []).map((container) => ({
    name: container.name,
    kind: container.kind,
    requests: numericAmounts(container.requests),
    limits: numericAmounts(container.limits),
  }));
  // Without a base (spec-only checks) the target container is all there is; with one, a
  // container the base lacks is reported by the checks, not invented.
  if (!base && target !== undefined) {
    containers.push({ name: target, kind: 'container', requests: new Map(), limits: new Map() });
  }
  const patched = containers.find((container) => container.name === target);
  if (patched) {
    const { requests, limits } = patchAmounts(workload);
    for (const [resource, value] of Object.entries(requests)) {
      const parsed = parseQuantity(value);
      if (parsed !== undefined) {
        patched.requests.set(resource, parsed);
      }
    }
    for (const [resource, value] of Object.entries(limits)) {
      const parsed = parseQuantity(value);
      if (parsed !== undefined) {
        patched.limits.set(resource, parsed);
      }
    }
  }
  return containers;
}

/** The requests and limits the patch writes: the spec's, with the GPU mirrored. */
export function patchAmounts(workload: WorkloadSpec): {
  requests: Record<string, string>;
  limits: Record<string, string>;
} {
  const requests = kubernetesAmounts(workload.resources?.requests);
  const limits = kubernetesAmounts(workload.resources?.limits);
  const gpu = requests[GPU_RESOURCE] ?? limits[GPU_RESOURCE];
  if (gpu !== undefined) {
    requests[GPU_RESOURCE] = gpu;
    limits[GPU_RESOURCE] = gpu;
  }
  return { requests, limits };
}

/** Per-pod totals of the running containers (init containers run before, not alongside). */
export function podRequests(containers: readonly EffectiveContainer[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const container of containers) {
    if (container.kind === 'init') {
      continue;
    }
    for (const [resource, value] of container.requests) {
      totals.set(resource, (totals.get(resource) ?? 0) + value);
    }
  }
  // An init container that needs more than the running ones sets the pod's request.
  for (const container of containers) {
    if (container.kind !== 'init') {
      continue;
    }
    for (const [resource, value] of container.requests) {
      totals.set(resource, Math.max(totals.get(resource) ?? 0, value));
    }
  }
  return totals;
}

export function podLimits(containers: readonly EffectiveContainer[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const container of containers) {
    if (container.kind === 'init') {
      continue;
    }
    for (const [resource, value] of container.limits) {
      totals.set(resource, (totals.get(resource) ?? 0) + value);
    }
  }
  return totals;
}

/** The Service that fronts a workload: `service`, else the one selecting its pod labels. */
export function serviceFor(
  base: BaseInfo,
  workload: WorkloadSpec,
  baseWorkload: BaseWorkload | undefined,
): BaseService | undefined {
  if (workload.service !== undefined) {
    return base.services.find((service) => service.name === workload.service);
  }
  if (!baseWorkload) {
    return undefined;
  }
  const labels = baseWorkload.templateLabels;
  return [...base.services]
    .sort((a, b) => a.name.localeCompare(b.name))
    .find(
      (service) =>
        Object.keys(service.selector).length > 0 &&
        Object.entries(service.selector).every(([key, value]) => labels[key] === value),
    );
}

/**
 * The pod port a Service port sends to (its `targetPort`, a named one looked up in the
 * workload's containers), for scrape annotations; a string says why there is none.
 */
export function podPortOf(
  service: BaseService,
  portName: string,
  workload: BaseWorkload,
): number | { problem: string } {
  const port = service.ports.find((entry) => entry.name === portName);
  if (!port) {
    const names = service.ports.flatMap((entry) => (entry.name !== undefined ? [entry.name] : []));
    return {
      problem: `Service "${service.name}" has no port named "${portName}"${names.length > 0 ? `; its ports: ${names.join(', ')}` : ''}.`,
    };
  }
  const target = port.targetPort ?? port.port;
  if (typeof target === 'number') {
    return target;
  }
  if (/^[0-9]+$/.test(target)) {
    return Number(target);
  }
  const containerPort = workload.containers
    .flatMap((container) => container.ports ?? [])
    .find((entry) => entry.name === target);
  return containerPort
    ? containerPort.containerPort
    : {
        problem: `port "${portName}" of Service "${service.name}" targets the container port "${target}", which no container of ${workload.kind} "${workload.name}" names; the prometheus.io/port annotation needs its number.`,
      };
}

/** The pod labels a PDB, spread constraint or anti-affinity term selects the workload by. */
export function podSelector(workload: BaseWorkload): Record<string, string> {
  const matchLabels = workload.selector?.matchLabels;
  const result: Record<string, string> = {};
  if (typeof matchLabels === 'object' && matchLabels !== null && !Array.isArray(matchLabels)) {
    for (const key of Object.keys(matchLabels).sort()) {
      const value = (matchLabels as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        result[key] = String(value);
      }
    }
  }
  if (Object.keys(result).length > 0) {
    return result;
  }
  for (const key of Object.keys(workload.templateLabels).sort()) {
    result[key] = workload.templateLabels[key] ?? '';
  }
  return result;
}
