/**
 * The requests and limits Kubernetes will really give a container and a pod. Between
 * `kubectl apply` and the scheduler three things fill in what a manifest leaves out:
 *
 * 1. API defaulting of each Pod (`SetDefaults_Pod`): a limit without a request becomes the
 *    request too, for regular and init containers alike.
 * 2. The LimitRanger admission plugin: every LimitRange item of `type: Container` in the
 *    namespace adds its default limit (`default`) and default request (`defaultRequest`) where
 *    the container has none. The stored LimitRange is itself defaulted
 *    (`SetDefaults_LimitRangeItem`): `default` falls back to `max`, and `defaultRequest` to
 *    `default`, then `max`, then `min`.
 * 3. Pod-level resources (`spec.resources`, beta and on by default since 1.34): cpu and memory
 *    for the whole pod, which the scheduler, the HPA and quota use instead of the containers'.
 */
import type { FieldPath } from '../source/locate.js';
import { asArray, asObject, type Manifest } from './manifest.js';
import { compareVersions } from './deprecations.js';
import { parseQuantity } from './quantity.js';
import { containerResources, type ContainerInfo, type Workload } from './workloads.js';

export const LIMIT_RANGE_KIND = 'LimitRange';

/** Kubernetes release from which pod-level resources are on by default (beta). */
export const POD_LEVEL_RESOURCES_SINCE = '1.34';

/** The resources pod-level `spec.resources` may set (hugepages too, which no rule needs). */
const POD_LEVEL_RESOURCE_NAMES: ReadonlySet<string> = new Set(['cpu', 'memory']);

export type ResourceField = 'requests' | 'limits';

/** A quantity the cluster will use, with the field that provides it. */
export interface ResolvedQuantity {
  /** As written: a quantity string or number, or something invalid. */
  raw: unknown;
  /** In base units (cores, bytes, devices); undefined when `raw` is not a valid quantity. */
  value: number | undefined;
  /**
   * `request`/`limit`: written on the container (a request that comes from the limit has
   * origin `limit`); `limitRange`: a LimitRange default; `pod`: pod-level resources.
   */
  origin: 'request' | 'limit' | 'limitRange' | 'pod';
  /** The object and field that provide the value (the container's, or the LimitRange's). */
  manifest: Manifest;
  path: FieldPath;
}

interface LimitRangeDefault {
  raw: unknown;
  manifest: Manifest;
  path: FieldPath;
}

/** A resource is set when its key holds a value; `cpu:` with nothing after it is not. */
function isSet(map: Readonly<Record<string, unknown>>, resource: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, resource) && map[resource] !== null;
}

/** The container defaults that the LimitRanges of one namespace apply at admission. */
export class LimitRangeDefaults {
  private readonly requests = new Map<string, LimitRangeDefault>();
  private readonly limits = new Map<string, LimitRangeDefault>();

  constructor(limitRanges: readonly Manifest[]) {
    // LimitRanger applies each LimitRange in turn and only fills what is still missing, so
    // across LimitRanges the first wins (Kubernetes does not define their order; scaleplan
    // takes the set's). Within one LimitRange a later Container item overwrites an earlier one.
    for (const limitRange of limitRanges) {
      const requests = new Map<string, LimitRangeDefault>();
      const limits = new Map<string, LimitRangeDefault>();
      asArray(limitRange.get(['spec', 'limits'])).forEach((entry, index) => {
        const item = asObject(entry);
        if (!item || item.type !== 'Container') {
          return;
        }
        const read = (
          field: 'default' | 'defaultRequest' | 'max' | 'min',
        ): Map<string, LimitRangeDefault> => {
          const result = new Map<string, LimitRangeDefault>();
          const values = asObject(item[field]) ?? {};
          for (const resource of Object.keys(values)) {
            if (isSet(values, resource)) {
              result.set(resource, {
                raw: values[resource],
                manifest: limitRange,
                path: ['spec', 'limits', index, field, resource],
              });
            }
          }
          return result;
        };
        const [defaultRequest, defaultLimit, max, min] = [
          read('defaultRequest'),
          read('default'),
          read('max'),
          read('min'),
        ];
        // SetDefaults_LimitRangeItem: default <- max; defaultRequest <- default <- max, then min.
        for (const [target, sources] of [
          [limits, [defaultLimit, max]],
          [requests, [defaultRequest, defaultLimit, max, min]],
        ] as const) {
          const resources = new Set(sources.flatMap((source) => [...source.keys()]));
          for (const resource of resources) {
            const found = sources.find((source) => source.has(resource))?.get(resource);
            if (found) {
              target.set(resource, found);
            }
          }
        }
      });
      for (const [target, source] of [
        [this.requests, requests],
        [this.limits, limits],
      ] as const) {
        for (const [resource, value] of source) {
          if (!target.has(resource)) {
            target.set(resource, value);
          }
        }
      }
    }
  }

  /** The request LimitRanger gives a container that has neither request nor limit. */
  request(resource: string): ResolvedQuantity | undefined {
    return resolved(this.requests.get(resource));
  }

  /** The limit LimitRanger gives a container without one. */
  limit(resource: string): ResolvedQuantity | undefined {
    return resolved(this.limits.get(resource));
  }

  /** Resource names the LimitRanges give a default for. */
  resourceNames(): string[] {
    return [...new Set([...this.requests.keys(), ...this.limits.keys()])];
  }
}

function resolved(entry: LimitRangeDefault | undefined): ResolvedQuantity | undefined {
  return entry
    ? {
        raw: entry.raw,
        value: parseQuantity(entry.raw),
        origin: 'limitRange',
        manifest: entry.manifest,
        path: entry.path,
      }
    : undefined;
}

const NO_DEFAULTS = new LimitRangeDefaults([]);

/** `Container "app"`, `Sidecar container "proxy"`, `Init container "migrate"` for messages. */
export function describeContainer(container: ContainerInfo): string {
  const label =
    container.kind === 'sidecar'
      ? 'Sidecar container'
      : container.kind === 'init'
        ? 'Init container'
        : 'Container';
  return `${label} "${container.name}"`;
}

/**
 * Whether a container's `resources` and its `requests`/`limits` are maps (or absent). Anything
 * else is schema-invalid's finding; resource rules leave such a container alone.
 */
export function hasReadableResources(container: ContainerInfo): boolean {
  const resources = container.container.resources;
  if (resources === undefined || resources === null) {
    return true;
  }
  const object = asObject(resources);
  return (
    object !== undefined &&
    ['requests', 'limits'].every(
      (field) =>
        object[field] === undefined ||
        object[field] === null ||
        asObject(object[field]) !== undefined,
    )
  );
}

/** A container's written request or limit for one resource, if any. */
export function writtenQuantity(
  workload: Workload,
  container: ContainerInfo,
  field: ResourceField,
  resource: string,
): ResolvedQuantity | undefined {
  const values = containerResources(container.container, field);
  if (!isSet(values, resource)) {
    return undefined;
  }
  return {
    raw: values[resource],
    value: parseQuantity(values[resource]),
    origin: field === 'requests' ? 'request' : 'limit',
    manifest: workload.manifest,
    path: [...container.path, 'resources', field, resource],
  };
}

/**
 * The request a container runs with: its own, else its limit (API defaulting), else the
 * namespace's LimitRange default. Undefined when the container ends up without one.
 */
export function effectiveRequest(
  workload: Workload,
  container: ContainerInfo,
  resource: string,
  defaults: LimitRangeDefaults = NO_DEFAULTS,
): ResolvedQuantity | undefined {
  return (
    writtenQuantity(workload, container, 'requests', resource) ??
    writtenQuantity(workload, container, 'limits', resource) ??
    defaults.request(resource)
  );
}

/** The limit a container runs with: its own, else the namespace's LimitRange default. */
export function effectiveLimit(
  workload: Workload,
  container: ContainerInfo,
  resource: string,
  defaults: LimitRangeDefaults = NO_DEFAULTS,
): ResolvedQuantity | undefined {
  return writtenQuantity(workload, container, 'limits', resource) ?? defaults.limit(resource);
}

/** Pod-level `spec.resources` of a workload's pods, when the target version honours them. */
export interface PodLevelResources {
  requests: Readonly<Record<string, unknown>>;
  limits: Readonly<Record<string, unknown>>;
}

/**
 * Pod-level cpu/memory requests and limits, or undefined when there are none or the target
 * Kubernetes version does not enable the feature by default.
 */
export function podLevelResources(
  workload: Workload,
  kubeVersion: string,
): PodLevelResources | undefined {
  if (compareVersions(kubeVersion, POD_LEVEL_RESOURCES_SINCE) < 0) {
    return undefined;
  }
  const resources = asObject(workload.podSpec?.resources);
  const requests = asObject(resources?.requests) ?? {};
  const limits = asObject(resources?.limits) ?? {};
  const names = [...POD_LEVEL_RESOURCE_NAMES];
  if (!names.some((name) => isSet(requests, name) || isSet(limits, name))) {
    return undefined;
  }
  return { requests, limits };
}

/** The pod-level value for a resource: its request, else its limit. */
export function podLevelQuantity(
  workload: Workload,
  podLevel: PodLevelResources | undefined,
  resource: string,
): ResolvedQuantity | undefined {
  if (!podLevel || !POD_LEVEL_RESOURCE_NAMES.has(resource)) {
    return undefined;
  }
  for (const field of ['requests', 'limits'] as const) {
    const values = podLevel[field];
    if (isSet(values, resource)) {
      return {
        raw: values[resource],
        value: parseQuantity(values[resource]),
        origin: 'pod',
        manifest: workload.manifest,
        path: [...workload.podSpecPath, 'resources', field, resource],
      };
    }
  }
  return undefined;
}

/** Every resource name a workload's containers or the namespace defaults mention. */
export function resourceNamesOf(
  workload: Workload,
  defaults: LimitRangeDefaults = NO_DEFAULTS,
): string[] {
  const names = new Set<string>();
  for (const container of workload.containers) {
    for (const field of ['requests', 'limits'] as const) {
      for (const name of Object.keys(containerResources(container.container, field))) {
        names.add(name);
      }
    }
  }
  for (const name of defaults.resourceNames()) {
    names.add(name);
  }
  return [...names].sort();
}

/**
 * What one pod of the workload requests (or is limited to) in total, as the scheduler and
 * quota count it (`resourcehelper.PodRequests`/`PodLimits`): the larger of the running
 * containers' sum (regular containers and native sidecars) and the peak during start-up,
 * when each ordinary init container runs beside the sidecars started before it. Pod-level
 * values replace the containers' for cpu and memory. Invalid quantities count as zero.
 */
export function podTotal(
  workload: Workload,
  field: ResourceField,
  resource: string,
  defaults: LimitRangeDefaults = NO_DEFAULTS,
  podLevel?: PodLevelResources,
): number {
  const pod =
    field === 'requests'
      ? podLevelQuantity(workload, podLevel, resource)
      : podLevel && isSet(podLevel.limits, resource)
        ? { value: parseQuantity(podLevel.limits[resource]) }
        : undefined;
  if (pod) {
    return pod.value ?? 0;
  }
  const resolve = field === 'requests' ? effectiveRequest : effectiveLimit;
  let running = 0;
  let sidecars = 0;
  let startupPeak = 0;
  for (const container of workload.containers) {
    const value = resolve(workload, container, resource, defaults)?.value ?? 0;
    if (container.kind === 'container') {
      running += value;
    } else if (container.kind === 'sidecar') {
      running += value;
      sidecars += value;
      startupPeak = Math.max(startupPeak, sidecars);
    } else {
      startupPeak = Math.max(startupPeak, value + sidecars);
    }
  }
  return Math.max(running, startupPeak);
}

/**
 * Whether the pods are BestEffort (`qos.GetPodQOS`): no container, init containers included,
 * and no pod-level value sets a non-zero cpu or memory request or limit, after defaulting.
 */
export function isBestEffort(
  workload: Workload,
  defaults: LimitRangeDefaults = NO_DEFAULTS,
  podLevel?: PodLevelResources,
): boolean {
  for (const resource of ['cpu', 'memory']) {
    if (
      podLevel &&
      (isNonZero(podLevel.requests[resource]) || isNonZero(podLevel.limits[resource]))
    ) {
      return false;
    }
    for (const container of workload.containers) {
      const request = effectiveRequest(workload, container, resource, defaults);
      const limit = effectiveLimit(workload, container, resource, defaults);
      if (isNonZero(request?.raw) || isNonZero(limit?.raw)) {
        return false;
      }
    }
  }
  return true;
}

function isNonZero(raw: unknown): boolean {
  const value = parseQuantity(raw);
  return value !== undefined && value !== 0;
}

/**
 * `a > b` for quantities in base units, without flagging floating-point noise
 * (`1.1` against `1100m`).
 */
export function quantityGreater(a: number, b: number): boolean {
  return a - b > Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}
