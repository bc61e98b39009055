import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-3I7MNAK3.js";
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
} from "./chunks/chunk-IVISRFNG.js";
import {
  SpecInvalidError,
  formatProblem,
  parseSpec
} from "./chunks/chunk-5RPVN6NW.js";
import "./chunks/chunk-PAAWLEMI.js";
import {
  DEFAULT_KUBE_VERSION,
  lint,
  lintLoaded,
  runSettings
} from "./chunks/chunk-KH4YFVSQ.js";
import {
  compareFindings,
  lintSets
} from "./chunks/chunk-BYU6QUBI.js";
import {
  findConfigFile,
  loadConfig
} from "./chunks/chunk-YSTXP55X.js";
import "./chunks/chunk-X6VYOTJF.js";
import {
  rules
} from "./chunks/chunk-MAVYPZTS.js";
import {
  loadPromQL
} from "./chunks/chunk-Y7FS77YF.js";
import "./chunks/chunk-7ZPS2RFJ.js";
import "./chunks/chunk-HTR4EXA2.js";
import {
  VERSION
} from "./chunks/chunk-FP54VGPK.js";
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
