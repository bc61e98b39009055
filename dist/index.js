import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-D5YVHCP7.js";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunks/chunk-UHFDOFUI.js";
import {
  DEFAULT_KUBE_VERSION,
  lint,
  lintLoaded,
  runSettings
} from "./chunks/chunk-HT56WCNX.js";
import {
  compareFindings,
  lintSets
} from "./chunks/chunk-W644R24W.js";
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
} from "./chunks/chunk-I5AP5KI5.js";
import "./chunks/chunk-PAAWLEMI.js";
import "./chunks/chunk-QZOIZF5Z.js";
import {
  findConfigFile,
  loadConfig,
  rules
} from "./chunks/chunk-TL46VQ2H.js";
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
