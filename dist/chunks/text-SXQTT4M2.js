import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  formatText
} from "./chunk-52NM5V6H.js";
import "./chunk-UIWROO7M.js";
import "./chunk-VXV2MXR7.js";
export {
  formatText
};
