import { parseQuantity } from '../k8s/quantity.js';
import {
  effectiveContainers,
  GPU_RESOURCE,
  podLimits,
  podRequests,
  type BaseInfo,
  type EffectiveContainer,
} from './base.js';
import type { EnvironmentView } from './resolve.js';
import { replicaBounds } from './model.js';
import type { QuotaSpec } from './types.js';

/** The pods of one base workload at its maximum scale, with the spec's patch applied. */
export interface PodGroup {
  /** `Deployment "web"` */
  label: string;
  name: string;
  /** Whether the spec manages the workload (else it is only in the base). */
  managed: boolean;
  containers: EffectiveContainer[];
  maxReplicas: number;
  nodePool: string | undefined;
}

/** Every base workload of an environment at maximum scale. */
export function podGroups(view: EnvironmentView, base: BaseInfo): PodGroup[] {
  const specByName = new Map(view.workloads.map((workload) => [workload.name, workload]));
  return base.workloads.map((baseWorkload) => {
    const resolved = specByName.get(baseWorkload.name);
    const managed =
      resolved !== undefined && (resolved.spec.kind ?? 'Deployment') === baseWorkload.kind;
    const spec = managed && resolved ? resolved.spec : {};
    const bounds = managed ? replicaBounds(spec) : undefined;
    const declared = typeof baseWorkload.replicas === 'number' ? baseWorkload.replicas : 1;
    return {
      label: `${baseWorkload.kind} "${baseWorkload.name}"`,
      name: baseWorkload.name,
      managed,
      containers: effectiveContainers(spec, baseWorkload),
      maxReplicas: bounds?.max ?? declared,
      nodePool: spec.placement?.nodePool,
    };
  });
}

/** `requests.cpu` → per-pod amount of a group, for quota keys. */
export function perPodAmount(
  group: PodGroup,
  field: 'requests' | 'limits',
  resource: string,
): number {
  const totals = field === 'requests' ? podRequests(group.containers) : podLimits(group.containers);
  return totals.get(resource) ?? 0;
}

export interface QuotaEntry {
  /** Kubernetes quota key (`requests.cpu`). */
  key: string;
  /** Spec field path below the quota (`cpu`, `limits.memory`, `hard.<key>`). */
  specPath: readonly string[];
  field: 'requests' | 'limits' | 'count';
  resource: string;
  limit: number | undefined;
}

/** The quota's entries that capacity can be computed for, with their spec fields. */
export function quotaEntries(quota: QuotaSpec): QuotaEntry[] {
  const entries: QuotaEntry[] = [];
  const add = (key: string, specPath: string[], value: unknown): void => {
    if (value === undefined) {
      return;
    }
    if (key === 'pods') {
      entries.push({
        key,
        specPath,
        field: 'count',
        resource: 'pods',
        limit: parseQuantity(value),
      });
      return;
    }
    const match = /^(requests|limits)\.(.+)$/.exec(key);
    const field = (match?.[1] ?? 'requests') as 'requests' | 'limits';
    const resource = match?.[2] ?? key;
    if (!['cpu', 'memory', GPU_RESOURCE, 'ephemeral-storage'].includes(resource)) {
      return;
    }
    const limit = parseQuantity(value);
    entries.push({
      key,
      specPath,
      field,
      resource,
      // A negative or unparsable limit is reported by the quantity check, not compared.
      limit: limit !== undefined && limit >= 0 ? limit : undefined,
    });
  };
  add('requests.cpu', ['cpu'], quota.cpu);
  add('requests.memory', ['memory'], quota.memory);
  add(`requests.${GPU_RESOURCE}`, ['gpu'], quota.gpu);
  add('pods', ['pods'], quota.pods);
  add('limits.cpu', ['limits', 'cpu'], quota.limits?.cpu);
  add('limits.memory', ['limits', 'memory'], quota.limits?.memory);
  for (const [key, value] of Object.entries(quota.hard ?? {})) {
    add(key, ['hard', key], value);
  }
  return entries;
}

/** What the groups use of one quota entry at maximum scale. */
export function usageAtMax(groups: readonly PodGroup[], entry: QuotaEntry): number {
  let total = 0;
  for (const group of groups) {
    total +=
      entry.field === 'count'
        ? group.maxReplicas
        : perPodAmount(group, entry.field, entry.resource) * group.maxReplicas;
  }
  return total;
}
