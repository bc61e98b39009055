import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1SecretKeyRef.js
var validate = validate1;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate0.errors = vErrors, errors === 0;
}
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.name === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    data.key !== void 0 && (validate0(data.key, { instancePath: instancePath + "/key", parentData: data, parentDataProperty: "key", rootData }) || (errors = (vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors)).length)), data.name !== void 0 && (validate0(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate1.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1ValueFromSecret.js
var validate2 = validate02;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate.errors : vErrors.concat(validate.errors)).length), validate12.errors = vErrors, errors === 0;
}
function validate02(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.secretKeyRef === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secretKeyRef" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.secretKeyRef !== void 0 && (validate12(data.secretKeyRef, { instancePath: instancePath + "/secretKeyRef", parentData: data, parentDataProperty: "secretKeyRef", rootData }) || (errors = (vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate02.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AwsSecretManagerValue.js
var validate3 = validate03;
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors)).length), validate13.errors = vErrors, errors === 0;
}
function validate03(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.valueFrom === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "valueFrom" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.valueFrom !== void 0 && (validate13(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData }) || (errors = (vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate03.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AwsSecretManagerCredentials.js
var validate4 = validate32;
function validate04(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors)).length), validate04.errors = vErrors, errors === 0;
}
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate3(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors)).length)), validate6.errors = vErrors, errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.accessKey === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessKey" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.accessSecretKey === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "accessSecretKey" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    data.accessKey !== void 0 && (validate04(data.accessKey, { instancePath: instancePath + "/accessKey", parentData: data, parentDataProperty: "accessKey", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length)), data.accessSecretKey !== void 0 && (validate04(data.accessSecretKey, { instancePath: instancePath + "/accessSecretKey", parentData: data, parentDataProperty: "accessSecretKey", rootData }) || (errors = (vErrors = vErrors === null ? validate04.errors : vErrors.concat(validate04.errors)).length)), data.accessToken !== void 0 && (validate6(data.accessToken, { instancePath: instancePath + "/accessToken", parentData: data, parentDataProperty: "accessToken", rootData }) || (errors = (vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate32.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1PodIdentityProvider.js
var validate5 = validate05;
function validate05(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate05.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AuthPodIdentity.js
var validate7 = validate14;
function validate06(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate06.errors = vErrors, errors === 0;
}
var schema2_enum = ["keda", "workload"];
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (data !== "keda" && data !== "workload") {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema2_enum } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate42.errors = vErrors, errors === 0;
}
var schema3_enum = ["azure-workload", "gcp", "aws", "aws-eks", "none"];
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (validate5(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors)).length), data !== "azure-workload" && data !== "gcp" && data !== "aws" && data !== "aws-eks" && data !== "none") {
    let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema3_enum } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate72.errors = vErrors, errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.identityAuthorityHost !== void 0 && (validate06(data.identityAuthorityHost, { instancePath: instancePath + "/identityAuthorityHost", parentData: data, parentDataProperty: "identityAuthorityHost", rootData }) || (errors = (vErrors = vErrors === null ? validate06.errors : vErrors.concat(validate06.errors)).length)), data.identityId !== void 0 && (validate06(data.identityId, { instancePath: instancePath + "/identityId", parentData: data, parentDataProperty: "identityId", rootData }) || (errors = (vErrors = vErrors === null ? validate06.errors : vErrors.concat(validate06.errors)).length)), data.identityOwner !== void 0 && (validate42(data.identityOwner, { instancePath: instancePath + "/identityOwner", parentData: data, parentDataProperty: "identityOwner", rootData }) || (errors = (vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors)).length)), data.identityTenantId !== void 0 && (validate06(data.identityTenantId, { instancePath: instancePath + "/identityTenantId", parentData: data, parentDataProperty: "identityTenantId", rootData }) || (errors = (vErrors = vErrors === null ? validate06.errors : vErrors.concat(validate06.errors)).length)), data.provider !== void 0 && (validate72(data.provider, { instancePath: instancePath + "/provider", parentData: data, parentDataProperty: "provider", rootData }) || (errors = (vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors)).length)), data.roleArn !== void 0 && (validate06(data.roleArn, { instancePath: instancePath + "/roleArn", parentData: data, parentDataProperty: "roleArn", rootData }) || (errors = (vErrors = vErrors === null ? validate06.errors : vErrors.concat(validate06.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate14.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AwsSecretManagerSecret.js
var validate8 = validate22;
function validate07(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate07.errors = vErrors, errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate15.errors = vErrors, errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.parameter === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameter" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    data.name !== void 0 && (validate07(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = vErrors === null ? validate07.errors : vErrors.concat(validate07.errors)).length)), data.parameter !== void 0 && (validate07(data.parameter, { instancePath: instancePath + "/parameter", parentData: data, parentDataProperty: "parameter", rootData }) || (errors = (vErrors = vErrors === null ? validate07.errors : vErrors.concat(validate07.errors)).length)), data.secretKey !== void 0 && (validate15(data.secretKey, { instancePath: instancePath + "/secretKey", parentData: data, parentDataProperty: "secretKey", rootData }) || (errors = (vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors)).length)), data.versionId !== void 0 && (validate15(data.versionId, { instancePath: instancePath + "/versionId", parentData: data, parentDataProperty: "versionId", rootData }) || (errors = (vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors)).length)), data.versionStage !== void 0 && (validate15(data.versionStage, { instancePath: instancePath + "/versionStage", parentData: data, parentDataProperty: "versionStage", rootData }) || (errors = (vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate22.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AwsSecretManager.js
var validate9 = validate08;
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate4(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors)).length)), validate16.errors = vErrors, errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate7(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length)), validate52.errors = vErrors, errors === 0;
}
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate92.errors = vErrors, errors === 0;
}
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate8(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors)).length), validate122.errors = vErrors, errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate122(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate11.errors = vErrors, errors === 0;
}
function validate08(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.secrets === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secrets" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.credentials !== void 0 && (validate16(data.credentials, { instancePath: instancePath + "/credentials", parentData: data, parentDataProperty: "credentials", rootData }) || (errors = (vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors)).length)), data.podIdentity !== void 0 && (validate52(data.podIdentity, { instancePath: instancePath + "/podIdentity", parentData: data, parentDataProperty: "podIdentity", rootData }) || (errors = (vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors)).length)), data.region !== void 0 && (validate92(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData }) || (errors = (vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors)).length)), data.secrets !== void 0 && (validate11(data.secrets, { instancePath: instancePath + "/secrets", parentData: data, parentDataProperty: "secrets", rootData }) || (errors = (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate08.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AzureKeyVaultCloudInfo.js
var validate10 = validate17;
function validate09(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate09.errors = vErrors, errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate43.errors = vErrors, errors === 0;
}
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.activeDirectoryEndpoint !== void 0 && (validate09(data.activeDirectoryEndpoint, { instancePath: instancePath + "/activeDirectoryEndpoint", parentData: data, parentDataProperty: "activeDirectoryEndpoint", rootData }) || (errors = (vErrors = vErrors === null ? validate09.errors : vErrors.concat(validate09.errors)).length)), data.keyVaultResourceURL !== void 0 && (validate09(data.keyVaultResourceURL, { instancePath: instancePath + "/keyVaultResourceURL", parentData: data, parentDataProperty: "keyVaultResourceURL", rootData }) || (errors = (vErrors = vErrors === null ? validate09.errors : vErrors.concat(validate09.errors)).length)), data.type !== void 0 && (validate43(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate17.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AzureKeyVaultClientSecret.js
var validate18 = validate010;
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors)).length), validate19.errors = vErrors, errors === 0;
}
function validate010(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.valueFrom === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "valueFrom" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.valueFrom !== void 0 && (validate19(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData }) || (errors = (vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate010.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AzureKeyVaultCredentials.js
var validate20 = validate110;
function validate011(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate011.errors = vErrors, errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate18(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors)).length), validate33.errors = vErrors, errors === 0;
}
function validate110(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.clientId === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientId" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.clientSecret === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientSecret" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.tenantId === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tenantId" } };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    data.clientId !== void 0 && (validate011(data.clientId, { instancePath: instancePath + "/clientId", parentData: data, parentDataProperty: "clientId", rootData }) || (errors = (vErrors = vErrors === null ? validate011.errors : vErrors.concat(validate011.errors)).length)), data.clientSecret !== void 0 && (validate33(data.clientSecret, { instancePath: instancePath + "/clientSecret", parentData: data, parentDataProperty: "clientSecret", rootData }) || (errors = (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors)).length)), data.tenantId !== void 0 && (validate011(data.tenantId, { instancePath: instancePath + "/tenantId", parentData: data, parentDataProperty: "tenantId", rootData }) || (errors = (vErrors = vErrors === null ? validate011.errors : vErrors.concat(validate011.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate110.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AzureKeyVaultSecret.js
var validate21 = validate111;
function validate012(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate012.errors = vErrors, errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate44.errors = vErrors, errors === 0;
}
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.parameter === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameter" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    data.name !== void 0 && (validate012(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = vErrors === null ? validate012.errors : vErrors.concat(validate012.errors)).length)), data.parameter !== void 0 && (validate012(data.parameter, { instancePath: instancePath + "/parameter", parentData: data, parentDataProperty: "parameter", rootData }) || (errors = (vErrors = vErrors === null ? validate012.errors : vErrors.concat(validate012.errors)).length)), data.version !== void 0 && (validate44(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData }) || (errors = (vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate111.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AzureKeyVault.js
var validate23 = validate013;
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate10(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors)).length)), validate112.errors = vErrors, errors === 0;
}
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate20(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors)).length)), validate53.errors = vErrors, errors === 0;
}
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate7(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length)), validate93.errors = vErrors, errors === 0;
}
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate21(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors)).length), validate142.errors = vErrors, errors === 0;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate142(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate132.errors = vErrors, errors === 0;
}
function validate192(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate192.errors = vErrors, errors === 0;
}
function validate013(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.secrets === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secrets" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.vaultUri === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vaultUri" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    data.cloud !== void 0 && (validate112(data.cloud, { instancePath: instancePath + "/cloud", parentData: data, parentDataProperty: "cloud", rootData }) || (errors = (vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors)).length)), data.credentials !== void 0 && (validate53(data.credentials, { instancePath: instancePath + "/credentials", parentData: data, parentDataProperty: "credentials", rootData }) || (errors = (vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors)).length)), data.podIdentity !== void 0 && (validate93(data.podIdentity, { instancePath: instancePath + "/podIdentity", parentData: data, parentDataProperty: "podIdentity", rootData }) || (errors = (vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors)).length)), data.secrets !== void 0 && (validate132(data.secrets, { instancePath: instancePath + "/secrets", parentData: data, parentDataProperty: "secrets", rootData }) || (errors = (vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors)).length)), data.vaultUri !== void 0 && (validate192(data.vaultUri, { instancePath: instancePath + "/vaultUri", parentData: data, parentDataProperty: "vaultUri", rootData }) || (errors = (vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate013.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1BoundServiceAccountToken.js
var validate24 = validate113;
function validate014(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate014.errors = vErrors, errors === 0;
}
function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.parameter === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameter" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.serviceAccountName === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "serviceAccountName" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    data.parameter !== void 0 && (validate014(data.parameter, { instancePath: instancePath + "/parameter", parentData: data, parentDataProperty: "parameter", rootData }) || (errors = (vErrors = vErrors === null ? validate014.errors : vErrors.concat(validate014.errors)).length)), data.serviceAccountName !== void 0 && (validate014(data.serviceAccountName, { instancePath: instancePath + "/serviceAccountName", parentData: data, parentDataProperty: "serviceAccountName", rootData }) || (errors = (vErrors = vErrors === null ? validate014.errors : vErrors.concat(validate014.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate113.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AuthTargetRef.js
var validate25 = validate114;
function validate015(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate015.errors = vErrors, errors === 0;
}
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.name === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.parameter === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameter" } };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    data.key !== void 0 && (validate015(data.key, { instancePath: instancePath + "/key", parentData: data, parentDataProperty: "key", rootData }) || (errors = (vErrors = vErrors === null ? validate015.errors : vErrors.concat(validate015.errors)).length)), data.name !== void 0 && (validate015(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = vErrors === null ? validate015.errors : vErrors.concat(validate015.errors)).length)), data.parameter !== void 0 && (validate015(data.parameter, { instancePath: instancePath + "/parameter", parentData: data, parentDataProperty: "parameter", rootData }) || (errors = (vErrors = vErrors === null ? validate015.errors : vErrors.concat(validate015.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate114.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AuthConfigMapTargetRef.js
var validate26 = validate016;
function validate016(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate25(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors)).length), validate016.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AuthEnvironment.js
var validate27 = validate115;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate28.errors = vErrors, errors === 0;
}
function validate017(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate017.errors = vErrors, errors === 0;
}
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.parameter === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameter" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    data.containerName !== void 0 && (validate28(data.containerName, { instancePath: instancePath + "/containerName", parentData: data, parentDataProperty: "containerName", rootData }) || (errors = (vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors)).length)), data.name !== void 0 && (validate017(data.name, { instancePath: instancePath + "/name", parentData: data, parentDataProperty: "name", rootData }) || (errors = (vErrors = vErrors === null ? validate017.errors : vErrors.concat(validate017.errors)).length)), data.parameter !== void 0 && (validate017(data.parameter, { instancePath: instancePath + "/parameter", parentData: data, parentDataProperty: "parameter", rootData }) || (errors = (vErrors = vErrors === null ? validate017.errors : vErrors.concat(validate017.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate115.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1GCPSecretmanagerClientSecret.js
var validate29 = validate018;
function validate116(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate2(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors)).length), validate116.errors = vErrors, errors === 0;
}
function validate018(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.valueFrom === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "valueFrom" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.valueFrom !== void 0 && (validate116(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData }) || (errors = (vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate018.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1GCPCredentials.js
var validate30 = validate019;
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate29(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors)).length), validate117.errors = vErrors, errors === 0;
}
function validate019(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.clientSecret === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clientSecret" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.clientSecret !== void 0 && (validate117(data.clientSecret, { instancePath: instancePath + "/clientSecret", parentData: data, parentDataProperty: "clientSecret", rootData }) || (errors = (vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate019.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1GCPSecretManagerSecret.js
var validate31 = validate118;
function validate020(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate020.errors = vErrors, errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate45.errors = vErrors, errors === 0;
}
function validate118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.parameter === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameter" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    data.id !== void 0 && (validate020(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }) || (errors = (vErrors = vErrors === null ? validate020.errors : vErrors.concat(validate020.errors)).length)), data.parameter !== void 0 && (validate020(data.parameter, { instancePath: instancePath + "/parameter", parentData: data, parentDataProperty: "parameter", rootData }) || (errors = (vErrors = vErrors === null ? validate020.errors : vErrors.concat(validate020.errors)).length)), data.version !== void 0 && (validate45(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData }) || (errors = (vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors)).length));
  } else {
    let err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
  }
  return validate118.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1GCPSecretManager.js
var validate34 = validate021;
function validate119(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate30(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors)).length)), validate119.errors = vErrors, errors === 0;
}
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate7(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length)), validate54.errors = vErrors, errors === 0;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate31(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors)).length), validate102.errors = vErrors, errors === 0;
}
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate102(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate94.errors = vErrors, errors === 0;
}
function validate021(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.secrets === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secrets" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    data.credentials !== void 0 && (validate119(data.credentials, { instancePath: instancePath + "/credentials", parentData: data, parentDataProperty: "credentials", rootData }) || (errors = (vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors)).length)), data.podIdentity !== void 0 && (validate54(data.podIdentity, { instancePath: instancePath + "/podIdentity", parentData: data, parentDataProperty: "podIdentity", rootData }) || (errors = (vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors)).length)), data.secrets !== void 0 && (validate94(data.secrets, { instancePath: instancePath + "/secrets", parentData: data, parentDataProperty: "secrets", rootData }) || (errors = (vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors)).length));
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate021.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1VaultAuthentication.js
var validate35 = validate022;
function validate022(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate022.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1Credential.js
var validate36 = validate120;
function validate023(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate023.errors = vErrors, errors === 0;
}
function validate120(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) data.serviceAccount !== void 0 && (validate023(data.serviceAccount, { instancePath: instancePath + "/serviceAccount", parentData: data, parentDataProperty: "serviceAccount", rootData }) || (errors = (vErrors = vErrors === null ? validate023.errors : vErrors.concat(validate023.errors)).length)), data.serviceAccountName !== void 0 && (validate023(data.serviceAccountName, { instancePath: instancePath + "/serviceAccountName", parentData: data, parentDataProperty: "serviceAccountName", rootData }) || (errors = (vErrors = vErrors === null ? validate023.errors : vErrors.concat(validate023.errors)).length)), data.token !== void 0 && (validate023(data.token, { instancePath: instancePath + "/token", parentData: data, parentDataProperty: "token", rootData }) || (errors = (vErrors = vErrors === null ? validate023.errors : vErrors.concat(validate023.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate120.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1VaultPkiData.js
var validate37 = validate121;
function validate024(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate024.errors = vErrors, errors === 0;
}
function validate121(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) data.altNames !== void 0 && (validate024(data.altNames, { instancePath: instancePath + "/altNames", parentData: data, parentDataProperty: "altNames", rootData }) || (errors = (vErrors = vErrors === null ? validate024.errors : vErrors.concat(validate024.errors)).length)), data.commonName !== void 0 && (validate024(data.commonName, { instancePath: instancePath + "/commonName", parentData: data, parentDataProperty: "commonName", rootData }) || (errors = (vErrors = vErrors === null ? validate024.errors : vErrors.concat(validate024.errors)).length)), data.format !== void 0 && (validate024(data.format, { instancePath: instancePath + "/format", parentData: data, parentDataProperty: "format", rootData }) || (errors = (vErrors = vErrors === null ? validate024.errors : vErrors.concat(validate024.errors)).length)), data.ipSans !== void 0 && (validate024(data.ipSans, { instancePath: instancePath + "/ipSans", parentData: data, parentDataProperty: "ipSans", rootData }) || (errors = (vErrors = vErrors === null ? validate024.errors : vErrors.concat(validate024.errors)).length)), data.otherSans !== void 0 && (validate024(data.otherSans, { instancePath: instancePath + "/otherSans", parentData: data, parentDataProperty: "otherSans", rootData }) || (errors = (vErrors = vErrors === null ? validate024.errors : vErrors.concat(validate024.errors)).length)), data.ttl !== void 0 && (validate024(data.ttl, { instancePath: instancePath + "/ttl", parentData: data, parentDataProperty: "ttl", rootData }) || (errors = (vErrors = vErrors === null ? validate024.errors : vErrors.concat(validate024.errors)).length)), data.uriSans !== void 0 && (validate024(data.uriSans, { instancePath: instancePath + "/uriSans", parentData: data, parentDataProperty: "uriSans", rootData }) || (errors = (vErrors = vErrors === null ? validate024.errors : vErrors.concat(validate024.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate121.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1VaultSecretType.js
var validate38 = validate025;
function validate025(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate025.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1VaultSecret.js
var validate39 = validate123;
function validate026(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate026.errors = vErrors, errors === 0;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate37(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors)).length)), validate55.errors = vErrors, errors === 0;
}
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate38(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors)).length), validate95.errors = vErrors, errors === 0;
}
function validate123(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.key === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.parameter === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "parameter" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.path === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" } };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    data.key !== void 0 && (validate026(data.key, { instancePath: instancePath + "/key", parentData: data, parentDataProperty: "key", rootData }) || (errors = (vErrors = vErrors === null ? validate026.errors : vErrors.concat(validate026.errors)).length)), data.parameter !== void 0 && (validate026(data.parameter, { instancePath: instancePath + "/parameter", parentData: data, parentDataProperty: "parameter", rootData }) || (errors = (vErrors = vErrors === null ? validate026.errors : vErrors.concat(validate026.errors)).length)), data.path !== void 0 && (validate026(data.path, { instancePath: instancePath + "/path", parentData: data, parentDataProperty: "path", rootData }) || (errors = (vErrors = vErrors === null ? validate026.errors : vErrors.concat(validate026.errors)).length)), data.pkiData !== void 0 && (validate55(data.pkiData, { instancePath: instancePath + "/pkiData", parentData: data, parentDataProperty: "pkiData", rootData }) || (errors = (vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors)).length)), data.type !== void 0 && (validate95(data.type, { instancePath: instancePath + "/type", parentData: data, parentDataProperty: "type", rootData }) || (errors = (vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate123.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1HashiCorpVault.js
var validate40 = validate124;
function validate210(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate210.errors = vErrors, errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string") {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate35(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors)).length), validate46.errors = vErrors, errors === 0;
}
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate36(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors)).length)), validate82.errors = vErrors, errors === 0;
}
function validate027(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate027.errors = vErrors, errors === 0;
}
function validate162(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate39(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors)).length), validate162.errors = vErrors, errors === 0;
}
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate162(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors)).length);
  } else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate152.errors = vErrors, errors === 0;
}
function validate124(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.address === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "address" } };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.authentication === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authentication" } };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.secrets === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secrets" } };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    data.address !== void 0 && (validate210(data.address, { instancePath: instancePath + "/address", parentData: data, parentDataProperty: "address", rootData }) || (errors = (vErrors = vErrors === null ? validate210.errors : vErrors.concat(validate210.errors)).length)), data.authentication !== void 0 && (validate46(data.authentication, { instancePath: instancePath + "/authentication", parentData: data, parentDataProperty: "authentication", rootData }) || (errors = (vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors)).length)), data.credential !== void 0 && (validate82(data.credential, { instancePath: instancePath + "/credential", parentData: data, parentDataProperty: "credential", rootData }) || (errors = (vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors)).length)), data.mount !== void 0 && (validate027(data.mount, { instancePath: instancePath + "/mount", parentData: data, parentDataProperty: "mount", rootData }) || (errors = (vErrors = vErrors === null ? validate027.errors : vErrors.concat(validate027.errors)).length)), data.namespace !== void 0 && (validate027(data.namespace, { instancePath: instancePath + "/namespace", parentData: data, parentDataProperty: "namespace", rootData }) || (errors = (vErrors = vErrors === null ? validate027.errors : vErrors.concat(validate027.errors)).length)), data.role !== void 0 && (validate027(data.role, { instancePath: instancePath + "/role", parentData: data, parentDataProperty: "role", rootData }) || (errors = (vErrors = vErrors === null ? validate027.errors : vErrors.concat(validate027.errors)).length)), data.secrets !== void 0 && (validate152(data.secrets, { instancePath: instancePath + "/secrets", parentData: data, parentDataProperty: "secrets", rootData }) || (errors = (vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors)).length));
  } else {
    let err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
  }
  return validate124.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1AuthSecretTargetRef.js
var validate41 = validate028;
function validate028(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate25(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors)).length), validate028.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1TriggerAuthenticationSpec.js
var validate47 = validate029;
function validate125(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate9(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors)).length)), validate125.errors = vErrors, errors === 0;
}
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate23(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors)).length)), validate56.errors = vErrors, errors === 0;
}
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate24(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors)).length), validate103.errors = vErrors, errors === 0;
}
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate103(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors)).length);
  }
  return validate96.errors = vErrors, errors === 0;
}
function validate163(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate26(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors)).length), validate163.errors = vErrors, errors === 0;
}
function validate153(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate163(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors)).length);
  }
  return validate153.errors = vErrors, errors === 0;
}
function validate222(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate27(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors)).length), validate222.errors = vErrors, errors === 0;
}
function validate212(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate222(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors)).length);
  }
  return validate212.errors = vErrors, errors === 0;
}
function validate272(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate272.errors = vErrors, errors === 0;
}
function validate292(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate34(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors)).length)), validate292.errors = vErrors, errors === 0;
}
function validate332(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate40(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors)).length)), validate332.errors = vErrors, errors === 0;
}
function validate372(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return data !== null && (validate7(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)).length)), validate372.errors = vErrors, errors === 0;
}
function validate422(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  return validate41(data, { instancePath, parentData, parentDataProperty, rootData }) || (errors = (vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors)).length), validate422.errors = vErrors, errors === 0;
}
function validate412(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (!Array.isArray(data) && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  if (Array.isArray(data)) {
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) validate422(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }) || (errors = (vErrors = vErrors === null ? validate422.errors : vErrors.concat(validate422.errors)).length);
  }
  return validate412.errors = vErrors, errors === 0;
}
function validate029(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) data.awsSecretManager !== void 0 && (validate125(data.awsSecretManager, { instancePath: instancePath + "/awsSecretManager", parentData: data, parentDataProperty: "awsSecretManager", rootData }) || (errors = (vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors)).length)), data.azureKeyVault !== void 0 && (validate56(data.azureKeyVault, { instancePath: instancePath + "/azureKeyVault", parentData: data, parentDataProperty: "azureKeyVault", rootData }) || (errors = (vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors)).length)), data.boundServiceAccountToken !== void 0 && (validate96(data.boundServiceAccountToken, { instancePath: instancePath + "/boundServiceAccountToken", parentData: data, parentDataProperty: "boundServiceAccountToken", rootData }) || (errors = (vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors)).length)), data.configMapTargetRef !== void 0 && (validate153(data.configMapTargetRef, { instancePath: instancePath + "/configMapTargetRef", parentData: data, parentDataProperty: "configMapTargetRef", rootData }) || (errors = (vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors)).length)), data.env !== void 0 && (validate212(data.env, { instancePath: instancePath + "/env", parentData: data, parentDataProperty: "env", rootData }) || (errors = (vErrors = vErrors === null ? validate212.errors : vErrors.concat(validate212.errors)).length)), data.filePath !== void 0 && (validate272(data.filePath, { instancePath: instancePath + "/filePath", parentData: data, parentDataProperty: "filePath", rootData }) || (errors = (vErrors = vErrors === null ? validate272.errors : vErrors.concat(validate272.errors)).length)), data.gcpSecretManager !== void 0 && (validate292(data.gcpSecretManager, { instancePath: instancePath + "/gcpSecretManager", parentData: data, parentDataProperty: "gcpSecretManager", rootData }) || (errors = (vErrors = vErrors === null ? validate292.errors : vErrors.concat(validate292.errors)).length)), data.hashiCorpVault !== void 0 && (validate332(data.hashiCorpVault, { instancePath: instancePath + "/hashiCorpVault", parentData: data, parentDataProperty: "hashiCorpVault", rootData }) || (errors = (vErrors = vErrors === null ? validate332.errors : vErrors.concat(validate332.errors)).length)), data.podIdentity !== void 0 && (validate372(data.podIdentity, { instancePath: instancePath + "/podIdentity", parentData: data, parentDataProperty: "podIdentity", rootData }) || (errors = (vErrors = vErrors === null ? validate372.errors : vErrors.concat(validate372.errors)).length)), data.secretTargetRef !== void 0 && (validate412(data.secretTargetRef, { instancePath: instancePath + "/secretTargetRef", parentData: data, parentDataProperty: "secretTargetRef", rootData }) || (errors = (vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate029.errors = vErrors, errors === 0;
}

// node_modules/@kubernetes-models/keda/_schemas/ComGithubKedacoreKedaV2ApisKedaV1alpha1TriggerAuthenticationStatus.js
var validate48 = validate126;
function validate030(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (typeof data != "string" && data !== null) {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate030.errors = vErrors, errors === 0;
}
function validate126(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) data.scaledjobs !== void 0 && (validate030(data.scaledjobs, { instancePath: instancePath + "/scaledjobs", parentData: data, parentDataProperty: "scaledjobs", rootData }) || (errors = (vErrors = vErrors === null ? validate030.errors : vErrors.concat(validate030.errors)).length)), data.scaledobjects !== void 0 && (validate030(data.scaledobjects, { instancePath: instancePath + "/scaledobjects", parentData: data, parentDataProperty: "scaledobjects", rootData }) || (errors = (vErrors = vErrors === null ? validate030.errors : vErrors.concat(validate030.errors)).length));
  else {
    let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" } };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  return validate126.errors = vErrors, errors === 0;
}

export {
  validate47 as validate,
  validate48 as validate2
};
