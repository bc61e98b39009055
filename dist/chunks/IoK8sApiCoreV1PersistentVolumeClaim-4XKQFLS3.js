import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  validate
} from "./chunk-NOFYJ27Y.js";
import "./chunk-TQTDZFZA.js";
import "./chunk-4GFMFBB7.js";
import "./chunk-B2TY3VNG.js";
import "./chunk-24DK42CH.js";
import "./chunk-GY7GMIZM.js";
import "./chunk-47MWQSFE.js";
import "./chunk-VXV2MXR7.js";
export {
  validate
};
