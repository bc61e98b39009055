import fs from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { ScaleplanError } from '../errors.js';
import { validateConfig, type ValidationError } from '../generated/validate-config.js';
import { POLICY_PACKS } from '../generated/policies.js';
import { locateInDocument } from '../source/locate.js';
import { SourceFile } from '../source/source-file.js';
import { displayPath } from '../source/inputs.js';
import type { Severity } from './rule.js';

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
  rules?: Record<string, RuleEntry>;
  ignore?: string[];
  overrides?: Array<{ files: string[]; rules?: Record<string, RuleEntry> }>;
}

export interface Override {
  files: string[];
  rules: Record<string, RuleSetting>;
}

/** Bounds on what one run reads, so hostile input ends in a clear error, not exhaustion. */
export interface InputLimits {
  /** Largest single file, in bytes. */
  maxFileBytes: number;
  /** All files of a run together, in bytes. */
  maxTotalBytes: number;
  /** YAML documents in a run. */
  maxDocuments: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxDocuments: 250_000,
};

export interface ResolvedConfig {
  /** The config file, when one was used. */
  file?: string;
  /** Globs in `ignore` and `overrides` are relative to this directory. */
  baseDirectory: string;
  kubeVersion?: string;
  namespace?: string;
  limits?: Partial<InputLimits>;
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
    return { ...resolvePack('recommended', cwd, new Set()), baseDirectory: cwd };
  }
  return resolveFile(file, cwd, new Set());
}

function emptyConfig(baseDirectory: string): ResolvedConfig {
  return { baseDirectory, rules: {}, ignore: [], overrides: [] };
}

function resolvePack(name: string, cwd: string, seen: Set<string>): ResolvedConfig {
  const text = POLICY_PACKS[name];
  if (text === undefined) {
    throw new ScaleplanError(
      'CONFIG_INVALID',
      `Unknown policy pack "${name}" (known: ${Object.keys(POLICY_PACKS).join(', ')}).`,
    );
  }
  return resolveText(new SourceFile(`policies/${name}.yaml`, text), cwd, cwd, seen);
}

function resolveFile(file: string, cwd: string, seen: Set<string>): ResolvedConfig {
  if (seen.has(file)) {
    throw new ScaleplanError(
      'CONFIG_INVALID',
      `Config files extend each other in a loop: ${[...seen, file].map((entry) => displayPath(cwd, entry)).join(' → ')}`,
    );
  }
  seen.add(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ScaleplanError(
      'CONFIG_NOT_FOUND',
      `Cannot read config file ${displayPath(cwd, file)}: ${(error as Error).message}`,
    );
  }
  const resolved = resolveText(
    new SourceFile(displayPath(cwd, file), text, file),
    path.dirname(file),
    cwd,
    seen,
  );
  resolved.file = file;
  return resolved;
}

function resolveText(
  source: SourceFile,
  baseDirectory: string,
  cwd: string,
  seen: Set<string>,
): ResolvedConfig {
  const config = parseConfig(source);
  const parents =
    config.extends === undefined
      ? []
      : Array.isArray(config.extends)
        ? config.extends
        : [config.extends];
  let resolved = emptyConfig(baseDirectory);
  for (const parent of parents) {
    const base =
      parent.includes('/') || parent.endsWith('.yaml') || parent.endsWith('.yml')
        ? resolveFile(path.resolve(baseDirectory, parent), cwd, seen)
        : resolvePack(parent, cwd, seen);
    resolved = merge(resolved, base);
  }
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
  const merged = merge(resolved, own);
  merged.baseDirectory = baseDirectory;
  return merged;
}

/** Parses and validates a config file; problems are exit-2 errors with file and line. */
export function parseConfig(source: SourceFile): ConfigFile {
  const documents = source.yaml().documents;
  const document = documents[0];
  if (!document || documents.length > 1) {
    throw new ScaleplanError(
      'CONFIG_INVALID',
      documents.length > 1 ? 'A config file holds one YAML document.' : 'The config file is empty.',
      {
        file: source.path,
        line: 1,
      },
    );
  }
  const firstError = document.errors[0];
  if (firstError) {
    const position = source.position(firstError.pos[0]);
    throw new ScaleplanError(
      'CONFIG_INVALID',
      firstError.message.split('\n')[0] ?? firstError.message,
      { file: source.path, ...position },
    );
  }
  const value: unknown = document.toJS({ maxAliasCount: 100 }) ?? {};
  if (!validateConfig(value)) {
    const error = pickError(validateConfig.errors ?? []);
    const pathSegments = pointerToPath(error.instancePath);
    const range = locateInDocument(
      source,
      document,
      pathSegments,
      error.keyword === 'additionalProperties' ? 'key' : 'value',
    );
    const position = range ? source.position(range.start) : { line: 1, column: 1 };
    throw new ScaleplanError('CONFIG_INVALID', describeError(error), {
      file: source.path,
      ...position,
    });
  }
  return value as ConfigFile;
}

function pickError(errors: readonly ValidationError[]): ValidationError {
  // oneOf failures list every branch; the deepest error explains the mistake best.
  const sorted = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length);
  return (
    sorted.find((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf') ??
    sorted[0] ?? { instancePath: '', keyword: 'type', message: 'is invalid', params: {} }
  );
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

function describeError(error: ValidationError): string {
  const where =
    error.instancePath === '' ? 'the config' : `"${pointerToPath(error.instancePath).join('.')}"`;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    return `Unknown key "${String(params.additionalProperty)}" in ${where}.`;
  }
  if (error.keyword === 'propertyNames') {
    return `Unknown rule id "${String(params.propertyName)}" in ${where}; run "scaleplan rules" for the list.`;
  }
  if (error.keyword === 'enum') {
    return `${where} must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}.`;
  }
  return `${where} ${error.message ?? 'is invalid'}.`;
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
