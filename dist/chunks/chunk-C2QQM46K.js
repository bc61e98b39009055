import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-VXV2MXR7.js";

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed"), this.errors = errors, this.ajv = this.validation = !0;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv-i18n/localize/en/index.js
var require_en = __commonJS({
  "node_modules/ajv-i18n/localize/en/index.js"(exports, module) {
    "use strict";
    module.exports = function(errors) {
      if (errors && errors.length)
        for (let e of errors) {
          let out;
          switch (e.keyword) {
            case "additionalItems":
            case "items":
              out = "";
              var n = e.params.limit;
              out += "must NOT have more than " + n + " item", n != 1 && (out += "s");
              break;
            case "additionalProperties":
              out = "must NOT have additional properties";
              break;
            case "anyOf":
              out = 'must match a schema in "anyOf"';
              break;
            case "const":
              out = "must be equal to constant";
              break;
            case "contains":
              out = "must contain a valid item";
              break;
            case "dependencies":
            case "dependentRequired":
              out = "";
              var n = e.params.depsCount;
              out += "must have propert", n == 1 ? out += "y" : out += "ies", out += " " + e.params.deps + " when property " + e.params.property + " is present";
              break;
            case "discriminator":
              switch (e.params.error) {
                case "tag":
                  out = 'tag "' + e.params.tag + '" must be string';
                  break;
                case "mapping":
                  out = 'value of tag "' + e.params.tag + '" must be in oneOf';
                  break;
                default:
                  out = 'must pass "' + e.keyword + '" keyword validation';
              }
              break;
            case "enum":
              out = "must be equal to one of the allowed values";
              break;
            case "false schema":
              out = "boolean schema is false";
              break;
            case "format":
              out = 'must match format "' + e.params.format + '"';
              break;
            case "formatMaximum":
            case "formatExclusiveMaximum":
              out = "";
              var cond = e.params.comparison + " " + e.params.limit;
              out += "must be " + cond;
              break;
            case "formatMinimum":
            case "formatExclusiveMinimum":
              out = "";
              var cond = e.params.comparison + " " + e.params.limit;
              out += "must be " + cond;
              break;
            case "if":
              out = 'must match "' + e.params.failingKeyword + '" schema';
              break;
            case "maximum":
            case "exclusiveMaximum":
              out = "";
              var cond = e.params.comparison + " " + e.params.limit;
              out += "must be " + cond;
              break;
            case "maxItems":
              out = "";
              var n = e.params.limit;
              out += "must NOT have more than " + n + " item", n != 1 && (out += "s");
              break;
            case "maxLength":
              out = "";
              var n = e.params.limit;
              out += "must NOT be longer than " + n + " character", n != 1 && (out += "s");
              break;
            case "maxProperties":
              out = "";
              var n = e.params.limit;
              out += "must NOT have more than " + n + " propert", n == 1 ? out += "y" : out += "ies";
              break;
            case "minimum":
            case "exclusiveMinimum":
              out = "";
              var cond = e.params.comparison + " " + e.params.limit;
              out += "must be " + cond;
              break;
            case "minItems":
              out = "";
              var n = e.params.limit;
              out += "must NOT have less than " + n + " item", n != 1 && (out += "s");
              break;
            case "minLength":
              out = "";
              var n = e.params.limit;
              out += "must NOT be shorter than " + n + " character", n != 1 && (out += "s");
              break;
            case "minProperties":
              out = "";
              var n = e.params.limit;
              out += "must NOT have less than " + n + " propert", n == 1 ? out += "y" : out += "ies";
              break;
            case "multipleOf":
              out = "must be a multiple of " + e.params.multipleOf;
              break;
            case "not":
              out = 'must NOT be valid according to schema in "not"';
              break;
            case "oneOf":
              out = 'must match exactly one schema in "oneOf"';
              break;
            case "pattern":
              out = 'must match pattern "' + e.params.pattern + '"';
              break;
            case "patternRequired":
              out = 'must have property matching pattern "' + e.params.missingPattern + '"';
              break;
            case "propertyNames":
              out = "property name is invalid";
              break;
            case "required":
              out = "must have required property " + e.params.missingProperty;
              break;
            case "type":
              out = "must be " + e.params.type;
              break;
            case "unevaluatedItems":
              out = "";
              var n = e.params.len;
              out += "must NOT have more than " + n + " item", n != 1 && (out += "s");
              break;
            case "unevaluatedProperties":
              out = "must NOT have unevaluated properties";
              break;
            case "uniqueItems":
              out = "must NOT have duplicate items (items ## " + e.params.j + " and " + e.params.i + " are identical)";
              break;
            default:
              out = 'must pass "' + e.keyword + '" keyword validation';
          }
          e.message = out;
        }
    };
  }
});

// src/k8s/schema-formats.ts
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, QUANTITY = /^[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)(?:[KMGTPE]i|[YZEPTGMkhdcmunpfazy]|da|[eE][+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+))?$/, DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;
function daysInMonth(year, month) {
  return month === 2 ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function isDateTime(value) {
  let match = DATE_TIME.exec(value);
  if (!match)
    return !1;
  let [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number), sign = match[7] === "-" ? -1 : 1, offsetHours = Number(match[8] ?? 0), offsetMinutes = Number(match[9] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || offsetHours > 23 || offsetMinutes > 59)
    return !1;
  if (hour <= 23 && minute <= 59 && second <= 59)
    return !0;
  let utcMinute = minute - sign * offsetMinutes, utcHour = hour - sign * offsetHours - (utcMinute < 0 ? 1 : 0);
  return second <= 60 && (utcMinute === 59 || utcMinute === -1) && (utcHour === 23 || utcHour === -1);
}
var formats = {
  int32: {
    type: "number",
    validate: (value) => Number.isInteger(value) && value >= -2147483648 && value <= 2147483647
  },
  int64: { type: "number", validate: (value) => Number.isInteger(value) },
  double: { type: "number", validate: () => !0 },
  byte: { type: "string", validate: (value) => BASE64.test(value) },
  quantity: { type: "string", validate: QUANTITY },
  "date-time": { type: "string", validate: isDateTime }
};

// node_modules/@kubernetes-models/validate/dist/runtime/validation_error.js
var import_validation_error = __toESM(require_validation_error(), 1);

// node_modules/@kubernetes-models/validate/dist/utils.js
function getDefault(value) {
  return value.__esModule ? value.default : value;
}

// node_modules/@kubernetes-models/validate/dist/runtime/validation_error.js
var validation_error_default = getDefault(import_validation_error.default);

// node_modules/@kubernetes-models/validate/dist/validate.js
var import_en = __toESM(require_en(), 1), localizeEn = import_en.default;
function generateErrorMessage(errors) {
  return localizeEn(errors), errors.map((err) => `data${err.instancePath} ${err.message}`).join(", ");
}
function runValidateFunc(fn, data) {
  if (!fn(data) && fn.errors) {
    let errors = fn.errors, err = new validation_error_default(errors);
    throw err.message = generateErrorMessage(errors), err;
  }
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Time.js
var validate = validate0, formats0 = formats["date-time"];
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data == "number" && isFinite(data), typeof data == "string") {
    if (!formats0.validate(data)) {
      let err0 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "date-time" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1FieldsV1.js
var validate2 = validate02;
function validate02(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate02.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ManagedFieldsEntry.js
var validate3 = validate1;
function validate03(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate03.errors = vErrors, errors === 0;
}
function validate4(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors)).length)), validate4.errors = vErrors, errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate.errors : vErrors.concat(validate.errors)).length)), validate11.errors = vErrors, errors === 0;
}
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) data.apiVersion !== void 0 && (validate03(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = vErrors === null ? validate03.errors : vErrors.concat(validate03.errors)).length)), data.fieldsType !== void 0 && (validate03(data.fieldsType, { instancePath: instancePath + "/fieldsType", parentData: data, parentDataProperty: "fieldsType", rootData }) || (errors = (vErrors = vErrors === null ? validate03.errors : vErrors.concat(validate03.errors)).length)), data.fieldsV1 !== void 0 && (validate4(data.fieldsV1, { instancePath: instancePath + "/fieldsV1", parentData: data, parentDataProperty: "fieldsV1", rootData }) || (errors = (vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors)).length)), data.manager !== void 0 && (validate03(data.manager, { instancePath: instancePath + "/manager", parentData: data, parentDataProperty: "manager", rootData }) || (errors = (vErrors = vErrors === null ? validate03.errors : vErrors.concat(validate03.errors)).length)), data.operation !== void 0 && (validate03(data.operation, { instancePath: instancePath + "/operation", parentData: data, parentDataProperty: "operation", rootData }) || (errors = (vErrors = vErrors === null ? validate03.errors : vErrors.concat(validate03.errors)).length)), data.subresource !== void 0 && (validate03(data.subresource, { instancePath: instancePath + "/subresource", parentData: data, parentDataProperty: "subresource", rootData }) || (errors = (vErrors = vErrors === null ? validate03.errors : vErrors.concat(validate03.errors)).length)), data.time !== void 0 && (validate11(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData }) || (errors = (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1OwnerReference.js
var validate5 = validate22;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate12.errors = vErrors, errors === 0;
}
function validate04(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "boolean" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate04.errors = vErrors, errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.name === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.uid === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uid" } };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    data.apiVersion !== void 0 && (validate12(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)).length)), data.blockOwnerDeletion !== void 0 && (validate04(data.blockOwnerDeletion, { instancePath: instancePath + "/blockOwnerDeletion", parentData: data, parentDataProperty: "blockOwnerDeletion", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length)), data.controller !== void 0 && (validate04(data.controller, { instancePath: instancePath + "/controller", parentData: data, parentDataProperty: "controller", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length)), data.kind !== void 0 && (validate12(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)).length)), data.name !== void 0 && (validate12(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)).length)), data.uid !== void 0 && (validate12(data.uid, { instancePath: instancePath + "/uid", parentData: data, parentDataProperty: "uid", rootData }) || (errors = (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)).length));
  } else {
    let err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
  }
  return validate22.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta.js
var validate6 = validate8;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate32.errors = vErrors, errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) for (let key0 in data) validate32(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors)).length);
  return validate52.errors = vErrors, errors === 0;
}
function validate05(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate.errors : vErrors.concat(validate.errors)).length)), validate05.errors = vErrors, errors === 0;
}
var formats02 = formats.int64;
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (typeof data == "number" && isFinite(data) && !formats02.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate42.errors = vErrors, errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate32(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors)).length);
  }
  return validate13.errors = vErrors, errors === 0;
}
function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate7.errors = vErrors, errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors)).length), validate20.errors = vErrors, errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate20(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors)).length);
  }
  return validate19.errors = vErrors, errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate5(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors)).length), validate28.errors = vErrors, errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate28(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors)).length);
  }
  return validate27.errors = vErrors, errors === 0;
}
function validate8(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) data.annotations !== void 0 && (validate52(data.annotations, { instancePath: instancePath + "/annotations", parentData: data, parentDataProperty: "annotations", rootData }) || (errors = (vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors)).length)), data.creationTimestamp !== void 0 && (validate05(data.creationTimestamp, { instancePath: instancePath + "/creationTimestamp", parentData: data, parentDataProperty: "creationTimestamp", rootData }) || (errors = (vErrors = vErrors === null ? validate05.errors : vErrors.concat(validate05.errors)).length)), data.deletionGracePeriodSeconds !== void 0 && (validate42(data.deletionGracePeriodSeconds, { instancePath: instancePath + "/deletionGracePeriodSeconds", parentData: data, parentDataProperty: "deletionGracePeriodSeconds", rootData }) || (errors = (vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors)).length)), data.deletionTimestamp !== void 0 && (validate05(data.deletionTimestamp, { instancePath: instancePath + "/deletionTimestamp", parentData: data, parentDataProperty: "deletionTimestamp", rootData }) || (errors = (vErrors = vErrors === null ? validate05.errors : vErrors.concat(validate05.errors)).length)), data.finalizers !== void 0 && (validate13(data.finalizers, { instancePath: instancePath + "/finalizers", parentData: data, parentDataProperty: "finalizers", rootData }) || (errors = (vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors)).length)), data.generateName !== void 0 && (validate7(data.generateName, { instancePath: instancePath + "/generateName", parentData: data, parentDataProperty: "generateName", rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length)), data.generation !== void 0 && (validate42(data.generation, { instancePath: instancePath + "/generation", parentData: data, parentDataProperty: "generation", rootData }) || (errors = (vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors)).length)), data.labels !== void 0 && (validate52(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData }) || (errors = (vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors)).length)), data.managedFields !== void 0 && (validate19(data.managedFields, { instancePath: instancePath + "/managedFields", parentData: data, parentDataProperty: "managedFields", rootData }) || (errors = (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors)).length)), data.name !== void 0 && (validate7(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length)), data.namespace !== void 0 && (validate7(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length)), data.ownerReferences !== void 0 && (validate27(data.ownerReferences, { instancePath: instancePath + "/ownerReferences", parentData: data, parentDataProperty: "ownerReferences", rootData }) || (errors = (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors)).length)), data.resourceVersion !== void 0 && (validate7(data.resourceVersion, { instancePath: instancePath + "/resourceVersion", parentData: data, parentDataProperty: "resourceVersion", rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length)), data.selfLink !== void 0 && (validate7(data.selfLink, { instancePath: instancePath + "/selfLink", parentData: data, parentDataProperty: "selfLink", rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length)), data.uid !== void 0 && (validate7(data.uid, { instancePath: instancePath + "/uid", parentData: data, parentDataProperty: "uid", rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate8.errors = vErrors, errors === 0;
}

export {
  formats,
  getDefault,
  runValidateFunc,
  validate,
  validate6 as validate2
};
