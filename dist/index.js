import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-JJDTASYA.js";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-MYAU7QY5.js";
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
} from "./chunks/chunk-QC2QBLG6.js";
import "./chunks/chunk-K6XHSRRK.js";
import {
  DEFAULT_KUBE_VERSION,
  lint,
  lintLoaded,
  runSettings
} from "./chunks/chunk-OIRDFRXM.js";
import {
  compareFindings,
  lintSets
} from "./chunks/chunk-R5MRTJDR.js";
import "./chunks/chunk-D34ENYBA.js";
import {
  findConfigFile,
  loadConfig,
  rules
} from "./chunks/chunk-5DBZMFMC.js";
import "./chunks/chunk-ETBYQY52.js";
import "./chunks/chunk-7ZPS2RFJ.js";
import "./chunks/chunk-JOIJPL5S.js";
import {
  VERSION
} from "./chunks/chunk-ZJF6RBEX.js";
import {
  ScaleplanError,
  isScaleplanError
} from "./chunks/chunk-MI7DVUIV.js";
import "./chunks/chunk-NOYBYC6M.js";
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
