/*
 * Checks of one environment as a whole: quotas, node pools, metric names, and quotas
 * against every workload at maximum scale.
 */
import { formatQuantity } from '../../k8s/quantity.js';
import type { FieldPath } from '../../source/locate.js';
import { GPU_RESOURCE, type BaseInfo } from '../base.js';
import { podGroups, quotaEntries, usageAtMax } from '../capacity.js';
import { type EnvironmentView } from '../resolve.js';
import type { Checker } from './checker.js';
import { QUOTA_SHORTHAND_KEYS, isUnprefixedExtendedResource } from './checker.js';

export function checkQuotas(c: Checker, view: EnvironmentView): void {
  for (const [name, quota] of Object.entries(view.quotas)) {
    const at = (...subPath: FieldPath): FieldPath => view.fieldPath('quotas', [name, ...subPath]);
    c.quantity(at('cpu'), quota.cpu);
    c.quantity(at('memory'), quota.memory);
    c.quantity(at('limits', 'cpu'), quota.limits?.cpu);
    c.quantity(at('limits', 'memory'), quota.limits?.memory);
    for (const [key, value] of Object.entries(quota.hard ?? {})) {
      c.quantity(at('hard', key), value);
      if (isUnprefixedExtendedResource(key)) {
        c.report(
          at('hard', key),
          `a quota on the extended resource "${key}" must be written "requests.${key}" (Kubernetes only supports the requests. form for extended resources); for GPUs use the gpu shorthand.`,
          'key',
        );
      }
      const shorthand = QUOTA_SHORTHAND_KEYS[key];
      const shorthandSet =
        shorthand === 'limits.cpu'
          ? quota.limits?.cpu !== undefined
          : shorthand === 'limits.memory'
            ? quota.limits?.memory !== undefined
            : shorthand !== undefined &&
              quota[shorthand as 'cpu' | 'memory' | 'gpu' | 'pods'] !== undefined;
      if (shorthandSet) {
        c.report(
          at('hard', key),
          `"${key}" is already set by ${shorthand}; set it in one place.`,
          'key',
        );
      }
    }
  }
}

export function checkNodePools(c: Checker, view: EnvironmentView): void {
  for (const [name, pool] of Object.entries(view.nodePools)) {
    const at = (...subPath: FieldPath): FieldPath =>
      view.fieldPath('nodePools', [name, ...subPath]);
    // A pod requesting nvidia.com/gpu only fits GPU nodes anyway; any other pool needs
    // something that tells its nodes apart, or placement would only add tolerations.
    if (
      (pool.instanceTypes ?? []).length === 0 &&
      Object.keys(pool.labels ?? {}).length === 0 &&
      (pool.gpus ?? 0) === 0
    ) {
      c.report(
        view.fieldPath('nodePools', [name]),
        `node pool "${name}" selects no nodes: give labels its nodes carry (such as a node-group label) or instanceTypes (node.kubernetes.io/instance-type).`,
        'key',
      );
    }
    c.quantity(at('cpu'), pool.cpu);
    c.quantity(at('memory'), pool.memory);
    if (pool.max !== undefined && (pool.min ?? 0) > pool.max) {
      c.report(
        at('min'),
        `min (${pool.min ?? 0}) is above max (${pool.max}); the cluster autoscaler needs min ≤ max.`,
      );
    }
  }
}

export function checkMetricNames(c: Checker, view: EnvironmentView): void {
  const seen = new Map<string, string>();
  for (const workload of view.workloads) {
    if ((workload.spec.autoscaler ?? 'hpa') !== 'hpa') {
      continue;
    }
    (workload.spec.scaleOn?.metrics ?? []).forEach((metric, index) => {
      const signature = JSON.stringify([
        metric.type ?? 'Pods',
        metric.series ?? metric.name,
        metric.rate ?? false,
        metric.object?.kind ?? '',
      ]);
      const previous = seen.get(metric.name);
      if (previous !== undefined && previous !== signature) {
        c.report(
          workload.fieldPath(['scaleOn', 'metrics', index, 'name']),
          `metric "${metric.name}" is defined differently by another workload (type, series, rate or object kind); the metrics API serves one definition per name. Rename one of them.`,
        );
      }
      seen.set(metric.name, signature);
    });
  }
}

/** Quotas against what the base's workloads request at their maximum scale. */

export function checkQuotaFit(c: Checker, view: EnvironmentView, base: BaseInfo): void {
  const groups = podGroups(view, base);
  for (const [name, quota] of Object.entries(view.quotas)) {
    for (const entry of quotaEntries(quota)) {
      const path = view.fieldPath('quotas', [name, ...entry.specPath]);
      if (entry.field !== 'count' && entry.resource !== GPU_RESOURCE) {
        for (const group of groups) {
          for (const container of group.containers) {
            if (container.kind === 'init' || container[entry.field].has(entry.resource)) {
              continue;
            }
            c.report(
              path,
              `quota "${name}" constrains ${entry.key}, but container "${container.name}" of ${group.label} sets no ${entry.resource} ${entry.field === 'requests' ? 'request' : 'limit'}, so its pods are rejected at admission. Set it (resources.${entry.field} of the workload in the spec, or in the base).`,
              'key',
            );
          }
        }
      }
      const total = usageAtMax(groups, entry);
      if (entry.limit !== undefined && total > entry.limit + 1e-9) {
        const what = entry.field === 'count' ? 'pods' : entry.resource;
        c.report(
          path,
          `at maximum scale the workloads ${entry.field === 'limits' ? 'are limited to' : entry.field === 'count' ? 'run' : 'request'} ${formatQuantity(what, total)} ${what} in all, above quota "${name}" (${formatQuantity(what, entry.limit)}); scale-out would stop with FailedCreate. Raise the quota, or lower replicas.max or the ${entry.field === 'count' ? 'replica counts' : entry.field}.`,
        );
      }
    }
  }
}
