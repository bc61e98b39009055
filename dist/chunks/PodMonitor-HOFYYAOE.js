import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  validate as validate4,
  validate10 as validate14,
  validate11 as validate15,
  validate2 as validate5,
  validate3 as validate6,
  validate4 as validate7,
  validate5 as validate8,
  validate6 as validate9,
  validate7 as validate10,
  validate8 as validate11,
  validate9 as validate13
} from "./chunk-IOOINAVA.js";
import {
  ucs2length_default,
  validate as validate12,
  validate2 as validate16
} from "./chunk-4CAIDZBS.js";
import {
  Model,
  createTypeMetaGuard,
  setValidateFunc
} from "./chunk-QBTV6OO2.js";
import "./chunk-HJBIIXVP.js";
import {
  validate as validate3
} from "./chunk-WSR5PF3C.js";
import "./chunk-IHQ2NVHL.js";
import "./chunk-HTR4EXA2.js";
import {
  validate as validate2
} from "./chunk-GY7GMIZM.js";
import {
  formats,
  validate2 as validate
} from "./chunk-C2QQM46K.js";
import "./chunk-VXV2MXR7.js";

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1HTTPConfig.js
var validate17 = validate0;
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate11(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors)).length), validate1.errors = vErrors, errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors)).length)), validate52.errors = vErrors, errors === 0;
}
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate1(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors)).length), data && typeof data == "object" && !Array.isArray(data)) data.tlsConfig !== void 0 && (validate52(data.tlsConfig, { instancePath: instancePath + "/tlsConfig", parentData: data, parentDataProperty: "tlsConfig", rootData }) || (errors = (vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1HTTPConfigWithProxy.js
var validate18 = validate02;
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate17(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors)).length), validate19.errors = vErrors, errors === 0;
}
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors)).length), validate53.errors = vErrors, errors === 0;
}
function validate02(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate19(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors)).length), validate53(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors)).length), validate02.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1PodMetricsEndpoint.js
var validate20 = validate102;
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate18(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors)).length), validate112.errors = vErrors, errors === 0;
}
function validate03(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "boolean" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate03.errors = vErrors, errors === 0;
}
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate12(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)).length), validate72.errors = vErrors, errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate13(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors)).length), validate32.errors = vErrors, errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate32(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors)).length);
  }
  return validate22.errors = vErrors, errors === 0;
}
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate222.errors = vErrors, errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate222(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) for (let key0 in data) validate21(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors)).length);
  return validate202.errors = vErrors, errors === 0;
}
function validate110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate110.errors = vErrors, errors === 0;
}
var formats0 = formats.int32;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      let err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data < 1 || isNaN(data)) {
      let err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 } };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (!formats0.validate(data)) {
      let err3 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int32" } };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
  }
  return validate28.errors = vErrors, errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate14(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors)).length), validate31.errors = vErrors, errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors)).length)), validate36.errors = vErrors, errors === 0;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate112(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors)).length), data && typeof data == "object" && !Array.isArray(data)) data.filterRunning !== void 0 && (validate03(data.filterRunning, { instancePath: instancePath + "/filterRunning", parentData: data, parentDataProperty: "filterRunning", rootData }) || (errors = (vErrors = vErrors === null ? validate03.errors : vErrors.concat(validate03.errors)).length)), data.honorLabels !== void 0 && (validate03(data.honorLabels, { instancePath: instancePath + "/honorLabels", parentData: data, parentDataProperty: "honorLabels", rootData }) || (errors = (vErrors = vErrors === null ? validate03.errors : vErrors.concat(validate03.errors)).length)), data.honorTimestamps !== void 0 && (validate03(data.honorTimestamps, { instancePath: instancePath + "/honorTimestamps", parentData: data, parentDataProperty: "honorTimestamps", rootData }) || (errors = (vErrors = vErrors === null ? validate03.errors : vErrors.concat(validate03.errors)).length)), data.interval !== void 0 && (validate72(data.interval, { instancePath: instancePath + "/interval", parentData: data, parentDataProperty: "interval", rootData }) || (errors = (vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors)).length)), data.metricRelabelings !== void 0 && (validate22(data.metricRelabelings, { instancePath: instancePath + "/metricRelabelings", parentData: data, parentDataProperty: "metricRelabelings", rootData }) || (errors = (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors)).length)), data.params !== void 0 && (validate202(data.params, { instancePath: instancePath + "/params", parentData: data, parentDataProperty: "params", rootData }) || (errors = (vErrors = vErrors === null ? validate202.errors : vErrors.concat(validate202.errors)).length)), data.path !== void 0 && (validate110(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors)).length)), data.port !== void 0 && (validate110(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors)).length)), data.portNumber !== void 0 && (validate28(data.portNumber, { instancePath: instancePath + "/portNumber", parentData: data, parentDataProperty: "portNumber", rootData }) || (errors = (vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors)).length)), data.relabelings !== void 0 && (validate22(data.relabelings, { instancePath: instancePath + "/relabelings", parentData: data, parentDataProperty: "relabelings", rootData }) || (errors = (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors)).length)), data.scheme !== void 0 && (validate31(data.scheme, { instancePath: instancePath + "/scheme", parentData: data, parentDataProperty: "scheme", rootData }) || (errors = (vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors)).length)), data.scrapeTimeout !== void 0 && (validate72(data.scrapeTimeout, { instancePath: instancePath + "/scrapeTimeout", parentData: data, parentDataProperty: "scrapeTimeout", rootData }) || (errors = (vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors)).length)), data.targetPort !== void 0 && (validate36(data.targetPort, { instancePath: instancePath + "/targetPort", parentData: data, parentDataProperty: "targetPort", rootData }) || (errors = (vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors)).length)), data.trackTimestampsStaleness !== void 0 && (validate03(data.trackTimestampsStaleness, { instancePath: instancePath + "/trackTimestampsStaleness", parentData: data, parentDataProperty: "trackTimestampsStaleness", rootData }) || (errors = (vErrors = vErrors === null ? validate03.errors : vErrors.concat(validate03.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate102.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1PodMonitorSpec.js
var validate23 = validate111;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate4(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors)).length), validate24.errors = vErrors, errors === 0;
}
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate5(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors)).length)), validate62.errors = vErrors, errors === 0;
}
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors)).length), validate103.errors = vErrors, errors === 0;
}
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate7(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length), validate142.errors = vErrors, errors === 0;
}
function validate182(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate182.errors = vErrors, errors === 0;
}
var formats02 = formats.int64;
function validate04(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (typeof data == "number" && isFinite(data) && !formats02.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate04.errors = vErrors, errors === 0;
}
function validate242(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors)).length)), validate242.errors = vErrors, errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors)).length), validate29.errors = vErrors, errors === 0;
}
function validate282(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate29(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors)).length);
  }
  return validate282.errors = vErrors, errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35.errors = vErrors, errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate35(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors)).length);
  }
  return validate34.errors = vErrors, errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (typeof data == "string" && 1 > ucs2length_default(data)) {
    let err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate39.errors = vErrors, errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate7(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length), validate42.errors = vErrors, errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate42(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors)).length);
  }
  return validate41.errors = vErrors, errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors)).length), validate46.errors = vErrors, errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate15(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors)).length), validate50.errors = vErrors, errors === 0;
}
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors)).length), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.selector === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selector" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.attachMetadata !== void 0 && (validate62(data.attachMetadata, { instancePath: instancePath + "/attachMetadata", parentData: data, parentDataProperty: "attachMetadata", rootData }) || (errors = (vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors)).length)), data.bodySizeLimit !== void 0 && (validate103(data.bodySizeLimit, { instancePath: instancePath + "/bodySizeLimit", parentData: data, parentDataProperty: "bodySizeLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors)).length)), data.fallbackScrapeProtocol !== void 0 && (validate142(data.fallbackScrapeProtocol, { instancePath: instancePath + "/fallbackScrapeProtocol", parentData: data, parentDataProperty: "fallbackScrapeProtocol", rootData }) || (errors = (vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors)).length)), data.jobLabel !== void 0 && (validate182(data.jobLabel, { instancePath: instancePath + "/jobLabel", parentData: data, parentDataProperty: "jobLabel", rootData }) || (errors = (vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors)).length)), data.keepDroppedTargets !== void 0 && (validate04(data.keepDroppedTargets, { instancePath: instancePath + "/keepDroppedTargets", parentData: data, parentDataProperty: "keepDroppedTargets", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length)), data.labelLimit !== void 0 && (validate04(data.labelLimit, { instancePath: instancePath + "/labelLimit", parentData: data, parentDataProperty: "labelLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length)), data.labelNameLengthLimit !== void 0 && (validate04(data.labelNameLengthLimit, { instancePath: instancePath + "/labelNameLengthLimit", parentData: data, parentDataProperty: "labelNameLengthLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length)), data.labelValueLengthLimit !== void 0 && (validate04(data.labelValueLengthLimit, { instancePath: instancePath + "/labelValueLengthLimit", parentData: data, parentDataProperty: "labelValueLengthLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length)), data.namespaceSelector !== void 0 && (validate242(data.namespaceSelector, { instancePath: instancePath + "/namespaceSelector", parentData: data, parentDataProperty: "namespaceSelector", rootData }) || (errors = (vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors)).length)), data.podMetricsEndpoints !== void 0 && (validate282(data.podMetricsEndpoints, { instancePath: instancePath + "/podMetricsEndpoints", parentData: data, parentDataProperty: "podMetricsEndpoints", rootData }) || (errors = (vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors)).length)), data.podTargetLabels !== void 0 && (validate34(data.podTargetLabels, { instancePath: instancePath + "/podTargetLabels", parentData: data, parentDataProperty: "podTargetLabels", rootData }) || (errors = (vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors)).length)), data.sampleLimit !== void 0 && (validate04(data.sampleLimit, { instancePath: instancePath + "/sampleLimit", parentData: data, parentDataProperty: "sampleLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length)), data.scrapeClass !== void 0 && (validate39(data.scrapeClass, { instancePath: instancePath + "/scrapeClass", parentData: data, parentDataProperty: "scrapeClass", rootData }) || (errors = (vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors)).length)), data.scrapeProtocols !== void 0 && (validate41(data.scrapeProtocols, { instancePath: instancePath + "/scrapeProtocols", parentData: data, parentDataProperty: "scrapeProtocols", rootData }) || (errors = (vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors)).length)), data.selector !== void 0 && (validate46(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData }) || (errors = (vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors)).length)), data.selectorMechanism !== void 0 && (validate50(data.selectorMechanism, { instancePath: instancePath + "/selectorMechanism", parentData: data, parentDataProperty: "selectorMechanism", rootData }) || (errors = (vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors)).length)), data.targetLimit !== void 0 && (validate04(data.targetLimit, { instancePath: instancePath + "/targetLimit", parentData: data, parentDataProperty: "targetLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate111.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1PodMonitor.js
var validate25 = validate05, schema1_enum = ["monitoring.coreos.com/v1"];
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data !== "monitoring.coreos.com/v1") {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate113.errors = vErrors, errors === 0;
}
var schema2_enum = ["PodMonitor"];
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data !== "PodMonitor") {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate33.errors = vErrors, errors === 0;
}
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate.errors : vErrors.concat(validate.errors)).length)), validate54.errors = vErrors, errors === 0;
}
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate23(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors)).length), validate92.errors = vErrors, errors === 0;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate16(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors)).length)), validate132.errors = vErrors, errors === 0;
}
function validate05(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.apiVersion === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.kind === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" } };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    data.apiVersion !== void 0 && (validate113(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors)).length)), data.kind !== void 0 && (validate33(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors)).length)), data.metadata !== void 0 && (validate54(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors)).length)), data.spec !== void 0 && (validate92(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors)).length)), data.status !== void 0 && (validate132(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate05.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor.js
var PodMonitor = class _PodMonitor extends Model {
  static {
    this.apiVersion = "monitoring.coreos.com/v1";
  }
  static {
    this.kind = "PodMonitor";
  }
  static {
    this.is = createTypeMetaGuard(_PodMonitor);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _PodMonitor.apiVersion, kind: _PodMonitor.kind, ...data });
  }
};
setValidateFunc(PodMonitor, validate25);
export {
  PodMonitor
};
