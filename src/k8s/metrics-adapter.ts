/*
 * prometheus-adapter's configuration (the `--config` file, kubernetes-sigs/prometheus-adapter
 * pkg/config) as a ConfigMap of the set holds it, and the metric names its rules serve, as
 * the adapter derives them (pkg/naming/metric_namer.go): a rule's `seriesQuery` selects
 * Prometheus series, `seriesFilters` and `name.matches` keep some of them, and `name.as`
 * (Go's regexp Expand on the `matches` match) names each in the custom metrics API (`rules`)
 * or the external metrics API (`externalRules`).
 *
 * Where the served name cannot be known without Prometheus (a series query by regex whose
 * rule renames with captures), the rule serves a pattern or anything: callers must treat
 * those as serving the name they ask about.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { RE2JS as RE2 } from 're2js';
import { asArray, asObject, type JsonObject, type Manifest } from './manifest.js';
import type { ManifestSet } from './manifest-set.js';

export const CONFIG_MAP_KIND = 'ConfigMap';
/** The data key the adapter's Helm chart and kube-prometheus write the configuration under. */
export const DEFAULT_ADAPTER_DATA_KEYS: readonly string[] = ['config.yaml'];

export type AdapterList = 'rules' | 'externalRules';

/** The metric names one adapter rule may serve. */
export type ServedNames =
  /** Exactly these (none when the rule's series query selects no name its filters keep). */
  | { kind: 'names'; names: readonly string[] }
  /** Some names of this shape (the literal parts of `as`, anything where it expands). */
  | { kind: 'pattern'; pattern: RegExp; template: string }
  | { kind: 'any' };

export interface AdapterRule {
  list: AdapterList;
  index: number;
  served: ServedNames;
}

/** Why the adapter refuses the configuration: it exits at start-up and serves nothing. */
export interface AdapterConfigProblem {
  message: string;
  /** Offsets of the offending text in the data entry. */
  from: number;
  to: number;
}

export interface AdapterConfig {
  manifest: Manifest;
  /** The data key holding the configuration. */
  key: string;
  /** Found because a prometheus-adapter container of the set reads it with `--config`. */
  mounted: boolean;
  problem: AdapterConfigProblem | undefined;
  rules: readonly AdapterRule[];
}

let re2: typeof RE2 | undefined;

/** Loads re2js (Go's regexp syntax); the rules that read adapter configurations await it. */
export async function loadAdapterRegex(): Promise<void> {
  re2 ??= (await import('re2js')).RE2JS;
}

function compileGo(pattern: string): RE2 {
  if (!re2) {
    throw new Error('metrics-adapter: re2js is not loaded; await loadAdapterRegex() first');
  }
  return re2.compile(pattern);
}

/** The adapter's top-level fields and those of a discovery rule (UnmarshalStrict refuses others). */
const TOP_FIELDS = new Set(['rules', 'externalRules', 'resourceRules']);
const RULE_FIELDS = new Set([
  'seriesQuery',
  'seriesFilters',
  'resources',
  'name',
  'metricsQuery',
  'labelValueReplacements',
]);
const NAME_FIELDS = new Set(['matches', 'as']);
const RESOURCE_FIELDS = new Set(['template', 'overrides', 'namespaced']);
const FILTER_FIELDS = new Set(['is', 'isNot']);
/** Keys of the prometheus-adapter Helm chart's `rules` value, which is not the config format. */
const HELM_RULES_KEYS = new Set(['default', 'custom', 'external', 'resource', 'existing']);

class ConfigError extends Error {
  constructor(
    message: string,
    readonly node: Node | undefined,
  ) {
    super(message);
  }
}

function rangeOf(node: Node | undefined, text: string): { from: number; to: number } {
  const range = node?.range;
  return range ? { from: range[0], to: range[1] } : { from: 0, to: text.length };
}

function stringField(map: Node | undefined, field: string): string {
  if (!isMap(map)) {
    return '';
  }
  const value = map.get(field, true);
  if (value === undefined || value === null) {
    return '';
  }
  if (!isScalar(value)) {
    throw new ConfigError(`${field} must be a string`, value);
  }
  return value.value === null ? '' : String(value.value);
}

function checkFields(map: Node, allowed: ReadonlySet<string>, where: string): void {
  if (!isMap(map)) {
    throw new ConfigError(`${where} must be a mapping`, map);
  }
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !allowed.has(key)) {
      throw new ConfigError(
        `${key === undefined ? 'a key' : `"${key}"`} is not a field of ${where} (the adapter reads its configuration strictly)`,
        (pair.key as Node | null) ?? map,
      );
    }
  }
}

/**
 * The metric name series `series` gets from a rule: Go's `Regexp.ExpandString(as, …)` on the
 * first (unanchored) match of `matches`; undefined when the rule does not match it.
 */
function expandName(matches: RE2, as: string, series: string): string | undefined {
  const matcher = matches.matcher(series);
  if (!matcher.find()) {
    return undefined;
  }
  const named = matches.namedGroups();
  const groupCount = matches.groupCount();
  return expandTemplate(as, (reference) => {
    const index = typeof reference === 'number' ? reference : named[reference];
    return index !== undefined && index <= groupCount ? (matcher.group(index) ?? '') : '';
  });
}

/**
 * Go's regexp template expansion: `$$` is `$`, `$name` and `${name}` are replaced (`name`
 * the longest run of letters, digits and `_`, a number for a group index), a malformed `$`
 * stays as it is.
 */
function expandTemplate(template: string, group: (reference: string | number) => string): string {
  let result = '';
  let rest = template;
  for (;;) {
    const dollar = rest.indexOf('$');
    if (dollar === -1) {
      return result + rest;
    }
    result += rest.slice(0, dollar);
    rest = rest.slice(dollar + 1);
    if (rest.startsWith('$')) {
      result += '$';
      rest = rest.slice(1);
      continue;
    }
    const reference = /^(?:\{([\p{L}\p{N}_]+)\}|([\p{L}\p{N}_]+))/u.exec(rest);
    if (!reference) {
      result += '$';
      continue;
    }
    rest = rest.slice(reference[0].length);
    const name = reference[1] ?? reference[2] ?? '';
    const number = /^(?:0|[1-9]\d{0,7})$/.test(name) ? Number(name) : undefined;
    result += group(number ?? name);
  }
}

/** The names a template can expand to whatever the series: its literal text around anything. */
function templateShape(template: string): ServedNames {
  const marker = '\u0000';
  const shape = expandTemplate(template, () => marker);
  if (!shape.includes(marker)) {
    return { kind: 'names', names: [shape] };
  }
  const parts = shape.split(marker);
  if (parts.every((part) => part === '')) {
    return { kind: 'any' };
  }
  const source = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return { kind: 'pattern', pattern: new RegExp(`^${source}$`, 's'), template };
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;

/**
 * The one series name a series selector selects when it is a literal (`name{…}` or
 * `{__name__="name", …}`); undefined when it is a regex or the selector is not one this reads.
 */
export function literalSeriesName(query: string): string | undefined {
  let rest = query.trim();
  const metric = METRIC_NAME.exec(rest);
  let name = metric?.[0];
  rest = rest.slice(name?.length ?? 0).trim();
  if (rest === '') {
    return name;
  }
  if (!rest.startsWith('{') || !rest.endsWith('}')) {
    return undefined;
  }
  let body = rest.slice(1, -1);
  const matcher =
    /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)\s*(?:,|$)/;
  while (body.trim() !== '') {
    const match = matcher.exec(body);
    if (!match) {
      return undefined;
    }
    body = body.slice(match[0].length);
    const [, label, operator, quoted = ''] = match;
    if (label !== '__name__') {
      continue;
    }
    if (operator !== '=') {
      return undefined;
    }
    const value = unquote(quoted);
    if (value === undefined || (name !== undefined && name !== value)) {
      return undefined;
    }
    name = value;
  }
  return name;
}

function unquote(quoted: string): string | undefined {
  if (quoted.startsWith('`')) {
    return quoted.slice(1, -1);
  }
  const inner = quoted.slice(1, -1);
  // Only the escapes a metric name can need; anything else is left to "unknown".
  if (/\\[^\\"']/.test(inner)) {
    return undefined;
  }
  return inner.replace(/\\(.)/g, '$1');
}

function compileOrThrow(pattern: string, what: string, node: Node | undefined): RE2 {
  try {
    return compileGo(pattern);
  } catch (error) {
    if (error instanceof Error && error.name === 'RE2JSSyntaxException') {
      throw new ConfigError(`${what} "${pattern}" is not a valid regular expression`, node);
    }
    throw error;
  }
}

function readRule(list: AdapterList, index: number, rule: Node): AdapterRule {
  checkFields(rule, RULE_FIELDS, `a rule of ${list}`);
  if (!isMap(rule)) {
    throw new ConfigError(`a rule of ${list} must be a mapping`, rule);
  }
  const nameNode = rule.get('name', true) as Node | undefined;
  if (nameNode !== undefined && nameNode !== null) {
    checkFields(nameNode, NAME_FIELDS, 'name');
  }
  const resources = rule.get('resources', true) as Node | undefined;
  if (resources !== undefined && resources !== null) {
    checkFields(resources, RESOURCE_FIELDS, 'resources');
  }
  const matchesText = stringField(nameNode, 'matches');
  const matchesNode = isMap(nameNode) ? (nameNode.get('matches', true) as Node) : undefined;
  const matches = compileOrThrow(
    matchesText === '' ? '.*' : matchesText,
    'name.matches',
    matchesNode,
  );
  let as = stringField(nameNode, 'as');
  if (as === '') {
    const groups = matches.groupCount();
    if (groups > 1) {
      throw new ConfigError(
        `name.matches "${matchesText}" has ${groups} capture groups and no name.as to say which is the name`,
        matchesNode ?? rule,
      );
    }
    as = groups === 1 ? '$1' : '$0';
  }
  const filters: { regex: RE2; keep: boolean }[] = [];
  const filterNodes = rule.get('seriesFilters', true) as Node | undefined;
  if (filterNodes !== undefined && filterNodes !== null) {
    if (!isSeq(filterNodes)) {
      throw new ConfigError('seriesFilters must be a list', filterNodes);
    }
    for (const filter of filterNodes.items as Node[]) {
      checkFields(filter, FILTER_FIELDS, 'a series filter');
      const is = stringField(filter, 'is');
      const isNot = stringField(filter, 'isNot');
      if ((is === '') === (isNot === '')) {
        throw new ConfigError('a series filter needs exactly one of is and isNot', filter);
      }
      filters.push({
        regex: compileOrThrow(is || isNot, 'the series filter', filter),
        keep: is !== '',
      });
    }
  }
  const series = literalSeriesName(stringField(rule, 'seriesQuery'));
  if (series === undefined) {
    return { list, index, served: templateShape(as) };
  }
  const kept =
    filters.every((filter) => filter.regex.matcher(series).find() === filter.keep) &&
    matches.matcher(series).find();
  const name = kept ? expandName(matches, as, series) : undefined;
  return { list, index, served: { kind: 'names', names: name === undefined ? [] : [name] } };
}

/** Reads one configuration text: its rules, or why the adapter refuses it. */
export function readAdapterConfigText(text: string): {
  rules: AdapterRule[];
  problem: AdapterConfigProblem | undefined;
} {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const syntax = document.errors[0];
  if (syntax) {
    const [from, to] = syntax.pos;
    return {
      rules: [],
      problem: { message: `it is not valid YAML (${firstLine(syntax.message)})`, from, to },
    };
  }
  const rules: AdapterRule[] = [];
  try {
    const root = document.contents as Node | null;
    if (root === null || (isScalar(root) && root.value === null)) {
      return { rules, problem: undefined };
    }
    const top = root.toJSON() as unknown;
    const helm = asObject(asObject(top)?.rules);
    if (helm && Object.keys(helm).some((key) => HELM_RULES_KEYS.has(key))) {
      throw new ConfigError(
        "rules holds the prometheus-adapter Helm chart's values (rules.custom, rules.external), not the adapter's configuration: in the --config format rules, externalRules and resourceRules are lists at the top",
        isMap(root) ? (root.get('rules', true) as Node) : root,
      );
    }
    checkFields(root, TOP_FIELDS, 'the adapter configuration');
    if (!isMap(root)) {
      return { rules, problem: undefined };
    }
    for (const list of ['rules', 'externalRules'] as const) {
      const entries = root.get(list, true) as Node | undefined;
      if (
        entries === undefined ||
        entries === null ||
        (isScalar(entries) && entries.value === null)
      ) {
        continue;
      }
      if (!isSeq(entries)) {
        throw new ConfigError(`${list} must be a list of rules`, entries);
      }
      (entries.items as Node[]).forEach((entry, index) => {
        rules.push(readRule(list, index, entry));
      });
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      return { rules: [], problem: { message: error.message, ...rangeOf(error.node, text) } };
    }
    throw error;
  }
  return { rules, problem: undefined };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** Whether a parsed data entry looks like an adapter configuration (a mapping with its keys). */
function looksLikeConfig(text: string): boolean {
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) {
    return false;
  }
  const root = asObject(document.toJSON() as unknown);
  return root !== undefined && Object.keys(root).some((key) => TOP_FIELDS.has(key));
}

/**
 * The ConfigMap data entries that prometheus-adapter containers of the set read with
 * `--config`: `namespace\0name` → keys. An image named `prometheus-adapter` marks the
 * container; the flag's directory is a configMap volume mount.
 */
function mountedConfigs(
  set: ManifestSet,
  configMaps: readonly Manifest[],
): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  // A pod mounts ConfigMaps of its own namespace: only those namespaces' workloads are read.
  const namespaces = new Set(configMaps.map((configMap) => configMap.namespace));
  for (const workload of [...namespaces].flatMap((namespace) => set.workloadsIn(namespace))) {
    const volumes = asArray(workload.podSpec?.volumes).map(asObject);
    for (const { container } of workload.containers) {
      const image = typeof container.image === 'string' ? container.image : '';
      if (!/prometheus-adapter/.test(image)) {
        continue;
      }
      const flags = [...asArray(container.command), ...asArray(container.args)].map(String);
      const configPath = configFlag(flags);
      if (configPath === undefined) {
        continue;
      }
      for (const mount of asArray(container.volumeMounts).map(asObject)) {
        const mountPath =
          typeof mount?.mountPath === 'string' ? mount.mountPath.replace(/\/+$/, '') : '';
        if (mountPath === '' || !configPath.startsWith(`${mountPath}/`)) {
          continue;
        }
        const relative = configPath.slice(mountPath.length + 1);
        const volume = volumes.find((entry) => entry?.name === mount?.name);
        const configMap = asObject(volume?.configMap);
        if (typeof configMap?.name !== 'string') {
          continue;
        }
        const item = asArray(configMap.items)
          .map(asObject)
          .find((entry) => entry?.path === relative);
        const key = typeof item?.key === 'string' ? item.key : relative;
        const id = `${workload.manifest.namespace}\u0000${configMap.name}`;
        const keys = result.get(id) ?? new Set<string>();
        keys.add(key);
        result.set(id, keys);
      }
    }
  }
  return result;
}

function configFlag(flags: readonly string[]): string | undefined {
  for (let index = 0; index < flags.length; index++) {
    const flag = flags[index] ?? '';
    const inline = /^--?config=(.+)$/.exec(flag);
    if (inline) {
      return inline[1];
    }
    if ((flag === '--config' || flag === '-config') && flags[index + 1] !== undefined) {
      return flags[index + 1];
    }
  }
  return undefined;
}

/**
 * The prometheus-adapter configurations of a set: ConfigMap entries a prometheus-adapter
 * container reads with `--config`, and entries under `dataKeys` that hold a mapping with
 * `rules`, `externalRules` or `resourceRules`.
 */
export function readAdapterConfigs(set: ManifestSet, dataKeys: readonly string[]): AdapterConfig[] {
  const configMaps = set.byKind(CONFIG_MAP_KIND);
  const mounted = mountedConfigs(set, configMaps);
  const configs: AdapterConfig[] = [];
  for (const manifest of configMaps) {
    const data = asObject(manifest.get(['data'])) ?? ({} as JsonObject);
    const mountedKeys = mounted.get(`${manifest.namespace}\u0000${manifest.name}`);
    for (const [key, value] of Object.entries(data)) {
      if (typeof value !== 'string') {
        continue;
      }
      const isMounted = mountedKeys?.has(key) ?? false;
      if (!isMounted && !(dataKeys.includes(key) && looksLikeConfig(value))) {
        continue;
      }
      const { rules, problem } = readAdapterConfigText(value);
      configs.push({ manifest, key, mounted: isMounted, problem, rules });
    }
  }
  return configs;
}

/** Whether a rule may serve `name`: `true`, `false`, or `'maybe'` when it depends on Prometheus. */
export function mayServe(rule: AdapterRule, name: string): boolean | 'maybe' {
  switch (rule.served.kind) {
    case 'names':
      return rule.served.names.includes(name);
    case 'pattern':
      return rule.served.pattern.test(name) ? 'maybe' : false;
    case 'any':
      return 'maybe';
  }
}
