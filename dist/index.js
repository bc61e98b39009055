import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-KDXX34LW.js";
import {
  DEFAULT_KUBE_VERSION,
  DEFAULT_OUTPUT_DIRECTORY,
  DEFAULT_SPEC_FILE,
  FORMAT_NAMES,
  ScaleplanError,
  SpecInvalidError,
  VERSION,
  buildEnvironment,
  checkCompiled,
  checkSpec,
  compareFindings,
  compile,
  compileSpec,
  emit,
  findConfigFile,
  formatProblem,
  isScaleplanError,
  lint,
  lintLoaded,
  lintSets,
  loadConfig,
  loadFormatter,
  parseSpec,
  rules,
  runSettings,
  writeCompiled
} from "./chunks/chunk-MLOOQ2JE.js";
import "./chunks/chunk-PAAWLEMI.js";
import "./chunks/chunk-HTR4EXA2.js";
import "./chunks/chunk-VXV2MXR7.js";
export {
  DEFAULT_KUBE_VERSION,
  DEFAULT_OUTPUT_DIRECTORY,
  DEFAULT_SPEC_FILE,
  FORMAT_NAMES,
  STARTERS,
  ScaleplanError,
  SpecInvalidError,
  VERSION,
  buildEnvironment,
  checkCompiled,
  checkSpec,
  compareFindings,
  compile,
  compileSpec,
  emit,
  findConfigFile,
  formatProblem,
  initSpec,
  isScaleplanError,
  lint,
  lintLoaded,
  lintSets,
  loadConfig,
  loadFormatter,
  parseSpec,
  rules,
  runSettings,
  writeCompiled
};
