import { asArray, asObject, type Manifest } from './manifest.js';
import { parseLabelSelector, type SelectorParse } from './selectors.js';

/** prometheus-operator kinds (monitoring.coreos.com). */
export const SERVICE_MONITOR_KIND = 'ServiceMonitor';
export const POD_MONITOR_KIND = 'PodMonitor';
export const PROMETHEUS_RULE_KIND = 'PrometheusRule';
export const MONITORING_GROUP = 'monitoring.coreos.com';

/** Where a ServiceMonitor or PodMonitor looks for its targets. */
export type MonitorNamespaces = { any: true } | { any: false; names: readonly string[] };

export function isMonitoringObject(manifest: Manifest): boolean {
  return manifest.group === MONITORING_GROUP;
}

/**
 * `spec.namespaceSelector` as prometheus-operator reads it: `any: true` is every namespace,
 * `matchNames` those namespaces, and neither the monitor's own namespace. Undefined when
 * the field is malformed (schema-invalid's finding).
 */
export function readMonitorNamespaces(monitor: Manifest): MonitorNamespaces | undefined {
  const written = monitor.get(['spec', 'namespaceSelector']);
  if (written === undefined || written === null) {
    return { any: false, names: [monitor.namespace] };
  }
  const selector = asObject(written);
  if (!selector) {
    return undefined;
  }
  if (selector.any === true) {
    return { any: true };
  }
  if (selector.matchNames !== undefined && !Array.isArray(selector.matchNames)) {
    return undefined;
  }
  const names = asArray(selector.matchNames).filter(
    (name): name is string => typeof name === 'string' && name !== '',
  );
  return { any: false, names: names.length > 0 ? names : [monitor.namespace] };
}

/**
 * `spec.selector` of a ServiceMonitor or PodMonitor. prometheus-operator holds it as a plain
 * (non-pointer) LabelSelector, so an absent selector is the empty one, which selects
 * everything.
 */
export function readMonitorSelector(monitor: Manifest): SelectorParse {
  const written = monitor.get(['spec', 'selector']);
  return parseLabelSelector(written === undefined || written === null ? {} : written);
}

/** `namespace "shop"`, `namespaces "a" and "b"`, `every namespace`. */
export function describeMonitorNamespaces(namespaces: MonitorNamespaces): string {
  if (namespaces.any) {
    return 'any namespace';
  }
  const quoted = namespaces.names.map((name) => `"${name}"`);
  if (quoted.length === 1) {
    return `namespace ${quoted[0] ?? ''}`;
  }
  return `namespaces ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}
