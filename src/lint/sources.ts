import { SourceFile } from '../source/source-file.js';
import type { ResolvedConfig, RuleSetting } from './config/types.js';
import { lintSets, prepareRules, type LintResult } from './engine.js';
import { addFile, type LoadedSet } from '../load/load.js';
import type { ReferenceSettings } from '../k8s/external.js';
import type { AnyRule, RunSettings } from './rule.js';

export interface LintSourcesOptions {
  rules: readonly AnyRule[];
  /** Settings per rule id; rules not named run at their defaults. */
  ruleSettings?: Record<string, RuleSetting>;
  settings?: Partial<RunSettings>;
  /** `references` of the config (what exists outside the set). */
  references?: ReferenceSettings;
  /** Called on the loaded set before rules run (the rule tester freezes objects here). */
  beforeLint?: (set: LoadedSet) => void;
}

export const TEST_SETTINGS: RunSettings = { kubeVersion: '1.34', defaultNamespace: 'default' };

/** Lints in-memory files as one set: the rule tester, the docs and `rules <id>` use this. */
export function lintSources(
  files: Readonly<Record<string, string>>,
  options: LintSourcesOptions,
): LintResult {
  const { set, settings } = loadSources(files, options);
  return lintSets([set], {
    rules: options.rules,
    config: sourcesConfig(options),
    settings,
    cwd: '/',
  });
}

/**
 * `lintSources` for rules with a `prepare` step (lazily loaded schema validators): prepares
 * the rules for these files first. The rule tester and the rule examples use this one.
 */
export async function lintSourcesPrepared(
  files: Readonly<Record<string, string>>,
  options: LintSourcesOptions,
): Promise<LintResult> {
  const { set, settings } = loadSources(files, options);
  await prepareRules(options.rules, [set]);
  return lintSets([set], {
    rules: options.rules,
    config: sourcesConfig(options),
    settings,
    cwd: '/',
  });
}

function loadSources(
  files: Readonly<Record<string, string>>,
  options: LintSourcesOptions,
): { set: LoadedSet; settings: RunSettings } {
  const settings: RunSettings = { ...TEST_SETTINGS, ...options.settings };
  const set: LoadedSet = {
    label: 'sources',
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: [],
  };
  for (const [path, text] of Object.entries(files)) {
    addFile(set, new SourceFile(path, text), settings.defaultNamespace);
  }
  options.beforeLint?.(set);
  return { set, settings };
}

function sourcesConfig(options: LintSourcesOptions): ResolvedConfig {
  return {
    baseDirectory: '/',
    rules: options.ruleSettings ?? {},
    ignore: [],
    overrides: [],
    ...(options.references ? { references: options.references } : {}),
  };
}
