import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand,
  parseFailOn
} from "./chunk-EE4ZDSH5.js";
import "./chunk-VICZX6T7.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-MYBGI7H5.js";
import "./chunk-SXYWBRTI.js";
import "./chunk-2YRTUV7S.js";
import "./chunk-RU75Z2CR.js";
import "./chunk-YHRZXR7Y.js";
import "./chunk-7OLCBTG7.js";
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
