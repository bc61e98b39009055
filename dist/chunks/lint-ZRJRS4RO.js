import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand
} from "./chunk-PTXH7ZX6.js";
import "./chunk-UZ77ADDH.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-CYHD5KSS.js";
import "./chunk-S6GL4GBH.js";
import "./chunk-OMOHYDDY.js";
import "./chunk-CXQKWAPY.js";
import "./chunk-XFJLUTFE.js";
import "./chunk-ATGL7Z3X.js";
import "./chunk-DGONFKDF.js";
import "./chunk-XA5SJ5KA.js";
import "./chunk-7ZPS2RFJ.js";
import "./chunk-HTR4EXA2.js";
import "./chunk-PQ4PBZIW.js";
import "./chunk-MI7DVUIV.js";
import "./chunk-CABQTM2P.js";
import "./chunk-VXV2MXR7.js";
export {
  LINT_HELP,
  exitCodeFor,
  lintCommand
};
