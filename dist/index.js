import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  DEFAULT_KUBE_VERSION,
  FORMAT_NAMES,
  ScaleplanError,
  VERSION,
  compareFindings,
  findConfigFile,
  isScaleplanError,
  lint,
  lintLoaded,
  lintSets,
  loadConfig,
  loadFormatter,
  rules,
  runSettings
} from "./chunks/chunk-DB5FQ4UT.js";
import "./chunks/chunk-Q4UCH3UE.js";
export {
  DEFAULT_KUBE_VERSION,
  FORMAT_NAMES,
  ScaleplanError,
  VERSION,
  compareFindings,
  findConfigFile,
  isScaleplanError,
  lint,
  lintLoaded,
  lintSets,
  loadConfig,
  loadFormatter,
  rules,
  runSettings
};
