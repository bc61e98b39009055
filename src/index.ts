/** scaleplan's library API: the CLI, the Action, the pre-commit hook and the Argo CD plugin use only this. */
export { ScaleplanError, isScaleplanError, type ErrorCode } from './errors.js';
export {
  lint,
  lintLoaded,
  runSettings,
  DEFAULT_KUBE_VERSION,
  type LintRequest,
  type LintReport,
} from './lint/lint.js';
export {
  lintSets,
  compareFindings,
  type Finding,
  type LintResult,
  type LintSummary,
  type RelatedLocation,
  type Suppression,
} from './lint/engine.js';
export { loadConfig, findConfigFile, type ResolvedConfig } from './lint/config.js';
export { rules } from './lint/rules/index.js';
export type { Rule, RuleMeta, Severity, RunSettings } from './lint/rule.js';
export { loadFormatter, FORMAT_NAMES, type FormatName, type Formatter } from './format/index.js';
export { VERSION } from './version.js';
