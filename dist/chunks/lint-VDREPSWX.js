import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand
} from "./chunk-23OUHR6W.js";
import "./chunk-OLROC6PK.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-CYHD5KSS.js";
import "./chunk-G7OIP2DN.js";
import "./chunk-DLMJHSPZ.js";
import "./chunk-XAIQGTFL.js";
import "./chunk-ESUEYRAT.js";
import "./chunk-AM5CXWD2.js";
import "./chunk-U6P74ZFR.js";
import "./chunk-7ZPS2RFJ.js";
import "./chunk-HTR4EXA2.js";
import "./chunk-ZJF6RBEX.js";
import "./chunk-MI7DVUIV.js";
import "./chunk-NOYBYC6M.js";
import "./chunk-VXV2MXR7.js";
export {
  LINT_HELP,
  exitCodeFor,
  lintCommand
};
