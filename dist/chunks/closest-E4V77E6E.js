import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  closestMatch,
  closestName,
  editDistance
} from "./chunk-CABQTM2P.js";
import "./chunk-VXV2MXR7.js";
export {
  closestMatch,
  closestName,
  editDistance
};
