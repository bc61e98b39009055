import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-46XBFXPQ.js";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-MYBGI7H5.js";
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
} from "./chunks/chunk-HI4PNQOU.js";
import "./chunks/chunk-PAAWLEMI.js";
import {
  DEFAULT_KUBE_VERSION,
  lint,
  lintLoaded,
  runSettings
} from "./chunks/chunk-4WD7NAEI.js";
import {
  compareFindings,
  lintSets
} from "./chunks/chunk-DZTCFMSY.js";
import "./chunks/chunk-2LHECKUE.js";
import "./chunks/chunk-QIPZ6UK3.js";
import {
  findConfigFile,
  loadConfig,
  rules
} from "./chunks/chunk-E2Z7D3OS.js";
import "./chunks/chunk-HTR4EXA2.js";
import {
  VERSION
} from "./chunks/chunk-ZJF6RBEX.js";
import {
  ScaleplanError,
  isScaleplanError
} from "./chunks/chunk-MI7DVUIV.js";
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
