/*
 * Merging rule settings, and the settings that apply to one file (rules plus matching
 * overrides).
 */
import path from 'node:path';
import { minimatch } from 'minimatch';
import { type RuleSetting, type RuleEntry, type ResolvedConfig } from './types.js';

export function normalizeRules(
  rules: Record<string, RuleEntry> | undefined,
): Record<string, RuleSetting> {
  const result: Record<string, RuleSetting> = {};
  for (const [id, entry] of Object.entries(rules ?? {})) {
    result[id] = typeof entry === 'string' ? { severity: entry } : { ...entry };
  }
  return result;
}

export function mergeRules(
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

export function merge(base: ResolvedConfig, over: ResolvedConfig): ResolvedConfig {
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
