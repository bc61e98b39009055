import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-RGH5TOGR.js";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-S6GL4GBH.js";
import {
  DEFAULT_OUTPUT_DIRECTORY,
  DEFAULT_SPEC_FILE,
  buildEnvironment,
  checkCompiled,
  checkSpec,
  compile,
  compileSpec,
  emit,
  writeCompiled
} from "./chunks/chunk-JZKPM6LB.js";
import {
  SpecInvalidError,
  formatProblem,
  parseSpec
} from "./chunks/chunk-AICP3Z7O.js";
import "./chunks/chunk-PAAWLEMI.js";
import {
  DEFAULT_KUBE_VERSION,
  lint,
  lintLoaded,
  runSettings
} from "./chunks/chunk-6PEF3W7Y.js";
import {
  compareFindings,
  lintSets
} from "./chunks/chunk-MKXGMEWB.js";
import {
  findConfigFile,
  loadConfig
} from "./chunks/chunk-TXD7CO2T.js";
import "./chunks/chunk-B7E7M4YK.js";
import {
  rules
} from "./chunks/chunk-XBIRXKKF.js";
import "./chunks/chunk-A36TKI63.js";
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
