import { MANAGED_BY_LABELS, type EnvironmentContext } from './context.js';
import type { AdapterRule } from './metrics.js';
import { toYaml, type Json } from './yaml.js';

/** Annotation carrying the adapter's namespace, restored after the overlay's namespace. */
export const ADAPTER_NAMESPACE_ANNOTATION = 'scaleplan.dev/namespace';

/** The rules of every HPA custom or GPU metric, one per metric name, sorted by name. */
export function adapterRules(environment: EnvironmentContext): AdapterRule[] {
  const byName = new Map<string, AdapterRule>();
  for (const workload of environment.workloads) {
    if (workload.autoscaler !== 'hpa') {
      continue;
    }
    for (const metric of workload.metrics) {
      if (metric.adapter && !byName.has(`${metric.adapter.list}/${metric.adapter.name}`)) {
        byName.set(`${metric.adapter.list}/${metric.adapter.name}`, metric.adapter);
      }
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The prometheus-adapter configuration (`--config` file format) in a ConfigMap under the key
 * `config.yaml`, which the adapter's Helm chart mounts with `rules.existing: <name>`.
 */
export function adapterConfigMap(
  environment: EnvironmentContext,
  rules: readonly AdapterRule[],
): Json {
  const config: Record<string, Json> = {};
  const custom = rules.filter((rule) => rule.list === 'rules').map((rule) => rule.rule);
  const external = rules.filter((rule) => rule.list === 'externalRules').map((rule) => rule.rule);
  if (custom.length > 0) {
    config.rules = custom;
  }
  if (external.length > 0) {
    config.externalRules = external;
  }
  const namespace = environment.prometheus.adapterNamespace;
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: environment.prometheus.adapterConfigMap,
      namespace,
      labels: { ...MANAGED_BY_LABELS },
      annotations: { [ADAPTER_NAMESPACE_ANNOTATION]: namespace },
    },
    data: { 'config.yaml': toYaml(config) },
  };
}
