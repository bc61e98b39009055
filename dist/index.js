import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-R5ASE7CI.js";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-G7OIP2DN.js";
import {
  DEFAULT_OUTPUT_DIRECTORY,
  DEFAULT_SPEC_FILE,
  SpecInvalidError,
  buildEnvironment,
  checkCompiled,
  checkSpec,
  compile,
  compileSpec,
  emit,
  formatProblem,
  parseSpec,
  writeCompiled
} from "./chunks/chunk-FZ7ITN3U.js";
import "./chunks/chunk-PAAWLEMI.js";
import {
  DEFAULT_KUBE_VERSION,
  lint,
  lintLoaded,
  runSettings
} from "./chunks/chunk-7R7SL3MC.js";
import {
  compareFindings,
  lintSets
} from "./chunks/chunk-BRUVDNQT.js";
import {
  findConfigFile,
  loadConfig
} from "./chunks/chunk-V53HYWG4.js";
import "./chunks/chunk-YJADQU73.js";
import {
  rules
} from "./chunks/chunk-XXJHTIEY.js";
import "./chunks/chunk-QMF2A2W6.js";
import "./chunks/chunk-7ZPS2RFJ.js";
import "./chunks/chunk-HTR4EXA2.js";
import {
  VERSION
} from "./chunks/chunk-ZJF6RBEX.js";
import {
  ScaleplanError,
  isScaleplanError
} from "./chunks/chunk-MI7DVUIV.js";
import "./chunks/chunk-CABQTM2P.js";
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
