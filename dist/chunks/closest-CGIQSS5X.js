import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  closestMatch,
  editDistance
} from "./chunk-NOYBYC6M.js";
import "./chunk-VXV2MXR7.js";
export {
  closestMatch,
  editDistance
};
