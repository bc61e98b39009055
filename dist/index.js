import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-OWSMC6MU.js";
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
  needsPromQL,
  writeCompiled
} from "./chunks/chunk-WKVSRCOO.js";
import {
  SpecInvalidError,
  formatProblem,
  parseSpec
} from "./chunks/chunk-NSTTGFMZ.js";
import "./chunks/chunk-PAAWLEMI.js";
import {
  DEFAULT_KUBE_VERSION,
  lint,
  lintLoaded,
  runSettings
} from "./chunks/chunk-OMOHYDDY.js";
import {
  compareFindings,
  lintSets
} from "./chunks/chunk-CXQKWAPY.js";
import {
  findConfigFile,
  loadConfig
} from "./chunks/chunk-XFJLUTFE.js";
import "./chunks/chunk-ATGL7Z3X.js";
import {
  rules
} from "./chunks/chunk-DGONFKDF.js";
import {
  loadPromQL
} from "./chunks/chunk-XA5SJ5KA.js";
import "./chunks/chunk-7ZPS2RFJ.js";
import "./chunks/chunk-HTR4EXA2.js";
import {
  VERSION
} from "./chunks/chunk-PQ4PBZIW.js";
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
