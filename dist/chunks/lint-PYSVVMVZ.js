import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  LINT_HELP,
  exitCodeFor,
  lintCommand
} from "./chunk-LCYVKUH5.js";
import "./chunk-OLROC6PK.js";
import "./chunk-JMR36GPJ.js";
import "./chunk-CYHD5KSS.js";
import "./chunk-MYAU7QY5.js";
import "./chunk-OIRDFRXM.js";
import "./chunk-R5MRTJDR.js";
import "./chunk-D34ENYBA.js";
import "./chunk-5DBZMFMC.js";
import "./chunk-ETBYQY52.js";
import "./chunk-7ZPS2RFJ.js";
import "./chunk-JOIJPL5S.js";
import "./chunk-ZJF6RBEX.js";
import "./chunk-MI7DVUIV.js";
import "./chunk-NOYBYC6M.js";
import "./chunk-VXV2MXR7.js";
export {
  LINT_HELP,
  exitCodeFor,
  lintCommand
};
