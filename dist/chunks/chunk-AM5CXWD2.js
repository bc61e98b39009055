import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  HPA_KIND,
  PDB_KIND,
  POD_LABEL_ASSUMPTIONS,
  SCALABLE_VISIT_KINDS,
  SCALED_OBJECT_KIND,
  SourceFile,
  VPA_KIND,
  WORKLOAD_KINDS,
  allowedDisruptions,
  asArray,
  asObject,
  behaviorPath,
  blocksAtEveryScale,
  containerResources,
  describeDemand,
  describeIntOrPercent,
  describeSelector,
  displayPath,
  effectiveScalingRules,
  fastestScaleDown,
  formatQuantity,
  getPath,
  groupOf,
  isEmptySelector,
  isExtendedResource,
  isWholeQuantity,
  isWithin,
  locateInDocument,
  metricNamePath,
  minimatch,
  parseIntOrPercent,
  parseLabelSelector,
  parseMapSelector,
  parsePrometheusDuration,
  parseQuantity,
  podLabelsMatch,
  readAutoscaler,
  readAutoscalerResourceMetrics,
  readDisruptionPolicy,
  readHpaMetrics,
  readPdbSelector,
  readTargetRef,
  repositoryRoot,
  scaleIntOrPercent,
  selectorMatches
} from "./chunk-U6P74ZFR.js";
import {
  require_ucs2length
} from "./chunk-HTR4EXA2.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import {
  closestMatch
} from "./chunk-NOYBYC6M.js";
import {
  __toESM
} from "./chunk-VXV2MXR7.js";

// src/shared/words.ts
function quotedList(items) {
  let quoted = items.map((item) => `"${item}"`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
function wordList(items, conjunction = "and") {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
function counted(count, word) {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

// src/k8s/deprecations.ts
var SELECTOR_REQUIRED = "spec.selector becomes required and must match the template labels";
function workloads(apiVersion, kinds, deprecatedIn) {
  return kinds.map((kind) => ({
    apiVersion,
    kind,
    deprecatedIn,
    removedIn: "1.16",
    replacement: "apps/v1",
    note: SELECTOR_REQUIRED
  }));
}
function group(apiVersion, kinds, deprecatedIn, removedIn, replacement) {
  return kinds.map((kind) => ({ apiVersion, kind, deprecatedIn, removedIn, replacement }));
}
function removedAlpha(apiVersion, kinds, removedIn, replacement) {
  return group(apiVersion, kinds, removedIn, removedIn, replacement);
}
var INGRESS_NOTE = "backend.serviceName/servicePort become backend.service.name and backend.service.port.number (or .name), and pathType is required", API_DEPRECATIONS = [
  // Removed in 1.16
  ...workloads("extensions/v1beta1", ["DaemonSet", "Deployment", "ReplicaSet"], "1.8"),
  ...workloads("apps/v1beta1", ["Deployment", "StatefulSet"], "1.8"),
  ...workloads("apps/v1beta2", ["DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"], "1.9"),
  ...group("apps/v1beta1", ["ControllerRevision"], "1.8", "1.16", "apps/v1"),
  ...group("apps/v1beta2", ["ControllerRevision"], "1.9", "1.16", "apps/v1"),
  ...group("extensions/v1beta1", ["NetworkPolicy"], "1.9", "1.16", "networking.k8s.io/v1"),
  {
    apiVersion: "extensions/v1beta1",
    kind: "PodSecurityPolicy",
    deprecatedIn: "1.11",
    removedIn: "1.16",
    replacement: "Pod Security Admission (PodSecurityPolicy is gone since 1.25)"
  },
  // Removed in 1.22
  {
    apiVersion: "extensions/v1beta1",
    kind: "Ingress",
    deprecatedIn: "1.14",
    removedIn: "1.22",
    replacement: "networking.k8s.io/v1",
    note: INGRESS_NOTE
  },
  {
    apiVersion: "networking.k8s.io/v1beta1",
    kind: "Ingress",
    deprecatedIn: "1.19",
    removedIn: "1.22",
    replacement: "networking.k8s.io/v1",
    note: INGRESS_NOTE
  },
  ...group("networking.k8s.io/v1beta1", ["IngressClass"], "1.19", "1.22", "networking.k8s.io/v1"),
  ...group(
    "admissionregistration.k8s.io/v1beta1",
    ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
    "1.16",
    "1.22",
    "admissionregistration.k8s.io/v1"
  ),
  ...group(
    "apiextensions.k8s.io/v1beta1",
    ["CustomResourceDefinition"],
    "1.16",
    "1.22",
    "apiextensions.k8s.io/v1"
  ),
  ...group(
    "apiregistration.k8s.io/v1beta1",
    ["APIService"],
    "1.19",
    "1.22",
    "apiregistration.k8s.io/v1"
  ),
  ...group(
    "authentication.k8s.io/v1beta1",
    ["TokenReview"],
    "1.19",
    "1.22",
    "authentication.k8s.io/v1"
  ),
  ...group(
    "authorization.k8s.io/v1beta1",
    [
      "LocalSubjectAccessReview",
      "SelfSubjectAccessReview",
      "SelfSubjectRulesReview",
      "SubjectAccessReview"
    ],
    "1.19",
    "1.22",
    "authorization.k8s.io/v1"
  ),
  ...group(
    "certificates.k8s.io/v1beta1",
    ["CertificateSigningRequest"],
    "1.19",
    "1.22",
    "certificates.k8s.io/v1"
  ),
  ...group("coordination.k8s.io/v1beta1", ["Lease"], "1.19", "1.22", "coordination.k8s.io/v1"),
  ...group(
    "rbac.authorization.k8s.io/v1beta1",
    ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"],
    "1.17",
    "1.22",
    "rbac.authorization.k8s.io/v1"
  ),
  ...group("scheduling.k8s.io/v1beta1", ["PriorityClass"], "1.14", "1.22", "scheduling.k8s.io/v1"),
  ...group(
    "storage.k8s.io/v1beta1",
    ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"],
    "1.19",
    "1.22",
    "storage.k8s.io/v1"
  ),
  // Removed in 1.25
  ...group("batch/v1beta1", ["CronJob"], "1.21", "1.25", "batch/v1"),
  ...group("discovery.k8s.io/v1beta1", ["EndpointSlice"], "1.21", "1.25", "discovery.k8s.io/v1"),
  ...group("events.k8s.io/v1beta1", ["Event"], "1.19", "1.25", "events.k8s.io/v1"),
  {
    apiVersion: "autoscaling/v2beta1",
    kind: "HorizontalPodAutoscaler",
    deprecatedIn: "1.22",
    removedIn: "1.25",
    replacement: "autoscaling/v2",
    note: "targetAverageUtilization and targetAverageValue move into a target block of type Utilization or AverageValue"
  },
  {
    apiVersion: "policy/v1beta1",
    kind: "PodDisruptionBudget",
    deprecatedIn: "1.21",
    removedIn: "1.25",
    replacement: "policy/v1",
    note: "an empty spec.selector now selects every pod in the namespace instead of none"
  },
  {
    apiVersion: "policy/v1beta1",
    kind: "PodSecurityPolicy",
    deprecatedIn: "1.21",
    removedIn: "1.25",
    replacement: "Pod Security Admission (pod-security.kubernetes.io namespace labels)"
  },
  ...group("node.k8s.io/v1beta1", ["RuntimeClass"], "1.20", "1.25", "node.k8s.io/v1"),
  // Removed in 1.26
  {
    apiVersion: "autoscaling/v2beta2",
    kind: "HorizontalPodAutoscaler",
    deprecatedIn: "1.23",
    removedIn: "1.26",
    replacement: "autoscaling/v2"
  },
  ...group(
    "flowcontrol.apiserver.k8s.io/v1beta1",
    ["FlowSchema", "PriorityLevelConfiguration"],
    "1.23",
    "1.26",
    "flowcontrol.apiserver.k8s.io/v1"
  ),
  // Removed in 1.27
  ...group("storage.k8s.io/v1beta1", ["CSIStorageCapacity"], "1.24", "1.27", "storage.k8s.io/v1"),
  // Removed in 1.29
  ...group(
    "flowcontrol.apiserver.k8s.io/v1beta2",
    ["FlowSchema", "PriorityLevelConfiguration"],
    "1.26",
    "1.29",
    "flowcontrol.apiserver.k8s.io/v1"
  ),
  // Removed in 1.32
  ...group(
    "flowcontrol.apiserver.k8s.io/v1beta3",
    ["FlowSchema", "PriorityLevelConfiguration"],
    "1.29",
    "1.32",
    "flowcontrol.apiserver.k8s.io/v1"
  ),
  // Alpha versions removed, after each release's CHANGELOG ("Removed APIs")
  ...removedAlpha(
    "admissionregistration.k8s.io/v1alpha1",
    ["InitializerConfiguration"],
    "1.14",
    "a mutating admission webhook (admissionregistration.k8s.io/v1 MutatingWebhookConfiguration); initializers are gone"
  ),
  ...removedAlpha(
    "auditregistration.k8s.io/v1alpha1",
    ["AuditSink"],
    "1.19",
    "the API server's --audit-webhook-config-file (dynamic audit sinks are gone)"
  ),
  ...removedAlpha(
    "settings.k8s.io/v1alpha1",
    ["PodPreset"],
    "1.20",
    "the fields in the pod templates themselves, or a mutating admission webhook (PodPreset is gone)"
  ),
  ...removedAlpha("batch/v2alpha1", ["CronJob"], "1.21", "batch/v1"),
  ...removedAlpha(
    "flowcontrol.apiserver.k8s.io/v1alpha1",
    ["FlowSchema", "PriorityLevelConfiguration"],
    "1.21",
    "flowcontrol.apiserver.k8s.io/v1"
  ),
  ...group(
    "rbac.authorization.k8s.io/v1alpha1",
    ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"],
    "1.17",
    "1.22",
    "rbac.authorization.k8s.io/v1"
  ),
  ...removedAlpha(
    "networking.k8s.io/v1alpha1",
    ["ClusterCIDR"],
    "1.29",
    "kube-controller-manager's --cluster-cidr (ClusterCIDR is gone)"
  ),
  ...removedAlpha(
    "resource.k8s.io/v1alpha2",
    [
      "PodSchedulingContext",
      "ResourceClaim",
      "ResourceClaimParameters",
      "ResourceClaimTemplate",
      "ResourceClass",
      "ResourceClassParameters",
      "ResourceSlice"
    ],
    "1.31",
    "resource.k8s.io/v1 (structured parameters: DeviceClass instead of ResourceClass)"
  ),
  // Deprecated, no removal scheduled
  {
    apiVersion: "v1",
    kind: "Endpoints",
    deprecatedIn: "1.33",
    replacement: "discovery.k8s.io/v1 EndpointSlice",
    note: "a selector-less Service gets its endpoints from EndpointSlices labelled kubernetes.io/service-name"
  },
  // Custom resources
  {
    apiVersion: "autoscaling.k8s.io/v1beta2",
    kind: "VerticalPodAutoscaler",
    deprecatedIn: "0.13",
    removedIn: "1.3",
    replacement: "autoscaling.k8s.io/v1",
    project: "Vertical Pod Autoscaler"
  }
], byKey = new Map(
  API_DEPRECATIONS.map((entry) => [`${entry.apiVersion}/${entry.kind}`, entry])
);
function findDeprecation(apiVersion, kind) {
  return byKey.get(`${apiVersion}/${kind}`);
}
function compareVersions(a, b) {
  let [aMajor = 0, aMinor = 0] = a.split(".").map(Number), [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
function apiStatus(apiVersion, kind, kubeVersion) {
  let deprecation = findDeprecation(apiVersion, kind);
  if (deprecation) {
    if (deprecation.project)
      return { state: "deprecated", deprecation };
    if (deprecation.removedIn && compareVersions(kubeVersion, deprecation.removedIn) >= 0)
      return { state: "removed", deprecation };
    if (compareVersions(kubeVersion, deprecation.deprecatedIn) >= 0)
      return { state: "deprecated", deprecation };
  }
}

// src/lint/rules/deprecated-api.ts
var deprecated_api_default = {
  id: "deprecated-api",
  meta: {
    description: "Disallow apiVersions that are removed at the target Kubernetes version, and warn about deprecated ones",
    severity: "error",
    category: "set",
    kinds: ["*"],
    scope: "object",
    messages: {
      removed: '{{kind}} {{object}} uses {{apiVersion}}, which Kubernetes {{kubeVersion}} no longer serves (removed in {{removedIn}}): kubectl apply and Argo CD fail with "no matches for kind". Use {{replacement}}{{note}}.',
      deprecated: "{{kind}} {{object}} uses {{apiVersion}}, deprecated since Kubernetes {{deprecatedIn}}{{removal}}; move to {{replacement}}{{note}} before a cluster upgrade breaks the apply.",
      deprecatedCustomResource: "{{kind}} {{object}} uses {{apiVersion}}, deprecated since {{project}} {{deprecatedIn}} and not served by its CRD from {{project}} {{removedIn}} on; use {{replacement}}."
    },
    rationale: 'Kubernetes stops serving beta API versions a few releases after their replacement ships, and alpha versions in any release. A manifest that still uses one applies today and fails after the next cluster upgrade ("no matches for kind"), usually in the middle of a rollout. The table in src/k8s/deprecations.ts follows the Kubernetes Deprecated API Migration Guide and, for removed alpha versions (reported from the release that dropped them), the changelog of each release; the target version is --kube-version (or kubeVersion in .scaleplan.yaml).',
    remediation: "Change apiVersion to the replacement the message names and apply the migration note (for example HPA targetAverageUtilization becomes target.averageUtilization in autoscaling/v2).",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: policy/v1beta1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`,
      correct: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`
    },
    peers: "kube-score stable-version, kube-linter no-extensions-v1beta, Kyverno check-deprecated-apis, Pluto and kubent. scaleplan weighs the target version: removed APIs are errors, deprecated ones warnings."
  },
  create(context) {
    let kubeVersion = context.settings.kubeVersion;
    return {
      "*"(manifest) {
        let status = apiStatus(manifest.apiVersion, manifest.kind, kubeVersion);
        if (!status)
          return;
        let { deprecation } = status, base = {
          apiVersion: manifest.apiVersion,
          kind: manifest.kind,
          object: manifest.name === "" ? "(no name)" : `"${manifest.name}"`,
          replacement: deprecation.replacement,
          note: deprecation.note ? ` (${deprecation.note})` : "",
          deprecatedIn: deprecation.deprecatedIn
        };
        deprecation.project ? context.report({
          manifest,
          path: ["apiVersion"],
          messageId: "deprecatedCustomResource",
          severity: "warning",
          data: {
            ...base,
            project: deprecation.project,
            removedIn: deprecation.removedIn ?? "a later release"
          }
        }) : status.state === "removed" ? context.report({
          manifest,
          path: ["apiVersion"],
          messageId: "removed",
          data: { ...base, kubeVersion, removedIn: deprecation.removedIn ?? "" }
        }) : context.report({
          manifest,
          path: ["apiVersion"],
          messageId: "deprecated",
          severity: "warning",
          data: {
            ...base,
            removal: deprecation.removedIn ? ` and removed in ${deprecation.removedIn}` : " (no removal scheduled yet)"
          }
        });
      }
    };
  }
};

// src/lint/rules/duplicate-object.ts
var duplicate_object_default = {
  id: "duplicate-object",
  meta: {
    description: "Disallow two objects with the same kind, namespace and name",
    severity: "error",
    category: "set",
    kinds: ["*"],
    scope: "set",
    messages: {
      duplicate: '{{kind}} "{{name}}" is defined more than once in namespace "{{namespace}}"; the later one silently replaces the earlier on apply.',
      duplicateClusterScoped: '{{kind}} "{{name}}" is defined more than once; the later one silently replaces the earlier on apply.'
    },
    rationale: "kubectl apply and Argo CD apply objects one after the other, so of two objects with the same identity only the last survives, and which one that is depends on file order. Kustomize refuses to build such a set at all.",
    remediation: "Delete one of the objects, or give them different names or namespaces.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 8080}]
`,
      correct: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
  name: web-admin
spec:
  ports: [{port: 8080}]
`
    }
  },
  create(context) {
    return {
      "*"(manifest) {
        if (manifest.name === "")
          return;
        let same = context.set.sameIdentity(manifest), first = same[0];
        same.length < 2 || first === manifest || first === void 0 || context.report({
          manifest,
          path: ["metadata", "name"],
          messageId: manifest.namespace === "" ? "duplicateClusterScoped" : "duplicate",
          data: { kind: manifest.kind, name: manifest.name, namespace: manifest.namespace },
          related: [
            { manifest: first, path: ["metadata", "name"], message: "First defined here." }
          ]
        });
      }
    };
  }
};

// src/k8s/resources.ts
var LIMIT_RANGE_KIND = "LimitRange", POD_LEVEL_RESOURCES_SINCE = "1.34", POD_LEVEL_RESOURCE_NAMES = /* @__PURE__ */ new Set(["cpu", "memory"]);
function isSet(map, resource) {
  return Object.prototype.hasOwnProperty.call(map, resource) && map[resource] !== null;
}
var LimitRangeDefaults = class {
  requests = /* @__PURE__ */ new Map();
  limits = /* @__PURE__ */ new Map();
  constructor(limitRanges) {
    for (let limitRange of limitRanges) {
      let requests = /* @__PURE__ */ new Map(), limits = /* @__PURE__ */ new Map();
      asArray(limitRange.get(["spec", "limits"])).forEach((entry, index) => {
        let item = asObject(entry);
        if (!item || item.type !== "Container")
          return;
        let read = (field) => {
          let result = /* @__PURE__ */ new Map(), values = asObject(item[field]) ?? {};
          for (let resource of Object.keys(values))
            isSet(values, resource) && result.set(resource, {
              raw: values[resource],
              manifest: limitRange,
              path: ["spec", "limits", index, field, resource]
            });
          return result;
        }, [defaultRequest, defaultLimit, max, min] = [
          read("defaultRequest"),
          read("default"),
          read("max"),
          read("min")
        ];
        for (let [target, sources] of [
          [limits, [defaultLimit, max]],
          [requests, [defaultRequest, defaultLimit, max, min]]
        ]) {
          let resources = new Set(sources.flatMap((source) => [...source.keys()]));
          for (let resource of resources) {
            let found = sources.find((source) => source.has(resource))?.get(resource);
            found && target.set(resource, found);
          }
        }
      });
      for (let [target, source] of [
        [this.requests, requests],
        [this.limits, limits]
      ])
        for (let [resource, value] of source)
          target.has(resource) || target.set(resource, value);
    }
  }
  /** The request LimitRanger gives a container that has neither request nor limit. */
  request(resource) {
    return resolved(this.requests.get(resource));
  }
  /** The limit LimitRanger gives a container without one. */
  limit(resource) {
    return resolved(this.limits.get(resource));
  }
  /** Resource names the LimitRanges give a default for. */
  resourceNames() {
    return [.../* @__PURE__ */ new Set([...this.requests.keys(), ...this.limits.keys()])];
  }
};
function resolved(entry) {
  return entry ? {
    raw: entry.raw,
    value: parseQuantity(entry.raw),
    origin: "limitRange",
    manifest: entry.manifest,
    path: entry.path
  } : void 0;
}
var NO_DEFAULTS = new LimitRangeDefaults([]);
function describeContainer(container) {
  return `${container.kind === "sidecar" ? "Sidecar container" : container.kind === "init" ? "Init container" : "Container"} "${container.name}"`;
}
function hasReadableResources(container) {
  let resources = container.container.resources;
  if (resources == null)
    return !0;
  let object = asObject(resources);
  return object !== void 0 && ["requests", "limits"].every(
    (field) => object[field] === void 0 || object[field] === null || asObject(object[field]) !== void 0
  );
}
function writtenQuantity(workload, container, field, resource) {
  let values = containerResources(container.container, field);
  if (isSet(values, resource))
    return {
      raw: values[resource],
      value: parseQuantity(values[resource]),
      origin: field === "requests" ? "request" : "limit",
      manifest: workload.manifest,
      path: [...container.path, "resources", field, resource]
    };
}
function effectiveRequest(workload, container, resource, defaults = NO_DEFAULTS) {
  return writtenQuantity(workload, container, "requests", resource) ?? writtenQuantity(workload, container, "limits", resource) ?? defaults.request(resource);
}
function effectiveLimit(workload, container, resource, defaults = NO_DEFAULTS) {
  return writtenQuantity(workload, container, "limits", resource) ?? defaults.limit(resource);
}
function podLevelResources(workload, kubeVersion) {
  if (compareVersions(kubeVersion, POD_LEVEL_RESOURCES_SINCE) < 0)
    return;
  let resources = asObject(workload.podSpec?.resources), requests = asObject(resources?.requests) ?? {}, limits = asObject(resources?.limits) ?? {};
  if ([...POD_LEVEL_RESOURCE_NAMES].some((name) => isSet(requests, name) || isSet(limits, name)))
    return { requests, limits };
}
function podLevelQuantity(workload, podLevel, resource) {
  if (!(!podLevel || !POD_LEVEL_RESOURCE_NAMES.has(resource)))
    for (let field of ["requests", "limits"]) {
      let values = podLevel[field];
      if (isSet(values, resource))
        return {
          raw: values[resource],
          value: parseQuantity(values[resource]),
          origin: "pod",
          manifest: workload.manifest,
          path: [...workload.podSpecPath, "resources", field, resource]
        };
    }
}
function podTotal(workload, field, resource, defaults = NO_DEFAULTS, podLevel) {
  let pod = field === "requests" ? podLevelQuantity(workload, podLevel, resource) : podLevel && isSet(podLevel.limits, resource) ? { value: parseQuantity(podLevel.limits[resource]) } : void 0;
  if (pod)
    return pod.value ?? 0;
  let resolve = field === "requests" ? effectiveRequest : effectiveLimit, running = 0, sidecars = 0, startupPeak = 0;
  for (let container of workload.containers) {
    let value = resolve(workload, container, resource, defaults)?.value ?? 0;
    container.kind === "container" ? running += value : container.kind === "sidecar" ? (running += value, sidecars += value, startupPeak = Math.max(startupPeak, sidecars)) : startupPeak = Math.max(startupPeak, value + sidecars);
  }
  return Math.max(running, startupPeak);
}
function isBestEffort(workload, defaults = NO_DEFAULTS, podLevel) {
  for (let resource of ["cpu", "memory"]) {
    if (podLevel && (isNonZero(podLevel.requests[resource]) || isNonZero(podLevel.limits[resource])))
      return !1;
    for (let container of workload.containers) {
      let request = effectiveRequest(workload, container, resource, defaults), limit = effectiveLimit(workload, container, resource, defaults);
      if (isNonZero(request?.raw) || isNonZero(limit?.raw))
        return !1;
    }
  }
  return !0;
}
function isNonZero(raw) {
  let value = parseQuantity(raw);
  return value !== void 0 && value !== 0;
}
function quantityGreater(a, b) {
  return a - b > Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}

// src/lint/rules/extended-resource-limits.ts
var extended_resource_limits_default = {
  id: "extended-resource-limits",
  meta: {
    description: "Require extended resources such as nvidia.com/gpu to be whole numbers with the limit set and equal to any request",
    severity: "error",
    category: "requests",
    kinds: [...WORKLOAD_KINDS],
    scope: "set",
    messages: {
      missingLimit: '{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} without a limit: extended resources cannot be overcommitted, so the API server requires the limit ("Limit must be set for non overcommitable resources") and rejects the object. Set limits["{{resource}}"]: {{request}} (the limit alone is enough; the request defaults to it).',
      mismatch: '{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} but its limit is {{limit}}: extended resources cannot be overcommitted, so the API server rejects a request that differs from the limit ("must be equal to {{resource}} limit"). Set only limits["{{resource}}"], or the same value in both.',
      fraction: '{{container}} of {{kind}} "{{name}}" asks for {{value}} {{resource}} in its {{field}}, a fraction: devices are allocated whole, so the API server rejects the object ("must be an integer"). Use a whole number (GPU time-slicing and MIG expose shares of a GPU as whole units of another resource).'
    },
    rationale: "Extended resources (a `/` in the name outside the `kubernetes.io` domain: `nvidia.com/gpu`, `amd.com/gpu`, `gpu.intel.com/i915`, vendor NICs and FPGAs) are whole devices that the kubelet hands to one container; Kubernetes does not overcommit them. The API server therefore enforces three things on every container, pod templates included: the limit must be set, a request must equal the limit, and the value must be a whole number (`0.5`, `500m` and `1.5` are rejected). A limit alone is the recommended form: the request defaults to it. A LimitRange `default` for the resource counts as the limit. All three mistakes fail the apply or the Argo CD sync, often only in the environment that adds the GPU patch.",
    remediation: "Write the device count once, as a whole number under `resources.limits` (e.g. `nvidia.com/gpu: 1`); drop the request or make it identical.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            requests: {nvidia.com/gpu: 1}
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 1}
`
    },
    peers: "kube-linter, kube-score and Polaris have no check for extended resources; schema validators such as kubeconform cannot catch these because the rules live in API server code."
  },
  create(context) {
    let visit = (manifest) => {
      let workload = context.set.workload(manifest);
      if (!workload?.ownsTemplate)
        return;
      let defaults = context.set.limitRangeDefaults(manifest.namespace);
      for (let container of workload.containers) {
        if (!hasReadableResources(container))
          continue;
        let resources = new Set(
          ["requests", "limits"].flatMap(
            (field) => Object.keys(containerResources(container.container, field))
          )
        );
        for (let resource of [...resources].filter(isExtendedResource)) {
          let request = writtenQuantity(workload, container, "requests", resource), limit = effectiveLimit(workload, container, resource, defaults), data = {
            container: describeContainer(container),
            kind: manifest.kind,
            name: manifest.name,
            resource
          }, fractional = [request, limit].find(
            (value) => value !== void 0 && value.origin !== "limitRange" && value.value !== void 0 && !isWholeQuantity(value.raw)
          );
          if (fractional) {
            context.report({
              manifest,
              path: fractional.path,
              messageId: "fraction",
              data: {
                ...data,
                value: String(fractional.raw),
                field: fractional.origin === "request" ? "requests" : "limits"
              }
            });
            continue;
          }
          if (request?.value !== void 0) {
            if (!limit) {
              context.report({
                manifest,
                path: request.path,
                messageId: "missingLimit",
                data: { ...data, request: String(request.raw) },
                fix: `resources: {limits: {${resource}: ${String(request.raw)}}}`
              });
              continue;
            }
            limit.value !== void 0 && (quantityGreater(request.value, limit.value) || quantityGreater(limit.value, request.value)) && context.report({
              manifest,
              path: request.path,
              messageId: "mismatch",
              data: { ...data, request: String(request.raw), limit: String(limit.raw) },
              ...limit.origin === "limitRange" ? {
                related: [
                  {
                    manifest: limit.manifest,
                    path: limit.path,
                    message: `LimitRange "${limit.manifest.name}" sets the default ${resource} limit here.`
                  }
                ]
              } : {},
              fix: `resources: {limits: {${resource}: ${String(limit.raw)}}}`
            });
          }
        }
      }
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  }
};

// src/lint/rules/gpu-without-placement.ts
var GPU_WORDS = /gpu|accelerator/i, SELECTING_OPERATORS = /* @__PURE__ */ new Set(["In", "Exists", "Gt", "Lt"]), gpu_without_placement_default = {
  id: "gpu-without-placement",
  meta: {
    description: "Require pods that request a GPU to tolerate the GPU node taint or to select GPU nodes",
    severity: "warning",
    category: "quota",
    kinds: [...WORKLOAD_KINDS],
    scope: "object",
    messages: {
      noPlacement: '{{kind}} "{{name}}" requests {{resource}} but neither tolerates the {{taint}} taint nor selects GPU nodes: where GPU nodes are tainted (the usual setup) its pods stay Pending, and the cluster autoscaler adds no GPU node for a pod that would not tolerate it. Add a toleration for {{taint}} (effect NoSchedule), or a nodeSelector or node affinity on your GPU node label.'
    },
    rationale: "GPU node pools are tainted so that ordinary pods stay off expensive nodes (GKE and AKS GPU pools, EKS GPU node groups set up per the NVIDIA GPU Operator guides; commonly `nvidia.com/gpu:NoSchedule`). A pod that requests a GPU fits only on those nodes, so without a matching toleration the scheduler has nowhere to put it: it stays Pending with `untolerated taint`, and the cluster autoscaler, which simulates taints, never scales the GPU pool up for it. The rule accepts as placement: a toleration whose key is the taint key (option `taintKey`) or the requested resource name with effect NoSchedule or no effect, a toleration with `operator: Exists` and no key (tolerates every taint), or a `nodeSelector` or required or preferred node affinity term that selects nodes by a GPU label (a key or value containing `gpu` or `accelerator`, or a key listed in `gpuNodeLabels`; `NotIn`/`DoesNotExist` terms select the other nodes and do not count). Clusters whose API server runs the ExtendedResourceToleration admission plugin (GKE does) add the toleration automatically; turn the rule off there.",
    remediation: 'Add `tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]` to the pod template (with your taint key), and usually a `nodeSelector` on the GPU pool label as well (e.g. `cloud.google.com/gke-accelerator`, `nvidia.com/gpu.present: "true"` from GPU feature discovery, or your node pool label).',
    defaultOptions: {
      taintKey: "nvidia.com/gpu",
      resourceNames: ["nvidia.com/gpu", "amd.com/gpu"],
      gpuNodeLabels: []
    },
    optionsSchema: {
      type: "object",
      properties: {
        taintKey: {
          type: "string",
          minLength: 1,
          description: "Key of the taint on GPU nodes (e.g. sku on AKS GPU pools)."
        },
        resourceNames: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: !0,
          description: 'Extended resources that mean "this pod needs a GPU node".'
        },
        gpuNodeLabels: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: !0,
          description: "More node label keys that select GPU nodes (e.g. node.kubernetes.io/instance-type), besides keys and values containing gpu or accelerator."
        }
      },
      additionalProperties: !1
    },
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 1}
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      nodeSelector:
        nvidia.com/gpu.present: "true"
      tolerations:
        - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 1}
`
    },
    peers: "kube-linter no-node-affinity asks for node affinity on every workload, GPU or not; no peer relates GPU requests to taints and tolerations."
  },
  create(context) {
    let visit = (manifest, options) => {
      let workload = context.set.workload(manifest), podSpec = workload?.podSpec;
      if (!workload?.ownsTemplate || !podSpec)
        return;
      let requested;
      for (let container of workload.containers)
        if (!(requested || !hasReadableResources(container)))
          for (let resource of options.resourceNames) {
            let quantity = writtenQuantity(workload, container, "limits", resource) ?? writtenQuantity(workload, container, "requests", resource);
            if (quantity?.value !== void 0 && quantity.value > 0) {
              requested = { resource, quantity };
              break;
            }
          }
      if (!requested)
        return;
      let taintKeys = /* @__PURE__ */ new Set([options.taintKey, requested.resource]);
      tolerates(podSpec, taintKeys) || selectsGpuNodes(podSpec, new Set(options.gpuNodeLabels)) || context.report({
        manifest,
        path: requested.quantity.path,
        target: "key",
        messageId: "noPlacement",
        data: {
          kind: manifest.kind,
          name: manifest.name,
          resource: requested.resource,
          taint: wordList([...taintKeys], "or")
        },
        fix: `tolerations: [{key: ${options.taintKey}, operator: Exists, effect: NoSchedule}]`
      });
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  }
};
function tolerates(podSpec, taintKeys) {
  return asArray(podSpec.tolerations).some((entry) => {
    let toleration = asObject(entry);
    if (!toleration)
      return !1;
    let effect = toleration.effect;
    if (effect != null && effect !== "" && effect !== "NoSchedule")
      return !1;
    let key = toleration.key;
    return key == null || key === "" ? toleration.operator === "Exists" : typeof key == "string" && taintKeys.has(key);
  });
}
function isGpuLabel(key, values, gpuNodeLabels) {
  return gpuNodeLabels.has(key) || GPU_WORDS.test(key) || values.some((value) => typeof value == "string" && GPU_WORDS.test(value));
}
function selectsGpuNodes(podSpec, gpuNodeLabels) {
  let nodeSelector = asObject(podSpec.nodeSelector) ?? {};
  if (Object.entries(nodeSelector).some(([key, value]) => isGpuLabel(key, [value], gpuNodeLabels)))
    return !0;
  let nodeAffinity = asObject(asObject(podSpec.affinity)?.nodeAffinity), required = asObject(nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution);
  return [
    ...asArray(required?.nodeSelectorTerms),
    ...asArray(nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution).map(
      (weighted) => asObject(weighted)?.preference
    )
  ].some(
    (term) => asArray(asObject(term)?.matchExpressions).some((entry) => {
      let expression = asObject(entry), key = expression?.key, operator = expression?.operator;
      return typeof key == "string" && typeof operator == "string" && SELECTING_OPERATORS.has(operator) && isGpuLabel(key, asArray(expression?.values), gpuNodeLabels);
    })
  );
}

// src/lint/rules/hpa-duplicate-target.ts
var hpa_duplicate_target_default = {
  id: "hpa-duplicate-target",
  meta: {
    description: "Disallow more than one HorizontalPodAutoscaler or KEDA ScaledObject scaling the same workload",
    severity: "error",
    category: "autoscaling",
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: "set",
    messages: {
      duplicate: `{{autoscaler}} scales {{kind}} "{{target}}", which {{first}} already scales; two autoscalers overwrite each other's replica count at every sync, so the workload flaps between their recommendations. Keep one: merge the metrics into one HPA, or let KEDA own the workload and delete the HPA.`
    },
    rationale: "Each HPA (and the HPA that KEDA creates for every ScaledObject) computes its own desired replica count and writes it to the target's scale subresource every 15 seconds. Two of them on one workload do not combine their metrics: the last writer wins, so the count jumps between the two recommendations, pods are created and killed in a loop, and `kubectl describe hpa` shows `AmbiguousSelector` at best. The classic way to get there is adding a KEDA ScaledObject next to an existing HPA. KEDA itself creates an HPA named `keda-hpa-<name>` owned by the ScaledObject; that one is not a duplicate. It only appears in manifests exported from a live cluster (GitOps repositories never contain it), and scaleplan recognises it by its ownerReference.",
    remediation: "Delete all but one autoscaler. An HPA can scale on several metrics at once (it takes the highest recommendation); KEDA can take over CPU and memory with `cpu`/`memory` triggers.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: web
spec:
  scaleTargetRef: {name: web}
  triggers:
    - {type: prometheus, metadata: {serverAddress: "http://prometheus:9090", query: "sum(rate(http_requests_total[1m]))", threshold: "100"}}
`,
      correct: `apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: web
spec:
  scaleTargetRef: {name: web}
  minReplicaCount: 2
  maxReplicaCount: 10
  triggers:
    - {type: cpu, metricType: Utilization, metadata: {value: "70"}}
    - {type: prometheus, metadata: {serverAddress: "http://prometheus:9090", query: "sum(rate(http_requests_total[1m]))", threshold: "100"}}
`
    },
    peers: "None of kube-linter, kube-score, Polaris or the Kyverno policies look for two autoscalers on one workload."
  },
  create(context) {
    let visit = (manifest) => {
      let ref = readTargetRef(manifest);
      if (!ref)
        return;
      let all = context.set.autoscalersReferencing(ref, manifest.namespace), autoscalers = all.filter((candidate) => !isKedaOwnHpa(candidate, all)), first = autoscalers[0];
      !first || first.manifest === manifest || !autoscalers.some((a) => a.manifest === manifest) || context.report({
        manifest,
        path: [...ref.path, "name"],
        messageId: "duplicate",
        data: {
          autoscaler: `${manifest.kind} "${manifest.name}"`,
          kind: ref.kind,
          target: ref.name,
          first: `${first.manifest.kind} "${first.manifest.name}"`
        },
        related: [
          {
            manifest: first.manifest,
            path: first.target?.path ?? ["metadata", "name"],
            target: "key",
            message: `${first.manifest.kind} "${first.manifest.name}" scales the same workload.`
          }
        ]
      });
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  }
};
function isKedaOwnHpa(autoscaler, all) {
  return autoscaler.manifest.kind !== HPA_KIND ? !1 : asArray(asObject(autoscaler.manifest.object.metadata)?.ownerReferences).some((entry) => {
    let owner = asObject(entry);
    return owner?.kind === SCALED_OBJECT_KIND && typeof owner.apiVersion == "string" && owner.apiVersion.startsWith("keda.sh/") && all.some(
      (candidate) => candidate.manifest.kind === SCALED_OBJECT_KIND && candidate.manifest.name === owner.name
    );
  });
}

// src/lint/rules/hpa-min-max.ts
var hpa_min_max_default = {
  id: "hpa-min-max",
  meta: {
    description: "Require minReplicas to be below maxReplicas on every HorizontalPodAutoscaler",
    severity: "error",
    category: "autoscaling",
    kinds: [HPA_KIND],
    scope: "object",
    messages: {
      minAboveMax: 'HorizontalPodAutoscaler "{{name}}" has minReplicas {{min}} above maxReplicas {{max}}; the API server rejects it and the workload never scales.',
      minEqualsMax: 'HorizontalPodAutoscaler "{{name}}" has minReplicas equal to maxReplicas ({{max}}), so it can never scale; set a lower minReplicas or drop the HPA and set replicas.'
    },
    rationale: "An HPA whose minimum exceeds its maximum is rejected at admission (in Argo CD the sync fails); one whose bounds are equal is accepted but never changes the replica count, which usually hides a copy-paste mistake.",
    remediation: "Set spec.minReplicas below spec.maxReplicas.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 5
  maxReplicas: 3
`,
      correct: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 6
`
    },
    peers: "Polaris hpaMaxAvailability (maxReplicas > minReplicas) is the nearest check; it reports equal bounds as a failure where scaleplan reports info."
  },
  create(context) {
    return {
      [HPA_KIND](manifest) {
        let { minReplicas, maxReplicas } = readAutoscaler(manifest);
        if (maxReplicas === void 0)
          return;
        let data = { name: manifest.name, min: minReplicas, max: maxReplicas };
        if (minReplicas > maxReplicas) {
          let hasMin = manifest.get(["spec", "minReplicas"]) !== void 0;
          context.report({
            manifest,
            path: ["spec", hasMin ? "minReplicas" : "maxReplicas"],
            messageId: "minAboveMax",
            data
          });
        } else minReplicas === maxReplicas && context.report({
          manifest,
          path: ["spec", "maxReplicas"],
          messageId: "minEqualsMax",
          data,
          severity: "info"
        });
      }
    };
  }
};

// src/lint/rules/hpa-min-replicas.ts
var hpa_min_replicas_default = {
  id: "hpa-min-replicas",
  meta: {
    description: "Require HorizontalPodAutoscalers to keep at least two replicas",
    severity: "warning",
    category: "autoscaling",
    kinds: [HPA_KIND],
    scope: "object",
    messages: {
      belowMinimum: 'HorizontalPodAutoscaler "{{name}}" has minReplicas {{minReplicas}}, below {{minimum}}: in a quiet hour it scales the workload down to {{min}}, and then one node drain, crash or rollout {{consequence}}. Set minReplicas to at least {{minimum}}.',
      defaultMinimum: 'HorizontalPodAutoscaler "{{name}}" does not set minReplicas, so it defaults to 1: in a quiet hour it scales the workload down to one pod, and then one node drain, crash or rollout leaves no ready pod. Set minReplicas to at least {{minimum}}.'
    },
    rationale: "An HPA scales down to minReplicas whenever the metric is low, which for most services is every night. With one pod left, every voluntary disruption (a node drain, a cluster-autoscaler scale-down, a rollout with maxUnavailable) and every crash is an outage until a new pod is ready, and a PodDisruptionBudget that protects the last pod blocks the drain instead. `minReplicas` defaults to 1 when it is not written. KEDA ScaledObjects are not checked: a `minReplicaCount` of 0 or 1 there is usually a deliberate scale-to-zero for queue workers.",
    remediation: 'Set `spec.minReplicas` to 2 or more (3 to survive a zone outage). If the workload really may run as one pod, silence the rule for it with `scaleplan.dev/ignore: "hpa-min-replicas"`.',
    defaultOptions: { minimum: 2 },
    optionsSchema: {
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
    },
    examples: {
      incorrect: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 1
  maxReplicas: 10
`,
      correct: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
`
    },
    peers: "kube-linter hpa-minimum-three-replicas (minimum 3), kube-score horizontalpodautoscaler-replicas (threshold MinReplicasHPA in its run configuration) and Polaris hpaMinAvailability (minimum 2) check the same; Polaris passes an HPA without minReplicas although it defaults to 1. The strict policy pack uses a minimum of 3 as kube-linter does."
  },
  create(context) {
    return {
      [HPA_KIND](manifest, options) {
        if (!asObject(manifest.get(["spec"])))
          return;
        let raw = manifest.get(["spec", "minReplicas"]), written = raw != null;
        if (written && !(typeof raw == "number" && Number.isInteger(raw)))
          return;
        let min = written ? raw : 1;
        min >= options.minimum || context.report({
          manifest,
          path: ["spec", "minReplicas"],
          messageId: written ? "belowMinimum" : "defaultMinimum",
          data: {
            name: manifest.name,
            minReplicas: min,
            min: `${min} pod${min === 1 ? "" : "s"}`,
            minimum: options.minimum,
            consequence: min <= 1 ? "leaves no ready pod" : `leaves ${min - 1} pod${min === 2 ? "" : "s"} to carry all the traffic`
          },
          fix: `minReplicas: ${options.minimum}`
        });
      }
    };
  }
};

// src/lint/rules/hpa-missing-requests.ts
var UTILIZATION_RESOURCES = /* @__PURE__ */ new Set(["cpu", "memory"]), hpa_missing_requests_default = {
  id: "hpa-missing-requests",
  meta: {
    description: "Require a request for the resource on every container an HPA measures by cpu or memory utilization",
    severity: "error",
    category: "requests",
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: "set",
    messages: {
      missing: '{{autoscaler}} "{{name}}" scales on {{resource}} utilization, but {{containers}} of {{kind}} "{{target}}" {{verb}} no {{resource}} request: utilization is usage divided by the request, so the HPA reports FailedGetResourceMetric and never scales on {{resource}}. Set resources.requests.{{resource}} on {{pronoun}}, or target an AverageValue instead of a Utilization.',
      unknownContainer: '{{autoscaler}} "{{name}}" scales on the {{resource}} utilization of container "{{container}}", but no running container of {{kind}} "{{target}}" has that name{{hint}}: the HPA reports FailedGetContainerResourceMetric and never scales on it. Name one of {{names}}.'
    },
    rationale: "An HPA `Resource` metric with a `Utilization` target divides the pods' usage by their requests: the controller sums the request of every container that runs for the pod's life, regular containers and native sidecars (init containers with `restartPolicy: Always`), and if any one of them has none the whole metric fails (`missing request for cpu in container proxy`), the HPA reports `FailedGetResourceMetric`, and it never scales on that metric (with several metrics it still scales up on the others but refuses to scale down). Ordinary init containers are not part of the sum. A `ContainerResource` metric needs the request only on the container it names. `AverageValue` and `Value` targets compare raw usage and need no request. A request is there when the container writes it, when it has a limit (which becomes the request), when a LimitRange in the namespace gives a default, or (from Kubernetes 1.34) when pod-level `spec.resources` set it. KEDA ScaledObjects: `cpu` and `memory` triggers become the same metrics of the HPA that KEDA creates (`metricType` defaults to Utilization, `metadata.containerName` makes it a ContainerResource metric), and KEDA's admission webhook, when installed, rejects the ScaledObject outright. autoscaling/v1 HPAs always scale on cpu utilization (80 % by default).",
    remediation: "Set `resources.requests.<resource>` on every listed container (sidecars included), or give the namespace a LimitRange with `defaultRequest`, or scale on a `ContainerResource` metric for the main container only, or use an `AverageValue` target (e.g. `averageValue: 500m`).",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {memory: 256Mi}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: 70}
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 250m, memory: 256Mi}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: 70}
`
    },
    peers: "No peer linter connects an HPA to the requests of its target; kube-linter, kube-score and Polaris only check requests per container (see missing-requests)."
  },
  create(context) {
    let visit = (autoscaler) => {
      let ref = readTargetRef(autoscaler), target = ref && context.set.resolveTarget(ref, autoscaler.namespace), workload = target && context.set.workload(target);
      if (!workload)
        return;
      let running = workload.runningContainers;
      if (running.length === 0 || !running.every(hasReadableResources))
        return;
      let defaults = context.set.limitRangeDefaults(workload.namespace), podLevel = podLevelResources(workload, context.settings.kubeVersion), metrics = readAutoscalerResourceMetrics(autoscaler).filter(
        (metric) => metric.name !== void 0 && UTILIZATION_RESOURCES.has(metric.name) && metric.targetType === "Utilization"
      ), common = {
        autoscaler: autoscaler.kind,
        name: autoscaler.name,
        kind: workload.kind,
        target: workload.manifest.name
      }, reportMissing = (path2, resource, lacking) => {
        let names2 = lacking.map((container) => container.name);
        context.report({
          manifest: autoscaler,
          path: path2,
          messageId: "missing",
          data: {
            ...common,
            resource,
            containers: `${names2.length === 1 ? "container" : "containers"} ${quotedList(names2)}`,
            verb: names2.length === 1 ? "has" : "have",
            pronoun: names2.length === 1 ? "it" : "each of them"
          },
          related: lacking.map((container) => ({
            manifest: workload.templateManifest,
            path: [...container.path, "resources", "requests"],
            target: "key",
            message: `${container.kind === "sidecar" ? "Sidecar container" : "Container"} "${container.name}" has no ${resource} request.`
          })),
          fix: `resources: {requests: {${resource}: <${resource === "cpu" ? "cores" : "quantity"}>}}`
        });
      };
      for (let metric of metrics) {
        let resource = metric.name ?? "", path2 = metricNamePath(autoscaler, metric);
        if (metric.type === "ContainerResource") {
          if (metric.container === void 0)
            continue;
          let named = running.find((container) => container.name === metric.container);
          if (!named) {
            let init = workload.containers.find(
              (container) => container.name === metric.container
            );
            context.report({
              manifest: autoscaler,
              path: path2,
              messageId: "unknownContainer",
              data: {
                ...common,
                resource,
                container: metric.container,
                hint: init ? " (it is an init container, which the HPA does not measure)" : "",
                names: quotedList(running.map((container) => container.name))
              },
              related: [
                {
                  manifest: workload.templateManifest,
                  path: init?.path ?? [...workload.podSpecPath, "containers"],
                  message: init ? `Init container "${init.name}" is defined here.` : `The containers of ${workload.kind} "${workload.manifest.name}".`
                }
              ]
            });
            continue;
          }
          if (effectiveRequest(workload, named, resource, defaults))
            continue;
          reportMissing(path2, resource, [named]);
          continue;
        }
        if (podLevelQuantity(workload, podLevel, resource))
          continue;
        let lacking = running.filter(
          (container) => !effectiveRequest(workload, container, resource, defaults)
        );
        lacking.length > 0 && reportMissing(path2, resource, lacking);
      }
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  }
};

// src/lint/rules/hpa-replicas-pinned.ts
var hpa_replicas_pinned_default = {
  id: "hpa-replicas-pinned",
  meta: {
    description: "Disallow spec.replicas on a workload that a HorizontalPodAutoscaler or KEDA ScaledObject scales",
    severity: "warning",
    category: "autoscaling",
    kinds: [...SCALABLE_VISIT_KINDS],
    scope: "set",
    messages: {
      pinned: '{{kind}} "{{name}}" sets spec.replicas to {{replicas}} while {{autoscaler}} scales it; every GitOps sync or kubectl apply resets the live count to {{replicas}}, scaling it down under load. Remove spec.replicas and let the autoscaler own the count.'
    },
    rationale: "An autoscaler changes the replica count through the scale subresource, but the manifest in Git still says `replicas: N`. Every Argo CD or Flux sync, and every `kubectl apply`, writes N back: a workload the HPA had scaled to 12 pods for a traffic peak drops to N in one step, and the HPA needs several sync periods to scale it up again. kube-score checks this for Deployments only; StatefulSets and ReplicaSets behave the same way.",
    remediation: "Delete `spec.replicas` from the workload (set the starting size with the autoscaler's minReplicas). If a tool insists on the field, tell Argo CD to ignore it with `ignoreDifferences: [{group: apps, kind: Deployment, jsonPointers: [/spec/replicas]}]`.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 3
  maxReplicas: 10
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 3
  maxReplicas: 10
`
    },
    peers: "kube-score deployment-targeted-by-hpa-does-not-have-replicas-configured checks Deployments only and matches the HPA by kind and name; scaleplan also checks StatefulSets, ReplicaSets and KEDA ScaledObjects and matches the API group."
  },
  create(context) {
    let visit = (manifest) => {
      let replicas = context.set.workload(manifest)?.declaredReplicas;
      if (replicas === void 0)
        return;
      let autoscalers = context.set.autoscalersOf(manifest), first = autoscalers[0];
      first && context.report({
        manifest,
        path: ["spec", "replicas"],
        target: "key",
        messageId: "pinned",
        data: {
          kind: manifest.kind,
          name: manifest.name,
          replicas,
          autoscaler: `${first.manifest.kind} "${first.manifest.name}"`
        },
        related: autoscalers.map((autoscaler) => ({
          manifest: autoscaler.manifest,
          path: autoscaler.target?.path ?? ["metadata", "name"],
          target: "key",
          message: `${autoscaler.manifest.kind} "${autoscaler.manifest.name}" scales this workload.`
        })),
        fix: `Delete spec.replicas from ${manifest.kind} "${manifest.name}".`
      });
    }, visitors = {};
    for (let kind of SCALABLE_VISIT_KINDS)
      visitors[kind] = visit;
    return visitors;
  }
};

// src/lint/rules/hpa-scale-down-too-fast.ts
var EPSILON = 1e-9, hpa_scale_down_too_fast_default = {
  id: "hpa-scale-down-too-fast",
  meta: {
    description: "Disallow scale-down policies that remove more than half of the replicas within a minute without a long stabilization window",
    severity: "warning",
    category: "autoscaling",
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: "object",
    messages: {
      tooFast: "{{autoscaler}} can remove {{percent}}% of its {{max}} replicas within {{window}}s ({{policies}}, selectPolicy {{select}}) with only a {{stabilization}}s stabilization window; one quiet minute takes away most of the capacity and the next spike waits for new pods to start. Allow at most {{limit}}% per {{window}}s (e.g. a Pods policy of 1 per 60s) or raise stabilizationWindowSeconds to {{stabilizationMinimum}}."
    },
    rationale: `An HPA without \`behavior\` waits 5 minutes (the stabilization window) and may then remove every pod above minReplicas at once (100 % per 15 s). That default is tolerable because of the long window; the danger is a short window combined with permissive policies, where a minute of low traffic (a deploy, a dropped metric, a lunch break) scales a busy service from its peak to its floor, and the next burst lands on a handful of pods while new ones start.

The rule computes the fastest scale-down the cluster will run: the written \`behavior.scaleDown\` (or KEDA's \`advanced.horizontalPodAutoscalerConfig.behavior\`) with Kubernetes defaults for what is missing. The model follows the HPA controller: it starts at the autoscaler's maxReplicas (the worst case: peak load that suddenly drops) with the metric asking for minReplicas, and acts at every sync (every ${15} s) during the window. At each sync every policy limits the new count relative to the count at the start of its own period: \`Pods\` subtracts its value, \`Percent\` multiplies by 1 \u2212 value/100, so Percent policies compound once per period (30 % per 30 s removes 1 \u2212 0.7\xB2 = 51 % in a minute) and Pods policies remove their value once per period, measured against maxReplicas. \`selectPolicy: Max\` (the default) takes the policy allowing the biggest change at each step, \`Min\` the smallest, and \`Disabled\` never scales down. Counts are not rounded (the real HPA rounds each step, which at small counts removes one pod more): the rule judges the policy, not one replica count. It fires when more than \`maxFraction\` of the replicas can go within \`windowSeconds\` and the stabilization window is shorter than \`stabilizationSeconds\`; exactly half is allowed.`,
    remediation: "Add a scale-down policy that removes at most half the replicas per minute, such as `{type: Percent, value: 50, periodSeconds: 60}` or `{type: Pods, value: 1, periodSeconds: 60}` (with `selectPolicy: Min` when several policies should all hold), or keep the 300 s default stabilization window.",
    defaultOptions: { maxFraction: 0.5, windowSeconds: 60, stabilizationSeconds: 300 },
    optionsSchema: {
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
    },
    examples: {
      incorrect: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 20
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 60
      policies:
        - {type: Percent, value: 100, periodSeconds: 15}
`,
      correct: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 20
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 60
      policies:
        - {type: Percent, value: 50, periodSeconds: 60}
`
    },
    peers: "None of kube-linter, kube-score, Polaris or the Kyverno policies look at HPA behavior."
  },
  create(context) {
    let visit = (manifest, options) => {
      let rules2 = effectiveScalingRules(manifest, "scaleDown");
      if (rules2.selectPolicy === "Disabled" || rules2.stabilizationWindowSeconds >= options.stabilizationSeconds || rules2.policies.length === 0)
        return;
      let bounds = readAutoscaler(manifest);
      if (bounds.maxReplicas === void 0 || bounds.maxReplicas < 2)
        return;
      let floor = manifest.kind === SCALED_OBJECT_KIND ? Math.max(1, bounds.minReplicas) : bounds.minReplicas, run = fastestScaleDown(rules2, bounds.maxReplicas, floor, options.windowSeconds);
      if (run.fraction <= options.maxFraction + EPSILON)
        return;
      let scaleDownPath = [...behaviorPath(manifest), "scaleDown"];
      context.report({
        manifest,
        path: rules2.explicit.policies ? [...scaleDownPath, "policies"] : [...scaleDownPath, "stabilizationWindowSeconds"],
        target: rules2.explicit.policies ? "key" : "value",
        messageId: "tooFast",
        data: {
          autoscaler: `${manifest.kind} "${manifest.name}"`,
          percent: formatPercent(run.fraction),
          max: bounds.maxReplicas,
          window: options.windowSeconds,
          policies: describePolicies(rules2.policies, rules2.explicit.policies),
          select: rules2.selectPolicy,
          stabilization: rules2.stabilizationWindowSeconds,
          limit: formatPercent(options.maxFraction),
          stabilizationMinimum: options.stabilizationSeconds
        }
      });
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  }
};
function describePolicies(policies, explicit) {
  let described = policies.map(
    (policy) => policy.type === "Percent" ? `Percent ${policy.value}% per ${policy.periodSeconds}s` : `Pods ${policy.value} per ${policy.periodSeconds}s`
  ).join(", ");
  return explicit ? described : `the default policy ${described}`;
}
function formatPercent(fraction) {
  return String(Math.ceil(fraction * 1e3 - EPSILON) / 10);
}

// src/lint/rules/hpa-scale-down-unstabilized.ts
var hpa_scale_down_unstabilized_default = {
  id: "hpa-scale-down-unstabilized",
  meta: {
    description: "Require a scale-down stabilization window of at least a minute on HorizontalPodAutoscalers and KEDA ScaledObjects",
    severity: "warning",
    category: "autoscaling",
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: "object",
    messages: {
      unstabilized: "{{autoscaler}} sets scaleDown.stabilizationWindowSeconds to {{window}}, so it removes pods once the metric has been low for {{window}}s; below {{minimum}}s the replica count follows each dip of the metric and flaps, killing pods that must start cold minutes later. Raise it to at least {{minimum}} (Kubernetes defaults to 300)."
    },
    rationale: "The scale-down stabilization window makes the HPA use the highest recommendation of the last N seconds, so a short lull in traffic (or one noisy scrape) does not remove pods that the next minute needs again. With a window of a few seconds the replica count tracks the metric: pods are terminated, caches and connection pools are lost, and the scale-up that follows pays the pod start-up time again. Kubernetes defaults to 300 s when `behavior.scaleDown` is absent; this rule only fires on a window that is written down. For KEDA it reads `spec.advanced.horizontalPodAutoscalerConfig.behavior`, which KEDA copies into its HPA.",
    remediation: "Set `behavior.scaleDown.stabilizationWindowSeconds` to at least 60, or remove it to get the 300 s default. A workload that must release capacity quickly is better served by a scale-down policy (e.g. 50 % per minute) than by a short window.",
    defaultOptions: { minimumSeconds: 60 },
    optionsSchema: {
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
    },
    examples: {
      incorrect: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 0
`,
      correct: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
`
    },
    peers: "None of kube-linter, kube-score, Polaris or the Kyverno policies look at HPA behavior."
  },
  create(context) {
    let visit = (manifest, options) => {
      let rules2 = effectiveScalingRules(manifest, "scaleDown");
      if (rules2.selectPolicy === "Disabled" || !rules2.explicit.stabilization)
        return;
      let window = rules2.stabilizationWindowSeconds;
      window >= options.minimumSeconds || context.report({
        manifest,
        path: [...behaviorPath(manifest), "scaleDown", "stabilizationWindowSeconds"],
        messageId: "unstabilized",
        data: {
          autoscaler: `${manifest.kind} "${manifest.name}"`,
          window,
          minimum: options.minimumSeconds
        },
        fix: `stabilizationWindowSeconds: ${Math.max(options.minimumSeconds, 300)}`
      });
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  }
};

// src/k8s/operators.ts
var MANAGED_BY = { "app.kubernetes.io/managed-by": "prometheus-operator" }, VERSION = { "app.kubernetes.io/version": { kind: "any" } };
function wholeNumber(manifest, field, fallback) {
  let value = manifest.get(["spec", field]);
  return typeof value == "number" && Number.isInteger(value) && value >= 0 ? value : fallback;
}
function shardNames(base, shards) {
  return Array.from(
    { length: Math.max(1, shards) },
    (_, shard) => shard === 0 ? base : `${base}-shard-${shard}`
  );
}
function shardLabel(manifest) {
  let shards = Math.max(1, wholeNumber(manifest, "shards", 1));
  return {
    ...VERSION,
    "operator.prometheus.io/shard": {
      kind: "set",
      values: Array.from({ length: shards }, (_, shard) => String(shard))
    }
  };
}
function isAgentDaemonSet(manifest) {
  return manifest.get(["spec", "mode"]) === "DaemonSet";
}
var MONITORING = "monitoring.coreos.com", POD_MAKERS = [
  {
    group: MONITORING,
    kind: "Prometheus",
    operator: "prometheus-operator",
    controller: () => "StatefulSet",
    podMetadataLabelsPath: ["spec", "podMetadata", "labels"],
    labels: (manifest) => ({
      ...MANAGED_BY,
      "app.kubernetes.io/name": "prometheus",
      "app.kubernetes.io/instance": manifest.name,
      "operator.prometheus.io/name": manifest.name,
      prometheus: manifest.name
    }),
    addedLabels: shardLabel,
    statefulSetNames: (manifest) => shardNames(`prometheus-${manifest.name}`, wholeNumber(manifest, "shards", 1)),
    // Each shard is a StatefulSet of spec.replicas pods.
    replicas: (manifest) => wholeNumber(manifest, "replicas", 1) * Math.max(1, wholeNumber(manifest, "shards", 1)),
    hasReplicaCount: !0
  },
  {
    group: MONITORING,
    kind: "PrometheusAgent",
    operator: "prometheus-operator",
    controller: (manifest) => isAgentDaemonSet(manifest) ? "DaemonSet" : "StatefulSet",
    podMetadataLabelsPath: ["spec", "podMetadata", "labels"],
    labels: (manifest) => ({
      ...MANAGED_BY,
      "app.kubernetes.io/name": "prometheus-agent",
      "app.kubernetes.io/instance": manifest.name,
      "operator.prometheus.io/name": manifest.name
    }),
    addedLabels: (manifest) => isAgentDaemonSet(manifest) ? VERSION : shardLabel(manifest),
    statefulSetNames: (manifest) => shardNames(`prom-agent-${manifest.name}`, wholeNumber(manifest, "shards", 1)),
    replicas: (manifest) => isAgentDaemonSet(manifest) ? void 0 : wholeNumber(manifest, "replicas", 1) * Math.max(1, wholeNumber(manifest, "shards", 1)),
    hasReplicaCount: !0
  },
  {
    group: MONITORING,
    kind: "Alertmanager",
    operator: "prometheus-operator",
    controller: () => "StatefulSet",
    podMetadataLabelsPath: ["spec", "podMetadata", "labels"],
    labels: (manifest) => ({
      ...MANAGED_BY,
      "app.kubernetes.io/name": "alertmanager",
      "app.kubernetes.io/instance": manifest.name,
      alertmanager: manifest.name
    }),
    addedLabels: () => VERSION,
    statefulSetNames: (manifest) => [`alertmanager-${manifest.name}`],
    replicas: (manifest) => wholeNumber(manifest, "replicas", 1),
    hasReplicaCount: !0
  },
  {
    group: MONITORING,
    kind: "ThanosRuler",
    operator: "prometheus-operator",
    controller: () => "StatefulSet",
    podMetadataLabelsPath: ["spec", "podMetadata", "labels"],
    labels: (manifest) => ({
      ...MANAGED_BY,
      "app.kubernetes.io/name": "thanos-ruler",
      "app.kubernetes.io/instance": manifest.name,
      "thanos-ruler": manifest.name
    }),
    addedLabels: () => VERSION,
    statefulSetNames: (manifest) => [`thanos-ruler-${manifest.name}`],
    replicas: (manifest) => wholeNumber(manifest, "replicas", 1),
    hasReplicaCount: !0
  },
  {
    group: "argoproj.io",
    kind: "Rollout",
    operator: "Argo Rollouts",
    controller: () => "Rollout",
    templatePath: ["spec", "template"],
    labels: () => ({}),
    // As a Deployment's: undefined when not written (one replica, or the autoscaler's count).
    replicas: (manifest) => numberAt(manifest, ["spec", "replicas"]),
    hasReplicaCount: !0
  },
  {
    group: "keda.sh",
    kind: "ScaledJob",
    operator: "KEDA",
    controller: () => "ScaledJob",
    templatePath: ["spec", "jobTargetRef", "template"],
    labels: (manifest) => ({ "scaledjob.keda.sh/name": manifest.name }),
    // At most maxReplicaCount Jobs at once (KEDA's default is 100), each of one pod unless
    // its parallelism says otherwise.
    replicas: (manifest) => wholeNumber(manifest, "maxReplicaCount", 100) * Math.max(1, numberAt(manifest, ["spec", "jobTargetRef", "parallelism"]) ?? 1),
    hasReplicaCount: !1
  }
];
function numberAt(manifest, path2) {
  let value = manifest.get(path2);
  return typeof value == "number" && Number.isInteger(value) ? value : void 0;
}
var BY_KIND = new Map(POD_MAKERS.map((maker) => [maker.kind, maker])), POD_MAKER_KINDS = new Set(BY_KIND.keys());
function podMakerFor(manifest) {
  let maker = BY_KIND.get(manifest.kind);
  return maker && maker.group === manifest.group ? maker : void 0;
}
function rolloutWorkloadRef(manifest) {
  let ref = asObject(manifest.get(["spec", "workloadRef"]));
  if (!(!ref || typeof ref.name != "string" || ref.name === ""))
    return {
      kind: typeof ref.kind == "string" && ref.kind !== "" ? ref.kind : "Deployment",
      name: ref.name,
      apiVersion: typeof ref.apiVersion == "string" ? ref.apiVersion : void 0
    };
}
var OPERATOR_IMAGE = /(^|\/)prometheus-operator(:|@|$)/;
function operatorObjects(manifests) {
  let result = [];
  for (let manifest of manifests) {
    if (manifest.kind !== "Deployment")
      continue;
    let containers = asArray(manifest.get(["spec", "template", "spec", "containers"]));
    for (let entry of containers) {
      let container = asObject(entry), imageName = (typeof container?.image == "string" ? container.image : "").replace(/[:@].*$/, "");
      if (!OPERATOR_IMAGE.test(imageName))
        continue;
      let args = asArray(container?.args).filter((arg) => typeof arg == "string"), flag = kubeletServiceFlag(args) ?? "kube-system/kubelet", [namespace, name] = flag.split("/");
      if (namespace && name)
        for (let kind of ["Service", "Endpoints"])
          result.push({
            kind,
            namespace,
            name,
            labels: {
              "k8s-app": "kubelet",
              "app.kubernetes.io/name": "kubelet",
              "app.kubernetes.io/managed-by": "prometheus-operator"
            },
            madeBy: `prometheus-operator (Deployment "${manifest.name}")`
          });
    }
  }
  return result;
}
function kubeletServiceFlag(args) {
  for (let [index, arg] of args.entries()) {
    let match = /^--?kubelet-service(?:=(.*))?$/.exec(arg);
    if (match)
      return match[1] ?? args[index + 1];
  }
}

// src/k8s/external.ts
var EXTERNAL_ASSUMPTIONS = "Nothing is reported where the set cannot know: a reference into a namespace of which the set holds no object (Roles and RoleBindings that grant access into it do not count), to an object every cluster has (Service `default/kubernetes`, labelled `component: apiserver, provider: kubernetes`; Service `kube-system/kube-dns`, labelled `k8s-app: kube-dns`), to one an operator of the set creates (the kubelet Service and Endpoints of a prometheus-operator Deployment, named by its `--kubelet-service` flag, else `kube-system/kubelet`), or to what `references.assumeExternal` in `.scaleplan.yaml` declares: namespaces (`kube-system`) or objects as `Kind/namespace/name` (`Service/platform/metrics-server`, whose labels are unknown, so no selector of that kind in that namespace is reported). The namespace `gke-managed-system`, where GKE runs its managed components, counts as declared.", UNKNOWN = { kind: "any" }, CLUSTER_OBJECTS = [
  {
    kind: "Service",
    namespace: "default",
    name: "kubernetes",
    labels: { fixed: { component: "apiserver", provider: "kubernetes" }, added: /* @__PURE__ */ new Map() },
    source: "every cluster (the API server)"
  },
  {
    kind: "Service",
    namespace: "kube-system",
    name: "kube-dns",
    labels: {
      fixed: { "k8s-app": "kube-dns" },
      added: /* @__PURE__ */ new Map([
        ["kubernetes.io/name", UNKNOWN],
        ["kubernetes.io/cluster-service", UNKNOWN],
        ["addonmanager.kubernetes.io/mode", UNKNOWN],
        ["eks.amazonaws.com/component", UNKNOWN]
      ])
    },
    source: "every cluster (cluster DNS)"
  }
], PROVIDER_NAMESPACES = ["gke-managed-system"], ACCESS_KINDS = /* @__PURE__ */ new Set(["Role", "RoleBinding"]), NAMESPACE_ENTRY = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, OBJECT_ENTRY = /^([A-Za-z][A-Za-z0-9]*)\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([^/\s]+)$/, ASSUME_EXTERNAL_PATTERN = `${NAMESPACE_ENTRY.source}|${OBJECT_ENTRY.source}`, ExternalReferences = class {
  namespaces = new Set(PROVIDER_NAMESPACES);
  objects = /* @__PURE__ */ new Map();
  contentNamespaces = /* @__PURE__ */ new Set();
  constructor(manifests, settings = {}) {
    for (let manifest of manifests)
      manifest.namespace !== "" && !ACCESS_KINDS.has(manifest.kind) && this.contentNamespaces.add(manifest.namespace);
    let declared = [];
    for (let entry of settings.assumeExternal ?? []) {
      let object = OBJECT_ENTRY.exec(entry);
      object ? declared.push({
        kind: object[1] ?? "",
        namespace: object[2] ?? "",
        name: object[4] ?? "",
        labels: void 0,
        source: "references.assumeExternal"
      }) : this.namespaces.add(entry);
    }
    let created = operatorObjects(manifests).map((object) => ({
      kind: object.kind,
      namespace: object.namespace,
      name: object.name,
      labels: { fixed: object.labels, added: /* @__PURE__ */ new Map() },
      source: object.madeBy
    }));
    for (let object of [...CLUSTER_OBJECTS, ...created, ...declared]) {
      let key = `${object.kind}\0${object.namespace}`, list = this.objects.get(key);
      list ? list.push(object) : this.objects.set(key, [object]);
    }
  }
  /**
   * Whether the set cannot tell what runs in the namespace: the config names it, or the set
   * holds no object in it beyond Roles and RoleBindings that grant access into it.
   */
  isUnknownNamespace(namespace) {
    return this.namespaces.has(namespace) || !this.contentNamespaces.has(namespace);
  }
  /** Whether `kind/namespace/name` may exist outside the set (a name reference to it). */
  mayExist(kind, namespace, name) {
    return this.isUnknownNamespace(namespace) || (this.objects.get(`${kind}\0${namespace}`) ?? []).some((object) => object.name === name);
  }
  /**
   * Whether an object of `kind` outside the set may carry labels the selector matches in the
   * namespace (`'*'`: any namespace, counting only declared and known objects).
   */
  mayMatch(kind, namespace, selector) {
    return selector.matchesNone ? !1 : namespace === "*" ? this.namespaces.size > 0 ? !0 : [...this.objects.values()].some(
      (objects) => objects.some((object) => object.kind === kind && labelsMayMatch(object, selector))
    ) : this.isUnknownNamespace(namespace) ? !0 : (this.objects.get(`${kind}\0${namespace}`) ?? []).some(
      (object) => labelsMayMatch(object, selector)
    );
  }
  /** Whether some pod outside the set may match: an unknown namespace or a declared workload. */
  mayMatchPods(namespace, selector) {
    if (selector.matchesNone)
      return !1;
    if (namespace !== "*" && this.isUnknownNamespace(namespace) || namespace === "*" && this.namespaces.size > 0)
      return !0;
    for (let [key, objects] of this.objects) {
      let [kind = "", objectNamespace = ""] = key.split("\0");
      if ((namespace === "*" || objectNamespace === namespace) && !NON_POD_KINDS.has(kind) && objects.length > 0)
        return !0;
    }
    return !1;
  }
}, NON_POD_KINDS = /* @__PURE__ */ new Set([
  "Service",
  "Endpoints",
  "EndpointSlice",
  "ConfigMap",
  "Secret",
  "ServiceAccount",
  "PodDisruptionBudget",
  "HorizontalPodAutoscaler"
]);
function labelsMayMatch(object, selector) {
  return object.labels === void 0 || podLabelsMatch(selector, object.labels, () => {
  });
}

// src/lint/rules/hpa-target-missing.ts
var hpa_target_missing_default = {
  id: "hpa-target-missing",
  meta: {
    description: "Require the scaleTargetRef of a HorizontalPodAutoscaler or KEDA ScaledObject to name a workload in the set",
    severity: "warning",
    category: "autoscaling",
    kinds: [HPA_KIND, SCALED_OBJECT_KIND],
    scope: "set",
    messages: {
      missing: '{{autoscaler}} scales {{kind}} "{{target}}", which is not in the set (namespace "{{namespace}}"); an autoscaler whose target does not exist reports FailedGetScale and scales nothing. Fix scaleTargetRef, or lint the workload together with its autoscaler.',
      wrongGroup: '{{autoscaler}} looks for {{kind}} "{{target}}" in API group "{{group}}", but the {{kind}} in the set has apiVersion {{actualApiVersion}}; the autoscaler cannot find its target and scales nothing. Set scaleTargetRef.apiVersion to {{actualApiVersion}}.'
    },
    rationale: "An HPA (or the HPA that KEDA creates for a ScaledObject) finds its target through the API group, kind, name and its own namespace in `scaleTargetRef`. A typo, a renamed Deployment, a target in another namespace or an outdated `extensions/v1beta1` group leaves the autoscaler with nothing to scale: it sits in `FailedGetScale` while the workload runs at whatever replica count it has. The API server accepts such an autoscaler without complaint. " + EXTERNAL_ASSUMPTIONS,
    remediation: "Point `scaleTargetRef` at the workload: apiVersion (e.g. `apps/v1`), kind and name exactly as the workload writes them, in the same namespace. If the workload comes from another source (a Helm release, another repository), lint both together.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: wbe}
  minReplicas: 2
  maxReplicas: 10
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
`
    },
    peers: "kube-linter dangling-horizontalpodautoscaler matches the target by name only (any kind, any group); kube-score horizontalpodautoscaler-has-target matches apiVersion, kind, name and namespace, as scaleplan does. scaleplan also checks KEDA ScaledObjects and says when only the API group is wrong."
  },
  create(context) {
    let visit = (manifest) => {
      let ref = readTargetRef(manifest);
      if (!ref || context.set.resolveTarget(ref, manifest.namespace) || context.set.external.mayExist(ref.kind, manifest.namespace, ref.name))
        return;
      let autoscaler = `${manifest.kind} "${manifest.name}"`, sameName = context.set.find(ref.kind, manifest.namespace, ref.name)[0];
      if (sameName) {
        context.report({
          manifest,
          path: [...ref.path, "apiVersion"],
          messageId: "wrongGroup",
          data: {
            autoscaler,
            kind: ref.kind,
            target: ref.name,
            group: groupOf(ref.apiVersion),
            actualApiVersion: sameName.apiVersion
          },
          related: [
            {
              manifest: sameName,
              path: ["apiVersion"],
              message: `The ${ref.kind} is defined here.`
            }
          ]
        });
        return;
      }
      context.report({
        manifest,
        path: [...ref.path, "name"],
        messageId: "missing",
        data: { autoscaler, kind: ref.kind, target: ref.name, namespace: manifest.namespace }
      });
    };
    return { [HPA_KIND]: visit, [SCALED_OBJECT_KIND]: visit };
  }
};

// src/lint/rules/hpa-unsupported-resource-metric.ts
var SERVED_RESOURCES = /* @__PURE__ */ new Set(["cpu", "memory"]), hpa_unsupported_resource_metric_default = {
  id: "hpa-unsupported-resource-metric",
  meta: {
    description: "Disallow HPA Resource and ContainerResource metrics on anything but cpu and memory",
    severity: "error",
    category: "quota",
    kinds: [HPA_KIND],
    scope: "object",
    messages: {
      unsupported: 'HorizontalPodAutoscaler "{{name}}" scales on the {{resource}} {{type}} metric, but the resource metrics API (metrics-server) serves only cpu and memory: the HPA reports {{reason}} and {{consequence}}. {{instead}}'
    },
    rationale: "`Resource` and `ContainerResource` metrics are read from the resource metrics API (`metrics.k8s.io`), which metrics-server (and prometheus-adapter's resource rules) fill with cpu and memory usage only. The API server accepts any resource name there, so an HPA on `nvidia.com/gpu` or `ephemeral-storage` applies cleanly and then never gets a value: with no other metric the workload stays at its current size; with other metrics the HPA still scales up on those but refuses to scale down while one metric fails. GPU utilization comes from the NVIDIA DCGM exporter (`DCGM_FI_DEV_GPU_UTIL`, `DCGM_FI_DEV_FB_USED`) through Prometheus and prometheus-adapter as a `Pods` metric (or from KEDA's prometheus trigger).",
    remediation: 'Replace the metric with a `Pods` metric served by prometheus-adapter, e.g. `{type: Pods, pods: {metric: {name: DCGM_FI_DEV_GPU_UTIL}, target: {type: AverageValue, averageValue: "80"}}}` with an adapter rule that maps the DCGM exporter series to pods, or an `External` metric.',
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: inference
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}
  minReplicas: 2
  maxReplicas: 8
  metrics:
    - type: Resource
      resource:
        name: nvidia.com/gpu
        target: {type: Utilization, averageUtilization: 80}
`,
      correct: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: inference
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}
  minReplicas: 2
  maxReplicas: 8
  metrics:
    - type: Pods
      pods:
        metric: {name: DCGM_FI_DEV_GPU_UTIL}
        target: {type: AverageValue, averageValue: "80"}
`
    },
    peers: "No peer linter checks which resources an HPA metric names; schema validation accepts any resource name."
  },
  create(context) {
    return {
      [HPA_KIND](hpa) {
        let metrics = readHpaMetrics(hpa);
        for (let metric of metrics) {
          if (metric.type !== "Resource" && metric.type !== "ContainerResource" || metric.name === void 0 || SERVED_RESOURCES.has(metric.name))
            continue;
          let nvidia = metric.name.startsWith("nvidia.com/"), gpu = /gpu/i.test(metric.name), source = metric.type === "Resource" ? "resource" : "containerResource", utilization = hpa.get([...metric.path, source, "target", "averageUtilization"]), target = typeof utilization == "number" && Number.isInteger(utilization) && utilization > 0 ? utilization : 80;
          context.report({
            manifest: hpa,
            path: metricNamePath(hpa, metric),
            messageId: "unsupported",
            data: {
              name: hpa.name,
              resource: metric.name,
              type: metric.type,
              reason: metric.type === "Resource" ? "FailedGetResourceMetric" : "FailedGetContainerResourceMetric",
              consequence: metrics.length > 1 ? "never scales down while it fails (it still scales up on its other metrics)" : "never scales the workload",
              instead: nvidia ? "Scale on a Pods metric instead, such as DCGM_FI_DEV_GPU_UTIL from the NVIDIA DCGM exporter through prometheus-adapter." : gpu ? "Scale on a Pods metric instead, from your GPU exporter's utilization series (for AMD, the device metrics exporter) through prometheus-adapter." : "Scale on a Pods or External metric from Prometheus (through prometheus-adapter or KEDA) instead."
            },
            fix: nvidia ? `{type: Pods, pods: {metric: {name: DCGM_FI_DEV_GPU_UTIL}, target: {type: AverageValue, averageValue: "${target}"}}}` : "{type: Pods, pods: {metric: {name: <prometheus-adapter metric>}, target: {type: AverageValue, averageValue: <value>}}}"
          });
        }
      }
    };
  }
};

// src/k8s/vpa.ts
var ACTING_VPA_MODES = /* @__PURE__ */ new Set([
  "Initial",
  "Auto",
  "Recreate",
  "InPlaceOrRecreate",
  "InPlace"
]), DEFAULT_CONTROLLED = /* @__PURE__ */ new Set(["cpu", "memory"]), NOTHING = /* @__PURE__ */ new Set();
function readVpaUpdateMode(vpa) {
  let path2 = ["spec", "updatePolicy", "updateMode"], raw = vpa.get(path2);
  return raw == null ? { mode: "Recreate", explicit: !1, path: path2 } : typeof raw == "string" ? { mode: raw, explicit: !0, path: path2 } : void 0;
}
var VpaContainerPolicies = class {
  named = /* @__PURE__ */ new Map();
  fallback;
  constructor(vpa) {
    let fallback = { controlled: DEFAULT_CONTROLLED };
    for (let entry of asArray(vpa.get(["spec", "resourcePolicy", "containerPolicies"]))) {
      let policy = asObject(entry), name = policy?.containerName;
      if (!policy || typeof name != "string" || name === "")
        continue;
      let resolved2 = { controlled: controlledBy(policy.mode, policy.controlledResources) };
      name === "*" ? fallback = resolved2 : this.named.has(name) || this.named.set(name, resolved2);
    }
    this.fallback = fallback;
  }
  /** Resources the VPA controls in the named container. */
  controlledIn(containerName) {
    return (this.named.get(containerName) ?? this.fallback).controlled;
  }
  /**
   * Whether the VPA controls `resource` in some container of a pod with these containers.
   * With `containers` unknown (the workload is not in the set) the answer is yes only when it
   * holds whatever the containers are called: the fallback and every named policy control it.
   */
  controlsInPod(resource, containers) {
    return containers ? containers.some((name) => this.controlledIn(name).has(resource)) : this.fallback.controlled.has(resource) && [...this.named.values()].every((policy) => policy.controlled.has(resource));
  }
};
function controlledBy(mode, resources) {
  return mode === "Off" ? NOTHING : resources == null ? DEFAULT_CONTROLLED : new Set(asArray(resources).filter((value) => typeof value == "string"));
}

// src/lint/rules/hpa-vpa-conflict.ts
var SHARED_RESOURCES = /* @__PURE__ */ new Set(["cpu", "memory"]), hpa_vpa_conflict_default = {
  id: "hpa-vpa-conflict",
  meta: {
    description: "Disallow a VerticalPodAutoscaler that changes the cpu or memory requests an HPA scales the same workload on",
    severity: "error",
    category: "autoscaling",
    kinds: [VPA_KIND],
    scope: "set",
    messages: {
      conflict: 'VerticalPodAutoscaler "{{name}}" ({{mode}}) sets the {{resources}} requests of {{kind}} "{{target}}", which {{autoscaler}} scales on; each request the VPA changes moves the utilization the HPA reads, so the two fight (the HPA adds pods while the VPA resizes them). Set updateMode: "Off" for recommendations only, drop {{resources}} from controlledResources, or scale the HPA on a custom metric.'
    },
    rationale: "An HPA that scales on cpu or memory *utilization* divides usage by the pods' requests; a VPA in any mode but `Off` rewrites those requests (`Initial` when pods are created, which the HPA does all the time; `Auto`, `Recreate`, `InPlaceOrRecreate` and `InPlace` on running pods too). Both react to the same signal: under load the HPA adds pods while the VPA raises requests, so utilization drops and the HPA scales back in, and the cycle repeats. The Kubernetes and VPA documentation both say not to combine them on cpu or memory. The VPA mode defaults to `Recreate` when `updatePolicy` is absent, and `controlledResources` defaults to cpu and memory; a container policy with `mode: Off` leaves that container alone. A `Resource` metric conflicts when the VPA controls the resource in any container; a `ContainerResource` metric only when it controls the named container. KEDA `cpu`/`memory` triggers are Resource metrics of the HPA that KEDA creates. When the workload is not in the set, the rule still fires if the conflict holds whatever its containers are called.",
    remediation: 'Run the VPA with `updatePolicy: {updateMode: "Off"}` and apply its recommendations by hand, or restrict it with `resourcePolicy.containerPolicies[].controlledResources` to the resource the HPA does not use (e.g. memory for a CPU-scaled workload), or scale the HPA on a request-rate or queue metric instead.',
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
---
apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: web
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  updatePolicy:
    updateMode: Auto
`,
      correct: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
---
apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata:
  name: web
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  updatePolicy:
    updateMode: Auto
  resourcePolicy:
    containerPolicies:
      - {containerName: "*", controlledResources: [memory]}
`
    },
    peers: "The Kyverno policy library has no HPA/VPA conflict check; kube-linter, kube-score and Polaris do not read VPAs."
  },
  create(context) {
    return {
      [VPA_KIND](vpa) {
        let mode = readVpaUpdateMode(vpa), ref = readTargetRef(vpa);
        if (!mode || !ACTING_VPA_MODES.has(mode.mode) || !ref)
          return;
        let autoscalers = context.set.autoscalersReferencing(ref, vpa.namespace);
        if (autoscalers.length === 0)
          return;
        let target = context.set.resolveTarget(ref, vpa.namespace), names2 = (target && context.set.workload(target))?.containers.filter((container) => container.kind === "container").map((container) => container.name), containers = names2 && names2.length > 0 ? names2 : void 0, policies = new VpaContainerPolicies(vpa), conflicts = (metric) => metric.name === void 0 || !SHARED_RESOURCES.has(metric.name) ? !1 : metric.type === "ContainerResource" ? metric.container !== void 0 && policies.controlledIn(metric.container).has(metric.name) : policies.controlsInPod(metric.name, containers);
        for (let autoscaler of autoscalers) {
          let conflicting = readAutoscalerResourceMetrics(autoscaler.manifest).filter(conflicts);
          if (conflicting.length === 0)
            continue;
          let resources = [...new Set(conflicting.map((metric) => metric.name))].sort().join(" and "), label = `${autoscaler.manifest.kind} "${autoscaler.manifest.name}"`;
          context.report({
            manifest: vpa,
            path: mode.explicit ? mode.path : ref.path,
            target: mode.explicit ? "value" : "key",
            messageId: "conflict",
            data: {
              name: vpa.name,
              mode: mode.explicit ? `updateMode ${mode.mode}` : "updateMode Recreate, the default when none is set",
              resources,
              kind: ref.kind,
              target: ref.name,
              autoscaler: label
            },
            related: conflicting.map((metric) => ({
              manifest: autoscaler.manifest,
              path: metric.path,
              message: `${label} scales on ${metric.name}${metric.container ? ` of container "${metric.container}"` : ""} here.`
            })),
            fix: 'updatePolicy: {updateMode: "Off"}'
          });
        }
      }
    };
  }
};

// src/k8s/names.ts
var NAME_RULES = {
  // A Service's name becomes a DNS label of the cluster domain, and must start with a letter.
  Service: "dns1035Label",
  Namespace: "dns1123Label",
  // RBAC names are only path segments (system:aggregate-to-view is valid).
  Role: "pathSegment",
  ClusterRole: "pathSegment",
  RoleBinding: "pathSegment",
  ClusterRoleBinding: "pathSegment"
}, DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/, DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, DESCRIPTIONS = {
  dns1123Subdomain: 'a DNS-1123 subdomain (lower-case letters, digits, "-" and ".", starting and ending with a letter or digit, at most 253 characters)',
  dns1123Label: 'a DNS-1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters)',
  dns1035Label: 'a DNS-1035 label (lower-case letters, digits and "-", starting with a letter and ending with a letter or digit, at most 63 characters)',
  pathSegment: 'a valid name (not "." or "..", and without "/" or "%")'
};
function nameRule(kind) {
  return NAME_RULES[kind] ?? "dns1123Subdomain";
}
function isValidName(rule, name) {
  switch (rule) {
    case "dns1123Subdomain":
      return name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
    case "dns1123Label":
      return name.length <= 63 && DNS1123_LABEL.test(name);
    case "dns1035Label":
      return name.length <= 63 && DNS1035_LABEL.test(name);
    case "pathSegment":
      return name !== "." && name !== ".." && !/[/%]/.test(name);
  }
}
function describeNameRule(rule) {
  return DESCRIPTIONS[rule];
}

// src/generated/schema-index.ts
var SCHEMA_KUBERNETES_VERSION = "1.36", SCHEMAS = {
  "admissionregistration.k8s.io/v1/MutatingWebhookConfiguration": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration-TIMV37R5.js").then((module) => ({ validate: module.validate }))
  },
  "admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration-TISAGXYT.js").then((module) => ({ validate: module.validate }))
  },
  "apiextensions.k8s.io/v1/CustomResourceDefinition": {
    source: "kubernetes",
    load: () => import("./IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition-YBRZ6PVI.js").then((module) => ({ validate: module.validate }))
  },
  "apiregistration.k8s.io/v1/APIService": {
    source: "kubernetes",
    load: () => import("./IoK8sKubeAggregatorPkgApisApiregistrationV1APIService-ALVN74OB.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1/DaemonSet": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1DaemonSet-MO2YEEWV.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1/Deployment": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1Deployment-ABL2Q3HM.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1/ReplicaSet": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1ReplicaSet-G3SEQXQH.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1/StatefulSet": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1StatefulSet-OEIJHKJK.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1beta1/Deployment": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1beta1Deployment-ILWX54WL.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1beta1/StatefulSet": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1beta1StatefulSet-W37ZLKLK.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1beta2/DaemonSet": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1beta2DaemonSet-5J4PPZXK.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1beta2/Deployment": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1beta2Deployment-2KFQPHQA.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1beta2/ReplicaSet": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1beta2ReplicaSet-7QH22J32.js").then((module) => ({ validate: module.validate }))
  },
  "apps/v1beta2/StatefulSet": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAppsV1beta2StatefulSet-KZX6DDWW.js").then((module) => ({ validate: module.validate }))
  },
  "autoscaling.k8s.io/v1/VerticalPodAutoscaler": {
    source: "crd",
    load: () => import("./VerticalPodAutoscaler-JBN3LLW2.js").then((module) => ({ model: module.VerticalPodAutoscaler }))
  },
  "autoscaling.k8s.io/v1beta2/VerticalPodAutoscaler": {
    source: "crd",
    load: () => import("./VerticalPodAutoscaler-Q3G26F7H.js").then((module) => ({ model: module.VerticalPodAutoscaler }))
  },
  "autoscaling/v1/HorizontalPodAutoscaler": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAutoscalingV1HorizontalPodAutoscaler-52KV6QXQ.js").then((module) => ({ validate: module.validate }))
  },
  "autoscaling/v2/HorizontalPodAutoscaler": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAutoscalingV2HorizontalPodAutoscaler-OBOEXA5P.js").then((module) => ({ validate: module.validate }))
  },
  "autoscaling/v2beta1/HorizontalPodAutoscaler": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAutoscalingV2beta1HorizontalPodAutoscaler-ORPK7ASW.js").then((module) => ({ validate: module.validate }))
  },
  "autoscaling/v2beta2/HorizontalPodAutoscaler": {
    source: "kubernetes",
    load: () => import("./IoK8sApiAutoscalingV2beta2HorizontalPodAutoscaler-6XGWSRVC.js").then((module) => ({ validate: module.validate }))
  },
  "batch/v1/CronJob": {
    source: "kubernetes",
    load: () => import("./IoK8sApiBatchV1CronJob-5SHJI3CL.js").then((module) => ({ validate: module.validate }))
  },
  "batch/v1/Job": {
    source: "kubernetes",
    load: () => import("./IoK8sApiBatchV1Job-MOUMJMF3.js").then((module) => ({ validate: module.validate }))
  },
  "batch/v1beta1/CronJob": {
    source: "kubernetes",
    load: () => import("./IoK8sApiBatchV1beta1CronJob-QYMQQYBN.js").then((module) => ({ validate: module.validate }))
  },
  "discovery.k8s.io/v1/EndpointSlice": {
    source: "kubernetes",
    load: () => import("./IoK8sApiDiscoveryV1EndpointSlice-LOOKSRJJ.js").then((module) => ({ validate: module.validate }))
  },
  "extensions/v1beta1/DaemonSet": {
    source: "kubernetes",
    load: () => import("./IoK8sApiExtensionsV1beta1DaemonSet-NGLMSYVH.js").then((module) => ({ validate: module.validate }))
  },
  "extensions/v1beta1/Deployment": {
    source: "kubernetes",
    load: () => import("./IoK8sApiExtensionsV1beta1Deployment-M7SJSPUE.js").then((module) => ({ validate: module.validate }))
  },
  "extensions/v1beta1/Ingress": {
    source: "kubernetes",
    load: () => import("./IoK8sApiExtensionsV1beta1Ingress-D4EMJXRL.js").then((module) => ({ validate: module.validate }))
  },
  "extensions/v1beta1/ReplicaSet": {
    source: "kubernetes",
    load: () => import("./IoK8sApiExtensionsV1beta1ReplicaSet-FRM2M56U.js").then((module) => ({ validate: module.validate }))
  },
  "keda.sh/v1alpha1/ClusterTriggerAuthentication": {
    source: "crd",
    load: () => import("./ClusterTriggerAuthentication-V7ZMCWUS.js").then((module) => ({ model: module.ClusterTriggerAuthentication }))
  },
  "keda.sh/v1alpha1/ScaledJob": {
    source: "crd",
    load: () => import("./ScaledJob-7KOEVGCZ.js").then((module) => ({ model: module.ScaledJob }))
  },
  "keda.sh/v1alpha1/ScaledObject": {
    source: "crd",
    load: () => import("./ScaledObject-6VJABKXN.js").then((module) => ({ model: module.ScaledObject }))
  },
  "keda.sh/v1alpha1/TriggerAuthentication": {
    source: "crd",
    load: () => import("./TriggerAuthentication-U2CPB2N5.js").then((module) => ({ model: module.TriggerAuthentication }))
  },
  "monitoring.coreos.com/v1/PodMonitor": {
    source: "crd",
    load: () => import("./PodMonitor-HOFYYAOE.js").then((module) => ({ model: module.PodMonitor }))
  },
  "monitoring.coreos.com/v1/PrometheusRule": {
    source: "crd",
    load: () => import("./PrometheusRule-ZXJYRMJF.js").then((module) => ({ model: module.PrometheusRule }))
  },
  "monitoring.coreos.com/v1/ServiceMonitor": {
    source: "crd",
    load: () => import("./ServiceMonitor-624WRD5U.js").then((module) => ({ model: module.ServiceMonitor }))
  },
  "networking.k8s.io/v1/Ingress": {
    source: "kubernetes",
    load: () => import("./IoK8sApiNetworkingV1Ingress-5MWIYDBX.js").then((module) => ({ validate: module.validate }))
  },
  "networking.k8s.io/v1/IngressClass": {
    source: "kubernetes",
    load: () => import("./IoK8sApiNetworkingV1IngressClass-XKZBNVNG.js").then((module) => ({ validate: module.validate }))
  },
  "networking.k8s.io/v1/NetworkPolicy": {
    source: "kubernetes",
    load: () => import("./IoK8sApiNetworkingV1NetworkPolicy-7GFUHHUE.js").then((module) => ({ validate: module.validate }))
  },
  "networking.k8s.io/v1beta1/Ingress": {
    source: "kubernetes",
    load: () => import("./IoK8sApiNetworkingV1beta1Ingress-WU2TEHIL.js").then((module) => ({ validate: module.validate }))
  },
  "node.k8s.io/v1/RuntimeClass": {
    source: "kubernetes",
    load: () => import("./IoK8sApiNodeV1RuntimeClass-FKJYL2GM.js").then((module) => ({ validate: module.validate }))
  },
  "policy/v1/PodDisruptionBudget": {
    source: "kubernetes",
    load: () => import("./IoK8sApiPolicyV1PodDisruptionBudget-DCUWFUKF.js").then((module) => ({ validate: module.validate }))
  },
  "policy/v1beta1/PodDisruptionBudget": {
    source: "kubernetes",
    load: () => import("./IoK8sApiPolicyV1beta1PodDisruptionBudget-RL6Z6V53.js").then((module) => ({ validate: module.validate }))
  },
  "rbac.authorization.k8s.io/v1/ClusterRole": {
    source: "kubernetes",
    load: () => import("./IoK8sApiRbacV1ClusterRole-CFRAT5ET.js").then((module) => ({ validate: module.validate }))
  },
  "rbac.authorization.k8s.io/v1/ClusterRoleBinding": {
    source: "kubernetes",
    load: () => import("./IoK8sApiRbacV1ClusterRoleBinding-VAVWMD37.js").then((module) => ({ validate: module.validate }))
  },
  "rbac.authorization.k8s.io/v1/Role": {
    source: "kubernetes",
    load: () => import("./IoK8sApiRbacV1Role-LOZCXW4U.js").then((module) => ({ validate: module.validate }))
  },
  "rbac.authorization.k8s.io/v1/RoleBinding": {
    source: "kubernetes",
    load: () => import("./IoK8sApiRbacV1RoleBinding-CQQAI6CA.js").then((module) => ({ validate: module.validate }))
  },
  "scheduling.k8s.io/v1/PriorityClass": {
    source: "kubernetes",
    load: () => import("./IoK8sApiSchedulingV1PriorityClass-YQ3NZCCZ.js").then((module) => ({ validate: module.validate }))
  },
  "scheduling.k8s.io/v1beta1/PriorityClass": {
    source: "kubernetes",
    load: () => import("./IoK8sApiSchedulingV1beta1PriorityClass-4OCHOURV.js").then((module) => ({ validate: module.validate }))
  },
  "storage.k8s.io/v1/CSIDriver": {
    source: "kubernetes",
    load: () => import("./IoK8sApiStorageV1CSIDriver-MCLO46AY.js").then((module) => ({ validate: module.validate }))
  },
  "storage.k8s.io/v1/StorageClass": {
    source: "kubernetes",
    load: () => import("./IoK8sApiStorageV1StorageClass-YV5QVNTU.js").then((module) => ({ validate: module.validate }))
  },
  "v1/ConfigMap": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1ConfigMap-QXML3KEI.js").then((module) => ({ validate: module.validate }))
  },
  "v1/Endpoints": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1Endpoints-WVT62BQN.js").then((module) => ({ validate: module.validate }))
  },
  "v1/LimitRange": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1LimitRange-DONGQWOQ.js").then((module) => ({ validate: module.validate }))
  },
  "v1/Namespace": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1Namespace-CA3PVP3M.js").then((module) => ({ validate: module.validate }))
  },
  "v1/PersistentVolume": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1PersistentVolume-XI5Y7QNS.js").then((module) => ({ validate: module.validate }))
  },
  "v1/PersistentVolumeClaim": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1PersistentVolumeClaim-WLKS3SK6.js").then((module) => ({ validate: module.validate }))
  },
  "v1/Pod": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1Pod-CVAXVPKD.js").then((module) => ({ validate: module.validate }))
  },
  "v1/PodTemplate": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1PodTemplate-Q7PZTRJY.js").then((module) => ({ validate: module.validate }))
  },
  "v1/ReplicationController": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1ReplicationController-6UOK4UEV.js").then((module) => ({ validate: module.validate }))
  },
  "v1/ResourceQuota": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1ResourceQuota-RPHTERMC.js").then((module) => ({ validate: module.validate }))
  },
  "v1/Secret": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1Secret-JGK6AHVH.js").then((module) => ({ validate: module.validate }))
  },
  "v1/Service": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1Service-7Q433Q3O.js").then((module) => ({ validate: module.validate }))
  },
  "v1/ServiceAccount": {
    source: "kubernetes",
    load: () => import("./IoK8sApiCoreV1ServiceAccount-ATLSHFFE.js").then((module) => ({ validate: module.validate }))
  }
}, loadFieldShapes = () => import("./schema-fields-NTMORT6S.js");

// src/k8s/schema-validator.ts
function modelValidator(model) {
  let validate = (data) => {
    try {
      return model.prototype.validate.call(data), validate.errors = null, !0;
    } catch (error) {
      let errors = error.errors;
      if (!Array.isArray(errors))
        throw error;
      return validate.errors = errors, !1;
    }
  };
  return validate;
}
function validatorOf(loaded) {
  return "validate" in loaded ? loaded.validate : modelValidator(loaded.model);
}

// src/k8s/schemas.ts
var validators = /* @__PURE__ */ new Map(), fieldTable;
function schemaKey(object) {
  return `${object.apiVersion}/${object.kind}`;
}
function hasSchema(object) {
  return Object.prototype.hasOwnProperty.call(SCHEMAS, schemaKey(object));
}
function schemaSource(object) {
  return hasSchema(object) ? SCHEMAS[schemaKey(object)]?.source : void 0;
}
async function loadSchemas(objects) {
  let missing = /* @__PURE__ */ new Set();
  for (let object of objects) {
    let key = schemaKey(object);
    !validators.has(key) && hasSchema(object) && missing.add(key);
  }
  if (missing.size === 0)
    return;
  let loads = [...missing].map(async (key) => {
    let entry = SCHEMAS[key];
    entry && validators.set(key, validatorOf(await entry.load()));
  });
  fieldTable || loads.push(
    loadFieldShapes().then((module) => {
      fieldTable = { shapes: module.FIELD_SHAPES, roots: module.FIELD_ROOTS };
    })
  ), await Promise.all(loads);
}
function checkObject(object, options) {
  let key = schemaKey(object), validate = validators.get(key);
  if (!validate || !fieldTable) {
    if (!hasSchema(object))
      return;
    throw new Error(
      `The schema of ${key} was not loaded: await loadSchemas() (the rule's prepare step) first.`
    );
  }
  let root = object.object, problems;
  try {
    problems = validate(root) ? [] : interpretErrors(root, validate.errors ?? []);
  } catch (error) {
    if (!(error instanceof RangeError))
      throw error;
    return [
      {
        kind: "invalid",
        path: ["kind"],
        target: "value",
        field: "(the object)",
        data: { detail: "it is nested too deeply to validate" }
      }
    ];
  }
  let extra = nameProblems(root);
  if (extra.push(...nameFormatProblems(object.kind, root)), collectRangeProblems(object.kind, root, extra), object.kind === "PodDisruptionBudget" && extra.push(...disruptionBudgetProblems(root)), extra.length > 0) {
    let invalidPaths = new Set(problems.map((problem) => problem.path.join("\0")));
    for (let problem of extra)
      invalidPaths.has(problem.path.join("\0")) || problems.push(problem);
  }
  if (options.unknownFields) {
    let shape = fieldTable.roots[key];
    shape !== void 0 && collectUnknownFields(root, shape, [], fieldTable.shapes, problems);
  }
  return problems.length === 0 ? problems : sortProblems(root, problems).slice(0, options.limit);
}
function resolvePointer(root, pointer) {
  let path2 = [], value = root, present = !0;
  if (pointer === "")
    return { path: path2, value, present };
  for (let raw of pointer.slice(1).split("/")) {
    let segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(value) && /^\d+$/.test(segment))
      path2.push(Number(segment)), value = value[Number(segment)];
    else {
      path2.push(segment);
      let object = asObject(value);
      present = present && object !== void 0 && Object.prototype.hasOwnProperty.call(object, segment), value = object?.[segment];
    }
  }
  return { path: path2, value, present };
}
function fieldName(path2) {
  if (path2.length > 12) {
    let tail = fieldName(path2.slice(-4));
    return `${fieldName(path2.slice(0, 4))}.\u2026${tail.startsWith("[") ? "" : "."}${tail}`;
  }
  let name = "";
  for (let segment of path2)
    typeof segment == "number" ? name += `[${segment}]` : /^[A-Za-z_$][\w$-]*$/.test(segment) ? name += name === "" ? segment : `.${segment}` : name += `[${JSON.stringify(segment)}]`;
  return name === "" ? "(the object)" : name;
}
var TYPE_NAMES = {
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "a map of fields",
  array: "a list",
  null: "null"
};
function describeValue(value) {
  return typeof value == "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value) : value === null ? "null" : Array.isArray(value) ? "a list" : typeof value == "object" ? "a map" : String(value);
}
function joinAlternatives(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function typeHint(expected, value) {
  let expectsNumber = expected.includes("integer") || expected.includes("number");
  if (typeof value == "string" && expectsNumber && !expected.includes("string")) {
    let number = Number(value);
    if (value.trim() !== "" && Number.isFinite(number))
      return " (remove the quotes)";
  }
  return expected.length === 1 && expected[0] === "string" && (typeof value == "number" || typeof value == "boolean") ? ` (quote it: "${String(value)}")` : "";
}
var FORMAT_DESCRIPTIONS = {
  quantity: "a quantity such as 500m, 2, 512Mi or 4Gi",
  int32: "a 32-bit integer",
  int64: "a 64-bit integer",
  double: "a number",
  byte: "base64-encoded data",
  "date-time": "an RFC 3339 date-time such as 2024-01-31T12:00:00Z"
}, KNOWN_PATTERNS = [
  [/\(\(\[0-9\]\+\)y\)\?/, "a Prometheus duration such as 30s, 1m or 1h30m"]
];
function describePattern(pattern) {
  let known = KNOWN_PATTERNS.find(([test]) => test.test(pattern));
  return known ? known[1] : `text matching ${pattern}`;
}
var TYPE_ORDER = ["integer", "number", "string", "boolean", "object", "array", "null"];
function errorKey(error) {
  return `${error.instancePath}\0${error.keyword}\0${JSON.stringify(error.params)}`;
}
function interpretErrors(root, rawErrors) {
  let seen = /* @__PURE__ */ new Set(), byPath = /* @__PURE__ */ new Map();
  for (let error of rawErrors) {
    let key = errorKey(error);
    if (seen.has(key))
      continue;
    seen.add(key);
    let group2 = byPath.get(error.instancePath);
    group2 ? group2.push(error) : byPath.set(error.instancePath, [error]);
  }
  let problems = [];
  for (let [pointer, errors] of byPath) {
    let info = resolvePointer(root, pointer);
    for (let error of errors.filter((candidate) => candidate.keyword === "required")) {
      let missing = String(error.params.missingProperty ?? ""), fieldPath = [...info.path, missing];
      problems.push({
        kind: "missingField",
        // The parent's key; a missing top-level field points at `kind`.
        path: info.path.length === 0 ? ["kind"] : info.path,
        target: "key",
        field: fieldName(fieldPath),
        data: {
          where: info.path.length === 0 ? "at the top level" : `under ${fieldName(info.path)}`
        }
      });
    }
    let additional = errors.filter((candidate) => candidate.keyword === "additionalProperties");
    for (let error of additional) {
      let property = String(error.params.additionalProperty ?? ""), fieldPath = [...info.path, property];
      problems.push({
        kind: "unknownField",
        path: fieldPath,
        target: "key",
        field: fieldName(fieldPath),
        data: { hint: "" }
      });
    }
    let rest = errors.filter(
      (candidate) => candidate.keyword !== "required" && candidate.keyword !== "additionalProperties"
    ), problem = pickValueProblem(info, rest);
    problem && problems.push(problem);
  }
  return problems;
}
var COMBINATORS = /* @__PURE__ */ new Set(["oneOf", "anyOf", "allOf", "not", "if"]);
function pickValueProblem(info, errors) {
  if (errors.length === 0)
    return;
  let field = fieldName(info.path), base = { path: info.path, target: "value", field }, specific = errors.filter(
    (error2) => error2.keyword !== "type" && !COMBINATORS.has(error2.keyword)
  ), types = errors.filter((error2) => error2.keyword === "type"), branched = errors.some((error2) => COMBINATORS.has(error2.keyword));
  if (types.length > 0 && (!branched || specific.length === 0)) {
    let expected = [...new Set(types.map((error2) => String(error2.params.type)))].sort(
      (a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b)
    );
    return {
      ...base,
      kind: "invalidType",
      data: {
        expected: joinAlternatives(expected.map((type) => TYPE_NAMES[type] ?? type)),
        actual: describeValue(info.value),
        hint: typeHint(expected, info.value)
      }
    };
  }
  let error = specific[0] ?? errors[0];
  if (!error)
    return;
  let actual = describeValue(info.value);
  switch (error.keyword) {
    case "enum":
    case "const": {
      let allowed = Array.isArray(error.params.allowedValues) ? error.params.allowedValues : [error.params.allowedValue];
      return {
        ...base,
        kind: "invalidValue",
        data: { allowed: joinAlternatives(allowed.map((value) => JSON.stringify(value))), actual }
      };
    }
    case "format": {
      let format = String(error.params.format);
      return {
        ...base,
        kind: "invalidFormat",
        data: { actual, format: FORMAT_DESCRIPTIONS[format] ?? `in the ${format} format` }
      };
    }
    case "pattern":
      return {
        ...base,
        kind: "invalidFormat",
        data: { actual, format: describePattern(String(error.params.pattern)) }
      };
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      let comparison = String(error.params.comparison ?? "");
      return {
        ...base,
        kind: "outOfRange",
        data: { actual, bound: `${comparison} ${String(error.params.limit)}`.trim() }
      };
    }
    case "minItems":
    case "maxItems":
    case "minLength":
    case "maxLength":
    case "minProperties":
    case "maxProperties": {
      let limit = Number(error.params.limit), what = error.keyword.endsWith("Items") ? "item" : error.keyword.endsWith("Length") ? "character" : "entry", bound = error.keyword.startsWith("min") ? "at least" : "at most";
      return {
        ...base,
        kind: "outOfRange",
        data: { actual, bound: `${bound} ${limit} ${what}${limit === 1 ? "" : "s"}` }
      };
    }
    default:
      return {
        ...base,
        kind: "invalid",
        data: { detail: `it fails the schema's ${error.keyword} check` }
      };
  }
}
function nameProblems(root) {
  let metadata = asObject(root.metadata), named = (value) => typeof value == "string" && value !== "";
  return named(metadata?.name) || named(metadata?.generateName) ? [] : metadata?.name !== void 0 && typeof metadata.name != "string" ? [] : [
    {
      kind: "missingField",
      path: metadata ? ["metadata"] : ["kind"],
      target: "key",
      field: "metadata.name",
      data: { where: metadata ? "under metadata" : "as metadata: {name: ...}" }
    }
  ];
}
function nameFormatProblems(kind, root) {
  let metadata = asObject(root.metadata), problems = [], check = (field, rule) => {
    let value = metadata?.[field];
    typeof value == "string" && value !== "" && !isValidName(rule, value) && problems.push({
      kind: "invalidFormat",
      path: ["metadata", field],
      target: "value",
      field: `metadata.${field}`,
      data: { actual: describeValue(value), format: describeNameRule(rule) }
    });
  };
  return check("name", nameRule(kind)), check("namespace", "dns1123Label"), problems;
}
function disruptionBudgetProblems(root) {
  let spec = asObject(root.spec);
  if (!spec)
    return [];
  let problems = [];
  for (let field of ["minAvailable", "maxUnavailable"]) {
    let value = spec[field], percent = typeof value == "string" ? /^(\d+)%$/.exec(value.trim()) : null;
    percent && Number(percent[1]) > 100 && problems.push({
      kind: "outOfRange",
      path: ["spec", field],
      target: "value",
      field: `spec.${field}`,
      data: { actual: value, bound: "between 0% and 100%" }
    });
  }
  return spec.minAvailable !== void 0 && spec.maxUnavailable !== void 0 && problems.push({
    kind: "invalid",
    path: ["spec", "maxUnavailable"],
    target: "key",
    field: "spec.maxUnavailable",
    data: { detail: "minAvailable and maxUnavailable cannot both be set" }
  }), problems;
}
var POD_TEMPLATE_KINDS = [
  "DaemonSet",
  "Deployment",
  "Job",
  "ReplicaSet",
  "ReplicationController",
  "StatefulSet"
], REPLICATED_KINDS = /* @__PURE__ */ new Set([
  "Deployment",
  "ReplicaSet",
  "ReplicationController",
  "StatefulSet"
]), HPA = /* @__PURE__ */ new Set(["HorizontalPodAutoscaler"]);
function podSpecChecks() {
  return [
    [["Pod"], ["spec"]],
    [["PodTemplate"], ["template", "spec"]],
    [POD_TEMPLATE_KINDS, ["spec", "template", "spec"]],
    [["CronJob"], ["spec", "jobTemplate", "spec", "template", "spec"]]
  ].flatMap(
    ([kinds, podSpec]) => ["containers", "initContainers"].map((list) => ({
      kinds: new Set(kinds),
      path: [...podSpec, list, "*", "ports", "*", "containerPort"],
      minimum: 1,
      maximum: 65535
    }))
  );
}
var RANGE_CHECKS = [
  { kinds: REPLICATED_KINDS, path: ["spec", "replicas"], minimum: 0 },
  {
    kinds: HPA,
    path: ["spec", "minReplicas"],
    minimum: 1,
    note: "0 needs the alpha HPAScaleToZero feature gate"
  },
  { kinds: HPA, path: ["spec", "maxReplicas"], minimum: 1 },
  ...["scaleUp", "scaleDown"].flatMap((direction) => [
    {
      kinds: HPA,
      path: ["spec", "behavior", direction, "stabilizationWindowSeconds"],
      minimum: 0,
      maximum: 3600
    },
    { kinds: HPA, path: ["spec", "behavior", direction, "policies", "*", "value"], minimum: 1 },
    {
      kinds: HPA,
      path: ["spec", "behavior", direction, "policies", "*", "periodSeconds"],
      minimum: 1,
      maximum: 1800
    }
  ]),
  { kinds: /* @__PURE__ */ new Set(["Service"]), path: ["spec", "ports", "*", "port"], minimum: 1, maximum: 65535 },
  ...podSpecChecks()
], RANGE_CHECKS_BY_KIND = /* @__PURE__ */ new Map();
for (let check of RANGE_CHECKS)
  for (let kind of check.kinds) {
    let checks = RANGE_CHECKS_BY_KIND.get(kind) ?? [];
    checks.push(check), RANGE_CHECKS_BY_KIND.set(kind, checks);
  }
function describeBound(check) {
  let bound = check.minimum !== void 0 && check.maximum !== void 0 ? `between ${check.minimum} and ${check.maximum}` : check.minimum !== void 0 ? `>= ${check.minimum}` : `<= ${String(check.maximum)}`;
  return check.note ? `${bound} (${check.note})` : bound;
}
function collectRangeProblems(kind, root, problems) {
  let checks = RANGE_CHECKS_BY_KIND.get(kind);
  if (!checks)
    return;
  let path2 = [];
  for (let check of checks)
    walkPattern(root, check, 0, path2, problems);
}
function walkPattern(value, check, depth, path2, problems) {
  if (depth === check.path.length) {
    if (typeof value != "number")
      return;
    (check.minimum !== void 0 && value < check.minimum || check.maximum !== void 0 && value > check.maximum) && problems.push({
      kind: "outOfRange",
      path: [...path2],
      target: "value",
      field: fieldName(path2),
      data: { actual: String(value), bound: describeBound(check) }
    });
    return;
  }
  let segment = check.path[depth] ?? "";
  if (segment === "*") {
    if (Array.isArray(value))
      for (let index = 0; index < value.length; index++)
        path2.push(index), walkPattern(value[index], check, depth + 1, path2, problems), path2.pop();
    return;
  }
  let object = asObject(value);
  object && Object.prototype.hasOwnProperty.call(object, segment) && (path2.push(segment), walkPattern(object[segment], check, depth + 1, path2, problems), path2.pop());
}
function collectUnknownFields(value, ref, path2, shapes, problems) {
  let shape = ref < 0 ? void 0 : shapes[ref];
  if (!shape || typeof value != "object" || value === null)
    return;
  if ("a" in shape) {
    if (Array.isArray(value))
      for (let index = 0; index < value.length; index++)
        path2.push(index), collectUnknownFields(value[index], shape.a, path2, shapes, problems), path2.pop();
    return;
  }
  if (Array.isArray(value))
    return;
  let object = value;
  for (let key in object) {
    let member = object[key], child = "m" in shape ? shape.m : shape.p[key];
    if (child === void 0) {
      let fieldPath = [...path2, key], suggestion = closestName(key, Object.keys(shape.p));
      problems.push({
        kind: "unknownField",
        path: fieldPath,
        target: "key",
        field: fieldName(fieldPath),
        data: { hint: suggestion ? ` (did you mean "${suggestion}"?)` : "" }
      });
    } else child >= 0 && typeof member == "object" && member !== null && (path2.push(key), collectUnknownFields(member, child, path2, shapes, problems), path2.pop());
  }
}
function closestName(name, candidates) {
  return closestMatch(name, [...candidates].sort(), {
    maxDistance: Math.min(2, Math.floor(name.length / 3))
  });
}
function comparePaths(root, a, b) {
  let parent = root, length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    let left = a[index], right = b[index];
    if (left === right) {
      parent = Array.isArray(parent) ? parent[left] : asObject(parent)?.[String(left)];
      continue;
    }
    if (typeof left == "number" && typeof right == "number")
      return left - right;
    let keys = Object.keys(asObject(parent) ?? {}), position = (key) => {
      let found = keys.indexOf(String(key));
      return found === -1 ? keys.length : found;
    };
    return position(left) - position(right) || (String(left) < String(right) ? -1 : 1);
  }
  return a.length - b.length;
}
function sortProblems(root, problems) {
  return problems.sort(
    (a, b) => comparePaths(root, a.path, b.path) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)
  );
}

// src/k8s/services.ts
var SERVICE_KIND = "Service";
function serviceType(service) {
  let type = service.get(["spec", "type"]);
  return typeof type == "string" && type !== "" ? type : "ClusterIP";
}
function readServicePorts(service) {
  let result = [];
  return asArray(service.get(["spec", "ports"])).forEach((entry, index) => {
    let port = asObject(entry);
    port && result.push({
      path: ["spec", "ports", index],
      name: typeof port.name == "string" && port.name !== "" ? port.name : void 0,
      port: typeof port.port == "number" ? port.port : void 0,
      targetPort: typeof port.targetPort == "number" || typeof port.targetPort == "string" && port.targetPort !== "" ? port.targetPort : void 0,
      protocol: protocolOf(port.protocol)
    });
  }), result;
}
function containerPorts(workload) {
  let result = [];
  for (let container of workload.runningContainers)
    for (let entry of asArray(container.container.ports)) {
      let port = asObject(entry);
      port && result.push({
        container: container.name,
        name: typeof port.name == "string" && port.name !== "" ? port.name : void 0,
        containerPort: typeof port.containerPort == "number" ? port.containerPort : void 0,
        protocol: protocolOf(port.protocol)
      });
    }
  return result;
}
function describeServicePort(port) {
  let number = port.port === void 0 ? "" : String(port.port);
  return port.name ? `"${port.name}"${number ? ` (${number})` : ""}` : number || "(no port)";
}
function protocolOf(value) {
  return typeof value == "string" && value !== "" ? value : "TCP";
}

// src/lint/rules/ingress-backend-missing.ts
var INGRESS_KIND = "Ingress";
function readBackends(ingress) {
  let v1 = ingress.apiVersion === "networking.k8s.io/v1", backends = [], empty = [], add = (path2, route) => {
    let backend = asObject(ingress.get(path2));
    if (!backend)
      return;
    if (v1 && backend.service === void 0 && backend.resource === void 0) {
      empty.push({
        route,
        path: path2,
        legacyFields: backend.serviceName !== void 0 || backend.servicePort !== void 0
      });
      return;
    }
    if (v1) {
      let name2 = getPath(backend, ["service", "name"]), number = getPath(backend, ["service", "port", "number"]), portName = getPath(backend, ["service", "port", "name"]);
      if (typeof name2 != "string" || name2 === "")
        return;
      backends.push({
        route,
        service: name2,
        servicePath: [...path2, "service", "name"],
        port: typeof number == "number" ? { kind: "number", value: number } : typeof portName == "string" && portName !== "" ? { kind: "name", value: portName } : void 0,
        portPath: [...path2, "service", "port", typeof number == "number" ? "number" : "name"]
      });
      return;
    }
    let name = backend.serviceName, port = backend.servicePort;
    typeof name != "string" || name === "" || backends.push({
      route,
      service: name,
      servicePath: [...path2, "serviceName"],
      port: typeof port == "number" ? { kind: "number", value: port } : typeof port == "string" && port !== "" ? /^\d+$/.test(port) ? { kind: "number", value: Number(port) } : { kind: "name", value: port } : void 0,
      portPath: [...path2, "servicePort"]
    });
  };
  return add(
    ["spec", v1 ? "defaultBackend" : "backend"],
    "requests no rule matches (the default backend)"
  ), asArray(ingress.get(["spec", "rules"])).forEach((entry, ruleIndex) => {
    let rule = asObject(entry), host = typeof rule?.host == "string" && rule.host !== "" ? rule.host : "*";
    asArray(getPath(rule, ["http", "paths"])).forEach((pathEntry, pathIndex) => {
      let path2 = asObject(pathEntry)?.path;
      add(
        ["spec", "rules", ruleIndex, "http", "paths", pathIndex, "backend"],
        `"${host}${typeof path2 == "string" ? path2 : "/"}"`
      );
    });
  }), { services: backends, empty };
}
var ingress_backend_missing_default = {
  id: "ingress-backend-missing",
  meta: {
    description: "Require every service backend of an Ingress to name a Service in its namespace and a port that Service has",
    severity: "warning",
    category: "references",
    kinds: [INGRESS_KIND],
    scope: "set",
    messages: {
      emptyBackend: 'Ingress "{{name}}" routes {{route}} to a backend with neither service nor resource; the API server rejects the Ingress. Name the Service: backend.service.name and backend.service.port.number (or port.name).',
      legacyBackend: 'Ingress "{{name}}" routes {{route}} to a backend written with serviceName/servicePort, the fields of the removed v1beta1 API; in networking.k8s.io/v1 the backend then has no service, and the API server rejects the Ingress. Write service: {name: <service>, port: {number: <port>}} (or port.name) instead.',
      serviceMissing: 'Ingress "{{name}}" routes {{route}} to Service "{{service}}", which is not in the set (namespace "{{namespace}}"){{suggestion}}; the Ingress controller has no endpoints for it and answers those requests with 503 (or 404). Fix the service name, or lint the Ingress together with its Service.',
      portMissing: `Ingress "{{name}}" routes {{route}} to port {{port}} of Service "{{service}}", but the Service has no such port (its ports are {{available}}); the Ingress controller has no endpoints for it and answers those requests with 503. Use one of the Service's ports{{hint}}.`
    },
    rationale: "An Ingress backend names a Service in the Ingress's own namespace and one of that Service's ports, by number (`service.port.number`, the Service's `port`, not its `targetPort`) or by name (`service.port.name`, the Service port's `name`). The API server does not check either: a typo, a Service renamed in a refactor or living in another namespace, or the container port used where the Service port belongs, is accepted and then answered with 503 by the controller for every request on that route. Both the rules and `spec.defaultBackend` are checked, as are the `serviceName`/`servicePort` backends of the removed `v1beta1` Ingress versions; resource backends are skipped, and so are the ports of `ExternalName` Services, which have no endpoints to match. A `v1` backend with neither `service` nor `resource` (typically the `v1beta1` fields `serviceName`/`servicePort` left in a `v1` Ingress) is reported as an error: the API server rejects the Ingress. " + EXTERNAL_ASSUMPTIONS,
    remediation: "Point the backend at an existing Service of the same namespace, and at its `port` number or port `name` as the Service declares it. If the Service comes from elsewhere (a Helm release, another repository), lint both together.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: {name: web, port: {number: 8080}}
`,
      correct: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service: {name: web, port: {number: 80}}
`
    },
    peers: "kube-linter dangling-ingress checks the service name (in the Ingress's namespace) and port of networking.k8s.io/v1 Ingresses the same way; kube-score ingress-targets-service checks the service name and port of the rules of every Ingress version, but not the default backend."
  },
  create(context) {
    return {
      [INGRESS_KIND](ingress) {
        let { services, empty } = readBackends(ingress);
        for (let backend of empty)
          context.report({
            manifest: ingress,
            path: backend.path,
            target: "key",
            messageId: backend.legacyFields ? "legacyBackend" : "emptyBackend",
            data: { name: ingress.name, route: backend.route },
            severity: "error"
          });
        for (let backend of services) {
          let base = { name: ingress.name, route: backend.route, service: backend.service }, service = context.set.get(SERVICE_KIND, ingress.namespace, backend.service);
          if (!service && context.set.external.mayExist(SERVICE_KIND, ingress.namespace, backend.service))
            continue;
          if (!service) {
            let closest = closestName(
              backend.service,
              context.set.byKindIn(SERVICE_KIND, ingress.namespace).map((candidate) => candidate.name)
            );
            context.report({
              manifest: ingress,
              path: backend.servicePath,
              messageId: "serviceMissing",
              data: {
                ...base,
                namespace: ingress.namespace,
                suggestion: closest ? ` (did you mean "${closest}"?)` : ""
              }
            });
            continue;
          }
          let wanted = backend.port;
          if (!wanted || serviceType(service) === "ExternalName")
            continue;
          let ports = readServicePorts(service);
          if (ports.some(
            (port) => wanted.kind === "number" ? port.port === wanted.value : port.name === wanted.value
          ))
            continue;
          let byTarget = ports.find((port) => port.targetPort === wanted.value);
          context.report({
            manifest: ingress,
            path: backend.portPath,
            messageId: "portMissing",
            data: {
              ...base,
              port: wanted.kind === "number" ? String(wanted.value) : `"${wanted.value}"`,
              available: ports.length > 0 ? wordList(ports.map(describeServicePort)) : "none",
              hint: byTarget ? ` (${wanted.kind === "number" ? wanted.value : `"${wanted.value}"`} is the targetPort of Service port ${describeServicePort(byTarget)}; the Ingress needs the Service port, ${byTarget.port ?? byTarget.name})` : ""
            },
            related: [
              {
                manifest: service,
                path: ["spec", "ports"],
                target: "key",
                message: `The ports of Service "${service.name}".`
              }
            ]
          });
        }
      }
    };
  }
};

// src/lint/rules/missing-requests.ts
var missing_requests_default = {
  id: "missing-requests",
  meta: {
    description: "Require every running container to request cpu and memory",
    severity: "warning",
    category: "requests",
    kinds: [...WORKLOAD_KINDS],
    scope: "set",
    messages: {
      missing: '{{container}} of {{kind}} "{{name}}" has no {{resources}} request: the scheduler places its pods as if they needed no {{resources}}, so they pack onto busy nodes and are among the first evicted under node pressure{{autoscaled}}. Set {{fields}} (or give namespace "{{namespace}}" a LimitRange defaultRequest).'
    },
    rationale: "Requests are what the scheduler reserves, what the cluster autoscaler sizes nodes by, what an HPA divides usage by, and what decides a pod's QoS class. A container without them is scheduled as if it used nothing: nodes get over-packed, the pod is evicted early under pressure, and cpu/memory utilization autoscaling fails. The rule looks at what the cluster will run, not only at what is written: a limit without a request becomes the request (API defaulting), and a LimitRange of `type: Container` in the same namespace fills a missing request from its `defaultRequest`, else its `default`, else its `max`, else its `min`, as Kubernetes defaults them. Pod-level `spec.resources` (on by default from Kubernetes 1.34) cover every container. Containers counted: regular containers and native sidecars (init containers with `restartPolicy: Always`), which run for the pod's whole life. Ordinary init containers are not counted by default: their requests only matter for scheduling when one is larger than the running containers' sum (the pod reserves the larger of the two), and a missing one never changes what the running pod is given; set `includeInitContainers: true` to require them too. Workloads: Deployment, StatefulSet, ReplicaSet, ReplicationController, DaemonSet, Job, CronJob and bare Pods.",
    remediation: "Set `resources.requests.cpu` and `resources.requests.memory` on each container from its observed usage (e.g. the VPA recommendation or a p95 of `container_cpu_usage_seconds_total`), or give the namespace a LimitRange with `defaultRequest` for containers that do not set their own.",
    defaultOptions: { resources: ["cpu", "memory"], includeInitContainers: !1 },
    optionsSchema: {
      type: "object",
      properties: {
        resources: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: !0,
          description: "Resources every container must request."
        },
        includeInitContainers: {
          type: "boolean",
          description: "Also require requests on ordinary init containers (native sidecars are always checked)."
        }
      },
      additionalProperties: !1
    },
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 250m}
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 250m, memory: 256Mi}
`
    },
    peers: "kube-linter unset-cpu-requirements and unset-memory-requirements (the memory check looks at the limit, not the request), Polaris cpuRequestsMissing and memoryRequestsMissing (init containers excluded), kube-score container-resources (requests and limits; a limit alone is graded a warning) and Kyverno require-requests-limits (also requires a memory limit). None of them applies API defaulting or LimitRange defaults: a limit without a request, or a namespace LimitRange, satisfies scaleplan because the cluster then gives the container a request. See docs/peer-comparison.md."
  },
  create(context) {
    let visit = (manifest, options) => {
      let workload = context.set.workload(manifest);
      if (!workload?.ownsTemplate)
        return;
      let defaults = context.set.limitRangeDefaults(manifest.namespace), podLevel = podLevelResources(workload, context.settings.kubeVersion);
      for (let container of workload.containers) {
        if (container.kind === "init" && !options.includeInitContainers || !hasReadableResources(container))
          continue;
        let missing = options.resources.filter(
          (resource) => !podLevelQuantity(workload, podLevel, resource) && !effectiveRequest(workload, container, resource, defaults)
        );
        missing.length !== 0 && context.report({
          manifest,
          path: [...container.path, "resources", "requests"],
          target: "key",
          messageId: "missing",
          data: {
            container: describeContainer(container),
            kind: manifest.kind,
            name: manifest.name,
            resources: wordList(missing, "or"),
            fields: wordList(missing.map((resource) => `resources.requests.${resource}`)),
            namespace: manifest.namespace,
            autoscaled: context.set.autoscalersOf(manifest).length > 0 ? `, and its autoscaler cannot scale on ${wordList(missing, "or")} utilization` : ""
          },
          fix: `resources: {requests: {${missing.map((resource) => `${resource}: <${resource === "cpu" ? "cores" : "quantity"}>`).join(", ")}}}`
        });
      }
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  }
};

// src/lint/rules/parse-error.ts
var parse_error_default = {
  id: "parse-error",
  meta: {
    description: "Require every document to be valid YAML and, when it has apiVersion or kind, a Kubernetes object, and every Kustomize directory to build",
    severity: "error",
    category: "set",
    kinds: [],
    scope: "object",
    messages: {
      syntax: "Invalid YAML: {{detail}}",
      notAnObject: "Not a Kubernetes object: {{detail}}",
      kustomizeBuild: "Kustomize cannot build this directory, so none of its objects was linted: {{detail}}"
    },
    rationale: "kubectl and Argo CD refuse the whole file when one document is not valid YAML, and a document with only apiVersion or only kind is neither applied nor recognised as something to skip. Duplicate keys are errors too: YAML parsers disagree on which value wins. A Kustomize directory that does not build (a remote base out of reach, a missing resource, an unknown field) is reported on its kustomization file, at the entry Kustomize names, and the other inputs are still linted.",
    remediation: "Fix the YAML at the reported position; give every Kubernetes document both apiVersion and kind.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: v1
kind: Service
metadata:
  name: web
  name: web-2
`,
      correct: `apiVersion: v1
kind: Service
metadata:
  name: web
`
    },
    peers: "kube-linter and kube-score stop at the first broken file; scaleplan reports each broken document and lints the rest."
  },
  create: () => ({})
};

// src/lint/rules/pdb-blocks-eviction.ts
var pdb_blocks_eviction_default = {
  id: "pdb-blocks-eviction",
  meta: {
    description: "Disallow PodDisruptionBudgets that allow no eviction at the minimum replica count of the workloads they select",
    severity: "error",
    category: "disruption",
    kinds: [PDB_KIND],
    scope: "set",
    messages: {
      alwaysBlocks: 'PodDisruptionBudget "{{name}}" sets {{field}} {{value}}, which allows no voluntary eviction at any replica count; node drains and cluster-autoscaler scale-down hang on its pods until someone deletes the budget. Use maxUnavailable: 1, or a minAvailable below the replica count.',
      blocksAtMinimum: 'PodDisruptionBudget "{{name}}" allows no eviction when {{workloads}} at the minimum of {{podCount}} ({{counts}}): {{demand}} required of {{pods}}, so none may be evicted. Node drains and cluster-autoscaler scale-down then hang on these pods. Use maxUnavailable: 1, or {{advice}}.'
    },
    rationale: 'A node drain (a node upgrade, a spot reclaim, the cluster autoscaler removing an idle node) evicts pods through the eviction API, which refuses an eviction when the PodDisruptionBudget has no disruption left. The disruption controller allows `healthy pods \u2212 minAvailable` disruptions (or `maxUnavailable`); percentages of both fields are scaled against the pod count and rounded up. So `maxUnavailable: 0`, `"0%"` and `minAvailable: "100%"` never allow an eviction, and `minAvailable: 2` allows none for a workload that runs 2 pods. The count that matters is the smallest one the workload runs at: HPA minReplicas (default 1), KEDA minReplicaCount (a workload scaled to zero is judged at 1 pod, the smallest count with pods to evict), else spec.replicas, else 1, summed over every workload the PDB selects. That is when traffic is low, which is exactly when the cluster autoscaler wants to drain nodes. kubectl drain then retries forever and the cluster autoscaler skips the node; upgrades stall.',
    remediation: "Prefer `maxUnavailable: 1` (it always allows one eviction and scales with the workload), or keep `minAvailable` below the minimum replica count (raise HPA minReplicas if the budget is right).",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 2
  selector:
    matchLabels: {app: web}
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`
    },
    peers: 'kube-linter pdb-min-available and pdb-max-unavailable, Polaris pdbDisruptionsIsZero and pdbMinAvailableGreaterThanHPAMinReplicas, and the Kyverno pdb-minavailable / pdb-maxunavailable policies cover parts of this. Polaris compares minAvailable with HPA minReplicas using a strict ">", so it passes a budget that equals the minimum and blocks every drain; kube-linter only uses minReplicas when the workload sets replicas to 1 or not at all, and finds workloads by their selector rather than their pod labels.'
  },
  create(context) {
    return {
      [PDB_KIND](pdb) {
        let policy = readDisruptionPolicy(pdb);
        if (policy.field === "none" || policy.field === "invalid")
          return;
        let selected = context.set.pdbSelection(pdb), related = selected.map((workload) => ({
          manifest: workload.manifest,
          path: ["metadata", "name"],
          message: `Selects the pods of ${workload.kind} "${workload.manifest.name}".`
        }));
        if (blocksAtEveryScale(policy)) {
          context.report({
            manifest: pdb,
            path: policy.path,
            messageId: "alwaysBlocks",
            data: {
              name: pdb.name,
              field: policy.field,
              value: describeIntOrPercent(policy.value)
            },
            related,
            fix: "maxUnavailable: 1"
          });
          return;
        }
        if (selected.length === 0 || !selected.every(hasReplicaCount))
          return;
        let counts = selected.map((workload) => minimumCount(context.set, workload)), sum = counts.reduce((total, count) => total + count.replicas, 0), pods = Math.max(1, sum);
        if (allowedDisruptions(policy, pods) > 0)
          return;
        let names2 = selected.map((workload) => `${workload.kind} "${workload.manifest.name}"`);
        context.report({
          manifest: pdb,
          path: policy.path,
          messageId: "blocksAtMinimum",
          data: {
            name: pdb.name,
            workloads: names2.length === 1 ? `${names2[0]} runs` : `${names2.join(" and ")} run`,
            podCount: `${pods} pod${pods === 1 ? "" : "s"}`,
            counts: counts.map((count) => count.source).join(" + ") + (sum === 0 ? ", judged at its first pod" : ""),
            demand: describeDemand(policy, pods),
            pods,
            advice: pods > 1 ? `minAvailable: ${pods - 1} at most` : "raise the minimum replica count to 2 or more"
          },
          related: [
            ...related,
            ...counts.flatMap((count) => count.related ? [count.related] : [])
          ],
          fix: "maxUnavailable: 1"
        });
      }
    };
  }
};
function hasReplicaCount(workload) {
  return workload.hasReplicaCount;
}
function minimumCount(set, workload) {
  let name = `${workload.kind} "${workload.manifest.name}"`, replicas = set.minimumReplicas(workload);
  if (workload.kind === "Pod")
    return { replicas: 1, source: `${name} is one pod` };
  let autoscaler = set.autoscalersOf(workload.manifest).find((candidate) => candidate.minReplicas === replicas);
  if (autoscaler) {
    let field = autoscaler.minReplicasPath.at(-1), written = autoscaler.manifest.get(autoscaler.minReplicasPath) !== void 0;
    return {
      replicas,
      source: `${name}: ${autoscaler.manifest.kind} "${autoscaler.manifest.name}" ${field} ${replicas}${written ? "" : " (default)"}`,
      related: {
        manifest: autoscaler.manifest,
        path: autoscaler.minReplicasPath,
        message: `${autoscaler.manifest.kind} "${autoscaler.manifest.name}" scales ${name} down to ${replicas}.`
      }
    };
  }
  return {
    replicas,
    source: workload.declaredReplicas === void 0 ? `${name}: spec.replicas unset, 1` : `${name}: spec.replicas ${replicas}`
  };
}

// src/lint/rules/pdb-missing.ts
var KINDS = ["Deployment", "StatefulSet", "Rollout"], pdb_missing_default = {
  id: "pdb-missing",
  meta: {
    description: "Require a PodDisruptionBudget for every autoscaled or multi-replica Deployment, StatefulSet and Argo Rollout",
    severity: "warning",
    category: "disruption",
    kinds: [...KINDS],
    scope: "set",
    messages: {
      missing: '{{kind}} "{{name}}" runs up to {{max}} replicas ({{source}}) but no PodDisruptionBudget selects its pods; a node drain or cluster-autoscaler scale-down may evict all of them at once. Add a PodDisruptionBudget with maxUnavailable: 1 selecting {{labels}}.'
    },
    rationale: "Without a PodDisruptionBudget the eviction API lets a drain take every pod of a workload at the same time: a node pool upgrade or the cluster autoscaler consolidating nodes turns into an outage for a service that runs many replicas precisely to stay up. A workload that runs one replica and has no autoscaler is not checked: one pod cannot be protected without blocking every drain (see pdb-blocks-eviction). The count comes from the autoscalers' maxReplicas / maxReplicaCount (KEDA defaults to 100) or from spec.replicas.",
    remediation: "Add a `policy/v1` PodDisruptionBudget in the same namespace with `maxUnavailable: 1` and `selector.matchLabels` set to the pod template labels.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`
    },
    peers: "kube-score deployment-has-poddisruptionbudget / statefulset-has-poddisruptionbudget and Polaris missingPodDisruptionBudget check every Deployment, single-replica ones included; Polaris also counts a budget that shares any one label with the pod template. scaleplan uses the full selector and skips single-replica workloads without an autoscaler."
  },
  create(context) {
    let visit = (manifest) => {
      let workload = context.set.workload(manifest);
      if (!workload)
        return;
      let max = context.set.maximumReplicas(workload);
      if (max === void 0 || max < 2 || context.set.pdbsSelecting(workload).length > 0)
        return;
      let top = context.set.autoscalersOf(manifest).find((autoscaler) => autoscaler.maxReplicas === max), labels = Object.entries(workload.templateLabels);
      context.report({
        manifest,
        path: ["metadata", "name"],
        messageId: "missing",
        data: {
          kind: manifest.kind,
          name: manifest.name,
          max,
          source: top ? `${top.manifest.kind} "${top.manifest.name}" ${top.maxReplicasPath.at(-1)} ${max}` : `spec.replicas ${max}`,
          labels: labels.length > 0 ? `"${describeSelector({ matchLabels: workload.templateLabels, matchExpressions: [], matchesNone: !1 })}"` : "its pod template labels"
        }
      });
    };
    return Object.fromEntries(KINDS.map((kind) => [kind, visit]));
  }
};

// src/lint/elsewhere.ts
function workloadElsewhere(set, selector, outside) {
  for (let namespace of set.workloadNamespaces()) {
    if (namespace === outside)
      continue;
    let [workload] = set.workloadsSelectedBy(namespace, selector);
    if (workload)
      return workload;
  }
}
function elsewhereNote(workload, why) {
  return workload ? ` (${workload.kind} "${workload.manifest.name}" in namespace "${workload.namespace}" does, ${why})` : "";
}
function elsewhereRelated(workload) {
  return workload ? {
    related: [
      {
        manifest: workload.manifest,
        path: [...workload.templatePath, "metadata", "labels"],
        target: "key",
        message: `These pod labels match, in namespace "${workload.namespace}".`
      }
    ]
  } : {};
}

// src/lint/rules/pdb-no-match.ts
var pdb_no_match_default = {
  id: "pdb-no-match",
  meta: {
    description: "Require the selector of a PodDisruptionBudget to match a pod template in its namespace",
    severity: "warning",
    category: "disruption",
    kinds: [PDB_KIND],
    scope: "set",
    messages: {
      noMatch: `PodDisruptionBudget "{{name}}" selects {{selector}}, but no pod template in namespace "{{namespace}}" in the set has those labels{{elsewhere}}; it protects nothing, so a drain may evict every pod it was meant to keep. Match the labels of the pod template (spec.template.metadata.labels), not the workload's own labels.`,
      noSelector: 'PodDisruptionBudget "{{name}}" has no selector, so it selects no pods and protects nothing. Add spec.selector.matchLabels with the pod template labels of the workload it is for.',
      emptyV1beta1: 'PodDisruptionBudget "{{name}}" is policy/v1beta1 with an empty selector, which selects no pods in that API version (in policy/v1 it would select every pod of the namespace); it protects nothing. Use policy/v1, or select the pod template labels.'
    },
    rationale: "A PodDisruptionBudget protects exactly the pods its label selector matches in its own namespace, by their labels (so the labels of the pod template, not the Deployment's own `metadata.labels`). A typo in a label, a selector copied from another app, or a budget in the wrong namespace is accepted by the API server and then does nothing: the drain it was written for evicts every pod at once. Selectors are evaluated as Kubernetes does, with `matchLabels` and the `In`, `NotIn`, `Exists` and `DoesNotExist` expressions. An absent selector selects nothing; an empty selector `{}` selects every pod of the namespace in `policy/v1` and nothing in `policy/v1beta1`. " + POD_LABEL_ASSUMPTIONS + " " + EXTERNAL_ASSUMPTIONS,
    remediation: "Copy the labels from the workload's `spec.template.metadata.labels` (usually the same as its `spec.selector.matchLabels`) into the budget's `spec.selector.matchLabels`, and create the budget in the workload's namespace. If the pods come from elsewhere (an operator, another repository), lint them together.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  template:
    metadata:
      labels: {app.kubernetes.io/name: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  template:
    metadata:
      labels: {app.kubernetes.io/name: web}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app.kubernetes.io/name: web}
`
    },
    peers: 'None of kube-linter, kube-score, Polaris or the Kyverno policies report a budget that selects nothing; kube-score and Polaris only look from the workload side ("has a PodDisruptionBudget").'
  },
  create(context) {
    return {
      [PDB_KIND](pdb) {
        let parsed = readPdbSelector(pdb);
        if (!("selector" in parsed) || context.set.pdbSelection(pdb).length > 0)
          return;
        let written = pdb.get(["spec", "selector"]);
        if (written == null) {
          context.report({
            manifest: pdb,
            path: ["spec", "selector"],
            messageId: "noSelector",
            data: { name: pdb.name }
          });
          return;
        }
        if (parsed.selector.matchesNone) {
          context.report({
            manifest: pdb,
            path: ["spec", "selector"],
            target: "key",
            messageId: "emptyV1beta1",
            data: { name: pdb.name }
          });
          return;
        }
        if (context.set.podsMayBeOutside(pdb.namespace, parsed.selector))
          return;
        let elsewhere = workloadElsewhere(context.set, parsed.selector, pdb.namespace);
        context.report({
          manifest: pdb,
          path: ["spec", "selector"],
          target: "key",
          messageId: "noMatch",
          data: {
            name: pdb.name,
            selector: isEmptySelector(parsed.selector) ? "every pod ({})" : `"${describeSelector(parsed.selector)}"`,
            namespace: pdb.namespace,
            elsewhere: elsewhereNote(
              elsewhere,
              "but a budget only covers pods of its own namespace"
            )
          },
          ...elsewhereRelated(elsewhere)
        });
      }
    };
  }
};

// src/lint/rules/pdb-overlap.ts
var pdb_overlap_default = {
  id: "pdb-overlap",
  meta: {
    description: "Disallow pods that more than one PodDisruptionBudget selects",
    severity: "error",
    category: "disruption",
    kinds: [PDB_KIND],
    scope: "set",
    messages: {
      overlap: 'PodDisruptionBudget "{{name}}" selects the pods of {{workload}}{{more}}, which PodDisruptionBudget "{{first}}" already selects; the eviction API refuses to evict a pod covered by more than one budget, so node drains and cluster-autoscaler scale-down fail on these pods. Merge the budgets, or make their selectors disjoint.'
    },
    rationale: 'The eviction API looks up every PodDisruptionBudget that selects the pod and, when there is more than one, refuses the eviction with "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support" (kubernetes/kubernetes#75957). kubectl drain retries forever, the cluster autoscaler cannot remove the node, and node upgrades stall, however permissive each budget is. Overlaps usually come from a broad budget (`app.kubernetes.io/part-of: shop`, or an empty selector, which selects the whole namespace in policy/v1) next to per-service budgets.',
    remediation: "Keep one budget per set of pods: delete the broad one, or narrow its selector (e.g. with a `NotIn` expression) so that no pod template matches two budgets.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web, part-of: shop}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: shop
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {part-of: shop}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web, part-of: shop}
    spec:
      containers: [{name: web, image: web:1.0}]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`
    },
    peers: "None of kube-linter, kube-score, Polaris or the Kyverno policies detect pods covered by two budgets."
  },
  create(context) {
    return {
      [PDB_KIND](pdb) {
        let first, overlapping = [];
        for (let workload2 of context.set.pdbSelection(pdb)) {
          let owner = context.set.pdbsSelecting(workload2)[0];
          owner && owner !== pdb && (first ??= owner, owner === first && overlapping.push(workload2));
        }
        let workload = overlapping[0];
        !first || !workload || context.report({
          manifest: pdb,
          path: ["spec", "selector"],
          target: "key",
          messageId: "overlap",
          data: {
            name: pdb.name,
            workload: `${workload.kind} "${workload.manifest.name}"`,
            more: overlapping.length > 1 ? ` (and ${overlapping.length - 1} more workload${overlapping.length > 2 ? "s" : ""})` : "",
            first: first.name
          },
          related: [
            {
              manifest: first,
              path: ["spec", "selector"],
              target: "key",
              message: `PodDisruptionBudget "${first.name}" selects the same pods.`
            },
            ...overlapping.map((selected) => ({
              manifest: selected.manifest,
              path: [...selected.templatePath, "metadata", "labels"],
              target: "key",
              message: `The pods of ${selected.kind} "${selected.manifest.name}" match both budgets.`
            }))
          ]
        });
      }
    };
  }
};

// src/k8s/priority.ts
var PRIORITY_CLASS_KIND = "PriorityClass";
var SYSTEM_PRIORITY_PREFIX = "system-", SYSTEM_PRIORITY_CLASSES = /* @__PURE__ */ new Map([
  ["system-cluster-critical", 2e9],
  ["system-node-critical", 2000001e3]
]);

// src/lint/rules/priority-class-conflict.ts
var priority_class_conflict_default = {
  id: "priority-class-conflict",
  meta: {
    description: "Disallow PriorityClasses the API server rejects: a second globalDefault, a value above one billion or a reserved system- name",
    severity: "error",
    category: "references",
    kinds: [PRIORITY_CLASS_KIND],
    scope: "set",
    messages: {
      secondDefault: 'PriorityClass "{{name}}" sets globalDefault, but "{{first}}" already does; only one class may be the default, and the Priority admission plugin rejects the second ("{{first}} is already marked as default"), so a sync applies one and fails on the other. Remove globalDefault from all but one class.',
      valueTooHigh: 'PriorityClass "{{name}}" has value {{value}}, above {{limit}}, the highest a user-defined class may have (larger values are reserved for system-cluster-critical and system-node-critical); the API server rejects it. Use a value of at most {{limit}}.',
      reservedName: 'PriorityClass "{{name}}" starts with the reserved "system-" prefix, which only the built-in system-cluster-critical ({{clusterCritical}}) and system-node-critical ({{nodeCritical}}) may use, with their own values and without globalDefault; the API server rejects it. Rename the class.'
    },
    rationale: "Kubernetes validates PriorityClasses strictly. A user-defined class may have a value of at most 1,000,000,000 (higher values belong to the built-in classes that protect system pods from preemption), its name may not start with `system-` unless it is exactly one of the two built-in classes with their value (pkg/apis/scheduling/validation), and at most one class in the cluster may set `globalDefault: true` (the Priority admission plugin refuses a second). Each of these fails the apply of the PriorityClass, and pods that name the missing class are then rejected in turn.",
    remediation: "Keep one class with `globalDefault: true`, keep values at or below 1000000000 (order your classes within that range), and name classes without the `system-` prefix.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: default-priority
value: 1000
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: batch
value: 100
globalDefault: true
`,
      correct: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: default-priority
value: 1000
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: batch
value: 100
`
    },
    peers: "None of kube-linter, kube-score, Polaris or the Kyverno policies check PriorityClass objects themselves."
  },
  create(context) {
    let firstDefault, defaultClass = () => (firstDefault ??= context.set.byKind(PRIORITY_CLASS_KIND).find((candidate) => candidate.get(["globalDefault"]) === !0) ?? null, firstDefault);
    return {
      [PRIORITY_CLASS_KIND](manifest) {
        let name = manifest.name, value = manifest.get(["value"]), globalDefault = manifest.get(["globalDefault"]) === !0;
        name.startsWith(SYSTEM_PRIORITY_PREFIX) ? SYSTEM_PRIORITY_CLASSES.get(name) === value && !globalDefault || context.report({
          manifest,
          path: ["metadata", "name"],
          messageId: "reservedName",
          data: {
            name,
            clusterCritical: SYSTEM_PRIORITY_CLASSES.get("system-cluster-critical") ?? 0,
            nodeCritical: SYSTEM_PRIORITY_CLASSES.get("system-node-critical") ?? 0
          }
        }) : typeof value == "number" && value > 1e9 && context.report({
          manifest,
          path: ["value"],
          messageId: "valueTooHigh",
          data: { name, value, limit: 1e9 }
        });
        let first = globalDefault ? defaultClass() : null;
        first && first !== manifest && first.name !== name && context.report({
          manifest,
          path: ["globalDefault"],
          messageId: "secondDefault",
          data: { name, first: first.name },
          related: [
            {
              manifest: first,
              path: ["globalDefault"],
              message: `PriorityClass "${first.name}" is the default already.`
            }
          ]
        });
      }
    };
  }
};

// src/lint/rules/priority-class-missing.ts
var priority_class_missing_default = {
  id: "priority-class-missing",
  meta: {
    description: "Require the priorityClassName of a pod template to name a PriorityClass in the set or a built-in system class",
    severity: "warning",
    category: "references",
    kinds: [...WORKLOAD_KINDS],
    scope: "set",
    messages: {
      missing: '{{kind}} "{{name}}" uses priorityClassName "{{priorityClass}}", which is not in the set{{suggestion}}; the Priority admission plugin rejects every pod that names a class the cluster does not have ("no PriorityClass with name {{priorityClass}} was found"), so the workload gets no pods. Define the PriorityClass, fix the name, or add it to the knownClasses option if the cluster defines it elsewhere.',
      reserved: '{{kind}} "{{name}}" uses priorityClassName "{{priorityClass}}", but the only classes with the reserved "system-" prefix are system-cluster-critical and system-node-critical; no such class can exist, so every pod of the workload is rejected. Use one of those two or a class of your own without the prefix.'
    },
    rationale: "A pod's `priorityClassName` is resolved at admission: the Priority admission plugin looks the class up and rejects the pod when it does not exist. For a Deployment, StatefulSet, Job or CronJob the API server still accepts the workload, so the mistake shows up only as FailedCreate events on the ReplicaSet or Job while no pod ever starts, and a rollout of an existing workload stalls. Every cluster has the built-in `system-cluster-critical` and `system-node-critical` classes; any other name must be defined by a PriorityClass object, and the `system-` prefix is reserved for the built-in ones. Pod templates of every workload kind are checked (CronJob job templates and bare Pods included).",
    remediation: "Create the PriorityClass (cluster-scoped: `apiVersion: scheduling.k8s.io/v1`, `kind: PriorityClass`, a `value`), or correct `priorityClassName` to an existing class. If the class is managed outside this set (by the platform team, an operator), list it in the `knownClasses` option, or lint the set together with its definition.",
    defaultOptions: { knownClasses: [] },
    optionsSchema: {
      type: "object",
      properties: {
        knownClasses: {
          type: "array",
          items: { type: "string" },
          description: "PriorityClasses the cluster defines outside the linted set (for example by the platform team); pods may name them."
        }
      },
      additionalProperties: !1
    },
    examples: {
      incorrect: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: business-critical
value: 100000
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  selector:
    matchLabels: {app: checkout}
  template:
    metadata:
      labels: {app: checkout}
    spec:
      priorityClassName: buisness-critical
      containers: [{name: app, image: checkout:1.0}]
`,
      correct: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: business-critical
value: 100000
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  selector:
    matchLabels: {app: checkout}
  template:
    metadata:
      labels: {app: checkout}
    spec:
      priorityClassName: business-critical
      containers: [{name: app, image: checkout:1.0}]
`
    },
    peers: "kube-linter priority-class-name is a different check: it allows only a configured list of class names (by default the two system classes) and does not look for PriorityClass objects. kube-score, Polaris and the Kyverno policies have no check that the class exists."
  },
  create(context) {
    let definedNames, visit = (manifest, options) => {
      let workload = context.set.workload(manifest), priorityClass = workload?.podSpec?.priorityClassName;
      if (!workload?.ownsTemplate || typeof priorityClass != "string" || priorityClass === "" || SYSTEM_PRIORITY_CLASSES.has(priorityClass) || options.knownClasses.includes(priorityClass) || context.set.get(PRIORITY_CLASS_KIND, "", priorityClass))
        return;
      let path2 = [...workload.podSpecPath, "priorityClassName"], data = { kind: manifest.kind, name: manifest.name, priorityClass };
      if (priorityClass.startsWith(SYSTEM_PRIORITY_PREFIX)) {
        context.report({ manifest, path: path2, messageId: "reserved", data });
        return;
      }
      definedNames ??= context.set.byKind(PRIORITY_CLASS_KIND).map((candidate) => candidate.name);
      let candidates = [...definedNames, ...options.knownClasses], closest = closestName(priorityClass, candidates), defined = closest ? context.set.get(PRIORITY_CLASS_KIND, "", closest) : void 0;
      context.report({
        manifest,
        path: path2,
        messageId: "missing",
        data: { ...data, suggestion: closest ? ` (did you mean "${closest}"?)` : "" },
        ...defined ? {
          related: [
            {
              manifest: defined,
              path: ["metadata", "name"],
              message: `PriorityClass "${closest}" is defined here.`
            }
          ]
        } : {}
      });
    }, visitors = {};
    for (let kind of WORKLOAD_KINDS)
      visitors[kind] = visit;
    return visitors;
  }
};

// src/source/scalar-offsets.ts
function locateInScalar(scalar, value, from, to) {
  let offsets = alignScalar(scalar.file.text.slice(scalar.start, scalar.end), value);
  if (!offsets)
    return;
  let mapped = (index) => {
    let offset = offsets[index];
    return offset === void 0 || offset < 0 ? void 0 : scalar.start + offset;
  }, start = Math.max(0, Math.min(from, value.length)), end = Math.max(start, Math.min(to, value.length)), first, last;
  for (let index = start; index < end; index++)
    mapped(index) !== void 0 && (first ??= index, last = index);
  if (first !== void 0 && last !== void 0)
    return range(scalar, mapped(first) ?? 0, (mapped(last) ?? 0) + 1);
  for (let index = start; index < value.length; index++) {
    let offset = mapped(index);
    if (offset !== void 0)
      return range(scalar, offset, offset + 1);
  }
  for (let index = start - 1; index >= 0; index--) {
    let offset = mapped(index);
    if (offset !== void 0)
      return range(scalar, offset + 1, offset + 2);
  }
}
function range(scalar, start, end) {
  return { file: scalar.file, start, end };
}
var BLANK = /[ \t\r\n]/, BLANK_ESCAPES = { n: `
`, t: "	", " ": " ", "	": "	" };
function alignScalar(source, value) {
  let style = source[0], position = 0;
  if (style === "|" || style === ">") {
    let lineEnd = source.indexOf(`
`);
    if (lineEnd === -1)
      return value.trim() === "" ? value.split("").map(() => -1) : void 0;
    position = lineEnd + 1;
  } else (style === '"' || style === "'") && (position = 1);
  let doubleQuoted = style === '"', singleQuoted = style === "'", offsets = [];
  for (let char of value) {
    if (BLANK.test(char)) {
      doubleQuoted && source[position] === "\\" && BLANK_ESCAPES[source[position + 1] ?? ""] === char ? position += 2 : source[position] === char && (position += 1), offsets.push(-1);
      continue;
    }
    let found = -1;
    for (; position < source.length; ) {
      let current = source[position];
      if (current === char && !(singleQuoted && char === "'" && source[position + 1] !== "'")) {
        found = position, position += singleQuoted && char === "'" ? 2 : 1;
        break;
      }
      if (current !== void 0 && BLANK.test(current))
        position += 1;
      else if (doubleQuoted && current === "\\" && (source[position + 1] === char || source[position + 1] === `
` || source[position + 1] === "\r"))
        position += 1;
      else if (doubleQuoted && current === "\\" && BLANK_ESCAPES[source[position + 1] ?? ""])
        position += 2;
      else
        return;
    }
    if (found === -1)
      return;
    offsets.push(found);
  }
  return offsets;
}

// src/k8s/alert-templates.ts
var PREDEFINED = /* @__PURE__ */ new Set(["labels", "externalLabels", "externalURL", "value"]);
function checkAlertTemplate(text) {
  let actions = [], index = 0;
  for (; (index = text.indexOf("{{", index)) !== -1; ) {
    let close = findClose(text, index + 2);
    if (close === -1)
      return {
        from: index,
        to: index + 2,
        message: "an action opened with a double brace is never closed (its closing double brace is missing)"
      };
    actions.push({ from: index, body: text.slice(index + 2, close), bodyFrom: index + 2 }), index = close + 2;
  }
  let declared = new Set(PREDEFINED);
  for (let action of actions)
    for (let match of blankStrings(action.body).matchAll(/\$(\w+)\s*(?:,\s*\$(\w+)\s*)?:?=/g))
      declared.add(match[1] ?? ""), match[2] && declared.add(match[2]);
  for (let action of actions)
    for (let match of blankStrings(action.body).matchAll(/\$(\w+)/g)) {
      let name = match[1] ?? "";
      if (!declared.has(name)) {
        let from = action.bodyFrom + (match.index ?? 0);
        return {
          from,
          to: from + name.length + 1,
          message: `$${name} is not defined (Prometheus provides $labels, $value, $externalLabels and $externalURL)`
        };
      }
    }
}
function findClose(text, from) {
  for (let index = from; index < text.length; index++) {
    let char = text[index];
    if (char === '"' || char === "`") {
      let end = char === "`" ? text.indexOf("`", index + 1) : stringEnd(text, index);
      if (end === -1)
        return -1;
      index = end;
    } else if (char === "}" && text[index + 1] === "}")
      return index;
  }
  return -1;
}
function stringEnd(text, start) {
  for (let index = start + 1; index < text.length; index++)
    if (text[index] === "\\")
      index++;
    else {
      if (text[index] === '"')
        return index;
      if (text[index] === `
`)
        return -1;
    }
  return -1;
}
function blankStrings(body) {
  return body.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, (literal) => " ".repeat(literal.length));
}

// src/k8s/monitoring.ts
var SERVICE_MONITOR_KIND = "ServiceMonitor", POD_MONITOR_KIND = "PodMonitor", PROMETHEUS_RULE_KIND = "PrometheusRule", MONITORING_GROUP = "monitoring.coreos.com";
function isMonitoringObject(manifest) {
  return manifest.group === MONITORING_GROUP;
}
function readMonitorNamespaces(monitor) {
  let written = monitor.get(["spec", "namespaceSelector"]);
  if (written == null)
    return { any: !1, names: [monitor.namespace] };
  let selector = asObject(written);
  if (!selector)
    return;
  if (selector.any === !0)
    return { any: !0 };
  if (selector.matchNames !== void 0 && !Array.isArray(selector.matchNames))
    return;
  let names2 = asArray(selector.matchNames).filter(
    (name) => typeof name == "string" && name !== ""
  );
  return { any: !1, names: names2.length > 0 ? names2 : [monitor.namespace] };
}
function readMonitorSelector(monitor) {
  let written = monitor.get(["spec", "selector"]);
  return parseLabelSelector(written ?? {});
}
function describeMonitorNamespaces(namespaces) {
  if (namespaces.any)
    return "any namespace";
  let quoted = namespaces.names.map((name) => `"${name}"`);
  return quoted.length === 1 ? `namespace ${quoted[0] ?? ""}` : `namespaces ${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1] ?? ""}`;
}

// src/k8s/promql.ts
var parser, re2;
async function loadPromQL() {
  parser ??= (await import("./index.es-RZ6FCXQJ.js")).parser, re2 ??= (await import("./build-QNF5ZZBA.js")).RE2JS;
}
var TYPE_NAMES2 = {
  scalar: "a scalar",
  vector: "an instant vector",
  matrix: "a range vector",
  string: "a string"
}, RENAMED_FUNCTIONS = {
  holt_winters: "Prometheus 3 renamed it double_exponential_smoothing (an experimental function)"
}, S = "scalar", V = "vector", M = "matrix", STR = "string";
function signatures(names2, args, returns = V, variadic = 0) {
  return names2.split(" ").map((name) => [name, { args, variadic, returns }]);
}
var FUNCTIONS = new Map([
  ...signatures(
    "abs absent acos acosh asin asinh atan atanh ceil cos cosh deg exp floor histogram_avg histogram_count histogram_sum histogram_stddev histogram_stdvar ln log10 log2 rad sgn sin sinh sort sort_desc sqrt tan tanh timestamp",
    [V]
  ),
  ...signatures(
    "absent_over_time avg_over_time changes count_over_time delta deriv first_over_time idelta increase irate last_over_time mad_over_time max_over_time min_over_time present_over_time rate resets stddev_over_time stdvar_over_time sum_over_time ts_of_first_over_time ts_of_max_over_time ts_of_min_over_time ts_of_last_over_time",
    [M]
  ),
  ...signatures(
    "day_of_month day_of_week day_of_year days_in_month hour minute month year",
    [V],
    V,
    1
  ),
  ...signatures("clamp", [V, S, S]),
  ...signatures("clamp_max clamp_min", [V, S]),
  ...signatures("round", [V, S], V, 1),
  ...signatures("histogram_fraction", [S, S, V]),
  ...signatures("histogram_quantile", [S, V]),
  ...signatures("histogram_quantiles", [V, STR, S, S], V, 9),
  ...signatures("double_exponential_smoothing", [M, S, S]),
  ...signatures("predict_linear", [M, S]),
  ...signatures("quantile_over_time", [S, M]),
  ...signatures("info", [V, V], V, 1),
  ...signatures("label_replace", [V, STR, STR, STR, STR]),
  ...signatures("label_join", [V, STR, STR, STR], V, -1),
  ...signatures("sort_by_label sort_by_label_desc", [V, STR], V, -1),
  ...signatures("scalar", [V], S),
  ...signatures("vector", [S]),
  ...signatures("pi time start end range step", [], S)
]), AGGREGATION_PARAMETERS = {
  topk: S,
  bottomk: S,
  limitk: S,
  limit_ratio: S,
  quantile: S,
  count_values: STR
}, COMPARISONS = /* @__PURE__ */ new Set(["Eql", "Neq", "Gtr", "Lss", "Gte", "Lte", "TrimUpper", "TrimLower"]), SET_OPERATORS = /* @__PURE__ */ new Set(["And", "Or", "Unless"]), OPERATOR_NODES = /* @__PURE__ */ new Set([
  "Pow",
  "Mul",
  "Div",
  "Mod",
  "Atan2",
  "Add",
  "Sub",
  ...COMPARISONS,
  ...SET_OPERATORS
]), SIMPLE_ESCAPES = /* @__PURE__ */ new Set(["a", "b", "f", "n", "r", "t", "v", "\\"]);
function checkPromQL(expr, asRule = !0) {
  if (expr.trim() === "")
    return { from: 0, to: 0, message: "the expression is empty" };
  if (!parser)
    throw new Error("checkPromQL: the grammar is not loaded; await loadPromQL() first");
  let tree = parser.parse(lezerCompatible(expr)), syntax = stringProblem(tree, expr) ?? syntaxProblem(tree, expr);
  if (syntax)
    return syntax;
  let checker = new TypeChecker(expr), root = tree.topNode.firstChild, type = root ? checker.typeOf(root) : void 0;
  if (checker.problem)
    return checker.problem;
  if (asRule && root && (type === "matrix" || type === "string"))
    return {
      from: root.from,
      to: root.to,
      message: `a rule's expression must return an instant vector or a scalar, but this one returns ${TYPE_NAMES2[type]}`
    };
}
function lezerCompatible(expr) {
  return expr.replace(/(?<![\w.])(\d+)\.(?![\w.])/g, "$1 ").replace(
    /(?<![\w:])(?:offset|on|ignoring|group_left|group_right)(?=\s*\{)/g,
    (word) => `_${word.slice(1)}`
  );
}
function stringProblem(tree, expr) {
  let problem;
  return tree.iterate({
    enter(node) {
      if (problem)
        return !1;
      if (node.name !== "StringLiteral")
        return;
      let text = expr.slice(node.from, node.to), quote = text[0] ?? "";
      if (text.length < 2 || !text.endsWith(quote) || quote !== "`" && endsEscaped(text))
        return problem = {
          from: node.from,
          to: node.from + 1,
          message: "this string is never closed (its closing quote is missing)"
        }, !1;
      if (quote === "`")
        return !1;
      let escape = invalidEscape(text.slice(1, -1), quote);
      return escape !== void 0 && (problem = {
        from: node.from + 1 + escape,
        to: node.from + 3 + escape,
        message: `"${text.slice(1 + escape, 3 + escape)}" is not an escape sequence in a PromQL string (write "\\\\" for a backslash, or use a \`backtick\` string for regular expressions)`
      }), !1;
    }
  }), problem;
}
function endsEscaped(text) {
  let backslashes = 0;
  for (let index = text.length - 2; index > 0 && text[index] === "\\"; index--)
    backslashes++;
  return backslashes % 2 === 1;
}
function invalidEscape(body, quote) {
  for (let index = 0; index < body.length; index++) {
    if (body[index] !== "\\")
      continue;
    let next = body[index + 1] ?? "", rest = body.slice(index + 1);
    if (!(SIMPLE_ESCAPES.has(next) || next === quote || /^[0-7]{3}/.test(rest) || /^x[0-9a-fA-F]{2}/.test(rest) || /^u[0-9a-fA-F]{4}/.test(rest) || /^U[0-9a-fA-F]{8}/.test(rest)))
      return index;
    index++;
  }
}
function syntaxProblem(tree, expr) {
  let error;
  if (tree.iterate({
    enter(node) {
      if (error)
        return !1;
      if (node.type.isError)
        return error = { from: node.from, to: node.to }, !1;
    }
  }), !error)
    return;
  let contentEnd = expr.replace(/(?:\s|#[^\n]*)+$/, "").length;
  if (error.from >= contentEnd) {
    let unclosed = unclosedBracket(expr);
    return unclosed ? {
      from: unclosed.offset,
      to: unclosed.offset + 1,
      message: `"${unclosed.bracket}" is never closed`
    } : {
      from: contentEnd,
      to: contentEnd,
      message: "the expression ends where more is expected"
    };
  }
  let start = firstNonBlank(expr, error.from), token = tokenAt(expr, start);
  if (token === "(") {
    let before = /([A-Za-z_:][\w:]*)\s*$/.exec(expr.slice(0, start));
    if (before?.[1] && !/^(?:by|without|on|ignoring|group_left|group_right|bool)$/i.test(before[1])) {
      let name = before[1], from = start - (expr.slice(0, start).length - (before.index ?? 0));
      return {
        from,
        to: from + name.length,
        message: `"${name}" is not a PromQL function${RENAMED_FUNCTIONS[name] ? ` (${RENAMED_FUNCTIONS[name]})` : ""}`
      };
    }
  }
  if (token === ")" || token === "]" || token === "}") {
    let open = unclosedBracket(expr.slice(0, start)), expected = open && CLOSING[open.bracket];
    if (expected && expected !== token)
      return {
        from: start,
        to: start + 1,
        message: `unexpected "${token}": "${open.bracket}" is still open, so "${expected}" is missing before it`
      };
  }
  return { from: start, to: start + token.length, message: `unexpected "${token}"` };
}
var CLOSING = { "(": ")", "[": "]", "{": "}" };
function firstNonBlank(text, from) {
  let index = from;
  for (; index < text.length && /\s/.test(text[index] ?? ""); )
    index++;
  return index;
}
function tokenAt(text, offset) {
  let rest = text.slice(offset);
  return /^(?:[A-Za-z_:][\w:]*|\d[\w.]*|[=!<>]=|=~|!~|\S)/.exec(rest)?.[0] ?? rest.slice(0, 1);
}
function unclosedBracket(text) {
  let open = [], closing = { ")": "(", "]": "[", "}": "{" };
  for (let index = 0; index < text.length; index++) {
    let char = text[index] ?? "";
    if (char === '"' || char === "'" || char === "`") {
      let end = char === "`" ? text.indexOf("`", index + 1) : closingQuote(text, index);
      if (end === -1)
        return;
      index = end;
    } else if (char === "#") {
      let end = text.indexOf(`
`, index);
      index = end === -1 ? text.length : end;
    } else if (char === "(" || char === "[" || char === "{")
      open.push({ bracket: char, offset: index });
    else if (char in closing) {
      if (open.at(-1)?.bracket !== closing[char])
        return;
      open.pop();
    }
  }
  return open.at(-1);
}
function closingQuote(text, start) {
  let quote = text[start];
  for (let index = start + 1; index < text.length; index++)
    if (text[index] === "\\")
      index++;
    else {
      if (text[index] === quote)
        return index;
      if (text[index] === `
`)
        return -1;
    }
  return -1;
}
var POSTFIX_NODES = {
  OffsetExpr: "offset",
  StepInvariantExpr: "at",
  MatrixSelector: "range",
  SubqueryExpr: "subquery",
  AnchoredExpr: "anchored",
  SmoothedExpr: "smoothed"
}, BINARY_LEVELS = {
  Or: 1,
  And: 2,
  Unless: 2,
  Eql: 3,
  Neq: 3,
  Gtr: 3,
  Lss: 3,
  Gte: 3,
  Lte: 3,
  TrimUpper: 3,
  TrimLower: 3,
  Add: 4,
  Sub: 4,
  Mul: 5,
  Div: 5,
  Mod: 5,
  Atan2: 5,
  Pow: 6
}, UNARY_OPERAND_POWER = 11, OFFSET_POWER = 14, POSTFIX_POWER = 16, TypeChecker = class {
  constructor(expr) {
    this.expr = expr;
  }
  expr;
  problem;
  typeOf(node) {
    return this.problem ? void 0 : this.check(this.group(node)).type;
  }
  /** Flattens a chain of operators and operands in source order, then groups it as Prometheus does. */
  group(node) {
    let items = [];
    this.flatten(node, items);
    let position = 0, parse = (minimum) => {
      let left = prefix();
      for (; ; ) {
        let item = items[position];
        if (!item)
          return left;
        if (item.kind === "postfix") {
          if ((item.modifier === "offset" ? OFFSET_POWER : POSTFIX_POWER) < minimum)
            return left;
          position++, left = {
            kind: "postfix",
            modifier: item.modifier,
            token: item,
            operand: left,
            from: left.from,
            to: item.to
          };
        } else if (item.kind === "binary") {
          let level = BINARY_LEVELS[item.operator.name] ?? 0;
          if (2 * level < minimum)
            return left;
          position++;
          let right = parse(item.operator.name === "Pow" ? 2 * level : 2 * level + 1);
          left = {
            kind: "binary",
            operator: item.operator,
            modifiers: item.modifiers,
            left,
            right,
            from: left.from,
            to: right.to
          };
        } else
          return left;
      }
    }, prefix = () => {
      let item = items[position++];
      if (item?.kind === "prefix") {
        let operand = parse(UNARY_OPERAND_POWER);
        return { kind: "unary", operand, from: item.from, to: operand.to };
      }
      if (item?.kind === "operand")
        return item.operand;
      throw new Error(`PromQL chain out of order at ${item ? item.kind : "its end"}`);
    };
    return parse(0);
  }
  flatten(node, items) {
    let postfix = POSTFIX_NODES[node.name];
    if (postfix) {
      let [inner] = this.expressions(node);
      if (!inner)
        throw new Error(`PromQL ${node.name} without an expression`);
      this.flatten(inner, items);
      let keyword = inner.nextSibling, from = postfix === "range" || postfix === "subquery" ? firstNonBlank(this.expr, inner.to) : keyword?.from ?? inner.to;
      items.push({ kind: "postfix", modifier: postfix, from, to: node.to });
      return;
    }
    switch (node.name) {
      case "BinaryExpr": {
        let [left, right] = this.expressions(node), operator = children(node).find((child) => OPERATOR_NODES.has(child.name));
        if (!left || !right || !operator)
          throw new Error("PromQL BinaryExpr without operands or operator");
        this.flatten(left, items), items.push({
          kind: "binary",
          operator,
          modifiers: children(node).filter(
            (child) => child.from >= operator.to && child.to <= right.from
          )
        }), this.flatten(right, items);
        return;
      }
      case "UnaryExpr": {
        let [inner] = this.expressions(node);
        if (!inner)
          throw new Error("PromQL UnaryExpr without an expression");
        items.push({ kind: "prefix", from: node.from }), this.flatten(inner, items);
        return;
      }
      case "NumberDurationLiteral": {
        let signed = /^[-+]/.test(this.text(node));
        signed && items.push({ kind: "prefix", from: node.from });
        let from = signed ? firstNonBlank(this.expr, node.from + 1) : node.from;
        items.push({ kind: "operand", operand: { kind: "number", from, to: node.to } });
        return;
      }
      default:
        items.push({
          kind: "operand",
          operand: { kind: "atom", node, from: node.from, to: node.to }
        });
    }
  }
  check(grouped) {
    if (this.problem)
      return { type: void 0 };
    switch (grouped.kind) {
      case "number":
        return { type: "scalar" };
      case "atom":
        return this.atom(grouped.node);
      case "unary":
        return { type: this.unary(grouped) };
      case "binary":
        return { type: this.binary(grouped) };
      case "postfix":
        return this.postfix(grouped);
    }
  }
  atom(node) {
    switch (node.name) {
      case "StringLiteral":
        return { type: "string" };
      case "VectorSelector":
        return this.checkSelector(node), { type: "vector", selector: { kind: "vector", offset: !1, at: !1 } };
      case "ParenExpr":
        return { type: this.inner(node) };
      case "FunctionCall":
        return { type: this.functionCall(node) };
      case "AggregateExpr":
        return { type: this.aggregation(node) };
      default:
        return { type: void 0 };
    }
  }
  postfix(grouped) {
    let { operand, token } = grouped, inner = this.check(operand);
    if (this.problem)
      return { type: void 0 };
    let selector = inner.selector;
    switch (grouped.modifier) {
      case "range":
        return selector?.kind !== "vector" ? this.failTyped(
          { from: operand.to, to: grouped.to },
          "a range [...] can only follow a series selector; for a range over an expression, use a subquery [range:resolution]"
        ) : selector.offset || selector.at ? this.failTyped(
          { from: operand.to, to: grouped.to },
          "a range [...] must come before offset and @, directly after the selector (foo[5m] offset 1h)"
        ) : { type: "matrix", selector: { kind: "matrix", offset: !1, at: !1 } };
      case "subquery":
        return inner.type !== void 0 && inner.type !== "vector" ? this.failTyped(
          { from: operand.to, to: grouped.to },
          `a subquery needs an instant vector, but its expression is ${TYPE_NAMES2[inner.type]}`
        ) : { type: "matrix", selector: { kind: "subquery", offset: !1, at: !1 } };
      case "offset":
      case "at": {
        let word = grouped.modifier === "offset" ? "offset" : "@", keyword = { from: token.from, to: token.from + (word === "offset" ? 6 : 1) };
        if (!selector)
          return this.failTyped(
            keyword,
            `${word} can only follow a series selector, a range or a subquery, not a computed expression (move it inside, onto the selector)`
          );
        let key = grouped.modifier;
        return selector[key] ? this.failTyped(keyword, `${word} may only be set once on a selector`) : { type: inner.type, selector: { ...selector, [key]: !0 } };
      }
      case "anchored":
      case "smoothed":
        return inner;
    }
  }
  failTyped(node, message) {
    return this.fail(node, message), { type: void 0 };
  }
  fail(node, message) {
    this.problem ??= { from: node.from, to: node.to, message };
  }
  text(node) {
    return this.expr.slice(node.from, node.to);
  }
  expressions(node) {
    return children(node).filter((child) => child.type.is("Expr"));
  }
  inner(node) {
    let inner = this.expressions(node)[0];
    return inner ? this.typeOf(inner) : void 0;
  }
  checkSelector(node) {
    let parts = children(node);
    for (let entry of children(parts.find((child) => child.name === "LabelMatchers") ?? node)) {
      let operator = entry.getChild("MatchOp")?.firstChild?.name, literal = entry.getChild("StringLiteral");
      if ((operator === "EqlRegex" || operator === "NeqRegex") && literal) {
        let error = regexError(unquote(this.text(literal)));
        if (error !== void 0) {
          this.fail(
            { from: literal.from + 1, to: Math.max(literal.from + 1, literal.to - 1) },
            `this regular expression is not valid in Prometheus, which reads matchers as Go RE2 syntax anchored at both ends: ${error}`
          );
          return;
        }
      }
    }
    if (parts.some((child) => child.name === "Identifier"))
      return;
    let matchers = parts.find((child) => child.name === "LabelMatchers"), entries = matchers ? children(matchers) : [];
    if (entries.some((entry) => entry.name === "QuotedLabelName"))
      return;
    let matchesEmpty = (entry) => {
      let operator = entry.getChild("MatchOp")?.firstChild?.name, literal = entry.getChild("StringLiteral"), value = literal ? unquote(this.text(literal)) : void 0;
      if (operator === void 0 || value === void 0)
        return !1;
      switch (operator) {
        case "EqlSingle":
          return value === "";
        case "Neq":
          return value !== "";
        case "EqlRegex":
          return regexMatchesEmpty(value) ?? !1;
        case "NeqRegex": {
          let matches = regexMatchesEmpty(value);
          return matches === void 0 ? !1 : !matches;
        }
        default:
          return !1;
      }
    };
    entries.every(matchesEmpty) && this.fail(
      node,
      "a selector needs a metric name or at least one label matcher that does not match the empty string (it would select every series)"
    );
  }
  unary(grouped) {
    let node = grouped, type = this.check(grouped.operand).type;
    return type === "matrix" || type === "string" ? this.fail(
      node,
      `a sign (+ or -) only applies to a scalar or an instant vector, not ${TYPE_NAMES2[type]}`
    ) : type;
  }
  functionCall(node) {
    let identifier = node.getChild("FunctionIdentifier"), body = node.getChild("FunctionCallBody");
    if (!identifier || !body)
      return;
    let name = this.text(identifier), signature = FUNCTIONS.get(name), args = this.expressions(body), types = args.map((arg) => this.typeOf(arg));
    if (!signature || this.problem)
      return signature?.returns;
    let required = signature.variadic === 0 ? signature.args.length : signature.args.length - 1, maximum = signature.variadic === 0 ? signature.args.length : signature.variadic < 0 ? 1 / 0 : required + signature.variadic;
    if (args.length < required || args.length > maximum) {
      let expected = required === maximum ? `${required} argument${required === 1 ? "" : "s"}` : maximum === 1 / 0 ? `at least ${required} arguments` : `${required} to ${maximum} arguments`;
      return this.fail(node, `${name}() takes ${expected}, not ${args.length}`);
    }
    return args.forEach((arg, index) => {
      let expected = signature.args[Math.min(index, signature.args.length - 1)], actual = types[index];
      expected && actual && expected !== actual && this.fail(
        arg,
        `argument ${index + 1} of ${name}() must be ${TYPE_NAMES2[expected]}, not ${TYPE_NAMES2[actual]}${hint(name, expected, actual)}`
      );
    }), signature.returns;
  }
  aggregation(node) {
    let operator = node.getChild("AggregateOp"), body = node.getChild("FunctionCallBody");
    if (!operator || !body)
      return;
    let name = this.text(operator).toLowerCase(), args = this.expressions(body), types = args.map((arg) => this.typeOf(arg));
    if (this.problem)
      return;
    let parameter = AGGREGATION_PARAMETERS[name], expected = parameter ? 2 : 1;
    if (args.length !== expected)
      return this.fail(
        node,
        parameter ? `${name}() takes ${TYPE_NAMES2[parameter]} parameter and an instant vector, not ${args.length} argument${args.length === 1 ? "" : "s"}` : `${name}() takes one instant vector, not ${args.length} arguments`
      );
    let vectorIndex = expected - 1;
    if (parameter) {
      let parameterType = types[0], arg = args[0];
      if (arg && parameterType && parameterType !== parameter)
        return this.fail(
          arg,
          `the parameter of ${name}() must be ${TYPE_NAMES2[parameter]}, not ${TYPE_NAMES2[parameterType]}`
        );
    }
    let vectorType = types[vectorIndex], vectorArg = args[vectorIndex];
    return vectorArg && vectorType && vectorType !== "vector" ? this.fail(
      vectorArg,
      `${name}() aggregates an instant vector, not ${TYPE_NAMES2[vectorType]}${vectorType === "matrix" ? " (wrap the range in a function such as rate() or avg_over_time())" : ""}`
    ) : "vector";
  }
  binary(grouped) {
    let { left, right, operator, modifiers } = grouped, leftType = this.check(left).type, rightType = this.check(right).type;
    if (this.problem)
      return;
    let symbol = this.text(operator), hasBool = modifiers.some((child) => child.name === "BoolModifier"), matching = modifiers.find((child) => child.name === "MatchingModifierClause"), comparison = COMPARISONS.has(operator.name), setOperator = SET_OPERATORS.has(operator.name);
    for (let [side, type] of [
      [left, leftType],
      [right, rightType]
    ])
      if (type === "matrix" || type === "string")
        return this.fail(
          side,
          `"${symbol}" works on scalars and instant vectors, not on ${TYPE_NAMES2[type]}${type === "matrix" ? " (wrap the range in a function such as rate())" : ""}`
        );
    if (hasBool && !comparison)
      return this.fail(operator, `bool only applies to comparisons, not to "${symbol}"`);
    if (leftType === "scalar" && rightType === "scalar" && comparison && !hasBool)
      return this.fail(
        operator,
        `a comparison between two scalars needs bool ("${symbol} bool"), which returns 0 or 1`
      );
    if (setOperator && (leftType === "scalar" || rightType === "scalar"))
      return this.fail(
        operator,
        `"${symbol}" combines two instant vectors; it cannot take a scalar`
      );
    if (matching) {
      let grouping = children(matching).find(
        (child) => child.name === "GroupLeft" || child.name === "GroupRight"
      ), onIgnoring = children(matching).find(
        (child) => child.name === "On" || child.name === "Ignoring"
      ), labels = matching.getChild("GroupingLabels");
      if ((leftType === "scalar" || rightType === "scalar") && labels && children(labels).length > 0)
        return this.fail(
          onIgnoring ?? matching,
          "on(...) and ignoring(...) match the labels of two instant vectors; one side here is a scalar"
        );
      if (setOperator && grouping)
        return this.fail(
          grouping,
          `"${symbol}" already matches many-to-many; ${this.text(grouping)} is not allowed with it`
        );
    }
    return leftType === "scalar" && rightType === "scalar" ? "scalar" : leftType && rightType ? "vector" : void 0;
  }
};
function children(node) {
  let result = [];
  for (let child = node.firstChild; child; child = child.nextSibling)
    result.push(child);
  return result;
}
function hint(name, expected, actual) {
  return expected === "matrix" && actual === "vector" ? ` (add a range: ${name}(metric[5m]))` : expected === "vector" && actual === "matrix" ? ` (a range [...] belongs inside a function such as rate(), not in ${name}())` : expected === "scalar" && actual === "vector" ? " (scalar(...) turns a one-element vector into a scalar)" : "";
}
function unquote(text) {
  let body = text.slice(1, -1);
  if (text.startsWith("`"))
    return body;
  let simple = {
    a: "\x07",
    b: "\b",
    f: "\f",
    n: `
`,
    r: "\r",
    t: "	",
    v: "\v"
  };
  return body.replace(
    /\\(?:([0-7]{3})|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs,
    (_, octal, hex, u4, u8, char) => {
      let code = octal ? parseInt(octal, 8) : parseInt(hex ?? u4 ?? u8 ?? "", 16);
      return Number.isNaN(code) ? simple[char ?? ""] ?? char ?? "" : String.fromCodePoint(code);
    }
  );
}
function compileMatcherRegex(pattern) {
  if (!re2)
    throw new Error("checkPromQL: RE2 is not loaded; await loadPromQL() first");
  return re2.compile(`^(?s:${pattern})$`);
}
function regexError(pattern) {
  try {
    compileMatcherRegex(pattern);
    return;
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "RE2JSSyntaxException")
      throw error;
    let syntax = error, description = typeof syntax.error == "string" ? syntax.error : error.message.replace(/^error parsing regexp: /, ""), fragment = typeof syntax.input == "string" && !syntax.input.startsWith("^(?s:") ? syntax.input : "";
    return fragment ? `${description} at "${fragment}"` : description;
  }
}
function regexMatchesEmpty(pattern) {
  try {
    return compileMatcherRegex(pattern).matches("");
  } catch {
    return;
  }
}

// src/lint/rules/prometheus-rule-invalid.ts
var REJECTED = "prometheus-operator rejects the whole PrometheusRule (its admission webhook refuses it, and the operator leaves it out of the rule files it gives Prometheus) and none of its rules run", ALERT_ONLY_FIELDS = ["for", "keep_firing_for", "annotations"];
function nonEmptyString(value) {
  return typeof value == "string" && value !== "";
}
var prometheus_rule_invalid_default = {
  id: "prometheus-rule-invalid",
  meta: {
    description: "Require every rule of a PrometheusRule to load in Prometheus: valid PromQL, durations, alert or record, and named, distinct groups",
    severity: "error",
    category: "references",
    kinds: [PROMETHEUS_RULE_KIND],
    scope: "object",
    messages: {
      exprInvalid: "{{subject}} has an expr that is not valid PromQL: {{detail}}; " + REJECTED + ". Fix the expression.",
      exprMissing: "{{subject}} has no expr; " + REJECTED + ". Add the PromQL expression the rule evaluates.",
      durationInvalid: "{{subject}} has {{field}} {{value}}, which is not a Prometheus duration (whole numbers with units from the largest to the smallest: 30s, 5m, 1h30m, 1d); the PrometheusRule CRD allows only durations there, so the API server rejects the object, and Prometheus could not load the rule either. Write it as a duration{{suggestion}}.",
      neitherAlertNorRecord: "{{subject}} has neither alert nor record; every rule is exactly one of the two, so " + REJECTED + ". Add alert: <AlertName> for an alerting rule, or record: <metric:name> for a recording rule.",
      bothAlertAndRecord: "{{subject}} sets both alert and record; a rule is either an alerting or a recording rule, so " + REJECTED + ". Split it into two rules, or remove one of the fields.",
      recordingRuleField: 'Recording rule "{{record}}" in group "{{group}}" sets {{field}}, which only alerting rules have; ' + REJECTED + ". Remove {{field}}, or make the rule an alert.",
      templateInvalid: "{{subject}} has a template error in {{field}}: {{detail}}; Prometheus checks the templates when it loads the rule, so " + REJECTED + ". Fix the template (the variables are $labels, $value, $externalLabels and $externalURL).",
      groupNameMissing: 'The group at spec.groups[{{index}}] of PrometheusRule "{{name}}" has no name; every rule group needs one, so ' + REJECTED + ". Give the group a name.",
      groupNameDuplicate: 'PrometheusRule "{{name}}" has two groups named "{{group}}"; group names must be unique within a rule file ("groupname is repeated in the same file"), so ' + REJECTED + ". Rename one group or merge them."
    },
    rationale: "prometheus-operator loads every PrometheusRule through Prometheus' own rule-file validation: each expression is parsed as PromQL (syntax, function and operator types, where offset and @ may stand, label matcher regexes), `for`, `keep_firing_for` and the group `interval` and `query_offset` must be Prometheus durations, every rule is exactly one of an alerting (`alert`) or a recording (`record`) rule, recording rules have no `for`, `keep_firing_for` or annotations, alert templates must parse, and groups need distinct names. One mistake and the operator rejects the whole object (the admission webhook, when installed, refuses it at apply time; otherwise the operator skips it and only logs a warning), so every alert in it is silently missing, including the alerts that should page when autoscaling stops working. A bad duration is already refused by the API server (the CRD's pattern); this rule reports it, once, and schema-invalid leaves those four fields to it.\n\nHow expressions are checked: the syntax with Prometheus' lezer grammar (`@prometheus-io/lezer-promql`, Prometheus 3), then the checks of Prometheus' parser on the expression grouped as that parser groups it: `offset`, `@`, ranges and subqueries bind tighter than every operator (`a - a offset 10m >= 1` is `(a - (a offset 10m)) >= 1`), a sign binds like `*` and looser than `^`, `^` is right-associative, then `* / % atan2`, `+ -`, comparisons (scalar to scalar only with `bool`), `and`/`unless`, `or`. `offset` and `@` may only follow a selector, a range or a subquery, once each. Matcher regexes (`=~`, `!~`) are compiled as Prometheus compiles them, as Go RE2 anchored at both ends (with `re2js`), so lookaround and backreferences are errors. Experimental functions, duration arithmetic and `anchored`/`smoothed` are accepted (they need a feature flag that the rule cannot see). Not checked: the values of literals (a zero or overflowing range or offset, an @ timestamp out of range, duration division by zero), a label in both on() and group_left()/group_right(), a metric name set twice, the label selectors of info(). The test suite runs every expression of Prometheus' own parser tests and the rules of awesome-prometheus-alerts and kube-prometheus.",
    remediation: "Fix the field the finding points at; `promtool check rules` on the `spec` (as a rule file) is the reference for what Prometheus accepts. For PromQL: ranges go inside functions (`rate(x[5m])`), `offset` goes on the selector, `by`/`without` on the aggregation, regular expressions in backticks or with `\\\\` for each backslash.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: web
spec:
  groups:
    - name: web.rules
      rules:
        - alert: WebErrorRate
          expr: sum(rate(http_requests_total{code=~"5.."}[5m]) / sum(rate(http_requests_total[5m])) > 0.05
          for: 10 minutes
`,
      correct: `apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: web
spec:
  groups:
    - name: web.rules
      rules:
        - alert: WebErrorRate
          expr: sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
          for: 10m
`
    },
    peers: "None of kube-linter, kube-score, Polaris or the Kyverno policies check PrometheusRules; the reference is promtool check rules and prometheus-operator's admission webhook, which run the same validation."
  },
  async prepare(manifests) {
    manifests.some((manifest) => manifest.kind === PROMETHEUS_RULE_KIND) && await loadPromQL();
  },
  create(context) {
    let report = (descriptor) => context.report(descriptor), reportInside = (manifest, path2, value, problem, descriptor) => {
      let scalar = manifest.locate(path2, "value"), range2 = scalar && !scalar.approximate ? locateInScalar(scalar, value, problem.from, problem.to) : void 0;
      report({ manifest, path: path2, ...descriptor, ...range2 ? { range: range2 } : {} });
    }, checkRule = (manifest, rule, rulePath, group2, index) => {
      let alert = nonEmptyString(rule.alert) ? rule.alert : void 0, record = nonEmptyString(rule.record) ? rule.record : void 0, subject = alert ? `Alert "${alert}" in group "${group2}"` : record ? `Recording rule "${record}" in group "${group2}"` : `The rule at rules[${index}] of group "${group2}"`;
      alert && record ? report({
        manifest,
        path: [...rulePath, "record"],
        target: "key",
        messageId: "bothAlertAndRecord",
        data: { subject }
      }) : !alert && !record && report({
        manifest,
        path: [...rulePath, "alert"],
        target: "key",
        messageId: "neitherAlertNorRecord",
        data: { subject }
      });
      let exprPath = [...rulePath, "expr"], expr = typeof rule.expr == "number" ? String(rule.expr) : rule.expr;
      if (expr == null || expr === "")
        report({
          manifest,
          path: exprPath,
          target: "key",
          messageId: "exprMissing",
          data: { subject }
        });
      else if (typeof expr == "string") {
        let problem = checkPromQL(expr);
        problem && reportInside(manifest, exprPath, expr, problem, {
          messageId: "exprInvalid",
          data: { subject, detail: problem.message }
        });
      }
      for (let field of ["for", "keep_firing_for"]) {
        let value = rule[field];
        value == null || parsePrometheusDuration(value) !== void 0 || report({
          manifest,
          path: [...rulePath, field],
          messageId: "durationInvalid",
          data: {
            subject,
            field,
            value: JSON.stringify(value),
            suggestion: durationSuggestion(value)
          }
        });
      }
      if (record && !alert)
        for (let field of ALERT_ONLY_FIELDS) {
          let value = rule[field];
          (field === "annotations" ? Object.keys(asObject(value) ?? {}).length > 0 : value != null && parsePrometheusDuration(value) !== 0) && report({
            manifest,
            path: [...rulePath, field],
            target: "key",
            messageId: "recordingRuleField",
            data: { record, group: group2, field }
          });
        }
      if (alert)
        for (let field of ["labels", "annotations"])
          for (let [key, text] of Object.entries(asObject(rule[field]) ?? {})) {
            if (typeof text != "string")
              continue;
            let problem = checkAlertTemplate(text);
            problem && reportInside(manifest, [...rulePath, field, key], text, problem, {
              messageId: "templateInvalid",
              data: { subject, field: `${field}.${key}`, detail: problem.message }
            });
          }
    };
    return {
      [PROMETHEUS_RULE_KIND](manifest) {
        if (!isMonitoringObject(manifest))
          return;
        let firstByName = /* @__PURE__ */ new Map();
        asArray(manifest.get(["spec", "groups"])).forEach((entry, groupIndex) => {
          let group2 = asObject(entry);
          if (!group2)
            return;
          let groupPath = ["spec", "groups", groupIndex], name = nonEmptyString(group2.name) ? group2.name : void 0;
          if (name === void 0)
            (group2.name === void 0 || group2.name === null || group2.name === "") && report({
              manifest,
              path: [...groupPath, "name"],
              target: "key",
              messageId: "groupNameMissing",
              data: { index: groupIndex, name: manifest.name }
            });
          else {
            let first = firstByName.get(name);
            first === void 0 ? firstByName.set(name, groupIndex) : report({
              manifest,
              path: [...groupPath, "name"],
              messageId: "groupNameDuplicate",
              data: { name: manifest.name, group: name },
              related: [
                {
                  manifest,
                  path: ["spec", "groups", first, "name"],
                  message: `The first group named "${name}".`
                }
              ]
            });
          }
          for (let field of ["interval", "query_offset"]) {
            let value = group2[field];
            value != null && parsePrometheusDuration(value) === void 0 && report({
              manifest,
              path: [...groupPath, field],
              messageId: "durationInvalid",
              data: {
                subject: name ? `Group "${name}" of PrometheusRule "${manifest.name}"` : `The group at spec.groups[${groupIndex}] of PrometheusRule "${manifest.name}"`,
                field,
                value: JSON.stringify(value),
                suggestion: durationSuggestion(value)
              }
            });
          }
          asArray(group2.rules).forEach((ruleEntry, ruleIndex) => {
            let rule = asObject(ruleEntry);
            rule && checkRule(
              manifest,
              rule,
              [...groupPath, "rules", ruleIndex],
              name ?? `spec.groups[${groupIndex}]`,
              ruleIndex
            );
          });
        });
      }
    };
  }
}, UNIT_WORDS = {
  ms: "ms",
  millisecond: "ms",
  milliseconds: "ms",
  s: "s",
  sec: "s",
  secs: "s",
  second: "s",
  seconds: "s",
  m: "m",
  min: "m",
  mins: "m",
  minute: "m",
  minutes: "m",
  h: "h",
  hr: "h",
  hrs: "h",
  hour: "h",
  hours: "h",
  d: "d",
  day: "d",
  days: "d",
  w: "w",
  week: "w",
  weeks: "w"
};
function durationSuggestion(value) {
  if (typeof value == "number")
    return ` (a string with a unit, such as "${value}s" for ${value} seconds; the field is not a number)`;
  if (typeof value != "string")
    return "";
  let words = /^\s*(\d+)\s*([a-zA-Z]+)\s*$/.exec(value), unit = words?.[2] ? UNIT_WORDS[words[2].toLowerCase()] : void 0;
  return words?.[1] && unit ? ` such as "${words[1]}${unit}"` : /^\d+$/.test(value.trim()) ? ` (a bare number has no unit: "${value.trim()}s" for seconds)` : "";
}

// src/k8s/quota.ts
var RESOURCE_QUOTA_KIND = "ResourceQuota", PRIORITY_CLASS_KIND2 = "PriorityClass", NATIVE_COMPUTE = /* @__PURE__ */ new Set(["cpu", "memory", "ephemeral-storage"]), REQUIRED_QUOTA_KEYS = /* @__PURE__ */ new Set([
  "cpu",
  "memory",
  "requests.cpu",
  "requests.memory",
  "limits.cpu",
  "limits.memory"
]);
function quotaKeyUsage(key) {
  if (key === "pods" || key === "count/pods")
    return { type: "pods" };
  if (NATIVE_COMPUTE.has(key) || key.startsWith("hugepages-"))
    return { type: "requests", resource: key };
  if (key.startsWith("requests.")) {
    let resource = key.slice(9);
    return NATIVE_COMPUTE.has(resource) || resource.startsWith("hugepages-") || isExtendedResource(resource) ? { type: "requests", resource } : void 0;
  }
  if (key.startsWith("limits.")) {
    let resource = key.slice(7);
    return NATIVE_COMPUTE.has(resource) ? { type: "limits", resource } : void 0;
  }
}
function untrackedExtendedResource(key) {
  if (!(key.startsWith("requests.") || key.startsWith("count/"))) {
    if (key.startsWith("limits.")) {
      let resource = key.slice(7);
      return isExtendedResource(resource) ? { resource, form: "limits" } : void 0;
    }
    return isExtendedResource(key) ? { resource: key, form: "bare" } : void 0;
  }
}
function readQuotaHard(quota) {
  let hard = asObject(quota.get(["spec", "hard"]));
  return hard ? Object.entries(hard).map(([key, raw]) => ({
    key,
    raw,
    value: parseQuantity(raw),
    path: ["spec", "hard", key],
    usage: quotaKeyUsage(key)
  })) : [];
}
var POD_SCOPES = /* @__PURE__ */ new Set([
  "Terminating",
  "NotTerminating",
  "BestEffort",
  "NotBestEffort",
  "CrossNamespacePodAffinity"
]), OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function readQuotaScopes(quota) {
  let result = [], scopes = quota.get(["spec", "scopes"]);
  if (scopes != null) {
    if (!Array.isArray(scopes))
      return;
    for (let scope of scopes) {
      if (typeof scope != "string")
        return;
      result.push(
        scope === "PriorityClass" ? { name: "PriorityClass", operator: "Exists", values: [] } : POD_SCOPES.has(scope) ? { name: scope } : { name: "none", written: scope }
      );
    }
  }
  let selector = quota.get(["spec", "scopeSelector"]);
  if (selector != null) {
    let expressions = asObject(selector)?.matchExpressions;
    if (!asObject(selector) || expressions !== void 0 && !Array.isArray(expressions))
      return;
    for (let entry of asArray(expressions)) {
      let expression = asObject(entry), scopeName = expression?.scopeName, operator = expression?.operator, values = asArray(expression?.values);
      if (typeof scopeName != "string" || typeof operator != "string" || !OPERATORS.has(operator) || !values.every((value) => typeof value == "string"))
        return;
      scopeName === "PriorityClass" ? result.push({
        name: "PriorityClass",
        operator,
        values
      }) : result.push(
        POD_SCOPES.has(scopeName) ? { name: scopeName } : { name: "none", written: scopeName }
      );
    }
  }
  return result;
}
function podScopeFacts(workload, set, defaults, kubeVersion) {
  let spec = workload.podSpec, written = spec?.priorityClassName, deadline = spec?.activeDeadlineSeconds;
  return {
    // The Priority admission plugin (which runs before quota) writes the globalDefault class
    // into pods that name none.
    priorityClassName: typeof written == "string" && written !== "" ? written : globalDefaultPriorityClass(set),
    bestEffort: isBestEffort(workload, defaults, podLevelResources(workload, kubeVersion)),
    terminating: typeof deadline == "number" && deadline >= 0,
    crossNamespacePodAffinity: usesCrossNamespacePodAffinity(spec?.affinity)
  };
}
function globalDefaultPriorityClass(set) {
  return set.byKind(PRIORITY_CLASS_KIND2).find((manifest) => manifest.get(["globalDefault"]) === !0)?.name;
}
function usesCrossNamespacePodAffinity(affinity) {
  let crossNamespace = (term) => {
    let object = asObject(term);
    return asArray(object?.namespaces).length > 0 || object?.namespaceSelector !== void 0 && object.namespaceSelector !== null;
  };
  for (let kind of ["podAffinity", "podAntiAffinity"]) {
    let section = asObject(asObject(affinity)?.[kind]);
    if (asArray(section?.requiredDuringSchedulingIgnoredDuringExecution).some(crossNamespace) || asArray(section?.preferredDuringSchedulingIgnoredDuringExecution).some(
      (weighted) => crossNamespace(asObject(weighted)?.podAffinityTerm)
    ))
      return !0;
  }
  return !1;
}
function quotaScopesMatch(scopes, facts) {
  return scopes.every((scope) => {
    switch (scope.name) {
      case "Terminating":
        return facts.terminating;
      case "NotTerminating":
        return !facts.terminating;
      case "BestEffort":
        return facts.bestEffort;
      case "NotBestEffort":
        return !facts.bestEffort;
      case "CrossNamespacePodAffinity":
        return facts.crossNamespacePodAffinity;
      case "PriorityClass":
        return selectorMatches(
          {
            matchLabels: {},
            matchExpressions: [
              { key: "PriorityClass", operator: scope.operator, values: scope.values }
            ],
            matchesNone: !1
          },
          facts.priorityClassName === void 0 ? {} : { PriorityClass: facts.priorityClassName }
        );
      case "none":
        return !1;
    }
  });
}
function describeQuotaScopes(scopes) {
  return scopes.map((scope) => scope.name === "PriorityClass" ? scope.values.length > 0 ? `PriorityClass ${scope.operator} (${scope.values.join(", ")})` : `PriorityClass ${scope.operator}` : scope.name === "none" ? scope.written : scope.name).join(", ");
}

// src/lint/rules/quota-exceeded-at-max-scale.ts
var SHOWN_CONTRIBUTORS = 3;
function wholeNumber2(value) {
  return typeof value == "number" && Number.isInteger(value) && value >= 0 ? value : void 0;
}
function jobPods(manifest, specPath) {
  let rawParallelism = manifest.get([...specPath, "parallelism"]), parallelism = rawParallelism === void 0 ? 1 : wholeNumber2(rawParallelism), rawCompletions = manifest.get([...specPath, "completions"]), completions = rawCompletions === void 0 ? void 0 : wholeNumber2(rawCompletions);
  if (!(parallelism === void 0 || rawCompletions !== void 0 && completions === void 0))
    return {
      pods: completions === void 0 ? parallelism : Math.min(parallelism, completions),
      manifest,
      path: [...specPath, "parallelism"],
      source: rawParallelism === void 0 ? "the default parallelism of 1" : "parallelism"
    };
}
function maximumPods(workload, set) {
  let manifest = workload.manifest;
  switch (workload.kind) {
    case "DaemonSet":
      return;
    case "Pod":
      return { pods: 1, manifest, path: ["metadata", "name"], source: "a single Pod" };
    case "Job":
      return jobPods(manifest, ["spec"]);
    case "CronJob":
      return jobPods(manifest, ["spec", "jobTemplate", "spec"]);
    case "ScaledJob":
      return {
        pods: workload.declaredReplicas ?? 100,
        manifest,
        path: ["spec", "maxReplicaCount"],
        source: manifest.get(["spec", "maxReplicaCount"]) === void 0 ? "KEDA's default maxReplicaCount of 100 Jobs" : "spec.maxReplicaCount"
      };
  }
  let maximum = set.maximumReplicas(workload);
  if (maximum === void 0)
    return;
  let largest = set.autoscalersOf(manifest).find((autoscaler) => autoscaler.maxReplicas === maximum);
  return largest ? {
    pods: maximum,
    manifest: largest.manifest,
    path: largest.maxReplicasPath,
    source: `${largest.manifest.get(largest.maxReplicasPath) === void 0 ? "the default maximum" : "the maximum"} of ${largest.manifest.kind} "${largest.manifest.name}"`
  } : {
    pods: maximum,
    manifest,
    path: ["spec", "replicas"],
    source: workload.declaredReplicas === void 0 ? "the default of 1 replica" : "spec.replicas"
  };
}
function rolloutSurge(workload, replicas) {
  if (workload.kind !== "Deployment" || workload.manifest.get(["spec", "strategy", "type"]) === "Recreate")
    return 0;
  let raw = workload.manifest.get(["spec", "strategy", "rollingUpdate", "maxSurge"]), surge = parseIntOrPercent(raw === void 0 ? "25%" : raw);
  return surge ? scaleIntOrPercent(surge, replicas, !0) : 0;
}
var quota_exceeded_at_max_scale_default = {
  id: "quota-exceeded-at-max-scale",
  meta: {
    description: "Require each ResourceQuota to fit its namespace's workloads at their maximum scale",
    severity: "warning",
    category: "quota",
    kinds: [RESOURCE_QUOTA_KIND],
    scope: "set",
    messages: {
      exceeded: 'ResourceQuota "{{name}}" in namespace "{{namespace}}" is too small for its workloads at maximum scale ({{key}}: {{total}} at max scale > {{limit}}){{scopes}}: {{breakdown}}. Pods past the quota are rejected at creation (exceeded quota), so scale-ups stop short of the maximum exactly when the load peaks. Raise {{key}} to at least {{needed}} or lower the maximum replicas.'
    },
    rationale: "A ResourceQuota is checked when each pod is created. If the namespace's workloads together need more than the quota at their maximum scale, the last scale-ups fail with `exceeded quota` events: the HPA reports success, the ReplicaSet cannot create the pods, and the service runs short at its busiest. For each hard limit the rule adds up, over the workloads in the quota's namespace that its scopes select, the per-pod value \xD7 the maximum number of pods. The per-pod value is what quota charges: requests (after limit and LimitRange defaulting) of the running containers and native sidecars, or the start-up peak of an init container when that is larger; limits for `limits.*`; one for `pods`. The maximum is the autoscalers' `maxReplicas`/`maxReplicaCount` (KEDA's default 100), else `spec.replicas`, else 1; a Job (and each CronJob run) counts `parallelism` pods (at most `completions`), and a bare Pod one. Not modelled: DaemonSets (one pod per matching node, and the node count is not in the manifests; they are skipped), overlapping CronJob runs (`concurrencyPolicy: Allow`), and Deployment rollout surge unless `includeRolloutSurge` is set. Extended resources such as GPUs are errors: devices are whole and scarce, and a short quota strands a GPU job outright; cpu, memory and pods are warnings.",
    remediation: "Raise the hard limit to at least the total shown, or lower the maximum replicas of the largest contributors, or move a workload to its own namespace and quota.",
    defaultOptions: { maximumPercent: 100, includeRolloutSurge: !1 },
    optionsSchema: {
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
    },
    examples: {
      incorrect: `apiVersion: v1
kind: ResourceQuota
metadata:
  name: gpu
  namespace: ml
spec:
  hard:
    requests.nvidia.com/gpu: "8"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
  namespace: ml
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 2}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: inference
  namespace: ml
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}
  minReplicas: 2
  maxReplicas: 6
`,
      correct: `apiVersion: v1
kind: ResourceQuota
metadata:
  name: gpu
  namespace: ml
spec:
  hard:
    requests.nvidia.com/gpu: "12"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: inference
  namespace: ml
spec:
  selector:
    matchLabels: {app: inference}
  template:
    metadata:
      labels: {app: inference}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            limits: {nvidia.com/gpu: 2}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: inference
  namespace: ml
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}
  minReplicas: 2
  maxReplicas: 6
`
    },
    peers: "No peer linter sums workloads against a ResourceQuota; Kyverno policies can only check one object at admission time."
  },
  create(context) {
    return {
      [RESOURCE_QUOTA_KIND](quota, options) {
        let scopes = readQuotaScopes(quota), entries = readQuotaHard(quota).filter(
          (entry) => entry.usage !== void 0 && entry.value !== void 0
        );
        if (!scopes || entries.length === 0)
          return;
        let defaults = context.set.limitRangeDefaults(quota.namespace), kubeVersion = context.settings.kubeVersion, selected = context.set.workloadsIn(quota.namespace).flatMap((workload) => {
          let facts = podScopeFacts(workload, context.set, defaults, kubeVersion), maximum = quotaScopesMatch(scopes, facts) ? maximumPods(workload, context.set) : void 0;
          if (!maximum)
            return [];
          let surge = options.includeRolloutSurge ? rolloutSurge(workload, maximum.pods) : 0;
          return [{ workload, maximum, pods: maximum.pods + surge }];
        });
        for (let entry of entries) {
          let usage = entry.usage;
          if (!usage || entry.value === void 0)
            continue;
          let contributions = selected.map(({ workload, maximum, pods }) => {
            let perPod = usage.type === "pods" ? 1 : podTotal(
              workload,
              usage.type,
              usage.resource,
              defaults,
              podLevelResources(workload, kubeVersion)
            );
            return { workload, maximum, pods, perPod, total: perPod * pods };
          }).filter((contribution) => contribution.total > 0).sort((a, b) => b.total - a.total), total = contributions.reduce((sum, contribution) => sum + contribution.total, 0), threshold = entry.value * options.maximumPercent / 100;
          quantityGreater(total, threshold) && reportExceeded(
            quota,
            entry,
            total,
            contributions,
            scopes.length > 0 ? describeQuotaScopes(scopes) : "",
            options
          );
        }
      }
    };
    function reportExceeded(quota, entry, total, contributions, scopes, options) {
      let usage = entry.usage, resource = usage && usage.type !== "pods" ? usage.resource : "pods", format = (value) => usage?.type === "pods" ? String(value) : formatQuantity(resource, value), describe = (contribution) => {
        let label = `${contribution.workload.kind} "${contribution.workload.manifest.name}"`;
        return usage?.type === "pods" ? `${label} ${counted(contribution.pods, "pod")}` : `${label} ${counted(contribution.pods, "pod")} \xD7 ${format(contribution.perPod)} = ${format(contribution.total)}`;
      }, shown = contributions.slice(0, SHOWN_CONTRIBUTORS), rest = contributions.length - shown.length, breakdown = `${shown.map(describe).join(", ")}${rest > 0 ? ` and ${counted(rest, "more workload")}` : ""}`, limit = format(entry.value ?? 0);
      context.report({
        manifest: quota,
        path: entry.path,
        messageId: "exceeded",
        severity: isExtendedResource(resource) ? "error" : "warning",
        data: {
          name: quota.name,
          namespace: quota.namespace,
          key: entry.key,
          total: format(total),
          needed: format(total * 100 / options.maximumPercent),
          limit: options.maximumPercent === 100 ? limit : `${options.maximumPercent}% of ${limit}`,
          scopes: scopes ? ` for pods in scope ${scopes}` : "",
          breakdown
        },
        related: shown.map((contribution) => ({
          manifest: contribution.maximum.manifest,
          path: contribution.maximum.path,
          message: `${describe(contribution)} (${counted(contribution.maximum.pods, "pod")} from ${contribution.maximum.source}${contribution.pods > contribution.maximum.pods ? `, plus ${contribution.pods - contribution.maximum.pods} during a rollout` : ""}).`
        }))
      });
    }
  }
};

// src/lint/rules/quota-extended-resource-key.ts
var quota_extended_resource_key_default = {
  id: "quota-extended-resource-key",
  meta: {
    description: "Require ResourceQuota keys for extended resources such as nvidia.com/gpu to use the requests. prefix",
    severity: "error",
    category: "quota",
    kinds: [RESOURCE_QUOTA_KIND],
    scope: "object",
    messages: {
      bare: 'ResourceQuota "{{name}}" limits "{{key}}", which Kubernetes accepts but never enforces: quota counts extended resources only under requests.{{resource}}, so pods in namespace "{{namespace}}" can take any number of {{resource}}. {{action}}',
      limits: 'ResourceQuota "{{name}}" limits "{{key}}", which Kubernetes accepts but never enforces: extended resources cannot be overcommitted, so quota counts them only under requests.{{resource}} (limits.* keys exist for cpu, memory and ephemeral-storage), and pods in namespace "{{namespace}}" can take any number of {{resource}}. {{action}}'
    },
    rationale: 'The API server accepts any qualified resource name as a quota key, but the quota system only counts an extended resource (`nvidia.com/gpu`, `amd.com/gpu`, \u2026) under the `requests.` prefix ("as overcommit is not supported by extended resources, only quota items in the format requests.<name> are allowed"). A quota keyed `nvidia.com/gpu: 4` or `limits.nvidia.com/gpu: 4` is stored, shown by `kubectl describe quota` with no usage, and enforces nothing: one team can take every GPU of the cluster. The mistake is common because cpu and memory do work without the prefix. Since request and limit of an extended resource are always equal, `requests.<name>` caps both.',
    remediation: "Rename the key to `requests.<name>` (e.g. `requests.nvidia.com/gpu: 4`), or delete it when the quota already has that key.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: v1
kind: ResourceQuota
metadata:
  name: gpu
  namespace: ml
spec:
  hard:
    requests.cpu: "64"
    nvidia.com/gpu: "8"
`,
      correct: `apiVersion: v1
kind: ResourceQuota
metadata:
  name: gpu
  namespace: ml
spec:
  hard:
    requests.cpu: "64"
    requests.nvidia.com/gpu: "8"
`
    },
    peers: "No peer linter checks quota keys; kubeconform-style schema validation passes them because any qualified name is a valid ResourceList key."
  },
  create(context) {
    return {
      [RESOURCE_QUOTA_KIND](quota) {
        let entries = readQuotaHard(quota), keys = new Set(entries.map((entry) => entry.key));
        for (let entry of entries) {
          let untracked = untrackedExtendedResource(entry.key);
          if (!untracked)
            continue;
          let tracked = `requests.${untracked.resource}`;
          context.report({
            manifest: quota,
            path: entry.path,
            target: "key",
            messageId: untracked.form,
            data: {
              name: quota.name,
              key: entry.key,
              resource: untracked.resource,
              namespace: quota.namespace,
              action: keys.has(tracked) ? `The quota already has ${tracked}; delete this key.` : `Rename the key to ${tracked}.`
            },
            fix: tracked
          });
        }
      }
    };
  }
};

// src/lint/rules/quota-missing-requests.ts
var quota_missing_requests_default = {
  id: "quota-missing-requests",
  meta: {
    description: "Require containers to set the cpu and memory requests and limits that a ResourceQuota of their namespace constrains",
    severity: "error",
    category: "quota",
    kinds: [...WORKLOAD_KINDS],
    scope: "set",
    messages: {
      missing: '{{container}} of {{kind}} "{{name}}" has no {{missing}}, but ResourceQuota "{{quota}}" in namespace "{{namespace}}" constrains {{keys}}{{scopes}}: quota admission rejects its pods ("must specify {{requirement}}"), so {{consequence}}. Set {{fields}} on the container, or give the namespace a LimitRange with defaults.'
    },
    rationale: 'When a ResourceQuota in a namespace tracks `cpu`, `memory` (both meaning requests), `requests.cpu`, `requests.memory`, `limits.cpu` or `limits.memory`, the quota admission plugin rejects every pod that has a container, init containers and sidecars included, without that value ("must specify limits.memory for: app"). A Deployment, Job or CronJob is still accepted, so the failure shows up only as FailedCreate events on the ReplicaSet or Job while the workload never gets a pod. Kubernetes limits this requirement to cpu and memory on purpose: a quota on `requests.ephemeral-storage`, hugepages or `requests.nvidia.com/gpu` counts the pods but does not require the field, so those are not reported. Values the cluster fills in count: a limit becomes the request, LimitRange defaults of the namespace (`defaultRequest`, `default`, `max`, `min`, defaulted as Kubernetes does) fill both, and pod-level `spec.resources` (Kubernetes 1.34+) exempt the pod from the check. Quota scopes are modelled: `BestEffort`/`NotBestEffort` (QoS after defaults), `Terminating`/`NotTerminating` (`activeDeadlineSeconds` on the pod spec), `CrossNamespacePodAffinity`, and `PriorityClass` in `scopes` or `scopeSelector` (In, NotIn, Exists, DoesNotExist), where a pod without `priorityClassName` takes the set\'s `globalDefault` PriorityClass as the Priority admission plugin does; scopes that only select PersistentVolumeClaims never apply. A quota whose scopes are malformed is skipped.',
    remediation: "Set the constrained requests and limits on every container (init containers and sidecars too), or add a LimitRange with `default` and `defaultRequest` for containers in the namespace so that Kubernetes fills them in.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: shop
spec:
  hard:
    requests.cpu: "20"
    limits.memory: 64Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 500m, memory: 512Mi}
`,
      correct: `apiVersion: v1
kind: ResourceQuota
metadata:
  name: compute
  namespace: shop
spec:
  hard:
    requests.cpu: "20"
    limits.memory: 64Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 500m, memory: 512Mi}
            limits: {memory: 1Gi}
`
    },
    peers: "No peer linter relates ResourceQuotas to containers; kube-score, Polaris and Kyverno require requests (and some limits) everywhere, whatever the quota says."
  },
  create(context) {
    let visit = (manifest) => {
      let quotas = context.set.byKindIn(RESOURCE_QUOTA_KIND, manifest.namespace), workload = quotas.length > 0 ? context.set.workload(manifest) : void 0;
      if (!workload?.ownsTemplate || workload.containers.length === 0 || podLevelResources(workload, context.settings.kubeVersion))
        return;
      let defaults = context.set.limitRangeDefaults(manifest.namespace), facts;
      for (let quota of quotas) {
        let scopes = readQuotaScopes(quota), required = readQuotaHard(quota).filter((entry) => REQUIRED_QUOTA_KEYS.has(entry.key));
        if (!(!scopes || required.length === 0) && (facts ??= podScopeFacts(workload, context.set, defaults, context.settings.kubeVersion), !!quotaScopesMatch(scopes, facts)))
          for (let container of workload.containers) {
            if (!hasReadableResources(container))
              continue;
            let lacking = /* @__PURE__ */ new Map();
            for (let entry of required) {
              let usage = entry.usage;
              if (!usage || usage.type === "pods" || (usage.type === "requests" ? effectiveRequest(workload, container, usage.resource, defaults) : effectiveLimit(workload, container, usage.resource, defaults)))
                continue;
              let field = `${usage.type}.${usage.resource}`, found = lacking.get(field);
              found ? found.keys.push(entry) : lacking.set(field, { type: usage.type, resource: usage.resource, keys: [entry] });
            }
            if (lacking.size === 0)
              continue;
            let missing = [...lacking.values()], keys = missing.flatMap((item) => item.keys), [first] = missing;
            context.report({
              manifest,
              path: [
                ...container.path,
                "resources",
                first?.type ?? "requests",
                first?.resource ?? ""
              ],
              target: "key",
              messageId: "missing",
              data: {
                container: describeContainer(container),
                kind: manifest.kind,
                name: manifest.name,
                missing: wordList(
                  missing.map(
                    (item) => `${item.resource} ${item.type === "requests" ? "request" : "limit"}`
                  )
                ),
                quota: quota.name,
                namespace: manifest.namespace,
                keys: wordList(keys.map((entry) => entry.key)),
                // The admission error, as Kubernetes words it for this container.
                requirement: keys.map((entry) => `${entry.key} for: ${container.name}`).sort().join("; "),
                scopes: scopes.length > 0 ? ` for pods in scope ${describeQuotaScopes(scopes)}` : "",
                consequence: manifest.kind === "Pod" ? "the Pod is never created" : `the ${manifest.kind} is accepted but never gets a pod (FailedCreate)`,
                fields: wordList(missing.map((item) => `resources.${item.type}.${item.resource}`))
              },
              related: keys.map((entry) => ({
                manifest: quota,
                path: entry.path,
                target: "key",
                message: `ResourceQuota "${quota.name}" constrains ${entry.key} here.`
              }))
            });
          }
      }
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  }
};

// src/lint/rules/requests-exceed-limits.ts
var requests_exceed_limits_default = {
  id: "requests-exceed-limits",
  meta: {
    description: "Disallow a container request larger than its limit",
    severity: "error",
    category: "requests",
    kinds: [...WORKLOAD_KINDS],
    scope: "set",
    messages: {
      exceeds: '{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} but is limited to {{limit}}: the API server rejects it ("must be less than or equal to {{resource}} limit"), so the apply or sync fails. Lower the request to at most {{limit}} or raise the limit.',
      exceedsDefaultLimit: '{{container}} of {{kind}} "{{name}}" requests {{request}} {{resource}} and sets no limit, so LimitRange "{{limitRange}}" gives it the default limit {{limit}}, below the request: the {{kind}} is accepted, but every pod it creates is rejected at admission ("must be less than or equal to {{resource}} limit"). Set a {{resource}} limit of at least {{request}}, or lower the request.'
    },
    rationale: "A request is what the scheduler reserves and a limit is the most the container may use; a request above the limit is a contradiction the API server refuses (for the pod template of a Deployment, StatefulSet, Job\u2026 as for a bare Pod), so the whole apply or Argo CD sync fails. The subtler case is a container that sets a request but no limit in a namespace whose LimitRange has a default limit (`default`, or `max` when `default` is absent) below that request: the workload object is accepted, LimitRanger adds the default limit to each pod at creation, and every pod is then rejected, so the ReplicaSet or Job never gets a pod and reports FailedCreate. Quantities are compared by value in every notation (`500m` = `0.5`, `1Gi` = `1024Mi`, `1e3` = `1k`). Extended resources such as `nvidia.com/gpu` must have request equal to limit; extended-resource-limits reports those.",
    remediation: "Make each request at most its limit (for Guaranteed QoS, set them equal), or, when a LimitRange supplies the limit, write a limit on the container.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 1500m, memory: 512Mi}
            limits: {cpu: "1", memory: 512Mi}
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: {cpu: 500m, memory: 512Mi}
            limits: {cpu: "1", memory: 512Mi}
`
    },
    peers: "kube-score, kube-linter and Polaris do not compare requests with limits (kubeconform-based schema checks cannot: the constraint is in API server code). kube-score container-resource-requests-equal-limits (optional) is stricter: it wants them equal."
  },
  create(context) {
    let visit = (manifest) => {
      let workload = context.set.workload(manifest);
      if (!workload?.ownsTemplate)
        return;
      let defaults = context.set.limitRangeDefaults(manifest.namespace);
      for (let container of workload.containers)
        if (hasReadableResources(container))
          for (let resource of Object.keys(containerResources(container.container, "requests"))) {
            if (isExtendedResource(resource))
              continue;
            let request = writtenQuantity(workload, container, "requests", resource);
            if (request?.value === void 0)
              continue;
            let written = writtenQuantity(workload, container, "limits", resource), limit = written ?? defaults.limit(resource);
            if (limit?.value === void 0 || !quantityGreater(request.value, limit.value))
              continue;
            let data = {
              container: describeContainer(container),
              kind: manifest.kind,
              name: manifest.name,
              resource,
              request: String(request.raw),
              limit: String(limit.raw)
            };
            written ? context.report({ manifest, path: request.path, messageId: "exceeds", data }) : context.report({
              manifest,
              path: request.path,
              messageId: "exceedsDefaultLimit",
              data: { ...data, limitRange: limit.manifest.name },
              related: [
                {
                  manifest: limit.manifest,
                  path: limit.path,
                  message: `LimitRange "${limit.manifest.name}" sets the default ${resource} limit here.`
                }
              ],
              fix: `resources: {limits: {${resource}: ${String(request.raw)}}}`
            });
          }
    };
    return Object.fromEntries([...WORKLOAD_KINDS].map((kind) => [kind, visit]));
  }
};

// src/lint/rules/schema-invalid.ts
var CUSTOM_RESOURCES = "VerticalPodAutoscaler, ServiceMonitor, PodMonitor, PrometheusRule, ScaledObject, ScaledJob and (Cluster)TriggerAuthentication", schema_invalid_default = {
  id: "schema-invalid",
  meta: {
    description: "Require every object to match the Kubernetes schema of its apiVersion and kind",
    severity: "error",
    category: "set",
    kinds: ["*"],
    scope: "object",
    messages: {
      invalidType: "{{kind}} {{object}}: {{field}} must be {{expected}}, not {{actual}}{{hint}}; the API server rejects the object, so the apply or sync fails.",
      missingField: "{{kind}} {{object}}: {{field}} is required but missing, so the API server rejects the object; add it {{where}}.",
      invalidValue: "{{kind}} {{object}}: {{field}} must be {{allowed}}, not {{actual}}; the API server rejects the object.",
      invalidFormat: "{{kind}} {{object}}: {{field}} is {{actual}}, which is not {{format}}; the API server rejects the object.",
      outOfRange: "{{kind}} {{object}}: {{field}} is {{actual}} but must be {{bound}}; the API server rejects the object.",
      invalid: "{{kind}} {{object}}: {{field}} is invalid ({{detail}}); the API server rejects the object.",
      unknownField: "{{kind}} {{object}}: {{field}} is not a field of {{apiVersion}} {{kind}}{{hint}}; kubectl apply and Argo CD reject unknown fields under strict field validation, and lenient validation drops them silently. Remove it or fix its name."
    },
    rationale: `An object that does not match its schema is rejected by the API server: kubectl apply stops with an error and an Argo CD sync fails, often only in the pipeline after the pull request was merged. A field the schema does not know is rejected under strict field validation (the kubectl and server-side apply default) and silently dropped otherwise \u2014 a misspelt \`replica:\` or \`minReplica:\` then leaves the default in place. scaleplan checks the common built-in kinds (workloads, autoscalers, disruption budgets, services, ingresses, quotas, RBAC and others) and ${CUSTOM_RESOURCES} against the kubernetes-models schemas of Kubernetes ${SCHEMA_KUBERNETES_VERSION}, plus the value bounds the API server enforces beyond the OpenAPI schema (replicas >= 0, HPA minReplicas >= 1, ports 1-65535, HPA behavior limits) and metadata.name and metadata.namespace (present, and in the form the API server requires of the kind: a DNS-1035 label for Services, a DNS-1123 label for Namespaces and namespaces, a path segment for RBAC objects, a DNS-1123 subdomain otherwise). The schemas are those of ${SCHEMA_KUBERNETES_VERSION} whatever --kube-version says: a field added after the target version passes, and an API version the target no longer serves is checked against its own older schema while deprecated-api reports the removal. Kinds scaleplan has no schema for \u2014 other CRDs, cluster-internal kinds, misspelt apiVersions \u2014 are skipped silently, like kubeconform -ignore-missing-schemas. The duration fields of a PrometheusRule (\`interval\`, \`query_offset\`, \`for\`, \`keep_firing_for\`) are left to prometheus-rule-invalid, which reports them at the same place with the duration meant.`,
    remediation: "Fix the field the finding points at: use the type and values the message names (quote strings, unquote numbers), add missing required fields, and remove or rename unknown ones.",
    defaultOptions: { unknownFields: !0, maxPerObject: 10 },
    optionsSchema: {
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
    },
    examples: {
      incorrect: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: two
  maxReplica: 6
`,
      correct: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 6
`
    },
    peers: "kube-linter schema-validation / kubeconform template (strict, ignoreMissingSchemas) and kubeconform itself. scaleplan reports each invalid field at its line instead of one message per object, and checks the API server value bounds that the OpenAPI schema leaves out."
  },
  prepare(manifests) {
    return loadSchemas(manifests);
  },
  create(context) {
    return {
      "*"(manifest, options) {
        let problems = checkObject(manifest, {
          unknownFields: options.unknownFields,
          limit: options.maxPerObject
        });
        for (let problem of problems ?? []) {
          if (ownedByPrometheusRuleInvalid(manifest.kind, problem.path))
            continue;
          let crdUnknownField = problem.kind === "unknownField" && schemaSource(manifest) === "crd";
          context.report({
            manifest,
            path: problem.path,
            target: problem.target,
            messageId: problem.kind,
            data: {
              ...problem.data,
              field: problem.field,
              kind: manifest.kind,
              object: manifest.name === "" ? "(no name)" : `"${manifest.name}"`,
              apiVersion: manifest.apiVersion
            },
            ...crdUnknownField ? { severity: "warning" } : {}
          });
        }
      }
    };
  }
};
function ownedByPrometheusRuleInvalid(kind, path2) {
  if (kind !== "PrometheusRule" || path2[0] !== "spec" || path2[1] !== "groups")
    return !1;
  let field = path2[3];
  return path2.length === 4 ? field === "interval" || field === "query_offset" : path2.length === 6 && field === "rules" && (path2[5] === "for" || path2[5] === "keep_firing_for");
}

// src/lint/rules/service-no-match.ts
var service_no_match_default = {
  id: "service-no-match",
  meta: {
    description: "Require a Service's selector to match a pod template in its namespace, and its target ports to be ports those pods declare",
    severity: "warning",
    category: "references",
    kinds: [SERVICE_KIND],
    scope: "set",
    messages: {
      noMatch: `Service "{{name}}" selects {{selector}}, but no pod template in namespace "{{namespace}}" in the set has those labels{{elsewhere}}; the Service gets no endpoints, so every connection to it fails (an Ingress in front of it answers 503). Match the labels of the pod template (spec.template.metadata.labels), not the workload's own labels.`,
      namedTargetPortMissing: 'Service "{{name}}" port {{port}} sends traffic to the container port named "{{target}}", but no container of {{workloads}} declares a {{protocol}} port with that name{{available}}; Kubernetes cannot resolve the name, so this port of the Service has no endpoints and its traffic goes nowhere. Name the container port "{{target}}", or set targetPort to a port the containers declare.',
      targetPortNotDeclared: 'Service "{{name}}" port {{port}} sends traffic to port {{target}}, but the containers of {{workloads}} declare only {{declared}}; unless the application also listens on {{target}} without declaring it, connections are refused. Set targetPort to the port the application listens on (or declare it in the container).'
    },
    rationale: "A Service sends traffic to the pods whose labels match its `spec.selector`, in its own namespace, on `targetPort` (the `port` when absent). A selector with a typo, copied from another app, or written with the workload's own labels instead of its pod template's leaves the Service without endpoints: the API server accepts it, and every client, Ingress and ServiceMonitor behind it finds nothing. A named `targetPort` is resolved per pod against the names of the container ports (and the protocol): when no container declares that name, the pod is left out of that port's endpoints. A numeric `targetPort` works whether or not it is declared, so it is reported only when the pods declare their ports and none of them is that one, which is nearly always a wrong number. Services without a selector (Endpoints or EndpointSlices managed by hand or by an operator) and `ExternalName` Services are skipped. " + POD_LABEL_ASSUMPTIONS + " " + EXTERNAL_ASSUMPTIONS,
    remediation: "Copy the labels of the workload's `spec.template.metadata.labels` into the Service's `spec.selector`, create the Service in the workload's namespace, and point `targetPort` at a port the containers declare (by name or number). If the pods come from elsewhere, lint them together.",
    defaultOptions: { checkTargetPorts: !0 },
    optionsSchema: {
      type: "object",
      properties: {
        checkTargetPorts: {
          type: "boolean",
          description: "Also check that each targetPort is a port the selected pods declare (by name, or by number when they declare their ports)."
        }
      },
      additionalProperties: !1
    },
    examples: {
      incorrect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  template:
    metadata:
      labels: {app.kubernetes.io/name: web}
    spec:
      containers:
        - name: web
          image: web:1.0
          ports: [{name: http, containerPort: 8080}]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: http}]
`,
      correct: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  template:
    metadata:
      labels: {app.kubernetes.io/name: web}
    spec:
      containers:
        - name: web
          image: web:1.0
          ports: [{name: http, containerPort: 8080}]
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app.kubernetes.io/name: web}
  ports: [{port: 80, targetPort: http}]
`
    },
    peers: "kube-linter dangling-service and kube-score service-targets-pod check the selector the same way and skip ExternalName Services; kube-linter also reports a Service without a selector, which scaleplan leaves alone (its Endpoints are managed elsewhere). kube-linter invalid-target-ports checks only the syntax of port names; neither peer resolves a named targetPort against the container ports."
  },
  create(context) {
    let checkPorts = (service, selected, port) => {
      let target = port.targetPort ?? port.port, workloads2 = wordList(
        selected.map((workload) => `${workload.kind} "${workload.manifest.name}"`)
      ), declared = selected.flatMap(
        (workload) => containerPorts(workload).map((containerPort) => ({ workload, containerPort }))
      ), related = selected.slice(0, 3).map((workload) => ({
        manifest: workload.templateManifest,
        path: [...workload.podSpecPath, "containers"],
        target: "key",
        message: `The containers of ${workload.kind} "${workload.manifest.name}", which the Service selects.`
      })), base = { name: service.name, port: describeServicePort(port), workloads: workloads2 };
      if (typeof target == "string" && !/^\d+$/.test(target)) {
        if (declared.some(
          ({ containerPort }) => containerPort.name === target && containerPort.protocol === port.protocol
        ))
          return;
        let names2 = [
          ...new Set(declared.flatMap(({ containerPort }) => containerPort.name ?? []))
        ], otherProtocol = declared.find(({ containerPort }) => containerPort.name === target)?.containerPort.protocol;
        context.report({
          manifest: service,
          path: [...port.path, "targetPort"],
          messageId: "namedTargetPortMissing",
          data: {
            ...base,
            target,
            protocol: port.protocol,
            available: otherProtocol ? ` ("${target}" is a ${otherProtocol} port, the Service port is ${port.protocol})` : names2.length > 0 ? ` (they declare ${quotedList(names2)})` : " (they declare no named ports)"
          },
          related
        });
        return;
      }
      if (typeof target != "number")
        return;
      let numbers = declared.flatMap(
        ({ containerPort }) => containerPort.containerPort === void 0 ? [] : [containerPort.containerPort]
      );
      numbers.length === 0 || numbers.includes(target) || context.report({
        manifest: service,
        path: [...port.path, port.targetPort === void 0 ? "port" : "targetPort"],
        messageId: "targetPortNotDeclared",
        data: { ...base, target, declared: wordList([...new Set(numbers)].map(String)) },
        related
      });
    };
    return {
      [SERVICE_KIND](service, options) {
        if (serviceType(service) === "ExternalName")
          return;
        let parsed = parseMapSelector(service.get(["spec", "selector"]));
        if (!("selector" in parsed) || parsed.selector.matchesNone)
          return;
        let selected = context.set.workloadsSelectedBy(service.namespace, parsed.selector);
        if (selected.length > 0) {
          if (options.checkTargetPorts && selected.every((workload) => workload.containersKnown))
            for (let port of readServicePorts(service))
              checkPorts(service, selected, port);
          return;
        }
        if (context.set.podsMayBeOutside(service.namespace, parsed.selector))
          return;
        let elsewhere = workloadElsewhere(context.set, parsed.selector, service.namespace);
        context.report({
          manifest: service,
          path: ["spec", "selector"],
          target: "key",
          messageId: "noMatch",
          data: {
            name: service.name,
            selector: `"${describeSelector(parsed.selector)}"`,
            namespace: service.namespace,
            elsewhere: elsewhereNote(
              elsewhere,
              "but a Service only selects pods of its own namespace"
            )
          },
          ...elsewhereRelated(elsewhere)
        });
      }
    };
  }
};

// src/lint/rules/servicemonitor-no-match.ts
function selectedServices(set, namespaces, selector) {
  return namespaces.any ? [...set.servicesSelectedBy("*", selector)] : namespaces.names.flatMap((namespace) => set.servicesSelectedBy(namespace, selector));
}
function selectedWorkloads(set, namespaces, selector) {
  return (namespaces.any ? [...set.workloadNamespaces()] : namespaces.names).flatMap((namespace) => set.workloadsSelectedBy(namespace, selector));
}
function workloadsBehind(set, services) {
  let result = /* @__PURE__ */ new Set();
  for (let service of services) {
    let parsed = parseMapSelector(service.get(["spec", "selector"]));
    "selector" in parsed && set.workloadsSelectedBy(service.namespace, parsed.selector).forEach((workload) => result.add(workload));
  }
  return [...result];
}
function hasContainerPort(workloads2, target) {
  return workloads2.some(
    (workload) => containerPorts(workload).some(
      (port) => typeof target == "number" ? port.containerPort === target : port.name === target
    )
  );
}
function declaresPorts(workloads2) {
  return workloads2.some((workload) => containerPorts(workload).length > 0);
}
function names(items) {
  return wordList(items.slice(0, 3).map((item) => `"${item.name}"`)) + (items.length > 3 ? " \u2026" : "");
}
var servicemonitor_no_match_default = {
  id: "servicemonitor-no-match",
  meta: {
    description: "Require a ServiceMonitor or PodMonitor to select Services or pods in the set, and its endpoints to name ports they have",
    severity: "warning",
    category: "references",
    kinds: [SERVICE_MONITOR_KIND, POD_MONITOR_KIND],
    scope: "set",
    messages: {
      noService: `ServiceMonitor "{{name}}" selects Services labelled {{selector}} in {{namespaces}}, but no Service in the set matches{{hint}}; Prometheus discovers no targets from it, so the metrics (and every alert and autoscaler that reads them) are missing without an error. Select the labels in the Service's metadata.labels, and list its namespace in spec.namespaceSelector.matchNames when it is not the ServiceMonitor's own.`,
      noPod: 'PodMonitor "{{name}}" selects pods labelled {{selector}} in {{namespaces}}, but no pod template in the set matches{{hint}}; Prometheus discovers no targets from it, so the metrics are missing without an error. Select the labels of the pod template (spec.template.metadata.labels).',
      portMissing: 'ServiceMonitor "{{name}}" endpoints[{{index}}] scrapes the Service port named "{{port}}", but {{services}} {{have}} no port with that name (ports: {{available}}); prometheus-operator matches endpoints[].port against the Service port name only, so nothing is scraped. Name the Service port "{{port}}", or set port to one of the names.',
      podPortMissing: 'PodMonitor "{{name}}" podMetricsEndpoints[{{index}}] scrapes the container port {{port}}, but no container of {{workloads}} declares it (declared: {{available}}); prometheus-operator keeps only targets whose container port matches, so nothing is scraped. Declare the port in the container, or point the endpoint at a declared one.',
      targetPortMissing: `ServiceMonitor "{{name}}" endpoints[{{index}}] scrapes targetPort {{port}}, but no container of {{workloads}} (behind the selected Services) declares it (declared: {{available}}); prometheus-operator matches targetPort against the pods' container ports, so nothing is scraped. Use port with the Service port name instead, or declare the container port.`
    },
    rationale: "prometheus-operator turns a ServiceMonitor into a scrape job over the Endpoints of the Services whose own labels (`metadata.labels`, not their selector) match `spec.selector` (`matchLabels` and `matchExpressions`; an absent selector selects every Service) in the namespaces of `spec.namespaceSelector` (its own namespace by default, `matchNames` for others, `any: true` for all). Each endpoint then keeps only the Service port whose *name* equals `port` (an unnamed port never matches), or the pod container port given by `targetPort`. A PodMonitor selects pods by their labels the same way and keeps the container ports named by `podMetricsEndpoints[].port`. None of this is validated: a wrong label, a Service in another namespace or an unnamed port leave Prometheus with no targets, and the alerts and autoscaling that depend on the metrics go quiet instead of failing. " + POD_LABEL_ASSUMPTIONS + " " + EXTERNAL_ASSUMPTIONS,
    remediation: "Select labels that the Service itself carries (or, for a PodMonitor, the pod template's labels), list the Service's namespace under `namespaceSelector.matchNames` when it differs, and give the Service port a `name` that the endpoint's `port` uses. If the Services come from elsewhere, lint them together.",
    defaultOptions: {},
    examples: {
      incorrect: `apiVersion: v1
kind: Service
metadata:
  name: web
  labels: {app.kubernetes.io/name: web}
spec:
  selector: {app.kubernetes.io/name: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  endpoints:
    - port: metrics
      interval: 30s
`,
      correct: `apiVersion: v1
kind: Service
metadata:
  name: web
  labels: {app.kubernetes.io/name: web}
spec:
  selector: {app.kubernetes.io/name: web}
  ports:
    - {name: http, port: 80, targetPort: 8080}
    - {name: metrics, port: 9090}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: web}
  endpoints:
    - port: metrics
      interval: 30s
`
    },
    peers: "kube-linter dangling-servicemonitor checks the Service selection (labels and namespaceSelector) but not the endpoint ports or PodMonitors; kube-score, Polaris and the Kyverno policies do not look at ServiceMonitors."
  },
  create(context) {
    let { set } = context, serviceHint = (monitor, namespaces, selector) => {
      let elsewhere = set.servicesSelectedBy("*", selector)[0];
      if (elsewhere)
        return {
          hint: ` (Service "${elsewhere.name}" in namespace "${elsewhere.namespace}" does, outside the namespaces the ServiceMonitor looks in)`,
          related: {
            manifest: elsewhere,
            path: ["metadata", "labels"],
            target: "key",
            message: `These labels match, in namespace "${elsewhere.namespace}".`
          }
        };
      let bySelector = (namespaces.any ? set.byKind(SERVICE_KIND) : namespaces.names.flatMap((namespace) => set.byKindIn(SERVICE_KIND, namespace))).find((service) => {
        let parsed = parseMapSelector(service.get(["spec", "selector"]));
        return "selector" in parsed && !parsed.selector.matchesNone && selectorMatches(selector, parsed.selector.matchLabels);
      });
      return bySelector ? {
        hint: ` (Service "${bySelector.name}" selects pods with those labels, but does not carry them in its own metadata.labels)`,
        related: {
          manifest: bySelector,
          path: ["spec", "selector"],
          target: "key",
          message: `Service "${bySelector.name}" has these labels only in spec.selector.`
        }
      } : { hint: "" };
    }, checkServiceMonitor = (monitor) => {
      let namespaces = readMonitorNamespaces(monitor), parsed = readMonitorSelector(monitor);
      if (!namespaces || !("selector" in parsed))
        return;
      let services = selectedServices(set, namespaces, parsed.selector), selectorPath = monitor.get(["spec", "selector"]) === void 0 ? ["spec"] : ["spec", "selector"];
      if (services.length === 0) {
        if (namespaces.any ? set.external.mayMatch(SERVICE_KIND, "*", parsed.selector) : namespaces.names.some(
          (namespace) => set.external.mayMatch(SERVICE_KIND, namespace, parsed.selector)
        ))
          return;
        let { hint: hint2, related } = serviceHint(monitor, namespaces, parsed.selector);
        context.report({
          manifest: monitor,
          path: selectorPath,
          target: "key",
          messageId: "noService",
          data: {
            name: monitor.name,
            selector: isEmptySelector(parsed.selector) ? "with anything ({})" : `"${describeSelector(parsed.selector)}"`,
            namespaces: describeMonitorNamespaces(namespaces),
            hint: hint2
          },
          ...related ? { related: [related] } : {}
        });
        return;
      }
      let ports = services.flatMap(
        (service) => readServicePorts(service).map((port) => ({ service, port }))
      ), behind;
      asArray(monitor.get(["spec", "endpoints"])).forEach((entry, index) => {
        let endpoint = asObject(entry);
        if (!endpoint)
          return;
        let servicesText = `${services.length === 1 ? "Service" : "Services"} ${names(services)}`;
        if (typeof endpoint.port == "string" && endpoint.port !== "") {
          let portName = endpoint.port;
          if (ports.some(({ port }) => port.name === portName))
            return;
          context.report({
            manifest: monitor,
            path: ["spec", "endpoints", index, "port"],
            messageId: "portMissing",
            data: {
              name: monitor.name,
              index,
              port: portName,
              services: servicesText,
              have: services.length === 1 ? "has" : "have",
              available: ports.length > 0 ? wordList(
                ports.map(
                  ({ port }) => port.name ? `"${port.name}"` : `unnamed ${describeServicePort(port)}`
                )
              ) : "none"
            },
            related: services.slice(0, 3).map((service) => ({
              manifest: service,
              path: ["spec", "ports"],
              target: "key",
              message: `The ports of Service "${service.name}".`
            }))
          });
          return;
        }
        let target = endpoint.targetPort;
        typeof target != "number" && (typeof target != "string" || target === "") || (behind ??= workloadsBehind(set, services), !(!behind.every((workload) => workload.containersKnown) || !declaresPorts(behind) || hasContainerPort(behind, target)) && context.report({
          manifest: monitor,
          path: ["spec", "endpoints", index, "targetPort"],
          messageId: "targetPortMissing",
          data: {
            name: monitor.name,
            index,
            port: typeof target == "number" ? target : `"${target}"`,
            workloads: wordList(behind.slice(0, 3).map((w) => `${w.kind} "${w.manifest.name}"`)),
            available: describeContainerPorts(behind)
          }
        }));
      });
    }, checkPodMonitor = (monitor) => {
      let namespaces = readMonitorNamespaces(monitor), parsed = readMonitorSelector(monitor);
      if (!namespaces || !("selector" in parsed))
        return;
      let workloads2 = selectedWorkloads(set, namespaces, parsed.selector);
      if (workloads2.length === 0) {
        if (namespaces.any ? set.podsMayBeOutside("*", parsed.selector) : namespaces.names.some((namespace) => set.podsMayBeOutside(namespace, parsed.selector)))
          return;
        let elsewhere = workloadElsewhere(set, parsed.selector);
        context.report({
          manifest: monitor,
          path: monitor.get(["spec", "selector"]) === void 0 ? ["spec"] : ["spec", "selector"],
          target: "key",
          messageId: "noPod",
          data: {
            name: monitor.name,
            selector: isEmptySelector(parsed.selector) ? "with anything ({})" : `"${describeSelector(parsed.selector)}"`,
            namespaces: describeMonitorNamespaces(namespaces),
            hint: elsewhereNote(elsewhere, "outside the namespaces the PodMonitor looks in")
          },
          ...elsewhereRelated(elsewhere)
        });
        return;
      }
      asArray(monitor.get(["spec", "podMetricsEndpoints"])).forEach((entry, index) => {
        let endpoint = asObject(entry);
        if (!endpoint)
          return;
        let [field, target] = typeof endpoint.port == "string" && endpoint.port !== "" ? ["port", endpoint.port] : typeof endpoint.portNumber == "number" ? ["portNumber", endpoint.portNumber] : ["targetPort", endpoint.targetPort];
        if (typeof target != "number" && (typeof target != "string" || target === ""))
          return;
        let byName = field === "port";
        !workloads2.every((workload) => workload.containersKnown) || !byName && !declaresPorts(workloads2) || hasContainerPort(workloads2, target) || context.report({
          manifest: monitor,
          path: ["spec", "podMetricsEndpoints", index, field],
          messageId: "podPortMissing",
          data: {
            name: monitor.name,
            index,
            port: typeof target == "number" ? String(target) : `named "${target}"`,
            workloads: wordList(workloads2.slice(0, 3).map((w) => `${w.kind} "${w.manifest.name}"`)),
            available: describeContainerPorts(workloads2)
          }
        });
      });
    };
    return {
      [SERVICE_MONITOR_KIND](monitor) {
        isMonitoringObject(monitor) && checkServiceMonitor(monitor);
      },
      [POD_MONITOR_KIND](monitor) {
        isMonitoringObject(monitor) && checkPodMonitor(monitor);
      }
    };
  }
};
function describeContainerPorts(workloads2) {
  let ports = workloads2.flatMap((workload) => containerPorts(workload));
  if (ports.length === 0)
    return "none";
  let described = [
    ...new Set(
      ports.map(
        (port) => port.name ? `"${port.name}" (${port.containerPort ?? "?"})` : String(port.containerPort ?? "?")
      )
    )
  ];
  return wordList(described);
}

// src/lint/rules/index.ts
var rules = [
  deprecated_api_default,
  duplicate_object_default,
  extended_resource_limits_default,
  gpu_without_placement_default,
  hpa_duplicate_target_default,
  hpa_min_max_default,
  hpa_min_replicas_default,
  hpa_missing_requests_default,
  hpa_replicas_pinned_default,
  hpa_scale_down_too_fast_default,
  hpa_scale_down_unstabilized_default,
  hpa_target_missing_default,
  hpa_unsupported_resource_metric_default,
  hpa_vpa_conflict_default,
  ingress_backend_missing_default,
  missing_requests_default,
  parse_error_default,
  pdb_blocks_eviction_default,
  pdb_missing_default,
  pdb_no_match_default,
  pdb_overlap_default,
  priority_class_conflict_default,
  priority_class_missing_default,
  prometheus_rule_invalid_default,
  quota_exceeded_at_max_scale_default,
  quota_extended_resource_key_default,
  quota_missing_requests_default,
  requests_exceed_limits_default,
  schema_invalid_default,
  service_no_match_default,
  servicemonitor_no_match_default
];

// src/lint/config.ts
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

// src/lint/config.ts
var CONFIG_FILE_NAMES = [".scaleplan.yaml", ".scaleplan.yml"];
function findConfigFile(cwd) {
  let directory = path.resolve(cwd);
  for (; ; ) {
    for (let name of CONFIG_FILE_NAMES) {
      let candidate = path.join(directory, name);
      if (fs.existsSync(candidate))
        return candidate;
    }
    let parent = path.dirname(directory);
    if (parent === directory)
      return;
    directory = parent;
  }
}
function loadConfig(explicitFile, cwd) {
  let file = explicitFile ? path.resolve(cwd, explicitFile) : findConfigFile(cwd);
  if (explicitFile && (!file || !fs.existsSync(file)))
    throw new ScaleplanError("CONFIG_NOT_FOUND", `Config file not found: ${explicitFile}`);
  return file ? resolveFile(file, cwd, []) : { ...resolvePack("recommended", cwd, []), baseDirectory: cwd };
}
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
  let resolved2 = resolveText(
    new SourceFile(displayPath(cwd, file), text, file),
    path.dirname(file),
    cwd,
    [...chain, file]
  );
  return resolved2.file = file, resolved2;
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
  let { config, document } = parseConfigDocument(source), parents = config.extends === void 0 ? [] : [config.extends].flat(), resolved2 = emptyConfig(baseDirectory);
  parents.forEach((name, index) => {
    let where = locate(
      source,
      document,
      Array.isArray(config.extends) ? ["extends", index] : ["extends"],
      "value"
    );
    resolved2 = merge(resolved2, resolveParent({ name, location: where }, baseDirectory, cwd, chain));
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
  let merged = merge(resolved2, own);
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
      `The config is not valid YAML: ${cleanYamlError(firstError.message)}`,
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
  let range2 = document ? locateInDocument(source, document, fieldPath, target) : void 0, position = range2 ? source.position(range2.start) : { line: 1, column: 1 };
  return { file: source.path, ...position };
}
function cleanYamlError(message) {
  let cleaned = (message.split(`
`)[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
  return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
}
function errorPlace(error) {
  let base = pointerToPath(error.instancePath);
  return error.keyword === "additionalProperties" ? { path: [...base, String(error.params.additionalProperty)], target: "key" } : { path: base, target: "value" };
}
function jsonType(value) {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value == "number" ? Number.isInteger(value) ? "integer" : "number" : typeof value;
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
function valueAt(root, fieldPath) {
  let current = root;
  for (let segment of fieldPath) {
    if (typeof current != "object" || current === null)
      return;
    current = current[String(segment)];
  }
  return current;
}
function pointerToPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
}
function describePath(fieldPath) {
  return fieldPath.map(
    (segment, index) => typeof segment == "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`
  ).join("");
}
var TOP_LEVEL_KEYS = [
  "extends",
  "kubeVersion",
  "namespace",
  "limits",
  "references",
  "rules",
  "ignore",
  "overrides"
], LIMIT_KEYS = ["maxFileBytes", "maxTotalBytes", "maxDocuments"], TYPE_NAMES3 = {
  string: "a string",
  array: "a list",
  object: "a map",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "empty"
};
function describeValue2(value) {
  let type = jsonType(value);
  return type === "string" ? `the string ${JSON.stringify(value)}` : type === "integer" || type === "number" ? `the number ${String(value)}` : type === "boolean" ? String(value) : TYPE_NAMES3[type] ?? type;
}
function ruleOptions() {
  return new Map(
    rules.map((rule) => [rule.id, Object.keys(rule.meta.optionsSchema?.properties ?? {})])
  );
}
function describeError(error, root) {
  let fieldPath = pointerToPath(error.instancePath), where = fieldPath.length === 0 ? "the config" : describePath(fieldPath), value = valueAt(root, fieldPath), params = error.params, last = fieldPath[fieldPath.length - 1], parent = fieldPath[fieldPath.length - 2];
  switch (error.keyword) {
    case "additionalProperties": {
      let key = String(params.additionalProperty);
      if (fieldPath.length === 0)
        return unknownKey(key, "in the config", TOP_LEVEL_KEYS);
      if (last === "rules") {
        let ids = [...ruleOptions().keys()], suggestion = closestMatch(key, ids);
        return `Unknown rule id "${key}"${suggestion ? `; did you mean "${suggestion}"?` : "."} Run "scaleplan rules" to list the rules.`;
      }
      if (last === "options" && parent !== void 0) {
        let options = ruleOptions().get(String(parent)) ?? [];
        return options.length === 0 ? `Rule "${String(parent)}" has no options, so "${key}" cannot be set; remove "options".` : unknownKey(key, `for rule "${String(parent)}"`, options, "option");
      }
      return parent === "rules" ? unknownKey(key, `in the settings of rule "${String(last)}"`, [
        "severity",
        "options"
      ]) : last === "limits" ? unknownKey(key, "in limits", LIMIT_KEYS) : last === "references" ? unknownKey(key, "in references", ["assumeExternal"]) : parent === "overrides" ? unknownKey(key, `in ${where}`, ["files", "rules"]) : unknownKey(key, `in ${where}`, []);
    }
    case "enum": {
      let allowed = params.allowedValues.map(String), suggestion = typeof value == "string" ? closestMatch(value, allowed) : void 0, what = last === "severity" || parent === "rules" ? "a severity" : `one of ${allowed.join(", ")}`;
      return `${where} must be ${what} (${allowed.join(", ")}), not ${describeValue2(value)}${suggestion ? `; did you mean "${suggestion}"?` : "."}`;
    }
    case "type": {
      let expected = TYPE_NAMES3[String(params.type)] ?? String(params.type);
      return last === "kubeVersion" && typeof value == "number" ? `kubeVersion must be a string such as "1.30", not the number ${String(value)}: YAML reads an unquoted 1.30 as the number 1.3, so quote it.` : parent === "rules" ? `${where} must be a severity (off, info, warning, error) or a map with severity and options, not ${describeValue2(value)}.` : last === "extends" ? `extends must be a policy pack ("recommended", "strict"), a config file path, or a list of them, not ${describeValue2(value)}.` : fieldPath.length === 0 ? `The config must be a map of settings (${TOP_LEVEL_KEYS.join(", ")}), not ${typeof value == "string" ? "text" : describeValue2(value)}.` : params.type === "array" && typeof value == "string" ? `${where} must be a list, not the string ${JSON.stringify(value)}; write ${describePath([last ?? ""])}: [${JSON.stringify(value)}].` : `${where} must be ${expected}, not ${describeValue2(value)}.`;
    }
    case "pattern":
      return parent === "assumeExternal" ? `${where} must be a namespace (kube-system) or an object as Kind/namespace/name (Service/kube-system/kube-dns), not ${describeValue2(value)}.` : last === "kubeVersion" ? `kubeVersion must be a Kubernetes version as "MAJOR.MINOR" (such as "1.30"), not ${describeValue2(value)}.` : `${where} does not have the expected form (${String(params.pattern)}).`;
    case "required":
      return parent === "overrides" || typeof last == "number" ? `${where} needs "${String(params.missingProperty)}": the globs of the files this override applies to.` : `${where} needs "${String(params.missingProperty)}".`;
    case "minItems":
      return `${where} must list at least ${String(params.limit)} ${Number(params.limit) === 1 ? "entry" : "entries"}.`;
    case "minimum":
    case "exclusiveMinimum":
      return `${where} must be at least ${String(params.limit)}, not ${describeValue2(value)}.`;
    case "maximum":
    case "exclusiveMaximum":
      return `${where} must be at most ${String(params.limit)}, not ${describeValue2(value)}.`;
    default:
      return `${where} ${error.message ?? "is invalid"}.`;
  }
}
function unknownKey(key, where, known, noun = "key") {
  let suggestion = closestMatch(key, known), list = known.length > 0 ? ` Known ${noun}s: ${known.join(", ")}.` : "";
  return `Unknown ${noun} "${key}" ${where}${suggestion ? `; did you mean "${suggestion}"?` : "."}${list}`;
}
function normalizeRules(rules2) {
  let result = {};
  for (let [id, entry] of Object.entries(rules2 ?? {}))
    result[id] = typeof entry == "string" ? { severity: entry } : { ...entry };
  return result;
}
function mergeRules(base, over) {
  let result = { ...base };
  for (let [id, setting] of Object.entries(over)) {
    let previous = result[id], merged = { ...previous };
    setting.severity !== void 0 && (merged.severity = setting.severity), setting.options !== void 0 && (merged.options = { ...previous?.options, ...setting.options }), result[id] = merged;
  }
  return result;
}
function merge(base, over) {
  let result = {
    baseDirectory: over.baseDirectory,
    rules: mergeRules(base.rules, over.rules),
    ignore: [...base.ignore, ...over.ignore],
    overrides: [...base.overrides, ...over.overrides]
  }, kubeVersion = over.kubeVersion ?? base.kubeVersion;
  kubeVersion !== void 0 && (result.kubeVersion = kubeVersion);
  let namespace = over.namespace ?? base.namespace;
  return namespace !== void 0 && (result.namespace = namespace), (base.limits !== void 0 || over.limits !== void 0) && (result.limits = { ...base.limits, ...over.limits }), (base.references !== void 0 || over.references !== void 0) && (result.references = {
    assumeExternal: [
      ...base.references?.assumeExternal ?? [],
      ...over.references?.assumeExternal ?? []
    ]
  }), base.file !== void 0 && (result.file = base.file), result;
}
var RuleSettingsResolver = class {
  constructor(config, cwd) {
    this.config = config;
    this.cwd = cwd;
  }
  config;
  cwd;
  cache = /* @__PURE__ */ new Map();
  forFile(shownPath) {
    let settings = this.cache.get(shownPath);
    if (!settings) {
      if (settings = this.config.rules, this.config.overrides.length > 0) {
        let relative = path.relative(this.config.baseDirectory, path.resolve(this.cwd, shownPath)).split(path.sep).join("/");
        for (let override of this.config.overrides)
          override.files.some((pattern) => minimatch(relative, pattern, { dot: !0 })) && (settings = mergeRules(settings, override.rules));
      }
      this.cache.set(shownPath, settings);
    }
    return settings;
  }
  /** Whether rule settings can differ between files. */
  get hasOverrides() {
    return this.config.overrides.length > 0;
  }
  /** Whether a rule can report anywhere (off everywhere means it need not run). */
  isEnabledAnywhere(ruleId) {
    return this.config.rules[ruleId]?.severity !== "off" ? !0 : this.config.overrides.some((override) => {
      let severity = override.rules[ruleId]?.severity;
      return severity !== void 0 && severity !== "off";
    });
  }
};

export {
  LIMIT_RANGE_KIND,
  LimitRangeDefaults,
  quotedList,
  counted,
  podMakerFor,
  rolloutWorkloadRef,
  ExternalReferences,
  rules,
  findConfigFile,
  loadConfig,
  RuleSettingsResolver
};
