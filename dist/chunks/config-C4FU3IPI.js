import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  DEFAULT_LIMITS,
  RuleSettingsResolver,
  closestMatch,
  findConfigFile,
  loadConfig,
  parseConfig
} from "./chunk-E2Z7D3OS.js";
import "./chunk-HTR4EXA2.js";
import "./chunk-MI7DVUIV.js";
import "./chunk-VXV2MXR7.js";
export {
  CONFIG_FILE_NAMES,
  DEFAULT_LIMITS,
  RuleSettingsResolver,
  closestMatch,
  findConfigFile,
  loadConfig,
  parseConfig
};
