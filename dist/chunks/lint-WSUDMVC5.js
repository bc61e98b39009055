import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand
} from "./chunk-4FFDCF3T.js";
import "./chunk-UZ77ADDH.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-CYHD5KSS.js";
import "./chunk-S6GL4GBH.js";
import "./chunk-Z5XXILB6.js";
import "./chunk-6NDJSFSS.js";
import "./chunk-A5IMJ2OR.js";
import "./chunk-O4H5FTDY.js";
import "./chunk-VGU4VOA4.js";
import "./chunk-7WBKUCGO.js";
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
