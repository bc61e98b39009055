import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand
} from "./chunk-QV724MPI.js";
import "./chunk-UZ77ADDH.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-CYHD5KSS.js";
import "./chunk-G7OIP2DN.js";
import "./chunk-7R7SL3MC.js";
import "./chunk-BRUVDNQT.js";
import "./chunk-V53HYWG4.js";
import "./chunk-YJADQU73.js";
import "./chunk-XXJHTIEY.js";
import "./chunk-QMF2A2W6.js";
import "./chunk-7ZPS2RFJ.js";
import "./chunk-HTR4EXA2.js";
import "./chunk-ZJF6RBEX.js";
import "./chunk-MI7DVUIV.js";
import "./chunk-CABQTM2P.js";
import "./chunk-VXV2MXR7.js";
export {
  LINT_HELP,
  exitCodeFor,
  lintCommand
};
