import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  validate
} from "./chunk-6LUL2GHZ.js";
import "./chunk-JAZGCGMF.js";
import "./chunk-P5GCPIC2.js";
import "./chunk-B2TY3VNG.js";
import "./chunk-CU74U7IP.js";
import "./chunk-GY7GMIZM.js";
import "./chunk-5PM5RVUL.js";
import "./chunk-VXV2MXR7.js";
export {
  validate
};
