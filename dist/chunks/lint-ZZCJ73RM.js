import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand,
  parseFailOn
} from "./chunk-ZB7WI2H4.js";
import "./chunk-WATTXBXM.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-MYBGI7H5.js";
import "./chunk-HDNARNLQ.js";
import "./chunk-YNQ4CGWF.js";
import "./chunk-S3TF2QPM.js";
import "./chunk-TQOJTI3F.js";
import "./chunk-GCA7RUQT.js";
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
