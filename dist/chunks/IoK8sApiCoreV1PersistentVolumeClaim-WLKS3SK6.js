import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  validate
} from "./chunk-7BQN5KWY.js";
import "./chunk-H37UKT5Q.js";
import "./chunk-YCE2IDYC.js";
import "./chunk-B2TY3VNG.js";
import "./chunk-IHQ2NVHL.js";
import "./chunk-GY7GMIZM.js";
import "./chunk-C2QQM46K.js";
import "./chunk-VXV2MXR7.js";
export {
  validate
};
