import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand
} from "./chunk-CVD5BXAX.js";
import "./chunk-UZ77ADDH.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-CYHD5KSS.js";
import "./chunk-4SIWNMIG.js";
import "./chunk-KH4YFVSQ.js";
import "./chunk-BYU6QUBI.js";
import "./chunk-YSTXP55X.js";
import "./chunk-X6VYOTJF.js";
import "./chunk-MAVYPZTS.js";
import "./chunk-Y7FS77YF.js";
import "./chunk-7ZPS2RFJ.js";
import "./chunk-HTR4EXA2.js";
import "./chunk-FP54VGPK.js";
import "./chunk-MI7DVUIV.js";
import "./chunk-CABQTM2P.js";
import "./chunk-VXV2MXR7.js";
export {
  LINT_HELP,
  exitCodeFor,
  lintCommand
};
