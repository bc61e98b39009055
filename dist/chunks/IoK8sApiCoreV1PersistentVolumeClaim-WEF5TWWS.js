import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  validate
} from "./chunk-COFR72BY.js";
import "./chunk-HMY2BCDJ.js";
import "./chunk-UKE6HOSD.js";
import "./chunk-3Q3CWB5U.js";
import "./chunk-7IMOLUJE.js";
import "./chunk-YT5ML3WL.js";
import "./chunk-F4TENOYG.js";
import "./chunk-VXV2MXR7.js";
export {
  validate
};
