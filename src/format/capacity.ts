/*
 * The capacity report and its diff as text (terminal), Markdown (pull-request comments,
 * GitHub-flavoured tables) and JSON (machines). Quantities are written as Kubernetes writes
 * them (cores, Gi); every table is sorted the way the report is.
 */
import { compareResources, type NamespaceCapacity, type QuotaCapacity } from '../k8s/capacity.js';
import { formatQuantity } from '../k8s/quantity.js';
import type { CapacityChange } from '../capacity/diff.js';
import type { CapacityReport } from '../capacity/report.js';
import { escapeMarkdownText } from './escape.js';

function amount(resource: string, value: number): string {
  return resource === 'pods' ? String(value) : formatQuantity(resource, value);
}

/** A label users read: `GPU` for nvidia.com/gpu, else the resource name. */
function resourceLabel(resource: string): string {
  return resource === 'nvidia.com/gpu' ? 'GPU' : resource;
}

function resourcesOf(namespace: NamespaceCapacity): string[] {
  return Object.keys(namespace.requestsAtMax).sort(compareResources);
}

function quotaVerdict(quota: QuotaCapacity): string {
  return quota.atMax <= quota.hard + 1e-9 ? 'fits' : 'EXCEEDS';
}

export function capacityText(report: CapacityReport): string {
  const lines: string[] = [];
  for (const namespace of report.namespaces) {
    const resources = resourcesOf(namespace);
    const totals = resources
      .map(
        (resource) =>
          `${resourceLabel(resource)} ${amount(resource, namespace.requestsAtMax[resource] ?? 0)}`,
      )
      .join(', ');
    lines.push(
      `namespace ${namespace.namespace}: ${namespace.podsAtMax} pods at max scale${totals ? `, requests ${totals}` : ''}`,
    );
    for (const workload of namespace.workloads) {
      const replicas =
        workload.maxReplicas === undefined
          ? 'one pod per matching node (not counted)'
          : `${workload.minReplicas ?? workload.maxReplicas}–${workload.maxReplicas} replicas`;
      const perPod = Object.entries(workload.perPod)
        .filter(([, value]) => value > 0)
        .map(([resource, value]) => `${resourceLabel(resource)} ${amount(resource, value)}`)
        .join(', ');
      lines.push(
        `  ${workload.kind} ${workload.name}: ${replicas}${perPod ? `, per pod ${perPod}` : ', no requests'}`,
      );
    }
    for (const quota of namespace.quotas) {
      lines.push(
        `  quota ${quota.name} ${quota.key}: ${amount(quota.resource, quota.atMax)} at max of ${amount(quota.resource, quota.hard)} (${quotaVerdict(quota)})`,
      );
    }
  }
  for (const pool of report.pools) {
    const limit = pool.maxNodes === undefined ? '' : ` of at most ${pool.maxNodes}`;
    const verdict =
      pool.oversized.length > 0
        ? ` (a pod of ${pool.oversized.join(', ')} does not fit on one node)`
        : pool.maxNodes !== undefined && pool.nodesAtMax > pool.maxNodes
          ? ' (EXCEEDS the pool)'
          : '';
    lines.push(`node pool ${pool.name}: ${pool.nodesAtMax} nodes at max scale${limit}${verdict}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : 'No workloads.\n';
}

/** Manifest text in a table cell or heading: escapeMarkdownText already escapes `|`. */
function cell(text: string): string {
  return escapeMarkdownText(text);
}

export function capacityMarkdown(report: CapacityReport): string {
  const sections: string[] = [];
  for (const namespace of report.namespaces) {
    const resources = resourcesOf(namespace);
    const header = [
      'Workload',
      'Replicas',
      ...resources.map((resource) => `${resourceLabel(resource)} at max`),
    ];
    const rows = namespace.workloads.map((workload) => [
      `${workload.kind} ${workload.name}`,
      workload.maxReplicas === undefined
        ? 'per node'
        : `${workload.minReplicas ?? workload.maxReplicas}–${workload.maxReplicas}`,
      ...resources.map((resource) =>
        workload.maxReplicas === undefined
          ? '—'
          : amount(resource, (workload.perPod[resource] ?? 0) * workload.maxReplicas),
      ),
    ]);
    rows.push([
      '**Total**',
      String(namespace.podsAtMax),
      ...resources.map((resource) => amount(resource, namespace.requestsAtMax[resource] ?? 0)),
    ]);
    const line = (row: readonly string[]): string => `| ${row.join(' | ')} |`;
    const table = [
      line(header.map(cell)),
      line(header.map(() => '---')),
      ...rows.map((row, index) =>
        line(
          index === rows.length - 1
            ? row.map((entry, column) => (column === 0 ? entry : cell(entry)))
            : row.map(cell),
        ),
      ),
    ].join('\n');
    const quotas = namespace.quotas.map(
      (quota) =>
        `- ResourceQuota ${cell(quota.name)} ${cell(quota.key)}: ${amount(quota.resource, quota.atMax)} at max scale of ${amount(quota.resource, quota.hard)} (${quotaVerdict(quota) === 'fits' ? 'fits' : '**exceeds**'})`,
    );
    sections.push(
      [
        `#### Namespace ${cell(namespace.namespace)}`,
        table,
        ...(quotas.length > 0 ? [quotas.join('\n')] : []),
      ].join('\n\n'),
    );
  }
  for (const pool of report.pools) {
    sections.push(
      `#### Node pool ${cell(pool.name)}\n\n${pool.nodesAtMax} nodes at max scale${pool.maxNodes === undefined ? '' : ` of at most ${pool.maxNodes}`}${pool.maxNodes !== undefined && pool.nodesAtMax > pool.maxNodes ? ' (**exceeds the pool**)' : ''}${pool.oversized.length > 0 ? `; a pod of ${pool.oversized.map(cell).join(', ')} does not fit on one node` : ''}.`,
    );
  }
  return sections.length > 0 ? `${sections.join('\n\n')}\n` : 'No workloads.\n';
}

/** One change in words: "GPU at max scale in `ollama`: 8 → 16 (quota 8: now exceeds)". */
export function describeChange(
  change: CapacityChange,
  name: (text: string) => string = (text) => text,
): string {
  switch (change.kind) {
    case 'namespace': {
      const label = change.resource === 'pods' ? 'Pods' : resourceLabel(change.resource);
      const quota = change.quota;
      const verdict = !quota
        ? ''
        : quota.fitsAfter === quota.fitsBefore
          ? ` (quota ${amount(change.resource, quota.hard)}: ${quota.fitsAfter ? 'fits' : 'still exceeds'})`
          : ` (quota ${amount(change.resource, quota.hard)}: ${quota.fitsAfter ? 'now fits' : 'now exceeds'})`;
      return `${label} at max scale in ${name(change.namespace)}: ${amount(change.resource, change.before)} → ${amount(change.resource, change.after)}${verdict}`;
    }
    case 'workload':
      if (change.field === 'added') {
        return `${name(change.workload)} added in ${name(change.namespace)}${change.after === undefined ? '' : ` (up to ${change.after} replicas)`}`;
      }
      if (change.field === 'removed') {
        return `${name(change.workload)} removed from ${name(change.namespace)}`;
      }
      return `${name(change.workload)} in ${name(change.namespace)}: ${change.field} ${change.before ?? 'unknown'} → ${change.after ?? 'unknown'}`;
    case 'pool':
      return `Nodes of pool ${name(change.pool)} at max scale: ${change.before} → ${change.after}${change.maxNodes === undefined ? '' : ` (pool max ${change.maxNodes}${change.after > change.maxNodes ? ': exceeds' : ''})`}`;
  }
}

export function changesText(changes: readonly CapacityChange[]): string {
  return changes.length === 0
    ? 'Capacity unchanged.\n'
    : `${changes.map((change) => describeChange(change)).join('\n')}\n`;
}

/** The pull-request section; empty when nothing changed (the comment then says nothing). */
export function changesMarkdown(changes: readonly CapacityChange[]): string {
  if (changes.length === 0) {
    return '';
  }
  return `### Capacity at maximum scale\n\n${changes.map((change) => `- ${describeChange(change, escapeMarkdownText)}`).join('\n')}\n`;
}

export function capacityJson(value: unknown): string {
  return `${JSON.stringify(
    value,
    (key, entry: unknown) => (key === 'manifest' ? undefined : entry),
    2,
  )}\n`;
}
