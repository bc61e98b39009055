import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  formatText
} from "./chunk-NKD6L42I.js";
import "./chunk-VXV2MXR7.js";
export {
  formatText
};
