import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  merge,
  normalizeRules,
  rules
} from "./chunk-RSM3QVGN.js";
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
} from "./chunk-AQRGXSGC.js";
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
# Advisories that hold for many deliberate setups are off here (a team switches off a rule
# after one false warning); the strict pack turns them on.
rules:
  # Single-replica operators and leader-elected controllers are often deliberate.
  workload-single-replica: off
  # kube-scheduler's default PodTopologySpread constraints already spread pods somewhat.
  workload-no-spread: off
  # A recommendation for every budget (AlwaysAllow), not a mistake in one.
  pdb-unhealthy-eviction-policy: off
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
  pdb-unhealthy-eviction-policy: warning
  pdb-no-budget: error
  pdb-percent-blocks-eviction: error
  # Redundancy: every replicated workload spreads, none runs alone
  workload-no-spread: warning
  workload-single-replica: info
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
var pattern0 = new RegExp("^v?\\d+\\.\\d+", "u"), pattern1 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$|^([A-Za-z][A-Za-z0-9]*)\\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\/([^/\\s]+)$", "u"), schema12 = { description: "Severity, or {severity, options}, per rule id.", type: "object", additionalProperties: !1, properties: { "deprecated-api": { description: "Disallow apiVersions that are removed at the target Kubernetes version, and warn about deprecated ones (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "duplicate-object": { description: "Disallow two objects with the same kind, namespace and name (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "ephemeral-storage-request-missing": { description: "Require an ephemeral-storage request (or limit) on containers where a ResourceQuota constrains ephemeral storage (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "extended-resource-limits": { description: "Require extended resources such as nvidia.com/gpu to be whole numbers with the limit set and equal to any request (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "gpu-without-placement": { description: "Require pods that request a GPU to tolerate the GPU node taint or to select GPU nodes (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { taintKey: { type: "string", minLength: 1, description: "Key of the taint on GPU nodes (e.g. sku on AKS GPU pools)." }, resourceNames: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: 'Extended resources that mean "this pod needs a GPU node".' }, gpuNodeLabels: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: "More node label keys that select GPU nodes (e.g. node.kubernetes.io/instance-type), besides keys and values containing gpu or accelerator." } }, additionalProperties: !1 } } }] }, "hpa-duplicate-target": { description: "Disallow more than one HorizontalPodAutoscaler or KEDA ScaledObject scaling the same workload (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-metric-unserved": { description: "Require every Pods, Object and External metric of an HPA to be served by a rule of the set's prometheus-adapter configuration (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { dataKeys: { type: "array", items: { type: "string", minLength: 1 }, description: "ConfigMap data keys read as a prometheus-adapter configuration when their content has `rules`, `externalRules` or `resourceRules` (entries a prometheus-adapter container of the set mounts as `--config` are read whatever their key)." } }, additionalProperties: !1 } } }] }, "hpa-min-max": { description: "Require minReplicas to be below maxReplicas on every HorizontalPodAutoscaler (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-min-replicas": { description: "Require HorizontalPodAutoscalers to keep at least two replicas (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { minimum: { type: "integer", minimum: 1, maximum: 1e3, description: "Smallest acceptable minReplicas." } }, additionalProperties: !1 } } }] }, "hpa-missing-requests": { description: "Require a request for the resource on every container an HPA measures by cpu or memory utilization (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-replicas-pinned": { description: "Disallow spec.replicas on a workload that a HorizontalPodAutoscaler or KEDA ScaledObject scales (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-scale-down-too-fast": { description: "Disallow scale-down policies that remove more than half of the replicas within a minute without a long stabilization window (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { maxFraction: { type: "number", minimum: 0, maximum: 1, description: "Largest share of the replicas that may be removed within windowSeconds." }, windowSeconds: { type: "integer", minimum: 15, maximum: 3600, description: "Length of the window the removals are counted over, in seconds." }, stabilizationSeconds: { type: "integer", minimum: 0, maximum: 3600, description: "A scale-down stabilization window at least this long makes fast policies acceptable." } }, additionalProperties: !1 } } }] }, "hpa-scale-down-unstabilized": { description: "Require a scale-down stabilization window of at least a minute on HorizontalPodAutoscalers and KEDA ScaledObjects (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { minimumSeconds: { type: "integer", minimum: 0, maximum: 3600, description: "Smallest acceptable scale-down stabilization window, in seconds." } }, additionalProperties: !1 } } }] }, "hpa-target-missing": { description: "Require the scaleTargetRef of a HorizontalPodAutoscaler or KEDA ScaledObject to name a workload in the set (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-unsupported-resource-metric": { description: "Disallow HPA Resource and ContainerResource metrics on anything but cpu and memory (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "hpa-vpa-conflict": { description: "Disallow a VerticalPodAutoscaler that changes the cpu or memory requests an HPA scales the same workload on (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "ingress-backend-missing": { description: "Require every service backend of an Ingress to name a Service in its namespace and a port that Service has (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "missing-requests": { description: "Require every running container to request cpu and memory (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { resources: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: !0, description: "Resources every container must request." }, includeInitContainers: { type: "boolean", description: "Also require requests on ordinary init containers (native sidecars are always checked)." } }, additionalProperties: !1 } } }] }, "parse-error": { description: "Require every document to be valid YAML and, when it has apiVersion or kind, a Kubernetes object, and every Kustomize directory to build (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-blocks-eviction": { description: "Disallow PodDisruptionBudgets that allow no eviction at the minimum replica count of the workloads they select (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-missing": { description: "Require a PodDisruptionBudget for every autoscaled or multi-replica Deployment, StatefulSet and Argo Rollout (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-no-budget": { description: "Require a PodDisruptionBudget to set minAvailable or maxUnavailable (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-no-match": { description: "Require the selector of a PodDisruptionBudget to match a pod template in its namespace (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-overlap": { description: "Disallow pods that more than one PodDisruptionBudget selects (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "pdb-percent-blocks-eviction": { description: "Disallow a minAvailable percentage that allows no eviction at any realistic pod count (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { minimumPods: { type: "integer", minimum: 3, description: "Report a percentage that allows no eviction for every pod count below this one." } }, additionalProperties: !1 } } }] }, "pdb-unhealthy-eviction-policy": { description: "Require PodDisruptionBudgets to set unhealthyPodEvictionPolicy where the target version serves it (default: info).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "priority-class-conflict": { description: "Disallow PriorityClasses the API server rejects: a second globalDefault, a value above one billion or a reserved system- name (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "priority-class-missing": { description: "Require the priorityClassName of a pod template to name a PriorityClass in the set or a built-in system class (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { knownClasses: { type: "array", items: { type: "string" }, description: "PriorityClasses the cluster defines outside the linted set (for example by the platform team); pods may name them." } }, additionalProperties: !1 } } }] }, "prometheus-rule-invalid": { description: "Require every rule of a PrometheusRule to load in Prometheus: valid PromQL, durations, alert or record, and named, distinct groups (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "quota-exceeded-at-max-scale": { description: "Require each ResourceQuota to fit its namespace's workloads at their maximum scale (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { maximumPercent: { type: "number", minimum: 1, maximum: 1e3, description: "Report when the total at maximum scale exceeds this percentage of the hard limit (below 100 keeps headroom)." }, includeRolloutSurge: { type: "boolean", description: "Add each Deployment's rolling-update surge (maxSurge, 25 % by default) to its maximum replicas." } }, additionalProperties: !1 } } }] }, "quota-extended-resource-key": { description: "Require ResourceQuota keys for extended resources such as nvidia.com/gpu to use the requests. prefix (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "quota-missing-requests": { description: "Require containers to set the cpu and memory requests and limits that a ResourceQuota of their namespace constrains (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "requests-exceed-limits": { description: "Disallow a container request larger than its limit (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "schema-invalid": { description: "Require every object to match the Kubernetes schema of its apiVersion and kind (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { unknownFields: { type: "boolean", description: "Report fields the schema does not know (strict field validation). Unknown fields of CRDs are warnings: the CRD installed in the cluster may be newer than the schema scaleplan carries." }, maxPerObject: { type: "integer", minimum: 1, description: "Most findings reported for one object; the rest show after those are fixed." } }, additionalProperties: !1 } } }] }, "service-no-match": { description: "Require a Service's selector to match a pod template in its namespace, and its target ports to be ports those pods declare (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { checkTargetPorts: { type: "boolean", description: "Also check that each targetPort is a port the selected pods declare (by name, or by number when they declare their ports)." } }, additionalProperties: !1 } } }] }, "servicemonitor-no-match": { description: "Require a ServiceMonitor or PodMonitor to select Services or pods in the set, and its endpoints to name ports they have (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "topology-spread-invalid": { description: "Require topology spread constraints that the API server accepts and that count the pods they belong to (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "unknown-api-version": { description: "Disallow a built-in kind under an API version that does not serve it (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "vpa-duplicate": { description: "Disallow more than one VerticalPodAutoscaler on one workload (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "vpa-target-missing": { description: "Require the targetRef of a VerticalPodAutoscaler to name a workload in the set (default: warning).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "workload-no-spread": { description: "Require replicated or autoscaled workloads to spread their pods over nodes or zones with pod anti-affinity or a topology spread constraint (default: info).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { topologyKeys: { type: "array", items: { type: "string" }, minItems: 1, description: "Topology keys a spreading term must use to count." }, requireEveryKey: { type: "boolean", description: "Require a spreading term over every key of `topologyKeys` instead of over one of them." } }, additionalProperties: !1 } } }] }, "workload-selector-mismatch": { description: "Require a workload's selector to match the labels of its own pod template (default: error).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: {}, additionalProperties: !1 } } }] }, "workload-single-replica": { description: "Require Deployments, StatefulSets and Argo Rollouts without an autoscaler to run more than one replica (default: info).", oneOf: [{ $ref: "#/definitions/severity" }, { type: "object", additionalProperties: !1, properties: { severity: { $ref: "#/definitions/severity" }, options: { type: "object", properties: { minimum: { type: "integer", minimum: 2, description: "Fewest replicas a workload without an autoscaler should run." } }, additionalProperties: !1 } } }] } } }, schema13 = { description: "off, info, warning or error.", enum: ["off", "info", "warning", "error"] }, func2 = Object.prototype.hasOwnProperty, func3 = import_ucs2length.default.default;
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
            if (data["ephemeral-storage-request-missing"] !== void 0) {
              let data6 = data["ephemeral-storage-request-missing"], _errs26 = errors, _errs27 = errors, valid9 = !1, passing2 = null, _errs28 = errors;
              if (!(data6 === "off" || data6 === "info" || data6 === "warning" || data6 === "error")) {
                let err14 = { instancePath: instancePath + "/ephemeral-storage-request-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                      let err15 = { instancePath: instancePath + "/ephemeral-storage-request-missing", schemaPath: "#/properties/ephemeral-storage-request-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                      break;
                    }
                  if (_errs32 === errors) {
                    if (data6.severity !== void 0) {
                      let data7 = data6.severity, _errs33 = errors;
                      if (!(data7 === "off" || data7 === "info" || data7 === "warning" || data7 === "error")) {
                        let err16 = { instancePath: instancePath + "/ephemeral-storage-request-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                              let err17 = { instancePath: instancePath + "/ephemeral-storage-request-missing/options", schemaPath: "#/properties/ephemeral-storage-request-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                              break;
                            }
                          else {
                            let err18 = { instancePath: instancePath + "/ephemeral-storage-request-missing/options", schemaPath: "#/properties/ephemeral-storage-request-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                          }
                        var valid11 = _errs35 === errors;
                      } else
                        var valid11 = !0;
                  }
                } else {
                  let err19 = { instancePath: instancePath + "/ephemeral-storage-request-missing", schemaPath: "#/properties/ephemeral-storage-request-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
              var _valid2 = _errs30 === errors;
              if (_valid2 && valid9 ? (valid9 = !1, passing2 = [passing2, 1]) : _valid2 && (valid9 = !0, passing2 = 1), valid9)
                errors = _errs27, vErrors !== null && (_errs27 ? vErrors.length = _errs27 : vErrors = null);
              else {
                let err20 = { instancePath: instancePath + "/ephemeral-storage-request-missing", schemaPath: "#/properties/ephemeral-storage-request-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                return vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++, validate11.errors = vErrors, !1;
              }
              var valid0 = _errs26 === errors;
            } else
              var valid0 = !0;
            if (valid0) {
              if (data["extended-resource-limits"] !== void 0) {
                let data9 = data["extended-resource-limits"], _errs38 = errors, _errs39 = errors, valid13 = !1, passing3 = null, _errs40 = errors;
                if (!(data9 === "off" || data9 === "info" || data9 === "warning" || data9 === "error")) {
                  let err21 = { instancePath: instancePath + "/extended-resource-limits", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                        let err22 = { instancePath: instancePath + "/extended-resource-limits", schemaPath: "#/properties/extended-resource-limits/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                        break;
                      }
                    if (_errs44 === errors) {
                      if (data9.severity !== void 0) {
                        let data10 = data9.severity, _errs45 = errors;
                        if (!(data10 === "off" || data10 === "info" || data10 === "warning" || data10 === "error")) {
                          let err23 = { instancePath: instancePath + "/extended-resource-limits/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                        }
                        var valid15 = _errs45 === errors;
                      } else
                        var valid15 = !0;
                      if (valid15)
                        if (data9.options !== void 0) {
                          let data11 = data9.options, _errs47 = errors;
                          if (errors === _errs47)
                            if (data11 && typeof data11 == "object" && !Array.isArray(data11))
                              for (let key8 in data11) {
                                let err24 = { instancePath: instancePath + "/extended-resource-limits/options", schemaPath: "#/properties/extended-resource-limits/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                                break;
                              }
                            else {
                              let err25 = { instancePath: instancePath + "/extended-resource-limits/options", schemaPath: "#/properties/extended-resource-limits/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                            }
                          var valid15 = _errs47 === errors;
                        } else
                          var valid15 = !0;
                    }
                  } else {
                    let err26 = { instancePath: instancePath + "/extended-resource-limits", schemaPath: "#/properties/extended-resource-limits/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                  }
                var _valid3 = _errs42 === errors;
                if (_valid3 && valid13 ? (valid13 = !1, passing3 = [passing3, 1]) : _valid3 && (valid13 = !0, passing3 = 1), valid13)
                  errors = _errs39, vErrors !== null && (_errs39 ? vErrors.length = _errs39 : vErrors = null);
                else {
                  let err27 = { instancePath: instancePath + "/extended-resource-limits", schemaPath: "#/properties/extended-resource-limits/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                  return vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++, validate11.errors = vErrors, !1;
                }
                var valid0 = _errs38 === errors;
              } else
                var valid0 = !0;
              if (valid0) {
                if (data["gpu-without-placement"] !== void 0) {
                  let data12 = data["gpu-without-placement"], _errs50 = errors, _errs51 = errors, valid17 = !1, passing4 = null, _errs52 = errors;
                  if (!(data12 === "off" || data12 === "info" || data12 === "warning" || data12 === "error")) {
                    let err28 = { instancePath: instancePath + "/gpu-without-placement", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                  }
                  var _valid4 = _errs52 === errors;
                  _valid4 && (valid17 = !0, passing4 = 0);
                  let _errs54 = errors;
                  if (errors === _errs54)
                    if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                      let _errs56 = errors;
                      for (let key9 in data12)
                        if (!(key9 === "severity" || key9 === "options")) {
                          let err29 = { instancePath: instancePath + "/gpu-without-placement", schemaPath: "#/properties/gpu-without-placement/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                          vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                          break;
                        }
                      if (_errs56 === errors) {
                        if (data12.severity !== void 0) {
                          let data13 = data12.severity, _errs57 = errors;
                          if (!(data13 === "off" || data13 === "info" || data13 === "warning" || data13 === "error")) {
                            let err30 = { instancePath: instancePath + "/gpu-without-placement/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                          }
                          var valid19 = _errs57 === errors;
                        } else
                          var valid19 = !0;
                        if (valid19)
                          if (data12.options !== void 0) {
                            let data14 = data12.options, _errs59 = errors;
                            if (errors === _errs59)
                              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                let _errs61 = errors;
                                for (let key10 in data14)
                                  if (!(key10 === "taintKey" || key10 === "resourceNames" || key10 === "gpuNodeLabels")) {
                                    let err31 = { instancePath: instancePath + "/gpu-without-placement/options", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                                    break;
                                  }
                                if (_errs61 === errors) {
                                  if (data14.taintKey !== void 0) {
                                    let data15 = data14.taintKey, _errs62 = errors;
                                    if (errors === _errs62)
                                      if (typeof data15 == "string") {
                                        if (func3(data15) < 1) {
                                          let err32 = { instancePath: instancePath + "/gpu-without-placement/options/taintKey", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/taintKey/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                          vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                                        }
                                      } else {
                                        let err33 = { instancePath: instancePath + "/gpu-without-placement/options/taintKey", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/taintKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                                      }
                                    var valid21 = _errs62 === errors;
                                  } else
                                    var valid21 = !0;
                                  if (valid21) {
                                    if (data14.resourceNames !== void 0) {
                                      let data16 = data14.resourceNames, _errs64 = errors;
                                      if (errors === _errs64)
                                        if (Array.isArray(data16)) {
                                          var valid22 = !0;
                                          let len0 = data16.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            let data17 = data16[i0], _errs66 = errors;
                                            if (errors === _errs66)
                                              if (typeof data17 == "string") {
                                                if (func3(data17) < 1) {
                                                  let err34 = { instancePath: instancePath + "/gpu-without-placement/options/resourceNames/" + i0, schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/resourceNames/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                                                }
                                              } else {
                                                let err35 = { instancePath: instancePath + "/gpu-without-placement/options/resourceNames/" + i0, schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/resourceNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                                              }
                                            var valid22 = _errs66 === errors;
                                            if (!valid22)
                                              break;
                                          }
                                          if (valid22) {
                                            let i1 = data16.length, j0;
                                            if (i1 > 1) {
                                              let indices0 = {};
                                              for (; i1--; ) {
                                                let item0 = data16[i1];
                                                if (typeof item0 == "string") {
                                                  if (typeof indices0[item0] == "number") {
                                                    j0 = indices0[item0];
                                                    let err36 = { instancePath: instancePath + "/gpu-without-placement/options/resourceNames", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/resourceNames/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                                                    vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                                                    break;
                                                  }
                                                  indices0[item0] = i1;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          let err37 = { instancePath: instancePath + "/gpu-without-placement/options/resourceNames", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/resourceNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                          vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                                        }
                                      var valid21 = _errs64 === errors;
                                    } else
                                      var valid21 = !0;
                                    if (valid21)
                                      if (data14.gpuNodeLabels !== void 0) {
                                        let data18 = data14.gpuNodeLabels, _errs68 = errors;
                                        if (errors === _errs68)
                                          if (Array.isArray(data18)) {
                                            var valid24 = !0;
                                            let len1 = data18.length;
                                            for (let i2 = 0; i2 < len1; i2++) {
                                              let data19 = data18[i2], _errs70 = errors;
                                              if (errors === _errs70)
                                                if (typeof data19 == "string") {
                                                  if (func3(data19) < 1) {
                                                    let err38 = { instancePath: instancePath + "/gpu-without-placement/options/gpuNodeLabels/" + i2, schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/gpuNodeLabels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                                                  }
                                                } else {
                                                  let err39 = { instancePath: instancePath + "/gpu-without-placement/options/gpuNodeLabels/" + i2, schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/gpuNodeLabels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                                                }
                                              var valid24 = _errs70 === errors;
                                              if (!valid24)
                                                break;
                                            }
                                            if (valid24) {
                                              let i3 = data18.length, j1;
                                              if (i3 > 1) {
                                                let indices1 = {};
                                                for (; i3--; ) {
                                                  let item1 = data18[i3];
                                                  if (typeof item1 == "string") {
                                                    if (typeof indices1[item1] == "number") {
                                                      j1 = indices1[item1];
                                                      let err40 = { instancePath: instancePath + "/gpu-without-placement/options/gpuNodeLabels", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/gpuNodeLabels/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                                                      vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                                                      break;
                                                    }
                                                    indices1[item1] = i3;
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            let err41 = { instancePath: instancePath + "/gpu-without-placement/options/gpuNodeLabels", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/properties/gpuNodeLabels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                                          }
                                        var valid21 = _errs68 === errors;
                                      } else
                                        var valid21 = !0;
                                  }
                                }
                              } else {
                                let err42 = { instancePath: instancePath + "/gpu-without-placement/options", schemaPath: "#/properties/gpu-without-placement/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                              }
                            var valid19 = _errs59 === errors;
                          } else
                            var valid19 = !0;
                      }
                    } else {
                      let err43 = { instancePath: instancePath + "/gpu-without-placement", schemaPath: "#/properties/gpu-without-placement/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                  var _valid4 = _errs54 === errors;
                  if (_valid4 && valid17 ? (valid17 = !1, passing4 = [passing4, 1]) : _valid4 && (valid17 = !0, passing4 = 1), valid17)
                    errors = _errs51, vErrors !== null && (_errs51 ? vErrors.length = _errs51 : vErrors = null);
                  else {
                    let err44 = { instancePath: instancePath + "/gpu-without-placement", schemaPath: "#/properties/gpu-without-placement/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                    return vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++, validate11.errors = vErrors, !1;
                  }
                  var valid0 = _errs50 === errors;
                } else
                  var valid0 = !0;
                if (valid0) {
                  if (data["hpa-duplicate-target"] !== void 0) {
                    let data20 = data["hpa-duplicate-target"], _errs72 = errors, _errs73 = errors, valid26 = !1, passing5 = null, _errs74 = errors;
                    if (!(data20 === "off" || data20 === "info" || data20 === "warning" || data20 === "error")) {
                      let err45 = { instancePath: instancePath + "/hpa-duplicate-target", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                            let err46 = { instancePath: instancePath + "/hpa-duplicate-target", schemaPath: "#/properties/hpa-duplicate-target/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                            break;
                          }
                        if (_errs78 === errors) {
                          if (data20.severity !== void 0) {
                            let data21 = data20.severity, _errs79 = errors;
                            if (!(data21 === "off" || data21 === "info" || data21 === "warning" || data21 === "error")) {
                              let err47 = { instancePath: instancePath + "/hpa-duplicate-target/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                    let err48 = { instancePath: instancePath + "/hpa-duplicate-target/options", schemaPath: "#/properties/hpa-duplicate-target/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                                    break;
                                  }
                                else {
                                  let err49 = { instancePath: instancePath + "/hpa-duplicate-target/options", schemaPath: "#/properties/hpa-duplicate-target/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                                }
                              var valid28 = _errs81 === errors;
                            } else
                              var valid28 = !0;
                        }
                      } else {
                        let err50 = { instancePath: instancePath + "/hpa-duplicate-target", schemaPath: "#/properties/hpa-duplicate-target/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                      }
                    var _valid5 = _errs76 === errors;
                    if (_valid5 && valid26 ? (valid26 = !1, passing5 = [passing5, 1]) : _valid5 && (valid26 = !0, passing5 = 1), valid26)
                      errors = _errs73, vErrors !== null && (_errs73 ? vErrors.length = _errs73 : vErrors = null);
                    else {
                      let err51 = { instancePath: instancePath + "/hpa-duplicate-target", schemaPath: "#/properties/hpa-duplicate-target/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                      return vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++, validate11.errors = vErrors, !1;
                    }
                    var valid0 = _errs72 === errors;
                  } else
                    var valid0 = !0;
                  if (valid0) {
                    if (data["hpa-metric-unserved"] !== void 0) {
                      let data23 = data["hpa-metric-unserved"], _errs84 = errors, _errs85 = errors, valid30 = !1, passing6 = null, _errs86 = errors;
                      if (!(data23 === "off" || data23 === "info" || data23 === "warning" || data23 === "error")) {
                        let err52 = { instancePath: instancePath + "/hpa-metric-unserved", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                              let err53 = { instancePath: instancePath + "/hpa-metric-unserved", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                              vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                              break;
                            }
                          if (_errs90 === errors) {
                            if (data23.severity !== void 0) {
                              let data24 = data23.severity, _errs91 = errors;
                              if (!(data24 === "off" || data24 === "info" || data24 === "warning" || data24 === "error")) {
                                let err54 = { instancePath: instancePath + "/hpa-metric-unserved/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                      if (key14 !== "dataKeys") {
                                        let err55 = { instancePath: instancePath + "/hpa-metric-unserved/options", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                                        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                                        break;
                                      }
                                    if (_errs95 === errors && data25.dataKeys !== void 0) {
                                      let data26 = data25.dataKeys;
                                      if (errors === errors)
                                        if (Array.isArray(data26)) {
                                          var valid35 = !0;
                                          let len2 = data26.length;
                                          for (let i4 = 0; i4 < len2; i4++) {
                                            let data27 = data26[i4], _errs98 = errors;
                                            if (errors === _errs98)
                                              if (typeof data27 == "string") {
                                                if (func3(data27) < 1) {
                                                  let err56 = { instancePath: instancePath + "/hpa-metric-unserved/options/dataKeys/" + i4, schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/properties/dataKeys/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                  vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                                                }
                                              } else {
                                                let err57 = { instancePath: instancePath + "/hpa-metric-unserved/options/dataKeys/" + i4, schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/properties/dataKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                                              }
                                            var valid35 = _errs98 === errors;
                                            if (!valid35)
                                              break;
                                          }
                                        } else {
                                          let err58 = { instancePath: instancePath + "/hpa-metric-unserved/options/dataKeys", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/properties/dataKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                          vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                                        }
                                    }
                                  } else {
                                    let err59 = { instancePath: instancePath + "/hpa-metric-unserved/options", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                                  }
                                var valid32 = _errs93 === errors;
                              } else
                                var valid32 = !0;
                          }
                        } else {
                          let err60 = { instancePath: instancePath + "/hpa-metric-unserved", schemaPath: "#/properties/hpa-metric-unserved/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                        }
                      var _valid6 = _errs88 === errors;
                      if (_valid6 && valid30 ? (valid30 = !1, passing6 = [passing6, 1]) : _valid6 && (valid30 = !0, passing6 = 1), valid30)
                        errors = _errs85, vErrors !== null && (_errs85 ? vErrors.length = _errs85 : vErrors = null);
                      else {
                        let err61 = { instancePath: instancePath + "/hpa-metric-unserved", schemaPath: "#/properties/hpa-metric-unserved/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
                        return vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++, validate11.errors = vErrors, !1;
                      }
                      var valid0 = _errs84 === errors;
                    } else
                      var valid0 = !0;
                    if (valid0) {
                      if (data["hpa-min-max"] !== void 0) {
                        let data28 = data["hpa-min-max"], _errs100 = errors, _errs101 = errors, valid36 = !1, passing7 = null, _errs102 = errors;
                        if (!(data28 === "off" || data28 === "info" || data28 === "warning" || data28 === "error")) {
                          let err62 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                let err63 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/properties/hpa-min-max/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                                break;
                              }
                            if (_errs106 === errors) {
                              if (data28.severity !== void 0) {
                                let data29 = data28.severity, _errs107 = errors;
                                if (!(data29 === "off" || data29 === "info" || data29 === "warning" || data29 === "error")) {
                                  let err64 = { instancePath: instancePath + "/hpa-min-max/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                  vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                                }
                                var valid38 = _errs107 === errors;
                              } else
                                var valid38 = !0;
                              if (valid38)
                                if (data28.options !== void 0) {
                                  let data30 = data28.options, _errs109 = errors;
                                  if (errors === _errs109)
                                    if (data30 && typeof data30 == "object" && !Array.isArray(data30))
                                      for (let key16 in data30) {
                                        let err65 = { instancePath: instancePath + "/hpa-min-max/options", schemaPath: "#/properties/hpa-min-max/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                                        vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                                        break;
                                      }
                                    else {
                                      let err66 = { instancePath: instancePath + "/hpa-min-max/options", schemaPath: "#/properties/hpa-min-max/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                      vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                                    }
                                  var valid38 = _errs109 === errors;
                                } else
                                  var valid38 = !0;
                            }
                          } else {
                            let err67 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/properties/hpa-min-max/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                          }
                        var _valid7 = _errs104 === errors;
                        if (_valid7 && valid36 ? (valid36 = !1, passing7 = [passing7, 1]) : _valid7 && (valid36 = !0, passing7 = 1), valid36)
                          errors = _errs101, vErrors !== null && (_errs101 ? vErrors.length = _errs101 : vErrors = null);
                        else {
                          let err68 = { instancePath: instancePath + "/hpa-min-max", schemaPath: "#/properties/hpa-min-max/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
                          return vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++, validate11.errors = vErrors, !1;
                        }
                        var valid0 = _errs100 === errors;
                      } else
                        var valid0 = !0;
                      if (valid0) {
                        if (data["hpa-min-replicas"] !== void 0) {
                          let data31 = data["hpa-min-replicas"], _errs112 = errors, _errs113 = errors, valid40 = !1, passing8 = null, _errs114 = errors;
                          if (!(data31 === "off" || data31 === "info" || data31 === "warning" || data31 === "error")) {
                            let err69 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                            vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                          }
                          var _valid8 = _errs114 === errors;
                          _valid8 && (valid40 = !0, passing8 = 0);
                          let _errs116 = errors;
                          if (errors === _errs116)
                            if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                              let _errs118 = errors;
                              for (let key17 in data31)
                                if (!(key17 === "severity" || key17 === "options")) {
                                  let err70 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                                  vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                                  break;
                                }
                              if (_errs118 === errors) {
                                if (data31.severity !== void 0) {
                                  let data32 = data31.severity, _errs119 = errors;
                                  if (!(data32 === "off" || data32 === "info" || data32 === "warning" || data32 === "error")) {
                                    let err71 = { instancePath: instancePath + "/hpa-min-replicas/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                    vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                                  }
                                  var valid42 = _errs119 === errors;
                                } else
                                  var valid42 = !0;
                                if (valid42)
                                  if (data31.options !== void 0) {
                                    let data33 = data31.options, _errs121 = errors;
                                    if (errors === _errs121)
                                      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                        let _errs123 = errors;
                                        for (let key18 in data33)
                                          if (key18 !== "minimum") {
                                            let err72 = { instancePath: instancePath + "/hpa-min-replicas/options", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                                            vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                                            break;
                                          }
                                        if (_errs123 === errors && data33.minimum !== void 0) {
                                          let data34 = data33.minimum, _errs124 = errors;
                                          if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
                                            let err73 = { instancePath: instancePath + "/hpa-min-replicas/options/minimum", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/properties/minimum/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                                          }
                                          if (errors === _errs124 && typeof data34 == "number" && isFinite(data34)) {
                                            if (data34 > 1e3 || isNaN(data34)) {
                                              let err74 = { instancePath: instancePath + "/hpa-min-replicas/options/minimum", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/properties/minimum/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
                                              vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                                            } else if (data34 < 1 || isNaN(data34)) {
                                              let err75 = { instancePath: instancePath + "/hpa-min-replicas/options/minimum", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/properties/minimum/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                              vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                                            }
                                          }
                                        }
                                      } else {
                                        let err76 = { instancePath: instancePath + "/hpa-min-replicas/options", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                                      }
                                    var valid42 = _errs121 === errors;
                                  } else
                                    var valid42 = !0;
                              }
                            } else {
                              let err77 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/properties/hpa-min-replicas/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                            }
                          var _valid8 = _errs116 === errors;
                          if (_valid8 && valid40 ? (valid40 = !1, passing8 = [passing8, 1]) : _valid8 && (valid40 = !0, passing8 = 1), valid40)
                            errors = _errs113, vErrors !== null && (_errs113 ? vErrors.length = _errs113 : vErrors = null);
                          else {
                            let err78 = { instancePath: instancePath + "/hpa-min-replicas", schemaPath: "#/properties/hpa-min-replicas/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
                            return vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++, validate11.errors = vErrors, !1;
                          }
                          var valid0 = _errs112 === errors;
                        } else
                          var valid0 = !0;
                        if (valid0) {
                          if (data["hpa-missing-requests"] !== void 0) {
                            let data35 = data["hpa-missing-requests"], _errs126 = errors, _errs127 = errors, valid45 = !1, passing9 = null, _errs128 = errors;
                            if (!(data35 === "off" || data35 === "info" || data35 === "warning" || data35 === "error")) {
                              let err79 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                    let err80 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                                    break;
                                  }
                                if (_errs132 === errors) {
                                  if (data35.severity !== void 0) {
                                    let data36 = data35.severity, _errs133 = errors;
                                    if (!(data36 === "off" || data36 === "info" || data36 === "warning" || data36 === "error")) {
                                      let err81 = { instancePath: instancePath + "/hpa-missing-requests/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                            let err82 = { instancePath: instancePath + "/hpa-missing-requests/options", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                                            vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                                            break;
                                          }
                                        else {
                                          let err83 = { instancePath: instancePath + "/hpa-missing-requests/options", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                          vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
                                        }
                                      var valid47 = _errs135 === errors;
                                    } else
                                      var valid47 = !0;
                                }
                              } else {
                                let err84 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/properties/hpa-missing-requests/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                              }
                            var _valid9 = _errs130 === errors;
                            if (_valid9 && valid45 ? (valid45 = !1, passing9 = [passing9, 1]) : _valid9 && (valid45 = !0, passing9 = 1), valid45)
                              errors = _errs127, vErrors !== null && (_errs127 ? vErrors.length = _errs127 : vErrors = null);
                            else {
                              let err85 = { instancePath: instancePath + "/hpa-missing-requests", schemaPath: "#/properties/hpa-missing-requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
                              return vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++, validate11.errors = vErrors, !1;
                            }
                            var valid0 = _errs126 === errors;
                          } else
                            var valid0 = !0;
                          if (valid0) {
                            if (data["hpa-replicas-pinned"] !== void 0) {
                              let data38 = data["hpa-replicas-pinned"], _errs138 = errors, _errs139 = errors, valid49 = !1, passing10 = null, _errs140 = errors;
                              if (!(data38 === "off" || data38 === "info" || data38 === "warning" || data38 === "error")) {
                                let err86 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                      let err87 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                                      vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                                      break;
                                    }
                                  if (_errs144 === errors) {
                                    if (data38.severity !== void 0) {
                                      let data39 = data38.severity, _errs145 = errors;
                                      if (!(data39 === "off" || data39 === "info" || data39 === "warning" || data39 === "error")) {
                                        let err88 = { instancePath: instancePath + "/hpa-replicas-pinned/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                        vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                                      }
                                      var valid51 = _errs145 === errors;
                                    } else
                                      var valid51 = !0;
                                    if (valid51)
                                      if (data38.options !== void 0) {
                                        let data40 = data38.options, _errs147 = errors;
                                        if (errors === _errs147)
                                          if (data40 && typeof data40 == "object" && !Array.isArray(data40))
                                            for (let key22 in data40) {
                                              let err89 = { instancePath: instancePath + "/hpa-replicas-pinned/options", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                                              vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                                              break;
                                            }
                                          else {
                                            let err90 = { instancePath: instancePath + "/hpa-replicas-pinned/options", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                                          }
                                        var valid51 = _errs147 === errors;
                                      } else
                                        var valid51 = !0;
                                  }
                                } else {
                                  let err91 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/properties/hpa-replicas-pinned/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                                }
                              var _valid10 = _errs142 === errors;
                              if (_valid10 && valid49 ? (valid49 = !1, passing10 = [passing10, 1]) : _valid10 && (valid49 = !0, passing10 = 1), valid49)
                                errors = _errs139, vErrors !== null && (_errs139 ? vErrors.length = _errs139 : vErrors = null);
                              else {
                                let err92 = { instancePath: instancePath + "/hpa-replicas-pinned", schemaPath: "#/properties/hpa-replicas-pinned/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
                                return vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++, validate11.errors = vErrors, !1;
                              }
                              var valid0 = _errs138 === errors;
                            } else
                              var valid0 = !0;
                            if (valid0) {
                              if (data["hpa-scale-down-too-fast"] !== void 0) {
                                let data41 = data["hpa-scale-down-too-fast"], _errs150 = errors, _errs151 = errors, valid53 = !1, passing11 = null, _errs152 = errors;
                                if (!(data41 === "off" || data41 === "info" || data41 === "warning" || data41 === "error")) {
                                  let err93 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                  vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                                }
                                var _valid11 = _errs152 === errors;
                                _valid11 && (valid53 = !0, passing11 = 0);
                                let _errs154 = errors;
                                if (errors === _errs154)
                                  if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                                    let _errs156 = errors;
                                    for (let key23 in data41)
                                      if (!(key23 === "severity" || key23 === "options")) {
                                        let err94 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                                        vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                                        break;
                                      }
                                    if (_errs156 === errors) {
                                      if (data41.severity !== void 0) {
                                        let data42 = data41.severity, _errs157 = errors;
                                        if (!(data42 === "off" || data42 === "info" || data42 === "warning" || data42 === "error")) {
                                          let err95 = { instancePath: instancePath + "/hpa-scale-down-too-fast/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                          vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                                        }
                                        var valid55 = _errs157 === errors;
                                      } else
                                        var valid55 = !0;
                                      if (valid55)
                                        if (data41.options !== void 0) {
                                          let data43 = data41.options, _errs159 = errors;
                                          if (errors === _errs159)
                                            if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                              let _errs161 = errors;
                                              for (let key24 in data43)
                                                if (!(key24 === "maxFraction" || key24 === "windowSeconds" || key24 === "stabilizationSeconds")) {
                                                  let err96 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                                                  vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                                                  break;
                                                }
                                              if (_errs161 === errors) {
                                                if (data43.maxFraction !== void 0) {
                                                  let data44 = data43.maxFraction, _errs162 = errors;
                                                  if (errors === _errs162)
                                                    if (typeof data44 == "number" && isFinite(data44)) {
                                                      if (data44 > 1 || isNaN(data44)) {
                                                        let err97 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/maxFraction", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/maxFraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                        vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                                                      } else if (data44 < 0 || isNaN(data44)) {
                                                        let err98 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/maxFraction", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/maxFraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                        vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                                                      }
                                                    } else {
                                                      let err99 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/maxFraction", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/maxFraction/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                      vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                                                    }
                                                  var valid57 = _errs162 === errors;
                                                } else
                                                  var valid57 = !0;
                                                if (valid57) {
                                                  if (data43.windowSeconds !== void 0) {
                                                    let data45 = data43.windowSeconds, _errs164 = errors;
                                                    if (!(typeof data45 == "number" && !(data45 % 1) && !isNaN(data45) && isFinite(data45))) {
                                                      let err100 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/windowSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/windowSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                      vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                                                    }
                                                    if (errors === _errs164 && typeof data45 == "number" && isFinite(data45)) {
                                                      if (data45 > 3600 || isNaN(data45)) {
                                                        let err101 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/windowSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/windowSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
                                                        vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                                                      } else if (data45 < 15 || isNaN(data45)) {
                                                        let err102 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/windowSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/windowSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 15 }, message: "must be >= 15" };
                                                        vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                                                      }
                                                    }
                                                    var valid57 = _errs164 === errors;
                                                  } else
                                                    var valid57 = !0;
                                                  if (valid57)
                                                    if (data43.stabilizationSeconds !== void 0) {
                                                      let data46 = data43.stabilizationSeconds, _errs166 = errors;
                                                      if (!(typeof data46 == "number" && !(data46 % 1) && !isNaN(data46) && isFinite(data46))) {
                                                        let err103 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/stabilizationSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/stabilizationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                        vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                                                      }
                                                      if (errors === _errs166 && typeof data46 == "number" && isFinite(data46)) {
                                                        if (data46 > 3600 || isNaN(data46)) {
                                                          let err104 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/stabilizationSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/stabilizationSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
                                                          vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                                                        } else if (data46 < 0 || isNaN(data46)) {
                                                          let err105 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options/stabilizationSeconds", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/properties/stabilizationSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                          vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                                                        }
                                                      }
                                                      var valid57 = _errs166 === errors;
                                                    } else
                                                      var valid57 = !0;
                                                }
                                              }
                                            } else {
                                              let err106 = { instancePath: instancePath + "/hpa-scale-down-too-fast/options", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                              vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                                            }
                                          var valid55 = _errs159 === errors;
                                        } else
                                          var valid55 = !0;
                                    }
                                  } else {
                                    let err107 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                                  }
                                var _valid11 = _errs154 === errors;
                                if (_valid11 && valid53 ? (valid53 = !1, passing11 = [passing11, 1]) : _valid11 && (valid53 = !0, passing11 = 1), valid53)
                                  errors = _errs151, vErrors !== null && (_errs151 ? vErrors.length = _errs151 : vErrors = null);
                                else {
                                  let err108 = { instancePath: instancePath + "/hpa-scale-down-too-fast", schemaPath: "#/properties/hpa-scale-down-too-fast/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf" };
                                  return vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++, validate11.errors = vErrors, !1;
                                }
                                var valid0 = _errs150 === errors;
                              } else
                                var valid0 = !0;
                              if (valid0) {
                                if (data["hpa-scale-down-unstabilized"] !== void 0) {
                                  let data47 = data["hpa-scale-down-unstabilized"], _errs168 = errors, _errs169 = errors, valid58 = !1, passing12 = null, _errs170 = errors;
                                  if (!(data47 === "off" || data47 === "info" || data47 === "warning" || data47 === "error")) {
                                    let err109 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                    vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                                  }
                                  var _valid12 = _errs170 === errors;
                                  _valid12 && (valid58 = !0, passing12 = 0);
                                  let _errs172 = errors;
                                  if (errors === _errs172)
                                    if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                      let _errs174 = errors;
                                      for (let key25 in data47)
                                        if (!(key25 === "severity" || key25 === "options")) {
                                          let err110 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                                          vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                                          break;
                                        }
                                      if (_errs174 === errors) {
                                        if (data47.severity !== void 0) {
                                          let data48 = data47.severity, _errs175 = errors;
                                          if (!(data48 === "off" || data48 === "info" || data48 === "warning" || data48 === "error")) {
                                            let err111 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                            vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                                          }
                                          var valid60 = _errs175 === errors;
                                        } else
                                          var valid60 = !0;
                                        if (valid60)
                                          if (data47.options !== void 0) {
                                            let data49 = data47.options, _errs177 = errors;
                                            if (errors === _errs177)
                                              if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                                                let _errs179 = errors;
                                                for (let key26 in data49)
                                                  if (key26 !== "minimumSeconds") {
                                                    let err112 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                                                    vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                                                    break;
                                                  }
                                                if (_errs179 === errors && data49.minimumSeconds !== void 0) {
                                                  let data50 = data49.minimumSeconds, _errs180 = errors;
                                                  if (!(typeof data50 == "number" && !(data50 % 1) && !isNaN(data50) && isFinite(data50))) {
                                                    let err113 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options/minimumSeconds", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/properties/minimumSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                                                  }
                                                  if (errors === _errs180 && typeof data50 == "number" && isFinite(data50)) {
                                                    if (data50 > 3600 || isNaN(data50)) {
                                                      let err114 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options/minimumSeconds", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/properties/minimumSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600" };
                                                      vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                                                    } else if (data50 < 0 || isNaN(data50)) {
                                                      let err115 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options/minimumSeconds", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/properties/minimumSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                      vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                                                    }
                                                  }
                                                }
                                              } else {
                                                let err116 = { instancePath: instancePath + "/hpa-scale-down-unstabilized/options", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                                              }
                                            var valid60 = _errs177 === errors;
                                          } else
                                            var valid60 = !0;
                                      }
                                    } else {
                                      let err117 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                      vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                                    }
                                  var _valid12 = _errs172 === errors;
                                  if (_valid12 && valid58 ? (valid58 = !1, passing12 = [passing12, 1]) : _valid12 && (valid58 = !0, passing12 = 1), valid58)
                                    errors = _errs169, vErrors !== null && (_errs169 ? vErrors.length = _errs169 : vErrors = null);
                                  else {
                                    let err118 = { instancePath: instancePath + "/hpa-scale-down-unstabilized", schemaPath: "#/properties/hpa-scale-down-unstabilized/oneOf", keyword: "oneOf", params: { passingSchemas: passing12 }, message: "must match exactly one schema in oneOf" };
                                    return vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++, validate11.errors = vErrors, !1;
                                  }
                                  var valid0 = _errs168 === errors;
                                } else
                                  var valid0 = !0;
                                if (valid0) {
                                  if (data["hpa-target-missing"] !== void 0) {
                                    let data51 = data["hpa-target-missing"], _errs182 = errors, _errs183 = errors, valid63 = !1, passing13 = null, _errs184 = errors;
                                    if (!(data51 === "off" || data51 === "info" || data51 === "warning" || data51 === "error")) {
                                      let err119 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                            let err120 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/properties/hpa-target-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                                            vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                                            break;
                                          }
                                        if (_errs188 === errors) {
                                          if (data51.severity !== void 0) {
                                            let data52 = data51.severity, _errs189 = errors;
                                            if (!(data52 === "off" || data52 === "info" || data52 === "warning" || data52 === "error")) {
                                              let err121 = { instancePath: instancePath + "/hpa-target-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                    let err122 = { instancePath: instancePath + "/hpa-target-missing/options", schemaPath: "#/properties/hpa-target-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                                                    vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                                                    break;
                                                  }
                                                else {
                                                  let err123 = { instancePath: instancePath + "/hpa-target-missing/options", schemaPath: "#/properties/hpa-target-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                  vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                                                }
                                              var valid65 = _errs191 === errors;
                                            } else
                                              var valid65 = !0;
                                        }
                                      } else {
                                        let err124 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/properties/hpa-target-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                                      }
                                    var _valid13 = _errs186 === errors;
                                    if (_valid13 && valid63 ? (valid63 = !1, passing13 = [passing13, 1]) : _valid13 && (valid63 = !0, passing13 = 1), valid63)
                                      errors = _errs183, vErrors !== null && (_errs183 ? vErrors.length = _errs183 : vErrors = null);
                                    else {
                                      let err125 = { instancePath: instancePath + "/hpa-target-missing", schemaPath: "#/properties/hpa-target-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing13 }, message: "must match exactly one schema in oneOf" };
                                      return vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++, validate11.errors = vErrors, !1;
                                    }
                                    var valid0 = _errs182 === errors;
                                  } else
                                    var valid0 = !0;
                                  if (valid0) {
                                    if (data["hpa-unsupported-resource-metric"] !== void 0) {
                                      let data54 = data["hpa-unsupported-resource-metric"], _errs194 = errors, _errs195 = errors, valid67 = !1, passing14 = null, _errs196 = errors;
                                      if (!(data54 === "off" || data54 === "info" || data54 === "warning" || data54 === "error")) {
                                        let err126 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                              let err127 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                                              vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                                              break;
                                            }
                                          if (_errs200 === errors) {
                                            if (data54.severity !== void 0) {
                                              let data55 = data54.severity, _errs201 = errors;
                                              if (!(data55 === "off" || data55 === "info" || data55 === "warning" || data55 === "error")) {
                                                let err128 = { instancePath: instancePath + "/hpa-unsupported-resource-metric/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                      let err129 = { instancePath: instancePath + "/hpa-unsupported-resource-metric/options", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                                                      vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                                                      break;
                                                    }
                                                  else {
                                                    let err130 = { instancePath: instancePath + "/hpa-unsupported-resource-metric/options", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                                                  }
                                                var valid69 = _errs203 === errors;
                                              } else
                                                var valid69 = !0;
                                          }
                                        } else {
                                          let err131 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                          vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                                        }
                                      var _valid14 = _errs198 === errors;
                                      if (_valid14 && valid67 ? (valid67 = !1, passing14 = [passing14, 1]) : _valid14 && (valid67 = !0, passing14 = 1), valid67)
                                        errors = _errs195, vErrors !== null && (_errs195 ? vErrors.length = _errs195 : vErrors = null);
                                      else {
                                        let err132 = { instancePath: instancePath + "/hpa-unsupported-resource-metric", schemaPath: "#/properties/hpa-unsupported-resource-metric/oneOf", keyword: "oneOf", params: { passingSchemas: passing14 }, message: "must match exactly one schema in oneOf" };
                                        return vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++, validate11.errors = vErrors, !1;
                                      }
                                      var valid0 = _errs194 === errors;
                                    } else
                                      var valid0 = !0;
                                    if (valid0) {
                                      if (data["hpa-vpa-conflict"] !== void 0) {
                                        let data57 = data["hpa-vpa-conflict"], _errs206 = errors, _errs207 = errors, valid71 = !1, passing15 = null, _errs208 = errors;
                                        if (!(data57 === "off" || data57 === "info" || data57 === "warning" || data57 === "error")) {
                                          let err133 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                let err134 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                                                vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                                                break;
                                              }
                                            if (_errs212 === errors) {
                                              if (data57.severity !== void 0) {
                                                let data58 = data57.severity, _errs213 = errors;
                                                if (!(data58 === "off" || data58 === "info" || data58 === "warning" || data58 === "error")) {
                                                  let err135 = { instancePath: instancePath + "/hpa-vpa-conflict/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                        let err136 = { instancePath: instancePath + "/hpa-vpa-conflict/options", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                                                        vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                                                        break;
                                                      }
                                                    else {
                                                      let err137 = { instancePath: instancePath + "/hpa-vpa-conflict/options", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                      vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                                                    }
                                                  var valid73 = _errs215 === errors;
                                                } else
                                                  var valid73 = !0;
                                            }
                                          } else {
                                            let err138 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/properties/hpa-vpa-conflict/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
                                          }
                                        var _valid15 = _errs210 === errors;
                                        if (_valid15 && valid71 ? (valid71 = !1, passing15 = [passing15, 1]) : _valid15 && (valid71 = !0, passing15 = 1), valid71)
                                          errors = _errs207, vErrors !== null && (_errs207 ? vErrors.length = _errs207 : vErrors = null);
                                        else {
                                          let err139 = { instancePath: instancePath + "/hpa-vpa-conflict", schemaPath: "#/properties/hpa-vpa-conflict/oneOf", keyword: "oneOf", params: { passingSchemas: passing15 }, message: "must match exactly one schema in oneOf" };
                                          return vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++, validate11.errors = vErrors, !1;
                                        }
                                        var valid0 = _errs206 === errors;
                                      } else
                                        var valid0 = !0;
                                      if (valid0) {
                                        if (data["ingress-backend-missing"] !== void 0) {
                                          let data60 = data["ingress-backend-missing"], _errs218 = errors, _errs219 = errors, valid75 = !1, passing16 = null, _errs220 = errors;
                                          if (!(data60 === "off" || data60 === "info" || data60 === "warning" || data60 === "error")) {
                                            let err140 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                  let err141 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                                                  vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
                                                  break;
                                                }
                                              if (_errs224 === errors) {
                                                if (data60.severity !== void 0) {
                                                  let data61 = data60.severity, _errs225 = errors;
                                                  if (!(data61 === "off" || data61 === "info" || data61 === "warning" || data61 === "error")) {
                                                    let err142 = { instancePath: instancePath + "/ingress-backend-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                    vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                                                  }
                                                  var valid77 = _errs225 === errors;
                                                } else
                                                  var valid77 = !0;
                                                if (valid77)
                                                  if (data60.options !== void 0) {
                                                    let data62 = data60.options, _errs227 = errors;
                                                    if (errors === _errs227)
                                                      if (data62 && typeof data62 == "object" && !Array.isArray(data62))
                                                        for (let key34 in data62) {
                                                          let err143 = { instancePath: instancePath + "/ingress-backend-missing/options", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                                                          vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
                                                          break;
                                                        }
                                                      else {
                                                        let err144 = { instancePath: instancePath + "/ingress-backend-missing/options", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                                                      }
                                                    var valid77 = _errs227 === errors;
                                                  } else
                                                    var valid77 = !0;
                                              }
                                            } else {
                                              let err145 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/properties/ingress-backend-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                              vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
                                            }
                                          var _valid16 = _errs222 === errors;
                                          if (_valid16 && valid75 ? (valid75 = !1, passing16 = [passing16, 1]) : _valid16 && (valid75 = !0, passing16 = 1), valid75)
                                            errors = _errs219, vErrors !== null && (_errs219 ? vErrors.length = _errs219 : vErrors = null);
                                          else {
                                            let err146 = { instancePath: instancePath + "/ingress-backend-missing", schemaPath: "#/properties/ingress-backend-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing16 }, message: "must match exactly one schema in oneOf" };
                                            return vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++, validate11.errors = vErrors, !1;
                                          }
                                          var valid0 = _errs218 === errors;
                                        } else
                                          var valid0 = !0;
                                        if (valid0) {
                                          if (data["missing-requests"] !== void 0) {
                                            let data63 = data["missing-requests"], _errs230 = errors, _errs231 = errors, valid79 = !1, passing17 = null, _errs232 = errors;
                                            if (!(data63 === "off" || data63 === "info" || data63 === "warning" || data63 === "error")) {
                                              let err147 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                              vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                                            }
                                            var _valid17 = _errs232 === errors;
                                            _valid17 && (valid79 = !0, passing17 = 0);
                                            let _errs234 = errors;
                                            if (errors === _errs234)
                                              if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                                let _errs236 = errors;
                                                for (let key35 in data63)
                                                  if (!(key35 === "severity" || key35 === "options")) {
                                                    let err148 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/properties/missing-requests/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                                                    vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
                                                    break;
                                                  }
                                                if (_errs236 === errors) {
                                                  if (data63.severity !== void 0) {
                                                    let data64 = data63.severity, _errs237 = errors;
                                                    if (!(data64 === "off" || data64 === "info" || data64 === "warning" || data64 === "error")) {
                                                      let err149 = { instancePath: instancePath + "/missing-requests/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                      vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
                                                    }
                                                    var valid81 = _errs237 === errors;
                                                  } else
                                                    var valid81 = !0;
                                                  if (valid81)
                                                    if (data63.options !== void 0) {
                                                      let data65 = data63.options, _errs239 = errors;
                                                      if (errors === _errs239)
                                                        if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                                                          let _errs241 = errors;
                                                          for (let key36 in data65)
                                                            if (!(key36 === "resources" || key36 === "includeInitContainers")) {
                                                              let err150 = { instancePath: instancePath + "/missing-requests/options", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                                                              vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
                                                              break;
                                                            }
                                                          if (_errs241 === errors) {
                                                            if (data65.resources !== void 0) {
                                                              let data66 = data65.resources, _errs242 = errors;
                                                              if (errors === _errs242)
                                                                if (Array.isArray(data66)) {
                                                                  var valid84 = !0;
                                                                  let len3 = data66.length;
                                                                  for (let i5 = 0; i5 < len3; i5++) {
                                                                    let data67 = data66[i5], _errs244 = errors;
                                                                    if (errors === _errs244)
                                                                      if (typeof data67 == "string") {
                                                                        if (func3(data67) < 1) {
                                                                          let err151 = { instancePath: instancePath + "/missing-requests/options/resources/" + i5, schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                          vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
                                                                        }
                                                                      } else {
                                                                        let err152 = { instancePath: instancePath + "/missing-requests/options/resources/" + i5, schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                        vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
                                                                      }
                                                                    var valid84 = _errs244 === errors;
                                                                    if (!valid84)
                                                                      break;
                                                                  }
                                                                  if (valid84) {
                                                                    let i6 = data66.length, j2;
                                                                    if (i6 > 1) {
                                                                      let indices2 = {};
                                                                      for (; i6--; ) {
                                                                        let item2 = data66[i6];
                                                                        if (typeof item2 == "string") {
                                                                          if (typeof indices2[item2] == "number") {
                                                                            j2 = indices2[item2];
                                                                            let err153 = { instancePath: instancePath + "/missing-requests/options/resources", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)" };
                                                                            vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
                                                                            break;
                                                                          }
                                                                          indices2[item2] = i6;
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                } else {
                                                                  let err154 = { instancePath: instancePath + "/missing-requests/options/resources", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                  vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
                                                                }
                                                              var valid83 = _errs242 === errors;
                                                            } else
                                                              var valid83 = !0;
                                                            if (valid83)
                                                              if (data65.includeInitContainers !== void 0) {
                                                                let _errs246 = errors;
                                                                if (typeof data65.includeInitContainers != "boolean") {
                                                                  let err155 = { instancePath: instancePath + "/missing-requests/options/includeInitContainers", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/properties/includeInitContainers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                  vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
                                                                }
                                                                var valid83 = _errs246 === errors;
                                                              } else
                                                                var valid83 = !0;
                                                          }
                                                        } else {
                                                          let err156 = { instancePath: instancePath + "/missing-requests/options", schemaPath: "#/properties/missing-requests/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                          vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
                                                        }
                                                      var valid81 = _errs239 === errors;
                                                    } else
                                                      var valid81 = !0;
                                                }
                                              } else {
                                                let err157 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/properties/missing-requests/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
                                              }
                                            var _valid17 = _errs234 === errors;
                                            if (_valid17 && valid79 ? (valid79 = !1, passing17 = [passing17, 1]) : _valid17 && (valid79 = !0, passing17 = 1), valid79)
                                              errors = _errs231, vErrors !== null && (_errs231 ? vErrors.length = _errs231 : vErrors = null);
                                            else {
                                              let err158 = { instancePath: instancePath + "/missing-requests", schemaPath: "#/properties/missing-requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing17 }, message: "must match exactly one schema in oneOf" };
                                              return vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++, validate11.errors = vErrors, !1;
                                            }
                                            var valid0 = _errs230 === errors;
                                          } else
                                            var valid0 = !0;
                                          if (valid0) {
                                            if (data["parse-error"] !== void 0) {
                                              let data69 = data["parse-error"], _errs248 = errors, _errs249 = errors, valid86 = !1, passing18 = null, _errs250 = errors;
                                              if (!(data69 === "off" || data69 === "info" || data69 === "warning" || data69 === "error")) {
                                                let err159 = { instancePath: instancePath + "/parse-error", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                      let err160 = { instancePath: instancePath + "/parse-error", schemaPath: "#/properties/parse-error/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                                                      vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                                                      break;
                                                    }
                                                  if (_errs254 === errors) {
                                                    if (data69.severity !== void 0) {
                                                      let data70 = data69.severity, _errs255 = errors;
                                                      if (!(data70 === "off" || data70 === "info" || data70 === "warning" || data70 === "error")) {
                                                        let err161 = { instancePath: instancePath + "/parse-error/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                              let err162 = { instancePath: instancePath + "/parse-error/options", schemaPath: "#/properties/parse-error/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                                                              vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
                                                              break;
                                                            }
                                                          else {
                                                            let err163 = { instancePath: instancePath + "/parse-error/options", schemaPath: "#/properties/parse-error/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
                                                          }
                                                        var valid88 = _errs257 === errors;
                                                      } else
                                                        var valid88 = !0;
                                                  }
                                                } else {
                                                  let err164 = { instancePath: instancePath + "/parse-error", schemaPath: "#/properties/parse-error/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                  vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
                                                }
                                              var _valid18 = _errs252 === errors;
                                              if (_valid18 && valid86 ? (valid86 = !1, passing18 = [passing18, 1]) : _valid18 && (valid86 = !0, passing18 = 1), valid86)
                                                errors = _errs249, vErrors !== null && (_errs249 ? vErrors.length = _errs249 : vErrors = null);
                                              else {
                                                let err165 = { instancePath: instancePath + "/parse-error", schemaPath: "#/properties/parse-error/oneOf", keyword: "oneOf", params: { passingSchemas: passing18 }, message: "must match exactly one schema in oneOf" };
                                                return vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++, validate11.errors = vErrors, !1;
                                              }
                                              var valid0 = _errs248 === errors;
                                            } else
                                              var valid0 = !0;
                                            if (valid0) {
                                              if (data["pdb-blocks-eviction"] !== void 0) {
                                                let data72 = data["pdb-blocks-eviction"], _errs260 = errors, _errs261 = errors, valid90 = !1, passing19 = null, _errs262 = errors;
                                                if (!(data72 === "off" || data72 === "info" || data72 === "warning" || data72 === "error")) {
                                                  let err166 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                        let err167 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                                                        vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
                                                        break;
                                                      }
                                                    if (_errs266 === errors) {
                                                      if (data72.severity !== void 0) {
                                                        let data73 = data72.severity, _errs267 = errors;
                                                        if (!(data73 === "off" || data73 === "info" || data73 === "warning" || data73 === "error")) {
                                                          let err168 = { instancePath: instancePath + "/pdb-blocks-eviction/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                                let err169 = { instancePath: instancePath + "/pdb-blocks-eviction/options", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                                                                vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
                                                                break;
                                                              }
                                                            else {
                                                              let err170 = { instancePath: instancePath + "/pdb-blocks-eviction/options", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                              vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
                                                            }
                                                          var valid92 = _errs269 === errors;
                                                        } else
                                                          var valid92 = !0;
                                                    }
                                                  } else {
                                                    let err171 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/properties/pdb-blocks-eviction/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                    vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
                                                  }
                                                var _valid19 = _errs264 === errors;
                                                if (_valid19 && valid90 ? (valid90 = !1, passing19 = [passing19, 1]) : _valid19 && (valid90 = !0, passing19 = 1), valid90)
                                                  errors = _errs261, vErrors !== null && (_errs261 ? vErrors.length = _errs261 : vErrors = null);
                                                else {
                                                  let err172 = { instancePath: instancePath + "/pdb-blocks-eviction", schemaPath: "#/properties/pdb-blocks-eviction/oneOf", keyword: "oneOf", params: { passingSchemas: passing19 }, message: "must match exactly one schema in oneOf" };
                                                  return vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++, validate11.errors = vErrors, !1;
                                                }
                                                var valid0 = _errs260 === errors;
                                              } else
                                                var valid0 = !0;
                                              if (valid0) {
                                                if (data["pdb-missing"] !== void 0) {
                                                  let data75 = data["pdb-missing"], _errs272 = errors, _errs273 = errors, valid94 = !1, passing20 = null, _errs274 = errors;
                                                  if (!(data75 === "off" || data75 === "info" || data75 === "warning" || data75 === "error")) {
                                                    let err173 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                          let err174 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/properties/pdb-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                                                          vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
                                                          break;
                                                        }
                                                      if (_errs278 === errors) {
                                                        if (data75.severity !== void 0) {
                                                          let data76 = data75.severity, _errs279 = errors;
                                                          if (!(data76 === "off" || data76 === "info" || data76 === "warning" || data76 === "error")) {
                                                            let err175 = { instancePath: instancePath + "/pdb-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                                  let err176 = { instancePath: instancePath + "/pdb-missing/options", schemaPath: "#/properties/pdb-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                                                                  vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
                                                                  break;
                                                                }
                                                              else {
                                                                let err177 = { instancePath: instancePath + "/pdb-missing/options", schemaPath: "#/properties/pdb-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
                                                              }
                                                            var valid96 = _errs281 === errors;
                                                          } else
                                                            var valid96 = !0;
                                                      }
                                                    } else {
                                                      let err178 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/properties/pdb-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                      vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
                                                    }
                                                  var _valid20 = _errs276 === errors;
                                                  if (_valid20 && valid94 ? (valid94 = !1, passing20 = [passing20, 1]) : _valid20 && (valid94 = !0, passing20 = 1), valid94)
                                                    errors = _errs273, vErrors !== null && (_errs273 ? vErrors.length = _errs273 : vErrors = null);
                                                  else {
                                                    let err179 = { instancePath: instancePath + "/pdb-missing", schemaPath: "#/properties/pdb-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing20 }, message: "must match exactly one schema in oneOf" };
                                                    return vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++, validate11.errors = vErrors, !1;
                                                  }
                                                  var valid0 = _errs272 === errors;
                                                } else
                                                  var valid0 = !0;
                                                if (valid0) {
                                                  if (data["pdb-no-budget"] !== void 0) {
                                                    let data78 = data["pdb-no-budget"], _errs284 = errors, _errs285 = errors, valid98 = !1, passing21 = null, _errs286 = errors;
                                                    if (!(data78 === "off" || data78 === "info" || data78 === "warning" || data78 === "error")) {
                                                      let err180 = { instancePath: instancePath + "/pdb-no-budget", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                            let err181 = { instancePath: instancePath + "/pdb-no-budget", schemaPath: "#/properties/pdb-no-budget/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                                                            vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
                                                            break;
                                                          }
                                                        if (_errs290 === errors) {
                                                          if (data78.severity !== void 0) {
                                                            let data79 = data78.severity, _errs291 = errors;
                                                            if (!(data79 === "off" || data79 === "info" || data79 === "warning" || data79 === "error")) {
                                                              let err182 = { instancePath: instancePath + "/pdb-no-budget/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                                    let err183 = { instancePath: instancePath + "/pdb-no-budget/options", schemaPath: "#/properties/pdb-no-budget/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                                                                    vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
                                                                    break;
                                                                  }
                                                                else {
                                                                  let err184 = { instancePath: instancePath + "/pdb-no-budget/options", schemaPath: "#/properties/pdb-no-budget/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                  vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
                                                                }
                                                              var valid100 = _errs293 === errors;
                                                            } else
                                                              var valid100 = !0;
                                                        }
                                                      } else {
                                                        let err185 = { instancePath: instancePath + "/pdb-no-budget", schemaPath: "#/properties/pdb-no-budget/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
                                                      }
                                                    var _valid21 = _errs288 === errors;
                                                    if (_valid21 && valid98 ? (valid98 = !1, passing21 = [passing21, 1]) : _valid21 && (valid98 = !0, passing21 = 1), valid98)
                                                      errors = _errs285, vErrors !== null && (_errs285 ? vErrors.length = _errs285 : vErrors = null);
                                                    else {
                                                      let err186 = { instancePath: instancePath + "/pdb-no-budget", schemaPath: "#/properties/pdb-no-budget/oneOf", keyword: "oneOf", params: { passingSchemas: passing21 }, message: "must match exactly one schema in oneOf" };
                                                      return vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++, validate11.errors = vErrors, !1;
                                                    }
                                                    var valid0 = _errs284 === errors;
                                                  } else
                                                    var valid0 = !0;
                                                  if (valid0) {
                                                    if (data["pdb-no-match"] !== void 0) {
                                                      let data81 = data["pdb-no-match"], _errs296 = errors, _errs297 = errors, valid102 = !1, passing22 = null, _errs298 = errors;
                                                      if (!(data81 === "off" || data81 === "info" || data81 === "warning" || data81 === "error")) {
                                                        let err187 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                              let err188 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/properties/pdb-no-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
                                                              vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
                                                              break;
                                                            }
                                                          if (_errs302 === errors) {
                                                            if (data81.severity !== void 0) {
                                                              let data82 = data81.severity, _errs303 = errors;
                                                              if (!(data82 === "off" || data82 === "info" || data82 === "warning" || data82 === "error")) {
                                                                let err189 = { instancePath: instancePath + "/pdb-no-match/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                                      let err190 = { instancePath: instancePath + "/pdb-no-match/options", schemaPath: "#/properties/pdb-no-match/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
                                                                      vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
                                                                      break;
                                                                    }
                                                                  else {
                                                                    let err191 = { instancePath: instancePath + "/pdb-no-match/options", schemaPath: "#/properties/pdb-no-match/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                    vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
                                                                  }
                                                                var valid104 = _errs305 === errors;
                                                              } else
                                                                var valid104 = !0;
                                                          }
                                                        } else {
                                                          let err192 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/properties/pdb-no-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                          vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
                                                        }
                                                      var _valid22 = _errs300 === errors;
                                                      if (_valid22 && valid102 ? (valid102 = !1, passing22 = [passing22, 1]) : _valid22 && (valid102 = !0, passing22 = 1), valid102)
                                                        errors = _errs297, vErrors !== null && (_errs297 ? vErrors.length = _errs297 : vErrors = null);
                                                      else {
                                                        let err193 = { instancePath: instancePath + "/pdb-no-match", schemaPath: "#/properties/pdb-no-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing22 }, message: "must match exactly one schema in oneOf" };
                                                        return vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++, validate11.errors = vErrors, !1;
                                                      }
                                                      var valid0 = _errs296 === errors;
                                                    } else
                                                      var valid0 = !0;
                                                    if (valid0) {
                                                      if (data["pdb-overlap"] !== void 0) {
                                                        let data84 = data["pdb-overlap"], _errs308 = errors, _errs309 = errors, valid106 = !1, passing23 = null, _errs310 = errors;
                                                        if (!(data84 === "off" || data84 === "info" || data84 === "warning" || data84 === "error")) {
                                                          let err194 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
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
                                                                let err195 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/properties/pdb-overlap/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties" };
                                                                vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
                                                                break;
                                                              }
                                                            if (_errs314 === errors) {
                                                              if (data84.severity !== void 0) {
                                                                let data85 = data84.severity, _errs315 = errors;
                                                                if (!(data85 === "off" || data85 === "info" || data85 === "warning" || data85 === "error")) {
                                                                  let err196 = { instancePath: instancePath + "/pdb-overlap/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                  vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
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
                                                                        let err197 = { instancePath: instancePath + "/pdb-overlap/options", schemaPath: "#/properties/pdb-overlap/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties" };
                                                                        vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
                                                                        break;
                                                                      }
                                                                    else {
                                                                      let err198 = { instancePath: instancePath + "/pdb-overlap/options", schemaPath: "#/properties/pdb-overlap/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                      vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
                                                                    }
                                                                  var valid108 = _errs317 === errors;
                                                                } else
                                                                  var valid108 = !0;
                                                            }
                                                          } else {
                                                            let err199 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/properties/pdb-overlap/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                            vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
                                                          }
                                                        var _valid23 = _errs312 === errors;
                                                        if (_valid23 && valid106 ? (valid106 = !1, passing23 = [passing23, 1]) : _valid23 && (valid106 = !0, passing23 = 1), valid106)
                                                          errors = _errs309, vErrors !== null && (_errs309 ? vErrors.length = _errs309 : vErrors = null);
                                                        else {
                                                          let err200 = { instancePath: instancePath + "/pdb-overlap", schemaPath: "#/properties/pdb-overlap/oneOf", keyword: "oneOf", params: { passingSchemas: passing23 }, message: "must match exactly one schema in oneOf" };
                                                          return vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++, validate11.errors = vErrors, !1;
                                                        }
                                                        var valid0 = _errs308 === errors;
                                                      } else
                                                        var valid0 = !0;
                                                      if (valid0) {
                                                        if (data["pdb-percent-blocks-eviction"] !== void 0) {
                                                          let data87 = data["pdb-percent-blocks-eviction"], _errs320 = errors, _errs321 = errors, valid110 = !1, passing24 = null, _errs322 = errors;
                                                          if (!(data87 === "off" || data87 === "info" || data87 === "warning" || data87 === "error")) {
                                                            let err201 = { instancePath: instancePath + "/pdb-percent-blocks-eviction", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                            vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
                                                          }
                                                          var _valid24 = _errs322 === errors;
                                                          _valid24 && (valid110 = !0, passing24 = 0);
                                                          let _errs324 = errors;
                                                          if (errors === _errs324)
                                                            if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                                                              let _errs326 = errors;
                                                              for (let key49 in data87)
                                                                if (!(key49 === "severity" || key49 === "options")) {
                                                                  let err202 = { instancePath: instancePath + "/pdb-percent-blocks-eviction", schemaPath: "#/properties/pdb-percent-blocks-eviction/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties" };
                                                                  vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
                                                                  break;
                                                                }
                                                              if (_errs326 === errors) {
                                                                if (data87.severity !== void 0) {
                                                                  let data88 = data87.severity, _errs327 = errors;
                                                                  if (!(data88 === "off" || data88 === "info" || data88 === "warning" || data88 === "error")) {
                                                                    let err203 = { instancePath: instancePath + "/pdb-percent-blocks-eviction/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                    vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
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
                                                                          if (key50 !== "minimumPods") {
                                                                            let err204 = { instancePath: instancePath + "/pdb-percent-blocks-eviction/options", schemaPath: "#/properties/pdb-percent-blocks-eviction/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties" };
                                                                            vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
                                                                            break;
                                                                          }
                                                                        if (_errs331 === errors && data89.minimumPods !== void 0) {
                                                                          let data90 = data89.minimumPods, _errs332 = errors;
                                                                          if (!(typeof data90 == "number" && !(data90 % 1) && !isNaN(data90) && isFinite(data90))) {
                                                                            let err205 = { instancePath: instancePath + "/pdb-percent-blocks-eviction/options/minimumPods", schemaPath: "#/properties/pdb-percent-blocks-eviction/oneOf/1/properties/options/properties/minimumPods/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                            vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
                                                                          }
                                                                          if (errors === _errs332 && typeof data90 == "number" && isFinite(data90) && (data90 < 3 || isNaN(data90))) {
                                                                            let err206 = { instancePath: instancePath + "/pdb-percent-blocks-eviction/options/minimumPods", schemaPath: "#/properties/pdb-percent-blocks-eviction/oneOf/1/properties/options/properties/minimumPods/minimum", keyword: "minimum", params: { comparison: ">=", limit: 3 }, message: "must be >= 3" };
                                                                            vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        let err207 = { instancePath: instancePath + "/pdb-percent-blocks-eviction/options", schemaPath: "#/properties/pdb-percent-blocks-eviction/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                        vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
                                                                      }
                                                                    var valid112 = _errs329 === errors;
                                                                  } else
                                                                    var valid112 = !0;
                                                              }
                                                            } else {
                                                              let err208 = { instancePath: instancePath + "/pdb-percent-blocks-eviction", schemaPath: "#/properties/pdb-percent-blocks-eviction/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                              vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
                                                            }
                                                          var _valid24 = _errs324 === errors;
                                                          if (_valid24 && valid110 ? (valid110 = !1, passing24 = [passing24, 1]) : _valid24 && (valid110 = !0, passing24 = 1), valid110)
                                                            errors = _errs321, vErrors !== null && (_errs321 ? vErrors.length = _errs321 : vErrors = null);
                                                          else {
                                                            let err209 = { instancePath: instancePath + "/pdb-percent-blocks-eviction", schemaPath: "#/properties/pdb-percent-blocks-eviction/oneOf", keyword: "oneOf", params: { passingSchemas: passing24 }, message: "must match exactly one schema in oneOf" };
                                                            return vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++, validate11.errors = vErrors, !1;
                                                          }
                                                          var valid0 = _errs320 === errors;
                                                        } else
                                                          var valid0 = !0;
                                                        if (valid0) {
                                                          if (data["pdb-unhealthy-eviction-policy"] !== void 0) {
                                                            let data91 = data["pdb-unhealthy-eviction-policy"], _errs334 = errors, _errs335 = errors, valid115 = !1, passing25 = null, _errs336 = errors;
                                                            if (!(data91 === "off" || data91 === "info" || data91 === "warning" || data91 === "error")) {
                                                              let err210 = { instancePath: instancePath + "/pdb-unhealthy-eviction-policy", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                              vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
                                                            }
                                                            var _valid25 = _errs336 === errors;
                                                            _valid25 && (valid115 = !0, passing25 = 0);
                                                            let _errs338 = errors;
                                                            if (errors === _errs338)
                                                              if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                                                                let _errs340 = errors;
                                                                for (let key51 in data91)
                                                                  if (!(key51 === "severity" || key51 === "options")) {
                                                                    let err211 = { instancePath: instancePath + "/pdb-unhealthy-eviction-policy", schemaPath: "#/properties/pdb-unhealthy-eviction-policy/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties" };
                                                                    vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
                                                                    break;
                                                                  }
                                                                if (_errs340 === errors) {
                                                                  if (data91.severity !== void 0) {
                                                                    let data92 = data91.severity, _errs341 = errors;
                                                                    if (!(data92 === "off" || data92 === "info" || data92 === "warning" || data92 === "error")) {
                                                                      let err212 = { instancePath: instancePath + "/pdb-unhealthy-eviction-policy/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                      vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
                                                                    }
                                                                    var valid117 = _errs341 === errors;
                                                                  } else
                                                                    var valid117 = !0;
                                                                  if (valid117)
                                                                    if (data91.options !== void 0) {
                                                                      let data93 = data91.options, _errs343 = errors;
                                                                      if (errors === _errs343)
                                                                        if (data93 && typeof data93 == "object" && !Array.isArray(data93))
                                                                          for (let key52 in data93) {
                                                                            let err213 = { instancePath: instancePath + "/pdb-unhealthy-eviction-policy/options", schemaPath: "#/properties/pdb-unhealthy-eviction-policy/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties" };
                                                                            vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
                                                                            break;
                                                                          }
                                                                        else {
                                                                          let err214 = { instancePath: instancePath + "/pdb-unhealthy-eviction-policy/options", schemaPath: "#/properties/pdb-unhealthy-eviction-policy/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                          vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
                                                                        }
                                                                      var valid117 = _errs343 === errors;
                                                                    } else
                                                                      var valid117 = !0;
                                                                }
                                                              } else {
                                                                let err215 = { instancePath: instancePath + "/pdb-unhealthy-eviction-policy", schemaPath: "#/properties/pdb-unhealthy-eviction-policy/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
                                                              }
                                                            var _valid25 = _errs338 === errors;
                                                            if (_valid25 && valid115 ? (valid115 = !1, passing25 = [passing25, 1]) : _valid25 && (valid115 = !0, passing25 = 1), valid115)
                                                              errors = _errs335, vErrors !== null && (_errs335 ? vErrors.length = _errs335 : vErrors = null);
                                                            else {
                                                              let err216 = { instancePath: instancePath + "/pdb-unhealthy-eviction-policy", schemaPath: "#/properties/pdb-unhealthy-eviction-policy/oneOf", keyword: "oneOf", params: { passingSchemas: passing25 }, message: "must match exactly one schema in oneOf" };
                                                              return vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++, validate11.errors = vErrors, !1;
                                                            }
                                                            var valid0 = _errs334 === errors;
                                                          } else
                                                            var valid0 = !0;
                                                          if (valid0) {
                                                            if (data["priority-class-conflict"] !== void 0) {
                                                              let data94 = data["priority-class-conflict"], _errs346 = errors, _errs347 = errors, valid119 = !1, passing26 = null, _errs348 = errors;
                                                              if (!(data94 === "off" || data94 === "info" || data94 === "warning" || data94 === "error")) {
                                                                let err217 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
                                                              }
                                                              var _valid26 = _errs348 === errors;
                                                              _valid26 && (valid119 = !0, passing26 = 0);
                                                              let _errs350 = errors;
                                                              if (errors === _errs350)
                                                                if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                                                                  let _errs352 = errors;
                                                                  for (let key53 in data94)
                                                                    if (!(key53 === "severity" || key53 === "options")) {
                                                                      let err218 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/properties/priority-class-conflict/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties" };
                                                                      vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
                                                                      break;
                                                                    }
                                                                  if (_errs352 === errors) {
                                                                    if (data94.severity !== void 0) {
                                                                      let data95 = data94.severity, _errs353 = errors;
                                                                      if (!(data95 === "off" || data95 === "info" || data95 === "warning" || data95 === "error")) {
                                                                        let err219 = { instancePath: instancePath + "/priority-class-conflict/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                        vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
                                                                      }
                                                                      var valid121 = _errs353 === errors;
                                                                    } else
                                                                      var valid121 = !0;
                                                                    if (valid121)
                                                                      if (data94.options !== void 0) {
                                                                        let data96 = data94.options, _errs355 = errors;
                                                                        if (errors === _errs355)
                                                                          if (data96 && typeof data96 == "object" && !Array.isArray(data96))
                                                                            for (let key54 in data96) {
                                                                              let err220 = { instancePath: instancePath + "/priority-class-conflict/options", schemaPath: "#/properties/priority-class-conflict/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties" };
                                                                              vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++;
                                                                              break;
                                                                            }
                                                                          else {
                                                                            let err221 = { instancePath: instancePath + "/priority-class-conflict/options", schemaPath: "#/properties/priority-class-conflict/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                            vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
                                                                          }
                                                                        var valid121 = _errs355 === errors;
                                                                      } else
                                                                        var valid121 = !0;
                                                                  }
                                                                } else {
                                                                  let err222 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/properties/priority-class-conflict/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                  vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
                                                                }
                                                              var _valid26 = _errs350 === errors;
                                                              if (_valid26 && valid119 ? (valid119 = !1, passing26 = [passing26, 1]) : _valid26 && (valid119 = !0, passing26 = 1), valid119)
                                                                errors = _errs347, vErrors !== null && (_errs347 ? vErrors.length = _errs347 : vErrors = null);
                                                              else {
                                                                let err223 = { instancePath: instancePath + "/priority-class-conflict", schemaPath: "#/properties/priority-class-conflict/oneOf", keyword: "oneOf", params: { passingSchemas: passing26 }, message: "must match exactly one schema in oneOf" };
                                                                return vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++, validate11.errors = vErrors, !1;
                                                              }
                                                              var valid0 = _errs346 === errors;
                                                            } else
                                                              var valid0 = !0;
                                                            if (valid0) {
                                                              if (data["priority-class-missing"] !== void 0) {
                                                                let data97 = data["priority-class-missing"], _errs358 = errors, _errs359 = errors, valid123 = !1, passing27 = null, _errs360 = errors;
                                                                if (!(data97 === "off" || data97 === "info" || data97 === "warning" || data97 === "error")) {
                                                                  let err224 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                  vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++;
                                                                }
                                                                var _valid27 = _errs360 === errors;
                                                                _valid27 && (valid123 = !0, passing27 = 0);
                                                                let _errs362 = errors;
                                                                if (errors === _errs362)
                                                                  if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                                                                    let _errs364 = errors;
                                                                    for (let key55 in data97)
                                                                      if (!(key55 === "severity" || key55 === "options")) {
                                                                        let err225 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/properties/priority-class-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties" };
                                                                        vErrors === null ? vErrors = [err225] : vErrors.push(err225), errors++;
                                                                        break;
                                                                      }
                                                                    if (_errs364 === errors) {
                                                                      if (data97.severity !== void 0) {
                                                                        let data98 = data97.severity, _errs365 = errors;
                                                                        if (!(data98 === "off" || data98 === "info" || data98 === "warning" || data98 === "error")) {
                                                                          let err226 = { instancePath: instancePath + "/priority-class-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                          vErrors === null ? vErrors = [err226] : vErrors.push(err226), errors++;
                                                                        }
                                                                        var valid125 = _errs365 === errors;
                                                                      } else
                                                                        var valid125 = !0;
                                                                      if (valid125)
                                                                        if (data97.options !== void 0) {
                                                                          let data99 = data97.options, _errs367 = errors;
                                                                          if (errors === _errs367)
                                                                            if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                                                                              let _errs369 = errors;
                                                                              for (let key56 in data99)
                                                                                if (key56 !== "knownClasses") {
                                                                                  let err227 = { instancePath: instancePath + "/priority-class-missing/options", schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties" };
                                                                                  vErrors === null ? vErrors = [err227] : vErrors.push(err227), errors++;
                                                                                  break;
                                                                                }
                                                                              if (_errs369 === errors && data99.knownClasses !== void 0) {
                                                                                let data100 = data99.knownClasses;
                                                                                if (errors === errors)
                                                                                  if (Array.isArray(data100)) {
                                                                                    var valid128 = !0;
                                                                                    let len4 = data100.length;
                                                                                    for (let i7 = 0; i7 < len4; i7++) {
                                                                                      let _errs372 = errors;
                                                                                      if (typeof data100[i7] != "string") {
                                                                                        let err228 = { instancePath: instancePath + "/priority-class-missing/options/knownClasses/" + i7, schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/properties/knownClasses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                        vErrors === null ? vErrors = [err228] : vErrors.push(err228), errors++;
                                                                                      }
                                                                                      var valid128 = _errs372 === errors;
                                                                                      if (!valid128)
                                                                                        break;
                                                                                    }
                                                                                  } else {
                                                                                    let err229 = { instancePath: instancePath + "/priority-class-missing/options/knownClasses", schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/properties/knownClasses/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                    vErrors === null ? vErrors = [err229] : vErrors.push(err229), errors++;
                                                                                  }
                                                                              }
                                                                            } else {
                                                                              let err230 = { instancePath: instancePath + "/priority-class-missing/options", schemaPath: "#/properties/priority-class-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                              vErrors === null ? vErrors = [err230] : vErrors.push(err230), errors++;
                                                                            }
                                                                          var valid125 = _errs367 === errors;
                                                                        } else
                                                                          var valid125 = !0;
                                                                    }
                                                                  } else {
                                                                    let err231 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/properties/priority-class-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                    vErrors === null ? vErrors = [err231] : vErrors.push(err231), errors++;
                                                                  }
                                                                var _valid27 = _errs362 === errors;
                                                                if (_valid27 && valid123 ? (valid123 = !1, passing27 = [passing27, 1]) : _valid27 && (valid123 = !0, passing27 = 1), valid123)
                                                                  errors = _errs359, vErrors !== null && (_errs359 ? vErrors.length = _errs359 : vErrors = null);
                                                                else {
                                                                  let err232 = { instancePath: instancePath + "/priority-class-missing", schemaPath: "#/properties/priority-class-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing27 }, message: "must match exactly one schema in oneOf" };
                                                                  return vErrors === null ? vErrors = [err232] : vErrors.push(err232), errors++, validate11.errors = vErrors, !1;
                                                                }
                                                                var valid0 = _errs358 === errors;
                                                              } else
                                                                var valid0 = !0;
                                                              if (valid0) {
                                                                if (data["prometheus-rule-invalid"] !== void 0) {
                                                                  let data102 = data["prometheus-rule-invalid"], _errs374 = errors, _errs375 = errors, valid129 = !1, passing28 = null, _errs376 = errors;
                                                                  if (!(data102 === "off" || data102 === "info" || data102 === "warning" || data102 === "error")) {
                                                                    let err233 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                    vErrors === null ? vErrors = [err233] : vErrors.push(err233), errors++;
                                                                  }
                                                                  var _valid28 = _errs376 === errors;
                                                                  _valid28 && (valid129 = !0, passing28 = 0);
                                                                  let _errs378 = errors;
                                                                  if (errors === _errs378)
                                                                    if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                                                                      let _errs380 = errors;
                                                                      for (let key57 in data102)
                                                                        if (!(key57 === "severity" || key57 === "options")) {
                                                                          let err234 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties" };
                                                                          vErrors === null ? vErrors = [err234] : vErrors.push(err234), errors++;
                                                                          break;
                                                                        }
                                                                      if (_errs380 === errors) {
                                                                        if (data102.severity !== void 0) {
                                                                          let data103 = data102.severity, _errs381 = errors;
                                                                          if (!(data103 === "off" || data103 === "info" || data103 === "warning" || data103 === "error")) {
                                                                            let err235 = { instancePath: instancePath + "/prometheus-rule-invalid/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                            vErrors === null ? vErrors = [err235] : vErrors.push(err235), errors++;
                                                                          }
                                                                          var valid131 = _errs381 === errors;
                                                                        } else
                                                                          var valid131 = !0;
                                                                        if (valid131)
                                                                          if (data102.options !== void 0) {
                                                                            let data104 = data102.options, _errs383 = errors;
                                                                            if (errors === _errs383)
                                                                              if (data104 && typeof data104 == "object" && !Array.isArray(data104))
                                                                                for (let key58 in data104) {
                                                                                  let err236 = { instancePath: instancePath + "/prometheus-rule-invalid/options", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties" };
                                                                                  vErrors === null ? vErrors = [err236] : vErrors.push(err236), errors++;
                                                                                  break;
                                                                                }
                                                                              else {
                                                                                let err237 = { instancePath: instancePath + "/prometheus-rule-invalid/options", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                vErrors === null ? vErrors = [err237] : vErrors.push(err237), errors++;
                                                                              }
                                                                            var valid131 = _errs383 === errors;
                                                                          } else
                                                                            var valid131 = !0;
                                                                      }
                                                                    } else {
                                                                      let err238 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/properties/prometheus-rule-invalid/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                      vErrors === null ? vErrors = [err238] : vErrors.push(err238), errors++;
                                                                    }
                                                                  var _valid28 = _errs378 === errors;
                                                                  if (_valid28 && valid129 ? (valid129 = !1, passing28 = [passing28, 1]) : _valid28 && (valid129 = !0, passing28 = 1), valid129)
                                                                    errors = _errs375, vErrors !== null && (_errs375 ? vErrors.length = _errs375 : vErrors = null);
                                                                  else {
                                                                    let err239 = { instancePath: instancePath + "/prometheus-rule-invalid", schemaPath: "#/properties/prometheus-rule-invalid/oneOf", keyword: "oneOf", params: { passingSchemas: passing28 }, message: "must match exactly one schema in oneOf" };
                                                                    return vErrors === null ? vErrors = [err239] : vErrors.push(err239), errors++, validate11.errors = vErrors, !1;
                                                                  }
                                                                  var valid0 = _errs374 === errors;
                                                                } else
                                                                  var valid0 = !0;
                                                                if (valid0) {
                                                                  if (data["quota-exceeded-at-max-scale"] !== void 0) {
                                                                    let data105 = data["quota-exceeded-at-max-scale"], _errs386 = errors, _errs387 = errors, valid133 = !1, passing29 = null, _errs388 = errors;
                                                                    if (!(data105 === "off" || data105 === "info" || data105 === "warning" || data105 === "error")) {
                                                                      let err240 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                      vErrors === null ? vErrors = [err240] : vErrors.push(err240), errors++;
                                                                    }
                                                                    var _valid29 = _errs388 === errors;
                                                                    _valid29 && (valid133 = !0, passing29 = 0);
                                                                    let _errs390 = errors;
                                                                    if (errors === _errs390)
                                                                      if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                                                                        let _errs392 = errors;
                                                                        for (let key59 in data105)
                                                                          if (!(key59 === "severity" || key59 === "options")) {
                                                                            let err241 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties" };
                                                                            vErrors === null ? vErrors = [err241] : vErrors.push(err241), errors++;
                                                                            break;
                                                                          }
                                                                        if (_errs392 === errors) {
                                                                          if (data105.severity !== void 0) {
                                                                            let data106 = data105.severity, _errs393 = errors;
                                                                            if (!(data106 === "off" || data106 === "info" || data106 === "warning" || data106 === "error")) {
                                                                              let err242 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                              vErrors === null ? vErrors = [err242] : vErrors.push(err242), errors++;
                                                                            }
                                                                            var valid135 = _errs393 === errors;
                                                                          } else
                                                                            var valid135 = !0;
                                                                          if (valid135)
                                                                            if (data105.options !== void 0) {
                                                                              let data107 = data105.options, _errs395 = errors;
                                                                              if (errors === _errs395)
                                                                                if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
                                                                                  let _errs397 = errors;
                                                                                  for (let key60 in data107)
                                                                                    if (!(key60 === "maximumPercent" || key60 === "includeRolloutSurge")) {
                                                                                      let err243 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties" };
                                                                                      vErrors === null ? vErrors = [err243] : vErrors.push(err243), errors++;
                                                                                      break;
                                                                                    }
                                                                                  if (_errs397 === errors) {
                                                                                    if (data107.maximumPercent !== void 0) {
                                                                                      let data108 = data107.maximumPercent, _errs398 = errors;
                                                                                      if (errors === _errs398)
                                                                                        if (typeof data108 == "number" && isFinite(data108)) {
                                                                                          if (data108 > 1e3 || isNaN(data108)) {
                                                                                            let err244 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/maximumPercent", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/maximumPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000" };
                                                                                            vErrors === null ? vErrors = [err244] : vErrors.push(err244), errors++;
                                                                                          } else if (data108 < 1 || isNaN(data108)) {
                                                                                            let err245 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/maximumPercent", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/maximumPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                                            vErrors === null ? vErrors = [err245] : vErrors.push(err245), errors++;
                                                                                          }
                                                                                        } else {
                                                                                          let err246 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/maximumPercent", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/maximumPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                          vErrors === null ? vErrors = [err246] : vErrors.push(err246), errors++;
                                                                                        }
                                                                                      var valid137 = _errs398 === errors;
                                                                                    } else
                                                                                      var valid137 = !0;
                                                                                    if (valid137)
                                                                                      if (data107.includeRolloutSurge !== void 0) {
                                                                                        let _errs400 = errors;
                                                                                        if (typeof data107.includeRolloutSurge != "boolean") {
                                                                                          let err247 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options/includeRolloutSurge", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/properties/includeRolloutSurge/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                          vErrors === null ? vErrors = [err247] : vErrors.push(err247), errors++;
                                                                                        }
                                                                                        var valid137 = _errs400 === errors;
                                                                                      } else
                                                                                        var valid137 = !0;
                                                                                  }
                                                                                } else {
                                                                                  let err248 = { instancePath: instancePath + "/quota-exceeded-at-max-scale/options", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                  vErrors === null ? vErrors = [err248] : vErrors.push(err248), errors++;
                                                                                }
                                                                              var valid135 = _errs395 === errors;
                                                                            } else
                                                                              var valid135 = !0;
                                                                        }
                                                                      } else {
                                                                        let err249 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                        vErrors === null ? vErrors = [err249] : vErrors.push(err249), errors++;
                                                                      }
                                                                    var _valid29 = _errs390 === errors;
                                                                    if (_valid29 && valid133 ? (valid133 = !1, passing29 = [passing29, 1]) : _valid29 && (valid133 = !0, passing29 = 1), valid133)
                                                                      errors = _errs387, vErrors !== null && (_errs387 ? vErrors.length = _errs387 : vErrors = null);
                                                                    else {
                                                                      let err250 = { instancePath: instancePath + "/quota-exceeded-at-max-scale", schemaPath: "#/properties/quota-exceeded-at-max-scale/oneOf", keyword: "oneOf", params: { passingSchemas: passing29 }, message: "must match exactly one schema in oneOf" };
                                                                      return vErrors === null ? vErrors = [err250] : vErrors.push(err250), errors++, validate11.errors = vErrors, !1;
                                                                    }
                                                                    var valid0 = _errs386 === errors;
                                                                  } else
                                                                    var valid0 = !0;
                                                                  if (valid0) {
                                                                    if (data["quota-extended-resource-key"] !== void 0) {
                                                                      let data110 = data["quota-extended-resource-key"], _errs402 = errors, _errs403 = errors, valid138 = !1, passing30 = null, _errs404 = errors;
                                                                      if (!(data110 === "off" || data110 === "info" || data110 === "warning" || data110 === "error")) {
                                                                        let err251 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                        vErrors === null ? vErrors = [err251] : vErrors.push(err251), errors++;
                                                                      }
                                                                      var _valid30 = _errs404 === errors;
                                                                      _valid30 && (valid138 = !0, passing30 = 0);
                                                                      let _errs406 = errors;
                                                                      if (errors === _errs406)
                                                                        if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
                                                                          let _errs408 = errors;
                                                                          for (let key61 in data110)
                                                                            if (!(key61 === "severity" || key61 === "options")) {
                                                                              let err252 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key61 }, message: "must NOT have additional properties" };
                                                                              vErrors === null ? vErrors = [err252] : vErrors.push(err252), errors++;
                                                                              break;
                                                                            }
                                                                          if (_errs408 === errors) {
                                                                            if (data110.severity !== void 0) {
                                                                              let data111 = data110.severity, _errs409 = errors;
                                                                              if (!(data111 === "off" || data111 === "info" || data111 === "warning" || data111 === "error")) {
                                                                                let err253 = { instancePath: instancePath + "/quota-extended-resource-key/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                vErrors === null ? vErrors = [err253] : vErrors.push(err253), errors++;
                                                                              }
                                                                              var valid140 = _errs409 === errors;
                                                                            } else
                                                                              var valid140 = !0;
                                                                            if (valid140)
                                                                              if (data110.options !== void 0) {
                                                                                let data112 = data110.options, _errs411 = errors;
                                                                                if (errors === _errs411)
                                                                                  if (data112 && typeof data112 == "object" && !Array.isArray(data112))
                                                                                    for (let key62 in data112) {
                                                                                      let err254 = { instancePath: instancePath + "/quota-extended-resource-key/options", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key62 }, message: "must NOT have additional properties" };
                                                                                      vErrors === null ? vErrors = [err254] : vErrors.push(err254), errors++;
                                                                                      break;
                                                                                    }
                                                                                  else {
                                                                                    let err255 = { instancePath: instancePath + "/quota-extended-resource-key/options", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                    vErrors === null ? vErrors = [err255] : vErrors.push(err255), errors++;
                                                                                  }
                                                                                var valid140 = _errs411 === errors;
                                                                              } else
                                                                                var valid140 = !0;
                                                                          }
                                                                        } else {
                                                                          let err256 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/properties/quota-extended-resource-key/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                          vErrors === null ? vErrors = [err256] : vErrors.push(err256), errors++;
                                                                        }
                                                                      var _valid30 = _errs406 === errors;
                                                                      if (_valid30 && valid138 ? (valid138 = !1, passing30 = [passing30, 1]) : _valid30 && (valid138 = !0, passing30 = 1), valid138)
                                                                        errors = _errs403, vErrors !== null && (_errs403 ? vErrors.length = _errs403 : vErrors = null);
                                                                      else {
                                                                        let err257 = { instancePath: instancePath + "/quota-extended-resource-key", schemaPath: "#/properties/quota-extended-resource-key/oneOf", keyword: "oneOf", params: { passingSchemas: passing30 }, message: "must match exactly one schema in oneOf" };
                                                                        return vErrors === null ? vErrors = [err257] : vErrors.push(err257), errors++, validate11.errors = vErrors, !1;
                                                                      }
                                                                      var valid0 = _errs402 === errors;
                                                                    } else
                                                                      var valid0 = !0;
                                                                    if (valid0) {
                                                                      if (data["quota-missing-requests"] !== void 0) {
                                                                        let data113 = data["quota-missing-requests"], _errs414 = errors, _errs415 = errors, valid142 = !1, passing31 = null, _errs416 = errors;
                                                                        if (!(data113 === "off" || data113 === "info" || data113 === "warning" || data113 === "error")) {
                                                                          let err258 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                          vErrors === null ? vErrors = [err258] : vErrors.push(err258), errors++;
                                                                        }
                                                                        var _valid31 = _errs416 === errors;
                                                                        _valid31 && (valid142 = !0, passing31 = 0);
                                                                        let _errs418 = errors;
                                                                        if (errors === _errs418)
                                                                          if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
                                                                            let _errs420 = errors;
                                                                            for (let key63 in data113)
                                                                              if (!(key63 === "severity" || key63 === "options")) {
                                                                                let err259 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/properties/quota-missing-requests/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key63 }, message: "must NOT have additional properties" };
                                                                                vErrors === null ? vErrors = [err259] : vErrors.push(err259), errors++;
                                                                                break;
                                                                              }
                                                                            if (_errs420 === errors) {
                                                                              if (data113.severity !== void 0) {
                                                                                let data114 = data113.severity, _errs421 = errors;
                                                                                if (!(data114 === "off" || data114 === "info" || data114 === "warning" || data114 === "error")) {
                                                                                  let err260 = { instancePath: instancePath + "/quota-missing-requests/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                  vErrors === null ? vErrors = [err260] : vErrors.push(err260), errors++;
                                                                                }
                                                                                var valid144 = _errs421 === errors;
                                                                              } else
                                                                                var valid144 = !0;
                                                                              if (valid144)
                                                                                if (data113.options !== void 0) {
                                                                                  let data115 = data113.options, _errs423 = errors;
                                                                                  if (errors === _errs423)
                                                                                    if (data115 && typeof data115 == "object" && !Array.isArray(data115))
                                                                                      for (let key64 in data115) {
                                                                                        let err261 = { instancePath: instancePath + "/quota-missing-requests/options", schemaPath: "#/properties/quota-missing-requests/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key64 }, message: "must NOT have additional properties" };
                                                                                        vErrors === null ? vErrors = [err261] : vErrors.push(err261), errors++;
                                                                                        break;
                                                                                      }
                                                                                    else {
                                                                                      let err262 = { instancePath: instancePath + "/quota-missing-requests/options", schemaPath: "#/properties/quota-missing-requests/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                      vErrors === null ? vErrors = [err262] : vErrors.push(err262), errors++;
                                                                                    }
                                                                                  var valid144 = _errs423 === errors;
                                                                                } else
                                                                                  var valid144 = !0;
                                                                            }
                                                                          } else {
                                                                            let err263 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/properties/quota-missing-requests/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                            vErrors === null ? vErrors = [err263] : vErrors.push(err263), errors++;
                                                                          }
                                                                        var _valid31 = _errs418 === errors;
                                                                        if (_valid31 && valid142 ? (valid142 = !1, passing31 = [passing31, 1]) : _valid31 && (valid142 = !0, passing31 = 1), valid142)
                                                                          errors = _errs415, vErrors !== null && (_errs415 ? vErrors.length = _errs415 : vErrors = null);
                                                                        else {
                                                                          let err264 = { instancePath: instancePath + "/quota-missing-requests", schemaPath: "#/properties/quota-missing-requests/oneOf", keyword: "oneOf", params: { passingSchemas: passing31 }, message: "must match exactly one schema in oneOf" };
                                                                          return vErrors === null ? vErrors = [err264] : vErrors.push(err264), errors++, validate11.errors = vErrors, !1;
                                                                        }
                                                                        var valid0 = _errs414 === errors;
                                                                      } else
                                                                        var valid0 = !0;
                                                                      if (valid0) {
                                                                        if (data["requests-exceed-limits"] !== void 0) {
                                                                          let data116 = data["requests-exceed-limits"], _errs426 = errors, _errs427 = errors, valid146 = !1, passing32 = null, _errs428 = errors;
                                                                          if (!(data116 === "off" || data116 === "info" || data116 === "warning" || data116 === "error")) {
                                                                            let err265 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                            vErrors === null ? vErrors = [err265] : vErrors.push(err265), errors++;
                                                                          }
                                                                          var _valid32 = _errs428 === errors;
                                                                          _valid32 && (valid146 = !0, passing32 = 0);
                                                                          let _errs430 = errors;
                                                                          if (errors === _errs430)
                                                                            if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
                                                                              let _errs432 = errors;
                                                                              for (let key65 in data116)
                                                                                if (!(key65 === "severity" || key65 === "options")) {
                                                                                  let err266 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key65 }, message: "must NOT have additional properties" };
                                                                                  vErrors === null ? vErrors = [err266] : vErrors.push(err266), errors++;
                                                                                  break;
                                                                                }
                                                                              if (_errs432 === errors) {
                                                                                if (data116.severity !== void 0) {
                                                                                  let data117 = data116.severity, _errs433 = errors;
                                                                                  if (!(data117 === "off" || data117 === "info" || data117 === "warning" || data117 === "error")) {
                                                                                    let err267 = { instancePath: instancePath + "/requests-exceed-limits/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                    vErrors === null ? vErrors = [err267] : vErrors.push(err267), errors++;
                                                                                  }
                                                                                  var valid148 = _errs433 === errors;
                                                                                } else
                                                                                  var valid148 = !0;
                                                                                if (valid148)
                                                                                  if (data116.options !== void 0) {
                                                                                    let data118 = data116.options, _errs435 = errors;
                                                                                    if (errors === _errs435)
                                                                                      if (data118 && typeof data118 == "object" && !Array.isArray(data118))
                                                                                        for (let key66 in data118) {
                                                                                          let err268 = { instancePath: instancePath + "/requests-exceed-limits/options", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key66 }, message: "must NOT have additional properties" };
                                                                                          vErrors === null ? vErrors = [err268] : vErrors.push(err268), errors++;
                                                                                          break;
                                                                                        }
                                                                                      else {
                                                                                        let err269 = { instancePath: instancePath + "/requests-exceed-limits/options", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                        vErrors === null ? vErrors = [err269] : vErrors.push(err269), errors++;
                                                                                      }
                                                                                    var valid148 = _errs435 === errors;
                                                                                  } else
                                                                                    var valid148 = !0;
                                                                              }
                                                                            } else {
                                                                              let err270 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/properties/requests-exceed-limits/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                              vErrors === null ? vErrors = [err270] : vErrors.push(err270), errors++;
                                                                            }
                                                                          var _valid32 = _errs430 === errors;
                                                                          if (_valid32 && valid146 ? (valid146 = !1, passing32 = [passing32, 1]) : _valid32 && (valid146 = !0, passing32 = 1), valid146)
                                                                            errors = _errs427, vErrors !== null && (_errs427 ? vErrors.length = _errs427 : vErrors = null);
                                                                          else {
                                                                            let err271 = { instancePath: instancePath + "/requests-exceed-limits", schemaPath: "#/properties/requests-exceed-limits/oneOf", keyword: "oneOf", params: { passingSchemas: passing32 }, message: "must match exactly one schema in oneOf" };
                                                                            return vErrors === null ? vErrors = [err271] : vErrors.push(err271), errors++, validate11.errors = vErrors, !1;
                                                                          }
                                                                          var valid0 = _errs426 === errors;
                                                                        } else
                                                                          var valid0 = !0;
                                                                        if (valid0) {
                                                                          if (data["schema-invalid"] !== void 0) {
                                                                            let data119 = data["schema-invalid"], _errs438 = errors, _errs439 = errors, valid150 = !1, passing33 = null, _errs440 = errors;
                                                                            if (!(data119 === "off" || data119 === "info" || data119 === "warning" || data119 === "error")) {
                                                                              let err272 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                              vErrors === null ? vErrors = [err272] : vErrors.push(err272), errors++;
                                                                            }
                                                                            var _valid33 = _errs440 === errors;
                                                                            _valid33 && (valid150 = !0, passing33 = 0);
                                                                            let _errs442 = errors;
                                                                            if (errors === _errs442)
                                                                              if (data119 && typeof data119 == "object" && !Array.isArray(data119)) {
                                                                                let _errs444 = errors;
                                                                                for (let key67 in data119)
                                                                                  if (!(key67 === "severity" || key67 === "options")) {
                                                                                    let err273 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/properties/schema-invalid/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key67 }, message: "must NOT have additional properties" };
                                                                                    vErrors === null ? vErrors = [err273] : vErrors.push(err273), errors++;
                                                                                    break;
                                                                                  }
                                                                                if (_errs444 === errors) {
                                                                                  if (data119.severity !== void 0) {
                                                                                    let data120 = data119.severity, _errs445 = errors;
                                                                                    if (!(data120 === "off" || data120 === "info" || data120 === "warning" || data120 === "error")) {
                                                                                      let err274 = { instancePath: instancePath + "/schema-invalid/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                      vErrors === null ? vErrors = [err274] : vErrors.push(err274), errors++;
                                                                                    }
                                                                                    var valid152 = _errs445 === errors;
                                                                                  } else
                                                                                    var valid152 = !0;
                                                                                  if (valid152)
                                                                                    if (data119.options !== void 0) {
                                                                                      let data121 = data119.options, _errs447 = errors;
                                                                                      if (errors === _errs447)
                                                                                        if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
                                                                                          let _errs449 = errors;
                                                                                          for (let key68 in data121)
                                                                                            if (!(key68 === "unknownFields" || key68 === "maxPerObject")) {
                                                                                              let err275 = { instancePath: instancePath + "/schema-invalid/options", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key68 }, message: "must NOT have additional properties" };
                                                                                              vErrors === null ? vErrors = [err275] : vErrors.push(err275), errors++;
                                                                                              break;
                                                                                            }
                                                                                          if (_errs449 === errors) {
                                                                                            if (data121.unknownFields !== void 0) {
                                                                                              let _errs450 = errors;
                                                                                              if (typeof data121.unknownFields != "boolean") {
                                                                                                let err276 = { instancePath: instancePath + "/schema-invalid/options/unknownFields", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/properties/unknownFields/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                                vErrors === null ? vErrors = [err276] : vErrors.push(err276), errors++;
                                                                                              }
                                                                                              var valid154 = _errs450 === errors;
                                                                                            } else
                                                                                              var valid154 = !0;
                                                                                            if (valid154)
                                                                                              if (data121.maxPerObject !== void 0) {
                                                                                                let data123 = data121.maxPerObject, _errs452 = errors;
                                                                                                if (!(typeof data123 == "number" && !(data123 % 1) && !isNaN(data123) && isFinite(data123))) {
                                                                                                  let err277 = { instancePath: instancePath + "/schema-invalid/options/maxPerObject", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/properties/maxPerObject/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                                  vErrors === null ? vErrors = [err277] : vErrors.push(err277), errors++;
                                                                                                }
                                                                                                if (errors === _errs452 && typeof data123 == "number" && isFinite(data123) && (data123 < 1 || isNaN(data123))) {
                                                                                                  let err278 = { instancePath: instancePath + "/schema-invalid/options/maxPerObject", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/properties/maxPerObject/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                                                                                  vErrors === null ? vErrors = [err278] : vErrors.push(err278), errors++;
                                                                                                }
                                                                                                var valid154 = _errs452 === errors;
                                                                                              } else
                                                                                                var valid154 = !0;
                                                                                          }
                                                                                        } else {
                                                                                          let err279 = { instancePath: instancePath + "/schema-invalid/options", schemaPath: "#/properties/schema-invalid/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                          vErrors === null ? vErrors = [err279] : vErrors.push(err279), errors++;
                                                                                        }
                                                                                      var valid152 = _errs447 === errors;
                                                                                    } else
                                                                                      var valid152 = !0;
                                                                                }
                                                                              } else {
                                                                                let err280 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/properties/schema-invalid/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                vErrors === null ? vErrors = [err280] : vErrors.push(err280), errors++;
                                                                              }
                                                                            var _valid33 = _errs442 === errors;
                                                                            if (_valid33 && valid150 ? (valid150 = !1, passing33 = [passing33, 1]) : _valid33 && (valid150 = !0, passing33 = 1), valid150)
                                                                              errors = _errs439, vErrors !== null && (_errs439 ? vErrors.length = _errs439 : vErrors = null);
                                                                            else {
                                                                              let err281 = { instancePath: instancePath + "/schema-invalid", schemaPath: "#/properties/schema-invalid/oneOf", keyword: "oneOf", params: { passingSchemas: passing33 }, message: "must match exactly one schema in oneOf" };
                                                                              return vErrors === null ? vErrors = [err281] : vErrors.push(err281), errors++, validate11.errors = vErrors, !1;
                                                                            }
                                                                            var valid0 = _errs438 === errors;
                                                                          } else
                                                                            var valid0 = !0;
                                                                          if (valid0) {
                                                                            if (data["service-no-match"] !== void 0) {
                                                                              let data124 = data["service-no-match"], _errs454 = errors, _errs455 = errors, valid155 = !1, passing34 = null, _errs456 = errors;
                                                                              if (!(data124 === "off" || data124 === "info" || data124 === "warning" || data124 === "error")) {
                                                                                let err282 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                vErrors === null ? vErrors = [err282] : vErrors.push(err282), errors++;
                                                                              }
                                                                              var _valid34 = _errs456 === errors;
                                                                              _valid34 && (valid155 = !0, passing34 = 0);
                                                                              let _errs458 = errors;
                                                                              if (errors === _errs458)
                                                                                if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
                                                                                  let _errs460 = errors;
                                                                                  for (let key69 in data124)
                                                                                    if (!(key69 === "severity" || key69 === "options")) {
                                                                                      let err283 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/properties/service-no-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key69 }, message: "must NOT have additional properties" };
                                                                                      vErrors === null ? vErrors = [err283] : vErrors.push(err283), errors++;
                                                                                      break;
                                                                                    }
                                                                                  if (_errs460 === errors) {
                                                                                    if (data124.severity !== void 0) {
                                                                                      let data125 = data124.severity, _errs461 = errors;
                                                                                      if (!(data125 === "off" || data125 === "info" || data125 === "warning" || data125 === "error")) {
                                                                                        let err284 = { instancePath: instancePath + "/service-no-match/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                        vErrors === null ? vErrors = [err284] : vErrors.push(err284), errors++;
                                                                                      }
                                                                                      var valid157 = _errs461 === errors;
                                                                                    } else
                                                                                      var valid157 = !0;
                                                                                    if (valid157)
                                                                                      if (data124.options !== void 0) {
                                                                                        let data126 = data124.options, _errs463 = errors;
                                                                                        if (errors === _errs463)
                                                                                          if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                                                                            let _errs465 = errors;
                                                                                            for (let key70 in data126)
                                                                                              if (key70 !== "checkTargetPorts") {
                                                                                                let err285 = { instancePath: instancePath + "/service-no-match/options", schemaPath: "#/properties/service-no-match/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key70 }, message: "must NOT have additional properties" };
                                                                                                vErrors === null ? vErrors = [err285] : vErrors.push(err285), errors++;
                                                                                                break;
                                                                                              }
                                                                                            if (_errs465 === errors && data126.checkTargetPorts !== void 0 && typeof data126.checkTargetPorts != "boolean") {
                                                                                              let err286 = { instancePath: instancePath + "/service-no-match/options/checkTargetPorts", schemaPath: "#/properties/service-no-match/oneOf/1/properties/options/properties/checkTargetPorts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                              vErrors === null ? vErrors = [err286] : vErrors.push(err286), errors++;
                                                                                            }
                                                                                          } else {
                                                                                            let err287 = { instancePath: instancePath + "/service-no-match/options", schemaPath: "#/properties/service-no-match/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                            vErrors === null ? vErrors = [err287] : vErrors.push(err287), errors++;
                                                                                          }
                                                                                        var valid157 = _errs463 === errors;
                                                                                      } else
                                                                                        var valid157 = !0;
                                                                                  }
                                                                                } else {
                                                                                  let err288 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/properties/service-no-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                  vErrors === null ? vErrors = [err288] : vErrors.push(err288), errors++;
                                                                                }
                                                                              var _valid34 = _errs458 === errors;
                                                                              if (_valid34 && valid155 ? (valid155 = !1, passing34 = [passing34, 1]) : _valid34 && (valid155 = !0, passing34 = 1), valid155)
                                                                                errors = _errs455, vErrors !== null && (_errs455 ? vErrors.length = _errs455 : vErrors = null);
                                                                              else {
                                                                                let err289 = { instancePath: instancePath + "/service-no-match", schemaPath: "#/properties/service-no-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing34 }, message: "must match exactly one schema in oneOf" };
                                                                                return vErrors === null ? vErrors = [err289] : vErrors.push(err289), errors++, validate11.errors = vErrors, !1;
                                                                              }
                                                                              var valid0 = _errs454 === errors;
                                                                            } else
                                                                              var valid0 = !0;
                                                                            if (valid0) {
                                                                              if (data["servicemonitor-no-match"] !== void 0) {
                                                                                let data128 = data["servicemonitor-no-match"], _errs468 = errors, _errs469 = errors, valid160 = !1, passing35 = null, _errs470 = errors;
                                                                                if (!(data128 === "off" || data128 === "info" || data128 === "warning" || data128 === "error")) {
                                                                                  let err290 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                  vErrors === null ? vErrors = [err290] : vErrors.push(err290), errors++;
                                                                                }
                                                                                var _valid35 = _errs470 === errors;
                                                                                _valid35 && (valid160 = !0, passing35 = 0);
                                                                                let _errs472 = errors;
                                                                                if (errors === _errs472)
                                                                                  if (data128 && typeof data128 == "object" && !Array.isArray(data128)) {
                                                                                    let _errs474 = errors;
                                                                                    for (let key71 in data128)
                                                                                      if (!(key71 === "severity" || key71 === "options")) {
                                                                                        let err291 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key71 }, message: "must NOT have additional properties" };
                                                                                        vErrors === null ? vErrors = [err291] : vErrors.push(err291), errors++;
                                                                                        break;
                                                                                      }
                                                                                    if (_errs474 === errors) {
                                                                                      if (data128.severity !== void 0) {
                                                                                        let data129 = data128.severity, _errs475 = errors;
                                                                                        if (!(data129 === "off" || data129 === "info" || data129 === "warning" || data129 === "error")) {
                                                                                          let err292 = { instancePath: instancePath + "/servicemonitor-no-match/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                          vErrors === null ? vErrors = [err292] : vErrors.push(err292), errors++;
                                                                                        }
                                                                                        var valid162 = _errs475 === errors;
                                                                                      } else
                                                                                        var valid162 = !0;
                                                                                      if (valid162)
                                                                                        if (data128.options !== void 0) {
                                                                                          let data130 = data128.options, _errs477 = errors;
                                                                                          if (errors === _errs477)
                                                                                            if (data130 && typeof data130 == "object" && !Array.isArray(data130))
                                                                                              for (let key72 in data130) {
                                                                                                let err293 = { instancePath: instancePath + "/servicemonitor-no-match/options", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key72 }, message: "must NOT have additional properties" };
                                                                                                vErrors === null ? vErrors = [err293] : vErrors.push(err293), errors++;
                                                                                                break;
                                                                                              }
                                                                                            else {
                                                                                              let err294 = { instancePath: instancePath + "/servicemonitor-no-match/options", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                              vErrors === null ? vErrors = [err294] : vErrors.push(err294), errors++;
                                                                                            }
                                                                                          var valid162 = _errs477 === errors;
                                                                                        } else
                                                                                          var valid162 = !0;
                                                                                    }
                                                                                  } else {
                                                                                    let err295 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/properties/servicemonitor-no-match/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                    vErrors === null ? vErrors = [err295] : vErrors.push(err295), errors++;
                                                                                  }
                                                                                var _valid35 = _errs472 === errors;
                                                                                if (_valid35 && valid160 ? (valid160 = !1, passing35 = [passing35, 1]) : _valid35 && (valid160 = !0, passing35 = 1), valid160)
                                                                                  errors = _errs469, vErrors !== null && (_errs469 ? vErrors.length = _errs469 : vErrors = null);
                                                                                else {
                                                                                  let err296 = { instancePath: instancePath + "/servicemonitor-no-match", schemaPath: "#/properties/servicemonitor-no-match/oneOf", keyword: "oneOf", params: { passingSchemas: passing35 }, message: "must match exactly one schema in oneOf" };
                                                                                  return vErrors === null ? vErrors = [err296] : vErrors.push(err296), errors++, validate11.errors = vErrors, !1;
                                                                                }
                                                                                var valid0 = _errs468 === errors;
                                                                              } else
                                                                                var valid0 = !0;
                                                                              if (valid0) {
                                                                                if (data["topology-spread-invalid"] !== void 0) {
                                                                                  let data131 = data["topology-spread-invalid"], _errs480 = errors, _errs481 = errors, valid164 = !1, passing36 = null, _errs482 = errors;
                                                                                  if (!(data131 === "off" || data131 === "info" || data131 === "warning" || data131 === "error")) {
                                                                                    let err297 = { instancePath: instancePath + "/topology-spread-invalid", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                    vErrors === null ? vErrors = [err297] : vErrors.push(err297), errors++;
                                                                                  }
                                                                                  var _valid36 = _errs482 === errors;
                                                                                  _valid36 && (valid164 = !0, passing36 = 0);
                                                                                  let _errs484 = errors;
                                                                                  if (errors === _errs484)
                                                                                    if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
                                                                                      let _errs486 = errors;
                                                                                      for (let key73 in data131)
                                                                                        if (!(key73 === "severity" || key73 === "options")) {
                                                                                          let err298 = { instancePath: instancePath + "/topology-spread-invalid", schemaPath: "#/properties/topology-spread-invalid/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key73 }, message: "must NOT have additional properties" };
                                                                                          vErrors === null ? vErrors = [err298] : vErrors.push(err298), errors++;
                                                                                          break;
                                                                                        }
                                                                                      if (_errs486 === errors) {
                                                                                        if (data131.severity !== void 0) {
                                                                                          let data132 = data131.severity, _errs487 = errors;
                                                                                          if (!(data132 === "off" || data132 === "info" || data132 === "warning" || data132 === "error")) {
                                                                                            let err299 = { instancePath: instancePath + "/topology-spread-invalid/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                            vErrors === null ? vErrors = [err299] : vErrors.push(err299), errors++;
                                                                                          }
                                                                                          var valid166 = _errs487 === errors;
                                                                                        } else
                                                                                          var valid166 = !0;
                                                                                        if (valid166)
                                                                                          if (data131.options !== void 0) {
                                                                                            let data133 = data131.options, _errs489 = errors;
                                                                                            if (errors === _errs489)
                                                                                              if (data133 && typeof data133 == "object" && !Array.isArray(data133))
                                                                                                for (let key74 in data133) {
                                                                                                  let err300 = { instancePath: instancePath + "/topology-spread-invalid/options", schemaPath: "#/properties/topology-spread-invalid/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key74 }, message: "must NOT have additional properties" };
                                                                                                  vErrors === null ? vErrors = [err300] : vErrors.push(err300), errors++;
                                                                                                  break;
                                                                                                }
                                                                                              else {
                                                                                                let err301 = { instancePath: instancePath + "/topology-spread-invalid/options", schemaPath: "#/properties/topology-spread-invalid/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                vErrors === null ? vErrors = [err301] : vErrors.push(err301), errors++;
                                                                                              }
                                                                                            var valid166 = _errs489 === errors;
                                                                                          } else
                                                                                            var valid166 = !0;
                                                                                      }
                                                                                    } else {
                                                                                      let err302 = { instancePath: instancePath + "/topology-spread-invalid", schemaPath: "#/properties/topology-spread-invalid/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                      vErrors === null ? vErrors = [err302] : vErrors.push(err302), errors++;
                                                                                    }
                                                                                  var _valid36 = _errs484 === errors;
                                                                                  if (_valid36 && valid164 ? (valid164 = !1, passing36 = [passing36, 1]) : _valid36 && (valid164 = !0, passing36 = 1), valid164)
                                                                                    errors = _errs481, vErrors !== null && (_errs481 ? vErrors.length = _errs481 : vErrors = null);
                                                                                  else {
                                                                                    let err303 = { instancePath: instancePath + "/topology-spread-invalid", schemaPath: "#/properties/topology-spread-invalid/oneOf", keyword: "oneOf", params: { passingSchemas: passing36 }, message: "must match exactly one schema in oneOf" };
                                                                                    return vErrors === null ? vErrors = [err303] : vErrors.push(err303), errors++, validate11.errors = vErrors, !1;
                                                                                  }
                                                                                  var valid0 = _errs480 === errors;
                                                                                } else
                                                                                  var valid0 = !0;
                                                                                if (valid0) {
                                                                                  if (data["unknown-api-version"] !== void 0) {
                                                                                    let data134 = data["unknown-api-version"], _errs492 = errors, _errs493 = errors, valid168 = !1, passing37 = null, _errs494 = errors;
                                                                                    if (!(data134 === "off" || data134 === "info" || data134 === "warning" || data134 === "error")) {
                                                                                      let err304 = { instancePath: instancePath + "/unknown-api-version", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                      vErrors === null ? vErrors = [err304] : vErrors.push(err304), errors++;
                                                                                    }
                                                                                    var _valid37 = _errs494 === errors;
                                                                                    _valid37 && (valid168 = !0, passing37 = 0);
                                                                                    let _errs496 = errors;
                                                                                    if (errors === _errs496)
                                                                                      if (data134 && typeof data134 == "object" && !Array.isArray(data134)) {
                                                                                        let _errs498 = errors;
                                                                                        for (let key75 in data134)
                                                                                          if (!(key75 === "severity" || key75 === "options")) {
                                                                                            let err305 = { instancePath: instancePath + "/unknown-api-version", schemaPath: "#/properties/unknown-api-version/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key75 }, message: "must NOT have additional properties" };
                                                                                            vErrors === null ? vErrors = [err305] : vErrors.push(err305), errors++;
                                                                                            break;
                                                                                          }
                                                                                        if (_errs498 === errors) {
                                                                                          if (data134.severity !== void 0) {
                                                                                            let data135 = data134.severity, _errs499 = errors;
                                                                                            if (!(data135 === "off" || data135 === "info" || data135 === "warning" || data135 === "error")) {
                                                                                              let err306 = { instancePath: instancePath + "/unknown-api-version/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                              vErrors === null ? vErrors = [err306] : vErrors.push(err306), errors++;
                                                                                            }
                                                                                            var valid170 = _errs499 === errors;
                                                                                          } else
                                                                                            var valid170 = !0;
                                                                                          if (valid170)
                                                                                            if (data134.options !== void 0) {
                                                                                              let data136 = data134.options, _errs501 = errors;
                                                                                              if (errors === _errs501)
                                                                                                if (data136 && typeof data136 == "object" && !Array.isArray(data136))
                                                                                                  for (let key76 in data136) {
                                                                                                    let err307 = { instancePath: instancePath + "/unknown-api-version/options", schemaPath: "#/properties/unknown-api-version/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key76 }, message: "must NOT have additional properties" };
                                                                                                    vErrors === null ? vErrors = [err307] : vErrors.push(err307), errors++;
                                                                                                    break;
                                                                                                  }
                                                                                                else {
                                                                                                  let err308 = { instancePath: instancePath + "/unknown-api-version/options", schemaPath: "#/properties/unknown-api-version/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                  vErrors === null ? vErrors = [err308] : vErrors.push(err308), errors++;
                                                                                                }
                                                                                              var valid170 = _errs501 === errors;
                                                                                            } else
                                                                                              var valid170 = !0;
                                                                                        }
                                                                                      } else {
                                                                                        let err309 = { instancePath: instancePath + "/unknown-api-version", schemaPath: "#/properties/unknown-api-version/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                        vErrors === null ? vErrors = [err309] : vErrors.push(err309), errors++;
                                                                                      }
                                                                                    var _valid37 = _errs496 === errors;
                                                                                    if (_valid37 && valid168 ? (valid168 = !1, passing37 = [passing37, 1]) : _valid37 && (valid168 = !0, passing37 = 1), valid168)
                                                                                      errors = _errs493, vErrors !== null && (_errs493 ? vErrors.length = _errs493 : vErrors = null);
                                                                                    else {
                                                                                      let err310 = { instancePath: instancePath + "/unknown-api-version", schemaPath: "#/properties/unknown-api-version/oneOf", keyword: "oneOf", params: { passingSchemas: passing37 }, message: "must match exactly one schema in oneOf" };
                                                                                      return vErrors === null ? vErrors = [err310] : vErrors.push(err310), errors++, validate11.errors = vErrors, !1;
                                                                                    }
                                                                                    var valid0 = _errs492 === errors;
                                                                                  } else
                                                                                    var valid0 = !0;
                                                                                  if (valid0) {
                                                                                    if (data["vpa-duplicate"] !== void 0) {
                                                                                      let data137 = data["vpa-duplicate"], _errs504 = errors, _errs505 = errors, valid172 = !1, passing38 = null, _errs506 = errors;
                                                                                      if (!(data137 === "off" || data137 === "info" || data137 === "warning" || data137 === "error")) {
                                                                                        let err311 = { instancePath: instancePath + "/vpa-duplicate", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                        vErrors === null ? vErrors = [err311] : vErrors.push(err311), errors++;
                                                                                      }
                                                                                      var _valid38 = _errs506 === errors;
                                                                                      _valid38 && (valid172 = !0, passing38 = 0);
                                                                                      let _errs508 = errors;
                                                                                      if (errors === _errs508)
                                                                                        if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
                                                                                          let _errs510 = errors;
                                                                                          for (let key77 in data137)
                                                                                            if (!(key77 === "severity" || key77 === "options")) {
                                                                                              let err312 = { instancePath: instancePath + "/vpa-duplicate", schemaPath: "#/properties/vpa-duplicate/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key77 }, message: "must NOT have additional properties" };
                                                                                              vErrors === null ? vErrors = [err312] : vErrors.push(err312), errors++;
                                                                                              break;
                                                                                            }
                                                                                          if (_errs510 === errors) {
                                                                                            if (data137.severity !== void 0) {
                                                                                              let data138 = data137.severity, _errs511 = errors;
                                                                                              if (!(data138 === "off" || data138 === "info" || data138 === "warning" || data138 === "error")) {
                                                                                                let err313 = { instancePath: instancePath + "/vpa-duplicate/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                                vErrors === null ? vErrors = [err313] : vErrors.push(err313), errors++;
                                                                                              }
                                                                                              var valid174 = _errs511 === errors;
                                                                                            } else
                                                                                              var valid174 = !0;
                                                                                            if (valid174)
                                                                                              if (data137.options !== void 0) {
                                                                                                let data139 = data137.options, _errs513 = errors;
                                                                                                if (errors === _errs513)
                                                                                                  if (data139 && typeof data139 == "object" && !Array.isArray(data139))
                                                                                                    for (let key78 in data139) {
                                                                                                      let err314 = { instancePath: instancePath + "/vpa-duplicate/options", schemaPath: "#/properties/vpa-duplicate/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key78 }, message: "must NOT have additional properties" };
                                                                                                      vErrors === null ? vErrors = [err314] : vErrors.push(err314), errors++;
                                                                                                      break;
                                                                                                    }
                                                                                                  else {
                                                                                                    let err315 = { instancePath: instancePath + "/vpa-duplicate/options", schemaPath: "#/properties/vpa-duplicate/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                    vErrors === null ? vErrors = [err315] : vErrors.push(err315), errors++;
                                                                                                  }
                                                                                                var valid174 = _errs513 === errors;
                                                                                              } else
                                                                                                var valid174 = !0;
                                                                                          }
                                                                                        } else {
                                                                                          let err316 = { instancePath: instancePath + "/vpa-duplicate", schemaPath: "#/properties/vpa-duplicate/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                          vErrors === null ? vErrors = [err316] : vErrors.push(err316), errors++;
                                                                                        }
                                                                                      var _valid38 = _errs508 === errors;
                                                                                      if (_valid38 && valid172 ? (valid172 = !1, passing38 = [passing38, 1]) : _valid38 && (valid172 = !0, passing38 = 1), valid172)
                                                                                        errors = _errs505, vErrors !== null && (_errs505 ? vErrors.length = _errs505 : vErrors = null);
                                                                                      else {
                                                                                        let err317 = { instancePath: instancePath + "/vpa-duplicate", schemaPath: "#/properties/vpa-duplicate/oneOf", keyword: "oneOf", params: { passingSchemas: passing38 }, message: "must match exactly one schema in oneOf" };
                                                                                        return vErrors === null ? vErrors = [err317] : vErrors.push(err317), errors++, validate11.errors = vErrors, !1;
                                                                                      }
                                                                                      var valid0 = _errs504 === errors;
                                                                                    } else
                                                                                      var valid0 = !0;
                                                                                    if (valid0) {
                                                                                      if (data["vpa-target-missing"] !== void 0) {
                                                                                        let data140 = data["vpa-target-missing"], _errs516 = errors, _errs517 = errors, valid176 = !1, passing39 = null, _errs518 = errors;
                                                                                        if (!(data140 === "off" || data140 === "info" || data140 === "warning" || data140 === "error")) {
                                                                                          let err318 = { instancePath: instancePath + "/vpa-target-missing", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                          vErrors === null ? vErrors = [err318] : vErrors.push(err318), errors++;
                                                                                        }
                                                                                        var _valid39 = _errs518 === errors;
                                                                                        _valid39 && (valid176 = !0, passing39 = 0);
                                                                                        let _errs520 = errors;
                                                                                        if (errors === _errs520)
                                                                                          if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
                                                                                            let _errs522 = errors;
                                                                                            for (let key79 in data140)
                                                                                              if (!(key79 === "severity" || key79 === "options")) {
                                                                                                let err319 = { instancePath: instancePath + "/vpa-target-missing", schemaPath: "#/properties/vpa-target-missing/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key79 }, message: "must NOT have additional properties" };
                                                                                                vErrors === null ? vErrors = [err319] : vErrors.push(err319), errors++;
                                                                                                break;
                                                                                              }
                                                                                            if (_errs522 === errors) {
                                                                                              if (data140.severity !== void 0) {
                                                                                                let data141 = data140.severity, _errs523 = errors;
                                                                                                if (!(data141 === "off" || data141 === "info" || data141 === "warning" || data141 === "error")) {
                                                                                                  let err320 = { instancePath: instancePath + "/vpa-target-missing/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                                  vErrors === null ? vErrors = [err320] : vErrors.push(err320), errors++;
                                                                                                }
                                                                                                var valid178 = _errs523 === errors;
                                                                                              } else
                                                                                                var valid178 = !0;
                                                                                              if (valid178)
                                                                                                if (data140.options !== void 0) {
                                                                                                  let data142 = data140.options, _errs525 = errors;
                                                                                                  if (errors === _errs525)
                                                                                                    if (data142 && typeof data142 == "object" && !Array.isArray(data142))
                                                                                                      for (let key80 in data142) {
                                                                                                        let err321 = { instancePath: instancePath + "/vpa-target-missing/options", schemaPath: "#/properties/vpa-target-missing/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key80 }, message: "must NOT have additional properties" };
                                                                                                        vErrors === null ? vErrors = [err321] : vErrors.push(err321), errors++;
                                                                                                        break;
                                                                                                      }
                                                                                                    else {
                                                                                                      let err322 = { instancePath: instancePath + "/vpa-target-missing/options", schemaPath: "#/properties/vpa-target-missing/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                      vErrors === null ? vErrors = [err322] : vErrors.push(err322), errors++;
                                                                                                    }
                                                                                                  var valid178 = _errs525 === errors;
                                                                                                } else
                                                                                                  var valid178 = !0;
                                                                                            }
                                                                                          } else {
                                                                                            let err323 = { instancePath: instancePath + "/vpa-target-missing", schemaPath: "#/properties/vpa-target-missing/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                            vErrors === null ? vErrors = [err323] : vErrors.push(err323), errors++;
                                                                                          }
                                                                                        var _valid39 = _errs520 === errors;
                                                                                        if (_valid39 && valid176 ? (valid176 = !1, passing39 = [passing39, 1]) : _valid39 && (valid176 = !0, passing39 = 1), valid176)
                                                                                          errors = _errs517, vErrors !== null && (_errs517 ? vErrors.length = _errs517 : vErrors = null);
                                                                                        else {
                                                                                          let err324 = { instancePath: instancePath + "/vpa-target-missing", schemaPath: "#/properties/vpa-target-missing/oneOf", keyword: "oneOf", params: { passingSchemas: passing39 }, message: "must match exactly one schema in oneOf" };
                                                                                          return vErrors === null ? vErrors = [err324] : vErrors.push(err324), errors++, validate11.errors = vErrors, !1;
                                                                                        }
                                                                                        var valid0 = _errs516 === errors;
                                                                                      } else
                                                                                        var valid0 = !0;
                                                                                      if (valid0) {
                                                                                        if (data["workload-no-spread"] !== void 0) {
                                                                                          let data143 = data["workload-no-spread"], _errs528 = errors, _errs529 = errors, valid180 = !1, passing40 = null, _errs530 = errors;
                                                                                          if (!(data143 === "off" || data143 === "info" || data143 === "warning" || data143 === "error")) {
                                                                                            let err325 = { instancePath: instancePath + "/workload-no-spread", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                            vErrors === null ? vErrors = [err325] : vErrors.push(err325), errors++;
                                                                                          }
                                                                                          var _valid40 = _errs530 === errors;
                                                                                          _valid40 && (valid180 = !0, passing40 = 0);
                                                                                          let _errs532 = errors;
                                                                                          if (errors === _errs532)
                                                                                            if (data143 && typeof data143 == "object" && !Array.isArray(data143)) {
                                                                                              let _errs534 = errors;
                                                                                              for (let key81 in data143)
                                                                                                if (!(key81 === "severity" || key81 === "options")) {
                                                                                                  let err326 = { instancePath: instancePath + "/workload-no-spread", schemaPath: "#/properties/workload-no-spread/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key81 }, message: "must NOT have additional properties" };
                                                                                                  vErrors === null ? vErrors = [err326] : vErrors.push(err326), errors++;
                                                                                                  break;
                                                                                                }
                                                                                              if (_errs534 === errors) {
                                                                                                if (data143.severity !== void 0) {
                                                                                                  let data144 = data143.severity, _errs535 = errors;
                                                                                                  if (!(data144 === "off" || data144 === "info" || data144 === "warning" || data144 === "error")) {
                                                                                                    let err327 = { instancePath: instancePath + "/workload-no-spread/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                                    vErrors === null ? vErrors = [err327] : vErrors.push(err327), errors++;
                                                                                                  }
                                                                                                  var valid182 = _errs535 === errors;
                                                                                                } else
                                                                                                  var valid182 = !0;
                                                                                                if (valid182)
                                                                                                  if (data143.options !== void 0) {
                                                                                                    let data145 = data143.options, _errs537 = errors;
                                                                                                    if (errors === _errs537)
                                                                                                      if (data145 && typeof data145 == "object" && !Array.isArray(data145)) {
                                                                                                        let _errs539 = errors;
                                                                                                        for (let key82 in data145)
                                                                                                          if (!(key82 === "topologyKeys" || key82 === "requireEveryKey")) {
                                                                                                            let err328 = { instancePath: instancePath + "/workload-no-spread/options", schemaPath: "#/properties/workload-no-spread/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key82 }, message: "must NOT have additional properties" };
                                                                                                            vErrors === null ? vErrors = [err328] : vErrors.push(err328), errors++;
                                                                                                            break;
                                                                                                          }
                                                                                                        if (_errs539 === errors) {
                                                                                                          if (data145.topologyKeys !== void 0) {
                                                                                                            let data146 = data145.topologyKeys, _errs540 = errors;
                                                                                                            if (errors === _errs540)
                                                                                                              if (Array.isArray(data146))
                                                                                                                if (data146.length < 1) {
                                                                                                                  let err329 = { instancePath: instancePath + "/workload-no-spread/options/topologyKeys", schemaPath: "#/properties/workload-no-spread/oneOf/1/properties/options/properties/topologyKeys/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                                                                                  vErrors === null ? vErrors = [err329] : vErrors.push(err329), errors++;
                                                                                                                } else {
                                                                                                                  var valid185 = !0;
                                                                                                                  let len5 = data146.length;
                                                                                                                  for (let i8 = 0; i8 < len5; i8++) {
                                                                                                                    let _errs542 = errors;
                                                                                                                    if (typeof data146[i8] != "string") {
                                                                                                                      let err330 = { instancePath: instancePath + "/workload-no-spread/options/topologyKeys/" + i8, schemaPath: "#/properties/workload-no-spread/oneOf/1/properties/options/properties/topologyKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                      vErrors === null ? vErrors = [err330] : vErrors.push(err330), errors++;
                                                                                                                    }
                                                                                                                    var valid185 = _errs542 === errors;
                                                                                                                    if (!valid185)
                                                                                                                      break;
                                                                                                                  }
                                                                                                                }
                                                                                                              else {
                                                                                                                let err331 = { instancePath: instancePath + "/workload-no-spread/options/topologyKeys", schemaPath: "#/properties/workload-no-spread/oneOf/1/properties/options/properties/topologyKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                vErrors === null ? vErrors = [err331] : vErrors.push(err331), errors++;
                                                                                                              }
                                                                                                            var valid184 = _errs540 === errors;
                                                                                                          } else
                                                                                                            var valid184 = !0;
                                                                                                          if (valid184)
                                                                                                            if (data145.requireEveryKey !== void 0) {
                                                                                                              let _errs544 = errors;
                                                                                                              if (typeof data145.requireEveryKey != "boolean") {
                                                                                                                let err332 = { instancePath: instancePath + "/workload-no-spread/options/requireEveryKey", schemaPath: "#/properties/workload-no-spread/oneOf/1/properties/options/properties/requireEveryKey/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                                                vErrors === null ? vErrors = [err332] : vErrors.push(err332), errors++;
                                                                                                              }
                                                                                                              var valid184 = _errs544 === errors;
                                                                                                            } else
                                                                                                              var valid184 = !0;
                                                                                                        }
                                                                                                      } else {
                                                                                                        let err333 = { instancePath: instancePath + "/workload-no-spread/options", schemaPath: "#/properties/workload-no-spread/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                        vErrors === null ? vErrors = [err333] : vErrors.push(err333), errors++;
                                                                                                      }
                                                                                                    var valid182 = _errs537 === errors;
                                                                                                  } else
                                                                                                    var valid182 = !0;
                                                                                              }
                                                                                            } else {
                                                                                              let err334 = { instancePath: instancePath + "/workload-no-spread", schemaPath: "#/properties/workload-no-spread/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                              vErrors === null ? vErrors = [err334] : vErrors.push(err334), errors++;
                                                                                            }
                                                                                          var _valid40 = _errs532 === errors;
                                                                                          if (_valid40 && valid180 ? (valid180 = !1, passing40 = [passing40, 1]) : _valid40 && (valid180 = !0, passing40 = 1), valid180)
                                                                                            errors = _errs529, vErrors !== null && (_errs529 ? vErrors.length = _errs529 : vErrors = null);
                                                                                          else {
                                                                                            let err335 = { instancePath: instancePath + "/workload-no-spread", schemaPath: "#/properties/workload-no-spread/oneOf", keyword: "oneOf", params: { passingSchemas: passing40 }, message: "must match exactly one schema in oneOf" };
                                                                                            return vErrors === null ? vErrors = [err335] : vErrors.push(err335), errors++, validate11.errors = vErrors, !1;
                                                                                          }
                                                                                          var valid0 = _errs528 === errors;
                                                                                        } else
                                                                                          var valid0 = !0;
                                                                                        if (valid0) {
                                                                                          if (data["workload-selector-mismatch"] !== void 0) {
                                                                                            let data149 = data["workload-selector-mismatch"], _errs546 = errors, _errs547 = errors, valid186 = !1, passing41 = null, _errs548 = errors;
                                                                                            if (!(data149 === "off" || data149 === "info" || data149 === "warning" || data149 === "error")) {
                                                                                              let err336 = { instancePath: instancePath + "/workload-selector-mismatch", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                              vErrors === null ? vErrors = [err336] : vErrors.push(err336), errors++;
                                                                                            }
                                                                                            var _valid41 = _errs548 === errors;
                                                                                            _valid41 && (valid186 = !0, passing41 = 0);
                                                                                            let _errs550 = errors;
                                                                                            if (errors === _errs550)
                                                                                              if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                                                                                                let _errs552 = errors;
                                                                                                for (let key83 in data149)
                                                                                                  if (!(key83 === "severity" || key83 === "options")) {
                                                                                                    let err337 = { instancePath: instancePath + "/workload-selector-mismatch", schemaPath: "#/properties/workload-selector-mismatch/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key83 }, message: "must NOT have additional properties" };
                                                                                                    vErrors === null ? vErrors = [err337] : vErrors.push(err337), errors++;
                                                                                                    break;
                                                                                                  }
                                                                                                if (_errs552 === errors) {
                                                                                                  if (data149.severity !== void 0) {
                                                                                                    let data150 = data149.severity, _errs553 = errors;
                                                                                                    if (!(data150 === "off" || data150 === "info" || data150 === "warning" || data150 === "error")) {
                                                                                                      let err338 = { instancePath: instancePath + "/workload-selector-mismatch/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                                      vErrors === null ? vErrors = [err338] : vErrors.push(err338), errors++;
                                                                                                    }
                                                                                                    var valid188 = _errs553 === errors;
                                                                                                  } else
                                                                                                    var valid188 = !0;
                                                                                                  if (valid188)
                                                                                                    if (data149.options !== void 0) {
                                                                                                      let data151 = data149.options, _errs555 = errors;
                                                                                                      if (errors === _errs555)
                                                                                                        if (data151 && typeof data151 == "object" && !Array.isArray(data151))
                                                                                                          for (let key84 in data151) {
                                                                                                            let err339 = { instancePath: instancePath + "/workload-selector-mismatch/options", schemaPath: "#/properties/workload-selector-mismatch/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key84 }, message: "must NOT have additional properties" };
                                                                                                            vErrors === null ? vErrors = [err339] : vErrors.push(err339), errors++;
                                                                                                            break;
                                                                                                          }
                                                                                                        else {
                                                                                                          let err340 = { instancePath: instancePath + "/workload-selector-mismatch/options", schemaPath: "#/properties/workload-selector-mismatch/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                          vErrors === null ? vErrors = [err340] : vErrors.push(err340), errors++;
                                                                                                        }
                                                                                                      var valid188 = _errs555 === errors;
                                                                                                    } else
                                                                                                      var valid188 = !0;
                                                                                                }
                                                                                              } else {
                                                                                                let err341 = { instancePath: instancePath + "/workload-selector-mismatch", schemaPath: "#/properties/workload-selector-mismatch/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                vErrors === null ? vErrors = [err341] : vErrors.push(err341), errors++;
                                                                                              }
                                                                                            var _valid41 = _errs550 === errors;
                                                                                            if (_valid41 && valid186 ? (valid186 = !1, passing41 = [passing41, 1]) : _valid41 && (valid186 = !0, passing41 = 1), valid186)
                                                                                              errors = _errs547, vErrors !== null && (_errs547 ? vErrors.length = _errs547 : vErrors = null);
                                                                                            else {
                                                                                              let err342 = { instancePath: instancePath + "/workload-selector-mismatch", schemaPath: "#/properties/workload-selector-mismatch/oneOf", keyword: "oneOf", params: { passingSchemas: passing41 }, message: "must match exactly one schema in oneOf" };
                                                                                              return vErrors === null ? vErrors = [err342] : vErrors.push(err342), errors++, validate11.errors = vErrors, !1;
                                                                                            }
                                                                                            var valid0 = _errs546 === errors;
                                                                                          } else
                                                                                            var valid0 = !0;
                                                                                          if (valid0)
                                                                                            if (data["workload-single-replica"] !== void 0) {
                                                                                              let data152 = data["workload-single-replica"], _errs558 = errors, _errs559 = errors, valid190 = !1, passing42 = null, _errs560 = errors;
                                                                                              if (!(data152 === "off" || data152 === "info" || data152 === "warning" || data152 === "error")) {
                                                                                                let err343 = { instancePath: instancePath + "/workload-single-replica", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                                vErrors === null ? vErrors = [err343] : vErrors.push(err343), errors++;
                                                                                              }
                                                                                              var _valid42 = _errs560 === errors;
                                                                                              _valid42 && (valid190 = !0, passing42 = 0);
                                                                                              let _errs562 = errors;
                                                                                              if (errors === _errs562)
                                                                                                if (data152 && typeof data152 == "object" && !Array.isArray(data152)) {
                                                                                                  let _errs564 = errors;
                                                                                                  for (let key85 in data152)
                                                                                                    if (!(key85 === "severity" || key85 === "options")) {
                                                                                                      let err344 = { instancePath: instancePath + "/workload-single-replica", schemaPath: "#/properties/workload-single-replica/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key85 }, message: "must NOT have additional properties" };
                                                                                                      vErrors === null ? vErrors = [err344] : vErrors.push(err344), errors++;
                                                                                                      break;
                                                                                                    }
                                                                                                  if (_errs564 === errors) {
                                                                                                    if (data152.severity !== void 0) {
                                                                                                      let data153 = data152.severity, _errs565 = errors;
                                                                                                      if (!(data153 === "off" || data153 === "info" || data153 === "warning" || data153 === "error")) {
                                                                                                        let err345 = { instancePath: instancePath + "/workload-single-replica/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                                                                                                        vErrors === null ? vErrors = [err345] : vErrors.push(err345), errors++;
                                                                                                      }
                                                                                                      var valid192 = _errs565 === errors;
                                                                                                    } else
                                                                                                      var valid192 = !0;
                                                                                                    if (valid192)
                                                                                                      if (data152.options !== void 0) {
                                                                                                        let data154 = data152.options, _errs567 = errors;
                                                                                                        if (errors === _errs567)
                                                                                                          if (data154 && typeof data154 == "object" && !Array.isArray(data154)) {
                                                                                                            let _errs569 = errors;
                                                                                                            for (let key86 in data154)
                                                                                                              if (key86 !== "minimum") {
                                                                                                                let err346 = { instancePath: instancePath + "/workload-single-replica/options", schemaPath: "#/properties/workload-single-replica/oneOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key86 }, message: "must NOT have additional properties" };
                                                                                                                vErrors === null ? vErrors = [err346] : vErrors.push(err346), errors++;
                                                                                                                break;
                                                                                                              }
                                                                                                            if (_errs569 === errors && data154.minimum !== void 0) {
                                                                                                              let data155 = data154.minimum, _errs570 = errors;
                                                                                                              if (!(typeof data155 == "number" && !(data155 % 1) && !isNaN(data155) && isFinite(data155))) {
                                                                                                                let err347 = { instancePath: instancePath + "/workload-single-replica/options/minimum", schemaPath: "#/properties/workload-single-replica/oneOf/1/properties/options/properties/minimum/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                                                vErrors === null ? vErrors = [err347] : vErrors.push(err347), errors++;
                                                                                                              }
                                                                                                              if (errors === _errs570 && typeof data155 == "number" && isFinite(data155) && (data155 < 2 || isNaN(data155))) {
                                                                                                                let err348 = { instancePath: instancePath + "/workload-single-replica/options/minimum", schemaPath: "#/properties/workload-single-replica/oneOf/1/properties/options/properties/minimum/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2" };
                                                                                                                vErrors === null ? vErrors = [err348] : vErrors.push(err348), errors++;
                                                                                                              }
                                                                                                            }
                                                                                                          } else {
                                                                                                            let err349 = { instancePath: instancePath + "/workload-single-replica/options", schemaPath: "#/properties/workload-single-replica/oneOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                            vErrors === null ? vErrors = [err349] : vErrors.push(err349), errors++;
                                                                                                          }
                                                                                                        var valid192 = _errs567 === errors;
                                                                                                      } else
                                                                                                        var valid192 = !0;
                                                                                                  }
                                                                                                } else {
                                                                                                  let err350 = { instancePath: instancePath + "/workload-single-replica", schemaPath: "#/properties/workload-single-replica/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                  vErrors === null ? vErrors = [err350] : vErrors.push(err350), errors++;
                                                                                                }
                                                                                              var _valid42 = _errs562 === errors;
                                                                                              if (_valid42 && valid190 ? (valid190 = !1, passing42 = [passing42, 1]) : _valid42 && (valid190 = !0, passing42 = 1), valid190)
                                                                                                errors = _errs559, vErrors !== null && (_errs559 ? vErrors.length = _errs559 : vErrors = null);
                                                                                              else {
                                                                                                let err351 = { instancePath: instancePath + "/workload-single-replica", schemaPath: "#/properties/workload-single-replica/oneOf", keyword: "oneOf", params: { passingSchemas: passing42 }, message: "must match exactly one schema in oneOf" };
                                                                                                return vErrors === null ? vErrors = [err351] : vErrors.push(err351), errors++, validate11.errors = vErrors, !1;
                                                                                              }
                                                                                              var valid0 = _errs558 === errors;
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
        "ephemeral-storage-request-missing": {
          description: "Require an ephemeral-storage request (or limit) on containers where a ResourceQuota constrains ephemeral storage (default: warning).",
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
        "pdb-no-budget": {
          description: "Require a PodDisruptionBudget to set minAvailable or maxUnavailable (default: warning).",
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
        "pdb-percent-blocks-eviction": {
          description: "Disallow a minAvailable percentage that allows no eviction at any realistic pod count (default: warning).",
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
                    minimumPods: {
                      type: "integer",
                      minimum: 3,
                      description: "Report a percentage that allows no eviction for every pod count below this one."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "pdb-unhealthy-eviction-policy": {
          description: "Require PodDisruptionBudgets to set unhealthyPodEvictionPolicy where the target version serves it (default: info).",
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
        },
        "topology-spread-invalid": {
          description: "Require topology spread constraints that the API server accepts and that count the pods they belong to (default: error).",
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
        "unknown-api-version": {
          description: "Disallow a built-in kind under an API version that does not serve it (default: error).",
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
        "vpa-duplicate": {
          description: "Disallow more than one VerticalPodAutoscaler on one workload (default: error).",
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
        "vpa-target-missing": {
          description: "Require the targetRef of a VerticalPodAutoscaler to name a workload in the set (default: warning).",
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
        "workload-no-spread": {
          description: "Require replicated or autoscaled workloads to spread their pods over nodes or zones with pod anti-affinity or a topology spread constraint (default: info).",
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
                    topologyKeys: {
                      type: "array",
                      items: {
                        type: "string"
                      },
                      minItems: 1,
                      description: "Topology keys a spreading term must use to count."
                    },
                    requireEveryKey: {
                      type: "boolean",
                      description: "Require a spreading term over every key of `topologyKeys` instead of over one of them."
                    }
                  },
                  additionalProperties: !1
                }
              }
            }
          ]
        },
        "workload-selector-mismatch": {
          description: "Require a workload's selector to match the labels of its own pod template (default: error).",
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
        "workload-single-replica": {
          description: "Require Deployments, StatefulSets and Argo Rollouts without an autoscaler to run more than one replica (default: info).",
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
                      minimum: 2,
                      description: "Fewest replicas a workload without an autoscaler should run."
                    }
                  },
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
