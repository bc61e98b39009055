/**
 * ResourceQuota semantics for pods, after the quota pod evaluator of kube-apiserver
 * (`pkg/quota/v1/evaluator/core/pods.go`): which `hard` keys count what in a pod, which keys
 * are never tracked, and which pods a quota's scopes select.
 */
import type { FieldPath } from '../source/locate.js';
import { asArray, asObject, type Manifest } from './manifest.js';
import type { ManifestSet } from './manifest-set.js';
import { isExtendedResource, parseQuantity } from './quantity.js';
import { isBestEffort, podLevelResources, type LimitRangeDefaults } from './resources.js';
import { selectorMatches, type SelectorOperator } from './selectors.js';
import type { Workload } from './workloads.js';

export const RESOURCE_QUOTA_KIND = 'ResourceQuota';
export const PRIORITY_CLASS_KIND = 'PriorityClass';

/** What a `hard` key counts in a pod. */
export type QuotaUsage = { type: 'requests' | 'limits'; resource: string } | { type: 'pods' };

export interface QuotaHardEntry {
  key: string;
  raw: unknown;
  /** The hard limit in base units; undefined when it is not a valid quantity. */
  value: number | undefined;
  path: FieldPath;
  /** What the key counts in pods; undefined for object counts and keys quota never tracks. */
  usage: QuotaUsage | undefined;
}

/** Native compute resources that quota knows by bare name (bare name = the request). */
const NATIVE_COMPUTE: ReadonlySet<string> = new Set(['cpu', 'memory', 'ephemeral-storage']);

/**
 * The keys for which the quota admission rejects a pod whose containers do not set the value
 * ("must specify requests.cpu for: app"). Kubernetes keeps this list to cpu and memory on
 * purpose ("do not add more resources to this list"): ephemeral-storage, hugepages and
 * extended resources are counted but never required.
 */
export const REQUIRED_QUOTA_KEYS: ReadonlySet<string> = new Set([
  'cpu',
  'memory',
  'requests.cpu',
  'requests.memory',
  'limits.cpu',
  'limits.memory',
]);

/** What a quota key counts in pods (`podEvaluator.MatchingResources`). */
export function quotaKeyUsage(key: string): QuotaUsage | undefined {
  if (key === 'pods' || key === 'count/pods') {
    return { type: 'pods' };
  }
  if (NATIVE_COMPUTE.has(key) || key.startsWith('hugepages-')) {
    return { type: 'requests', resource: key };
  }
  if (key.startsWith('requests.')) {
    const resource = key.slice('requests.'.length);
    return NATIVE_COMPUTE.has(resource) ||
      resource.startsWith('hugepages-') ||
      isExtendedResource(resource)
      ? { type: 'requests', resource }
      : undefined;
  }
  if (key.startsWith('limits.')) {
    const resource = key.slice('limits.'.length);
    return NATIVE_COMPUTE.has(resource) ? { type: 'limits', resource } : undefined;
  }
  return undefined;
}

/**
 * The extended resource a quota key names in a form Kubernetes accepts but never counts:
 * the bare name (`nvidia.com/gpu`) or the `limits.` form. Only `requests.<name>` is tracked
 * ("overcommit is not supported by extended resources"). Undefined for every other key.
 */
export function untrackedExtendedResource(
  key: string,
): { resource: string; form: 'bare' | 'limits' } | undefined {
  if (key.startsWith('requests.') || key.startsWith('count/')) {
    return undefined;
  }
  if (key.startsWith('limits.')) {
    const resource = key.slice('limits.'.length);
    return isExtendedResource(resource) ? { resource, form: 'limits' } : undefined;
  }
  return isExtendedResource(key) ? { resource: key, form: 'bare' } : undefined;
}

/** The `spec.hard` entries of a ResourceQuota, in written order. */
export function readQuotaHard(quota: Manifest): QuotaHardEntry[] {
  const hard = asObject(quota.get(['spec', 'hard']));
  if (!hard) {
    return [];
  }
  return Object.entries(hard).map(([key, raw]) => ({
    key,
    raw,
    value: parseQuantity(raw),
    path: ['spec', 'hard', key],
    usage: quotaKeyUsage(key),
  }));
}

export type PodScopeName =
  'Terminating' | 'NotTerminating' | 'BestEffort' | 'NotBestEffort' | 'CrossNamespacePodAffinity';

export type QuotaScope =
  | { name: PodScopeName }
  | { name: 'PriorityClass'; operator: SelectorOperator; values: readonly string[] }
  /** A scope that selects no pod (VolumeAttributesClass is for PersistentVolumeClaims). */
  | { name: 'none'; written: string };

const POD_SCOPES: ReadonlySet<string> = new Set<PodScopeName>([
  'Terminating',
  'NotTerminating',
  'BestEffort',
  'NotBestEffort',
  'CrossNamespacePodAffinity',
]);

const OPERATORS: ReadonlySet<string> = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/**
 * A quota's `scopes` and `scopeSelector` (all must match a pod), or undefined when they are
 * malformed (schema-invalid reports those; rules leave such a quota alone).
 */
export function readQuotaScopes(quota: Manifest): QuotaScope[] | undefined {
  const result: QuotaScope[] = [];
  const scopes = quota.get(['spec', 'scopes']);
  if (scopes !== undefined && scopes !== null) {
    if (!Array.isArray(scopes)) {
      return undefined;
    }
    for (const scope of scopes) {
      if (typeof scope !== 'string') {
        return undefined;
      }
      // PriorityClass in `scopes` (without values) means the pod names any priority class.
      result.push(
        scope === 'PriorityClass'
          ? { name: 'PriorityClass', operator: 'Exists', values: [] }
          : POD_SCOPES.has(scope)
            ? { name: scope as PodScopeName }
            : { name: 'none', written: scope },
      );
    }
  }
  const selector = quota.get(['spec', 'scopeSelector']);
  if (selector !== undefined && selector !== null) {
    const expressions = asObject(selector)?.matchExpressions;
    if (!asObject(selector) || (expressions !== undefined && !Array.isArray(expressions))) {
      return undefined;
    }
    for (const entry of asArray(expressions)) {
      const expression = asObject(entry);
      const scopeName = expression?.scopeName;
      const operator = expression?.operator;
      const values = asArray(expression?.values);
      if (
        typeof scopeName !== 'string' ||
        typeof operator !== 'string' ||
        !OPERATORS.has(operator) ||
        !values.every((value) => typeof value === 'string')
      ) {
        return undefined;
      }
      if (scopeName === 'PriorityClass') {
        result.push({
          name: 'PriorityClass',
          operator: operator as SelectorOperator,
          values: values as string[],
        });
      } else {
        // Other scopes only take `operator: Exists` (API validation).
        result.push(
          POD_SCOPES.has(scopeName)
            ? { name: scopeName as PodScopeName }
            : { name: 'none', written: scopeName },
        );
      }
    }
  }
  return result;
}

/** What a quota scope looks at in a pod. */
export interface PodScopeFacts {
  /** The pod's priority class: its own, else the set's globalDefault class. */
  priorityClassName: string | undefined;
  bestEffort: boolean;
  /** `activeDeadlineSeconds` set (>= 0) on the pod spec. */
  terminating: boolean;
  crossNamespacePodAffinity: boolean;
}

/** The scope-relevant facts of a workload's pods, after LimitRange defaults. */
export function podScopeFacts(
  workload: Workload,
  set: ManifestSet,
  defaults: LimitRangeDefaults,
  kubeVersion: string,
): PodScopeFacts {
  const spec = workload.podSpec;
  const written = spec?.priorityClassName;
  const deadline = spec?.activeDeadlineSeconds;
  return {
    // The Priority admission plugin (which runs before quota) writes the globalDefault class
    // into pods that name none.
    priorityClassName:
      typeof written === 'string' && written !== '' ? written : globalDefaultPriorityClass(set),
    bestEffort: isBestEffort(workload, defaults, podLevelResources(workload, kubeVersion)),
    terminating: typeof deadline === 'number' && deadline >= 0,
    crossNamespacePodAffinity: usesCrossNamespacePodAffinity(spec?.affinity),
  };
}

function globalDefaultPriorityClass(set: ManifestSet): string | undefined {
  return set
    .byKind(PRIORITY_CLASS_KIND)
    .find((manifest) => manifest.get(['globalDefault']) === true)?.name;
}

function usesCrossNamespacePodAffinity(affinity: unknown): boolean {
  const crossNamespace = (term: unknown): boolean => {
    const object = asObject(term);
    return (
      asArray(object?.namespaces).length > 0 ||
      (object?.namespaceSelector !== undefined && object.namespaceSelector !== null)
    );
  };
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const section = asObject(asObject(affinity)?.[kind]);
    if (
      asArray(section?.requiredDuringSchedulingIgnoredDuringExecution).some(crossNamespace) ||
      asArray(section?.preferredDuringSchedulingIgnoredDuringExecution).some((weighted) =>
        crossNamespace(asObject(weighted)?.podAffinityTerm),
      )
    ) {
      return true;
    }
  }
  return false;
}

/** Whether a quota with these scopes counts (and constrains) the pods (`podMatchesScopeFunc`). */
export function quotaScopesMatch(scopes: readonly QuotaScope[], facts: PodScopeFacts): boolean {
  return scopes.every((scope) => {
    switch (scope.name) {
      case 'Terminating':
        return facts.terminating;
      case 'NotTerminating':
        return !facts.terminating;
      case 'BestEffort':
        return facts.bestEffort;
      case 'NotBestEffort':
        return !facts.bestEffort;
      case 'CrossNamespacePodAffinity':
        return facts.crossNamespacePodAffinity;
      case 'PriorityClass':
        return selectorMatches(
          {
            matchLabels: {},
            matchExpressions: [
              { key: 'PriorityClass', operator: scope.operator, values: scope.values },
            ],
            matchesNone: false,
          },
          facts.priorityClassName === undefined ? {} : { PriorityClass: facts.priorityClassName },
        );
      case 'none':
        return false;
    }
  });
}

/** `Terminating`, `PriorityClass In (high)`: scopes as users write them, for messages. */
export function describeQuotaScopes(scopes: readonly QuotaScope[]): string {
  return scopes
    .map((scope) => {
      if (scope.name === 'PriorityClass') {
        return scope.values.length > 0
          ? `PriorityClass ${scope.operator} (${scope.values.join(', ')})`
          : `PriorityClass ${scope.operator}`;
      }
      return scope.name === 'none' ? scope.written : scope.name;
    })
    .join(', ');
}
