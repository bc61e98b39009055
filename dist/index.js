import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-3YR4EQKY.js";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-4SIWNMIG.js";
import {
  DEFAULT_OUTPUT_DIRECTORY,
  DEFAULT_SPEC_FILE,
  buildEnvironment,
  checkCompiled,
  checkSpec,
  compile,
  compileSpec,
  emit,
  needsPromQL,
  writeCompiled
} from "./chunks/chunk-4TWYDHOT.js";
import {
  SpecInvalidError,
  formatProblem,
  parseSpec
} from "./chunks/chunk-FIS5GJNN.js";
import "./chunks/chunk-PAAWLEMI.js";
import {
  DEFAULT_KUBE_VERSION,
  lint,
  lintLoaded,
  runSettings
} from "./chunks/chunk-QV3S4CJK.js";
import {
  compareFindings,
  lintSets
} from "./chunks/chunk-TPX2WFDM.js";
import {
  findConfigFile,
  loadConfig
} from "./chunks/chunk-5I6VOPIH.js";
import "./chunks/chunk-2KY26UBK.js";
import {
  rules
} from "./chunks/chunk-RSM3QVGN.js";
import {
  loadPromQL
} from "./chunks/chunk-AQRGXSGC.js";
import "./chunks/chunk-7ZPS2RFJ.js";
import "./chunks/chunk-HTR4EXA2.js";
import {
  VERSION
} from "./chunks/chunk-QGB765FN.js";
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
  loadPromQL,
  needsPromQL,
  parseSpec,
  rules,
  runSettings,
  writeCompiled
};
