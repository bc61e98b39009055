import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand,
  parseFailOn
} from "./chunk-IV7IAOMK.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-UHFDOFUI.js";
import "./chunk-T6I2XIFK.js";
import "./chunk-EPUQSYHD.js";
import "./chunk-NWZIDSZ4.js";
import "./chunk-IV34SS4C.js";
import "./chunk-HTR4EXA2.js";
import "./chunk-ZJF6RBEX.js";
import "./chunk-MI7DVUIV.js";
import "./chunk-VXV2MXR7.js";
export {
  LINT_HELP,
  exitCodeFor,
  lintCommand,
  parseFailOn
};
