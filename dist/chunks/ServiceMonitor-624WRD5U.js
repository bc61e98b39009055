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

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1TLSFilesConfig.js
var validate17 = validate1;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0.errors = vErrors, errors === 0;
}
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) data.caFile !== void 0 && (validate0(data.caFile, { instancePath: instancePath + "/caFile", parentData: data, parentDataProperty: "caFile", rootData }) || (errors = (vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors)).length)), data.certFile !== void 0 && (validate0(data.certFile, { instancePath: instancePath + "/certFile", parentData: data, parentDataProperty: "certFile", rootData }) || (errors = (vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors)).length)), data.keyFile !== void 0 && (validate0(data.keyFile, { instancePath: instancePath + "/keyFile", parentData: data, parentDataProperty: "keyFile", rootData }) || (errors = (vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1TLSConfig.js
var validate18 = validate02;
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors)).length), validate19.errors = vErrors, errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate17(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors)).length), validate52.errors = vErrors, errors === 0;
}
function validate02(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate19(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors)).length), validate52(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors)).length), validate02.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1HTTPConfigWithTLSFiles.js
var validate20 = validate03;
function validate110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate11(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors)).length), validate110.errors = vErrors, errors === 0;
}
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate18(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors)).length)), validate53.errors = vErrors, errors === 0;
}
function validate03(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate110(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors)).length), data && typeof data == "object" && !Array.isArray(data)) data.tlsConfig !== void 0 && (validate53(data.tlsConfig, { instancePath: instancePath + "/tlsConfig", parentData: data, parentDataProperty: "tlsConfig", rootData }) || (errors = (vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate03.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1HTTPConfigWithProxyAndTLSFiles.js
var validate21 = validate04;
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors)).length), validate111.errors = vErrors, errors === 0;
}
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors)).length), validate54.errors = vErrors, errors === 0;
}
function validate04(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate111(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors)).length), validate54(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors)).length), validate04.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1Endpoint.js
var validate22 = validate102;
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors)).length), validate112.errors = vErrors, errors === 0;
}
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate113.errors = vErrors, errors === 0;
}
function validate05(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "boolean" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate05.errors = vErrors, errors === 0;
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
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate32(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors)).length);
  }
  return validate23.errors = vErrors, errors === 0;
}
function validate232(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate232.errors = vErrors, errors === 0;
}
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate232(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate232.errors : vErrors.concat(validate232.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate222.errors = vErrors, errors === 0;
}
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) for (let key0 in data) validate222(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }) || (errors = (vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors)).length);
  return validate212.errors = vErrors, errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate14(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors)).length), validate30.errors = vErrors, errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors)).length)), validate35.errors = vErrors, errors === 0;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate112(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors)).length), data && typeof data == "object" && !Array.isArray(data)) data.bearerTokenFile !== void 0 && (validate113(data.bearerTokenFile, { instancePath: instancePath + "/bearerTokenFile", parentData: data, parentDataProperty: "bearerTokenFile", rootData }) || (errors = (vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors)).length)), data.filterRunning !== void 0 && (validate05(data.filterRunning, { instancePath: instancePath + "/filterRunning", parentData: data, parentDataProperty: "filterRunning", rootData }) || (errors = (vErrors = vErrors === null ? validate05.errors : vErrors.concat(validate05.errors)).length)), data.honorLabels !== void 0 && (validate05(data.honorLabels, { instancePath: instancePath + "/honorLabels", parentData: data, parentDataProperty: "honorLabels", rootData }) || (errors = (vErrors = vErrors === null ? validate05.errors : vErrors.concat(validate05.errors)).length)), data.honorTimestamps !== void 0 && (validate05(data.honorTimestamps, { instancePath: instancePath + "/honorTimestamps", parentData: data, parentDataProperty: "honorTimestamps", rootData }) || (errors = (vErrors = vErrors === null ? validate05.errors : vErrors.concat(validate05.errors)).length)), data.interval !== void 0 && (validate72(data.interval, { instancePath: instancePath + "/interval", parentData: data, parentDataProperty: "interval", rootData }) || (errors = (vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors)).length)), data.metricRelabelings !== void 0 && (validate23(data.metricRelabelings, { instancePath: instancePath + "/metricRelabelings", parentData: data, parentDataProperty: "metricRelabelings", rootData }) || (errors = (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors)).length)), data.params !== void 0 && (validate212(data.params, { instancePath: instancePath + "/params", parentData: data, parentDataProperty: "params", rootData }) || (errors = (vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors)).length)), data.path !== void 0 && (validate113(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors)).length)), data.port !== void 0 && (validate113(data.port, { instancePath: instancePath + "/port", parentData: data, parentDataProperty: "port", rootData }) || (errors = (vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors)).length)), data.relabelings !== void 0 && (validate23(data.relabelings, { instancePath: instancePath + "/relabelings", parentData: data, parentDataProperty: "relabelings", rootData }) || (errors = (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors)).length)), data.scheme !== void 0 && (validate30(data.scheme, { instancePath: instancePath + "/scheme", parentData: data, parentDataProperty: "scheme", rootData }) || (errors = (vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors)).length)), data.scrapeTimeout !== void 0 && (validate72(data.scrapeTimeout, { instancePath: instancePath + "/scrapeTimeout", parentData: data, parentDataProperty: "scrapeTimeout", rootData }) || (errors = (vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors)).length)), data.targetPort !== void 0 && (validate35(data.targetPort, { instancePath: instancePath + "/targetPort", parentData: data, parentDataProperty: "targetPort", rootData }) || (errors = (vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors)).length)), data.trackTimestampsStaleness !== void 0 && (validate05(data.trackTimestampsStaleness, { instancePath: instancePath + "/trackTimestampsStaleness", parentData: data, parentDataProperty: "trackTimestampsStaleness", rootData }) || (errors = (vErrors = vErrors === null ? validate05.errors : vErrors.concat(validate05.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate102.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1ServiceDiscoveryRole.js
var validate24 = validate06, schema0_enum = ["Endpoints", "EndpointSlice"];
function validate06(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data !== "Endpoints" && data !== "EndpointSlice") {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema0_enum } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate06.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1ServiceMonitorSpec.js
var validate25 = validate43;
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate4(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors)).length), validate55.errors = vErrors, errors === 0;
}
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate5(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors)).length)), validate92.errors = vErrors, errors === 0;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate6(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors)).length), validate132.errors = vErrors, errors === 0;
}
function validate182(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate22(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors)).length), validate182.errors = vErrors, errors === 0;
}
function validate172(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate182(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate172.errors = vErrors, errors === 0;
}
function validate233(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate7(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length), validate233.errors = vErrors, errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate27.errors = vErrors, errors === 0;
}
var formats0 = formats.int64;
function validate07(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (typeof data == "number" && isFinite(data) && !formats0.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate07.errors = vErrors, errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors)).length)), validate33.errors = vErrors, errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate26.errors = vErrors, errors === 0;
}
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate26(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors)).length);
  }
  return validate114.errors = vErrors, errors === 0;
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
function validate542(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors)).length), validate542.errors = vErrors, errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (validate55(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors)).length), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.endpoints === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoints" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.selector === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "selector" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    data.attachMetadata !== void 0 && (validate92(data.attachMetadata, { instancePath: instancePath + "/attachMetadata", parentData: data, parentDataProperty: "attachMetadata", rootData }) || (errors = (vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors)).length)), data.bodySizeLimit !== void 0 && (validate132(data.bodySizeLimit, { instancePath: instancePath + "/bodySizeLimit", parentData: data, parentDataProperty: "bodySizeLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors)).length)), data.endpoints !== void 0 && (validate172(data.endpoints, { instancePath: instancePath + "/endpoints", parentData: data, parentDataProperty: "endpoints", rootData }) || (errors = (vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors)).length)), data.fallbackScrapeProtocol !== void 0 && (validate233(data.fallbackScrapeProtocol, { instancePath: instancePath + "/fallbackScrapeProtocol", parentData: data, parentDataProperty: "fallbackScrapeProtocol", rootData }) || (errors = (vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors)).length)), data.jobLabel !== void 0 && (validate27(data.jobLabel, { instancePath: instancePath + "/jobLabel", parentData: data, parentDataProperty: "jobLabel", rootData }) || (errors = (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors)).length)), data.keepDroppedTargets !== void 0 && (validate07(data.keepDroppedTargets, { instancePath: instancePath + "/keepDroppedTargets", parentData: data, parentDataProperty: "keepDroppedTargets", rootData }) || (errors = (vErrors = vErrors === null ? validate07.errors : vErrors.concat(validate07.errors)).length)), data.labelLimit !== void 0 && (validate07(data.labelLimit, { instancePath: instancePath + "/labelLimit", parentData: data, parentDataProperty: "labelLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate07.errors : vErrors.concat(validate07.errors)).length)), data.labelNameLengthLimit !== void 0 && (validate07(data.labelNameLengthLimit, { instancePath: instancePath + "/labelNameLengthLimit", parentData: data, parentDataProperty: "labelNameLengthLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate07.errors : vErrors.concat(validate07.errors)).length)), data.labelValueLengthLimit !== void 0 && (validate07(data.labelValueLengthLimit, { instancePath: instancePath + "/labelValueLengthLimit", parentData: data, parentDataProperty: "labelValueLengthLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate07.errors : vErrors.concat(validate07.errors)).length)), data.namespaceSelector !== void 0 && (validate33(data.namespaceSelector, { instancePath: instancePath + "/namespaceSelector", parentData: data, parentDataProperty: "namespaceSelector", rootData }) || (errors = (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors)).length)), data.podTargetLabels !== void 0 && (validate114(data.podTargetLabels, { instancePath: instancePath + "/podTargetLabels", parentData: data, parentDataProperty: "podTargetLabels", rootData }) || (errors = (vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors)).length)), data.sampleLimit !== void 0 && (validate07(data.sampleLimit, { instancePath: instancePath + "/sampleLimit", parentData: data, parentDataProperty: "sampleLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate07.errors : vErrors.concat(validate07.errors)).length)), data.scrapeClass !== void 0 && (validate39(data.scrapeClass, { instancePath: instancePath + "/scrapeClass", parentData: data, parentDataProperty: "scrapeClass", rootData }) || (errors = (vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors)).length)), data.scrapeProtocols !== void 0 && (validate41(data.scrapeProtocols, { instancePath: instancePath + "/scrapeProtocols", parentData: data, parentDataProperty: "scrapeProtocols", rootData }) || (errors = (vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors)).length)), data.selector !== void 0 && (validate46(data.selector, { instancePath: instancePath + "/selector", parentData: data, parentDataProperty: "selector", rootData }) || (errors = (vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors)).length)), data.selectorMechanism !== void 0 && (validate50(data.selectorMechanism, { instancePath: instancePath + "/selectorMechanism", parentData: data, parentDataProperty: "selectorMechanism", rootData }) || (errors = (vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors)).length)), data.serviceDiscoveryRole !== void 0 && (validate542(data.serviceDiscoveryRole, { instancePath: instancePath + "/serviceDiscoveryRole", parentData: data, parentDataProperty: "serviceDiscoveryRole", rootData }) || (errors = (vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors)).length)), data.targetLabels !== void 0 && (validate114(data.targetLabels, { instancePath: instancePath + "/targetLabels", parentData: data, parentDataProperty: "targetLabels", rootData }) || (errors = (vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors)).length)), data.targetLimit !== void 0 && (validate07(data.targetLimit, { instancePath: instancePath + "/targetLimit", parentData: data, parentDataProperty: "targetLimit", rootData }) || (errors = (vErrors = vErrors === null ? validate07.errors : vErrors.concat(validate07.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate43.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/_schemas/ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1ServiceMonitor.js
var validate28 = validate08, schema1_enum = ["monitoring.coreos.com/v1"];
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data !== "monitoring.coreos.com/v1") {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate115.errors = vErrors, errors === 0;
}
var schema2_enum = ["ServiceMonitor"];
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data !== "ServiceMonitor") {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate34.errors = vErrors, errors === 0;
}
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate.errors : vErrors.concat(validate.errors)).length)), validate56.errors = vErrors, errors === 0;
}
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate25(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors)).length), validate93.errors = vErrors, errors === 0;
}
function validate133(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate16(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors)).length)), validate133.errors = vErrors, errors === 0;
}
function validate08(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    data.apiVersion !== void 0 && (validate115(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors)).length)), data.kind !== void 0 && (validate34(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors)).length)), data.metadata !== void 0 && (validate56(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors)).length)), data.spec !== void 0 && (validate93(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors)).length)), data.status !== void 0 && (validate133(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }) || (errors = (vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate08.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor.js
var ServiceMonitor = class _ServiceMonitor extends Model {
  static {
    this.apiVersion = "monitoring.coreos.com/v1";
  }
  static {
    this.kind = "ServiceMonitor";
  }
  static {
    this.is = createTypeMetaGuard(_ServiceMonitor);
  }
  constructor(data) {
    super(), this.setDefinedProps({ apiVersion: _ServiceMonitor.apiVersion, kind: _ServiceMonitor.kind, ...data });
  }
};
setValidateFunc(ServiceMonitor, validate28);
export {
  ServiceMonitor
};
