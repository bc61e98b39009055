import { MANAGED_BY_LABELS, type EnvironmentContext, type PrometheusContext } from './context.js';
import type { AdapterRuleSpec } from '../plan/types.js';
import type { AdapterRule } from './metrics.js';
import { toYaml, type Json } from './yaml.js';

/**
 * The file of a cluster directory that holds this plan's rules alone, in prometheus-adapter's
 * `--config` format. Another ScalePlan on the cluster lists it in `adapterRulesFrom` to merge
 * these rules into the one ConfigMap the adapter reads.
 */
export const ADAPTER_RULES_FILE = 'prometheus-adapter-rules.yaml';
/** The ConfigMap of the cluster directory (the adapter's whole configuration). */
export const ADAPTER_CONFIGMAP_FILE = 'prometheus-adapter.yaml';

/** Identity of a rule in the adapter's configuration: its list and the metric it serves. */
export function adapterRuleKey(rule: AdapterRule): string {
  return `${rule.list}/${rule.name}`;
}

function byName(a: AdapterRule, b: AdapterRule): number {
  return a.name < b.name
    ? -1
    : a.name > b.name
      ? 1
      : a.list < b.list
        ? -1
        : a.list > b.list
          ? 1
          : 0;
}

/** A rule the spec writes (`prometheus.adapterRules`), its fields in the adapter's order. */
function specRule(list: AdapterRule['list'], rule: AdapterRuleSpec): AdapterRule {
  const result: Record<string, Json> = { seriesQuery: rule.seriesQuery };
  if (rule.seriesFilters !== undefined) {
    result.seriesFilters = rule.seriesFilters as Json;
  }
  if (rule.resources !== undefined) {
    result.resources = rule.resources as Json;
  }
  result.name = rule.name as Json;
  result.metricsQuery = rule.metricsQuery;
  return { list, name: rule.name.as, rule: result };
}

/**
 * The rules of every HPA custom or GPU metric, one per metric name, sorted by name; the
 * spec's own `prometheus.adapterRules` replace the generated rule of their metric, or add one.
 */
export function adapterRules(environment: EnvironmentContext): AdapterRule[] {
  const rules = new Map<string, AdapterRule>();
  const own = environment.view.prometheus.adapterRules;
  for (const list of ['rules', 'externalRules'] as const) {
    for (const rule of own?.[list] ?? []) {
      const compiled = specRule(list, rule);
      rules.set(adapterRuleKey(compiled), compiled);
    }
  }
  for (const workload of environment.workloads) {
    if (workload.autoscaler !== 'hpa') {
      continue;
    }
    for (const metric of workload.metrics) {
      if (metric.adapter && !rules.has(adapterRuleKey(metric.adapter))) {
        rules.set(adapterRuleKey(metric.adapter), metric.adapter);
      }
    }
  }
  return [...rules.values()].sort(byName);
}

/**
 * Rules of several sources (the environments of a cluster, the rules files of other plans) as
 * one list: one rule per metric name, sorted. Definitions must already agree (compile checks
 * that before it compiles); the first one is kept.
 */
export function mergeAdapterRules(sources: readonly (readonly AdapterRule[])[]): AdapterRule[] {
  const rules = new Map<string, AdapterRule>();
  for (const source of sources) {
    for (const rule of source) {
      if (!rules.has(adapterRuleKey(rule))) {
        rules.set(adapterRuleKey(rule), rule);
      }
    }
  }
  return [...rules.values()].sort(byName);
}

/** The adapter's configuration (`rules`, `externalRules`) holding these rules. */
export function adapterConfig(rules: readonly AdapterRule[]): Record<string, Json> {
  const config: Record<string, Json> = {};
  const custom = rules.filter((rule) => rule.list === 'rules').map((rule) => rule.rule);
  const external = rules.filter((rule) => rule.list === 'externalRules').map((rule) => rule.rule);
  if (custom.length > 0) {
    config.rules = custom;
  }
  if (external.length > 0) {
    config.externalRules = external;
  }
  return config;
}

/**
 * The prometheus-adapter configuration (`--config` file format) in a ConfigMap under the key
 * `config.yaml`, which the adapter's Helm chart mounts with `rules.existing: <name>`. It lives
 * in the adapter's namespace, so it belongs to the cluster directory, never to an overlay.
 */
export function adapterConfigMap(
  prometheus: PrometheusContext,
  rules: readonly AdapterRule[],
): Json {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: prometheus.adapterConfigMap,
      namespace: prometheus.adapterNamespace,
      labels: { ...MANAGED_BY_LABELS },
    },
    data: { 'config.yaml': toYaml(adapterConfig(rules)) },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a rules file another plan wrote (`prometheus-adapter-rules.yaml`): its `rules` and
 * `externalRules`, each rule named by `name.as`. Returns the rules, or what is wrong with it.
 */
export function parseAdapterRules(document: unknown): AdapterRule[] | string {
  if (document === null || document === undefined) {
    return [];
  }
  if (!isRecord(document)) {
    return 'it is not a prometheus-adapter configuration (a map with rules and externalRules)';
  }
  const unknown = Object.keys(document).filter((key) => key !== 'rules' && key !== 'externalRules');
  if (unknown.length > 0) {
    return `it has ${unknown.map((key) => `"${key}"`).join(', ')}; a rules file holds only rules and externalRules`;
  }
  const result: AdapterRule[] = [];
  for (const list of ['rules', 'externalRules'] as const) {
    const entries = document[list] ?? [];
    if (!Array.isArray(entries)) {
      return `its ${list} is not a list`;
    }
    for (const [index, entry] of entries.entries()) {
      const name = isRecord(entry) && isRecord(entry.name) ? entry.name.as : undefined;
      if (!isRecord(entry) || typeof entry.seriesQuery !== 'string' || typeof name !== 'string') {
        return `${list}[${index}] is not an adapter rule with seriesQuery and name.as`;
      }
      result.push({ list, name, rule: entry as Json });
    }
  }
  return result.sort(byName);
}
