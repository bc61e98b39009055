/*
 * What a set of workloads needs at its maximum scale: per workload the most pods it runs
 * (autoscalers' maxReplicas, KEDA's maxReplicaCount, spec.replicas, Job parallelism) and the
 * requests of one pod, per namespace the totals against its ResourceQuotas. The quota rule,
 * the `capacity` command and its pull-request diff all count the same way.
 */
import type { FieldPath } from '../source/locate.js';
import type { Manifest } from './manifest.js';
import type { ManifestSet } from './manifest-set.js';
import { parseIntOrPercent, scaleIntOrPercent } from './numbers.js';
import { isExtendedResource } from './quantity.js';
import {
  podScopeFacts,
  quotaScopesMatch,
  readQuotaHard,
  readQuotaScopes,
  RESOURCE_QUOTA_KIND,
} from './quota.js';
import { podLevelResources, podTotal, resourceNamesOf } from './resources.js';
import type { Workload } from './workloads.js';

/** How many pods a workload runs at most, and the field that says so. */
export interface MaximumPods {
  pods: number;
  manifest: Manifest;
  path: FieldPath;
  /** `maxReplicas of HorizontalPodAutoscaler "web"`, `spec.replicas`, … */
  source: string;
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Active pods of one Job run: parallelism (default 1), at most the completions. */
function jobPods(manifest: Manifest, specPath: FieldPath): MaximumPods | undefined {
  const rawParallelism = manifest.get([...specPath, 'parallelism']);
  const parallelism = rawParallelism === undefined ? 1 : wholeNumber(rawParallelism);
  const rawCompletions = manifest.get([...specPath, 'completions']);
  const completions = rawCompletions === undefined ? undefined : wholeNumber(rawCompletions);
  if (parallelism === undefined || (rawCompletions !== undefined && completions === undefined)) {
    return undefined;
  }
  return {
    pods: completions === undefined ? parallelism : Math.min(parallelism, completions),
    manifest,
    path: [...specPath, 'parallelism'],
    source: rawParallelism === undefined ? 'the default parallelism of 1' : 'parallelism',
  };
}

/**
 * The most pods a workload runs at once, or undefined when that cannot be known (DaemonSets
 * run one per matching node; an autoscaler with an invalid maximum).
 */
export function maximumPods(workload: Workload, set: ManifestSet): MaximumPods | undefined {
  const manifest = workload.manifest;
  switch (workload.kind) {
    case 'DaemonSet':
      return undefined;
    case 'Pod':
      return { pods: 1, manifest, path: ['metadata', 'name'], source: 'a single Pod' };
    case 'Job':
      return jobPods(manifest, ['spec']);
    case 'CronJob':
      // One run at a time; concurrencyPolicy Allow can overlap runs (not modelled).
      return jobPods(manifest, ['spec', 'jobTemplate', 'spec']);
    case 'ScaledJob':
      return {
        pods: workload.declaredReplicas ?? 100,
        manifest,
        path: ['spec', 'maxReplicaCount'],
        source:
          manifest.get(['spec', 'maxReplicaCount']) === undefined
            ? "KEDA's default maxReplicaCount of 100 Jobs"
            : 'spec.maxReplicaCount',
      };
  }
  const maximum = set.maximumReplicas(workload);
  if (maximum === undefined) {
    return undefined;
  }
  const autoscalers = set.autoscalersOf(manifest);
  const largest = autoscalers.find((autoscaler) => autoscaler.maxReplicas === maximum);
  if (largest) {
    return {
      pods: maximum,
      manifest: largest.manifest,
      path: largest.maxReplicasPath,
      source: `${largest.manifest.get(largest.maxReplicasPath) === undefined ? 'the default maximum' : 'the maximum'} of ${largest.manifest.kind} "${largest.manifest.name}"`,
    };
  }
  return {
    pods: maximum,
    manifest,
    path: ['spec', 'replicas'],
    source: workload.declaredReplicas === undefined ? 'the default of 1 replica' : 'spec.replicas',
  };
}

/** Extra pods a Deployment's rolling update adds on top of its replicas (maxSurge, 25 %). */
export function rolloutSurge(workload: Workload, replicas: number): number {
  if (workload.kind !== 'Deployment') {
    return 0;
  }
  const strategy = workload.manifest.get(['spec', 'strategy', 'type']);
  if (strategy === 'Recreate') {
    return 0;
  }
  const raw = workload.manifest.get(['spec', 'strategy', 'rollingUpdate', 'maxSurge']);
  const surge = parseIntOrPercent(raw === undefined ? '25%' : raw);
  // maxSurge rounds up (Kubernetes ResolveFenceposts).
  return surge ? scaleIntOrPercent(surge, replicas, true) : 0;
}

export interface WorkloadCapacity {
  kind: string;
  namespace: string;
  name: string;
  manifest: Manifest;
  /** Undefined where the manifests cannot say (DaemonSets run one pod per matching node). */
  minReplicas: number | undefined;
  maxReplicas: number | undefined;
  /** Where the maximum comes from: `the maximum of HorizontalPodAutoscaler "web"`, … */
  maxSource: string | undefined;
  /** Requests of one pod, as the scheduler and quota count them (cpu in cores, memory in bytes). */
  perPod: Readonly<Record<string, number>>;
}

export interface QuotaCapacity {
  name: string;
  /** The hard key: `requests.cpu`, `requests.nvidia.com/gpu`, `pods`, … */
  key: string;
  /** The resource the key charges (`pods` for the pod count). */
  resource: string;
  hard: number;
  atMax: number;
}

export interface NamespaceCapacity {
  namespace: string;
  workloads: WorkloadCapacity[];
  /** Pods and requests of the namespace's bounded workloads, all at their maximum. */
  podsAtMax: number;
  requestsAtMax: Readonly<Record<string, number>>;
  quotas: QuotaCapacity[];
}

/** The resources a capacity report shows: cpu, memory and every extended resource requested. */
function reportedResources(workload: Workload, set: ManifestSet): string[] {
  const names = resourceNamesOf(workload, set.limitRangeDefaults(workload.namespace));
  return ['cpu', 'memory', ...names.filter((name) => isExtendedResource(name))];
}

function workloadCapacity(
  workload: Workload,
  set: ManifestSet,
  kubeVersion: string,
): WorkloadCapacity {
  const maximum = maximumPods(workload, set);
  const defaults = set.limitRangeDefaults(workload.namespace);
  const podLevel = podLevelResources(workload, kubeVersion);
  const perPod: Record<string, number> = {};
  for (const resource of reportedResources(workload, set)) {
    perPod[resource] = podTotal(workload, 'requests', resource, defaults, podLevel);
  }
  const minReplicas = !maximum
    ? undefined
    : workload.isScalable
      ? Math.min(set.minimumReplicas(workload), maximum.pods)
      : maximum.pods;
  return {
    kind: workload.kind,
    namespace: workload.namespace,
    name: workload.manifest.name,
    manifest: workload.manifest,
    minReplicas,
    maxReplicas: maximum?.pods,
    maxSource: maximum?.source,
    perPod,
  };
}

function quotaCapacity(
  quota: Manifest,
  workloads: readonly Workload[],
  set: ManifestSet,
  kubeVersion: string,
): QuotaCapacity[] {
  const scopes = readQuotaScopes(quota);
  if (!scopes) {
    return [];
  }
  const defaults = set.limitRangeDefaults(quota.namespace);
  const selected = workloads.flatMap((workload) => {
    const facts = podScopeFacts(workload, set, defaults, kubeVersion);
    const maximum = quotaScopesMatch(scopes, facts) ? maximumPods(workload, set) : undefined;
    return maximum ? [{ workload, pods: maximum.pods }] : [];
  });
  const result: QuotaCapacity[] = [];
  for (const entry of readQuotaHard(quota)) {
    const usage = entry.usage;
    if (!usage || entry.value === undefined) {
      continue;
    }
    let atMax = 0;
    for (const { workload, pods } of selected) {
      const perPod =
        usage.type === 'pods'
          ? 1
          : podTotal(
              workload,
              usage.type,
              usage.resource,
              defaults,
              podLevelResources(workload, kubeVersion),
            );
      atMax += perPod * pods;
    }
    result.push({
      name: quota.name,
      key: entry.key,
      resource: usage.type === 'pods' ? 'pods' : usage.resource,
      hard: entry.value,
      atMax,
    });
  }
  return result;
}

/** Every namespace with workloads or quotas, sorted, with its workloads sorted by kind and name. */
export function capacityOf(set: ManifestSet, kubeVersion: string): NamespaceCapacity[] {
  const namespaces = new Set<string>(set.workloadNamespaces());
  for (const quota of set.byKind(RESOURCE_QUOTA_KIND)) {
    namespaces.add(quota.namespace);
  }
  return [...namespaces].sort().map((namespace) => {
    const members = set.workloadsIn(namespace);
    const workloads = members
      .map((workload) => workloadCapacity(workload, set, kubeVersion))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
    const requestsAtMax: Record<string, number> = {};
    let podsAtMax = 0;
    for (const workload of workloads) {
      if (workload.maxReplicas === undefined) {
        continue;
      }
      podsAtMax += workload.maxReplicas;
      for (const [resource, value] of Object.entries(workload.perPod)) {
        requestsAtMax[resource] = (requestsAtMax[resource] ?? 0) + value * workload.maxReplicas;
      }
    }
    const quotas = set
      .byKindIn(RESOURCE_QUOTA_KIND, namespace)
      .flatMap((quota) => quotaCapacity(quota, members, set, kubeVersion))
      .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
    return { namespace, workloads, podsAtMax, requestsAtMax, quotas };
  });
}

/** The order reports list resources in: pods, cpu, memory, then extended resources by name. */
export function compareResources(a: string, b: string): number {
  const rank = (resource: string): number =>
    resource === 'pods' ? 0 : resource === 'cpu' ? 1 : resource === 'memory' ? 2 : 3;
  return rank(a) - rank(b) || a.localeCompare(b);
}
