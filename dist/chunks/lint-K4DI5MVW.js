import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand,
  parseFailOn
} from "./chunk-RLGGT6IU.js";
import "./chunk-4WFZLZVD.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-MYBGI7H5.js";
import "./chunk-4WD7NAEI.js";
import "./chunk-DZTCFMSY.js";
import "./chunk-2LHECKUE.js";
import "./chunk-QIPZ6UK3.js";
import "./chunk-E2Z7D3OS.js";
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
