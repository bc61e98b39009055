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
} from "./chunk-7OLCBTG7.js";
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
