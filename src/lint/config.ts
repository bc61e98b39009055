import fs from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import type { Document } from 'yaml';
import { ScaleplanError, type ErrorLocation } from '../errors.js';
import { POLICY_PACKS } from '../generated/policies.js';
import { validateConfig, type ValidationError } from '../generated/validate-config.js';
import { locateInDocument } from '../source/locate.js';
import { displayPath, isWithin, repositoryRoot } from '../source/paths.js';
import { SourceFile } from '../source/source-file.js';
import { closestMatch } from '../shared/closest.js';
import type { InputLimits } from '../load/limits.js';
import type { ReferenceSettings } from '../k8s/external.js';
import type { Severity } from './rule.js';
import { rules as builtinRules } from './rules/index.js';

export const CONFIG_FILE_NAMES: readonly string[] = ['.scaleplan.yaml', '.scaleplan.yml'];

export type SeveritySetting = Severity | 'off';

export interface RuleSetting {
  /** Undefined keeps the rule's own default severity. */
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

type RuleEntry = SeveritySetting | RuleSetting;

/** The config file format (schemas/config.schema.json). */
export interface ConfigFile {
  extends?: string | string[];
  kubeVersion?: string;
  namespace?: string;
  limits?: Partial<InputLimits>;
  references?: ReferenceSettings;
  rules?: Record<string, RuleEntry>;
  ignore?: string[];
  overrides?: Array<{ files: string[]; rules?: Record<string, RuleEntry> }>;
}

export interface Override {
  files: string[];
  rules: Record<string, RuleSetting>;
}

export interface ResolvedConfig {
  /** The config file, when one was used. */
  file?: string;
  /** Globs in `ignore` and `overrides` are relative to this directory. */
  baseDirectory: string;
  kubeVersion?: string;
  namespace?: string;
  limits?: Partial<InputLimits>;
  /** What reference rules assume exists outside the set (entries of every config, merged). */
  references?: ReferenceSettings;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  overrides: Override[];
}

/** `.scaleplan.yaml` in the working directory or the nearest directory above it. */
export function findConfigFile(cwd: string): string | undefined {
  let directory = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (fs.existsSync(candidate)) {
        return candidate;
      }
    }
    const parent = path.dirname(directory);
    if (parent === directory) {
      return undefined;
    }
    directory = parent;
  }
}

/** The config a run uses: an explicit file, else the one found upwards, else `recommended`. */
export function loadConfig(explicitFile: string | undefined, cwd: string): ResolvedConfig {
  const file = explicitFile ? path.resolve(cwd, explicitFile) : findConfigFile(cwd);
  if (explicitFile && (!file || !fs.existsSync(file))) {
    throw new ScaleplanError('CONFIG_NOT_FOUND', `Config file not found: ${explicitFile}`);
  }
  if (!file) {
    return { ...resolvePack('recommended', cwd, []), baseDirectory: cwd };
  }
  return resolveFile(file, cwd, []);
}

function emptyConfig(baseDirectory: string): ResolvedConfig {
  return { baseDirectory, rules: {}, ignore: [], overrides: [] };
}

/** Where an `extends` entry is written, for errors about it. */
interface ExtendsEntry {
  name: string;
  location: ErrorLocation;
}

function resolvePack(name: string, cwd: string, chain: readonly string[]): ResolvedConfig {
  const text = POLICY_PACKS[name];
  if (text === undefined) {
    throw new Error(`Policy pack "${name}" is not built in.`);
  }
  return resolveText(new SourceFile(`policies/${name}.yaml`, text), cwd, cwd, [
    ...chain,
    `policy pack ${name}`,
  ]);
}

function resolveFile(file: string, cwd: string, chain: readonly string[]): ResolvedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScaleplanError(
      'CONFIG_NOT_FOUND',
      `Cannot read config file ${displayPath(cwd, file)}: ${(error as Error).message}`,
      { file: displayPath(cwd, file) },
    );
  }
  const resolved = resolveText(
    new SourceFile(displayPath(cwd, file), text, file),
    path.dirname(file),
    cwd,
    [...chain, file],
  );
  resolved.file = file;
  return resolved;
}

/** `extends` names a built-in pack, or a config file by path (anything with / or .yaml). */
function isPathReference(name: string): boolean {
  return name.includes('/') || name.includes(path.sep) || /\.ya?ml$/.test(name);
}

function resolveParent(
  entry: ExtendsEntry,
  baseDirectory: string,
  cwd: string,
  chain: readonly string[],
): ResolvedConfig {
  if (!isPathReference(entry.name)) {
    if (POLICY_PACKS[entry.name] === undefined) {
      const packs = Object.keys(POLICY_PACKS).sort();
      const suggestion = closestMatch(entry.name, packs);
      throw new ScaleplanError(
        'CONFIG_INVALID',
        `Unknown policy pack "${entry.name}" in extends${suggestion ? `; did you mean "${suggestion}"?` : '.'} The packs are ${packs.map((pack) => `"${pack}"`).join(' and ')}; a config file is named by its path (./base.yaml).`,
        entry.location,
      );
    }
    return resolvePack(entry.name, cwd, chain);
  }
  const target = path.resolve(baseDirectory, entry.name);
  if (chain.includes(target)) {
    const loop = [...chain.slice(chain.indexOf(target)), target]
      .map((file) => (file.startsWith('policy pack ') ? file : displayPath(cwd, file)))
      .join(' → ');
    throw new ScaleplanError(
      'CONFIG_INVALID',
      `Config files extend each other in a loop: ${loop}. Remove one of these extends entries.`,
      entry.location,
    );
  }
  if (!fs.existsSync(target)) {
    throw new ScaleplanError(
      'CONFIG_NOT_FOUND',
      `extends names ${entry.name}, but ${displayPath(cwd, target)} does not exist (paths are relative to the config file that names them).`,
      entry.location,
    );
  }
  confineParent(entry, target, baseDirectory);
  return rebase(resolveFile(target, cwd, chain), baseDirectory);
}

/**
 * `extends` paths must stay inside the config's repository (the nearest directory above it
 * holding `.git`, else the config's own directory): a shared config in a checkout is reached;
 * /etc/passwd or /proc/self/environ is refused before a byte of it is read (its text would
 * otherwise come back in the error that says it is not a config).
 */
function confineParent(entry: ExtendsEntry, target: string, baseDirectory: string): void {
  const root = repositoryRoot(baseDirectory);
  const real = fs.realpathSync(target);
  if (!isWithin(root, real)) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `extends names ${entry.name}, which is outside the repository (the nearest directory above the config holding .git, else the config's directory); a config may only extend files inside it.`,
      entry.location,
    );
  }
  if (!fs.statSync(real).isFile()) {
    throw new ScaleplanError(
      'UNSAFE_PATH',
      `extends names ${entry.name}, which is not a regular file; a config may only extend YAML files.`,
      entry.location,
    );
  }
}

function resolveText(
  source: SourceFile,
  baseDirectory: string,
  cwd: string,
  chain: readonly string[],
): ResolvedConfig {
  const { config, document } = parseConfigDocument(source);
  const parents = config.extends === undefined ? [] : [config.extends].flat();
  let resolved = emptyConfig(baseDirectory);
  parents.forEach((name, index) => {
    const where = locate(
      source,
      document,
      Array.isArray(config.extends) ? ['extends', index] : ['extends'],
      'value',
    );
    resolved = merge(resolved, resolveParent({ name, location: where }, baseDirectory, cwd, chain));
  });
  const own: ResolvedConfig = {
    baseDirectory,
    rules: normalizeRules(config.rules),
    ignore: config.ignore ?? [],
    overrides: (config.overrides ?? []).map((override) => ({
      files: override.files,
      rules: normalizeRules(override.rules),
    })),
  };
  if (config.kubeVersion !== undefined) {
    own.kubeVersion = config.kubeVersion;
  }
  if (config.namespace !== undefined) {
    own.namespace = config.namespace;
  }
  if (config.limits !== undefined) {
    own.limits = config.limits;
  }
  if (config.references !== undefined) {
    own.references = config.references;
  }
  const merged = merge(resolved, own);
  merged.baseDirectory = baseDirectory;
  return merged;
}

/**
 * A parent config's globs are relative to its own directory; rewritten relative to the
 * directory of the config that extends it, so `ignore: [vendor/**]` in ../shared/base.yaml
 * still means ../shared/vendor/**.
 */
function rebase(config: ResolvedConfig, baseDirectory: string): ResolvedConfig {
  const prefix = path.relative(baseDirectory, config.baseDirectory).split(path.sep).join('/');
  if (prefix === '') {
    return config;
  }
  const move = (pattern: string): string =>
    pattern.startsWith('/') ? pattern : path.posix.join(prefix, pattern);
  return {
    ...config,
    baseDirectory,
    ignore: config.ignore.map(move),
    overrides: config.overrides.map((override) => ({
      ...override,
      files: override.files.map(move),
    })),
  };
}

/** Parses and validates a config file; problems are exit-2 errors with file and line. */
export function parseConfig(source: SourceFile): ConfigFile {
  return parseConfigDocument(source).config;
}

function parseConfigDocument(source: SourceFile): {
  config: ConfigFile;
  document: Document.Parsed | undefined;
} {
  const documents = source.yaml().documents;
  const second = documents[1];
  if (second) {
    const start = second.contents?.range?.[0] ?? second.range?.[0] ?? 0;
    throw new ScaleplanError(
      'CONFIG_INVALID',
      'A config file holds one YAML document; this is a second one. Merge the settings into the first, or name the other file in extends.',
      { file: source.path, ...source.position(start) },
    );
  }
  const document = documents[0];
  // An empty file (or one with only comments) is a config that changes nothing.
  if (!document) {
    return { config: {}, document: undefined };
  }
  const firstError = document.errors[0];
  if (firstError) {
    // Errors found at the end of the input (an unclosed bracket) point at the last content.
    const lastContent = Math.max(0, source.text.trimEnd().length - 1);
    throw new ScaleplanError(
      'CONFIG_INVALID',
      `The config is not valid YAML: ${cleanYamlError(firstError.message)}`,
      { file: source.path, ...source.position(Math.min(firstError.pos[0], lastContent)) },
    );
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ScaleplanError(
      'CONFIG_INVALID',
      `The config cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      { file: source.path, line: 1, column: 1 },
    );
  }
  if (!validateConfig(value)) {
    const error = pickError(validateConfig.errors ?? [], value);
    const { path: fieldPath, target } = errorPlace(error);
    throw new ScaleplanError('CONFIG_INVALID', describeError(error, value), {
      ...locate(source, document, fieldPath, target),
    });
  }
  return { config: value as ConfigFile, document };
}

function locate(
  source: SourceFile,
  document: Document.Parsed | undefined,
  fieldPath: readonly (string | number)[],
  target: 'key' | 'value',
): ErrorLocation {
  const range = document ? locateInDocument(source, document, fieldPath, target) : undefined;
  const position = range ? source.position(range.start) : { line: 1, column: 1 };
  return { file: source.path, ...position };
}

function cleanYamlError(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  const cleaned = firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
  return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
}

/** Where an error points: the unknown key itself, else the offending value. */
function errorPlace(error: ValidationError): {
  path: (string | number)[];
  target: 'key' | 'value';
} {
  const base = pointerToPath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    return { path: [...base, String(error.params.additionalProperty)], target: 'key' };
  }
  return { path: base, target: 'value' };
}

function jsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}

/**
 * One error to show. `oneOf` (a severity string, or a `{severity, options}` map) reports the
 * failures of both branches; the deepest error about a value of the type its branch expects
 * explains the mistake.
 */
function pickError(errors: readonly ValidationError[], root: unknown): ValidationError {
  const relevant = (error: ValidationError): number => {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      return 0;
    }
    const value = valueAt(root, pointerToPath(error.instancePath));
    const schemaPath = (error as ValidationError & { schemaPath?: string }).schemaPath ?? '';
    const inBranch = schemaPath.includes('/oneOf/');
    if (error.keyword === 'enum' && typeof value === 'object' && value !== null) {
      return 1;
    }
    if (error.keyword === 'type' && inBranch) {
      const sibling = errors.some(
        (other) =>
          other !== error &&
          other.keyword !== 'oneOf' &&
          other.keyword !== 'type' &&
          other.instancePath.startsWith(error.instancePath),
      );
      return sibling ? 1 : 2;
    }
    return 3;
  };
  const sorted = [...errors].sort(
    (a, b) =>
      relevant(b) - relevant(a) ||
      pointerToPath(b.instancePath).length - pointerToPath(a.instancePath).length,
  );
  return sorted[0] ?? { instancePath: '', keyword: 'type', message: 'is invalid', params: {} };
}

function valueAt(root: unknown, fieldPath: readonly (string | number)[]): unknown {
  let current = root;
  for (const segment of fieldPath) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') {
    return [];
  }
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `rules.hpa-min-max.options`, `overrides[0].files` */
function describePath(fieldPath: readonly (string | number)[]): string {
  return fieldPath
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

const TOP_LEVEL_KEYS = [
  'extends',
  'kubeVersion',
  'namespace',
  'limits',
  'references',
  'rules',
  'ignore',
  'overrides',
];
const LIMIT_KEYS = ['maxFileBytes', 'maxTotalBytes', 'maxDocuments'];
const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  array: 'a list',
  object: 'a map',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

function describeValue(value: unknown): string {
  const type = jsonType(value);
  if (type === 'string') {
    return `the string ${JSON.stringify(value)}`;
  }
  if (type === 'integer' || type === 'number') {
    return `the number ${String(value)}`;
  }
  if (type === 'boolean') {
    return String(value);
  }
  return TYPE_NAMES[type] ?? type;
}

/** Rule id → option names, from the rules' own schemas. */
function ruleOptions(): Map<string, string[]> {
  return new Map(
    builtinRules.map((rule) => [rule.id, Object.keys(rule.meta.optionsSchema?.properties ?? {})]),
  );
}

/** The message for one validation error: where, what was expected, and a likely fix. */
function describeError(error: ValidationError, root: unknown): string {
  const fieldPath = pointerToPath(error.instancePath);
  const where = fieldPath.length === 0 ? 'the config' : describePath(fieldPath);
  const value = valueAt(root, fieldPath);
  const params = error.params;
  const last = fieldPath[fieldPath.length - 1];
  const parent = fieldPath[fieldPath.length - 2];
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      if (fieldPath.length === 0) {
        return unknownKey(key, 'in the config', TOP_LEVEL_KEYS);
      }
      if (last === 'rules') {
        const ids = [...ruleOptions().keys()];
        const suggestion = closestMatch(key, ids);
        return `Unknown rule id "${key}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} Run "scaleplan rules" to list the rules.`;
      }
      if (last === 'options' && parent !== undefined) {
        const options = ruleOptions().get(String(parent)) ?? [];
        if (options.length === 0) {
          return `Rule "${String(parent)}" has no options, so "${key}" cannot be set; remove "options".`;
        }
        return unknownKey(key, `for rule "${String(parent)}"`, options, 'option');
      }
      if (parent === 'rules') {
        return unknownKey(key, `in the settings of rule "${String(last)}"`, [
          'severity',
          'options',
        ]);
      }
      if (last === 'limits') {
        return unknownKey(key, 'in limits', LIMIT_KEYS);
      }
      if (last === 'references') {
        return unknownKey(key, 'in references', ['assumeExternal']);
      }
      if (parent === 'overrides') {
        return unknownKey(key, `in ${where}`, ['files', 'rules']);
      }
      return unknownKey(key, `in ${where}`, []);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      const what =
        last === 'severity' || parent === 'rules' ? 'a severity' : `one of ${allowed.join(', ')}`;
      return `${where} must be ${what} (${allowed.join(', ')}), not ${describeValue(value)}${suggestion ? `; did you mean "${suggestion}"?` : '.'}`;
    }
    case 'type': {
      const expected = TYPE_NAMES[String(params.type)] ?? String(params.type);
      if (last === 'kubeVersion' && typeof value === 'number') {
        return `kubeVersion must be a string such as "1.30", not the number ${String(value)}: YAML reads an unquoted 1.30 as the number 1.3, so quote it.`;
      }
      if (parent === 'rules') {
        return `${where} must be a severity (off, info, warning, error) or a map with severity and options, not ${describeValue(value)}.`;
      }
      if (last === 'extends') {
        return `extends must be a policy pack ("recommended", "strict"), a config file path, or a list of them, not ${describeValue(value)}.`;
      }
      if (fieldPath.length === 0) {
        // A whole file read as one scalar is likely not a config at all: never echo its text.
        return `The config must be a map of settings (${TOP_LEVEL_KEYS.join(', ')}), not ${typeof value === 'string' ? 'text' : describeValue(value)}.`;
      }
      if (params.type === 'array' && typeof value === 'string') {
        return `${where} must be a list, not the string ${JSON.stringify(value)}; write ${describePath([last ?? ''])}: [${JSON.stringify(value)}].`;
      }
      return `${where} must be ${expected}, not ${describeValue(value)}.`;
    }
    case 'pattern':
      if (parent === 'assumeExternal') {
        return `${where} must be a namespace (kube-system) or an object as Kind/namespace/name (Service/kube-system/kube-dns), not ${describeValue(value)}.`;
      }
      if (last === 'kubeVersion') {
        return `kubeVersion must be a Kubernetes version as "MAJOR.MINOR" (such as "1.30"), not ${describeValue(value)}.`;
      }
      return `${where} does not have the expected form (${String(params.pattern)}).`;
    case 'required':
      if (parent === 'overrides' || typeof last === 'number') {
        return `${where} needs "${String(params.missingProperty)}": the globs of the files this override applies to.`;
      }
      return `${where} needs "${String(params.missingProperty)}".`;
    case 'minItems':
      return `${where} must list at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}.`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${where} must be at least ${String(params.limit)}, not ${describeValue(value)}.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${where} must be at most ${String(params.limit)}, not ${describeValue(value)}.`;
    default:
      return `${where} ${error.message ?? 'is invalid'}.`;
  }
}

function unknownKey(key: string, where: string, known: readonly string[], noun = 'key'): string {
  const suggestion = closestMatch(key, known);
  const list = known.length > 0 ? ` Known ${noun}s: ${known.join(', ')}.` : '';
  return `Unknown ${noun} "${key}" ${where}${suggestion ? `; did you mean "${suggestion}"?` : '.'}${list}`;
}

function normalizeRules(rules: Record<string, RuleEntry> | undefined): Record<string, RuleSetting> {
  const result: Record<string, RuleSetting> = {};
  for (const [id, entry] of Object.entries(rules ?? {})) {
    result[id] = typeof entry === 'string' ? { severity: entry } : { ...entry };
  }
  return result;
}

function mergeRules(
  base: Record<string, RuleSetting>,
  over: Record<string, RuleSetting>,
): Record<string, RuleSetting> {
  const result: Record<string, RuleSetting> = { ...base };
  for (const [id, setting] of Object.entries(over)) {
    const previous = result[id];
    const merged: RuleSetting = { ...previous };
    if (setting.severity !== undefined) {
      merged.severity = setting.severity;
    }
    if (setting.options !== undefined) {
      merged.options = { ...previous?.options, ...setting.options };
    }
    result[id] = merged;
  }
  return result;
}

function merge(base: ResolvedConfig, over: ResolvedConfig): ResolvedConfig {
  const result: ResolvedConfig = {
    baseDirectory: over.baseDirectory,
    rules: mergeRules(base.rules, over.rules),
    ignore: [...base.ignore, ...over.ignore],
    overrides: [...base.overrides, ...over.overrides],
  };
  const kubeVersion = over.kubeVersion ?? base.kubeVersion;
  if (kubeVersion !== undefined) {
    result.kubeVersion = kubeVersion;
  }
  const namespace = over.namespace ?? base.namespace;
  if (namespace !== undefined) {
    result.namespace = namespace;
  }
  if (base.limits !== undefined || over.limits !== undefined) {
    result.limits = { ...base.limits, ...over.limits };
  }
  if (base.references !== undefined || over.references !== undefined) {
    // A config that extends another adds to what it assumes, as `ignore` does.
    result.references = {
      assumeExternal: [
        ...(base.references?.assumeExternal ?? []),
        ...(over.references?.assumeExternal ?? []),
      ],
    };
  }
  if (base.file !== undefined) {
    result.file = base.file;
  }
  return result;
}

/** The rule settings that apply to one file: the config's rules plus matching overrides. */
export class RuleSettingsResolver {
  private readonly cache = new Map<string, Record<string, RuleSetting>>();

  constructor(
    private readonly config: ResolvedConfig,
    private readonly cwd: string,
  ) {}

  forFile(shownPath: string): Record<string, RuleSetting> {
    let settings = this.cache.get(shownPath);
    if (!settings) {
      settings = this.config.rules;
      if (this.config.overrides.length > 0) {
        const relative = path
          .relative(this.config.baseDirectory, path.resolve(this.cwd, shownPath))
          .split(path.sep)
          .join('/');
        for (const override of this.config.overrides) {
          if (override.files.some((pattern) => minimatch(relative, pattern, { dot: true }))) {
            settings = mergeRules(settings, override.rules);
          }
        }
      }
      this.cache.set(shownPath, settings);
    }
    return settings;
  }

  /** Whether rule settings can differ between files. */
  get hasOverrides(): boolean {
    return this.config.overrides.length > 0;
  }

  /** Whether a rule can report anywhere (off everywhere means it need not run). */
  isEnabledAnywhere(ruleId: string): boolean {
    if (this.config.rules[ruleId]?.severity !== 'off') {
      return true;
    }
    return this.config.overrides.some((override) => {
      const severity = override.rules[ruleId]?.severity;
      return severity !== undefined && severity !== 'off';
    });
  }
}
