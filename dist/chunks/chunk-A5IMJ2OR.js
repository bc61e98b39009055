import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  merge,
  normalizeRules,
  rules
} from "./chunk-VGU4VOA4.js";
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
} from "./chunk-7WBKUCGO.js";
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
  # An HPA metric no adapter rule serves: the workload never scales on it
  hpa-metric-unserved: error
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
var pattern0 = new RegExp("^v?\\d+\\.\\d+", "u"), pattern1 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$|^([A-Za-z][A-Za-z0-9]*)\\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\/([^/\\s]+)$", "u"), schema12 = { description: "Severity, or {severity, options}, per rule id.", type: "object", additionalProperties: !1, properties: { "deprecated-api": { description: "Disallow apiVersions that are removed at the target Kubernetes version, and warn about deprecated ones (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "duplicate-object": { description: "Disallow two objects with the same kind, namespace and name (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "extended-resource-limits": { description: "Require extended resources such as nvidia.com/gpu to be whole numbers with the limit set and equal to any request (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "gpu-without-placement": { description: "Require pods that request a GPU to tolerate the GPU node taint or to select GPU nodes (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { taintKey: { type: "string", minLength: 1, description: "Key of the taint on GPU nodes (e.g. sku on AKS GPU pools)." }, resourceNames: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: 'Extended resources that mean "this pod needs a GPU node".' }, gpuNodeLabels: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: "More node label keys that select GPU nodes (e.g. node.kubernetes.io/instance-type), besides keys and values containing gpu or accelerator." } }, additionalProperties: !1 } } }] }, "hpa-duplicate-target": { description: "Disallow more than one HorizontalPodAutoscaler or KEDA ScaledObject scaling the same workload (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-metric-unserved": { description: "Require every Pods, Object and External metric of an HPA to be served by a rule of the set's prometheus-adapter configuration (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { dataKeys: { type: "array", items: { type: "string", minLength: 1 }, description: "ConfigMap data keys read as a prometheus-adapter configuration when their content has `rules`, `externalRules` or `resourceRules` (entries a prometheus-adapter container of the set mounts as `--config` are read whatever their key)." } }, additionalProperties: !1 } } }] }, "hpa-min-max": { description: "Require minReplicas to be below maxReplicas on every HorizontalPodAutoscaler (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-min-replicas": { description: "Require HorizontalPodAutoscalers to keep at least two replicas (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { minimum: { type: "integer", minimum: 1, maximum: 1e3, description: "Smallest acceptable minReplicas." } }, additionalProperties: !1 } } }] }, "hpa-missing-requests": { description: "Require a request for the resource on every container an HPA measures by cpu or memory utilization (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-replicas-pinned": { description: "Disallow spec.replicas on a workload that a HorizontalPodAutoscaler or KEDA ScaledObject scales (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-scale-down-too-fast": { description: "Disallow scale-down policies that remove more than half of the replicas within a minute without a long stabilization window (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { maxFraction: { type: "number", minimum: 0, maximum: 1, description: "Largest share of the replicas that may be removed within windowSeconds." }, windowSeconds: { type: "integer", minimum: 15, maximum: 3600, description: "Length of the window the removals are counted over, in seconds." }, stabilizationSeconds: { type: "integer", minimum: 0, maximum: 3600, description: "A scale-down stabilization window at least this long makes fast policies acceptable." } }, additionalProperties: !1 } } }] }, "hpa-scale-down-unstabilized": { description: "Require a scale-down stabilization window of at least a minute on HorizontalPodAutoscalers and KEDA ScaledObjects (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { minimumSeconds: { type: "integer", minimum: 0, maximum: 3600, description: "Smallest acceptable scale-down stabilization window, in seconds." } }, additionalProperties: !1 } } }] }, "hpa-target-missing": { description: "Require the scaleTargetRef of a HorizontalPodAutoscaler or KEDA ScaledObject to name a workload in the set (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-unsupported-resource-metric": { description: "Disallow HPA Resource and ContainerResource metrics on anything but cpu and memory (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-vpa-conflict": { description: "Disallow a VerticalPodAutoscaler that changes the cpu or memory requests an HPA scales the same workload on (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "ingress-backend-missing": { description: "Require every service backend of an Ingress to name a Service in its namespace and a port that Service has (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "missing-requests": { description: "Require every running container to request cpu and memory (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { resources: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: "Resources every container must request." }, includeInitContainers: { type: "boolean", description: "Also require requests on ordinary init containers (native sidecars are always checked)." } }, additionalProperties: !1 } } }] }, "parse-error": { description: "Require every document to be valid YAML and, when it has apiVersion or kind, a Kubernetes object, and every Kustomize directory to build (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-blocks-eviction": { description: "Disallow PodDisruptionBudgets that allow no eviction at the minimum replica count of the workloads they select (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-missing": { description: "Require a PodDisruptionBudget for every autoscaled or multi-replica Deployment, StatefulSet and Argo Rollout (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-no-match": { description: "Require the selector of a PodDisruptionBudget to match a pod template in its namespace (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-overlap": { description: "Disallow pods that more than one PodDisruptionBudget selects (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "priority-class-conflict": { description: "Disallow PriorityClasses the API server rejects: a second globalDefault, a value above one billion or a reserved system- name (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "priority-class-missing": { description: "Require the priorityClassName of a pod template to name a PriorityClass in the set or a built-in system class (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { knownClasses: { type: "array", items: { type: "string" }, description: "PriorityClasses the cluster defines outside the linted set (for example by the platform team); pods may name them." } }, additionalProperties: !1 } } }] }, "prometheus-rule-invalid": { description: "Require every rule of a PrometheusRule to load in Prometheus: valid PromQL, durations, alert or record, and named, distinct groups (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "quota-exceeded-at-max-scale": { description: "Require each ResourceQuota to fit its namespace's workloads at their maximum scale (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { maximumPercent: { type: "number", minimum: 1, maximum: 1e3, description: "Report when the total at maximum scale exceeds this percentage of the hard limit (below 100 keeps headroom)." }, includeRolloutSurge: { type: "boolean", description: "Add each Deployment's rolling-update surge (maxSurge, 25 % by default) to its maximum replicas." } }, additionalProperties: !1 } } }] }, "quota-extended-resource-key": { description: "Require ResourceQuota keys for extended resources such as nvidia.com/gpu to use the requests. prefix (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "quota-missing-requests": { description: "Require containers to set the cpu and memory requests and limits that a ResourceQuota of their namespace constrains (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "requests-exceed-limits": { description: "Disallow a container request larger than its limit (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "schema-invalid": { description: "Require every object to match the Kubernetes schema of its apiVersion and kind (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { unknownFields: { type: "boolean", description: "Report fields the schema does not know (strict field validation). Unknown fields of CRDs are warnings: the CRD installed in the cluster may be newer than the schema scaleplan carries." }, maxPerObject: { type: "integer", minimum: 1, description: "Most findings reported for one object; the rest show after those are fixed." } }, additionalProperties: !1 } } }] }, "service-no-match": { description: "Require a Service's selector to match a pod template in its namespace, and its target ports to be ports those pods declare (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { checkTargetPorts: { type: "boolean", description: "Also check that each targetPort is a port the selected pods declare (by name, or by number when they declare their ports)." } }, additionalProperties: !1 } } }] }, "servicemonitor-no-match": { description: "Require a ServiceMonitor or PodMonitor to select Services or pods in the set, and its endpoints to name ports they have (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] } } }, schema13 = { description: "off, info, warning or error.", enum: ["off", "info", "warning", "error"] }, func2 = Object.prototype.hasOwnProperty, func3 = import_ucs2length.default.default;
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
                  if (data["hpa-metric-unserved"] !== void 0) {
                    let data20 = data["hpa-metric-unserved"], _errs72 = errors, _errs73 = errors, valid26 = !1, passing5 = null, _errs74 = errors;
                    if (!(data20 === "off" || data20 === "info" || data20 === "warning" || data20 === "error")) {
                      let err45 = { instancePath: instancePath + "/hpa-metric-unserved", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                            let err46 = { instancePath: instancePath + "/hpa-metric-unserved", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                            break;
                          }
                        if (_errs78 === errors) {
                          if (data20.severity !== void 0) {
                            let data21 = data20.severity, _errs79 = errors;
                            if (!(data21 === "off" || data21 === "info" || data21 === "warning" || data21 === "error")) {
                              let err47 = { instancePath: instancePath + "/hpa-metric-unserved/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                              vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                            }
                            var valid28 = _errs79 === errors;
                          } else
                            var valid28 = !0;
                          if (valid28)
                            if (data20.options !== void 0) {
                              let data22 = data20.options, _errs81 = errors;
                              if (errors === _errs81)
                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                  let _errs83 = errors;
                                  for (let key12 in data22)
                                    if (key12 !== "dataKeys") {
                                      let err48 = { instancePath: instancePath + "/hpa-metric-unserved/options", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                      vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                                      break;
                                    }
                                  if (_errs83 === errors && data22.dataKeys !== void 0) {
                                    let data23 = data22.dataKeys;
                                    if (errors === errors)
                                      if (Array.isArray(data23)) {
                                        var valid31 = !0;
                                        let len2 = data23.length;
                                        for (let i4 = 0; i4 < len2; i4++) {
                                          let data24 = data23[i4], _errs86 = errors;
                                          if (errors === _errs86)
                                            if (typeof data24 == "string") {
                                              if (func3(data24) < 1) {
                                                let err49 = { instancePath: instancePath + "/hpa-metric-unserved/options/dataKeys/" + i4, schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/properties/dataKeys/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                                              }
                                            } else {
                                              let err50 = { instancePath: instancePath + "/hpa-metric-unserved/options/dataKeys/" + i4, schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/properties/dataKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                              vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                                            }
                                          var valid31 = _errs86 === errors;
                                          if (!valid31)
                                            break;
                                        }
                                      } else {
                                        let err51 = { instancePath: instancePath + "/hpa-metric-unserved/options/dataKeys", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/properties/dataKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                                      }
                                  }
                                } else {
                                  let err52 = { instancePath: instancePath + "/hpa-metric-unserved/options", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                                }
                              var valid28 = _errs81 === errors;
                            } else
                              var valid28 = !0;
                        }
                      } else {
                        let err53 = { instancePath: instancePath + "/hpa-metric-unserved", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                      }
                    var _valid5 = _errs76 === errors;
                    if (_valid5 && valid26 ? (valid26 = !1, passing5 = [passing5, 1]) : _valid5 && (valid26 = !0, passing5 = 1), valid26)
                      errors = _errs73, vErrors !== null && (_errs73 ? vErrors.length = _errs73 : vErrors = null);
                    else {
                      let err54 = { instancePath: instancePath + "/hpa-metric-unserved", schemaPath: "#/properties/hpa-metric-unserved/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                      return vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++, validate11.errors = vErrors, !1;
                    }
                    var valid0 = _errs72 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data["hpa-min-max"] !== void 0) {
                      let data25 = data["hpa-min-max"], _errs88 = errors, _errs89 = errors, valid32 = !1, passing6 = null, _errs90 = errors;
                      if (!(data25 === "off" || data25 === "info" || data25 === "warning" || data25 === "error")) {
                        let err55 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                      }
                      var _valid6 = _errs90 === errors;
                      _valid6 && (valid32 = !0, passing6 = 0);
                      let _errs92 = errors;
                      if (errors === _errs92)
                        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                          let _errs94 = errors;
                          for (let key13 in data25)
                            if (!(key13 === "severity" || key13 === "options")) {
                              let err56 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/properties/hpa-min-max/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                              vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                              break;
                            }
                          if (_errs94 === errors) {
                            if (data25.severity !== void 0) {
                              let data26 = data25.severity, _errs95 = errors;
                              if (!(data26 === "off" || data26 === "info" || data26 === "warning" || data26 === "error")) {
                                let err57 = { instancePath: instancePath + "/hpa-min-max/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                              }
                              var valid34 = _errs95 === errors;
                            } else
                              var valid34 = !0;
                            if (valid34)
                              if (data25.options !== void 0) {
                                let data27 = data25.options, _errs97 = errors;
                                if (errors === _errs97)
                                  if (data27 && typeof data27 == "object" && !Array.isArray(data27))
                                    for (let key14 in data27) {
                                      let err58 = { instancePath: instancePath + "/hpa-min-max/options", schemaPath: "#/properties/hpa-min-max/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                                      vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                                      break;
                                    }
                                  else {
                                    let err59 = { instancePath: instancePath + "/hpa-min-max/options", schemaPath: "#/properties/hpa-min-max/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                                  }
                                var valid34 = _errs97 === errors;
                              } else
                                var valid34 = !0;
                          }
                        } else {
                          let err60 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/properties/hpa-min-max/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                        }
                      var _valid6 = _errs92 === errors;
                      if (_valid6 && valid32 ? (valid32 = !1, passing6 = [passing6, 1]) : _valid6 && (valid32 = !0, passing6 = 1), valid32)
                        errors = _errs89, vErrors !== null && (_errs89 ? vErrors.length = _errs89 : vErrors = null);
                      else {
                        let err61 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/properties/hpa-min-max/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
                        return vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++, validate11.errors = vErrors, !1;
                      }
                      var valid0 = _errs88 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data["hpa-min-replicas"] !== void 0) {
                        let data28 = data["hpa-min-replicas"], _errs100 = errors, _errs101 = errors, valid36 = !1, passing7 = null, _errs102 = errors;
                        if (!(data28 === "off" || data28 === "info" || data28 === "warning" || data28 === "error")) {
                          let err62 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                          vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                        }
                        var _valid7 = _errs102 === errors;
                        _valid7 && (valid36 = !0, passing7 = 0);
                        let _errs104 = errors;
                        if (errors === _errs104)
                          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                            let _errs106 = errors;
                            for (let key15 in data28)
                              if (!(key15 === "severity" || key15 === "options")) {
                                let err63 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                                break;
                              }
                            if (_errs106 === errors) {
                              if (data28.severity !== void 0) {
                                let data29 = data28.severity, _errs107 = errors;
                                if (!(data29 === "off" || data29 === "info" || data29 === "warning" || data29 === "error")) {
                                  let err64 = { instancePath: instancePath + "/hpa-min-replicas/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                  vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                                }
                                var valid38 = _errs107 === errors;
                              } else
                                var valid38 = !0;
                              if (valid38)
                                if (data28.options !== void 0) {
                                  let data30 = data28.options, _errs109 = errors;
                                  if (errors === _errs109)
                                    if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                      let _errs111 = errors;
                                      for (let key16 in data30)
                                        if (key16 !== "minimum") {
                                          let err65 = { instancePath: instancePath + "/hpa-min-replicas/options", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                                          vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                                          break;
                                        }
                                      if (_errs111 === errors && data30.minimum !== void 0) {
                                        let data31 = data30.minimum, _errs112 = errors;
                                        if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
                                          let err66 = { instancePath: instancePath + "/hpa-min-replicas/options/minimum", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/properties/minimum/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                          vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                                        }
                                        if (errors === _errs112 && typeof data31 == "number" && isFinite(data31)) {
                                          if (data31 > 1e3 || isNaN(data31)) {
                                            let err67 = { instancePath: instancePath + "/hpa-min-replicas/options/minimum", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/properties/minimum/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
                                            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                                          } else if (data31 < 1 || isNaN(data31)) {
                                            let err68 = { instancePath: instancePath + "/hpa-min-replicas/options/minimum", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/properties/minimum/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                                          }
                                        }
                                      }
                                    } else {
                                      let err69 = { instancePath: instancePath + "/hpa-min-replicas/options", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                      vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                                    }
                                  var valid38 = _errs109 === errors;
                                } else
                                  var valid38 = !0;
                            }
                          } else {
                            let err70 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                          }
                        var _valid7 = _errs104 === errors;
                        if (_valid7 && valid36 ? (valid36 = !1, passing7 = [passing7, 1]) : _valid7 && (valid36 = !0, passing7 = 1), valid36)
                          errors = _errs101, vErrors !== null && (_errs101 ? vErrors.length = _errs101 : vErrors = null);
                        else {
                          let err71 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/properties/hpa-min-replicas/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
                          return vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++, validate11.errors = vErrors, !1;
                        }
                        var valid0 = _errs100 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data["hpa-missing-requests"] !== void 0) {
                          let data32 = data["hpa-missing-requests"], _errs114 = errors, _errs115 = errors, valid41 = !1, passing8 = null, _errs116 = errors;
                          if (!(data32 === "off" || data32 === "info" || data32 === "warning" || data32 === "error")) {
                            let err72 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                            vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                          }
                          var _valid8 = _errs116 === errors;
                          _valid8 && (valid41 = !0, passing8 = 0);
                          let _errs118 = errors;
                          if (errors === _errs118)
                            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                              let _errs120 = errors;
                              for (let key17 in data32)
                                if (!(key17 === "severity" || key17 === "options")) {
                                  let err73 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                                  vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                                  break;
                                }
                              if (_errs120 === errors) {
                                if (data32.severity !== void 0) {
                                  let data33 = data32.severity, _errs121 = errors;
                                  if (!(data33 === "off" || data33 === "info" || data33 === "warning" || data33 === "error")) {
                                    let err74 = { instancePath: instancePath + "/hpa-missing-requests/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                    vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                                  }
                                  var valid43 = _errs121 === errors;
                                } else
                                  var valid43 = !0;
                                if (valid43)
                                  if (data32.options !== void 0) {
                                    let data34 = data32.options, _errs123 = errors;
                                    if (errors === _errs123)
                                      if (data34 && typeof data34 == "object" && !Array.isArray(data34))
                                        for (let key18 in data34) {
                                          let err75 = { instancePath: instancePath + "/hpa-missing-requests/options", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                                          vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                                          break;
                                        }
                                      else {
                                        let err76 = { instancePath: instancePath + "/hpa-missing-requests/options", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                                      }
                                    var valid43 = _errs123 === errors;
                                  } else
                                    var valid43 = !0;
                              }
                            } else {
                              let err77 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                            }
                          var _valid8 = _errs118 === errors;
                          if (_valid8 && valid41 ? (valid41 = !1, passing8 = [passing8, 1]) : _valid8 && (valid41 = !0, passing8 = 1), valid41)
                            errors = _errs115, vErrors !== null && (_errs115 ? vErrors.length = _errs115 : vErrors = null);
                          else {
                            let err78 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/properties/hpa-missing-requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
                            return vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++, validate11.errors = vErrors, !1;
                          }
                          var valid0 = _errs114 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data["hpa-replicas-pinned"] !== void 0) {
                            let data35 = data["hpa-replicas-pinned"], _errs126 = errors, _errs127 = errors, valid45 = !1, passing9 = null, _errs128 = errors;
                            if (!(data35 === "off" || data35 === "info" || data35 === "warning" || data35 === "error")) {
                              let err79 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                              vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                            }
                            var _valid9 = _errs128 === errors;
                            _valid9 && (valid45 = !0, passing9 = 0);
                            let _errs130 = errors;
                            if (errors === _errs130)
                              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                let _errs132 = errors;
                                for (let key19 in data35)
                                  if (!(key19 === "severity" || key19 === "options")) {
                                    let err80 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                                    break;
                                  }
                                if (_errs132 === errors) {
                                  if (data35.severity !== void 0) {
                                    let data36 = data35.severity, _errs133 = errors;
                                    if (!(data36 === "off" || data36 === "info" || data36 === "warning" || data36 === "error")) {
                                      let err81 = { instancePath: instancePath + "/hpa-replicas-pinned/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                      vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                                    }
                                    var valid47 = _errs133 === errors;
                                  } else
                                    var valid47 = !0;
                                  if (valid47)
                                    if (data35.options !== void 0) {
                                      let data37 = data35.options, _errs135 = errors;
                                      if (errors === _errs135)
                                        if (data37 && typeof data37 == "object" && !Array.isArray(data37))
                                          for (let key20 in data37) {
                                            let err82 = { instancePath: instancePath + "/hpa-replicas-pinned/options", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                                            vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                                            break;
                                          }
                                        else {
                                          let err83 = { instancePath: instancePath + "/hpa-replicas-pinned/options", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                          vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                                        }
                                      var valid47 = _errs135 === errors;
                                    } else
                                      var valid47 = !0;
                                }
                              } else {
                                let err84 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                              }
                            var _valid9 = _errs130 === errors;
                            if (_valid9 && valid45 ? (valid45 = !1, passing9 = [passing9, 1]) : _valid9 && (valid45 = !0, passing9 = 1), valid45)
                              errors = _errs127, vErrors !== null && (_errs127 ? vErrors.length = _errs127 : vErrors = null);
                            else {
                              let err85 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/properties/hpa-replicas-pinned/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
                              return vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++, validate11.errors = vErrors, !1;
                            }
                            var valid0 = _errs126 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data["hpa-scale-down-too-fast"] !== void 0) {
                              let data38 = data["hpa-scale-down-too-fast"], _errs138 = errors, _errs139 = errors, valid49 = !1, passing10 = null, _errs140 = errors;
                              if (!(data38 === "off" || data38 === "info" || data38 === "warning" || data38 === "error")) {
                                let err86 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                              }
                              var _valid10 = _errs140 === errors;
                              _valid10 && (valid49 = !0, passing10 = 0);
                              let _errs142 = errors;
                              if (errors === _errs142)
                                if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                                  let _errs144 = errors;
                                  for (let key21 in data38)
                                    if (!(key21 === "severity" || key21 === "options")) {
                                      let err87 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                                      vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                                      break;
                                    }
                                  if (_errs144 === errors) {
                                    if (data38.severity !== void 0) {
                                      let data39 = data38.severity, _errs145 = errors;
                                      if (!(data39 === "off" || data39 === "info" || data39 === "warning" || data39 === "error")) {
                                        let err88 = { instancePath: instancePath + "/hpa-scale-down-too-fast/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                        vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                                      }
                                      var valid51 = _errs145 === errors;
                                    } else
                                      var valid51 = !0;
                                    if (valid51)
                                      if (data38.options !== void 0) {
                                        let data40 = data38.options, _errs147 = errors;
                                        if (errors === _errs147)
                                          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                            let _errs149 = errors;
                                            for (let key22 in data40)
                                              if (!(key22 === "maxFraction" || key22 === "windowSeconds" || key22 === "stabilizationSeconds")) {
                                                let err89 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                                                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                                                break;
                                              }
                                            if (_errs149 === errors) {
                                              if (data40.maxFraction !== void 0) {
                                                let data41 = data40.maxFraction, _errs150 = errors;
                                                if (errors === _errs150)
                                                  if (typeof data41 == "number" && isFinite(data41)) {
                                                    if (data41 > 1 || isNaN(data41)) {
                                                      let err90 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/maxFraction", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/maxFraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                      vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                                                    } else if (data41 < 0 || isNaN(data41)) {
                                                      let err91 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/maxFraction", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/maxFraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                      vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                                                    }
                                                  } else {
                                                    let err92 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/maxFraction", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/maxFraction/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                    vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                                                  }
                                                var valid53 = _errs150 === errors;
                                              } else
                                                var valid53 = !0;
                                              if (valid53) {
                                                if (data40.windowSeconds !== void 0) {
                                                  let data42 = data40.windowSeconds, _errs152 = errors;
                                                  if (!(typeof data42 == "number" && !(data42 % 1) && !isNaN(data42) && isFinite(data42))) {
                                                    let err93 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/windowSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/windowSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                                                  }
                                                  if (errors === _errs152 && typeof data42 == "number" && isFinite(data42)) {
                                                    if (data42 > 3600 || isNaN(data42)) {
                                                      let err94 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/windowSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/windowSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
                                                      vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                                                    } else if (data42 < 15 || isNaN(data42)) {
                                                      let err95 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/windowSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/windowSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 15 }, message: "must be >= 15" };
                                                      vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                                                    }
                                                  }
                                                  var valid53 = _errs152 === errors;
                                                } else
                                                  var valid53 = !0;
                                                if (valid53)
                                                  if (data40.stabilizationSeconds !== void 0) {
                                                    let data43 = data40.stabilizationSeconds, _errs154 = errors;
                                                    if (!(typeof data43 == "number" && !(data43 % 1) && !isNaN(data43) && isFinite(data43))) {
                                                      let err96 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/stabilizationSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/stabilizationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                      vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                                                    }
                                                    if (errors === _errs154 && typeof data43 == "number" && isFinite(data43)) {
                                                      if (data43 > 3600 || isNaN(data43)) {
                                                        let err97 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/stabilizationSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/stabilizationSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
                                                        vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                                                      } else if (data43 < 0 || isNaN(data43)) {
                                                        let err98 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/stabilizationSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/stabilizationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                        vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                                                      }
                                                    }
                                                    var valid53 = _errs154 === errors;
                                                  } else
                                                    var valid53 = !0;
                                              }
                                            }
                                          } else {
                                            let err99 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                                          }
                                        var valid51 = _errs147 === errors;
                                      } else
                                        var valid51 = !0;
                                  }
                                } else {
                                  let err100 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                                }
                              var _valid10 = _errs142 === errors;
                              if (_valid10 && valid49 ? (valid49 = !1, passing10 = [passing10, 1]) : _valid10 && (valid49 = !0, passing10 = 1), valid49)
                                errors = _errs139, vErrors !== null && (_errs139 ? vErrors.length = _errs139 : vErrors = null);
                              else {
                                let err101 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
                                return vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++, validate11.errors = vErrors, !1;
                              }
                              var valid0 = _errs138 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data["hpa-scale-down-unstabilized"] !== void 0) {
                                let data44 = data["hpa-scale-down-unstabilized"], _errs156 = errors, _errs157 = errors, valid54 = !1, passing11 = null, _errs158 = errors;
                                if (!(data44 === "off" || data44 === "info" || data44 === "warning" || data44 === "error")) {
                                  let err102 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                  vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                                }
                                var _valid11 = _errs158 === errors;
                                _valid11 && (valid54 = !0, passing11 = 0);
                                let _errs160 = errors;
                                if (errors === _errs160)
                                  if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                    let _errs162 = errors;
                                    for (let key23 in data44)
                                      if (!(key23 === "severity" || key23 === "options")) {
                                        let err103 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                                        vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                                        break;
                                      }
                                    if (_errs162 === errors) {
                                      if (data44.severity !== void 0) {
                                        let data45 = data44.severity, _errs163 = errors;
                                        if (!(data45 === "off" || data45 === "info" || data45 === "warning" || data45 === "error")) {
                                          let err104 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                          vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                                        }
                                        var valid56 = _errs163 === errors;
                                      } else
                                        var valid56 = !0;
                                      if (valid56)
                                        if (data44.options !== void 0) {
                                          let data46 = data44.options, _errs165 = errors;
                                          if (errors === _errs165)
                                            if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                              let _errs167 = errors;
                                              for (let key24 in data46)
                                                if (key24 !== "minimumSeconds") {
                                                  let err105 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                                                  vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                                                  break;
                                                }
                                              if (_errs167 === errors && data46.minimumSeconds !== void 0) {
                                                let data47 = data46.minimumSeconds, _errs168 = errors;
                                                if (!(typeof data47 == "number" && !(data47 % 1) && !isNaN(data47) && isFinite(data47))) {
                                                  let err106 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options/minimumSeconds", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/properties/minimumSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                  vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                                                }
                                                if (errors === _errs168 && typeof data47 == "number" && isFinite(data47)) {
                                                  if (data47 > 3600 || isNaN(data47)) {
                                                    let err107 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options/minimumSeconds", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/properties/minimumSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
                                                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                                                  } else if (data47 < 0 || isNaN(data47)) {
                                                    let err108 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options/minimumSeconds", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/properties/minimumSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                    vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                                                  }
                                                }
                                              }
                                            } else {
                                              let err109 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                              vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                                            }
                                          var valid56 = _errs165 === errors;
                                        } else
                                          var valid56 = !0;
                                    }
                                  } else {
                                    let err110 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                                  }
                                var _valid11 = _errs160 === errors;
                                if (_valid11 && valid54 ? (valid54 = !1, passing11 = [passing11, 1]) : _valid11 && (valid54 = !0, passing11 = 1), valid54)
                                  errors = _errs157, vErrors !== null && (_errs157 ? vErrors.length = _errs157 : vErrors = null);
                                else {
                                  let err111 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf" };
                                  return vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++, validate11.errors = vErrors, !1;
                                }
                                var valid0 = _errs156 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0) {
                                if (data["hpa-target-missing"] !== void 0) {
                                  let data48 = data["hpa-target-missing"], _errs170 = errors, _errs171 = errors, valid59 = !1, passing12 = null, _errs172 = errors;
                                  if (!(data48 === "off" || data48 === "info" || data48 === "warning" || data48 === "error")) {
                                    let err112 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                    vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                                  }
                                  var _valid12 = _errs172 === errors;
                                  _valid12 && (valid59 = !0, passing12 = 0);
                                  let _errs174 = errors;
                                  if (errors === _errs174)
                                    if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                                      let _errs176 = errors;
                                      for (let key25 in data48)
                                        if (!(key25 === "severity" || key25 === "options")) {
                                          let err113 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/properties/hpa-target-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                                          vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                                          break;
                                        }
                                      if (_errs176 === errors) {
                                        if (data48.severity !== void 0) {
                                          let data49 = data48.severity, _errs177 = errors;
                                          if (!(data49 === "off" || data49 === "info" || data49 === "warning" || data49 === "error")) {
                                            let err114 = { instancePath: instancePath + "/hpa-target-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                            vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                                          }
                                          var valid61 = _errs177 === errors;
                                        } else
                                          var valid61 = !0;
                                        if (valid61)
                                          if (data48.options !== void 0) {
                                            let data50 = data48.options, _errs179 = errors;
                                            if (errors === _errs179)
                                              if (data50 && typeof data50 == "object" && !Array.isArray(data50))
                                                for (let key26 in data50) {
                                                  let err115 = { instancePath: instancePath + "/hpa-target-missing/options", schemaPath: "#/properties/hpa-target-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                                                  vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                                                  break;
                                                }
                                              else {
                                                let err116 = { instancePath: instancePath + "/hpa-target-missing/options", schemaPath: "#/properties/hpa-target-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                                              }
                                            var valid61 = _errs179 === errors;
                                          } else
                                            var valid61 = !0;
                                      }
                                    } else {
                                      let err117 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/properties/hpa-target-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                      vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                                    }
                                  var _valid12 = _errs174 === errors;
                                  if (_valid12 && valid59 ? (valid59 = !1, passing12 = [passing12, 1]) : _valid12 && (valid59 = !0, passing12 = 1), valid59)
                                    errors = _errs171, vErrors !== null && (_errs171 ? vErrors.length = _errs171 : vErrors = null);
                                  else {
                                    let err118 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/properties/hpa-target-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf" };
                                    return vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++, validate11.errors = vErrors, !1;
                                  }
                                  var valid0 = _errs170 === errors;
                                } else
                                  var valid0 = !0;
                                if (valid0) {
                                  if (data["hpa-unsupported-resource-metric"] !== void 0) {
                                    let data51 = data["hpa-unsupported-resource-metric"], _errs182 = errors, _errs183 = errors, valid63 = !1, passing13 = null, _errs184 = errors;
                                    if (!(data51 === "off" || data51 === "info" || data51 === "warning" || data51 === "error")) {
                                      let err119 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                      vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                                    }
                                    var _valid13 = _errs184 === errors;
                                    _valid13 && (valid63 = !0, passing13 = 0);
                                    let _errs186 = errors;
                                    if (errors === _errs186)
                                      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                        let _errs188 = errors;
                                        for (let key27 in data51)
                                          if (!(key27 === "severity" || key27 === "options")) {
                                            let err120 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                                            vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                                            break;
                                          }
                                        if (_errs188 === errors) {
                                          if (data51.severity !== void 0) {
                                            let data52 = data51.severity, _errs189 = errors;
                                            if (!(data52 === "off" || data52 === "info" || data52 === "warning" || data52 === "error")) {
                                              let err121 = { instancePath: instancePath + "/hpa-unsupported-resource-metric/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                              vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                                            }
                                            var valid65 = _errs189 === errors;
                                          } else
                                            var valid65 = !0;
                                          if (valid65)
                                            if (data51.options !== void 0) {
                                              let data53 = data51.options, _errs191 = errors;
                                              if (errors === _errs191)
                                                if (data53 && typeof data53 == "object" && !Array.isArray(data53))
                                                  for (let key28 in data53) {
                                                    let err122 = { instancePath: instancePath + "/hpa-unsupported-resource-metric/options", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                                                    vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                                                    break;
                                                  }
                                                else {
                                                  let err123 = { instancePath: instancePath + "/hpa-unsupported-resource-metric/options", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                  vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                                                }
                                              var valid65 = _errs191 === errors;
                                            } else
                                              var valid65 = !0;
                                        }
                                      } else {
                                        let err124 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                                      }
                                    var _valid13 = _errs186 === errors;
                                    if (_valid13 && valid63 ? (valid63 = !1, passing13 = [passing13, 1]) : _valid13 && (valid63 = !0, passing13 = 1), valid63)
                                      errors = _errs183, vErrors !== null && (_errs183 ? vErrors.length = _errs183 : vErrors = null);
                                    else {
                                      let err125 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf" };
                                      return vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++, validate11.errors = vErrors, !1;
                                    }
                                    var valid0 = _errs182 === errors;
                                  } else
                                    var valid0 = !0;
                                  if (valid0) {
                                    if (data["hpa-vpa-conflict"] !== void 0) {
                                      let data54 = data["hpa-vpa-conflict"], _errs194 = errors, _errs195 = errors, valid67 = !1, passing14 = null, _errs196 = errors;
                                      if (!(data54 === "off" || data54 === "info" || data54 === "warning" || data54 === "error")) {
                                        let err126 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                        vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                                      }
                                      var _valid14 = _errs196 === errors;
                                      _valid14 && (valid67 = !0, passing14 = 0);
                                      let _errs198 = errors;
                                      if (errors === _errs198)
                                        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                                          let _errs200 = errors;
                                          for (let key29 in data54)
                                            if (!(key29 === "severity" || key29 === "options")) {
                                              let err127 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                                              vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                                              break;
                                            }
                                          if (_errs200 === errors) {
                                            if (data54.severity !== void 0) {
                                              let data55 = data54.severity, _errs201 = errors;
                                              if (!(data55 === "off" || data55 === "info" || data55 === "warning" || data55 === "error")) {
                                                let err128 = { instancePath: instancePath + "/hpa-vpa-conflict/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                                              }
                                              var valid69 = _errs201 === errors;
                                            } else
                                              var valid69 = !0;
                                            if (valid69)
                                              if (data54.options !== void 0) {
                                                let data56 = data54.options, _errs203 = errors;
                                                if (errors === _errs203)
                                                  if (data56 && typeof data56 == "object" && !Array.isArray(data56))
                                                    for (let key30 in data56) {
                                                      let err129 = { instancePath: instancePath + "/hpa-vpa-conflict/options", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                                                      vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                                                      break;
                                                    }
                                                  else {
                                                    let err130 = { instancePath: instancePath + "/hpa-vpa-conflict/options", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                                                  }
                                                var valid69 = _errs203 === errors;
                                              } else
                                                var valid69 = !0;
                                          }
                                        } else {
                                          let err131 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                          vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                                        }
                                      var _valid14 = _errs198 === errors;
                                      if (_valid14 && valid67 ? (valid67 = !1, passing14 = [passing14, 1]) : _valid14 && (valid67 = !0, passing14 = 1), valid67)
                                        errors = _errs195, vErrors !== null && (_errs195 ? vErrors.length = _errs195 : vErrors = null);
                                      else {
                                        let err132 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/properties/hpa-vpa-conflict/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf" };
                                        return vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++, validate11.errors = vErrors, !1;
                                      }
                                      var valid0 = _errs194 === errors;
                                    } else
                                      var valid0 = !0;
                                    if (valid0) {
                                      if (data["ingress-backend-missing"] !== void 0) {
                                        let data57 = data["ingress-backend-missing"], _errs206 = errors, _errs207 = errors, valid71 = !1, passing15 = null, _errs208 = errors;
                                        if (!(data57 === "off" || data57 === "info" || data57 === "warning" || data57 === "error")) {
                                          let err133 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                          vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
                                        }
                                        var _valid15 = _errs208 === errors;
                                        _valid15 && (valid71 = !0, passing15 = 0);
                                        let _errs210 = errors;
                                        if (errors === _errs210)
                                          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                                            let _errs212 = errors;
                                            for (let key31 in data57)
                                              if (!(key31 === "severity" || key31 === "options")) {
                                                let err134 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                                                vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                                                break;
                                              }
                                            if (_errs212 === errors) {
                                              if (data57.severity !== void 0) {
                                                let data58 = data57.severity, _errs213 = errors;
                                                if (!(data58 === "off" || data58 === "info" || data58 === "warning" || data58 === "error")) {
                                                  let err135 = { instancePath: instancePath + "/ingress-backend-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                  vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                                                }
                                                var valid73 = _errs213 === errors;
                                              } else
                                                var valid73 = !0;
                                              if (valid73)
                                                if (data57.options !== void 0) {
                                                  let data59 = data57.options, _errs215 = errors;
                                                  if (errors === _errs215)
                                                    if (data59 && typeof data59 == "object" && !Array.isArray(data59))
                                                      for (let key32 in data59) {
                                                        let err136 = { instancePath: instancePath + "/ingress-backend-missing/options", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                                                        vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                                                        break;
                                                      }
                                                    else {
                                                      let err137 = { instancePath: instancePath + "/ingress-backend-missing/options", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                      vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                                                    }
                                                  var valid73 = _errs215 === errors;
                                                } else
                                                  var valid73 = !0;
                                            }
                                          } else {
                                            let err138 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
                                          }
                                        var _valid15 = _errs210 === errors;
                                        if (_valid15 && valid71 ? (valid71 = !1, passing15 = [passing15, 1]) : _valid15 && (valid71 = !0, passing15 = 1), valid71)
                                          errors = _errs207, vErrors !== null && (_errs207 ? vErrors.length = _errs207 : vErrors = null);
                                        else {
                                          let err139 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/properties/ingress-backend-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf" };
                                          return vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++, validate11.errors = vErrors, !1;
                                        }
                                        var valid0 = _errs206 === errors;
                                      } else
                                        var valid0 = !0;
                                      if (valid0) {
                                        if (data["missing-requests"] !== void 0) {
                                          let data60 = data["missing-requests"], _errs218 = errors, _errs219 = errors, valid75 = !1, passing16 = null, _errs220 = errors;
                                          if (!(data60 === "off" || data60 === "info" || data60 === "warning" || data60 === "error")) {
                                            let err140 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                            vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
                                          }
                                          var _valid16 = _errs220 === errors;
                                          _valid16 && (valid75 = !0, passing16 = 0);
                                          let _errs222 = errors;
                                          if (errors === _errs222)
                                            if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                              let _errs224 = errors;
                                              for (let key33 in data60)
                                                if (!(key33 === "severity" || key33 === "options")) {
                                                  let err141 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/properties/missing-requests/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                                                  vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
                                                  break;
                                                }
                                              if (_errs224 === errors) {
                                                if (data60.severity !== void 0) {
                                                  let data61 = data60.severity, _errs225 = errors;
                                                  if (!(data61 === "off" || data61 === "info" || data61 === "warning" || data61 === "error")) {
                                                    let err142 = { instancePath: instancePath + "/missing-requests/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                    vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                                                  }
                                                  var valid77 = _errs225 === errors;
                                                } else
                                                  var valid77 = !0;
                                                if (valid77)
                                                  if (data60.options !== void 0) {
                                                    let data62 = data60.options, _errs227 = errors;
                                                    if (errors === _errs227)
                                                      if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                                                        let _errs229 = errors;
                                                        for (let key34 in data62)
                                                          if (!(key34 === "resources" || key34 === "includeInitContainers")) {
                                                            let err143 = { instancePath: instancePath + "/missing-requests/options", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                                                            vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
                                                            break;
                                                          }
                                                        if (_errs229 === errors) {
                                                          if (data62.resources !== void 0) {
                                                            let data63 = data62.resources, _errs230 = errors;
                                                            if (errors === _errs230)
                                                              if (Array.isArray(data63)) {
                                                                var valid80 = !0;
                                                                let len3 = data63.length;
                                                                for (let i5 = 0; i5 < len3; i5++) {
                                                                  let data64 = data63[i5], _errs232 = errors;
                                                                  if (errors === _errs232)
                                                                    if (typeof data64 == "string") {
                                                                      if (func3(data64) < 1) {
                                                                        let err144 = { instancePath: instancePath + "/missing-requests/options/resources/" + i5, schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                        vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                                                                      }
                                                                    } else {
                                                                      let err145 = { instancePath: instancePath + "/missing-requests/options/resources/" + i5, schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                      vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
                                                                    }
                                                                  var valid80 = _errs232 === errors;
                                                                  if (!valid80)
                                                                    break;
                                                                }
                                                                if (valid80) {
                                                                  let i6 = data63.length, j2;
                                                                  if (i6 > 1) {
                                                                    let indices2 = {};
                                                                    for (; i6--; ) {
                                                                      let item2 = data63[i6];
                                                                      if (typeof item2 == "string") {
                                                                        if (typeof indices2[item2] == "number") {
                                                                          j2 = indices2[item2];
                                                                          let err146 = { instancePath: instancePath + "/missing-requests/options/resources", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                                                                          vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
                                                                          break;
                                                                        }
                                                                        indices2[item2] = i6;
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              } else {
                                                                let err147 = { instancePath: instancePath + "/missing-requests/options/resources", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                                                              }
                                                            var valid79 = _errs230 === errors;
                                                          } else
                                                            var valid79 = !0;
                                                          if (valid79)
                                                            if (data62.includeInitContainers !== void 0) {
                                                              let _errs234 = errors;
                                                              if (typeof data62.includeInitContainers != "boolean") {
                                                                let err148 = { instancePath: instancePath + "/missing-requests/options/includeInitContainers", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/includeInitContainers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
                                                              }
                                                              var valid79 = _errs234 === errors;
                                                            } else
                                                              var valid79 = !0;
                                                        }
                                                      } else {
                                                        let err149 = { instancePath: instancePath + "/missing-requests/options", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
                                                      }
                                                    var valid77 = _errs227 === errors;
                                                  } else
                                                    var valid77 = !0;
                                              }
                                            } else {
                                              let err150 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/properties/missing-requests/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                              vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
                                            }
                                          var _valid16 = _errs222 === errors;
                                          if (_valid16 && valid75 ? (valid75 = !1, passing16 = [passing16, 1]) : _valid16 && (valid75 = !0, passing16 = 1), valid75)
                                            errors = _errs219, vErrors !== null && (_errs219 ? vErrors.length = _errs219 : vErrors = null);
                                          else {
                                            let err151 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/properties/missing-requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf" };
                                            return vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++, validate11.errors = vErrors, !1;
                                          }
                                          var valid0 = _errs218 === errors;
                                        } else
                                          var valid0 = !0;
                                        if (valid0) {
                                          if (data["parse-error"] !== void 0) {
                                            let data66 = data["parse-error"], _errs236 = errors, _errs237 = errors, valid82 = !1, passing17 = null, _errs238 = errors;
                                            if (!(data66 === "off" || data66 === "info" || data66 === "warning" || data66 === "error")) {
                                              let err152 = { instancePath: instancePath + "/parse-error", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                              vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
                                            }
                                            var _valid17 = _errs238 === errors;
                                            _valid17 && (valid82 = !0, passing17 = 0);
                                            let _errs240 = errors;
                                            if (errors === _errs240)
                                              if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                                                let _errs242 = errors;
                                                for (let key35 in data66)
                                                  if (!(key35 === "severity" || key35 === "options")) {
                                                    let err153 = { instancePath: instancePath + "/parse-error", schemaPath: "#/properties/parse-error/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                                                    vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
                                                    break;
                                                  }
                                                if (_errs242 === errors) {
                                                  if (data66.severity !== void 0) {
                                                    let data67 = data66.severity, _errs243 = errors;
                                                    if (!(data67 === "off" || data67 === "info" || data67 === "warning" || data67 === "error")) {
                                                      let err154 = { instancePath: instancePath + "/parse-error/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                      vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
                                                    }
                                                    var valid84 = _errs243 === errors;
                                                  } else
                                                    var valid84 = !0;
                                                  if (valid84)
                                                    if (data66.options !== void 0) {
                                                      let data68 = data66.options, _errs245 = errors;
                                                      if (errors === _errs245)
                                                        if (data68 && typeof data68 == "object" && !Array.isArray(data68))
                                                          for (let key36 in data68) {
                                                            let err155 = { instancePath: instancePath + "/parse-error/options", schemaPath: "#/properties/parse-error/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                                                            vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
                                                            break;
                                                          }
                                                        else {
                                                          let err156 = { instancePath: instancePath + "/parse-error/options", schemaPath: "#/properties/parse-error/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                          vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
                                                        }
                                                      var valid84 = _errs245 === errors;
                                                    } else
                                                      var valid84 = !0;
                                                }
                                              } else {
                                                let err157 = { instancePath: instancePath + "/parse-error", schemaPath: "#/properties/parse-error/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
                                              }
                                            var _valid17 = _errs240 === errors;
                                            if (_valid17 && valid82 ? (valid82 = !1, passing17 = [passing17, 1]) : _valid17 && (valid82 = !0, passing17 = 1), valid82)
                                              errors = _errs237, vErrors !== null && (_errs237 ? vErrors.length = _errs237 : vErrors = null);
                                            else {
                                              let err158 = { instancePath: instancePath + "/parse-error", schemaPath: "#/properties/parse-error/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf" };
                                              return vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++, validate11.errors = vErrors, !1;
                                            }
                                            var valid0 = _errs236 === errors;
                                          } else
                                            var valid0 = !0;
                                          if (valid0) {
                                            if (data["pdb-blocks-eviction"] !== void 0) {
                                              let data69 = data["pdb-blocks-eviction"], _errs248 = errors, _errs249 = errors, valid86 = !1, passing18 = null, _errs250 = errors;
                                              if (!(data69 === "off" || data69 === "info" || data69 === "warning" || data69 === "error")) {
                                                let err159 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
                                              }
                                              var _valid18 = _errs250 === errors;
                                              _valid18 && (valid86 = !0, passing18 = 0);
                                              let _errs252 = errors;
                                              if (errors === _errs252)
                                                if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                                                  let _errs254 = errors;
                                                  for (let key37 in data69)
                                                    if (!(key37 === "severity" || key37 === "options")) {
                                                      let err160 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                                                      vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                                                      break;
                                                    }
                                                  if (_errs254 === errors) {
                                                    if (data69.severity !== void 0) {
                                                      let data70 = data69.severity, _errs255 = errors;
                                                      if (!(data70 === "off" || data70 === "info" || data70 === "warning" || data70 === "error")) {
                                                        let err161 = { instancePath: instancePath + "/pdb-blocks-eviction/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                        vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
                                                      }
                                                      var valid88 = _errs255 === errors;
                                                    } else
                                                      var valid88 = !0;
                                                    if (valid88)
                                                      if (data69.options !== void 0) {
                                                        let data71 = data69.options, _errs257 = errors;
                                                        if (errors === _errs257)
                                                          if (data71 && typeof data71 == "object" && !Array.isArray(data71))
                                                            for (let key38 in data71) {
                                                              let err162 = { instancePath: instancePath + "/pdb-blocks-eviction/options", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                                                              vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
                                                              break;
                                                            }
                                                          else {
                                                            let err163 = { instancePath: instancePath + "/pdb-blocks-eviction/options", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
                                                          }
                                                        var valid88 = _errs257 === errors;
                                                      } else
                                                        var valid88 = !0;
                                                  }
                                                } else {
                                                  let err164 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                  vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
                                                }
                                              var _valid18 = _errs252 === errors;
                                              if (_valid18 && valid86 ? (valid86 = !1, passing18 = [passing18, 1]) : _valid18 && (valid86 = !0, passing18 = 1), valid86)
                                                errors = _errs249, vErrors !== null && (_errs249 ? vErrors.length = _errs249 : vErrors = null);
                                              else {
                                                let err165 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/properties/pdb-blocks-eviction/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf" };
                                                return vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++, validate11.errors = vErrors, !1;
                                              }
                                              var valid0 = _errs248 === errors;
                                            } else
                                              var valid0 = !0;
                                            if (valid0) {
                                              if (data["pdb-missing"] !== void 0) {
                                                let data72 = data["pdb-missing"], _errs260 = errors, _errs261 = errors, valid90 = !1, passing19 = null, _errs262 = errors;
                                                if (!(data72 === "off" || data72 === "info" || data72 === "warning" || data72 === "error")) {
                                                  let err166 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                  vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
                                                }
                                                var _valid19 = _errs262 === errors;
                                                _valid19 && (valid90 = !0, passing19 = 0);
                                                let _errs264 = errors;
                                                if (errors === _errs264)
                                                  if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                                                    let _errs266 = errors;
                                                    for (let key39 in data72)
                                                      if (!(key39 === "severity" || key39 === "options")) {
                                                        let err167 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/properties/pdb-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                                                        vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
                                                        break;
                                                      }
                                                    if (_errs266 === errors) {
                                                      if (data72.severity !== void 0) {
                                                        let data73 = data72.severity, _errs267 = errors;
                                                        if (!(data73 === "off" || data73 === "info" || data73 === "warning" || data73 === "error")) {
                                                          let err168 = { instancePath: instancePath + "/pdb-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                          vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
                                                        }
                                                        var valid92 = _errs267 === errors;
                                                      } else
                                                        var valid92 = !0;
                                                      if (valid92)
                                                        if (data72.options !== void 0) {
                                                          let data74 = data72.options, _errs269 = errors;
                                                          if (errors === _errs269)
                                                            if (data74 && typeof data74 == "object" && !Array.isArray(data74))
                                                              for (let key40 in data74) {
                                                                let err169 = { instancePath: instancePath + "/pdb-missing/options", schemaPath: "#/properties/pdb-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                                                                vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
                                                                break;
                                                              }
                                                            else {
                                                              let err170 = { instancePath: instancePath + "/pdb-missing/options", schemaPath: "#/properties/pdb-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                              vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
                                                            }
                                                          var valid92 = _errs269 === errors;
                                                        } else
                                                          var valid92 = !0;
                                                    }
                                                  } else {
                                                    let err171 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/properties/pdb-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
                                                  }
                                                var _valid19 = _errs264 === errors;
                                                if (_valid19 && valid90 ? (valid90 = !1, passing19 = [passing19, 1]) : _valid19 && (valid90 = !0, passing19 = 1), valid90)
                                                  errors = _errs261, vErrors !== null && (_errs261 ? vErrors.length = _errs261 : vErrors = null);
                                                else {
                                                  let err172 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/properties/pdb-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf" };
                                                  return vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++, validate11.errors = vErrors, !1;
                                                }
                                                var valid0 = _errs260 === errors;
                                              } else
                                                var valid0 = !0;
                                              if (valid0) {
                                                if (data["pdb-no-match"] !== void 0) {
                                                  let data75 = data["pdb-no-match"], _errs272 = errors, _errs273 = errors, valid94 = !1, passing20 = null, _errs274 = errors;
                                                  if (!(data75 === "off" || data75 === "info" || data75 === "warning" || data75 === "error")) {
                                                    let err173 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                    vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
                                                  }
                                                  var _valid20 = _errs274 === errors;
                                                  _valid20 && (valid94 = !0, passing20 = 0);
                                                  let _errs276 = errors;
                                                  if (errors === _errs276)
                                                    if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                                      let _errs278 = errors;
                                                      for (let key41 in data75)
                                                        if (!(key41 === "severity" || key41 === "options")) {
                                                          let err174 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/properties/pdb-no-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                                                          vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
                                                          break;
                                                        }
                                                      if (_errs278 === errors) {
                                                        if (data75.severity !== void 0) {
                                                          let data76 = data75.severity, _errs279 = errors;
                                                          if (!(data76 === "off" || data76 === "info" || data76 === "warning" || data76 === "error")) {
                                                            let err175 = { instancePath: instancePath + "/pdb-no-match/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                            vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
                                                          }
                                                          var valid96 = _errs279 === errors;
                                                        } else
                                                          var valid96 = !0;
                                                        if (valid96)
                                                          if (data75.options !== void 0) {
                                                            let data77 = data75.options, _errs281 = errors;
                                                            if (errors === _errs281)
                                                              if (data77 && typeof data77 == "object" && !Array.isArray(data77))
                                                                for (let key42 in data77) {
                                                                  let err176 = { instancePath: instancePath + "/pdb-no-match/options", schemaPath: "#/properties/pdb-no-match/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                                                                  vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
                                                                  break;
                                                                }
                                                              else {
                                                                let err177 = { instancePath: instancePath + "/pdb-no-match/options", schemaPath: "#/properties/pdb-no-match/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
                                                              }
                                                            var valid96 = _errs281 === errors;
                                                          } else
                                                            var valid96 = !0;
                                                      }
                                                    } else {
                                                      let err178 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/properties/pdb-no-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                      vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
                                                    }
                                                  var _valid20 = _errs276 === errors;
                                                  if (_valid20 && valid94 ? (valid94 = !1, passing20 = [passing20, 1]) : _valid20 && (valid94 = !0, passing20 = 1), valid94)
                                                    errors = _errs273, vErrors !== null && (_errs273 ? vErrors.length = _errs273 : vErrors = null);
                                                  else {
                                                    let err179 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/properties/pdb-no-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf" };
                                                    return vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++, validate11.errors = vErrors, !1;
                                                  }
                                                  var valid0 = _errs272 === errors;
                                                } else
                                                  var valid0 = !0;
                                                if (valid0) {
                                                  if (data["pdb-overlap"] !== void 0) {
                                                    let data78 = data["pdb-overlap"], _errs284 = errors, _errs285 = errors, valid98 = !1, passing21 = null, _errs286 = errors;
                                                    if (!(data78 === "off" || data78 === "info" || data78 === "warning" || data78 === "error")) {
                                                      let err180 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                      vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
                                                    }
                                                    var _valid21 = _errs286 === errors;
                                                    _valid21 && (valid98 = !0, passing21 = 0);
                                                    let _errs288 = errors;
                                                    if (errors === _errs288)
                                                      if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
                                                        let _errs290 = errors;
                                                        for (let key43 in data78)
                                                          if (!(key43 === "severity" || key43 === "options")) {
                                                            let err181 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/properties/pdb-overlap/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                                                            vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
                                                            break;
                                                          }
                                                        if (_errs290 === errors) {
                                                          if (data78.severity !== void 0) {
                                                            let data79 = data78.severity, _errs291 = errors;
                                                            if (!(data79 === "off" || data79 === "info" || data79 === "warning" || data79 === "error")) {
                                                              let err182 = { instancePath: instancePath + "/pdb-overlap/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                              vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
                                                            }
                                                            var valid100 = _errs291 === errors;
                                                          } else
                                                            var valid100 = !0;
                                                          if (valid100)
                                                            if (data78.options !== void 0) {
                                                              let data80 = data78.options, _errs293 = errors;
                                                              if (errors === _errs293)
                                                                if (data80 && typeof data80 == "object" && !Array.isArray(data80))
                                                                  for (let key44 in data80) {
                                                                    let err183 = { instancePath: instancePath + "/pdb-overlap/options", schemaPath: "#/properties/pdb-overlap/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                                                                    vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
                                                                    break;
                                                                  }
                                                                else {
                                                                  let err184 = { instancePath: instancePath + "/pdb-overlap/options", schemaPath: "#/properties/pdb-overlap/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                  vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
                                                                }
                                                              var valid100 = _errs293 === errors;
                                                            } else
                                                              var valid100 = !0;
                                                        }
                                                      } else {
                                                        let err185 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/properties/pdb-overlap/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
                                                      }
                                                    var _valid21 = _errs288 === errors;
                                                    if (_valid21 && valid98 ? (valid98 = !1, passing21 = [passing21, 1]) : _valid21 && (valid98 = !0, passing21 = 1), valid98)
                                                      errors = _errs285, vErrors !== null && (_errs285 ? vErrors.length = _errs285 : vErrors = null);
                                                    else {
                                                      let err186 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/properties/pdb-overlap/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf" };
                                                      return vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++, validate11.errors = vErrors, !1;
                                                    }
                                                    var valid0 = _errs284 === errors;
                                                  } else
                                                    var valid0 = !0;
                                                  if (valid0) {
                                                    if (data["priority-class-conflict"] !== void 0) {
                                                      let data81 = data["priority-class-conflict"], _errs296 = errors, _errs297 = errors, valid102 = !1, passing22 = null, _errs298 = errors;
                                                      if (!(data81 === "off" || data81 === "info" || data81 === "warning" || data81 === "error")) {
                                                        let err187 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                        vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
                                                      }
                                                      var _valid22 = _errs298 === errors;
                                                      _valid22 && (valid102 = !0, passing22 = 0);
                                                      let _errs300 = errors;
                                                      if (errors === _errs300)
                                                        if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                                                          let _errs302 = errors;
                                                          for (let key45 in data81)
                                                            if (!(key45 === "severity" || key45 === "options")) {
                                                              let err188 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/properties/priority-class-conflict/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
                                                              vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
                                                              break;
                                                            }
                                                          if (_errs302 === errors) {
                                                            if (data81.severity !== void 0) {
                                                              let data82 = data81.severity, _errs303 = errors;
                                                              if (!(data82 === "off" || data82 === "info" || data82 === "warning" || data82 === "error")) {
                                                                let err189 = { instancePath: instancePath + "/priority-class-conflict/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
                                                              }
                                                              var valid104 = _errs303 === errors;
                                                            } else
                                                              var valid104 = !0;
                                                            if (valid104)
                                                              if (data81.options !== void 0) {
                                                                let data83 = data81.options, _errs305 = errors;
                                                                if (errors === _errs305)
                                                                  if (data83 && typeof data83 == "object" && !Array.isArray(data83))
                                                                    for (let key46 in data83) {
                                                                      let err190 = { instancePath: instancePath + "/priority-class-conflict/options", schemaPath: "#/properties/priority-class-conflict/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
                                                                      vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
                                                                      break;
                                                                    }
                                                                  else {
                                                                    let err191 = { instancePath: instancePath + "/priority-class-conflict/options", schemaPath: "#/properties/priority-class-conflict/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                    vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
                                                                  }
                                                                var valid104 = _errs305 === errors;
                                                              } else
                                                                var valid104 = !0;
                                                          }
                                                        } else {
                                                          let err192 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/properties/priority-class-conflict/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                          vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
                                                        }
                                                      var _valid22 = _errs300 === errors;
                                                      if (_valid22 && valid102 ? (valid102 = !1, passing22 = [passing22, 1]) : _valid22 && (valid102 = !0, passing22 = 1), valid102)
                                                        errors = _errs297, vErrors !== null && (_errs297 ? vErrors.length = _errs297 : vErrors = null);
                                                      else {
                                                        let err193 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/properties/priority-class-conflict/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf" };
                                                        return vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++, validate11.errors = vErrors, !1;
                                                      }
                                                      var valid0 = _errs296 === errors;
                                                    } else
                                                      var valid0 = !0;
                                                    if (valid0) {
                                                      if (data["priority-class-missing"] !== void 0) {
                                                        let data84 = data["priority-class-missing"], _errs308 = errors, _errs309 = errors, valid106 = !1, passing23 = null, _errs310 = errors;
                                                        if (!(data84 === "off" || data84 === "info" || data84 === "warning" || data84 === "error")) {
                                                          let err194 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                          vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
                                                        }
                                                        var _valid23 = _errs310 === errors;
                                                        _valid23 && (valid106 = !0, passing23 = 0);
                                                        let _errs312 = errors;
                                                        if (errors === _errs312)
                                                          if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                                                            let _errs314 = errors;
                                                            for (let key47 in data84)
                                                              if (!(key47 === "severity" || key47 === "options")) {
                                                                let err195 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/properties/priority-class-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties" };
                                                                vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
                                                                break;
                                                              }
                                                            if (_errs314 === errors) {
                                                              if (data84.severity !== void 0) {
                                                                let data85 = data84.severity, _errs315 = errors;
                                                                if (!(data85 === "off" || data85 === "info" || data85 === "warning" || data85 === "error")) {
                                                                  let err196 = { instancePath: instancePath + "/priority-class-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                  vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
                                                                }
                                                                var valid108 = _errs315 === errors;
                                                              } else
                                                                var valid108 = !0;
                                                              if (valid108)
                                                                if (data84.options !== void 0) {
                                                                  let data86 = data84.options, _errs317 = errors;
                                                                  if (errors === _errs317)
                                                                    if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                                                      let _errs319 = errors;
                                                                      for (let key48 in data86)
                                                                        if (key48 !== "knownClasses") {
                                                                          let err197 = { instancePath: instancePath + "/priority-class-missing/options", schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties" };
                                                                          vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
                                                                          break;
                                                                        }
                                                                      if (_errs319 === errors && data86.knownClasses !== void 0) {
                                                                        let data87 = data86.knownClasses;
                                                                        if (errors === errors)
                                                                          if (Array.isArray(data87)) {
                                                                            var valid111 = !0;
                                                                            let len4 = data87.length;
                                                                            for (let i7 = 0; i7 < len4; i7++) {
                                                                              let _errs322 = errors;
                                                                              if (typeof data87[i7] != "string") {
                                                                                let err198 = { instancePath: instancePath + "/priority-class-missing/options/knownClasses/" + i7, schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/properties/knownClasses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
                                                                              }
                                                                              var valid111 = _errs322 === errors;
                                                                              if (!valid111)
                                                                                break;
                                                                            }
                                                                          } else {
                                                                            let err199 = { instancePath: instancePath + "/priority-class-missing/options/knownClasses", schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/properties/knownClasses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                            vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
                                                                          }
                                                                      }
                                                                    } else {
                                                                      let err200 = { instancePath: instancePath + "/priority-class-missing/options", schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                      vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
                                                                    }
                                                                  var valid108 = _errs317 === errors;
                                                                } else
                                                                  var valid108 = !0;
                                                            }
                                                          } else {
                                                            let err201 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/properties/priority-class-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
                                                          }
                                                        var _valid23 = _errs312 === errors;
                                                        if (_valid23 && valid106 ? (valid106 = !1, passing23 = [passing23, 1]) : _valid23 && (valid106 = !0, passing23 = 1), valid106)
                                                          errors = _errs309, vErrors !== null && (_errs309 ? vErrors.length = _errs309 : vErrors = null);
                                                        else {
                                                          let err202 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/properties/priority-class-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf" };
                                                          return vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++, validate11.errors = vErrors, !1;
                                                        }
                                                        var valid0 = _errs308 === errors;
                                                      } else
                                                        var valid0 = !0;
                                                      if (valid0) {
                                                        if (data["prometheus-rule-invalid"] !== void 0) {
                                                          let data89 = data["prometheus-rule-invalid"], _errs324 = errors, _errs325 = errors, valid112 = !1, passing24 = null, _errs326 = errors;
                                                          if (!(data89 === "off" || data89 === "info" || data89 === "warning" || data89 === "error")) {
                                                            let err203 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                            vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
                                                          }
                                                          var _valid24 = _errs326 === errors;
                                                          _valid24 && (valid112 = !0, passing24 = 0);
                                                          let _errs328 = errors;
                                                          if (errors === _errs328)
                                                            if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
                                                              let _errs330 = errors;
                                                              for (let key49 in data89)
                                                                if (!(key49 === "severity" || key49 === "options")) {
                                                                  let err204 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties" };
                                                                  vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
                                                                  break;
                                                                }
                                                              if (_errs330 === errors) {
                                                                if (data89.severity !== void 0) {
                                                                  let data90 = data89.severity, _errs331 = errors;
                                                                  if (!(data90 === "off" || data90 === "info" || data90 === "warning" || data90 === "error")) {
                                                                    let err205 = { instancePath: instancePath + "/prometheus-rule-invalid/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                    vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
                                                                  }
                                                                  var valid114 = _errs331 === errors;
                                                                } else
                                                                  var valid114 = !0;
                                                                if (valid114)
                                                                  if (data89.options !== void 0) {
                                                                    let data91 = data89.options, _errs333 = errors;
                                                                    if (errors === _errs333)
                                                                      if (data91 && typeof data91 == "object" && !Array.isArray(data91))
                                                                        for (let key50 in data91) {
                                                                          let err206 = { instancePath: instancePath + "/prometheus-rule-invalid/options", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties" };
                                                                          vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
                                                                          break;
                                                                        }
                                                                      else {
                                                                        let err207 = { instancePath: instancePath + "/prometheus-rule-invalid/options", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                        vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
                                                                      }
                                                                    var valid114 = _errs333 === errors;
                                                                  } else
                                                                    var valid114 = !0;
                                                              }
                                                            } else {
                                                              let err208 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                              vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
                                                            }
                                                          var _valid24 = _errs328 === errors;
                                                          if (_valid24 && valid112 ? (valid112 = !1, passing24 = [passing24, 1]) : _valid24 && (valid112 = !0, passing24 = 1), valid112)
                                                            errors = _errs325, vErrors !== null && (_errs325 ? vErrors.length = _errs325 : vErrors = null);
                                                          else {
                                                            let err209 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/properties/prometheus-rule-invalid/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf" };
                                                            return vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++, validate11.errors = vErrors, !1;
                                                          }
                                                          var valid0 = _errs324 === errors;
                                                        } else
                                                          var valid0 = !0;
                                                        if (valid0) {
                                                          if (data["quota-exceeded-at-max-scale"] !== void 0) {
                                                            let data92 = data["quota-exceeded-at-max-scale"], _errs336 = errors, _errs337 = errors, valid116 = !1, passing25 = null, _errs338 = errors;
                                                            if (!(data92 === "off" || data92 === "info" || data92 === "warning" || data92 === "error")) {
                                                              let err210 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                              vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
                                                            }
                                                            var _valid25 = _errs338 === errors;
                                                            _valid25 && (valid116 = !0, passing25 = 0);
                                                            let _errs340 = errors;
                                                            if (errors === _errs340)
                                                              if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                                                                let _errs342 = errors;
                                                                for (let key51 in data92)
                                                                  if (!(key51 === "severity" || key51 === "options")) {
                                                                    let err211 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties" };
                                                                    vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
                                                                    break;
                                                                  }
                                                                if (_errs342 === errors) {
                                                                  if (data92.severity !== void 0) {
                                                                    let data93 = data92.severity, _errs343 = errors;
                                                                    if (!(data93 === "off" || data93 === "info" || data93 === "warning" || data93 === "error")) {
                                                                      let err212 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                      vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
                                                                    }
                                                                    var valid118 = _errs343 === errors;
                                                                  } else
                                                                    var valid118 = !0;
                                                                  if (valid118)
                                                                    if (data92.options !== void 0) {
                                                                      let data94 = data92.options, _errs345 = errors;
                                                                      if (errors === _errs345)
                                                                        if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                                                                          let _errs347 = errors;
                                                                          for (let key52 in data94)
                                                                            if (!(key52 === "maximumPercent" || key52 === "includeRolloutSurge")) {
                                                                              let err213 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties" };
                                                                              vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
                                                                              break;
                                                                            }
                                                                          if (_errs347 === errors) {
                                                                            if (data94.maximumPercent !== void 0) {
                                                                              let data95 = data94.maximumPercent, _errs348 = errors;
                                                                              if (errors === _errs348)
                                                                                if (typeof data95 == "number" && isFinite(data95)) {
                                                                                  if (data95 > 1e3 || isNaN(data95)) {
                                                                                    let err214 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/maximumPercent", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/maximumPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
                                                                                    vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
                                                                                  } else if (data95 < 1 || isNaN(data95)) {
                                                                                    let err215 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/maximumPercent", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/maximumPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                                    vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
                                                                                  }
                                                                                } else {
                                                                                  let err216 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/maximumPercent", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/maximumPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                  vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
                                                                                }
                                                                              var valid120 = _errs348 === errors;
                                                                            } else
                                                                              var valid120 = !0;
                                                                            if (valid120)
                                                                              if (data94.includeRolloutSurge !== void 0) {
                                                                                let _errs350 = errors;
                                                                                if (typeof data94.includeRolloutSurge != "boolean") {
                                                                                  let err217 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/includeRolloutSurge", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/includeRolloutSurge/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                  vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
                                                                                }
                                                                                var valid120 = _errs350 === errors;
                                                                              } else
                                                                                var valid120 = !0;
                                                                          }
                                                                        } else {
                                                                          let err218 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                          vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
                                                                        }
                                                                      var valid118 = _errs345 === errors;
                                                                    } else
                                                                      var valid118 = !0;
                                                                }
                                                              } else {
                                                                let err219 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
                                                              }
                                                            var _valid25 = _errs340 === errors;
                                                            if (_valid25 && valid116 ? (valid116 = !1, passing25 = [passing25, 1]) : _valid25 && (valid116 = !0, passing25 = 1), valid116)
                                                              errors = _errs337, vErrors !== null && (_errs337 ? vErrors.length = _errs337 : vErrors = null);
                                                            else {
                                                              let err220 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf" };
                                                              return vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++, validate11.errors = vErrors, !1;
                                                            }
                                                            var valid0 = _errs336 === errors;
                                                          } else
                                                            var valid0 = !0;
                                                          if (valid0) {
                                                            if (data["quota-extended-resource-key"] !== void 0) {
                                                              let data97 = data["quota-extended-resource-key"], _errs352 = errors, _errs353 = errors, valid121 = !1, passing26 = null, _errs354 = errors;
                                                              if (!(data97 === "off" || data97 === "info" || data97 === "warning" || data97 === "error")) {
                                                                let err221 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
                                                              }
                                                              var _valid26 = _errs354 === errors;
                                                              _valid26 && (valid121 = !0, passing26 = 0);
                                                              let _errs356 = errors;
                                                              if (errors === _errs356)
                                                                if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                                                                  let _errs358 = errors;
                                                                  for (let key53 in data97)
                                                                    if (!(key53 === "severity" || key53 === "options")) {
                                                                      let err222 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties" };
                                                                      vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
                                                                      break;
                                                                    }
                                                                  if (_errs358 === errors) {
                                                                    if (data97.severity !== void 0) {
                                                                      let data98 = data97.severity, _errs359 = errors;
                                                                      if (!(data98 === "off" || data98 === "info" || data98 === "warning" || data98 === "error")) {
                                                                        let err223 = { instancePath: instancePath + "/quota-extended-resource-key/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                        vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++;
                                                                      }
                                                                      var valid123 = _errs359 === errors;
                                                                    } else
                                                                      var valid123 = !0;
                                                                    if (valid123)
                                                                      if (data97.options !== void 0) {
                                                                        let data99 = data97.options, _errs361 = errors;
                                                                        if (errors === _errs361)
                                                                          if (data99 && typeof data99 == "object" && !Array.isArray(data99))
                                                                            for (let key54 in data99) {
                                                                              let err224 = { instancePath: instancePath + "/quota-extended-resource-key/options", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties" };
                                                                              vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++;
                                                                              break;
                                                                            }
                                                                          else {
                                                                            let err225 = { instancePath: instancePath + "/quota-extended-resource-key/options", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                            vErrors === null ? vErrors = [err225] : vErrors.push(err225), errors++;
                                                                          }
                                                                        var valid123 = _errs361 === errors;
                                                                      } else
                                                                        var valid123 = !0;
                                                                  }
                                                                } else {
                                                                  let err226 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                  vErrors === null ? vErrors = [err226] : vErrors.push(err226), errors++;
                                                                }
                                                              var _valid26 = _errs356 === errors;
                                                              if (_valid26 && valid121 ? (valid121 = !1, passing26 = [passing26, 1]) : _valid26 && (valid121 = !0, passing26 = 1), valid121)
                                                                errors = _errs353, vErrors !== null && (_errs353 ? vErrors.length = _errs353 : vErrors = null);
                                                              else {
                                                                let err227 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/properties/quota-extended-resource-key/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf" };
                                                                return vErrors === null ? vErrors = [err227] : vErrors.push(err227), errors++, validate11.errors = vErrors, !1;
                                                              }
                                                              var valid0 = _errs352 === errors;
                                                            } else
                                                              var valid0 = !0;
                                                            if (valid0) {
                                                              if (data["quota-missing-requests"] !== void 0) {
                                                                let data100 = data["quota-missing-requests"], _errs364 = errors, _errs365 = errors, valid125 = !1, passing27 = null, _errs366 = errors;
                                                                if (!(data100 === "off" || data100 === "info" || data100 === "warning" || data100 === "error")) {
                                                                  let err228 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                  vErrors === null ? vErrors = [err228] : vErrors.push(err228), errors++;
                                                                }
                                                                var _valid27 = _errs366 === errors;
                                                                _valid27 && (valid125 = !0, passing27 = 0);
                                                                let _errs368 = errors;
                                                                if (errors === _errs368)
                                                                  if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                                                    let _errs370 = errors;
                                                                    for (let key55 in data100)
                                                                      if (!(key55 === "severity" || key55 === "options")) {
                                                                        let err229 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/properties/quota-missing-requests/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties" };
                                                                        vErrors === null ? vErrors = [err229] : vErrors.push(err229), errors++;
                                                                        break;
                                                                      }
                                                                    if (_errs370 === errors) {
                                                                      if (data100.severity !== void 0) {
                                                                        let data101 = data100.severity, _errs371 = errors;
                                                                        if (!(data101 === "off" || data101 === "info" || data101 === "warning" || data101 === "error")) {
                                                                          let err230 = { instancePath: instancePath + "/quota-missing-requests/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                          vErrors === null ? vErrors = [err230] : vErrors.push(err230), errors++;
                                                                        }
                                                                        var valid127 = _errs371 === errors;
                                                                      } else
                                                                        var valid127 = !0;
                                                                      if (valid127)
                                                                        if (data100.options !== void 0) {
                                                                          let data102 = data100.options, _errs373 = errors;
                                                                          if (errors === _errs373)
                                                                            if (data102 && typeof data102 == "object" && !Array.isArray(data102))
                                                                              for (let key56 in data102) {
                                                                                let err231 = { instancePath: instancePath + "/quota-missing-requests/options", schemaPath: "#/properties/quota-missing-requests/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties" };
                                                                                vErrors === null ? vErrors = [err231] : vErrors.push(err231), errors++;
                                                                                break;
                                                                              }
                                                                            else {
                                                                              let err232 = { instancePath: instancePath + "/quota-missing-requests/options", schemaPath: "#/properties/quota-missing-requests/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                              vErrors === null ? vErrors = [err232] : vErrors.push(err232), errors++;
                                                                            }
                                                                          var valid127 = _errs373 === errors;
                                                                        } else
                                                                          var valid127 = !0;
                                                                    }
                                                                  } else {
                                                                    let err233 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/properties/quota-missing-requests/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                    vErrors === null ? vErrors = [err233] : vErrors.push(err233), errors++;
                                                                  }
                                                                var _valid27 = _errs368 === errors;
                                                                if (_valid27 && valid125 ? (valid125 = !1, passing27 = [passing27, 1]) : _valid27 && (valid125 = !0, passing27 = 1), valid125)
                                                                  errors = _errs365, vErrors !== null && (_errs365 ? vErrors.length = _errs365 : vErrors = null);
                                                                else {
                                                                  let err234 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/properties/quota-missing-requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing27 }, message: "must match exactly one schema in oneOf" };
                                                                  return vErrors === null ? vErrors = [err234] : vErrors.push(err234), errors++, validate11.errors = vErrors, !1;
                                                                }
                                                                var valid0 = _errs364 === errors;
                                                              } else
                                                                var valid0 = !0;
                                                              if (valid0) {
                                                                if (data["requests-exceed-limits"] !== void 0) {
                                                                  let data103 = data["requests-exceed-limits"], _errs376 = errors, _errs377 = errors, valid129 = !1, passing28 = null, _errs378 = errors;
                                                                  if (!(data103 === "off" || data103 === "info" || data103 === "warning" || data103 === "error")) {
                                                                    let err235 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                    vErrors === null ? vErrors = [err235] : vErrors.push(err235), errors++;
                                                                  }
                                                                  var _valid28 = _errs378 === errors;
                                                                  _valid28 && (valid129 = !0, passing28 = 0);
                                                                  let _errs380 = errors;
                                                                  if (errors === _errs380)
                                                                    if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                                                                      let _errs382 = errors;
                                                                      for (let key57 in data103)
                                                                        if (!(key57 === "severity" || key57 === "options")) {
                                                                          let err236 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties" };
                                                                          vErrors === null ? vErrors = [err236] : vErrors.push(err236), errors++;
                                                                          break;
                                                                        }
                                                                      if (_errs382 === errors) {
                                                                        if (data103.severity !== void 0) {
                                                                          let data104 = data103.severity, _errs383 = errors;
                                                                          if (!(data104 === "off" || data104 === "info" || data104 === "warning" || data104 === "error")) {
                                                                            let err237 = { instancePath: instancePath + "/requests-exceed-limits/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                            vErrors === null ? vErrors = [err237] : vErrors.push(err237), errors++;
                                                                          }
                                                                          var valid131 = _errs383 === errors;
                                                                        } else
                                                                          var valid131 = !0;
                                                                        if (valid131)
                                                                          if (data103.options !== void 0) {
                                                                            let data105 = data103.options, _errs385 = errors;
                                                                            if (errors === _errs385)
                                                                              if (data105 && typeof data105 == "object" && !Array.isArray(data105))
                                                                                for (let key58 in data105) {
                                                                                  let err238 = { instancePath: instancePath + "/requests-exceed-limits/options", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties" };
                                                                                  vErrors === null ? vErrors = [err238] : vErrors.push(err238), errors++;
                                                                                  break;
                                                                                }
                                                                              else {
                                                                                let err239 = { instancePath: instancePath + "/requests-exceed-limits/options", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                vErrors === null ? vErrors = [err239] : vErrors.push(err239), errors++;
                                                                              }
                                                                            var valid131 = _errs385 === errors;
                                                                          } else
                                                                            var valid131 = !0;
                                                                      }
                                                                    } else {
                                                                      let err240 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                      vErrors === null ? vErrors = [err240] : vErrors.push(err240), errors++;
                                                                    }
                                                                  var _valid28 = _errs380 === errors;
                                                                  if (_valid28 && valid129 ? (valid129 = !1, passing28 = [passing28, 1]) : _valid28 && (valid129 = !0, passing28 = 1), valid129)
                                                                    errors = _errs377, vErrors !== null && (_errs377 ? vErrors.length = _errs377 : vErrors = null);
                                                                  else {
                                                                    let err241 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/properties/requests-exceed-limits/oneOf", keyword: "oneOf", params: { passingSchemas: passing28 }, message: "must match exactly one schema in oneOf" };
                                                                    return vErrors === null ? vErrors = [err241] : vErrors.push(err241), errors++, validate11.errors = vErrors, !1;
                                                                  }
                                                                  var valid0 = _errs376 === errors;
                                                                } else
                                                                  var valid0 = !0;
                                                                if (valid0) {
                                                                  if (data["schema-invalid"] !== void 0) {
                                                                    let data106 = data["schema-invalid"], _errs388 = errors, _errs389 = errors, valid133 = !1, passing29 = null, _errs390 = errors;
                                                                    if (!(data106 === "off" || data106 === "info" || data106 === "warning" || data106 === "error")) {
                                                                      let err242 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                      vErrors === null ? vErrors = [err242] : vErrors.push(err242), errors++;
                                                                    }
                                                                    var _valid29 = _errs390 === errors;
                                                                    _valid29 && (valid133 = !0, passing29 = 0);
                                                                    let _errs392 = errors;
                                                                    if (errors === _errs392)
                                                                      if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
                                                                        let _errs394 = errors;
                                                                        for (let key59 in data106)
                                                                          if (!(key59 === "severity" || key59 === "options")) {
                                                                            let err243 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/properties/schema-invalid/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties" };
                                                                            vErrors === null ? vErrors = [err243] : vErrors.push(err243), errors++;
                                                                            break;
                                                                          }
                                                                        if (_errs394 === errors) {
                                                                          if (data106.severity !== void 0) {
                                                                            let data107 = data106.severity, _errs395 = errors;
                                                                            if (!(data107 === "off" || data107 === "info" || data107 === "warning" || data107 === "error")) {
                                                                              let err244 = { instancePath: instancePath + "/schema-invalid/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                              vErrors === null ? vErrors = [err244] : vErrors.push(err244), errors++;
                                                                            }
                                                                            var valid135 = _errs395 === errors;
                                                                          } else
                                                                            var valid135 = !0;
                                                                          if (valid135)
                                                                            if (data106.options !== void 0) {
                                                                              let data108 = data106.options, _errs397 = errors;
                                                                              if (errors === _errs397)
                                                                                if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
                                                                                  let _errs399 = errors;
                                                                                  for (let key60 in data108)
                                                                                    if (!(key60 === "unknownFields" || key60 === "maxPerObject")) {
                                                                                      let err245 = { instancePath: instancePath + "/schema-invalid/options", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties" };
                                                                                      vErrors === null ? vErrors = [err245] : vErrors.push(err245), errors++;
                                                                                      break;
                                                                                    }
                                                                                  if (_errs399 === errors) {
                                                                                    if (data108.unknownFields !== void 0) {
                                                                                      let _errs400 = errors;
                                                                                      if (typeof data108.unknownFields != "boolean") {
                                                                                        let err246 = { instancePath: instancePath + "/schema-invalid/options/unknownFields", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/properties/unknownFields/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                        vErrors === null ? vErrors = [err246] : vErrors.push(err246), errors++;
                                                                                      }
                                                                                      var valid137 = _errs400 === errors;
                                                                                    } else
                                                                                      var valid137 = !0;
                                                                                    if (valid137)
                                                                                      if (data108.maxPerObject !== void 0) {
                                                                                        let data110 = data108.maxPerObject, _errs402 = errors;
                                                                                        if (!(typeof data110 == "number" && !(data110 % 1) && !isNaN(data110) && isFinite(data110))) {
                                                                                          let err247 = { instancePath: instancePath + "/schema-invalid/options/maxPerObject", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/properties/maxPerObject/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                          vErrors === null ? vErrors = [err247] : vErrors.push(err247), errors++;
                                                                                        }
                                                                                        if (errors === _errs402 && typeof data110 == "number" && isFinite(data110) && (data110 < 1 || isNaN(data110))) {
                                                                                          let err248 = { instancePath: instancePath + "/schema-invalid/options/maxPerObject", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/properties/maxPerObject/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                                          vErrors === null ? vErrors = [err248] : vErrors.push(err248), errors++;
                                                                                        }
                                                                                        var valid137 = _errs402 === errors;
                                                                                      } else
                                                                                        var valid137 = !0;
                                                                                  }
                                                                                } else {
                                                                                  let err249 = { instancePath: instancePath + "/schema-invalid/options", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                  vErrors === null ? vErrors = [err249] : vErrors.push(err249), errors++;
                                                                                }
                                                                              var valid135 = _errs397 === errors;
                                                                            } else
                                                                              var valid135 = !0;
                                                                        }
                                                                      } else {
                                                                        let err250 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/properties/schema-invalid/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                        vErrors === null ? vErrors = [err250] : vErrors.push(err250), errors++;
                                                                      }
                                                                    var _valid29 = _errs392 === errors;
                                                                    if (_valid29 && valid133 ? (valid133 = !1, passing29 = [passing29, 1]) : _valid29 && (valid133 = !0, passing29 = 1), valid133)
                                                                      errors = _errs389, vErrors !== null && (_errs389 ? vErrors.length = _errs389 : vErrors = null);
                                                                    else {
                                                                      let err251 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/properties/schema-invalid/oneOf", keyword: "oneOf", params: { passingSchemas: passing29 }, message: "must match exactly one schema in oneOf" };
                                                                      return vErrors === null ? vErrors = [err251] : vErrors.push(err251), errors++, validate11.errors = vErrors, !1;
                                                                    }
                                                                    var valid0 = _errs388 === errors;
                                                                  } else
                                                                    var valid0 = !0;
                                                                  if (valid0) {
                                                                    if (data["service-no-match"] !== void 0) {
                                                                      let data111 = data["service-no-match"], _errs404 = errors, _errs405 = errors, valid138 = !1, passing30 = null, _errs406 = errors;
                                                                      if (!(data111 === "off" || data111 === "info" || data111 === "warning" || data111 === "error")) {
                                                                        let err252 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                        vErrors === null ? vErrors = [err252] : vErrors.push(err252), errors++;
                                                                      }
                                                                      var _valid30 = _errs406 === errors;
                                                                      _valid30 && (valid138 = !0, passing30 = 0);
                                                                      let _errs408 = errors;
                                                                      if (errors === _errs408)
                                                                        if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                                                                          let _errs410 = errors;
                                                                          for (let key61 in data111)
                                                                            if (!(key61 === "severity" || key61 === "options")) {
                                                                              let err253 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/properties/service-no-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key61 }, message: "must NOT have additional properties" };
                                                                              vErrors === null ? vErrors = [err253] : vErrors.push(err253), errors++;
                                                                              break;
                                                                            }
                                                                          if (_errs410 === errors) {
                                                                            if (data111.severity !== void 0) {
                                                                              let data112 = data111.severity, _errs411 = errors;
                                                                              if (!(data112 === "off" || data112 === "info" || data112 === "warning" || data112 === "error")) {
                                                                                let err254 = { instancePath: instancePath + "/service-no-match/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                vErrors === null ? vErrors = [err254] : vErrors.push(err254), errors++;
                                                                              }
                                                                              var valid140 = _errs411 === errors;
                                                                            } else
                                                                              var valid140 = !0;
                                                                            if (valid140)
                                                                              if (data111.options !== void 0) {
                                                                                let data113 = data111.options, _errs413 = errors;
                                                                                if (errors === _errs413)
                                                                                  if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
                                                                                    let _errs415 = errors;
                                                                                    for (let key62 in data113)
                                                                                      if (key62 !== "checkTargetPorts") {
                                                                                        let err255 = { instancePath: instancePath + "/service-no-match/options", schemaPath: "#/properties/service-no-match/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key62 }, message: "must NOT have additional properties" };
                                                                                        vErrors === null ? vErrors = [err255] : vErrors.push(err255), errors++;
                                                                                        break;
                                                                                      }
                                                                                    if (_errs415 === errors && data113.checkTargetPorts !== void 0 && typeof data113.checkTargetPorts != "boolean") {
                                                                                      let err256 = { instancePath: instancePath + "/service-no-match/options/checkTargetPorts", schemaPath: "#/properties/service-no-match/oneOf/1/properties/options/properties/checkTargetPorts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                      vErrors === null ? vErrors = [err256] : vErrors.push(err256), errors++;
                                                                                    }
                                                                                  } else {
                                                                                    let err257 = { instancePath: instancePath + "/service-no-match/options", schemaPath: "#/properties/service-no-match/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                    vErrors === null ? vErrors = [err257] : vErrors.push(err257), errors++;
                                                                                  }
                                                                                var valid140 = _errs413 === errors;
                                                                              } else
                                                                                var valid140 = !0;
                                                                          }
                                                                        } else {
                                                                          let err258 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/properties/service-no-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                          vErrors === null ? vErrors = [err258] : vErrors.push(err258), errors++;
                                                                        }
                                                                      var _valid30 = _errs408 === errors;
                                                                      if (_valid30 && valid138 ? (valid138 = !1, passing30 = [passing30, 1]) : _valid30 && (valid138 = !0, passing30 = 1), valid138)
                                                                        errors = _errs405, vErrors !== null && (_errs405 ? vErrors.length = _errs405 : vErrors = null);
                                                                      else {
                                                                        let err259 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/properties/service-no-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing30 }, message: "must match exactly one schema in oneOf" };
                                                                        return vErrors === null ? vErrors = [err259] : vErrors.push(err259), errors++, validate11.errors = vErrors, !1;
                                                                      }
                                                                      var valid0 = _errs404 === errors;
                                                                    } else
                                                                      var valid0 = !0;
                                                                    if (valid0)
                                                                      if (data["servicemonitor-no-match"] !== void 0) {
                                                                        let data115 = data["servicemonitor-no-match"], _errs418 = errors, _errs419 = errors, valid143 = !1, passing31 = null, _errs420 = errors;
                                                                        if (!(data115 === "off" || data115 === "info" || data115 === "warning" || data115 === "error")) {
                                                                          let err260 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                          vErrors === null ? vErrors = [err260] : vErrors.push(err260), errors++;
                                                                        }
                                                                        var _valid31 = _errs420 === errors;
                                                                        _valid31 && (valid143 = !0, passing31 = 0);
                                                                        let _errs422 = errors;
                                                                        if (errors === _errs422)
                                                                          if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
                                                                            let _errs424 = errors;
                                                                            for (let key63 in data115)
                                                                              if (!(key63 === "severity" || key63 === "options")) {
                                                                                let err261 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key63 }, message: "must NOT have additional properties" };
                                                                                vErrors === null ? vErrors = [err261] : vErrors.push(err261), errors++;
                                                                                break;
                                                                              }
                                                                            if (_errs424 === errors) {
                                                                              if (data115.severity !== void 0) {
                                                                                let data116 = data115.severity, _errs425 = errors;
                                                                                if (!(data116 === "off" || data116 === "info" || data116 === "warning" || data116 === "error")) {
                                                                                  let err262 = { instancePath: instancePath + "/servicemonitor-no-match/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                  vErrors === null ? vErrors = [err262] : vErrors.push(err262), errors++;
                                                                                }
                                                                                var valid145 = _errs425 === errors;
                                                                              } else
                                                                                var valid145 = !0;
                                                                              if (valid145)
                                                                                if (data115.options !== void 0) {
                                                                                  let data117 = data115.options, _errs427 = errors;
                                                                                  if (errors === _errs427)
                                                                                    if (data117 && typeof data117 == "object" && !Array.isArray(data117))
                                                                                      for (let key64 in data117) {
                                                                                        let err263 = { instancePath: instancePath + "/servicemonitor-no-match/options", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key64 }, message: "must NOT have additional properties" };
                                                                                        vErrors === null ? vErrors = [err263] : vErrors.push(err263), errors++;
                                                                                        break;
                                                                                      }
                                                                                    else {
                                                                                      let err264 = { instancePath: instancePath + "/servicemonitor-no-match/options", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                      vErrors === null ? vErrors = [err264] : vErrors.push(err264), errors++;
                                                                                    }
                                                                                  var valid145 = _errs427 === errors;
                                                                                } else
                                                                                  var valid145 = !0;
                                                                            }
                                                                          } else {
                                                                            let err265 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                            vErrors === null ? vErrors = [err265] : vErrors.push(err265), errors++;
                                                                          }
                                                                        var _valid31 = _errs422 === errors;
                                                                        if (_valid31 && valid143 ? (valid143 = !1, passing31 = [passing31, 1]) : _valid31 && (valid143 = !0, passing31 = 1), valid143)
                                                                          errors = _errs419, vErrors !== null && (_errs419 ? vErrors.length = _errs419 : vErrors = null);
                                                                        else {
                                                                          let err266 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/properties/servicemonitor-no-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing31 }, message: "must match exactly one schema in oneOf" };
                                                                          return vErrors === null ? vErrors = [err266] : vErrors.push(err266), errors++, validate11.errors = vErrors, !1;
                                                                        }
                                                                        var valid0 = _errs418 === errors;
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
        "hpa-metric-unserved": {
          description: "Require every Pods, Object and External metric of an HPA to be served by a rule of the set's prometheus-adapter configuration (default: warning).",
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
                    dataKeys: {
                      type: "array",
                      items: {
                        type: "string",
                        minLength: 1
                      },
                      description: "ConfigMap data keys read as a prometheus-adapter configuration when their content has `rules`, `externalRules` or `resourceRules` (entries a prometheus-adapter container of the set mounts as `--config` are read whatever their key)."
                    }
                  },
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
