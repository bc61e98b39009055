import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  runValidateFunc
} from "./chunk-C2QQM46K.js";

// node_modules/@kubernetes-models/base/dist/model.js
function setDefinedProps(src, dst) {
  let s = src, d = dst;
  for (let key of Object.keys(s))
    s[key] !== void 0 && (d[key] = filterUndefinedValues(s[key]));
  return dst;
}
function isPlainObject(value) {
  if (!value || typeof value != "object")
    return !1;
  let proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || // Required to support node:vm.runInNewContext({})
  Object.getPrototypeOf(proto) === null ? Object.prototype.toString.call(value) === "[object Object]" : !1;
}
function filterUndefinedValues(data) {
  return Array.isArray(data) ? data.map(filterUndefinedValues) : isPlainObject(data) ? setDefinedProps(data, {}) : data;
}
var Model = class {
  constructor(data) {
    data && setDefinedProps(data, this);
  }
  setDefinedProps(data) {
    data && setDefinedProps(data, this);
  }
  toJSON() {
    let result = {};
    return setDefinedProps(this, result), result;
  }
  validate() {
  }
};
function setValidateFunc(ctor, fn) {
  ctor.prototype.validate = function() {
    runValidateFunc(fn, this);
  };
}

// node_modules/@kubernetes-models/base/dist/meta.js
function isNonNullObject(value) {
  return typeof value == "object" && value != null;
}
function createTypeMetaGuard(meta) {
  return (value) => isNonNullObject(value) && value.apiVersion === meta.apiVersion && value.kind === meta.kind;
}

export {
  Model,
  setValidateFunc,
  createTypeMetaGuard
};
