/*
 * The config file format and the resolved config a run uses.
 */
import type { InputLimits } from '../../load/limits.js';
import type { ReferenceSettings } from '../../k8s/external.js';
import type { Severity } from '../rule.js';

export const CONFIG_FILE_NAMES: readonly string[] = ['.scaleplan.yaml', '.scaleplan.yml'];

export type SeveritySetting = Severity | 'off';

export interface RuleSetting {
  /** Undefined keeps the rule's own default severity. */
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

export type RuleEntry = SeveritySetting | RuleSetting;

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
