import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  formatText
} from "./chunk-VP52PNPH.js";
import "./chunk-UIWROO7M.js";
import "./chunk-VXV2MXR7.js";
export {
  formatText
};
