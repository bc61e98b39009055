import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand
} from "./chunk-BOEB4KXZ.js";
import "./chunk-UZ77ADDH.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-CYHD5KSS.js";
import "./chunk-4SIWNMIG.js";
import "./chunk-QV3S4CJK.js";
import "./chunk-TPX2WFDM.js";
import "./chunk-5I6VOPIH.js";
import "./chunk-2KY26UBK.js";
import "./chunk-RSM3QVGN.js";
import "./chunk-AQRGXSGC.js";
import "./chunk-7ZPS2RFJ.js";
import "./chunk-HTR4EXA2.js";
import "./chunk-QGB765FN.js";
import "./chunk-MI7DVUIV.js";
import "./chunk-CABQTM2P.js";
import "./chunk-VXV2MXR7.js";
export {
  LINT_HELP,
  exitCodeFor,
  lintCommand
};
