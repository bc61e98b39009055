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
export { loadConfig, findConfigFile } from './lint/config/find.js';
export type { ResolvedConfig } from './lint/config/types.js';
export { rules } from './lint/rules/index.js';
export type { Rule, RuleMeta, Severity, RunSettings } from './lint/rule.js';
export { loadFormatter, FORMAT_NAMES, type FormatName, type Formatter } from './format/index.js';
export {
  compileSpec,
  writeCompiled,
  checkCompiled,
  buildEnvironment,
  DEFAULT_SPEC_FILE,
  DEFAULT_OUTPUT_DIRECTORY,
  type CompileRequest,
  type CompiledSpec,
  type BuildRequest,
  type Difference,
  type OverlayPlan,
} from './compile/index.js';
export { compile, emit, type CompileContext } from './compile/compile.js';
export { initSpec, STARTERS, type InitRequest, type InitResult } from './compile/init.js';
export { parseSpec, type ParsedSpec } from './plan/load.js';
export { checkSpec, needsPromQL } from './plan/check/index.js';
/** Loads the PromQL grammar checkSpec needs for a plan with PromQL of its own (needsPromQL). */
export { loadPromQL } from './k8s/promql.js';
export { SpecInvalidError, formatProblem, type SpecProblem } from './plan/problems.js';
export type { ScalePlan, WorkloadSpec, EnvironmentSpec } from './plan/types.js';
export { VERSION } from './version.js';
