import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-NK3NA4HZ.js";
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
} from "./chunks/chunk-MUUOBB44.js";
import {
  SpecInvalidError,
  formatProblem,
  parseSpec
} from "./chunks/chunk-367IX6B5.js";
import "./chunks/chunk-PAAWLEMI.js";
import {
  DEFAULT_KUBE_VERSION,
  lint,
  lintLoaded,
  runSettings
} from "./chunks/chunk-GFKFQUV2.js";
import {
  compareFindings,
  lintSets
} from "./chunks/chunk-BM5EF5BX.js";
import {
  findConfigFile,
  loadConfig
} from "./chunks/chunk-Q2Z5ACNK.js";
import "./chunks/chunk-XJI4DHP6.js";
import {
  rules
} from "./chunks/chunk-LUYGFPJ3.js";
import "./chunks/chunk-KF3F2Y6J.js";
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
