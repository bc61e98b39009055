import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  formats,
  validate2 as validate
} from "./chunk-C2QQM46K.js";
import "./chunk-VXV2MXR7.js";

// node_modules/kubernetes-models/_schemas/IoK8sApiStorageV1TokenRequest.js
var validate2 = validate0;
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate1.errors = vErrors, errors === 0;
}
var formats0 = formats.int64;
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (typeof data == "number" && isFinite(data) && !formats0.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate3.errors = vErrors, errors === 0;
}
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.audience === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "audience" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.audience !== void 0 && (validate1(data.audience, { instancePath: instancePath + "/audience", parentData: data, parentDataProperty: "audience", rootData }) || (errors = (vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors)).length)), data.expirationSeconds !== void 0 && (validate3(data.expirationSeconds, { instancePath: instancePath + "/expirationSeconds", parentData: data, parentDataProperty: "expirationSeconds", rootData }) || (errors = (vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate0.errors = vErrors, errors === 0;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiStorageV1CSIDriverSpec.js
var validate4 = validate12;
function validate02(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "boolean" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "boolean" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate02.errors = vErrors, errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate32.errors = vErrors, errors === 0;
}
var formats02 = formats.int64;
function validate5(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (typeof data == "number" && isFinite(data) && !formats02.validate(data)) {
    let err1 = { instancePath, schemaPath: "#/format", keyword: "format", params: { format: "int64" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate5.errors = vErrors, errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors)).length), validate14.errors = vErrors, errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate14(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors)).length);
  }
  return validate13.errors = vErrors, errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
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
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) data.attachRequired !== void 0 && (validate02(data.attachRequired, { instancePath: instancePath + "/attachRequired", parentData: data, parentDataProperty: "attachRequired", rootData }) || (errors = (vErrors = vErrors === null ? validate02.errors : vErrors.concat(validate02.errors)).length)), data.fsGroupPolicy !== void 0 && (validate32(data.fsGroupPolicy, { instancePath: instancePath + "/fsGroupPolicy", parentData: data, parentDataProperty: "fsGroupPolicy", rootData }) || (errors = (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors)).length)), data.nodeAllocatableUpdatePeriodSeconds !== void 0 && (validate5(data.nodeAllocatableUpdatePeriodSeconds, { instancePath: instancePath + "/nodeAllocatableUpdatePeriodSeconds", parentData: data, parentDataProperty: "nodeAllocatableUpdatePeriodSeconds", rootData }) || (errors = (vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors)).length)), data.podInfoOnMount !== void 0 && (validate02(data.podInfoOnMount, { instancePath: instancePath + "/podInfoOnMount", parentData: data, parentDataProperty: "podInfoOnMount", rootData }) || (errors = (vErrors = vErrors === null ? validate02.errors : vErrors.concat(validate02.errors)).length)), data.preventPodSchedulingIfMissing !== void 0 && (validate02(data.preventPodSchedulingIfMissing, { instancePath: instancePath + "/preventPodSchedulingIfMissing", parentData: data, parentDataProperty: "preventPodSchedulingIfMissing", rootData }) || (errors = (vErrors = vErrors === null ? validate02.errors : vErrors.concat(validate02.errors)).length)), data.requiresRepublish !== void 0 && (validate02(data.requiresRepublish, { instancePath: instancePath + "/requiresRepublish", parentData: data, parentDataProperty: "requiresRepublish", rootData }) || (errors = (vErrors = vErrors === null ? validate02.errors : vErrors.concat(validate02.errors)).length)), data.seLinuxMount !== void 0 && (validate02(data.seLinuxMount, { instancePath: instancePath + "/seLinuxMount", parentData: data, parentDataProperty: "seLinuxMount", rootData }) || (errors = (vErrors = vErrors === null ? validate02.errors : vErrors.concat(validate02.errors)).length)), data.serviceAccountTokenInSecrets !== void 0 && (validate02(data.serviceAccountTokenInSecrets, { instancePath: instancePath + "/serviceAccountTokenInSecrets", parentData: data, parentDataProperty: "serviceAccountTokenInSecrets", rootData }) || (errors = (vErrors = vErrors === null ? validate02.errors : vErrors.concat(validate02.errors)).length)), data.storageCapacity !== void 0 && (validate02(data.storageCapacity, { instancePath: instancePath + "/storageCapacity", parentData: data, parentDataProperty: "storageCapacity", rootData }) || (errors = (vErrors = vErrors === null ? validate02.errors : vErrors.concat(validate02.errors)).length)), data.tokenRequests !== void 0 && (validate13(data.tokenRequests, { instancePath: instancePath + "/tokenRequests", parentData: data, parentDataProperty: "tokenRequests", rootData }) || (errors = (vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors)).length)), data.volumeLifecycleModes !== void 0 && (validate19(data.volumeLifecycleModes, { instancePath: instancePath + "/volumeLifecycleModes", parentData: data, parentDataProperty: "volumeLifecycleModes", rootData }) || (errors = (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate12.errors = vErrors, errors === 0;
}

// node_modules/kubernetes-models/_schemas/IoK8sApiStorageV1CSIDriver.js
var validate6 = validate03, schema1_enum = ["storage.k8s.io/v1"];
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data !== "storage.k8s.io/v1") {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema1_enum } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate15.errors = vErrors, errors === 0;
}
var schema2_enum = ["CSIDriver"];
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data !== "CSIDriver") {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate33.errors = vErrors, errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate.errors : vErrors.concat(validate.errors)).length)), validate52.errors = vErrors, errors === 0;
}
function validate9(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate4(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors)).length), validate9.errors = vErrors, errors === 0;
}
function validate03(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    data.apiVersion !== void 0 && (validate15(data.apiVersion, { instancePath: instancePath + "/apiVersion", parentData: data, parentDataProperty: "apiVersion", rootData }) || (errors = (vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors)).length)), data.kind !== void 0 && (validate33(data.kind, { instancePath: instancePath + "/kind", parentData: data, parentDataProperty: "kind", rootData }) || (errors = (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors)).length)), data.metadata !== void 0 && (validate52(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData }) || (errors = (vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors)).length)), data.spec !== void 0 && (validate9(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData }) || (errors = (vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate03.errors = vErrors, errors === 0;
}
export {
  validate6 as validate
};
