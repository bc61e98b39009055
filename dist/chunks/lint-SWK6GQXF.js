import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand,
  parseFailOn
} from "./chunk-JYHCT35S.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-UHFDOFUI.js";
import "./chunk-HT56WCNX.js";
import "./chunk-W644R24W.js";
import "./chunk-QZOIZF5Z.js";
import "./chunk-TL46VQ2H.js";
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
