import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  merge,
  normalizeRules,
  rules
} from "./chunk-NZB5FIV3.js";
import {
  SourceFile,
  cleanYamlMessage,
  describeType,
  describeValue,
  didYouMean,
  displayPath,
  fieldName,
  isWithin,
  locateInDocument,
  pointerToPath,
  repositoryRoot,
  unknownKey,
  valueAt
} from "./chunk-CWJO36IL.js";
import {
  require_ucs2length
} from "./chunk-HTR4EXA2.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import {
  closestMatch
} from "./chunk-CABQTM2P.js";
import {
  __toESM
} from "./chunk-VXV2MXR7.js";

// src/lint/config/find.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/lint/config/extends.ts
import fs from "node:fs";
import path from "node:path";

// src/generated/policies.ts
var POLICY_PACKS = {
  recommended: `# scaleplan policy pack: recommended
# Every rule at its default severity. This is what a run uses without a config file.
rules: {}
`,
  strict: `# scaleplan policy pack: strict
# For production clusters: warnings that cost availability become errors, and
# thresholds are tighter than the recommended defaults.
extends: recommended
rules:
  hpa-min-max: error
  # Unsafe scale-down and autoscaler conflicts
  hpa-replicas-pinned: error
  hpa-min-replicas:
    severity: error
    options: { minimum: 3 }
  hpa-scale-down-unstabilized:
    severity: error
    options: { minimumSeconds: 120 }
  hpa-scale-down-too-fast: error
  # PodDisruptionBudget conflicts
  pdb-no-match: error
  pdb-missing: error
  # Whole set: deprecated APIs and CRD fields unknown to scaleplan's schemas fail too
  deprecated-api: error
  schema-invalid: error
  # Resource requests: init containers too
  missing-requests:
    severity: error
    options: { includeInitContainers: true }
  # Quota and GPU: every overrun is an error, with room for a rolling update at max scale
  quota-exceeded-at-max-scale:
    severity: error
    options: { includeRolloutSurge: true }
  gpu-without-placement: error
  # References and monitoring: a reference to nothing fails the apply or the rollout
  priority-class-missing: error
  service-no-match: error
  ingress-backend-missing: error
  servicemonitor-no-match: error
`
};

// src/generated/validate-config.js
var import_ucs2length = __toESM(require_ucs2length(), 1), validateConfig = validate10;
var pattern0 = new RegExp("^v?\\d+\\.\\d+", "u"), pattern1 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$|^([A-Za-z][A-Za-z0-9]*)\\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\/([^/\\s]+)$", "u"), schema12 = { description: "Severity, or {severity, options}, per rule id.", type: "object", additionalProperties: !1, properties: { "deprecated-api": { description: "Disallow apiVersions that are removed at the target Kubernetes version, and warn about deprecated ones (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "duplicate-object": { description: "Disallow two objects with the same kind, namespace and name (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "extended-resource-limits": { description: "Require extended resources such as nvidia.com/gpu to be whole numbers with the limit set and equal to any request (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "gpu-without-placement": { description: "Require pods that request a GPU to tolerate the GPU node taint or to select GPU nodes (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { taintKey: { type: "string", minLength: 1, description: "Key of the taint on GPU nodes (e.g. sku on AKS GPU pools)." }, resourceNames: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: 'Extended resources that mean "this pod needs a GPU node".' }, gpuNodeLabels: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: "More node label keys that select GPU nodes (e.g. node.kubernetes.io/instance-type), besides keys and values containing gpu or accelerator." } }, additionalProperties: !1 } } }] }, "hpa-duplicate-target": { description: "Disallow more than one HorizontalPodAutoscaler or KEDA ScaledObject scaling the same workload (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-min-max": { description: "Require minReplicas to be below maxReplicas on every HorizontalPodAutoscaler (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-min-replicas": { description: "Require HorizontalPodAutoscalers to keep at least two replicas (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { minimum: { type: "integer", minimum: 1, maximum: 1e3, description: "Smallest acceptable minReplicas." } }, additionalProperties: !1 } } }] }, "hpa-missing-requests": { description: "Require a request for the resource on every container an HPA measures by cpu or memory utilization (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-replicas-pinned": { description: "Disallow spec.replicas on a workload that a HorizontalPodAutoscaler or KEDA ScaledObject scales (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-scale-down-too-fast": { description: "Disallow scale-down policies that remove more than half of the replicas within a minute without a long stabilization window (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { maxFraction: { type: "number", minimum: 0, maximum: 1, description: "Largest share of the replicas that may be removed within windowSeconds." }, windowSeconds: { type: "integer", minimum: 15, maximum: 3600, description: "Length of the window the removals are counted over, in seconds." }, stabilizationSeconds: { type: "integer", minimum: 0, maximum: 3600, description: "A scale-down stabilization window at least this long makes fast policies acceptable." } }, additionalProperties: !1 } } }] }, "hpa-scale-down-unstabilized": { description: "Require a scale-down stabilization window of at least a minute on HorizontalPodAutoscalers and KEDA ScaledObjects (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { minimumSeconds: { type: "integer", minimum: 0, maximum: 3600, description: "Smallest acceptable scale-down stabilization window, in seconds." } }, additionalProperties: !1 } } }] }, "hpa-target-missing": { description: "Require the scaleTargetRef of a HorizontalPodAutoscaler or KEDA ScaledObject to name a workload in the set (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-unsupported-resource-metric": { description: "Disallow HPA Resource and ContainerResource metrics on anything but cpu and memory (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-vpa-conflict": { description: "Disallow a VerticalPodAutoscaler that changes the cpu or memory requests an HPA scales the same workload on (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "ingress-backend-missing": { description: "Require every service backend of an Ingress to name a Service in its namespace and a port that Service has (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "missing-requests": { description: "Require every running container to request cpu and memory (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { resources: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: "Resources every container must request." }, includeInitContainers: { type: "boolean", description: "Also require requests on ordinary init containers (native sidecars are always checked)." } }, additionalProperties: !1 } } }] }, "parse-error": { description: "Require every document to be valid YAML and, when it has apiVersion or kind, a Kubernetes object, and every Kustomize directory to build (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-blocks-eviction": { description: "Disallow PodDisruptionBudgets that allow no eviction at the minimum replica count of the workloads they select (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-missing": { description: "Require a PodDisruptionBudget for every autoscaled or multi-replica Deployment, StatefulSet and Argo Rollout (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-no-match": { description: "Require the selector of a PodDisruptionBudget to match a pod template in its namespace (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-overlap": { description: "Disallow pods that more than one PodDisruptionBudget selects (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "priority-class-conflict": { description: "Disallow PriorityClasses the API server rejects: a second globalDefault, a value above one billion or a reserved system- name (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "priority-class-missing": { description: "Require the priorityClassName of a pod template to name a PriorityClass in the set or a built-in system class (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { knownClasses: { type: "array", items: { type: "string" }, description: "PriorityClasses the cluster defines outside the linted set (for example by the platform team); pods may name them." } }, additionalProperties: !1 } } }] }, "prometheus-rule-invalid": { description: "Require every rule of a PrometheusRule to load in Prometheus: valid PromQL, durations, alert or record, and named, distinct groups (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "quota-exceeded-at-max-scale": { description: "Require each ResourceQuota to fit its namespace's workloads at their maximum scale (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { maximumPercent: { type: "number", minimum: 1, maximum: 1e3, description: "Report when the total at maximum scale exceeds this percentage of the hard limit (below 100 keeps headroom)." }, includeRolloutSurge: { type: "boolean", description: "Add each Deployment's rolling-update surge (maxSurge, 25 % by default) to its maximum replicas." } }, additionalProperties: !1 } } }] }, "quota-extended-resource-key": { description: "Require ResourceQuota keys for extended resources such as nvidia.com/gpu to use the requests. prefix (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "quota-missing-requests": { description: "Require containers to set the cpu and memory requests and limits that a ResourceQuota of their namespace constrains (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "requests-exceed-limits": { description: "Disallow a container request larger than its limit (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "schema-invalid": { description: "Require every object to match the Kubernetes schema of its apiVersion and kind (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { unknownFields: { type: "boolean", description: "Report fields the schema does not know (strict field validation). Unknown fields of CRDs are warnings: the CRD installed in the cluster may be newer than the schema scaleplan carries." }, maxPerObject: { type: "integer", minimum: 1, description: "Most findings reported for one object; the rest show after those are fixed." } }, additionalProperties: !1 } } }] }, "service-no-match": { description: "Require a Service's selector to match a pod template in its namespace, and its target ports to be ports those pods declare (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { checkTargetPorts: { type: "boolean", description: "Also check that each targetPort is a port the selected pods declare (by name, or by number when they declare their ports)." } }, additionalProperties: !1 } } }] }, "servicemonitor-no-match": { description: "Require a ServiceMonitor or PodMonitor to select Services or pods in the set, and its endpoints to name ports they have (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] } } }, schema13 = { description: "off, info, warning or error.", enum: ["off", "info", "warning", "error"] }, func2 = Object.prototype.hasOwnProperty, func3 = import_ucs2length.default.default;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let _errs1 = errors;
      for (let key0 in data)
        if (!func2.call(schema12.properties, key0)) {
          return validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
          break;
        }
      if (_errs1 === errors) {
        if (data["deprecated-api"] !== void 0) {
          let data0 = data["deprecated-api"], _errs2 = errors, _errs3 = errors, valid1 = !1, passing0 = null, _errs4 = errors;
          if (!(data0 === "off" || data0 === "info" || data0 === "warning" || data0 === "error")) {
            let err0 = { instancePath: instancePath + "/deprecated-api", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
          }
          var _valid0 = _errs4 === errors;
          _valid0 && (valid1 = !0, passing0 = 0);
          let _errs6 = errors;
          if (errors === _errs6)
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let _errs8 = errors;
              for (let key1 in data0)
                if (!(key1 === "severity" || key1 === "options")) {
                  let err1 = { instancePath: instancePath + "/deprecated-api", schemaPath: "#/properties/deprecated-api/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                  vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
                  break;
                }
              if (_errs8 === errors) {
                if (data0.severity !== void 0) {
                  let data1 = data0.severity, _errs9 = errors;
                  if (!(data1 === "off" || data1 === "info" || data1 === "warning" || data1 === "error")) {
                    let err2 = { instancePath: instancePath + "/deprecated-api/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
                  }
                  var valid3 = _errs9 === errors;
                } else
                  var valid3 = !0;
                if (valid3)
                  if (data0.options !== void 0) {
                    let data2 = data0.options, _errs11 = errors;
                    if (errors === _errs11)
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2))
                        for (let key2 in data2) {
                          let err3 = { instancePath: instancePath + "/deprecated-api/options", schemaPath: "#/properties/deprecated-api/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
                          break;
                        }
                      else {
                        let err4 = { instancePath: instancePath + "/deprecated-api/options", schemaPath: "#/properties/deprecated-api/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                      }
                    var valid3 = _errs11 === errors;
                  } else
                    var valid3 = !0;
              }
            } else {
              let err5 = { instancePath: instancePath + "/deprecated-api", schemaPath: "#/properties/deprecated-api/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
          var _valid0 = _errs6 === errors;
          if (_valid0 && valid1 ? (valid1 = !1, passing0 = [passing0, 1]) : _valid0 && (valid1 = !0, passing0 = 1), valid1)
            errors = _errs3, vErrors !== null && (_errs3 ? vErrors.length = _errs3 : vErrors = null);
          else {
            let err6 = { instancePath: instancePath + "/deprecated-api", schemaPath: "#/properties/deprecated-api/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            return vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++, validate11.errors = vErrors, !1;
          }
          var valid0 = _errs2 === errors;
        } else
          var valid0 = !0;
        if (valid0) {
          if (data["duplicate-object"] !== void 0) {
            let data3 = data["duplicate-object"], _errs14 = errors, _errs15 = errors, valid5 = !1, passing1 = null, _errs16 = errors;
            if (!(data3 === "off" || data3 === "info" || data3 === "warning" || data3 === "error")) {
              let err7 = { instancePath: instancePath + "/duplicate-object", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
            var _valid1 = _errs16 === errors;
            _valid1 && (valid5 = !0, passing1 = 0);
            let _errs18 = errors;
            if (errors === _errs18)
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                let _errs20 = errors;
                for (let key3 in data3)
                  if (!(key3 === "severity" || key3 === "options")) {
                    let err8 = { instancePath: instancePath + "/duplicate-object", schemaPath: "#/properties/duplicate-object/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                    break;
                  }
                if (_errs20 === errors) {
                  if (data3.severity !== void 0) {
                    let data4 = data3.severity, _errs21 = errors;
                    if (!(data4 === "off" || data4 === "info" || data4 === "warning" || data4 === "error")) {
                      let err9 = { instancePath: instancePath + "/duplicate-object/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                    }
                    var valid7 = _errs21 === errors;
                  } else
                    var valid7 = !0;
                  if (valid7)
                    if (data3.options !== void 0) {
                      let data5 = data3.options, _errs23 = errors;
                      if (errors === _errs23)
                        if (data5 && typeof data5 == "object" && !Array.isArray(data5))
                          for (let key4 in data5) {
                            let err10 = { instancePath: instancePath + "/duplicate-object/options", schemaPath: "#/properties/duplicate-object/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                            break;
                          }
                        else {
                          let err11 = { instancePath: instancePath + "/duplicate-object/options", schemaPath: "#/properties/duplicate-object/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                        }
                      var valid7 = _errs23 === errors;
                    } else
                      var valid7 = !0;
                }
              } else {
                let err12 = { instancePath: instancePath + "/duplicate-object", schemaPath: "#/properties/duplicate-object/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
            var _valid1 = _errs18 === errors;
            if (_valid1 && valid5 ? (valid5 = !1, passing1 = [passing1, 1]) : _valid1 && (valid5 = !0, passing1 = 1), valid5)
              errors = _errs15, vErrors !== null && (_errs15 ? vErrors.length = _errs15 : vErrors = null);
            else {
              let err13 = { instancePath: instancePath + "/duplicate-object", schemaPath: "#/properties/duplicate-object/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
              return vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++, validate11.errors = vErrors, !1;
            }
            var valid0 = _errs14 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data["extended-resource-limits"] !== void 0) {
              let data6 = data["extended-resource-limits"], _errs26 = errors, _errs27 = errors, valid9 = !1, passing2 = null, _errs28 = errors;
              if (!(data6 === "off" || data6 === "info" || data6 === "warning" || data6 === "error")) {
                let err14 = { instancePath: instancePath + "/extended-resource-limits", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
              }
              var _valid2 = _errs28 === errors;
              _valid2 && (valid9 = !0, passing2 = 0);
              let _errs30 = errors;
              if (errors === _errs30)
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                  let _errs32 = errors;
                  for (let key5 in data6)
                    if (!(key5 === "severity" || key5 === "options")) {
                      let err15 = { instancePath: instancePath + "/extended-resource-limits", schemaPath: "#/properties/extended-resource-limits/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                      break;
                    }
                  if (_errs32 === errors) {
                    if (data6.severity !== void 0) {
                      let data7 = data6.severity, _errs33 = errors;
                      if (!(data7 === "off" || data7 === "info" || data7 === "warning" || data7 === "error")) {
                        let err16 = { instancePath: instancePath + "/extended-resource-limits/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                      }
                      var valid11 = _errs33 === errors;
                    } else
                      var valid11 = !0;
                    if (valid11)
                      if (data6.options !== void 0) {
                        let data8 = data6.options, _errs35 = errors;
                        if (errors === _errs35)
                          if (data8 && typeof data8 == "object" && !Array.isArray(data8))
                            for (let key6 in data8) {
                              let err17 = { instancePath: instancePath + "/extended-resource-limits/options", schemaPath: "#/properties/extended-resource-limits/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                              break;
                            }
                          else {
                            let err18 = { instancePath: instancePath + "/extended-resource-limits/options", schemaPath: "#/properties/extended-resource-limits/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                          }
                        var valid11 = _errs35 === errors;
                      } else
                        var valid11 = !0;
                  }
                } else {
                  let err19 = { instancePath: instancePath + "/extended-resource-limits", schemaPath: "#/properties/extended-resource-limits/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
              var _valid2 = _errs30 === errors;
              if (_valid2 && valid9 ? (valid9 = !1, passing2 = [passing2, 1]) : _valid2 && (valid9 = !0, passing2 = 1), valid9)
                errors = _errs27, vErrors !== null && (_errs27 ? vErrors.length = _errs27 : vErrors = null);
              else {
                let err20 = { instancePath: instancePath + "/extended-resource-limits", schemaPath: "#/properties/extended-resource-limits/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                return vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++, validate11.errors = vErrors, !1;
              }
              var valid0 = _errs26 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data["gpu-without-placement"] !== void 0) {
                let data9 = data["gpu-without-placement"], _errs38 = errors, _errs39 = errors, valid13 = !1, passing3 = null, _errs40 = errors;
                if (!(data9 === "off" || data9 === "info" || data9 === "warning" || data9 === "error")) {
                  let err21 = { instancePath: instancePath + "/gpu-without-placement", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                  vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                }
                var _valid3 = _errs40 === errors;
                _valid3 && (valid13 = !0, passing3 = 0);
                let _errs42 = errors;
                if (errors === _errs42)
                  if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    let _errs44 = errors;
                    for (let key7 in data9)
                      if (!(key7 === "severity" || key7 === "options")) {
                        let err22 = { instancePath: instancePath + "/gpu-without-placement", schemaPath: "#/properties/gpu-without-placement/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                        break;
                      }
                    if (_errs44 === errors) {
                      if (data9.severity !== void 0) {
                        let data10 = data9.severity, _errs45 = errors;
                        if (!(data10 === "off" || data10 === "info" || data10 === "warning" || data10 === "error")) {
                          let err23 = { instancePath: instancePath + "/gpu-without-placement/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                        }
                        var valid15 = _errs45 === errors;
                      } else
                        var valid15 = !0;
                      if (valid15)
                        if (data9.options !== void 0) {
                          let data11 = data9.options, _errs47 = errors;
                          if (errors === _errs47)
                            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                              let _errs49 = errors;
                              for (let key8 in data11)
                                if (!(key8 === "taintKey" || key8 === "resourceNames" || key8 === "gpuNodeLabels")) {
                                  let err24 = { instancePath: instancePath + "/gpu-without-placement/options", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                                  break;
                                }
                              if (_errs49 === errors) {
                                if (data11.taintKey !== void 0) {
                                  let data12 = data11.taintKey, _errs50 = errors;
                                  if (errors === _errs50)
                                    if (typeof data12 == "string") {
                                      if (func3(data12) < 1) {
                                        let err25 = { instancePath: instancePath + "/gpu-without-placement/options/taintKey", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/taintKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                                      }
                                    } else {
                                      let err26 = { instancePath: instancePath + "/gpu-without-placement/options/taintKey", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/taintKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                                    }
                                  var valid17 = _errs50 === errors;
                                } else
                                  var valid17 = !0;
                                if (valid17) {
                                  if (data11.resourceNames !== void 0) {
                                    let data13 = data11.resourceNames, _errs52 = errors;
                                    if (errors === _errs52)
                                      if (Array.isArray(data13)) {
                                        var valid18 = !0;
                                        let len0 = data13.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                          let data14 = data13[i0], _errs54 = errors;
                                          if (errors === _errs54)
                                            if (typeof data14 == "string") {
                                              if (func3(data14) < 1) {
                                                let err27 = { instancePath: instancePath + "/gpu-without-placement/options/resourceNames/" + i0, schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/resourceNames/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                                              }
                                            } else {
                                              let err28 = { instancePath: instancePath + "/gpu-without-placement/options/resourceNames/" + i0, schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/resourceNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                              vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                                            }
                                          var valid18 = _errs54 === errors;
                                          if (!valid18)
                                            break;
                                        }
                                        if (valid18) {
                                          let i1 = data13.length, j0;
                                          if (i1 > 1) {
                                            let indices0 = {};
                                            for (; i1--; ) {
                                              let item0 = data13[i1];
                                              if (typeof item0 == "string") {
                                                if (typeof indices0[item0] == "number") {
                                                  j0 = indices0[item0];
                                                  let err29 = { instancePath: instancePath + "/gpu-without-placement/options/resourceNames", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/resourceNames/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                                                  vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                                                  break;
                                                }
                                                indices0[item0] = i1;
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        let err30 = { instancePath: instancePath + "/gpu-without-placement/options/resourceNames", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/resourceNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                                      }
                                    var valid17 = _errs52 === errors;
                                  } else
                                    var valid17 = !0;
                                  if (valid17)
                                    if (data11.gpuNodeLabels !== void 0) {
                                      let data15 = data11.gpuNodeLabels, _errs56 = errors;
                                      if (errors === _errs56)
                                        if (Array.isArray(data15)) {
                                          var valid20 = !0;
                                          let len1 = data15.length;
                                          for (let i2 = 0; i2 < len1; i2++) {
                                            let data16 = data15[i2], _errs58 = errors;
                                            if (errors === _errs58)
                                              if (typeof data16 == "string") {
                                                if (func3(data16) < 1) {
                                                  let err31 = { instancePath: instancePath + "/gpu-without-placement/options/gpuNodeLabels/" + i2, schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/gpuNodeLabels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                                                }
                                              } else {
                                                let err32 = { instancePath: instancePath + "/gpu-without-placement/options/gpuNodeLabels/" + i2, schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/gpuNodeLabels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                                              }
                                            var valid20 = _errs58 === errors;
                                            if (!valid20)
                                              break;
                                          }
                                          if (valid20) {
                                            let i3 = data15.length, j1;
                                            if (i3 > 1) {
                                              let indices1 = {};
                                              for (; i3--; ) {
                                                let item1 = data15[i3];
                                                if (typeof item1 == "string") {
                                                  if (typeof indices1[item1] == "number") {
                                                    j1 = indices1[item1];
                                                    let err33 = { instancePath: instancePath + "/gpu-without-placement/options/gpuNodeLabels", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/gpuNodeLabels/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                                                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                                                    break;
                                                  }
                                                  indices1[item1] = i3;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          let err34 = { instancePath: instancePath + "/gpu-without-placement/options/gpuNodeLabels", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/gpuNodeLabels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                          vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                                        }
                                      var valid17 = _errs56 === errors;
                                    } else
                                      var valid17 = !0;
                                }
                              }
                            } else {
                              let err35 = { instancePath: instancePath + "/gpu-without-placement/options", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                            }
                          var valid15 = _errs47 === errors;
                        } else
                          var valid15 = !0;
                    }
                  } else {
                    let err36 = { instancePath: instancePath + "/gpu-without-placement", schemaPath: "#/properties/gpu-without-placement/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                  }
                var _valid3 = _errs42 === errors;
                if (_valid3 && valid13 ? (valid13 = !1, passing3 = [passing3, 1]) : _valid3 && (valid13 = !0, passing3 = 1), valid13)
                  errors = _errs39, vErrors !== null && (_errs39 ? vErrors.length = _errs39 : vErrors = null);
                else {
                  let err37 = { instancePath: instancePath + "/gpu-without-placement", schemaPath: "#/properties/gpu-without-placement/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                  return vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++, validate11.errors = vErrors, !1;
                }
                var valid0 = _errs38 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data["hpa-duplicate-target"] !== void 0) {
                  let data17 = data["hpa-duplicate-target"], _errs60 = errors, _errs61 = errors, valid22 = !1, passing4 = null, _errs62 = errors;
                  if (!(data17 === "off" || data17 === "info" || data17 === "warning" || data17 === "error")) {
                    let err38 = { instancePath: instancePath + "/hpa-duplicate-target", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                  var _valid4 = _errs62 === errors;
                  _valid4 && (valid22 = !0, passing4 = 0);
                  let _errs64 = errors;
                  if (errors === _errs64)
                    if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                      let _errs66 = errors;
                      for (let key9 in data17)
                        if (!(key9 === "severity" || key9 === "options")) {
                          let err39 = { instancePath: instancePath + "/hpa-duplicate-target", schemaPath: "#/properties/hpa-duplicate-target/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                          break;
                        }
                      if (_errs66 === errors) {
                        if (data17.severity !== void 0) {
                          let data18 = data17.severity, _errs67 = errors;
                          if (!(data18 === "off" || data18 === "info" || data18 === "warning" || data18 === "error")) {
                            let err40 = { instancePath: instancePath + "/hpa-duplicate-target/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                          }
                          var valid24 = _errs67 === errors;
                        } else
                          var valid24 = !0;
                        if (valid24)
                          if (data17.options !== void 0) {
                            let data19 = data17.options, _errs69 = errors;
                            if (errors === _errs69)
                              if (data19 && typeof data19 == "object" && !Array.isArray(data19))
                                for (let key10 in data19) {
                                  let err41 = { instancePath: instancePath + "/hpa-duplicate-target/options", schemaPath: "#/properties/hpa-duplicate-target/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                  vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                                  break;
                                }
                              else {
                                let err42 = { instancePath: instancePath + "/hpa-duplicate-target/options", schemaPath: "#/properties/hpa-duplicate-target/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                              }
                            var valid24 = _errs69 === errors;
                          } else
                            var valid24 = !0;
                      }
                    } else {
                      let err43 = { instancePath: instancePath + "/hpa-duplicate-target", schemaPath: "#/properties/hpa-duplicate-target/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                  var _valid4 = _errs64 === errors;
                  if (_valid4 && valid22 ? (valid22 = !1, passing4 = [passing4, 1]) : _valid4 && (valid22 = !0, passing4 = 1), valid22)
                    errors = _errs61, vErrors !== null && (_errs61 ? vErrors.length = _errs61 : vErrors = null);
                  else {
                    let err44 = { instancePath: instancePath + "/hpa-duplicate-target", schemaPath: "#/properties/hpa-duplicate-target/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                    return vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++, validate11.errors = vErrors, !1;
                  }
                  var valid0 = _errs60 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data["hpa-min-max"] !== void 0) {
                    let data20 = data["hpa-min-max"], _errs72 = errors, _errs73 = errors, valid26 = !1, passing5 = null, _errs74 = errors;
                    if (!(data20 === "off" || data20 === "info" || data20 === "warning" || data20 === "error")) {
                      let err45 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                      vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                    }
                    var _valid5 = _errs74 === errors;
                    _valid5 && (valid26 = !0, passing5 = 0);
                    let _errs76 = errors;
                    if (errors === _errs76)
                      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                        let _errs78 = errors;
                        for (let key11 in data20)
                          if (!(key11 === "severity" || key11 === "options")) {
                            let err46 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/properties/hpa-min-max/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                            break;
                          }
                        if (_errs78 === errors) {
                          if (data20.severity !== void 0) {
                            let data21 = data20.severity, _errs79 = errors;
                            if (!(data21 === "off" || data21 === "info" || data21 === "warning" || data21 === "error")) {
                              let err47 = { instancePath: instancePath + "/hpa-min-max/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                              vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                            }
                            var valid28 = _errs79 === errors;
                          } else
                            var valid28 = !0;
                          if (valid28)
                            if (data20.options !== void 0) {
                              let data22 = data20.options, _errs81 = errors;
                              if (errors === _errs81)
                                if (data22 && typeof data22 == "object" && !Array.isArray(data22))
                                  for (let key12 in data22) {
                                    let err48 = { instancePath: instancePath + "/hpa-min-max/options", schemaPath: "#/properties/hpa-min-max/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                                    break;
                                  }
                                else {
                                  let err49 = { instancePath: instancePath + "/hpa-min-max/options", schemaPath: "#/properties/hpa-min-max/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                                }
                              var valid28 = _errs81 === errors;
                            } else
                              var valid28 = !0;
                        }
                      } else {
                        let err50 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/properties/hpa-min-max/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                      }
                    var _valid5 = _errs76 === errors;
                    if (_valid5 && valid26 ? (valid26 = !1, passing5 = [passing5, 1]) : _valid5 && (valid26 = !0, passing5 = 1), valid26)
                      errors = _errs73, vErrors !== null && (_errs73 ? vErrors.length = _errs73 : vErrors = null);
                    else {
                      let err51 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/properties/hpa-min-max/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                      return vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++, validate11.errors = vErrors, !1;
                    }
                    var valid0 = _errs72 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data["hpa-min-replicas"] !== void 0) {
                      let data23 = data["hpa-min-replicas"], _errs84 = errors, _errs85 = errors, valid30 = !1, passing6 = null, _errs86 = errors;
                      if (!(data23 === "off" || data23 === "info" || data23 === "warning" || data23 === "error")) {
                        let err52 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                      }
                      var _valid6 = _errs86 === errors;
                      _valid6 && (valid30 = !0, passing6 = 0);
                      let _errs88 = errors;
                      if (errors === _errs88)
                        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                          let _errs90 = errors;
                          for (let key13 in data23)
                            if (!(key13 === "severity" || key13 === "options")) {
                              let err53 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                              break;
                            }
                          if (_errs90 === errors) {
                            if (data23.severity !== void 0) {
                              let data24 = data23.severity, _errs91 = errors;
                              if (!(data24 === "off" || data24 === "info" || data24 === "warning" || data24 === "error")) {
                                let err54 = { instancePath: instancePath + "/hpa-min-replicas/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                              }
                              var valid32 = _errs91 === errors;
                            } else
                              var valid32 = !0;
                            if (valid32)
                              if (data23.options !== void 0) {
                                let data25 = data23.options, _errs93 = errors;
                                if (errors === _errs93)
                                  if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                    let _errs95 = errors;
                                    for (let key14 in data25)
                                      if (key14 !== "minimum") {
                                        let err55 = { instancePath: instancePath + "/hpa-min-replicas/options", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                                        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                                        break;
                                      }
                                    if (_errs95 === errors && data25.minimum !== void 0) {
                                      let data26 = data25.minimum, _errs96 = errors;
                                      if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                                        let err56 = { instancePath: instancePath + "/hpa-min-replicas/options/minimum", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/properties/minimum/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                                      }
                                      if (errors === _errs96 && typeof data26 == "number" && isFinite(data26)) {
                                        if (data26 > 1e3 || isNaN(data26)) {
                                          let err57 = { instancePath: instancePath + "/hpa-min-replicas/options/minimum", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/properties/minimum/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
                                          vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                                        } else if (data26 < 1 || isNaN(data26)) {
                                          let err58 = { instancePath: instancePath + "/hpa-min-replicas/options/minimum", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/properties/minimum/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                          vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                                        }
                                      }
                                    }
                                  } else {
                                    let err59 = { instancePath: instancePath + "/hpa-min-replicas/options", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                                  }
                                var valid32 = _errs93 === errors;
                              } else
                                var valid32 = !0;
                          }
                        } else {
                          let err60 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                        }
                      var _valid6 = _errs88 === errors;
                      if (_valid6 && valid30 ? (valid30 = !1, passing6 = [passing6, 1]) : _valid6 && (valid30 = !0, passing6 = 1), valid30)
                        errors = _errs85, vErrors !== null && (_errs85 ? vErrors.length = _errs85 : vErrors = null);
                      else {
                        let err61 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/properties/hpa-min-replicas/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
                        return vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++, validate11.errors = vErrors, !1;
                      }
                      var valid0 = _errs84 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data["hpa-missing-requests"] !== void 0) {
                        let data27 = data["hpa-missing-requests"], _errs98 = errors, _errs99 = errors, valid35 = !1, passing7 = null, _errs100 = errors;
                        if (!(data27 === "off" || data27 === "info" || data27 === "warning" || data27 === "error")) {
                          let err62 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                          vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                        }
                        var _valid7 = _errs100 === errors;
                        _valid7 && (valid35 = !0, passing7 = 0);
                        let _errs102 = errors;
                        if (errors === _errs102)
                          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                            let _errs104 = errors;
                            for (let key15 in data27)
                              if (!(key15 === "severity" || key15 === "options")) {
                                let err63 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                                break;
                              }
                            if (_errs104 === errors) {
                              if (data27.severity !== void 0) {
                                let data28 = data27.severity, _errs105 = errors;
                                if (!(data28 === "off" || data28 === "info" || data28 === "warning" || data28 === "error")) {
                                  let err64 = { instancePath: instancePath + "/hpa-missing-requests/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                  vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                                }
                                var valid37 = _errs105 === errors;
                              } else
                                var valid37 = !0;
                              if (valid37)
                                if (data27.options !== void 0) {
                                  let data29 = data27.options, _errs107 = errors;
                                  if (errors === _errs107)
                                    if (data29 && typeof data29 == "object" && !Array.isArray(data29))
                                      for (let key16 in data29) {
                                        let err65 = { instancePath: instancePath + "/hpa-missing-requests/options", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                                        vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                                        break;
                                      }
                                    else {
                                      let err66 = { instancePath: instancePath + "/hpa-missing-requests/options", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                      vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                                    }
                                  var valid37 = _errs107 === errors;
                                } else
                                  var valid37 = !0;
                            }
                          } else {
                            let err67 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                          }
                        var _valid7 = _errs102 === errors;
                        if (_valid7 && valid35 ? (valid35 = !1, passing7 = [passing7, 1]) : _valid7 && (valid35 = !0, passing7 = 1), valid35)
                          errors = _errs99, vErrors !== null && (_errs99 ? vErrors.length = _errs99 : vErrors = null);
                        else {
                          let err68 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/properties/hpa-missing-requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
                          return vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++, validate11.errors = vErrors, !1;
                        }
                        var valid0 = _errs98 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data["hpa-replicas-pinned"] !== void 0) {
                          let data30 = data["hpa-replicas-pinned"], _errs110 = errors, _errs111 = errors, valid39 = !1, passing8 = null, _errs112 = errors;
                          if (!(data30 === "off" || data30 === "info" || data30 === "warning" || data30 === "error")) {
                            let err69 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                          }
                          var _valid8 = _errs112 === errors;
                          _valid8 && (valid39 = !0, passing8 = 0);
                          let _errs114 = errors;
                          if (errors === _errs114)
                            if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                              let _errs116 = errors;
                              for (let key17 in data30)
                                if (!(key17 === "severity" || key17 === "options")) {
                                  let err70 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                                  vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                                  break;
                                }
                              if (_errs116 === errors) {
                                if (data30.severity !== void 0) {
                                  let data31 = data30.severity, _errs117 = errors;
                                  if (!(data31 === "off" || data31 === "info" || data31 === "warning" || data31 === "error")) {
                                    let err71 = { instancePath: instancePath + "/hpa-replicas-pinned/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                    vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                                  }
                                  var valid41 = _errs117 === errors;
                                } else
                                  var valid41 = !0;
                                if (valid41)
                                  if (data30.options !== void 0) {
                                    let data32 = data30.options, _errs119 = errors;
                                    if (errors === _errs119)
                                      if (data32 && typeof data32 == "object" && !Array.isArray(data32))
                                        for (let key18 in data32) {
                                          let err72 = { instancePath: instancePath + "/hpa-replicas-pinned/options", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                                          vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                                          break;
                                        }
                                      else {
                                        let err73 = { instancePath: instancePath + "/hpa-replicas-pinned/options", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                                      }
                                    var valid41 = _errs119 === errors;
                                  } else
                                    var valid41 = !0;
                              }
                            } else {
                              let err74 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                            }
                          var _valid8 = _errs114 === errors;
                          if (_valid8 && valid39 ? (valid39 = !1, passing8 = [passing8, 1]) : _valid8 && (valid39 = !0, passing8 = 1), valid39)
                            errors = _errs111, vErrors !== null && (_errs111 ? vErrors.length = _errs111 : vErrors = null);
                          else {
                            let err75 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/properties/hpa-replicas-pinned/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
                            return vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++, validate11.errors = vErrors, !1;
                          }
                          var valid0 = _errs110 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data["hpa-scale-down-too-fast"] !== void 0) {
                            let data33 = data["hpa-scale-down-too-fast"], _errs122 = errors, _errs123 = errors, valid43 = !1, passing9 = null, _errs124 = errors;
                            if (!(data33 === "off" || data33 === "info" || data33 === "warning" || data33 === "error")) {
                              let err76 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                              vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                            }
                            var _valid9 = _errs124 === errors;
                            _valid9 && (valid43 = !0, passing9 = 0);
                            let _errs126 = errors;
                            if (errors === _errs126)
                              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                let _errs128 = errors;
                                for (let key19 in data33)
                                  if (!(key19 === "severity" || key19 === "options")) {
                                    let err77 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                                    vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                                    break;
                                  }
                                if (_errs128 === errors) {
                                  if (data33.severity !== void 0) {
                                    let data34 = data33.severity, _errs129 = errors;
                                    if (!(data34 === "off" || data34 === "info" || data34 === "warning" || data34 === "error")) {
                                      let err78 = { instancePath: instancePath + "/hpa-scale-down-too-fast/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                      vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                                    }
                                    var valid45 = _errs129 === errors;
                                  } else
                                    var valid45 = !0;
                                  if (valid45)
                                    if (data33.options !== void 0) {
                                      let data35 = data33.options, _errs131 = errors;
                                      if (errors === _errs131)
                                        if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                          let _errs133 = errors;
                                          for (let key20 in data35)
                                            if (!(key20 === "maxFraction" || key20 === "windowSeconds" || key20 === "stabilizationSeconds")) {
                                              let err79 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                                              vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                                              break;
                                            }
                                          if (_errs133 === errors) {
                                            if (data35.maxFraction !== void 0) {
                                              let data36 = data35.maxFraction, _errs134 = errors;
                                              if (errors === _errs134)
                                                if (typeof data36 == "number" && isFinite(data36)) {
                                                  if (data36 > 1 || isNaN(data36)) {
                                                    let err80 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/maxFraction", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/maxFraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                                                  } else if (data36 < 0 || isNaN(data36)) {
                                                    let err81 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/maxFraction", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/maxFraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                    vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                                                  }
                                                } else {
                                                  let err82 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/maxFraction", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/maxFraction/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                  vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                                                }
                                              var valid47 = _errs134 === errors;
                                            } else
                                              var valid47 = !0;
                                            if (valid47) {
                                              if (data35.windowSeconds !== void 0) {
                                                let data37 = data35.windowSeconds, _errs136 = errors;
                                                if (!(typeof data37 == "number" && !(data37 % 1) && !isNaN(data37) && isFinite(data37))) {
                                                  let err83 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/windowSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/windowSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                  vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                                                }
                                                if (errors === _errs136 && typeof data37 == "number" && isFinite(data37)) {
                                                  if (data37 > 3600 || isNaN(data37)) {
                                                    let err84 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/windowSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/windowSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
                                                    vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                                                  } else if (data37 < 15 || isNaN(data37)) {
                                                    let err85 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/windowSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/windowSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 15 }, message: "must be >= 15" };
                                                    vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                                                  }
                                                }
                                                var valid47 = _errs136 === errors;
                                              } else
                                                var valid47 = !0;
                                              if (valid47)
                                                if (data35.stabilizationSeconds !== void 0) {
                                                  let data38 = data35.stabilizationSeconds, _errs138 = errors;
                                                  if (!(typeof data38 == "number" && !(data38 % 1) && !isNaN(data38) && isFinite(data38))) {
                                                    let err86 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/stabilizationSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/stabilizationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                                                  }
                                                  if (errors === _errs138 && typeof data38 == "number" && isFinite(data38)) {
                                                    if (data38 > 3600 || isNaN(data38)) {
                                                      let err87 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/stabilizationSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/stabilizationSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
                                                      vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                                                    } else if (data38 < 0 || isNaN(data38)) {
                                                      let err88 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/stabilizationSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/stabilizationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                      vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                                                    }
                                                  }
                                                  var valid47 = _errs138 === errors;
                                                } else
                                                  var valid47 = !0;
                                            }
                                          }
                                        } else {
                                          let err89 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                          vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                                        }
                                      var valid45 = _errs131 === errors;
                                    } else
                                      var valid45 = !0;
                                }
                              } else {
                                let err90 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                              }
                            var _valid9 = _errs126 === errors;
                            if (_valid9 && valid43 ? (valid43 = !1, passing9 = [passing9, 1]) : _valid9 && (valid43 = !0, passing9 = 1), valid43)
                              errors = _errs123, vErrors !== null && (_errs123 ? vErrors.length = _errs123 : vErrors = null);
                            else {
                              let err91 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
                              return vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++, validate11.errors = vErrors, !1;
                            }
                            var valid0 = _errs122 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data["hpa-scale-down-unstabilized"] !== void 0) {
                              let data39 = data["hpa-scale-down-unstabilized"], _errs140 = errors, _errs141 = errors, valid48 = !1, passing10 = null, _errs142 = errors;
                              if (!(data39 === "off" || data39 === "info" || data39 === "warning" || data39 === "error")) {
                                let err92 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                              }
                              var _valid10 = _errs142 === errors;
                              _valid10 && (valid48 = !0, passing10 = 0);
                              let _errs144 = errors;
                              if (errors === _errs144)
                                if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                                  let _errs146 = errors;
                                  for (let key21 in data39)
                                    if (!(key21 === "severity" || key21 === "options")) {
                                      let err93 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                                      vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                                      break;
                                    }
                                  if (_errs146 === errors) {
                                    if (data39.severity !== void 0) {
                                      let data40 = data39.severity, _errs147 = errors;
                                      if (!(data40 === "off" || data40 === "info" || data40 === "warning" || data40 === "error")) {
                                        let err94 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                        vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                                      }
                                      var valid50 = _errs147 === errors;
                                    } else
                                      var valid50 = !0;
                                    if (valid50)
                                      if (data39.options !== void 0) {
                                        let data41 = data39.options, _errs149 = errors;
                                        if (errors === _errs149)
                                          if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                            let _errs151 = errors;
                                            for (let key22 in data41)
                                              if (key22 !== "minimumSeconds") {
                                                let err95 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                                                vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                                                break;
                                              }
                                            if (_errs151 === errors && data41.minimumSeconds !== void 0) {
                                              let data42 = data41.minimumSeconds, _errs152 = errors;
                                              if (!(typeof data42 == "number" && !(data42 % 1) && !isNaN(data42) && isFinite(data42))) {
                                                let err96 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options/minimumSeconds", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/properties/minimumSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                                              }
                                              if (errors === _errs152 && typeof data42 == "number" && isFinite(data42)) {
                                                if (data42 > 3600 || isNaN(data42)) {
                                                  let err97 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options/minimumSeconds", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/properties/minimumSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
                                                  vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                                                } else if (data42 < 0 || isNaN(data42)) {
                                                  let err98 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options/minimumSeconds", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/properties/minimumSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                  vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                                                }
                                              }
                                            }
                                          } else {
                                            let err99 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                                          }
                                        var valid50 = _errs149 === errors;
                                      } else
                                        var valid50 = !0;
                                  }
                                } else {
                                  let err100 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                                }
                              var _valid10 = _errs144 === errors;
                              if (_valid10 && valid48 ? (valid48 = !1, passing10 = [passing10, 1]) : _valid10 && (valid48 = !0, passing10 = 1), valid48)
                                errors = _errs141, vErrors !== null && (_errs141 ? vErrors.length = _errs141 : vErrors = null);
                              else {
                                let err101 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
                                return vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++, validate11.errors = vErrors, !1;
                              }
                              var valid0 = _errs140 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data["hpa-target-missing"] !== void 0) {
                                let data43 = data["hpa-target-missing"], _errs154 = errors, _errs155 = errors, valid53 = !1, passing11 = null, _errs156 = errors;
                                if (!(data43 === "off" || data43 === "info" || data43 === "warning" || data43 === "error")) {
                                  let err102 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                  vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                                }
                                var _valid11 = _errs156 === errors;
                                _valid11 && (valid53 = !0, passing11 = 0);
                                let _errs158 = errors;
                                if (errors === _errs158)
                                  if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                    let _errs160 = errors;
                                    for (let key23 in data43)
                                      if (!(key23 === "severity" || key23 === "options")) {
                                        let err103 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/properties/hpa-target-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                                        vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                                        break;
                                      }
                                    if (_errs160 === errors) {
                                      if (data43.severity !== void 0) {
                                        let data44 = data43.severity, _errs161 = errors;
                                        if (!(data44 === "off" || data44 === "info" || data44 === "warning" || data44 === "error")) {
                                          let err104 = { instancePath: instancePath + "/hpa-target-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                          vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                                        }
                                        var valid55 = _errs161 === errors;
                                      } else
                                        var valid55 = !0;
                                      if (valid55)
                                        if (data43.options !== void 0) {
                                          let data45 = data43.options, _errs163 = errors;
                                          if (errors === _errs163)
                                            if (data45 && typeof data45 == "object" && !Array.isArray(data45))
                                              for (let key24 in data45) {
                                                let err105 = { instancePath: instancePath + "/hpa-target-missing/options", schemaPath: "#/properties/hpa-target-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                                                vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                                                break;
                                              }
                                            else {
                                              let err106 = { instancePath: instancePath + "/hpa-target-missing/options", schemaPath: "#/properties/hpa-target-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                              vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                                            }
                                          var valid55 = _errs163 === errors;
                                        } else
                                          var valid55 = !0;
                                    }
                                  } else {
                                    let err107 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/properties/hpa-target-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                                  }
                                var _valid11 = _errs158 === errors;
                                if (_valid11 && valid53 ? (valid53 = !1, passing11 = [passing11, 1]) : _valid11 && (valid53 = !0, passing11 = 1), valid53)
                                  errors = _errs155, vErrors !== null && (_errs155 ? vErrors.length = _errs155 : vErrors = null);
                                else {
                                  let err108 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/properties/hpa-target-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf" };
                                  return vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++, validate11.errors = vErrors, !1;
                                }
                                var valid0 = _errs154 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0) {
                                if (data["hpa-unsupported-resource-metric"] !== void 0) {
                                  let data46 = data["hpa-unsupported-resource-metric"], _errs166 = errors, _errs167 = errors, valid57 = !1, passing12 = null, _errs168 = errors;
                                  if (!(data46 === "off" || data46 === "info" || data46 === "warning" || data46 === "error")) {
                                    let err109 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                    vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                                  }
                                  var _valid12 = _errs168 === errors;
                                  _valid12 && (valid57 = !0, passing12 = 0);
                                  let _errs170 = errors;
                                  if (errors === _errs170)
                                    if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                      let _errs172 = errors;
                                      for (let key25 in data46)
                                        if (!(key25 === "severity" || key25 === "options")) {
                                          let err110 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                                          vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                                          break;
                                        }
                                      if (_errs172 === errors) {
                                        if (data46.severity !== void 0) {
                                          let data47 = data46.severity, _errs173 = errors;
                                          if (!(data47 === "off" || data47 === "info" || data47 === "warning" || data47 === "error")) {
                                            let err111 = { instancePath: instancePath + "/hpa-unsupported-resource-metric/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                            vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                                          }
                                          var valid59 = _errs173 === errors;
                                        } else
                                          var valid59 = !0;
                                        if (valid59)
                                          if (data46.options !== void 0) {
                                            let data48 = data46.options, _errs175 = errors;
                                            if (errors === _errs175)
                                              if (data48 && typeof data48 == "object" && !Array.isArray(data48))
                                                for (let key26 in data48) {
                                                  let err112 = { instancePath: instancePath + "/hpa-unsupported-resource-metric/options", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                                                  vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                                                  break;
                                                }
                                              else {
                                                let err113 = { instancePath: instancePath + "/hpa-unsupported-resource-metric/options", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                                              }
                                            var valid59 = _errs175 === errors;
                                          } else
                                            var valid59 = !0;
                                      }
                                    } else {
                                      let err114 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                      vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                                    }
                                  var _valid12 = _errs170 === errors;
                                  if (_valid12 && valid57 ? (valid57 = !1, passing12 = [passing12, 1]) : _valid12 && (valid57 = !0, passing12 = 1), valid57)
                                    errors = _errs167, vErrors !== null && (_errs167 ? vErrors.length = _errs167 : vErrors = null);
                                  else {
                                    let err115 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf" };
                                    return vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++, validate11.errors = vErrors, !1;
                                  }
                                  var valid0 = _errs166 === errors;
                                } else
                                  var valid0 = !0;
                                if (valid0) {
                                  if (data["hpa-vpa-conflict"] !== void 0) {
                                    let data49 = data["hpa-vpa-conflict"], _errs178 = errors, _errs179 = errors, valid61 = !1, passing13 = null, _errs180 = errors;
                                    if (!(data49 === "off" || data49 === "info" || data49 === "warning" || data49 === "error")) {
                                      let err116 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                      vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                                    }
                                    var _valid13 = _errs180 === errors;
                                    _valid13 && (valid61 = !0, passing13 = 0);
                                    let _errs182 = errors;
                                    if (errors === _errs182)
                                      if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                                        let _errs184 = errors;
                                        for (let key27 in data49)
                                          if (!(key27 === "severity" || key27 === "options")) {
                                            let err117 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                                            vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                                            break;
                                          }
                                        if (_errs184 === errors) {
                                          if (data49.severity !== void 0) {
                                            let data50 = data49.severity, _errs185 = errors;
                                            if (!(data50 === "off" || data50 === "info" || data50 === "warning" || data50 === "error")) {
                                              let err118 = { instancePath: instancePath + "/hpa-vpa-conflict/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                              vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                                            }
                                            var valid63 = _errs185 === errors;
                                          } else
                                            var valid63 = !0;
                                          if (valid63)
                                            if (data49.options !== void 0) {
                                              let data51 = data49.options, _errs187 = errors;
                                              if (errors === _errs187)
                                                if (data51 && typeof data51 == "object" && !Array.isArray(data51))
                                                  for (let key28 in data51) {
                                                    let err119 = { instancePath: instancePath + "/hpa-vpa-conflict/options", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                                                    vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                                                    break;
                                                  }
                                                else {
                                                  let err120 = { instancePath: instancePath + "/hpa-vpa-conflict/options", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                  vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                                                }
                                              var valid63 = _errs187 === errors;
                                            } else
                                              var valid63 = !0;
                                        }
                                      } else {
                                        let err121 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                                      }
                                    var _valid13 = _errs182 === errors;
                                    if (_valid13 && valid61 ? (valid61 = !1, passing13 = [passing13, 1]) : _valid13 && (valid61 = !0, passing13 = 1), valid61)
                                      errors = _errs179, vErrors !== null && (_errs179 ? vErrors.length = _errs179 : vErrors = null);
                                    else {
                                      let err122 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/properties/hpa-vpa-conflict/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf" };
                                      return vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++, validate11.errors = vErrors, !1;
                                    }
                                    var valid0 = _errs178 === errors;
                                  } else
                                    var valid0 = !0;
                                  if (valid0) {
                                    if (data["ingress-backend-missing"] !== void 0) {
                                      let data52 = data["ingress-backend-missing"], _errs190 = errors, _errs191 = errors, valid65 = !1, passing14 = null, _errs192 = errors;
                                      if (!(data52 === "off" || data52 === "info" || data52 === "warning" || data52 === "error")) {
                                        let err123 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                        vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                                      }
                                      var _valid14 = _errs192 === errors;
                                      _valid14 && (valid65 = !0, passing14 = 0);
                                      let _errs194 = errors;
                                      if (errors === _errs194)
                                        if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                          let _errs196 = errors;
                                          for (let key29 in data52)
                                            if (!(key29 === "severity" || key29 === "options")) {
                                              let err124 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                                              vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                                              break;
                                            }
                                          if (_errs196 === errors) {
                                            if (data52.severity !== void 0) {
                                              let data53 = data52.severity, _errs197 = errors;
                                              if (!(data53 === "off" || data53 === "info" || data53 === "warning" || data53 === "error")) {
                                                let err125 = { instancePath: instancePath + "/ingress-backend-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                                              }
                                              var valid67 = _errs197 === errors;
                                            } else
                                              var valid67 = !0;
                                            if (valid67)
                                              if (data52.options !== void 0) {
                                                let data54 = data52.options, _errs199 = errors;
                                                if (errors === _errs199)
                                                  if (data54 && typeof data54 == "object" && !Array.isArray(data54))
                                                    for (let key30 in data54) {
                                                      let err126 = { instancePath: instancePath + "/ingress-backend-missing/options", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                                                      vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                                                      break;
                                                    }
                                                  else {
                                                    let err127 = { instancePath: instancePath + "/ingress-backend-missing/options", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                                                  }
                                                var valid67 = _errs199 === errors;
                                              } else
                                                var valid67 = !0;
                                          }
                                        } else {
                                          let err128 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                          vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                                        }
                                      var _valid14 = _errs194 === errors;
                                      if (_valid14 && valid65 ? (valid65 = !1, passing14 = [passing14, 1]) : _valid14 && (valid65 = !0, passing14 = 1), valid65)
                                        errors = _errs191, vErrors !== null && (_errs191 ? vErrors.length = _errs191 : vErrors = null);
                                      else {
                                        let err129 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/properties/ingress-backend-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf" };
                                        return vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++, validate11.errors = vErrors, !1;
                                      }
                                      var valid0 = _errs190 === errors;
                                    } else
                                      var valid0 = !0;
                                    if (valid0) {
                                      if (data["missing-requests"] !== void 0) {
                                        let data55 = data["missing-requests"], _errs202 = errors, _errs203 = errors, valid69 = !1, passing15 = null, _errs204 = errors;
                                        if (!(data55 === "off" || data55 === "info" || data55 === "warning" || data55 === "error")) {
                                          let err130 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                          vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                                        }
                                        var _valid15 = _errs204 === errors;
                                        _valid15 && (valid69 = !0, passing15 = 0);
                                        let _errs206 = errors;
                                        if (errors === _errs206)
                                          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                                            let _errs208 = errors;
                                            for (let key31 in data55)
                                              if (!(key31 === "severity" || key31 === "options")) {
                                                let err131 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/properties/missing-requests/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                                                vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                                                break;
                                              }
                                            if (_errs208 === errors) {
                                              if (data55.severity !== void 0) {
                                                let data56 = data55.severity, _errs209 = errors;
                                                if (!(data56 === "off" || data56 === "info" || data56 === "warning" || data56 === "error")) {
                                                  let err132 = { instancePath: instancePath + "/missing-requests/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                  vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                                                }
                                                var valid71 = _errs209 === errors;
                                              } else
                                                var valid71 = !0;
                                              if (valid71)
                                                if (data55.options !== void 0) {
                                                  let data57 = data55.options, _errs211 = errors;
                                                  if (errors === _errs211)
                                                    if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                                                      let _errs213 = errors;
                                                      for (let key32 in data57)
                                                        if (!(key32 === "resources" || key32 === "includeInitContainers")) {
                                                          let err133 = { instancePath: instancePath + "/missing-requests/options", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                                                          vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
                                                          break;
                                                        }
                                                      if (_errs213 === errors) {
                                                        if (data57.resources !== void 0) {
                                                          let data58 = data57.resources, _errs214 = errors;
                                                          if (errors === _errs214)
                                                            if (Array.isArray(data58)) {
                                                              var valid74 = !0;
                                                              let len2 = data58.length;
                                                              for (let i4 = 0; i4 < len2; i4++) {
                                                                let data59 = data58[i4], _errs216 = errors;
                                                                if (errors === _errs216)
                                                                  if (typeof data59 == "string") {
                                                                    if (func3(data59) < 1) {
                                                                      let err134 = { instancePath: instancePath + "/missing-requests/options/resources/" + i4, schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                      vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                                                                    }
                                                                  } else {
                                                                    let err135 = { instancePath: instancePath + "/missing-requests/options/resources/" + i4, schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                                                                  }
                                                                var valid74 = _errs216 === errors;
                                                                if (!valid74)
                                                                  break;
                                                              }
                                                              if (valid74) {
                                                                let i5 = data58.length, j2;
                                                                if (i5 > 1) {
                                                                  let indices2 = {};
                                                                  for (; i5--; ) {
                                                                    let item2 = data58[i5];
                                                                    if (typeof item2 == "string") {
                                                                      if (typeof indices2[item2] == "number") {
                                                                        j2 = indices2[item2];
                                                                        let err136 = { instancePath: instancePath + "/missing-requests/options/resources", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                                                                        vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                                                                        break;
                                                                      }
                                                                      indices2[item2] = i5;
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            } else {
                                                              let err137 = { instancePath: instancePath + "/missing-requests/options/resources", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                              vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                                                            }
                                                          var valid73 = _errs214 === errors;
                                                        } else
                                                          var valid73 = !0;
                                                        if (valid73)
                                                          if (data57.includeInitContainers !== void 0) {
                                                            let _errs218 = errors;
                                                            if (typeof data57.includeInitContainers != "boolean") {
                                                              let err138 = { instancePath: instancePath + "/missing-requests/options/includeInitContainers", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/includeInitContainers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                              vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
                                                            }
                                                            var valid73 = _errs218 === errors;
                                                          } else
                                                            var valid73 = !0;
                                                      }
                                                    } else {
                                                      let err139 = { instancePath: instancePath + "/missing-requests/options", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                      vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
                                                    }
                                                  var valid71 = _errs211 === errors;
                                                } else
                                                  var valid71 = !0;
                                            }
                                          } else {
                                            let err140 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/properties/missing-requests/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
                                          }
                                        var _valid15 = _errs206 === errors;
                                        if (_valid15 && valid69 ? (valid69 = !1, passing15 = [passing15, 1]) : _valid15 && (valid69 = !0, passing15 = 1), valid69)
                                          errors = _errs203, vErrors !== null && (_errs203 ? vErrors.length = _errs203 : vErrors = null);
                                        else {
                                          let err141 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/properties/missing-requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf" };
                                          return vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++, validate11.errors = vErrors, !1;
                                        }
                                        var valid0 = _errs202 === errors;
                                      } else
                                        var valid0 = !0;
                                      if (valid0) {
                                        if (data["parse-error"] !== void 0) {
                                          let data61 = data["parse-error"], _errs220 = errors, _errs221 = errors, valid76 = !1, passing16 = null, _errs222 = errors;
                                          if (!(data61 === "off" || data61 === "info" || data61 === "warning" || data61 === "error")) {
                                            let err142 = { instancePath: instancePath + "/parse-error", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                            vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                                          }
                                          var _valid16 = _errs222 === errors;
                                          _valid16 && (valid76 = !0, passing16 = 0);
                                          let _errs224 = errors;
                                          if (errors === _errs224)
                                            if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                                              let _errs226 = errors;
                                              for (let key33 in data61)
                                                if (!(key33 === "severity" || key33 === "options")) {
                                                  let err143 = { instancePath: instancePath + "/parse-error", schemaPath: "#/properties/parse-error/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                                                  vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
                                                  break;
                                                }
                                              if (_errs226 === errors) {
                                                if (data61.severity !== void 0) {
                                                  let data62 = data61.severity, _errs227 = errors;
                                                  if (!(data62 === "off" || data62 === "info" || data62 === "warning" || data62 === "error")) {
                                                    let err144 = { instancePath: instancePath + "/parse-error/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                    vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                                                  }
                                                  var valid78 = _errs227 === errors;
                                                } else
                                                  var valid78 = !0;
                                                if (valid78)
                                                  if (data61.options !== void 0) {
                                                    let data63 = data61.options, _errs229 = errors;
                                                    if (errors === _errs229)
                                                      if (data63 && typeof data63 == "object" && !Array.isArray(data63))
                                                        for (let key34 in data63) {
                                                          let err145 = { instancePath: instancePath + "/parse-error/options", schemaPath: "#/properties/parse-error/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                                                          vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
                                                          break;
                                                        }
                                                      else {
                                                        let err146 = { instancePath: instancePath + "/parse-error/options", schemaPath: "#/properties/parse-error/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
                                                      }
                                                    var valid78 = _errs229 === errors;
                                                  } else
                                                    var valid78 = !0;
                                              }
                                            } else {
                                              let err147 = { instancePath: instancePath + "/parse-error", schemaPath: "#/properties/parse-error/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                              vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                                            }
                                          var _valid16 = _errs224 === errors;
                                          if (_valid16 && valid76 ? (valid76 = !1, passing16 = [passing16, 1]) : _valid16 && (valid76 = !0, passing16 = 1), valid76)
                                            errors = _errs221, vErrors !== null && (_errs221 ? vErrors.length = _errs221 : vErrors = null);
                                          else {
                                            let err148 = { instancePath: instancePath + "/parse-error", schemaPath: "#/properties/parse-error/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf" };
                                            return vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++, validate11.errors = vErrors, !1;
                                          }
                                          var valid0 = _errs220 === errors;
                                        } else
                                          var valid0 = !0;
                                        if (valid0) {
                                          if (data["pdb-blocks-eviction"] !== void 0) {
                                            let data64 = data["pdb-blocks-eviction"], _errs232 = errors, _errs233 = errors, valid80 = !1, passing17 = null, _errs234 = errors;
                                            if (!(data64 === "off" || data64 === "info" || data64 === "warning" || data64 === "error")) {
                                              let err149 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                              vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
                                            }
                                            var _valid17 = _errs234 === errors;
                                            _valid17 && (valid80 = !0, passing17 = 0);
                                            let _errs236 = errors;
                                            if (errors === _errs236)
                                              if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                                                let _errs238 = errors;
                                                for (let key35 in data64)
                                                  if (!(key35 === "severity" || key35 === "options")) {
                                                    let err150 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                                                    vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
                                                    break;
                                                  }
                                                if (_errs238 === errors) {
                                                  if (data64.severity !== void 0) {
                                                    let data65 = data64.severity, _errs239 = errors;
                                                    if (!(data65 === "off" || data65 === "info" || data65 === "warning" || data65 === "error")) {
                                                      let err151 = { instancePath: instancePath + "/pdb-blocks-eviction/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                      vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
                                                    }
                                                    var valid82 = _errs239 === errors;
                                                  } else
                                                    var valid82 = !0;
                                                  if (valid82)
                                                    if (data64.options !== void 0) {
                                                      let data66 = data64.options, _errs241 = errors;
                                                      if (errors === _errs241)
                                                        if (data66 && typeof data66 == "object" && !Array.isArray(data66))
                                                          for (let key36 in data66) {
                                                            let err152 = { instancePath: instancePath + "/pdb-blocks-eviction/options", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                                                            vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
                                                            break;
                                                          }
                                                        else {
                                                          let err153 = { instancePath: instancePath + "/pdb-blocks-eviction/options", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                          vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
                                                        }
                                                      var valid82 = _errs241 === errors;
                                                    } else
                                                      var valid82 = !0;
                                                }
                                              } else {
                                                let err154 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
                                              }
                                            var _valid17 = _errs236 === errors;
                                            if (_valid17 && valid80 ? (valid80 = !1, passing17 = [passing17, 1]) : _valid17 && (valid80 = !0, passing17 = 1), valid80)
                                              errors = _errs233, vErrors !== null && (_errs233 ? vErrors.length = _errs233 : vErrors = null);
                                            else {
                                              let err155 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/properties/pdb-blocks-eviction/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf" };
                                              return vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++, validate11.errors = vErrors, !1;
                                            }
                                            var valid0 = _errs232 === errors;
                                          } else
                                            var valid0 = !0;
                                          if (valid0) {
                                            if (data["pdb-missing"] !== void 0) {
                                              let data67 = data["pdb-missing"], _errs244 = errors, _errs245 = errors, valid84 = !1, passing18 = null, _errs246 = errors;
                                              if (!(data67 === "off" || data67 === "info" || data67 === "warning" || data67 === "error")) {
                                                let err156 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
                                              }
                                              var _valid18 = _errs246 === errors;
                                              _valid18 && (valid84 = !0, passing18 = 0);
                                              let _errs248 = errors;
                                              if (errors === _errs248)
                                                if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                  let _errs250 = errors;
                                                  for (let key37 in data67)
                                                    if (!(key37 === "severity" || key37 === "options")) {
                                                      let err157 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/properties/pdb-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                                                      vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
                                                      break;
                                                    }
                                                  if (_errs250 === errors) {
                                                    if (data67.severity !== void 0) {
                                                      let data68 = data67.severity, _errs251 = errors;
                                                      if (!(data68 === "off" || data68 === "info" || data68 === "warning" || data68 === "error")) {
                                                        let err158 = { instancePath: instancePath + "/pdb-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                        vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
                                                      }
                                                      var valid86 = _errs251 === errors;
                                                    } else
                                                      var valid86 = !0;
                                                    if (valid86)
                                                      if (data67.options !== void 0) {
                                                        let data69 = data67.options, _errs253 = errors;
                                                        if (errors === _errs253)
                                                          if (data69 && typeof data69 == "object" && !Array.isArray(data69))
                                                            for (let key38 in data69) {
                                                              let err159 = { instancePath: instancePath + "/pdb-missing/options", schemaPath: "#/properties/pdb-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                                                              vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
                                                              break;
                                                            }
                                                          else {
                                                            let err160 = { instancePath: instancePath + "/pdb-missing/options", schemaPath: "#/properties/pdb-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                                                          }
                                                        var valid86 = _errs253 === errors;
                                                      } else
                                                        var valid86 = !0;
                                                  }
                                                } else {
                                                  let err161 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/properties/pdb-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                  vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
                                                }
                                              var _valid18 = _errs248 === errors;
                                              if (_valid18 && valid84 ? (valid84 = !1, passing18 = [passing18, 1]) : _valid18 && (valid84 = !0, passing18 = 1), valid84)
                                                errors = _errs245, vErrors !== null && (_errs245 ? vErrors.length = _errs245 : vErrors = null);
                                              else {
                                                let err162 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/properties/pdb-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf" };
                                                return vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++, validate11.errors = vErrors, !1;
                                              }
                                              var valid0 = _errs244 === errors;
                                            } else
                                              var valid0 = !0;
                                            if (valid0) {
                                              if (data["pdb-no-match"] !== void 0) {
                                                let data70 = data["pdb-no-match"], _errs256 = errors, _errs257 = errors, valid88 = !1, passing19 = null, _errs258 = errors;
                                                if (!(data70 === "off" || data70 === "info" || data70 === "warning" || data70 === "error")) {
                                                  let err163 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                  vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
                                                }
                                                var _valid19 = _errs258 === errors;
                                                _valid19 && (valid88 = !0, passing19 = 0);
                                                let _errs260 = errors;
                                                if (errors === _errs260)
                                                  if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                                                    let _errs262 = errors;
                                                    for (let key39 in data70)
                                                      if (!(key39 === "severity" || key39 === "options")) {
                                                        let err164 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/properties/pdb-no-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                                                        vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
                                                        break;
                                                      }
                                                    if (_errs262 === errors) {
                                                      if (data70.severity !== void 0) {
                                                        let data71 = data70.severity, _errs263 = errors;
                                                        if (!(data71 === "off" || data71 === "info" || data71 === "warning" || data71 === "error")) {
                                                          let err165 = { instancePath: instancePath + "/pdb-no-match/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                          vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
                                                        }
                                                        var valid90 = _errs263 === errors;
                                                      } else
                                                        var valid90 = !0;
                                                      if (valid90)
                                                        if (data70.options !== void 0) {
                                                          let data72 = data70.options, _errs265 = errors;
                                                          if (errors === _errs265)
                                                            if (data72 && typeof data72 == "object" && !Array.isArray(data72))
                                                              for (let key40 in data72) {
                                                                let err166 = { instancePath: instancePath + "/pdb-no-match/options", schemaPath: "#/properties/pdb-no-match/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                                                                vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
                                                                break;
                                                              }
                                                            else {
                                                              let err167 = { instancePath: instancePath + "/pdb-no-match/options", schemaPath: "#/properties/pdb-no-match/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                              vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
                                                            }
                                                          var valid90 = _errs265 === errors;
                                                        } else
                                                          var valid90 = !0;
                                                    }
                                                  } else {
                                                    let err168 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/properties/pdb-no-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
                                                  }
                                                var _valid19 = _errs260 === errors;
                                                if (_valid19 && valid88 ? (valid88 = !1, passing19 = [passing19, 1]) : _valid19 && (valid88 = !0, passing19 = 1), valid88)
                                                  errors = _errs257, vErrors !== null && (_errs257 ? vErrors.length = _errs257 : vErrors = null);
                                                else {
                                                  let err169 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/properties/pdb-no-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf" };
                                                  return vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++, validate11.errors = vErrors, !1;
                                                }
                                                var valid0 = _errs256 === errors;
                                              } else
                                                var valid0 = !0;
                                              if (valid0) {
                                                if (data["pdb-overlap"] !== void 0) {
                                                  let data73 = data["pdb-overlap"], _errs268 = errors, _errs269 = errors, valid92 = !1, passing20 = null, _errs270 = errors;
                                                  if (!(data73 === "off" || data73 === "info" || data73 === "warning" || data73 === "error")) {
                                                    let err170 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                    vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
                                                  }
                                                  var _valid20 = _errs270 === errors;
                                                  _valid20 && (valid92 = !0, passing20 = 0);
                                                  let _errs272 = errors;
                                                  if (errors === _errs272)
                                                    if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                                                      let _errs274 = errors;
                                                      for (let key41 in data73)
                                                        if (!(key41 === "severity" || key41 === "options")) {
                                                          let err171 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/properties/pdb-overlap/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                                                          vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
                                                          break;
                                                        }
                                                      if (_errs274 === errors) {
                                                        if (data73.severity !== void 0) {
                                                          let data74 = data73.severity, _errs275 = errors;
                                                          if (!(data74 === "off" || data74 === "info" || data74 === "warning" || data74 === "error")) {
                                                            let err172 = { instancePath: instancePath + "/pdb-overlap/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                            vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
                                                          }
                                                          var valid94 = _errs275 === errors;
                                                        } else
                                                          var valid94 = !0;
                                                        if (valid94)
                                                          if (data73.options !== void 0) {
                                                            let data75 = data73.options, _errs277 = errors;
                                                            if (errors === _errs277)
                                                              if (data75 && typeof data75 == "object" && !Array.isArray(data75))
                                                                for (let key42 in data75) {
                                                                  let err173 = { instancePath: instancePath + "/pdb-overlap/options", schemaPath: "#/properties/pdb-overlap/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                                                                  vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
                                                                  break;
                                                                }
                                                              else {
                                                                let err174 = { instancePath: instancePath + "/pdb-overlap/options", schemaPath: "#/properties/pdb-overlap/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
                                                              }
                                                            var valid94 = _errs277 === errors;
                                                          } else
                                                            var valid94 = !0;
                                                      }
                                                    } else {
                                                      let err175 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/properties/pdb-overlap/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                      vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
                                                    }
                                                  var _valid20 = _errs272 === errors;
                                                  if (_valid20 && valid92 ? (valid92 = !1, passing20 = [passing20, 1]) : _valid20 && (valid92 = !0, passing20 = 1), valid92)
                                                    errors = _errs269, vErrors !== null && (_errs269 ? vErrors.length = _errs269 : vErrors = null);
                                                  else {
                                                    let err176 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/properties/pdb-overlap/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf" };
                                                    return vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++, validate11.errors = vErrors, !1;
                                                  }
                                                  var valid0 = _errs268 === errors;
                                                } else
                                                  var valid0 = !0;
                                                if (valid0) {
                                                  if (data["priority-class-conflict"] !== void 0) {
                                                    let data76 = data["priority-class-conflict"], _errs280 = errors, _errs281 = errors, valid96 = !1, passing21 = null, _errs282 = errors;
                                                    if (!(data76 === "off" || data76 === "info" || data76 === "warning" || data76 === "error")) {
                                                      let err177 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                      vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
                                                    }
                                                    var _valid21 = _errs282 === errors;
                                                    _valid21 && (valid96 = !0, passing21 = 0);
                                                    let _errs284 = errors;
                                                    if (errors === _errs284)
                                                      if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                                                        let _errs286 = errors;
                                                        for (let key43 in data76)
                                                          if (!(key43 === "severity" || key43 === "options")) {
                                                            let err178 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/properties/priority-class-conflict/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                                                            vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
                                                            break;
                                                          }
                                                        if (_errs286 === errors) {
                                                          if (data76.severity !== void 0) {
                                                            let data77 = data76.severity, _errs287 = errors;
                                                            if (!(data77 === "off" || data77 === "info" || data77 === "warning" || data77 === "error")) {
                                                              let err179 = { instancePath: instancePath + "/priority-class-conflict/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                              vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
                                                            }
                                                            var valid98 = _errs287 === errors;
                                                          } else
                                                            var valid98 = !0;
                                                          if (valid98)
                                                            if (data76.options !== void 0) {
                                                              let data78 = data76.options, _errs289 = errors;
                                                              if (errors === _errs289)
                                                                if (data78 && typeof data78 == "object" && !Array.isArray(data78))
                                                                  for (let key44 in data78) {
                                                                    let err180 = { instancePath: instancePath + "/priority-class-conflict/options", schemaPath: "#/properties/priority-class-conflict/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                                                                    vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
                                                                    break;
                                                                  }
                                                                else {
                                                                  let err181 = { instancePath: instancePath + "/priority-class-conflict/options", schemaPath: "#/properties/priority-class-conflict/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                  vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
                                                                }
                                                              var valid98 = _errs289 === errors;
                                                            } else
                                                              var valid98 = !0;
                                                        }
                                                      } else {
                                                        let err182 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/properties/priority-class-conflict/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
                                                      }
                                                    var _valid21 = _errs284 === errors;
                                                    if (_valid21 && valid96 ? (valid96 = !1, passing21 = [passing21, 1]) : _valid21 && (valid96 = !0, passing21 = 1), valid96)
                                                      errors = _errs281, vErrors !== null && (_errs281 ? vErrors.length = _errs281 : vErrors = null);
                                                    else {
                                                      let err183 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/properties/priority-class-conflict/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf" };
                                                      return vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++, validate11.errors = vErrors, !1;
                                                    }
                                                    var valid0 = _errs280 === errors;
                                                  } else
                                                    var valid0 = !0;
                                                  if (valid0) {
                                                    if (data["priority-class-missing"] !== void 0) {
                                                      let data79 = data["priority-class-missing"], _errs292 = errors, _errs293 = errors, valid100 = !1, passing22 = null, _errs294 = errors;
                                                      if (!(data79 === "off" || data79 === "info" || data79 === "warning" || data79 === "error")) {
                                                        let err184 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                        vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
                                                      }
                                                      var _valid22 = _errs294 === errors;
                                                      _valid22 && (valid100 = !0, passing22 = 0);
                                                      let _errs296 = errors;
                                                      if (errors === _errs296)
                                                        if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                                                          let _errs298 = errors;
                                                          for (let key45 in data79)
                                                            if (!(key45 === "severity" || key45 === "options")) {
                                                              let err185 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/properties/priority-class-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
                                                              vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
                                                              break;
                                                            }
                                                          if (_errs298 === errors) {
                                                            if (data79.severity !== void 0) {
                                                              let data80 = data79.severity, _errs299 = errors;
                                                              if (!(data80 === "off" || data80 === "info" || data80 === "warning" || data80 === "error")) {
                                                                let err186 = { instancePath: instancePath + "/priority-class-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
                                                              }
                                                              var valid102 = _errs299 === errors;
                                                            } else
                                                              var valid102 = !0;
                                                            if (valid102)
                                                              if (data79.options !== void 0) {
                                                                let data81 = data79.options, _errs301 = errors;
                                                                if (errors === _errs301)
                                                                  if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                                                                    let _errs303 = errors;
                                                                    for (let key46 in data81)
                                                                      if (key46 !== "knownClasses") {
                                                                        let err187 = { instancePath: instancePath + "/priority-class-missing/options", schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
                                                                        vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
                                                                        break;
                                                                      }
                                                                    if (_errs303 === errors && data81.knownClasses !== void 0) {
                                                                      let data82 = data81.knownClasses;
                                                                      if (errors === errors)
                                                                        if (Array.isArray(data82)) {
                                                                          var valid105 = !0;
                                                                          let len3 = data82.length;
                                                                          for (let i6 = 0; i6 < len3; i6++) {
                                                                            let _errs306 = errors;
                                                                            if (typeof data82[i6] != "string") {
                                                                              let err188 = { instancePath: instancePath + "/priority-class-missing/options/knownClasses/" + i6, schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/properties/knownClasses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                              vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
                                                                            }
                                                                            var valid105 = _errs306 === errors;
                                                                            if (!valid105)
                                                                              break;
                                                                          }
                                                                        } else {
                                                                          let err189 = { instancePath: instancePath + "/priority-class-missing/options/knownClasses", schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/properties/knownClasses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                          vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
                                                                        }
                                                                    }
                                                                  } else {
                                                                    let err190 = { instancePath: instancePath + "/priority-class-missing/options", schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                    vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
                                                                  }
                                                                var valid102 = _errs301 === errors;
                                                              } else
                                                                var valid102 = !0;
                                                          }
                                                        } else {
                                                          let err191 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/properties/priority-class-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                          vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
                                                        }
                                                      var _valid22 = _errs296 === errors;
                                                      if (_valid22 && valid100 ? (valid100 = !1, passing22 = [passing22, 1]) : _valid22 && (valid100 = !0, passing22 = 1), valid100)
                                                        errors = _errs293, vErrors !== null && (_errs293 ? vErrors.length = _errs293 : vErrors = null);
                                                      else {
                                                        let err192 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/properties/priority-class-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf" };
                                                        return vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++, validate11.errors = vErrors, !1;
                                                      }
                                                      var valid0 = _errs292 === errors;
                                                    } else
                                                      var valid0 = !0;
                                                    if (valid0) {
                                                      if (data["prometheus-rule-invalid"] !== void 0) {
                                                        let data84 = data["prometheus-rule-invalid"], _errs308 = errors, _errs309 = errors, valid106 = !1, passing23 = null, _errs310 = errors;
                                                        if (!(data84 === "off" || data84 === "info" || data84 === "warning" || data84 === "error")) {
                                                          let err193 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                          vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
                                                        }
                                                        var _valid23 = _errs310 === errors;
                                                        _valid23 && (valid106 = !0, passing23 = 0);
                                                        let _errs312 = errors;
                                                        if (errors === _errs312)
                                                          if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                                                            let _errs314 = errors;
                                                            for (let key47 in data84)
                                                              if (!(key47 === "severity" || key47 === "options")) {
                                                                let err194 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties" };
                                                                vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
                                                                break;
                                                              }
                                                            if (_errs314 === errors) {
                                                              if (data84.severity !== void 0) {
                                                                let data85 = data84.severity, _errs315 = errors;
                                                                if (!(data85 === "off" || data85 === "info" || data85 === "warning" || data85 === "error")) {
                                                                  let err195 = { instancePath: instancePath + "/prometheus-rule-invalid/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                  vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
                                                                }
                                                                var valid108 = _errs315 === errors;
                                                              } else
                                                                var valid108 = !0;
                                                              if (valid108)
                                                                if (data84.options !== void 0) {
                                                                  let data86 = data84.options, _errs317 = errors;
                                                                  if (errors === _errs317)
                                                                    if (data86 && typeof data86 == "object" && !Array.isArray(data86))
                                                                      for (let key48 in data86) {
                                                                        let err196 = { instancePath: instancePath + "/prometheus-rule-invalid/options", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties" };
                                                                        vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
                                                                        break;
                                                                      }
                                                                    else {
                                                                      let err197 = { instancePath: instancePath + "/prometheus-rule-invalid/options", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                      vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
                                                                    }
                                                                  var valid108 = _errs317 === errors;
                                                                } else
                                                                  var valid108 = !0;
                                                            }
                                                          } else {
                                                            let err198 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
                                                          }
                                                        var _valid23 = _errs312 === errors;
                                                        if (_valid23 && valid106 ? (valid106 = !1, passing23 = [passing23, 1]) : _valid23 && (valid106 = !0, passing23 = 1), valid106)
                                                          errors = _errs309, vErrors !== null && (_errs309 ? vErrors.length = _errs309 : vErrors = null);
                                                        else {
                                                          let err199 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/properties/prometheus-rule-invalid/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf" };
                                                          return vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++, validate11.errors = vErrors, !1;
                                                        }
                                                        var valid0 = _errs308 === errors;
                                                      } else
                                                        var valid0 = !0;
                                                      if (valid0) {
                                                        if (data["quota-exceeded-at-max-scale"] !== void 0) {
                                                          let data87 = data["quota-exceeded-at-max-scale"], _errs320 = errors, _errs321 = errors, valid110 = !1, passing24 = null, _errs322 = errors;
                                                          if (!(data87 === "off" || data87 === "info" || data87 === "warning" || data87 === "error")) {
                                                            let err200 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                            vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
                                                          }
                                                          var _valid24 = _errs322 === errors;
                                                          _valid24 && (valid110 = !0, passing24 = 0);
                                                          let _errs324 = errors;
                                                          if (errors === _errs324)
                                                            if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                                                              let _errs326 = errors;
                                                              for (let key49 in data87)
                                                                if (!(key49 === "severity" || key49 === "options")) {
                                                                  let err201 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties" };
                                                                  vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
                                                                  break;
                                                                }
                                                              if (_errs326 === errors) {
                                                                if (data87.severity !== void 0) {
                                                                  let data88 = data87.severity, _errs327 = errors;
                                                                  if (!(data88 === "off" || data88 === "info" || data88 === "warning" || data88 === "error")) {
                                                                    let err202 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                    vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
                                                                  }
                                                                  var valid112 = _errs327 === errors;
                                                                } else
                                                                  var valid112 = !0;
                                                                if (valid112)
                                                                  if (data87.options !== void 0) {
                                                                    let data89 = data87.options, _errs329 = errors;
                                                                    if (errors === _errs329)
                                                                      if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                                                                        let _errs331 = errors;
                                                                        for (let key50 in data89)
                                                                          if (!(key50 === "maximumPercent" || key50 === "includeRolloutSurge")) {
                                                                            let err203 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties" };
                                                                            vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
                                                                            break;
                                                                          }
                                                                        if (_errs331 === errors) {
                                                                          if (data89.maximumPercent !== void 0) {
                                                                            let data90 = data89.maximumPercent, _errs332 = errors;
                                                                            if (errors === _errs332)
                                                                              if (typeof data90 == "number" && isFinite(data90)) {
                                                                                if (data90 > 1e3 || isNaN(data90)) {
                                                                                  let err204 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/maximumPercent", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/maximumPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
                                                                                  vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
                                                                                } else if (data90 < 1 || isNaN(data90)) {
                                                                                  let err205 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/maximumPercent", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/maximumPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                                  vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
                                                                                }
                                                                              } else {
                                                                                let err206 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/maximumPercent", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/maximumPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
                                                                              }
                                                                            var valid114 = _errs332 === errors;
                                                                          } else
                                                                            var valid114 = !0;
                                                                          if (valid114)
                                                                            if (data89.includeRolloutSurge !== void 0) {
                                                                              let _errs334 = errors;
                                                                              if (typeof data89.includeRolloutSurge != "boolean") {
                                                                                let err207 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/includeRolloutSurge", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/includeRolloutSurge/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
                                                                              }
                                                                              var valid114 = _errs334 === errors;
                                                                            } else
                                                                              var valid114 = !0;
                                                                        }
                                                                      } else {
                                                                        let err208 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                        vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
                                                                      }
                                                                    var valid112 = _errs329 === errors;
                                                                  } else
                                                                    var valid112 = !0;
                                                              }
                                                            } else {
                                                              let err209 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                              vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
                                                            }
                                                          var _valid24 = _errs324 === errors;
                                                          if (_valid24 && valid110 ? (valid110 = !1, passing24 = [passing24, 1]) : _valid24 && (valid110 = !0, passing24 = 1), valid110)
                                                            errors = _errs321, vErrors !== null && (_errs321 ? vErrors.length = _errs321 : vErrors = null);
                                                          else {
                                                            let err210 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf" };
                                                            return vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++, validate11.errors = vErrors, !1;
                                                          }
                                                          var valid0 = _errs320 === errors;
                                                        } else
                                                          var valid0 = !0;
                                                        if (valid0) {
                                                          if (data["quota-extended-resource-key"] !== void 0) {
                                                            let data92 = data["quota-extended-resource-key"], _errs336 = errors, _errs337 = errors, valid115 = !1, passing25 = null, _errs338 = errors;
                                                            if (!(data92 === "off" || data92 === "info" || data92 === "warning" || data92 === "error")) {
                                                              let err211 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                              vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
                                                            }
                                                            var _valid25 = _errs338 === errors;
                                                            _valid25 && (valid115 = !0, passing25 = 0);
                                                            let _errs340 = errors;
                                                            if (errors === _errs340)
                                                              if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                                                                let _errs342 = errors;
                                                                for (let key51 in data92)
                                                                  if (!(key51 === "severity" || key51 === "options")) {
                                                                    let err212 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties" };
                                                                    vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
                                                                    break;
                                                                  }
                                                                if (_errs342 === errors) {
                                                                  if (data92.severity !== void 0) {
                                                                    let data93 = data92.severity, _errs343 = errors;
                                                                    if (!(data93 === "off" || data93 === "info" || data93 === "warning" || data93 === "error")) {
                                                                      let err213 = { instancePath: instancePath + "/quota-extended-resource-key/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                      vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
                                                                    }
                                                                    var valid117 = _errs343 === errors;
                                                                  } else
                                                                    var valid117 = !0;
                                                                  if (valid117)
                                                                    if (data92.options !== void 0) {
                                                                      let data94 = data92.options, _errs345 = errors;
                                                                      if (errors === _errs345)
                                                                        if (data94 && typeof data94 == "object" && !Array.isArray(data94))
                                                                          for (let key52 in data94) {
                                                                            let err214 = { instancePath: instancePath + "/quota-extended-resource-key/options", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties" };
                                                                            vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
                                                                            break;
                                                                          }
                                                                        else {
                                                                          let err215 = { instancePath: instancePath + "/quota-extended-resource-key/options", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                          vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
                                                                        }
                                                                      var valid117 = _errs345 === errors;
                                                                    } else
                                                                      var valid117 = !0;
                                                                }
                                                              } else {
                                                                let err216 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
                                                              }
                                                            var _valid25 = _errs340 === errors;
                                                            if (_valid25 && valid115 ? (valid115 = !1, passing25 = [passing25, 1]) : _valid25 && (valid115 = !0, passing25 = 1), valid115)
                                                              errors = _errs337, vErrors !== null && (_errs337 ? vErrors.length = _errs337 : vErrors = null);
                                                            else {
                                                              let err217 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/properties/quota-extended-resource-key/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf" };
                                                              return vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++, validate11.errors = vErrors, !1;
                                                            }
                                                            var valid0 = _errs336 === errors;
                                                          } else
                                                            var valid0 = !0;
                                                          if (valid0) {
                                                            if (data["quota-missing-requests"] !== void 0) {
                                                              let data95 = data["quota-missing-requests"], _errs348 = errors, _errs349 = errors, valid119 = !1, passing26 = null, _errs350 = errors;
                                                              if (!(data95 === "off" || data95 === "info" || data95 === "warning" || data95 === "error")) {
                                                                let err218 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
                                                              }
                                                              var _valid26 = _errs350 === errors;
                                                              _valid26 && (valid119 = !0, passing26 = 0);
                                                              let _errs352 = errors;
                                                              if (errors === _errs352)
                                                                if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                                                                  let _errs354 = errors;
                                                                  for (let key53 in data95)
                                                                    if (!(key53 === "severity" || key53 === "options")) {
                                                                      let err219 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/properties/quota-missing-requests/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties" };
                                                                      vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
                                                                      break;
                                                                    }
                                                                  if (_errs354 === errors) {
                                                                    if (data95.severity !== void 0) {
                                                                      let data96 = data95.severity, _errs355 = errors;
                                                                      if (!(data96 === "off" || data96 === "info" || data96 === "warning" || data96 === "error")) {
                                                                        let err220 = { instancePath: instancePath + "/quota-missing-requests/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                        vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++;
                                                                      }
                                                                      var valid121 = _errs355 === errors;
                                                                    } else
                                                                      var valid121 = !0;
                                                                    if (valid121)
                                                                      if (data95.options !== void 0) {
                                                                        let data97 = data95.options, _errs357 = errors;
                                                                        if (errors === _errs357)
                                                                          if (data97 && typeof data97 == "object" && !Array.isArray(data97))
                                                                            for (let key54 in data97) {
                                                                              let err221 = { instancePath: instancePath + "/quota-missing-requests/options", schemaPath: "#/properties/quota-missing-requests/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties" };
                                                                              vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
                                                                              break;
                                                                            }
                                                                          else {
                                                                            let err222 = { instancePath: instancePath + "/quota-missing-requests/options", schemaPath: "#/properties/quota-missing-requests/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                            vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
                                                                          }
                                                                        var valid121 = _errs357 === errors;
                                                                      } else
                                                                        var valid121 = !0;
                                                                  }
                                                                } else {
                                                                  let err223 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/properties/quota-missing-requests/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                  vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++;
                                                                }
                                                              var _valid26 = _errs352 === errors;
                                                              if (_valid26 && valid119 ? (valid119 = !1, passing26 = [passing26, 1]) : _valid26 && (valid119 = !0, passing26 = 1), valid119)
                                                                errors = _errs349, vErrors !== null && (_errs349 ? vErrors.length = _errs349 : vErrors = null);
                                                              else {
                                                                let err224 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/properties/quota-missing-requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf" };
                                                                return vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++, validate11.errors = vErrors, !1;
                                                              }
                                                              var valid0 = _errs348 === errors;
                                                            } else
                                                              var valid0 = !0;
                                                            if (valid0) {
                                                              if (data["requests-exceed-limits"] !== void 0) {
                                                                let data98 = data["requests-exceed-limits"], _errs360 = errors, _errs361 = errors, valid123 = !1, passing27 = null, _errs362 = errors;
                                                                if (!(data98 === "off" || data98 === "info" || data98 === "warning" || data98 === "error")) {
                                                                  let err225 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                  vErrors === null ? vErrors = [err225] : vErrors.push(err225), errors++;
                                                                }
                                                                var _valid27 = _errs362 === errors;
                                                                _valid27 && (valid123 = !0, passing27 = 0);
                                                                let _errs364 = errors;
                                                                if (errors === _errs364)
                                                                  if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                                                    let _errs366 = errors;
                                                                    for (let key55 in data98)
                                                                      if (!(key55 === "severity" || key55 === "options")) {
                                                                        let err226 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties" };
                                                                        vErrors === null ? vErrors = [err226] : vErrors.push(err226), errors++;
                                                                        break;
                                                                      }
                                                                    if (_errs366 === errors) {
                                                                      if (data98.severity !== void 0) {
                                                                        let data99 = data98.severity, _errs367 = errors;
                                                                        if (!(data99 === "off" || data99 === "info" || data99 === "warning" || data99 === "error")) {
                                                                          let err227 = { instancePath: instancePath + "/requests-exceed-limits/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                          vErrors === null ? vErrors = [err227] : vErrors.push(err227), errors++;
                                                                        }
                                                                        var valid125 = _errs367 === errors;
                                                                      } else
                                                                        var valid125 = !0;
                                                                      if (valid125)
                                                                        if (data98.options !== void 0) {
                                                                          let data100 = data98.options, _errs369 = errors;
                                                                          if (errors === _errs369)
                                                                            if (data100 && typeof data100 == "object" && !Array.isArray(data100))
                                                                              for (let key56 in data100) {
                                                                                let err228 = { instancePath: instancePath + "/requests-exceed-limits/options", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties" };
                                                                                vErrors === null ? vErrors = [err228] : vErrors.push(err228), errors++;
                                                                                break;
                                                                              }
                                                                            else {
                                                                              let err229 = { instancePath: instancePath + "/requests-exceed-limits/options", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                              vErrors === null ? vErrors = [err229] : vErrors.push(err229), errors++;
                                                                            }
                                                                          var valid125 = _errs369 === errors;
                                                                        } else
                                                                          var valid125 = !0;
                                                                    }
                                                                  } else {
                                                                    let err230 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                    vErrors === null ? vErrors = [err230] : vErrors.push(err230), errors++;
                                                                  }
                                                                var _valid27 = _errs364 === errors;
                                                                if (_valid27 && valid123 ? (valid123 = !1, passing27 = [passing27, 1]) : _valid27 && (valid123 = !0, passing27 = 1), valid123)
                                                                  errors = _errs361, vErrors !== null && (_errs361 ? vErrors.length = _errs361 : vErrors = null);
                                                                else {
                                                                  let err231 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/properties/requests-exceed-limits/oneOf", keyword: "oneOf", params: { passingSchemas: passing27 }, message: "must match exactly one schema in oneOf" };
                                                                  return vErrors === null ? vErrors = [err231] : vErrors.push(err231), errors++, validate11.errors = vErrors, !1;
                                                                }
                                                                var valid0 = _errs360 === errors;
                                                              } else
                                                                var valid0 = !0;
                                                              if (valid0) {
                                                                if (data["schema-invalid"] !== void 0) {
                                                                  let data101 = data["schema-invalid"], _errs372 = errors, _errs373 = errors, valid127 = !1, passing28 = null, _errs374 = errors;
                                                                  if (!(data101 === "off" || data101 === "info" || data101 === "warning" || data101 === "error")) {
                                                                    let err232 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                    vErrors === null ? vErrors = [err232] : vErrors.push(err232), errors++;
                                                                  }
                                                                  var _valid28 = _errs374 === errors;
                                                                  _valid28 && (valid127 = !0, passing28 = 0);
                                                                  let _errs376 = errors;
                                                                  if (errors === _errs376)
                                                                    if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                                                      let _errs378 = errors;
                                                                      for (let key57 in data101)
                                                                        if (!(key57 === "severity" || key57 === "options")) {
                                                                          let err233 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/properties/schema-invalid/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties" };
                                                                          vErrors === null ? vErrors = [err233] : vErrors.push(err233), errors++;
                                                                          break;
                                                                        }
                                                                      if (_errs378 === errors) {
                                                                        if (data101.severity !== void 0) {
                                                                          let data102 = data101.severity, _errs379 = errors;
                                                                          if (!(data102 === "off" || data102 === "info" || data102 === "warning" || data102 === "error")) {
                                                                            let err234 = { instancePath: instancePath + "/schema-invalid/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                            vErrors === null ? vErrors = [err234] : vErrors.push(err234), errors++;
                                                                          }
                                                                          var valid129 = _errs379 === errors;
                                                                        } else
                                                                          var valid129 = !0;
                                                                        if (valid129)
                                                                          if (data101.options !== void 0) {
                                                                            let data103 = data101.options, _errs381 = errors;
                                                                            if (errors === _errs381)
                                                                              if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                                                                let _errs383 = errors;
                                                                                for (let key58 in data103)
                                                                                  if (!(key58 === "unknownFields" || key58 === "maxPerObject")) {
                                                                                    let err235 = { instancePath: instancePath + "/schema-invalid/options", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties" };
                                                                                    vErrors === null ? vErrors = [err235] : vErrors.push(err235), errors++;
                                                                                    break;
                                                                                  }
                                                                                if (_errs383 === errors) {
                                                                                  if (data103.unknownFields !== void 0) {
                                                                                    let _errs384 = errors;
                                                                                    if (typeof data103.unknownFields != "boolean") {
                                                                                      let err236 = { instancePath: instancePath + "/schema-invalid/options/unknownFields", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/properties/unknownFields/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                      vErrors === null ? vErrors = [err236] : vErrors.push(err236), errors++;
                                                                                    }
                                                                                    var valid131 = _errs384 === errors;
                                                                                  } else
                                                                                    var valid131 = !0;
                                                                                  if (valid131)
                                                                                    if (data103.maxPerObject !== void 0) {
                                                                                      let data105 = data103.maxPerObject, _errs386 = errors;
                                                                                      if (!(typeof data105 == "number" && !(data105 % 1) && !isNaN(data105) && isFinite(data105))) {
                                                                                        let err237 = { instancePath: instancePath + "/schema-invalid/options/maxPerObject", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/properties/maxPerObject/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                        vErrors === null ? vErrors = [err237] : vErrors.push(err237), errors++;
                                                                                      }
                                                                                      if (errors === _errs386 && typeof data105 == "number" && isFinite(data105) && (data105 < 1 || isNaN(data105))) {
                                                                                        let err238 = { instancePath: instancePath + "/schema-invalid/options/maxPerObject", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/properties/maxPerObject/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                                        vErrors === null ? vErrors = [err238] : vErrors.push(err238), errors++;
                                                                                      }
                                                                                      var valid131 = _errs386 === errors;
                                                                                    } else
                                                                                      var valid131 = !0;
                                                                                }
                                                                              } else {
                                                                                let err239 = { instancePath: instancePath + "/schema-invalid/options", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                vErrors === null ? vErrors = [err239] : vErrors.push(err239), errors++;
                                                                              }
                                                                            var valid129 = _errs381 === errors;
                                                                          } else
                                                                            var valid129 = !0;
                                                                      }
                                                                    } else {
                                                                      let err240 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/properties/schema-invalid/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                      vErrors === null ? vErrors = [err240] : vErrors.push(err240), errors++;
                                                                    }
                                                                  var _valid28 = _errs376 === errors;
                                                                  if (_valid28 && valid127 ? (valid127 = !1, passing28 = [passing28, 1]) : _valid28 && (valid127 = !0, passing28 = 1), valid127)
                                                                    errors = _errs373, vErrors !== null && (_errs373 ? vErrors.length = _errs373 : vErrors = null);
                                                                  else {
                                                                    let err241 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/properties/schema-invalid/oneOf", keyword: "oneOf", params: { passingSchemas: passing28 }, message: "must match exactly one schema in oneOf" };
                                                                    return vErrors === null ? vErrors = [err241] : vErrors.push(err241), errors++, validate11.errors = vErrors, !1;
                                                                  }
                                                                  var valid0 = _errs372 === errors;
                                                                } else
                                                                  var valid0 = !0;
                                                                if (valid0) {
                                                                  if (data["service-no-match"] !== void 0) {
                                                                    let data106 = data["service-no-match"], _errs388 = errors, _errs389 = errors, valid132 = !1, passing29 = null, _errs390 = errors;
                                                                    if (!(data106 === "off" || data106 === "info" || data106 === "warning" || data106 === "error")) {
                                                                      let err242 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                      vErrors === null ? vErrors = [err242] : vErrors.push(err242), errors++;
                                                                    }
                                                                    var _valid29 = _errs390 === errors;
                                                                    _valid29 && (valid132 = !0, passing29 = 0);
                                                                    let _errs392 = errors;
                                                                    if (errors === _errs392)
                                                                      if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
                                                                        let _errs394 = errors;
                                                                        for (let key59 in data106)
                                                                          if (!(key59 === "severity" || key59 === "options")) {
                                                                            let err243 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/properties/service-no-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties" };
                                                                            vErrors === null ? vErrors = [err243] : vErrors.push(err243), errors++;
                                                                            break;
                                                                          }
                                                                        if (_errs394 === errors) {
                                                                          if (data106.severity !== void 0) {
                                                                            let data107 = data106.severity, _errs395 = errors;
                                                                            if (!(data107 === "off" || data107 === "info" || data107 === "warning" || data107 === "error")) {
                                                                              let err244 = { instancePath: instancePath + "/service-no-match/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                              vErrors === null ? vErrors = [err244] : vErrors.push(err244), errors++;
                                                                            }
                                                                            var valid134 = _errs395 === errors;
                                                                          } else
                                                                            var valid134 = !0;
                                                                          if (valid134)
                                                                            if (data106.options !== void 0) {
                                                                              let data108 = data106.options, _errs397 = errors;
                                                                              if (errors === _errs397)
                                                                                if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
                                                                                  let _errs399 = errors;
                                                                                  for (let key60 in data108)
                                                                                    if (key60 !== "checkTargetPorts") {
                                                                                      let err245 = { instancePath: instancePath + "/service-no-match/options", schemaPath: "#/properties/service-no-match/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties" };
                                                                                      vErrors === null ? vErrors = [err245] : vErrors.push(err245), errors++;
                                                                                      break;
                                                                                    }
                                                                                  if (_errs399 === errors && data108.checkTargetPorts !== void 0 && typeof data108.checkTargetPorts != "boolean") {
                                                                                    let err246 = { instancePath: instancePath + "/service-no-match/options/checkTargetPorts", schemaPath: "#/properties/service-no-match/oneOf/1/properties/options/properties/checkTargetPorts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                    vErrors === null ? vErrors = [err246] : vErrors.push(err246), errors++;
                                                                                  }
                                                                                } else {
                                                                                  let err247 = { instancePath: instancePath + "/service-no-match/options", schemaPath: "#/properties/service-no-match/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                  vErrors === null ? vErrors = [err247] : vErrors.push(err247), errors++;
                                                                                }
                                                                              var valid134 = _errs397 === errors;
                                                                            } else
                                                                              var valid134 = !0;
                                                                        }
                                                                      } else {
                                                                        let err248 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/properties/service-no-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                        vErrors === null ? vErrors = [err248] : vErrors.push(err248), errors++;
                                                                      }
                                                                    var _valid29 = _errs392 === errors;
                                                                    if (_valid29 && valid132 ? (valid132 = !1, passing29 = [passing29, 1]) : _valid29 && (valid132 = !0, passing29 = 1), valid132)
                                                                      errors = _errs389, vErrors !== null && (_errs389 ? vErrors.length = _errs389 : vErrors = null);
                                                                    else {
                                                                      let err249 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/properties/service-no-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing29 }, message: "must match exactly one schema in oneOf" };
                                                                      return vErrors === null ? vErrors = [err249] : vErrors.push(err249), errors++, validate11.errors = vErrors, !1;
                                                                    }
                                                                    var valid0 = _errs388 === errors;
                                                                  } else
                                                                    var valid0 = !0;
                                                                  if (valid0)
                                                                    if (data["servicemonitor-no-match"] !== void 0) {
                                                                      let data110 = data["servicemonitor-no-match"], _errs402 = errors, _errs403 = errors, valid137 = !1, passing30 = null, _errs404 = errors;
                                                                      if (!(data110 === "off" || data110 === "info" || data110 === "warning" || data110 === "error")) {
                                                                        let err250 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                        vErrors === null ? vErrors = [err250] : vErrors.push(err250), errors++;
                                                                      }
                                                                      var _valid30 = _errs404 === errors;
                                                                      _valid30 && (valid137 = !0, passing30 = 0);
                                                                      let _errs406 = errors;
                                                                      if (errors === _errs406)
                                                                        if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
                                                                          let _errs408 = errors;
                                                                          for (let key61 in data110)
                                                                            if (!(key61 === "severity" || key61 === "options")) {
                                                                              let err251 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key61 }, message: "must NOT have additional properties" };
                                                                              vErrors === null ? vErrors = [err251] : vErrors.push(err251), errors++;
                                                                              break;
                                                                            }
                                                                          if (_errs408 === errors) {
                                                                            if (data110.severity !== void 0) {
                                                                              let data111 = data110.severity, _errs409 = errors;
                                                                              if (!(data111 === "off" || data111 === "info" || data111 === "warning" || data111 === "error")) {
                                                                                let err252 = { instancePath: instancePath + "/servicemonitor-no-match/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                vErrors === null ? vErrors = [err252] : vErrors.push(err252), errors++;
                                                                              }
                                                                              var valid139 = _errs409 === errors;
                                                                            } else
                                                                              var valid139 = !0;
                                                                            if (valid139)
                                                                              if (data110.options !== void 0) {
                                                                                let data112 = data110.options, _errs411 = errors;
                                                                                if (errors === _errs411)
                                                                                  if (data112 && typeof data112 == "object" && !Array.isArray(data112))
                                                                                    for (let key62 in data112) {
                                                                                      let err253 = { instancePath: instancePath + "/servicemonitor-no-match/options", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key62 }, message: "must NOT have additional properties" };
                                                                                      vErrors === null ? vErrors = [err253] : vErrors.push(err253), errors++;
                                                                                      break;
                                                                                    }
                                                                                  else {
                                                                                    let err254 = { instancePath: instancePath + "/servicemonitor-no-match/options", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                    vErrors === null ? vErrors = [err254] : vErrors.push(err254), errors++;
                                                                                  }
                                                                                var valid139 = _errs411 === errors;
                                                                              } else
                                                                                var valid139 = !0;
                                                                          }
                                                                        } else {
                                                                          let err255 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                          vErrors === null ? vErrors = [err255] : vErrors.push(err255), errors++;
                                                                        }
                                                                      var _valid30 = _errs406 === errors;
                                                                      if (_valid30 && valid137 ? (valid137 = !1, passing30 = [passing30, 1]) : _valid30 && (valid137 = !0, passing30 = 1), valid137)
                                                                        errors = _errs403, vErrors !== null && (_errs403 ? vErrors.length = _errs403 : vErrors = null);
                                                                      else {
                                                                        let err256 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/properties/servicemonitor-no-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing30 }, message: "must match exactly one schema in oneOf" };
                                                                        return vErrors === null ? vErrors = [err256] : vErrors.push(err256), errors++, validate11.errors = vErrors, !1;
                                                                      }
                                                                      var valid0 = _errs402 === errors;
                                                                    } else
                                                                      var valid0 = !0;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate11.errors = vErrors, errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (errors === 0)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let _errs1 = errors;
      for (let key0 in data)
        if (!(key0 === "extends" || key0 === "kubeVersion" || key0 === "namespace" || key0 === "limits" || key0 === "references" || key0 === "rules" || key0 === "ignore" || key0 === "overrides")) {
          return validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }], !1;
          break;
        }
      if (_errs1 === errors) {
        if (data.extends !== void 0) {
          let data0 = data.extends, _errs2 = errors, _errs3 = errors, valid1 = !1, passing0 = null, _errs4 = errors;
          if (typeof data0 != "string") {
            let err0 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
          }
          var _valid0 = _errs4 === errors;
          _valid0 && (valid1 = !0, passing0 = 0);
          let _errs6 = errors;
          if (errors === _errs6)
            if (Array.isArray(data0)) {
              var valid2 = !0;
              let len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let _errs8 = errors;
                if (typeof data0[i0] != "string") {
                  let err1 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
                }
                var valid2 = _errs8 === errors;
                if (!valid2)
                  break;
              }
            } else {
              let err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
            }
          var _valid0 = _errs6 === errors;
          if (_valid0 && valid1 ? (valid1 = !1, passing0 = [passing0, 1]) : _valid0 && (valid1 = !0, passing0 = 1), valid1)
            errors = _errs3, vErrors !== null && (_errs3 ? vErrors.length = _errs3 : vErrors = null);
          else {
            let err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            return vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++, validate10.errors = vErrors, !1;
          }
          var valid0 = _errs2 === errors;
        } else
          var valid0 = !0;
        if (valid0) {
          if (data.kubeVersion !== void 0) {
            let data2 = data.kubeVersion, _errs10 = errors;
            if (errors === _errs10)
              if (typeof data2 == "string") {
                if (!pattern0.test(data2))
                  return validate10.errors = [{ instancePath: instancePath + "/kubeVersion", schemaPath: "#/properties/kubeVersion/pattern", keyword: "pattern", params: { pattern: "^v?\\d+\\.\\d+" }, message: 'must match pattern "^v?\\d+\\.\\d+"' }], !1;
              } else
                return validate10.errors = [{ instancePath: instancePath + "/kubeVersion", schemaPath: "#/properties/kubeVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
            var valid0 = _errs10 === errors;
          } else
            var valid0 = !0;
          if (valid0) {
            if (data.namespace !== void 0) {
              let _errs12 = errors;
              if (typeof data.namespace != "string")
                return validate10.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
              var valid0 = _errs12 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data.limits !== void 0) {
                let data4 = data.limits, _errs14 = errors;
                if (errors === _errs14)
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    let _errs16 = errors;
                    for (let key1 in data4)
                      if (!(key1 === "maxFileBytes" || key1 === "maxTotalBytes" || key1 === "maxDocuments" || key1 === "renderTimeoutSeconds" || key1 === "renderMemoryMiB")) {
                        return validate10.errors = [{ instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }], !1;
                        break;
                      }
                    if (_errs16 === errors) {
                      if (data4.maxFileBytes !== void 0) {
                        let data5 = data4.maxFileBytes, _errs17 = errors;
                        if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5) && isFinite(data5)))
                          return validate10.errors = [{ instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                        if (errors === _errs17 && typeof data5 == "number" && isFinite(data5) && (data5 < 1 || isNaN(data5)))
                          return validate10.errors = [{ instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                        var valid3 = _errs17 === errors;
                      } else
                        var valid3 = !0;
                      if (valid3) {
                        if (data4.maxTotalBytes !== void 0) {
                          let data6 = data4.maxTotalBytes, _errs19 = errors;
                          if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6)))
                            return validate10.errors = [{ instancePath: instancePath + "/limits/maxTotalBytes", schemaPath: "#/properties/limits/properties/maxTotalBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                          if (errors === _errs19 && typeof data6 == "number" && isFinite(data6) && (data6 < 1 || isNaN(data6)))
                            return validate10.errors = [{ instancePath: instancePath + "/limits/maxTotalBytes", schemaPath: "#/properties/limits/properties/maxTotalBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                          var valid3 = _errs19 === errors;
                        } else
                          var valid3 = !0;
                        if (valid3) {
                          if (data4.maxDocuments !== void 0) {
                            let data7 = data4.maxDocuments, _errs21 = errors;
                            if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7)))
                              return validate10.errors = [{ instancePath: instancePath + "/limits/maxDocuments", schemaPath: "#/properties/limits/properties/maxDocuments/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }], !1;
                            if (errors === _errs21 && typeof data7 == "number" && isFinite(data7) && (data7 < 1 || isNaN(data7)))
                              return validate10.errors = [{ instancePath: instancePath + "/limits/maxDocuments", schemaPath: "#/properties/limits/properties/maxDocuments/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }], !1;
                            var valid3 = _errs21 === errors;
                          } else
                            var valid3 = !0;
                          if (valid3) {
                            if (data4.renderTimeoutSeconds !== void 0) {
                              let data8 = data4.renderTimeoutSeconds, _errs23 = errors;
                              if (errors === _errs23)
                                if (typeof data8 == "number" && isFinite(data8)) {
                                  if (data8 <= 0 || isNaN(data8))
                                    return validate10.errors = [{ instancePath: instancePath + "/limits/renderTimeoutSeconds", schemaPath: "#/properties/limits/properties/renderTimeoutSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }], !1;
                                } else
                                  return validate10.errors = [{ instancePath: instancePath + "/limits/renderTimeoutSeconds", schemaPath: "#/properties/limits/properties/renderTimeoutSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                              var valid3 = _errs23 === errors;
                            } else
                              var valid3 = !0;
                            if (valid3)
                              if (data4.renderMemoryMiB !== void 0) {
                                let data9 = data4.renderMemoryMiB, _errs25 = errors;
                                if (errors === _errs25)
                                  if (typeof data9 == "number" && isFinite(data9)) {
                                    if (data9 <= 0 || isNaN(data9))
                                      return validate10.errors = [{ instancePath: instancePath + "/limits/renderMemoryMiB", schemaPath: "#/properties/limits/properties/renderMemoryMiB/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }], !1;
                                  } else
                                    return validate10.errors = [{ instancePath: instancePath + "/limits/renderMemoryMiB", schemaPath: "#/properties/limits/properties/renderMemoryMiB/type", keyword: "type", params: { type: "number" }, message: "must be number" }], !1;
                                var valid3 = _errs25 === errors;
                              } else
                                var valid3 = !0;
                          }
                        }
                      }
                    }
                  } else
                    return validate10.errors = [{ instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                var valid0 = _errs14 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data.references !== void 0) {
                  let data10 = data.references, _errs27 = errors;
                  if (errors === _errs27)
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                      let _errs29 = errors;
                      for (let key2 in data10)
                        if (key2 !== "assumeExternal") {
                          return validate10.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }], !1;
                          break;
                        }
                      if (_errs29 === errors && data10.assumeExternal !== void 0) {
                        let data11 = data10.assumeExternal;
                        if (errors === errors)
                          if (Array.isArray(data11)) {
                            var valid5 = !0;
                            let len1 = data11.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data12 = data11[i1], _errs32 = errors;
                              if (errors === _errs32)
                                if (typeof data12 == "string") {
                                  if (!pattern1.test(data12))
                                    return validate10.errors = [{ instancePath: instancePath + "/references/assumeExternal/" + i1, schemaPath: "#/properties/references/properties/assumeExternal/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$|^([A-Za-z][A-Za-z0-9]*)\\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\/([^/\\s]+)$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$|^([A-Za-z][A-Za-z0-9]*)\\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\/([^/\\s]+)$"' }], !1;
                                } else
                                  return validate10.errors = [{ instancePath: instancePath + "/references/assumeExternal/" + i1, schemaPath: "#/properties/references/properties/assumeExternal/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                              var valid5 = _errs32 === errors;
                              if (!valid5)
                                break;
                            }
                          } else
                            return validate10.errors = [{ instancePath: instancePath + "/references/assumeExternal", schemaPath: "#/properties/references/properties/assumeExternal/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                      }
                    } else
                      return validate10.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                  var valid0 = _errs27 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data.rules !== void 0) {
                    let _errs34 = errors;
                    validate11(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length);
                    var valid0 = _errs34 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data.ignore !== void 0) {
                      let data14 = data.ignore, _errs35 = errors;
                      if (errors === _errs35)
                        if (Array.isArray(data14)) {
                          var valid6 = !0;
                          let len2 = data14.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            let _errs37 = errors;
                            if (typeof data14[i2] != "string")
                              return validate10.errors = [{ instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                            var valid6 = _errs37 === errors;
                            if (!valid6)
                              break;
                          }
                        } else
                          return validate10.errors = [{ instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                      var valid0 = _errs35 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0)
                      if (data.overrides !== void 0) {
                        let data16 = data.overrides, _errs39 = errors;
                        if (errors === _errs39)
                          if (Array.isArray(data16)) {
                            var valid7 = !0;
                            let len3 = data16.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                              let data17 = data16[i3], _errs41 = errors;
                              if (errors === _errs41)
                                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                  let missing0;
                                  if (data17.files === void 0 && (missing0 = "files"))
                                    return validate10.errors = [{ instancePath: instancePath + "/overrides/" + i3, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }], !1;
                                  {
                                    let _errs43 = errors;
                                    for (let key3 in data17)
                                      if (!(key3 === "files" || key3 === "rules")) {
                                        return validate10.errors = [{ instancePath: instancePath + "/overrides/" + i3, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }], !1;
                                        break;
                                      }
                                    if (_errs43 === errors) {
                                      if (data17.files !== void 0) {
                                        let data18 = data17.files, _errs44 = errors;
                                        if (errors === _errs44)
                                          if (Array.isArray(data18)) {
                                            if (data18.length < 1)
                                              return validate10.errors = [{ instancePath: instancePath + "/overrides/" + i3 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }], !1;
                                            {
                                              var valid9 = !0;
                                              let len4 = data18.length;
                                              for (let i4 = 0; i4 < len4; i4++) {
                                                let _errs46 = errors;
                                                if (typeof data18[i4] != "string")
                                                  return validate10.errors = [{ instancePath: instancePath + "/overrides/" + i3 + "/files/" + i4, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }], !1;
                                                var valid9 = _errs46 === errors;
                                                if (!valid9)
                                                  break;
                                              }
                                            }
                                          } else
                                            return validate10.errors = [{ instancePath: instancePath + "/overrides/" + i3 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                                        var valid8 = _errs44 === errors;
                                      } else
                                        var valid8 = !0;
                                      if (valid8)
                                        if (data17.rules !== void 0) {
                                          let _errs48 = errors;
                                          validate11(data17.rules, { instancePath: instancePath + "/overrides/" + i3 + "/rules", parentData: data17, parentDataProperty: "rules", rootData }) || (vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors), errors = vErrors.length);
                                          var valid8 = _errs48 === errors;
                                        } else
                                          var valid8 = !0;
                                    }
                                  }
                                } else
                                  return validate10.errors = [{ instancePath: instancePath + "/overrides/" + i3, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
                              var valid7 = _errs41 === errors;
                              if (!valid7)
                                break;
                            }
                          } else
                            return validate10.errors = [{ instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" }], !1;
                        var valid0 = _errs39 === errors;
                      } else
                        var valid0 = !0;
                  }
                }
              }
            }
          }
        }
      }
    } else
      return validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }], !1;
  return validate10.errors = vErrors, errors === 0;
}

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://scaleplan.dev/schemas/config.schema.json",
  title: "scaleplan configuration (.scaleplan.yaml)",
  type: "object",
  additionalProperties: !1,
  properties: {
    extends: {
      description: "Policy packs (recommended, strict) or config files (paths) this config builds on, in order.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string"
          }
        }
      ]
    },
    kubeVersion: {
      description: 'Kubernetes version the manifests target, as "MAJOR.MINOR" (quote it: 1.30 unquoted is the number 1.3).',
      type: "string",
      pattern: "^v?\\d+\\.\\d+"
    },
    namespace: {
      description: 'Namespace of objects that do not set one (default: "default").',
      type: "string"
    },
    limits: {
      description: "Bounds on what one run reads; a run that exceeds one stops with a clear error (exit 2).",
      type: "object",
      additionalProperties: !1,
      properties: {
        maxFileBytes: {
          description: "Largest single file in bytes (default 64 MiB).",
          type: "integer",
          minimum: 1
        },
        maxTotalBytes: {
          description: "All files of a run together in bytes (default 1 GiB).",
          type: "integer",
          minimum: 1
        },
        maxDocuments: {
          description: "YAML documents in a run (default 250,000).",
          type: "integer",
          minimum: 1
        },
        renderTimeoutSeconds: {
          description: "Seconds one kubectl kustomize (or kustomize build) run may take before it is killed (default 120; SCALEPLAN_RENDER_TIMEOUT overrides).",
          type: "number",
          exclusiveMinimum: 0
        },
        renderMemoryMiB: {
          description: "Address space in MiB of one kubectl kustomize (or kustomize build) run, on Linux and other POSIX systems (default 4096; SCALEPLAN_RENDER_MEMORY overrides).",
          type: "number",
          exclusiveMinimum: 0
        }
      }
    },
    references: {
      description: "What reference rules (service-no-match, pdb-no-match, servicemonitor-no-match, hpa-target-missing, ingress-backend-missing) assume exists in the cluster outside the linted set.",
      type: "object",
      additionalProperties: !1,
      properties: {
        assumeExternal: {
          description: "Namespaces (kube-system) whose contents the set does not describe, and objects as Kind/namespace/name (Service/kube-system/metrics-server) that the cluster provides; references to them are not reported. Added to the built-in ones: Service/default/kubernetes, Service/kube-system/kube-dns, the kubelet Service of a prometheus-operator in the set, and every namespace of which the set holds nothing but Roles and RoleBindings.",
          type: "array",
          items: {
            type: "string",
            pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$|^([A-Za-z][A-Za-z0-9]*)\\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\/([^/\\s]+)$"
          }
        }
      }
    },
    rules: {
      $ref: "#/definitions/rules"
    },
    ignore: {
      description: "Globs of files and directories not to lint, relative to this file.",
      type: "array",
      items: {
        type: "string"
      }
    },
    overrides: {
      description: "Rule settings for some files only; later entries win.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: !1,
        required: [
          "files"
        ],
        properties: {
          files: {
            description: "Globs, relative to this file.",
            type: "array",
            items: {
              type: "string"
            },
            minItems: 1
          },
          rules: {
            $ref: "#/definitions/rules"
          }
        }
      }
    }
  },
  definitions: {
    severity: {
      description: "off, info, warning or error.",
      enum: [
        "off",
        "info",
        "warning",
        "error"
      ]
    },
    rules: {
      description: "Severity, or {severity, options}, per rule id.",
      type: "object",
      additionalProperties: !1,
      properties: {
        "deprecated-api": {
          description: "Disallow apiVersions that are removed at the target Kubernetes version, and warn about deprecated ones (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "duplicate-object": {
          description: "Disallow two objects with the same kind, namespace and name (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "extended-resource-limits": {
          description: "Require extended resources such as nvidia.com/gpu to be whole numbers with the limit set and equal to any request (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "gpu-without-placement": {
          description: "Require pods that request a GPU to tolerate the GPU node taint or to select GPU nodes (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {
                    taintKey: {
                      type: "string",
                      minLength: 1,
                      description: "Key of the taint on GPU nodes (e.g. sku on AKS GPU pools)."
                    },
                    resourceNames: {
                      type: "array",
                      items: {
                        type: "string",
                        minLength: 1
                      },
                      uniqueItems: !0,
                      description: 'Extended resources that mean "this pod needs a GPU node".'
                    },
                    gpuNodeLabels: {
                      type: "array",
                      items: {
                        type: "string",
                        minLength: 1
                      },
                      uniqueItems: !0,
                      description: "More node label keys that select GPU nodes (e.g. node.kubernetes.io/instance-type), besides keys and values containing gpu or accelerator."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-duplicate-target": {
          description: "Disallow more than one HorizontalPodAutoscaler or KEDA ScaledObject scaling the same workload (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-min-max": {
          description: "Require minReplicas to be below maxReplicas on every HorizontalPodAutoscaler (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-min-replicas": {
          description: "Require HorizontalPodAutoscalers to keep at least two replicas (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {
                    minimum: {
                      type: "integer",
                      minimum: 1,
                      maximum: 1e3,
                      description: "Smallest acceptable minReplicas."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-missing-requests": {
          description: "Require a request for the resource on every container an HPA measures by cpu or memory utilization (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-replicas-pinned": {
          description: "Disallow spec.replicas on a workload that a HorizontalPodAutoscaler or KEDA ScaledObject scales (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-scale-down-too-fast": {
          description: "Disallow scale-down policies that remove more than half of the replicas within a minute without a long stabilization window (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {
                    maxFraction: {
                      type: "number",
                      minimum: 0,
                      maximum: 1,
                      description: "Largest share of the replicas that may be removed within windowSeconds."
                    },
                    windowSeconds: {
                      type: "integer",
                      minimum: 15,
                      maximum: 3600,
                      description: "Length of the window the removals are counted over, in seconds."
                    },
                    stabilizationSeconds: {
                      type: "integer",
                      minimum: 0,
                      maximum: 3600,
                      description: "A scale-down stabilization window at least this long makes fast policies acceptable."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-scale-down-unstabilized": {
          description: "Require a scale-down stabilization window of at least a minute on HorizontalPodAutoscalers and KEDA ScaledObjects (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {
                    minimumSeconds: {
                      type: "integer",
                      minimum: 0,
                      maximum: 3600,
                      description: "Smallest acceptable scale-down stabilization window, in seconds."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-target-missing": {
          description: "Require the scaleTargetRef of a HorizontalPodAutoscaler or KEDA ScaledObject to name a workload in the set (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-unsupported-resource-metric": {
          description: "Disallow HPA Resource and ContainerResource metrics on anything but cpu and memory (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "hpa-vpa-conflict": {
          description: "Disallow a VerticalPodAutoscaler that changes the cpu or memory requests an HPA scales the same workload on (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "ingress-backend-missing": {
          description: "Require every service backend of an Ingress to name a Service in its namespace and a port that Service has (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "missing-requests": {
          description: "Require every running container to request cpu and memory (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {
                    resources: {
                      type: "array",
                      items: {
                        type: "string",
                        minLength: 1
                      },
                      uniqueItems: !0,
                      description: "Resources every container must request."
                    },
                    includeInitContainers: {
                      type: "boolean",
                      description: "Also require requests on ordinary init containers (native sidecars are always checked)."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "parse-error": {
          description: "Require every document to be valid YAML and, when it has apiVersion or kind, a Kubernetes object, and every Kustomize directory to build (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "pdb-blocks-eviction": {
          description: "Disallow PodDisruptionBudgets that allow no eviction at the minimum replica count of the workloads they select (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "pdb-missing": {
          description: "Require a PodDisruptionBudget for every autoscaled or multi-replica Deployment, StatefulSet and Argo Rollout (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "pdb-no-match": {
          description: "Require the selector of a PodDisruptionBudget to match a pod template in its namespace (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "pdb-overlap": {
          description: "Disallow pods that more than one PodDisruptionBudget selects (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "priority-class-conflict": {
          description: "Disallow PriorityClasses the API server rejects: a second globalDefault, a value above one billion or a reserved system- name (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "priority-class-missing": {
          description: "Require the priorityClassName of a pod template to name a PriorityClass in the set or a built-in system class (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {
                    knownClasses: {
                      type: "array",
                      items: {
                        type: "string"
                      },
                      description: "PriorityClasses the cluster defines outside the linted set (for example by the platform team); pods may name them."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "prometheus-rule-invalid": {
          description: "Require every rule of a PrometheusRule to load in Prometheus: valid PromQL, durations, alert or record, and named, distinct groups (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "quota-exceeded-at-max-scale": {
          description: "Require each ResourceQuota to fit its namespace's workloads at their maximum scale (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {
                    maximumPercent: {
                      type: "number",
                      minimum: 1,
                      maximum: 1e3,
                      description: "Report when the total at maximum scale exceeds this percentage of the hard limit (below 100 keeps headroom)."
                    },
                    includeRolloutSurge: {
                      type: "boolean",
                      description: "Add each Deployment's rolling-update surge (maxSurge, 25 % by default) to its maximum replicas."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "quota-extended-resource-key": {
          description: "Require ResourceQuota keys for extended resources such as nvidia.com/gpu to use the requests. prefix (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "quota-missing-requests": {
          description: "Require containers to set the cpu and memory requests and limits that a ResourceQuota of their namespace constrains (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "requests-exceed-limits": {
          description: "Disallow a container request larger than its limit (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "schema-invalid": {
          description: "Require every object to match the Kubernetes schema of its apiVersion and kind (default: error).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {
                    unknownFields: {
                      type: "boolean",
                      description: "Report fields the schema does not know (strict field validation). Unknown fields of CRDs are warnings: the CRD installed in the cluster may be newer than the schema scaleplan carries."
                    },
                    maxPerObject: {
                      type: "integer",
                      minimum: 1,
                      description: "Most findings reported for one object; the rest show after those are fixed."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "service-no-match": {
          description: "Require a Service's selector to match a pod template in its namespace, and its target ports to be ports those pods declare (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {
                    checkTargetPorts: {
                      type: "boolean",
                      description: "Also check that each targetPort is a port the selected pods declare (by name, or by number when they declare their ports)."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "servicemonitor-no-match": {
          description: "Require a ServiceMonitor or PodMonitor to select Services or pods in the set, and its endpoints to name ports they have (default: warning).",
          oneOf: [
            {
              $ref: "#/definitions/severity"
            },
            {
              type: "object",
              additionalProperties: !1,
              properties: {
                severity: {
                  $ref: "#/definitions/severity"
                },
                options: {
                  type: "object",
                  properties: {},
                  additionalProperties: !1
                }
              }
            }
          ]
        }
      }
    }
  }
};

// src/lint/config/messages.ts
function errorPlace(error) {
  let base = pointerToPath(error.instancePath);
  return error.keyword === "additionalProperties" ? { path: [...base, String(error.params.additionalProperty)], target: "key" } : { path: base, target: "value" };
}
function pickError(errors, root) {
  let relevant = (error) => {
    if (error.keyword === "oneOf" || error.keyword === "anyOf")
      return 0;
    let value = valueAt(root, pointerToPath(error.instancePath)), inBranch = (error.schemaPath ?? "").includes("/oneOf/");
    return error.keyword === "enum" && typeof value == "object" && value !== null ? 1 : error.keyword === "type" && inBranch ? errors.some(
      (other) => other !== error && other.keyword !== "oneOf" && other.keyword !== "type" && other.instancePath.startsWith(error.instancePath)
    ) ? 1 : 2 : 3;
  };
  return [...errors].sort(
    (a, b) => relevant(b) - relevant(a) || pointerToPath(b.instancePath).length - pointerToPath(a.instancePath).length
  )[0] ?? { instancePath: "", keyword: "type", message: "is invalid", params: {} };
}
var SCHEMA_PROPERTIES = config_schema_default.properties, TOP_LEVEL_KEYS = Object.keys(SCHEMA_PROPERTIES), LIMIT_KEYS = Object.keys(SCHEMA_PROPERTIES.limits?.properties ?? {}), REFERENCE_KEYS = Object.keys(SCHEMA_PROPERTIES.references?.properties ?? {});
function ruleOptions() {
  return new Map(
    rules.map((rule) => [rule.id, Object.keys(rule.meta.optionsSchema?.properties ?? {})])
  );
}
function describeError(error, root) {
  let fieldPath = pointerToPath(error.instancePath), where = fieldPath.length === 0 ? "the config" : fieldName(fieldPath), value = valueAt(root, fieldPath), params = error.params, last = fieldPath[fieldPath.length - 1], parent = fieldPath[fieldPath.length - 2];
  switch (error.keyword) {
    case "additionalProperties": {
      let key = String(params.additionalProperty);
      if (fieldPath.length === 0)
        return unknownKey(key, "in the config", TOP_LEVEL_KEYS);
      if (last === "rules") {
        let ids = [...ruleOptions().keys()], suggestion = closestMatch(key, ids);
        return `Unknown rule id "${key}"${didYouMean(suggestion)} Run "scaleplan rules" to list the rules.`;
      }
      if (last === "options" && parent !== void 0) {
        let options = ruleOptions().get(String(parent)) ?? [];
        return options.length === 0 ? `Rule "${String(parent)}" has no options, so "${key}" cannot be set; remove "options".` : unknownKey(key, `for rule "${String(parent)}"`, options, "option");
      }
      return parent === "rules" ? unknownKey(key, `in the settings of rule "${String(last)}"`, [
        "severity",
        "options"
      ]) : last === "limits" ? unknownKey(key, "in limits", LIMIT_KEYS) : last === "references" ? unknownKey(key, "in references", REFERENCE_KEYS) : parent === "overrides" ? unknownKey(key, `in ${where}`, ["files", "rules"]) : unknownKey(key, `in ${where}`, []);
    }
    case "enum": {
      let allowed = params.allowedValues.map(String), suggestion = typeof value == "string" ? closestMatch(value, allowed) : void 0, what = last === "severity" || parent === "rules" ? "a severity" : `one of ${allowed.join(", ")}`;
      return `${where} must be ${what} (${allowed.join(", ")}), not ${describeValue(value)}${didYouMean(suggestion)}`;
    }
    case "type": {
      let expected = describeType(String(params.type));
      return last === "kubeVersion" && typeof value == "number" ? `kubeVersion must be a string such as "1.30", not the number ${String(value)}: YAML reads an unquoted 1.30 as the number 1.3, so quote it.` : parent === "rules" ? `${where} must be a severity (off, info, warning, error) or a map with severity and options, not ${describeValue(value)}.` : last === "extends" ? `extends must be a policy pack ("recommended", "strict"), a config file path, or a list of them, not ${describeValue(value)}.` : fieldPath.length === 0 ? `The config must be a map of settings (${TOP_LEVEL_KEYS.join(", ")}), not ${typeof value == "string" ? "text" : describeValue(value)}.` : params.type === "array" && typeof value == "string" ? `${where} must be a list, not ${JSON.stringify(value)}; write ${fieldName([last ?? ""])}: [${JSON.stringify(value)}].` : `${where} must be ${expected}, not ${describeValue(value)}.`;
    }
    case "pattern":
      return parent === "assumeExternal" ? `${where} must be a namespace (kube-system) or an object as Kind/namespace/name (Service/kube-system/kube-dns), not ${describeValue(value)}.` : last === "kubeVersion" ? `kubeVersion must be a Kubernetes version as "MAJOR.MINOR" (such as "1.30"), not ${describeValue(value)}.` : `${where} does not have the expected form (${String(params.pattern)}).`;
    case "required":
      return parent === "overrides" || typeof last == "number" ? `${where} needs "${String(params.missingProperty)}": the globs of the files this override applies to.` : `${where} needs "${String(params.missingProperty)}".`;
    case "minItems":
      return `${where} must list at least ${String(params.limit)} ${Number(params.limit) === 1 ? "entry" : "entries"}.`;
    case "minimum":
    case "exclusiveMinimum":
      return `${where} must be at least ${String(params.limit)}, not ${describeValue(value)}.`;
    case "maximum":
    case "exclusiveMaximum":
      return `${where} must be at most ${String(params.limit)}, not ${describeValue(value)}.`;
    default:
      return `${where} ${error.message ?? "is invalid"}.`;
  }
}

// src/lint/config/parse.ts
function parseConfigDocument(source) {
  let documents = source.yaml().documents, second = documents[1];
  if (second) {
    let start = second.contents?.range?.[0] ?? second.range?.[0] ?? 0;
    throw new ScaleplanError(
      "CONFIG_INVALID",
      "A config file holds one YAML document; this is a second one. Merge the settings into the first, or name the other file in extends.",
      { file: source.path, ...source.position(start) }
    );
  }
  let document = documents[0];
  if (!document)
    return { config: {}, document: void 0 };
  let firstError = document.errors[0];
  if (firstError) {
    let lastContent = Math.max(0, source.text.trimEnd().length - 1);
    throw new ScaleplanError(
      "CONFIG_INVALID",
      `The config is not valid YAML: ${cleanYamlMessage(firstError.message)}`,
      { file: source.path, ...source.position(Math.min(firstError.pos[0], lastContent)) }
    );
  }
  let value;
  try {
    value = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ScaleplanError(
      "CONFIG_INVALID",
      `The config cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      { file: source.path, line: 1, column: 1 }
    );
  }
  if (!validateConfig(value)) {
    let error = pickError(validateConfig.errors ?? [], value), { path: fieldPath, target } = errorPlace(error);
    throw new ScaleplanError("CONFIG_INVALID", describeError(error, value), {
      ...locate(source, document, fieldPath, target)
    });
  }
  return { config: value, document };
}
function locate(source, document, fieldPath, target) {
  let range = document ? locateInDocument(source, document, fieldPath, target) : void 0, position = range ? source.position(range.start) : { line: 1, column: 1 };
  return { file: source.path, ...position };
}

// src/lint/config/extends.ts
function emptyConfig(baseDirectory) {
  return { baseDirectory, rules: {}, ignore: [], overrides: [] };
}
function resolvePack(name, cwd, chain) {
  let text = POLICY_PACKS[name];
  if (text === void 0)
    throw new Error(`Policy pack "${name}" is not built in.`);
  return resolveText(new SourceFile(`policies/${name}.yaml`, text), cwd, cwd, [
    ...chain,
    `policy pack ${name}`
  ]);
}
function resolveFile(file, cwd, chain) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new ScaleplanError(
      "CONFIG_NOT_FOUND",
      `Cannot read config file ${displayPath(cwd, file)}: ${error.message}`,
      { file: displayPath(cwd, file) }
    );
  }
  let resolved = resolveText(
    new SourceFile(displayPath(cwd, file), text, file),
    path.dirname(file),
    cwd,
    [...chain, file]
  );
  return resolved.file = file, resolved;
}
function isPathReference(name) {
  return name.includes("/") || name.includes(path.sep) || /\.ya?ml$/.test(name);
}
function resolveParent(entry, baseDirectory, cwd, chain) {
  if (!isPathReference(entry.name)) {
    if (POLICY_PACKS[entry.name] === void 0) {
      let packs = Object.keys(POLICY_PACKS).sort(), suggestion = closestMatch(entry.name, packs);
      throw new ScaleplanError(
        "CONFIG_INVALID",
        `Unknown policy pack "${entry.name}" in extends${suggestion ? `; did you mean "${suggestion}"?` : "."} The packs are ${packs.map((pack) => `"${pack}"`).join(" and ")}; a config file is named by its path (./base.yaml).`,
        entry.location
      );
    }
    return resolvePack(entry.name, cwd, chain);
  }
  let target = path.resolve(baseDirectory, entry.name);
  if (chain.includes(target)) {
    let loop = [...chain.slice(chain.indexOf(target)), target].map((file) => file.startsWith("policy pack ") ? file : displayPath(cwd, file)).join(" \u2192 ");
    throw new ScaleplanError(
      "CONFIG_INVALID",
      `Config files extend each other in a loop: ${loop}. Remove one of these extends entries.`,
      entry.location
    );
  }
  if (!fs.existsSync(target))
    throw new ScaleplanError(
      "CONFIG_NOT_FOUND",
      `extends names ${entry.name}, but ${displayPath(cwd, target)} does not exist (paths are relative to the config file that names them).`,
      entry.location
    );
  return confineParent(entry, target, baseDirectory), rebase(resolveFile(target, cwd, chain), baseDirectory);
}
function confineParent(entry, target, baseDirectory) {
  let root = repositoryRoot(baseDirectory), real = fs.realpathSync(target);
  if (!isWithin(root, real))
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `extends names ${entry.name}, which is outside the repository (the nearest directory above the config holding .git, else the config's directory); a config may only extend files inside it.`,
      entry.location
    );
  if (!fs.statSync(real).isFile())
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `extends names ${entry.name}, which is not a regular file; a config may only extend YAML files.`,
      entry.location
    );
}
function resolveText(source, baseDirectory, cwd, chain) {
  let { config, document } = parseConfigDocument(source), parents = config.extends === void 0 ? [] : [config.extends].flat(), resolved = emptyConfig(baseDirectory);
  parents.forEach((name, index) => {
    let where = locate(
      source,
      document,
      Array.isArray(config.extends) ? ["extends", index] : ["extends"],
      "value"
    );
    resolved = merge(resolved, resolveParent({ name, location: where }, baseDirectory, cwd, chain));
  });
  let own = {
    baseDirectory,
    rules: normalizeRules(config.rules),
    ignore: config.ignore ?? [],
    overrides: (config.overrides ?? []).map((override) => ({
      files: override.files,
      rules: normalizeRules(override.rules)
    }))
  };
  config.kubeVersion !== void 0 && (own.kubeVersion = config.kubeVersion), config.namespace !== void 0 && (own.namespace = config.namespace), config.limits !== void 0 && (own.limits = config.limits), config.references !== void 0 && (own.references = config.references);
  let merged = merge(resolved, own);
  return merged.baseDirectory = baseDirectory, merged;
}
function rebase(config, baseDirectory) {
  let prefix = path.relative(baseDirectory, config.baseDirectory).split(path.sep).join("/");
  if (prefix === "")
    return config;
  let move = (pattern) => pattern.startsWith("/") ? pattern : path.posix.join(prefix, pattern);
  return {
    ...config,
    baseDirectory,
    ignore: config.ignore.map(move),
    overrides: config.overrides.map((override) => ({
      ...override,
      files: override.files.map(move)
    }))
  };
}

// src/lint/config/find.ts
function findConfigFile(cwd) {
  let directory = path2.resolve(cwd);
  for (; ; ) {
    for (let name of CONFIG_FILE_NAMES) {
      let candidate = path2.join(directory, name);
      if (fs2.existsSync(candidate))
        return candidate;
    }
    let parent = path2.dirname(directory);
    if (parent === directory)
      return;
    directory = parent;
  }
}
function loadConfig(explicitFile, cwd) {
  let file = explicitFile ? path2.resolve(cwd, explicitFile) : findConfigFile(cwd);
  if (explicitFile && (!file || !fs2.existsSync(file)))
    throw new ScaleplanError("CONFIG_NOT_FOUND", `Config file not found: ${explicitFile}`);
  return file ? resolveFile(file, cwd, []) : { ...resolvePack("recommended", cwd, []), baseDirectory: cwd };
}

export {
  findConfigFile,
  loadConfig
};
