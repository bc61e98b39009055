import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand
} from "./chunk-VQAUH5OA.js";
import "./chunk-UZ77ADDH.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-CYHD5KSS.js";
import "./chunk-S6GL4GBH.js";
import "./chunk-GFKFQUV2.js";
import "./chunk-BM5EF5BX.js";
import "./chunk-Q2Z5ACNK.js";
import "./chunk-XJI4DHP6.js";
import "./chunk-LUYGFPJ3.js";
import "./chunk-KF3F2Y6J.js";
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
