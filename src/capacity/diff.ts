/*
 * What a change does to capacity: two reports (the base of a pull request and its head)
 * compared figure by figure. Only figures that changed are listed, so an unchanged tree says
 * nothing at all.
 */
import {
  compareResources,
  type NamespaceCapacity,
  type WorkloadCapacity,
} from '../k8s/capacity.js';
import type { CapacityReport, PoolCapacity } from './report.js';

export type CapacityChange =
  | {
      kind: 'namespace';
      namespace: string;
      resource: string;
      before: number;
      after: number;
      /** The tightest quota entry on this resource, when there is one. */
      quota?: { name: string; key: string; hard: number; fitsBefore: boolean; fitsAfter: boolean };
    }
  | {
      kind: 'workload';
      namespace: string;
      workload: string;
      field: 'minReplicas' | 'maxReplicas' | 'added' | 'removed';
      before: number | undefined;
      after: number | undefined;
    }
  | {
      kind: 'pool';
      pool: string;
      before: number;
      after: number;
      maxNodes: number | undefined;
    };

function workloadKey(workload: WorkloadCapacity): string {
  return `${workload.namespace}\u0000${workload.kind}\u0000${workload.name}`;
}

/** `pods` and each requested resource at maximum scale, per namespace. */
function totals(namespace: NamespaceCapacity | undefined): Map<string, number> {
  const result = new Map<string, number>();
  if (!namespace) {
    return result;
  }
  result.set('pods', namespace.podsAtMax);
  for (const [resource, value] of Object.entries(namespace.requestsAtMax)) {
    result.set(resource, value);
  }
  return result;
}

function quotaFor(
  namespace: NamespaceCapacity | undefined,
  resource: string,
): NamespaceCapacity['quotas'][number] | undefined {
  // The request keys are what a total at max scale is held against (limits are another sum).
  const keys =
    resource === 'pods'
      ? ['pods']
      : [`requests.${resource}`, ...(resource.includes('/') ? [] : [resource])];
  return namespace?.quotas
    .filter((quota) => keys.includes(quota.key))
    .sort((a, b) => a.hard - b.hard)[0];
}

function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) {
    return a === b;
  }
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function diffCapacity(base: CapacityReport, head: CapacityReport): CapacityChange[] {
  const changes: CapacityChange[] = [];
  const names = [
    ...new Set([...base.namespaces, ...head.namespaces].map((namespace) => namespace.namespace)),
  ].sort();
  for (const name of names) {
    const before = base.namespaces.find((namespace) => namespace.namespace === name);
    const after = head.namespaces.find((namespace) => namespace.namespace === name);
    const beforeTotals = totals(before);
    const afterTotals = totals(after);
    const resources = [...new Set([...beforeTotals.keys(), ...afterTotals.keys()])].sort(
      compareResources,
    );
    for (const resource of resources) {
      const was = beforeTotals.get(resource) ?? 0;
      const is = afterTotals.get(resource) ?? 0;
      const quota = quotaFor(after, resource) ?? quotaFor(before, resource);
      const quotaBefore = quotaFor(before, resource);
      const fitsBefore = quotaBefore ? quotaBefore.atMax <= quotaBefore.hard + 1e-9 : true;
      const fitsAfter = quota ? is <= quota.hard + 1e-9 : true;
      if (sameNumber(was, is) && sameNumber(quotaBefore?.hard, quota?.hard)) {
        continue;
      }
      changes.push({
        kind: 'namespace',
        namespace: name,
        resource,
        before: was,
        after: is,
        ...(quota
          ? { quota: { name: quota.name, key: quota.key, hard: quota.hard, fitsBefore, fitsAfter } }
          : {}),
      });
    }
    const beforeWorkloads = new Map((before?.workloads ?? []).map((w) => [workloadKey(w), w]));
    const afterWorkloads = new Map((after?.workloads ?? []).map((w) => [workloadKey(w), w]));
    const keys = [...new Set([...beforeWorkloads.keys(), ...afterWorkloads.keys()])].sort();
    for (const key of keys) {
      const was = beforeWorkloads.get(key);
      const is = afterWorkloads.get(key);
      const label = `${(is ?? was)?.kind ?? ''} ${(is ?? was)?.name ?? ''}`;
      if (!was || !is) {
        changes.push({
          kind: 'workload',
          namespace: name,
          workload: label,
          field: was ? 'removed' : 'added',
          before: was?.maxReplicas,
          after: is?.maxReplicas,
        });
        continue;
      }
      for (const field of ['minReplicas', 'maxReplicas'] as const) {
        if (!sameNumber(was[field], is[field])) {
          changes.push({
            kind: 'workload',
            namespace: name,
            workload: label,
            field,
            before: was[field],
            after: is[field],
          });
        }
      }
    }
  }
  const pools = [...new Set([...base.pools, ...head.pools].map((pool) => pool.name))].sort();
  for (const name of pools) {
    const was: PoolCapacity | undefined = base.pools.find((pool) => pool.name === name);
    const is: PoolCapacity | undefined = head.pools.find((pool) => pool.name === name);
    if ((was?.nodesAtMax ?? 0) !== (is?.nodesAtMax ?? 0) || was?.maxNodes !== is?.maxNodes) {
      changes.push({
        kind: 'pool',
        pool: name,
        before: was?.nodesAtMax ?? 0,
        after: is?.nodesAtMax ?? 0,
        maxNodes: is?.maxNodes ?? was?.maxNodes,
      });
    }
  }
  return changes;
}
