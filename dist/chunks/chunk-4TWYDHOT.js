import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  SpecInvalidError,
  parseSpec,
  problemAt,
  problemInScalar,
  readSpecFile
} from "./chunk-FIS5GJNN.js";
import {
  require_runtime
} from "./chunk-PAAWLEMI.js";
import {
  DEPLOYED_WITH_ANNOTATION,
  SourceCache,
  Workload,
  allowedDisruptions,
  asArray,
  asObject,
  checkAlertTemplate,
  checkPromQL,
  displayPath,
  fastestScaleDown,
  formatQuantity,
  formatSeconds,
  isClusterScoped,
  isExtendedResource,
  isWithin,
  kustomizationFileIn,
  loadInputs,
  loadPromQL,
  localReferences,
  parseDuration,
  parseIntOrPercent,
  parsePrometheusDuration,
  parseQuantity,
  readKustomization,
  readTargetRef,
  regexError,
  repositoryRoot,
  requireRenderer,
  runRenderer,
  selectorMatches,
  simulate,
  toLocation,
  yaml
} from "./chunk-AQRGXSGC.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import {
  closestMatch
} from "./chunk-CABQTM2P.js";
import {
  __toESM
} from "./chunk-VXV2MXR7.js";

// src/plan/model.ts
function replicaBounds(workload) {
  if ((workload.autoscaler ?? "hpa") === "none") {
    let min = workload.replicas?.min;
    return min === void 0 ? void 0 : { min, max: min };
  }
  let max = workload.replicas?.max;
  if (max !== void 0)
    return { min: workload.replicas?.min ?? Math.min(2, max), max };
}
function resourceMetrics(workload) {
  return (workload.autoscaler ?? "hpa") === "none" ? [] : ["cpu", "memory"].filter((name) => workload.scaleOn?.[name] !== void 0);
}
function hasScaleTarget(workload) {
  let scaleOn = workload.scaleOn ?? {};
  return scaleOn.cpu !== void 0 || scaleOn.memory !== void 0 || scaleOn.gpu !== void 0 || scaleOn.gpuMemory !== void 0 || scaleOn.requestsPerSecond !== void 0 || scaleOn.latency !== void 0 || (scaleOn.metrics ?? []).length > 0;
}
function recommendsOnly(workload) {
  return (workload.vpa?.mode ?? "Off") === "Off";
}
function vpaControlledResources(workload) {
  let scaled = new Set(recommendsOnly(workload) ? [] : resourceMetrics(workload)), asked = workload.vpa?.controlledResources;
  return (asked ?? ["cpu", "memory"]).filter((resource) => asked || !scaled.has(resource));
}
function isEnabled(block) {
  return block !== void 0 && block.enabled !== !1;
}
function seconds(text) {
  return parseDuration(text) ?? 0;
}
function objectName(workloadName, workload, kind) {
  return workload.names?.[kind] ?? (kind === "prometheusRule" ? `${workloadName}-scaling` : workloadName);
}
function generatedAlertNames(workload) {
  let alerts = workload.alerts;
  return alerts?.enabled === !1 ? [] : [
    ...(workload.autoscaler ?? "hpa") !== "none" ? ["KubeHpaReplicasMismatch", "KubeHpaMaxedOut"] : [],
    ...alerts?.latencyP95 !== void 0 ? ["WorkloadLatencyP95High"] : [],
    ...alerts?.errorRate !== void 0 ? ["WorkloadErrorRateHigh"] : []
  ];
}
function alertRuleLabels(rule, defaults) {
  let labels = { ...rule.labels };
  return labels.severity = rule.severity ?? labels.severity ?? defaults.severity, defaults.workload !== void 0 && (labels.workload ??= defaults.workload), labels;
}

// src/plan/types.ts
var DEFAULT_ENVIRONMENT = "default", DEFAULT_CLUSTER = "default", CLUSTERS_DIRECTORY = "clusters";

// src/plan/resolve.ts
var PROFILES = {
  aggressive: {
    scaleUp: {
      stabilizationWindowSeconds: 0,
      selectPolicy: "Max",
      policies: [
        { type: "Percent", value: 100, periodSeconds: 15 },
        { type: "Pods", value: 4, periodSeconds: 15 }
      ]
    },
    scaleDown: {
      stabilizationWindowSeconds: 120,
      selectPolicy: "Max",
      policies: [{ type: "Percent", value: 25, periodSeconds: 60 }]
    }
  },
  balanced: {
    scaleUp: {
      stabilizationWindowSeconds: 30,
      selectPolicy: "Max",
      policies: [
        { type: "Percent", value: 100, periodSeconds: 60 },
        { type: "Pods", value: 4, periodSeconds: 60 }
      ]
    },
    scaleDown: {
      stabilizationWindowSeconds: 300,
      selectPolicy: "Max",
      policies: [
        { type: "Percent", value: 10, periodSeconds: 60 },
        { type: "Pods", value: 1, periodSeconds: 60 }
      ]
    }
  },
  conservative: {
    scaleUp: {
      stabilizationWindowSeconds: 60,
      selectPolicy: "Max",
      policies: [{ type: "Pods", value: 1, periodSeconds: 60 }]
    },
    scaleDown: {
      stabilizationWindowSeconds: 600,
      selectPolicy: "Max",
      policies: [{ type: "Pods", value: 1, periodSeconds: 300 }]
    }
  }
}, DEFAULT_PROFILE = "balanced";
function resolveDirection(preset, override, parseSeconds) {
  if (!override)
    return { ...preset, policies: preset.policies.map((policy) => ({ ...policy })) };
  let period = override.period !== void 0 ? parseSeconds(override.period) : preset.policies[0]?.periodSeconds ?? 60, policies;
  override.maxPods !== void 0 || override.maxPercent !== void 0 ? (policies = [], override.maxPercent !== void 0 && policies.push({ type: "Percent", value: override.maxPercent, periodSeconds: period }), override.maxPods !== void 0 && policies.push({ type: "Pods", value: override.maxPods, periodSeconds: period })) : policies = preset.policies.map((policy) => ({
    ...policy,
    periodSeconds: override.period !== void 0 ? period : policy.periodSeconds
  }));
  let direction2 = {
    stabilizationWindowSeconds: override.stabilization !== void 0 ? parseSeconds(override.stabilization) : preset.stabilizationWindowSeconds,
    selectPolicy: override.select ?? preset.selectPolicy,
    policies
  }, tolerance = override.tolerance ?? preset.tolerance;
  return tolerance !== void 0 && (direction2.tolerance = tolerance), direction2;
}
function resolveBehavior(workload, parseSeconds) {
  let preset = PROFILES[workload.profile ?? DEFAULT_PROFILE];
  return {
    scaleUp: resolveDirection(preset.scaleUp, workload.scaleUp, parseSeconds),
    scaleDown: resolveDirection(preset.scaleDown, workload.scaleDown, parseSeconds)
  };
}
function isPlainObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function mergeOverride(base, override) {
  if (override === void 0)
    return base;
  if (isPlainObject(base) && isPlainObject(override)) {
    let result = { ...base };
    for (let [key, value] of Object.entries(override))
      result[key] = mergeOverride(result[key], value);
    return result;
  }
  return override;
}
function environmentNames(plan) {
  let names = Object.keys(plan.spec.environments ?? {});
  return names.length === 0 ? [DEFAULT_ENVIRONMENT] : [...names].sort();
}
function hasPath(value, path9) {
  let current = value;
  for (let segment of path9) {
    if (Array.isArray(current) && typeof segment == "number" && segment < current.length) {
      current = current[segment];
      continue;
    }
    if (!isPlainObject(current) || !(String(segment) in current))
      return !1;
    current = current[String(segment)];
  }
  return !0;
}
function resolveEnvironment(plan, name) {
  let environment = plan.spec.environments?.[name], path9 = environment ? ["spec", "environments", name] : void 0, overrideWorkloads = environment?.workloads ?? {}, workloads = Object.keys(plan.spec.workloads).sort().map((workloadName) => {
    let base = plan.spec.workloads[workloadName] ?? {}, override = overrideWorkloads[workloadName];
    return {
      name: workloadName,
      spec: mergeOverride(base, override),
      fieldPath: (subPath) => path9 && override !== void 0 && hasPath(override, subPath) ? [...path9, "workloads", workloadName, ...subPath] : ["spec", "workloads", workloadName, ...subPath]
    };
  });
  return {
    name,
    path: path9,
    namespace: environment?.namespace ?? plan.spec.namespace,
    cluster: environment?.cluster ?? DEFAULT_CLUSTER,
    namePrefix: environment?.namePrefix ?? plan.spec.namePrefix ?? "",
    nameSuffix: environment?.nameSuffix ?? plan.spec.nameSuffix ?? "",
    labels: { ...plan.spec.labels, ...environment?.labels },
    prometheus: mergeOverride(plan.spec.prometheus ?? {}, environment?.prometheus),
    alerts: mergeOverride(plan.spec.alerts ?? {}, environment?.alerts),
    priorityClasses: mergeOverride(plan.spec.priorityClasses ?? {}, environment?.priorityClasses),
    quotas: mergeOverride(plan.spec.quotas ?? {}, environment?.quotas),
    nodePools: mergeOverride(plan.spec.nodePools ?? {}, environment?.nodePools),
    workloads,
    ingresses: Object.fromEntries(
      Object.entries(
        mergeOverride(
          plan.spec.ingresses ?? {},
          environment?.ingresses
        )
      ).filter(([, ingress2]) => ingress2.enabled !== !1).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    ),
    fieldPath: (section, subPath) => path9 && hasPath(environment?.[section], subPath) ? [...path9, section, ...subPath] : ["spec", section, ...subPath]
  };
}
function clusterEnvironments(plan) {
  let clusters = /* @__PURE__ */ new Map();
  for (let name of environmentNames(plan)) {
    let cluster = plan.spec.environments?.[name]?.cluster ?? DEFAULT_CLUSTER;
    clusters.set(cluster, [...clusters.get(cluster) ?? [], name]);
  }
  return new Map([...clusters.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// src/plan/base.ts
var GPU_RESOURCE = "nvidia.com/gpu", GPU_TAINT = "nvidia.com/gpu";
function findBaseWorkload(base, kind, name) {
  return base.workloads.find((workload) => workload.kind === kind && workload.name === name);
}
function targetContainer(workload, base) {
  return workload.container !== void 0 ? workload.container : base?.containers.find((container) => container.kind === "container")?.name;
}
function kubernetesAmounts(amounts2) {
  let result = {};
  return amounts2 && (amounts2.cpu !== void 0 && (result.cpu = quantityText(amounts2.cpu)), amounts2.memory !== void 0 && (result.memory = quantityText(amounts2.memory)), amounts2.ephemeralStorage !== void 0 && (result["ephemeral-storage"] = quantityText(amounts2.ephemeralStorage)), amounts2.gpu !== void 0 && (result[GPU_RESOURCE] = String(amounts2.gpu))), result;
}
function quantityText(value) {
  return typeof value == "number" ? String(value) : value.trim();
}
function numericAmounts(values) {
  let result = /* @__PURE__ */ new Map();
  for (let [resource, value] of Object.entries(values)) {
    let parsed = parseQuantity(value);
    parsed !== void 0 && result.set(resource, parsed);
  }
  return result;
}
function effectiveContainers(workload, base) {
  let target2 = targetContainer(workload, base), containers = (base?.containers ?? []).map((container) => ({
    name: container.name,
    kind: container.kind,
    requests: numericAmounts(container.requests),
    limits: numericAmounts(container.limits)
  }));
  !base && target2 !== void 0 && containers.push({ name: target2, kind: "container", requests: /* @__PURE__ */ new Map(), limits: /* @__PURE__ */ new Map() });
  let patched = containers.find((container) => container.name === target2);
  if (patched) {
    let { requests, limits } = patchAmounts(workload);
    for (let [resource, value] of Object.entries(requests)) {
      let parsed = parseQuantity(value);
      parsed !== void 0 && patched.requests.set(resource, parsed);
    }
    for (let [resource, value] of Object.entries(limits)) {
      let parsed = parseQuantity(value);
      parsed !== void 0 && patched.limits.set(resource, parsed);
    }
  }
  return containers;
}
function patchAmounts(workload) {
  let requests = kubernetesAmounts(workload.resources?.requests), limits = kubernetesAmounts(workload.resources?.limits), gpu = requests[GPU_RESOURCE] ?? limits[GPU_RESOURCE];
  return gpu !== void 0 && (requests[GPU_RESOURCE] = gpu, limits[GPU_RESOURCE] = gpu), { requests, limits };
}
function podRequests(containers) {
  let totals = /* @__PURE__ */ new Map();
  for (let container of containers)
    if (container.kind !== "init")
      for (let [resource, value] of container.requests)
        totals.set(resource, (totals.get(resource) ?? 0) + value);
  for (let container of containers)
    if (container.kind === "init")
      for (let [resource, value] of container.requests)
        totals.set(resource, Math.max(totals.get(resource) ?? 0, value));
  return totals;
}
function podLimits(containers) {
  let totals = /* @__PURE__ */ new Map();
  for (let container of containers)
    if (container.kind !== "init")
      for (let [resource, value] of container.limits)
        totals.set(resource, (totals.get(resource) ?? 0) + value);
  return totals;
}
function serviceFor(base, workload, baseWorkload) {
  if (workload.service !== void 0)
    return base.services.find((service) => service.name === workload.service);
  if (!baseWorkload)
    return;
  let labels = baseWorkload.templateLabels;
  return [...base.services].sort((a, b) => a.name.localeCompare(b.name)).find(
    (service) => Object.keys(service.selector).length > 0 && Object.entries(service.selector).every(([key, value]) => labels[key] === value)
  );
}
function podPortOf(service, portName, workload) {
  let port = service.ports.find((entry) => entry.name === portName);
  if (!port) {
    let names = service.ports.flatMap((entry) => entry.name !== void 0 ? [entry.name] : []);
    return {
      problem: `Service "${service.name}" has no port named "${portName}"${names.length > 0 ? `; its ports: ${names.join(", ")}` : ""}.`
    };
  }
  let target2 = port.targetPort ?? port.port;
  if (typeof target2 == "number")
    return target2;
  if (/^[0-9]+$/.test(target2))
    return Number(target2);
  let containerPort = workload.containers.flatMap((container) => container.ports ?? []).find((entry) => entry.name === target2);
  return containerPort ? containerPort.containerPort : {
    problem: `port "${portName}" of Service "${service.name}" targets the container port "${target2}", which no container of ${workload.kind} "${workload.name}" names; the prometheus.io/port annotation needs its number.`
  };
}
function podSelector(workload) {
  let matchLabels = workload.selector?.matchLabels, result = {};
  if (typeof matchLabels == "object" && matchLabels !== null && !Array.isArray(matchLabels))
    for (let key of Object.keys(matchLabels).sort()) {
      let value = matchLabels[key];
      (typeof value == "string" || typeof value == "number" || typeof value == "boolean") && (result[key] = String(value));
    }
  if (Object.keys(result).length > 0)
    return result;
  for (let key of Object.keys(workload.templateLabels).sort())
    result[key] = workload.templateLabels[key] ?? "";
  return result;
}

// src/plan/check/checker.ts
var ADAPTER_SETTINGS = [
  "adapterNamespace",
  "adapterConfigMap",
  "adapterRulesFrom",
  "adapterRulesOnly",
  "adapterRules",
  "dcgm"
];
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_key, entry) => typeof entry == "object" && entry !== null && !Array.isArray(entry) ? Object.fromEntries(
      Object.entries(entry).sort(
        ([a], [b]) => a < b ? -1 : a > b ? 1 : 0
      )
    ) : entry
  );
}
function quotedNames(views) {
  return views.map((view) => `"${view.name}"`).join(", ");
}
var MAX_STABILIZATION_SECONDS = 3600, MAX_PERIOD_SECONDS = 1800, QUOTA_SHORTHAND_KEYS = {
  "requests.cpu": "cpu",
  cpu: "cpu",
  "requests.memory": "memory",
  memory: "memory",
  [`requests.${GPU_RESOURCE}`]: "gpu",
  pods: "pods",
  "limits.cpu": "limits.cpu",
  "limits.memory": "limits.memory"
}, QUANTITY_EXAMPLES = 'such as 500m, "2", 512Mi or 8Gi';
function isUnprefixedExtendedResource(key) {
  if (key.startsWith("requests.") || key.startsWith("limits.") || key.startsWith("count/"))
    return !1;
  let domain = key.slice(0, key.indexOf("/"));
  return isExtendedResource(key) && !domain.endsWith("k8s.io");
}
function describeQuantityProblem(value) {
  return `${JSON.stringify(value)} is not a Kubernetes quantity; expected a non-negative amount ${QUANTITY_EXAMPLES}.`;
}
var Checker = class {
  constructor(plan, source, base) {
    this.plan = plan;
    this.source = source;
    this.base = base;
  }
  plan;
  source;
  base;
  problems = [];
  reported = /* @__PURE__ */ new Set();
  report(path9, message, target2 = "value") {
    this.add(problemAt(this.source, path9, message, target2));
  }
  /** A problem at characters `from`–`to` of a string field's value (see problemInScalar). */
  reportInside(path9, message, inside) {
    this.add(problemInScalar(this.source, path9, message, inside));
  }
  add(problem) {
    let message = problem.message, key = `${problem.line}:${problem.column}:${message}`;
    this.reported.has(key) || (this.reported.add(key), this.problems.push(problem));
  }
  /** A quantity field: must parse and not be negative. Returns the value in base units. */
  quantity(path9, value) {
    if (value === void 0)
      return;
    let parsed = parseQuantity(value);
    if (parsed === void 0 || parsed < 0) {
      this.report(path9, describeQuantityProblem(value));
      return;
    }
    return parsed;
  }
  /** Whether the spec's kubeVersion is 1.x with x below `minor` (false when unset). */
  kubeMinorBelow(minor) {
    let version = /^v?(\d+)\.(\d+)/.exec(this.plan.spec.kubeVersion ?? "");
    return version !== null && Number(version[1]) === 1 && Number(version[2]) < minor;
  }
};

// src/plan/check/monitoring.ts
function needsPromQL(plan) {
  let spec = plan.spec, workloadRules = (workloads = {}) => Object.values(workloads).some((workload) => (workload.alerts?.rules ?? []).length > 0), adapterRules2 = (prometheus) => (prometheus?.adapterRules?.rules ?? []).length > 0 || (prometheus?.adapterRules?.externalRules ?? []).length > 0;
  return (spec.alerts?.rules ?? []).length > 0 || adapterRules2(spec.prometheus) || workloadRules(spec.workloads) || Object.values(spec.environments ?? {}).some(
    (environment) => (environment.alerts?.rules ?? []).length > 0 || adapterRules2(environment.prometheus) || workloadRules(environment.workloads)
  );
}
function checkAdapterRules(c, view) {
  for (let list2 of ["rules", "externalRules"])
    (view.prometheus.adapterRules?.[list2] ?? []).forEach((rule, index) => {
      let at = (...subPath) => view.fieldPath("prometheus", ["adapterRules", list2, index, ...subPath]), problem = checkPromQL(rule.seriesQuery);
      problem && c.reportInside(
        at("seriesQuery"),
        `the series query is not valid PromQL: ${problem.message}; prometheus-adapter would find no series for "${rule.name.as}". Fix the query.`,
        { value: rule.seriesQuery, from: problem.from, to: problem.to }
      );
      let pattern = rule.name.matches, error = pattern !== void 0 ? regexError(pattern) : void 0;
      error !== void 0 && c.report(
        at("name", "matches"),
        `this is not a regular expression prometheus-adapter can compile (Go RE2 syntax): ${error}.`
      );
    });
}
function checkPlanAlertRules(c, view) {
  view.alerts.enabled !== !1 && checkGroup(
    c,
    view.alerts.rules ?? [],
    (subPath) => view.fieldPath("alerts", ["rules", ...subPath]),
    `scaleplan.${c.plan.metadata.name}`,
    [],
    { severity: "warning" }
  );
}
function checkWorkloadAlertRules(c, workload) {
  let alerts = workload.spec.alerts;
  alerts?.enabled !== !1 && checkGroup(
    c,
    alerts?.rules ?? [],
    (subPath) => workload.fieldPath(["alerts", "rules", ...subPath]),
    `scaleplan.${workload.name}`,
    generatedAlertNames(workload.spec),
    { severity: alerts?.severity ?? "warning", workload: workload.name }
  );
}
function checkGroup(c, rules, at, group, generated, defaults) {
  let seen = /* @__PURE__ */ new Map();
  rules.forEach((rule, index) => {
    if (checkRule(c, rule, (...subPath) => at([index, ...subPath])), generated.includes(rule.alert)) {
      c.report(
        at([index, "alert"]),
        `the compiler already writes an alert "${rule.alert}" into group "${group}"; name this one differently (or set the built-in alert's fields under alerts).`
      );
      return;
    }
    let identity = `${rule.alert}\0${canonicalJson(alertRuleLabels(rule, defaults))}`, first = seen.get(identity);
    if (first === void 0) {
      seen.set(identity, index);
      return;
    }
    c.report(
      at([index, "alert"]),
      `group "${group}" already has an alert "${rule.alert}" with the same labels (rules[${first}]); Prometheus would evaluate both into one alert. Give them different labels (such as severity) or a different name, or remove one.`
    );
  });
}
function checkRule(c, rule, at) {
  let problem = checkPromQL(rule.expr);
  problem && c.reportInside(
    at("expr"),
    `the expression is not valid PromQL: ${problem.message}; Prometheus would refuse the whole rule group. Fix the expression.`,
    { value: rule.expr, from: problem.from, to: problem.to }
  );
  for (let field of ["for", "keep_firing_for"]) {
    let value = rule[field];
    value !== void 0 && parsePrometheusDuration(value) === void 0 && c.report(
      at(field),
      `${JSON.stringify(value)} is not a Prometheus duration: units go from the largest to the smallest, each once (30s, 5m, 1h30m, 1d).`
    );
  }
  rule.severity !== void 0 && rule.labels?.severity !== void 0 && c.report(
    at("labels", "severity"),
    `severity is already set to "${rule.severity}" by the rule's severity; set it in one place.`,
    "key"
  );
  for (let field of ["labels", "annotations"])
    for (let [key, text] of Object.entries(rule[field] ?? {})) {
      let template = checkAlertTemplate(text);
      template && c.reportInside(
        at(field, key),
        `the template is not valid: ${template.message}; Prometheus would refuse the whole rule group (the variables are $labels, $value, $externalLabels and $externalURL).`,
        { value: text, from: template.from, to: template.to }
      );
    }
}

// src/plan/check/cluster.ts
function checkCluster(c, cluster, views) {
  let first = /* @__PURE__ */ new Map(), agree = (key, view, value, path9, what) => {
    let text = canonicalJson(value), earlier = first.get(key);
    if (!earlier)
      first.set(key, { view, value: text });
    else if (earlier.value !== text) {
      let here = path9(view), there = path9(earlier.view);
      c.report(
        here[1] !== "environments" && there[1] === "environments" ? there : here,
        `environments "${earlier.view.name}" and "${view.name}" share cluster "${cluster}" but ${what} differs (${earlier.value} there, ${text} here); the cluster has one. Make them equal, or put "${view.name}" on another cluster (environments.${view.name}.cluster).`
      );
    }
  };
  for (let view of views) {
    for (let name of Object.keys(view.priorityClasses).sort())
      agree(
        `priorityClass/${name}`,
        view,
        view.priorityClasses[name],
        (at) => at.fieldPath("priorityClasses", [name]),
        `PriorityClass "${name}"`
      );
    for (let field of ADAPTER_SETTINGS)
      agree(
        `prometheus/${field}`,
        view,
        view.prometheus[field] ?? null,
        (at) => at.fieldPath("prometheus", [field]),
        `prometheus.${field}`
      );
  }
  let defaults = /* @__PURE__ */ new Map();
  for (let view of views)
    for (let [name, priorityClass] of Object.entries(view.priorityClasses))
      priorityClass.globalDefault === !0 && !defaults.has(name) && defaults.set(name, view);
  let [defaultClass] = defaults.keys();
  for (let [name, view] of [...defaults].slice(1))
    c.report(
      view.fieldPath("priorityClasses", [name, "globalDefault"]),
      `only one PriorityClass of cluster "${cluster}" may be the global default; "${defaultClass ?? ""}" already is. Remove globalDefault here or there.`
    );
  if (views.length < 2)
    return;
  let namespaces = /* @__PURE__ */ new Map();
  for (let view of views) {
    let at = view.path ?? ["spec"];
    if (view.namespace === void 0) {
      c.report(
        at,
        `environment "${view.name}" shares cluster "${cluster}" with ${quotedNames(views.filter((other2) => other2 !== view))} but sets no namespace, so both would write the same objects; give each environment on a cluster a namespace of its own.`,
        "key"
      );
      continue;
    }
    let other = namespaces.get(view.namespace);
    other ? c.report(
      c.plan.spec.environments?.[view.name]?.namespace !== void 0 ? [...at, "namespace"] : at,
      `environments "${other.name}" and "${view.name}" share cluster "${cluster}" and namespace "${view.namespace}", so they would write the same objects; give each environment on a cluster a namespace of its own.`,
      c.plan.spec.environments?.[view.name]?.namespace !== void 0 ? "value" : "key"
    ) : namespaces.set(view.namespace, view);
  }
  let clusterScoped = c.base?.clusterScoped ?? [];
  clusterScoped.length > 0 && c.report(
    ["spec", "base"],
    `the base ${c.base?.display ?? ""} holds cluster-scoped ${clusterScoped.map((object) => `${object.kind} "${object.name}"`).join(", ")}, which every overlay of cluster "${cluster}" (${quotedNames(views)}) would write again: two Argo CD Applications would own one object. Move ${clusterScoped.length === 1 ? "it" : "them"} out of the base into a directory of its own, or put the environments on different clusters.`
  );
}
function checkEnvironmentNames(c) {
  let known = Object.keys(c.plan.spec.workloads);
  c.plan.spec.environments?.[CLUSTERS_DIRECTORY] !== void 0 && c.report(
    ["spec", "environments", CLUSTERS_DIRECTORY],
    `an environment cannot be called "${CLUSTERS_DIRECTORY}": <output>/${CLUSTERS_DIRECTORY}/ holds the cluster directories (cluster-wide objects, one directory per cluster). Rename the environment.`,
    "key"
  );
  for (let [environment, spec] of Object.entries(c.plan.spec.environments ?? {}))
    for (let name of Object.keys(spec.workloads ?? {}))
      if (!known.includes(name)) {
        let suggestion = closestMatch(name, known);
        c.report(
          ["spec", "environments", environment, "workloads", name],
          `environment "${environment}" overrides workload "${name}", which spec.workloads does not define${suggestion ? `; did you mean "${suggestion}"?` : `. Known workloads: ${known.join(", ")}.`}`,
          "key"
        );
      }
}

// src/plan/capacity.ts
function podGroups(view, base) {
  let specByName = new Map(view.workloads.map((workload) => [workload.name, workload]));
  return base.workloads.map((baseWorkload) => {
    let resolved = specByName.get(baseWorkload.name), managed = resolved !== void 0 && (resolved.spec.kind ?? "Deployment") === baseWorkload.kind, spec = managed && resolved ? resolved.spec : {}, bounds2 = managed ? replicaBounds(spec) : void 0, declared = typeof baseWorkload.replicas == "number" ? baseWorkload.replicas : 1;
    return {
      label: `${baseWorkload.kind} "${baseWorkload.name}"`,
      name: baseWorkload.name,
      managed,
      containers: effectiveContainers(spec, baseWorkload),
      maxReplicas: bounds2?.max ?? declared,
      nodePool: spec.placement?.nodePool
    };
  });
}
function perPodAmount(group, field, resource) {
  return (field === "requests" ? podRequests(group.containers) : podLimits(group.containers)).get(resource) ?? 0;
}
function quotaEntries(quota) {
  let entries = [], add = (key, specPath, value) => {
    if (value === void 0)
      return;
    if (key === "pods") {
      entries.push({
        key,
        specPath,
        field: "count",
        resource: "pods",
        limit: parseQuantity(value)
      });
      return;
    }
    let match = /^(requests|limits)\.(.+)$/.exec(key), field = match?.[1] ?? "requests", resource = match?.[2] ?? key;
    if (!["cpu", "memory", GPU_RESOURCE, "ephemeral-storage"].includes(resource))
      return;
    let limit = parseQuantity(value);
    entries.push({
      key,
      specPath,
      field,
      resource,
      // A negative or unparsable limit is reported by the quantity check, not compared.
      limit: limit !== void 0 && limit >= 0 ? limit : void 0
    });
  };
  add("requests.cpu", ["cpu"], quota.cpu), add("requests.memory", ["memory"], quota.memory), add(`requests.${GPU_RESOURCE}`, ["gpu"], quota.gpu), add("pods", ["pods"], quota.pods), add("limits.cpu", ["limits", "cpu"], quota.limits?.cpu), add("limits.memory", ["limits", "memory"], quota.limits?.memory);
  for (let [key, value] of Object.entries(quota.hard ?? {}))
    add(key, ["hard", key], value);
  return entries;
}
function usageAtMax(groups, entry) {
  let total = 0;
  for (let group of groups)
    total += entry.field === "count" ? group.maxReplicas : perPodAmount(group, entry.field, entry.resource) * group.maxReplicas;
  return total;
}

// src/plan/check/environment.ts
function checkQuotas(c, view) {
  for (let [name, quota] of Object.entries(view.quotas)) {
    let at = (...subPath) => view.fieldPath("quotas", [name, ...subPath]);
    c.quantity(at("cpu"), quota.cpu), c.quantity(at("memory"), quota.memory), c.quantity(at("limits", "cpu"), quota.limits?.cpu), c.quantity(at("limits", "memory"), quota.limits?.memory);
    for (let [key, value] of Object.entries(quota.hard ?? {})) {
      c.quantity(at("hard", key), value), isUnprefixedExtendedResource(key) && c.report(
        at("hard", key),
        `a quota on the extended resource "${key}" must be written "requests.${key}" (Kubernetes only supports the requests. form for extended resources); for GPUs use the gpu shorthand.`,
        "key"
      );
      let shorthand = QUOTA_SHORTHAND_KEYS[key];
      (shorthand === "limits.cpu" ? quota.limits?.cpu !== void 0 : shorthand === "limits.memory" ? quota.limits?.memory !== void 0 : shorthand !== void 0 && quota[shorthand] !== void 0) && c.report(
        at("hard", key),
        `"${key}" is already set by ${shorthand}; set it in one place.`,
        "key"
      );
    }
  }
}
function checkNodePools(c, view) {
  for (let [name, pool] of Object.entries(view.nodePools)) {
    let at = (...subPath) => view.fieldPath("nodePools", [name, ...subPath]);
    (pool.instanceTypes ?? []).length === 0 && Object.keys(pool.labels ?? {}).length === 0 && (pool.gpus ?? 0) === 0 && c.report(
      view.fieldPath("nodePools", [name]),
      `node pool "${name}" selects no nodes: give labels its nodes carry (such as a node-group label) or instanceTypes (node.kubernetes.io/instance-type).`,
      "key"
    ), c.quantity(at("cpu"), pool.cpu), c.quantity(at("memory"), pool.memory), pool.max !== void 0 && (pool.min ?? 0) > pool.max && c.report(
      at("min"),
      `min (${pool.min ?? 0}) is above max (${pool.max}); the cluster autoscaler needs min \u2264 max.`
    );
  }
}
function checkMetricNames(c, view) {
  let seen = /* @__PURE__ */ new Map();
  for (let workload of view.workloads)
    (workload.spec.autoscaler ?? "hpa") === "hpa" && (workload.spec.scaleOn?.metrics ?? []).forEach((metric, index) => {
      let signature = JSON.stringify([
        metric.type ?? "Pods",
        metric.series ?? metric.name,
        metric.rate ?? !1,
        metric.object?.kind ?? ""
      ]), previous = seen.get(metric.name);
      previous !== void 0 && previous !== signature && c.report(
        workload.fieldPath(["scaleOn", "metrics", index, "name"]),
        `metric "${metric.name}" is defined differently by another workload (type, series, rate or object kind); the metrics API serves one definition per name. Rename one of them.`
      ), seen.set(metric.name, signature);
    });
}
function checkQuotaFit(c, view, base) {
  let groups = podGroups(view, base);
  for (let [name, quota] of Object.entries(view.quotas))
    for (let entry of quotaEntries(quota)) {
      let path9 = view.fieldPath("quotas", [name, ...entry.specPath]);
      if (entry.field !== "count" && entry.resource !== GPU_RESOURCE)
        for (let group of groups)
          for (let container of group.containers)
            container.kind === "init" || container[entry.field].has(entry.resource) || c.report(
              path9,
              `quota "${name}" constrains ${entry.key}, but container "${container.name}" of ${group.label} sets no ${entry.resource} ${entry.field === "requests" ? "request" : "limit"}, so its pods are rejected at admission. Set it (resources.${entry.field} of the workload in the spec, or in the base).`,
              "key"
            );
      let total = usageAtMax(groups, entry);
      if (entry.limit !== void 0 && total > entry.limit + 1e-9) {
        let what = entry.field === "count" ? "pods" : entry.resource;
        c.report(
          path9,
          `at maximum scale the workloads ${entry.field === "limits" ? "are limited to" : entry.field === "count" ? "run" : "request"} ${formatQuantity(what, total)} ${what} in all, above quota "${name}" (${formatQuantity(what, entry.limit)}); scale-out would stop with FailedCreate. Raise the quota, or lower replicas.max or the ${entry.field === "count" ? "replica counts" : entry.field}.`
        );
      }
    }
}

// src/plan/check/services.ts
function checkMetrics(c, workload, autoscaler) {
  let metrics = workload.spec.scaleOn?.metrics ?? [], at = workload.fieldPath;
  metrics.forEach((metric, index) => {
    let path9 = at(["scaleOn", "metrics", index]), type = metric.type ?? "Pods";
    c.quantity([...path9, "averageValue"], metric.averageValue), c.quantity([...path9, "value"], metric.value), c.quantity([...path9, "activation"], metric.activation), metric.averageValue !== void 0 && metric.value !== void 0 ? c.report([...path9, "value"], "give averageValue or value, not both.", "key") : metric.averageValue === void 0 && metric.value === void 0 && c.report(
      path9,
      `metric "${metric.name}" needs a target: averageValue (per pod)${type === "Pods" ? "" : " or value (total)"}.`,
      "key"
    ), type === "Pods" && metric.value !== void 0 && c.report(
      [...path9, "value"],
      "a Pods metric is averaged over the pods; its target is averageValue, not value.",
      "key"
    ), type === "Object" && metric.object === void 0 && c.report(
      path9,
      `an Object metric needs object: the kind and name of the object "${metric.name}" describes.`,
      "key"
    ), type !== "Object" && metric.object !== void 0 && c.report([...path9, "object"], "object only applies to type: Object.", "key"), metric.activation !== void 0 && autoscaler !== "keda" && c.report(
      [...path9, "activation"],
      "activation is a KEDA setting; it needs autoscaler: keda.",
      "key"
    );
  });
}
function checkService(c, workload, baseWorkload, scrape = "serviceMonitor") {
  let spec = workload.spec, at = workload.fieldPath;
  if (scrape === "annotations" && isEnabled(spec.monitoring))
    for (let field of ["interval", "scrapeTimeout"])
      spec.monitoring?.[field] !== void 0 && c.report(
        at(["monitoring", field]),
        `${field} is a ServiceMonitor setting; with prometheus.scrape: annotations the Prometheus scrape job sets it for every pod. Remove it, or scrape through the Prometheus Operator (prometheus.scrape: serviceMonitor).`,
        "key"
      );
  let needs = [];
  if (isEnabled(spec.ingress) && needs.push("ingress"), isEnabled(spec.monitoring) && needs.push("monitoring"), !c.base || needs.length === 0)
    return;
  let service = serviceFor(c.base, spec, baseWorkload);
  if (!service) {
    let names = c.base.services.map((entry) => entry.name), message = spec.service !== void 0 ? `the base ${c.base.display} has no Service "${spec.service}"${closestMatch(spec.service, names) ? `; did you mean "${closestMatch(spec.service, names) ?? ""}"?` : "."}` : `${needs.join(" and ")} need${needs.length === 1 ? "s" : ""} a Service in front of "${workload.name}", and no Service in the base ${c.base.display} selects its pods; add one to the base, or name it with service.`;
    c.report(
      at(spec.service !== void 0 ? ["service"] : [needs[0] ?? "ingress"]),
      message,
      spec.service !== void 0 ? "value" : "key"
    );
    return;
  }
  let ports = service.ports, describePorts = describeServicePorts(service);
  isEnabled(spec.ingress) && checkRoutedPort(c, service, spec.ingress?.port, {
    route: at(["ingress"]),
    port: at(["ingress", "port"])
  });
  let monitoringPort = spec.monitoring?.port;
  if (isEnabled(spec.monitoring))
    if (monitoringPort === void 0)
      c.report(
        at(["monitoring"]),
        `monitoring needs port: the name of the Service port to scrape (Service "${service.name}" has ${describePorts || "no ports"}).`,
        "key"
      );
    else if (ports.some((entry) => entry.name === monitoringPort)) {
      if (scrape === "annotations" && baseWorkload) {
        let podPort = podPortOf(service, monitoringPort, baseWorkload);
        typeof podPort != "number" && c.report(at(["monitoring", "port"]), podPort.problem);
      }
    } else {
      let suggestion = closestMatch(
        monitoringPort,
        ports.flatMap((entry) => entry.name ? [entry.name] : [])
      );
      c.report(
        at(["monitoring", "port"]),
        `Service "${service.name}" has no port named "${monitoringPort}"${suggestion ? `; did you mean "${suggestion}"?` : `; its ports: ${describePorts || "none"} (a ServiceMonitor scrapes a named port).`}`
      );
    }
}
function describeServicePorts(service) {
  return service.ports.map((port) => port.name ? `${port.name} (${port.port})` : String(port.port)).join(", ");
}
function checkRoutedPort(c, service, port, at) {
  if (port === void 0) {
    service.ports.length === 0 && c.report(at.route, `Service "${service.name}" has no ports to route to.`, "key");
    return;
  }
  service.ports.some(
    (entry) => typeof port == "number" ? entry.port === port : entry.name === port
  ) || c.report(
    at.port,
    `Service "${service.name}" has no port ${typeof port == "number" ? String(port) : `named "${port}"`}; its ports: ${describeServicePorts(service) || "none"}.`
  );
}
function checkBaseConflicts(c, workload, baseWorkload, base) {
  let spec = workload.spec, autoscaler = spec.autoscaler ?? "hpa";
  for (let reference of base.references) {
    let targets = reference.target?.kind === baseWorkload.kind && reference.target.name === baseWorkload.name;
    targets && autoscaler !== "none" && (reference.kind === "HorizontalPodAutoscaler" || reference.kind === "ScaledObject") && c.report(
      ["spec", "workloads", workload.name],
      `the base already has ${reference.kind} "${reference.name}" for ${baseWorkload.kind} "${baseWorkload.name}"; two autoscalers fight over one workload. Remove it from the base: the compiled overlay brings its own.`,
      "key"
    ), targets && reference.kind === "VerticalPodAutoscaler" && isEnabled(spec.vpa) && c.report(
      workload.fieldPath(["vpa"]),
      `the base already has VerticalPodAutoscaler "${reference.name}" for this workload; remove it from the base or drop vpa here.`,
      "key"
    ), reference.kind === "PodDisruptionBudget" && spec.disruption?.enabled !== !1 && reference.selector && Object.keys(reference.selector).length > 0 && Object.entries(reference.selector).every(
      ([key, value]) => baseWorkload.templateLabels[key] === value
    ) && c.report(
      ["spec", "workloads", workload.name],
      `the base already has PodDisruptionBudget "${reference.name}" selecting these pods, and pods under two budgets cannot be evicted. Remove it from the base, or set disruption: {enabled: false}.`,
      "key"
    );
  }
}

// src/plan/check/ingresses.ts
function checkSharedIngresses(c, view) {
  let workloads = new Map(view.workloads.map((workload) => [workload.name, workload]));
  for (let [name, ingress2] of Object.entries(view.ingresses)) {
    let at = (...subPath) => view.fieldPath("ingresses", [name, ...subPath]);
    ingress2.host === void 0 && c.report(at(), `shared Ingress "${name}" needs host.`, "key");
    let routes = ingress2.routes ?? [];
    routes.length === 0 && c.report(at(), `shared Ingress "${name}" needs routes: a path and a workload each.`, "key");
    let seenPaths = /* @__PURE__ */ new Map(), namespaces = /* @__PURE__ */ new Set();
    routes.forEach((route, index) => {
      let routeAt = (...subPath) => at("routes", index, ...subPath), earlier = seenPaths.get(route.path);
      earlier !== void 0 ? c.report(
        routeAt("path"),
        `path ${route.path} is already routed by routes[${earlier}]; NGINX would send it to one of them only.`
      ) : seenPaths.set(route.path, index);
      let workload = workloads.get(route.workload);
      if (!workload) {
        let suggestion = closestMatch(route.workload, [...workloads.keys()]);
        c.report(
          routeAt("workload"),
          `unknown workload "${route.workload}"${suggestion ? `; did you mean "${suggestion}"?` : "; routes reach workloads of spec.workloads."}`
        );
        return;
      }
      if (!c.base)
        return;
      let baseWorkload = findBaseWorkload(
        c.base,
        workload.spec.kind ?? "Deployment",
        workload.name
      );
      if (!baseWorkload)
        return;
      namespaces.add(baseWorkload.namespace);
      let service = serviceFor(c.base, workload.spec, baseWorkload);
      if (!service) {
        c.report(
          routeAt("workload"),
          `no Service in the base ${c.base.display} selects the pods of "${workload.name}"; add one, or name it with the workload's service.`
        );
        return;
      }
      checkRoutedPort(c, service, route.port, { route: routeAt(), port: routeAt("port") });
    }), view.namespace === void 0 && namespaces.size > 1 && c.report(
      at("routes"),
      `an Ingress reaches Services of its own namespace only, and these workloads are in ${[...namespaces].map((entry) => `"${entry ?? "default"}"`).join(", ")}; use one shared Ingress per namespace.`,
      "key"
    );
  }
}
var NAMED_KINDS = [
  {
    kind: "hpa",
    display: "HorizontalPodAutoscaler",
    generated: (w) => (w.spec.autoscaler ?? "hpa") === "hpa"
  },
  { kind: "scaledObject", display: "ScaledObject", generated: (w) => w.spec.autoscaler === "keda" },
  { kind: "vpa", display: "VerticalPodAutoscaler", generated: (w) => isEnabled(w.spec.vpa) },
  {
    kind: "pdb",
    display: "PodDisruptionBudget",
    generated: (w) => w.spec.disruption?.enabled !== !1
  },
  { kind: "ingress", display: "Ingress", generated: (w) => isEnabled(w.spec.ingress) },
  {
    kind: "serviceMonitor",
    display: "ServiceMonitor",
    generated: (w) => isEnabled(w.spec.monitoring)
  }
];
function checkObjectNames(c, view) {
  for (let { kind, display, generated } of NAMED_KINDS) {
    let owners = /* @__PURE__ */ new Map();
    if (kind === "ingress")
      for (let name of Object.keys(view.ingresses))
        owners.set(name, `shared Ingress "${name}"`);
    for (let workload of view.workloads) {
      if (!generated(workload))
        continue;
      let name = objectName(workload.name, workload.spec, kind), owner = owners.get(name);
      owner !== void 0 ? c.report(
        workload.spec.names?.[kind] !== void 0 ? workload.fieldPath(["names", kind]) : ["spec", "workloads", workload.name],
        `${display} "${name}" is also generated for ${owner}; give one of them another name under names.${kind}.`,
        workload.spec.names?.[kind] !== void 0 ? "value" : "key"
      ) : owners.set(name, `workload "${workload.name}"`);
    }
  }
}

// src/plan/check/placement.ts
function checkPlacement(c, view, workload, baseWorkload) {
  let spec = workload.spec, at = workload.fieldPath, poolName = spec.placement?.nodePool;
  if (poolName === void 0)
    return;
  let pool = view.nodePools[poolName];
  if (!pool) {
    let known = Object.keys(view.nodePools), suggestion = closestMatch(poolName, known);
    c.report(
      at(["placement", "nodePool"]),
      `unknown node pool "${poolName}"${suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; spec.nodePools defines ${known.map((name) => `"${name}"`).join(", ")}.` : "; define it under spec.nodePools."}`
    );
    return;
  }
  spec.placement?.weight !== void 0 && spec.placement.affinity !== "preferred" && c.report(
    at(["placement", "weight"]),
    "weight only applies to affinity: preferred; a required node affinity has no weight.",
    "key"
  );
  let perPod = podRequests(effectiveContainers(spec, baseWorkload)), capacity = [
    ["cpu", parseQuantity(pool.cpu)],
    ["memory", parseQuantity(pool.memory)],
    [GPU_RESOURCE, pool.gpus ?? 0]
  ];
  for (let [resource, available] of capacity) {
    let needed = perPod.get(resource) ?? 0;
    available !== void 0 && needed > available && c.report(
      at(["placement", "nodePool"]),
      `one pod requests ${formatQuantity(resource, needed)} ${resource}, more than a node of pool "${poolName}" offers (${formatQuantity(resource, available)}); the pods can never be scheduled there.`
    );
  }
  let bounds2 = replicaBounds(spec);
  spec.placement?.antiAffinity === "required" && bounds2 && pool.max !== void 0 && bounds2.max > pool.max && c.report(
    at(["placement", "antiAffinity"]),
    `required anti-affinity puts each pod on its own node, but pool "${poolName}" has at most ${pool.max} nodes for up to ${bounds2.max} replicas; use preferred, or lower replicas.max.`
  );
}
function checkPriorityClass(c, view, workload) {
  let name = workload.spec.priorityClass;
  if (name === void 0 || name.startsWith("system-"))
    return;
  let known = Object.keys(view.priorityClasses);
  if (!known.includes(name)) {
    let suggestion = closestMatch(name, known);
    c.report(
      workload.fieldPath(["priorityClass"]),
      `unknown priority class "${name}"${suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; spec.priorityClasses defines ${known.map((entry) => `"${entry}"`).join(", ")}.` : "; define it under spec.priorityClasses (or use a system- class)."}`
    );
  }
}
function checkDisruption(c, workload) {
  let spec = workload.spec, disruption = spec.disruption;
  if (!disruption || disruption.enabled === !1)
    return;
  let at = workload.fieldPath;
  if (disruption.maxUnavailable !== void 0 && disruption.minAvailable !== void 0) {
    c.report(
      at(["disruption", "minAvailable"]),
      "a PodDisruptionBudget takes maxUnavailable or minAvailable, not both.",
      "key"
    );
    return;
  }
  let field = disruption.minAvailable !== void 0 ? "minAvailable" : "maxUnavailable", raw = disruption[field];
  if (raw === void 0)
    return;
  let value = parseIntOrPercent(raw);
  if (!value || value.kind === "percent" && value.value > 100) {
    c.report(
      at(["disruption", field]),
      `${JSON.stringify(raw)} is not a count or a percentage up to 100%.`
    );
    return;
  }
  let bounds2 = replicaBounds(spec), pods = Math.max(1, bounds2?.min ?? 1);
  allowedDisruptions({ field, value, path: ["spec", field] }, pods) === 0 && c.report(
    at(["disruption", field]),
    `at the minimum of ${pods} replica${pods === 1 ? "" : "s"} this budget allows no pod to be evicted, so node drains and cluster-autoscaler scale-down hang. Use maxUnavailable: 1 (the default), or a minAvailable below ${pods}.`
  );
}
function checkVpa(c, workload) {
  let spec = workload.spec;
  if (!isEnabled(spec.vpa))
    return;
  let at = workload.fieldPath, scaled = recommendsOnly(spec) ? [] : resourceMetrics(spec), asked = spec.vpa?.controlledResources;
  if (asked)
    for (let [index, resource] of asked.entries())
      scaled.includes(resource) && c.report(
        at(["vpa", "controlledResources", index]),
        `the ${spec.autoscaler === "keda" ? "ScaledObject" : "HPA"} scales on ${resource} utilization; a VPA in mode ${spec.vpa?.mode ?? ""} that also sets ${resource} requests fights it (each resize moves the utilization the HPA acts on). Leave ${resource} out, or use mode Off for recommendations only.`
      );
  vpaControlledResources(spec).filter((resource) => !scaled.includes(resource)).length === 0 && c.report(
    at(asked ? ["vpa", "controlledResources"] : ["vpa"]),
    `the autoscaler scales on ${scaled.join(" and ")}, which leaves a VPA in mode ${spec.vpa?.mode ?? ""} nothing to control (it never sets what the autoscaler scales on); use mode Off for recommendations only, remove vpa, or scale on other metrics.`,
    asked ? "value" : "key"
  ), spec.vpa?.mode === "InPlaceOrRecreate" && c.kubeMinorBelow(33) && c.report(
    at(["vpa", "mode"]),
    `InPlaceOrRecreate resizes pods in place, which needs Kubernetes 1.33 or newer; kubeVersion is ${c.plan.spec.kubeVersion ?? ""}. Use Recreate or Initial.`
  );
  for (let bound of ["minAllowed", "maxAllowed"])
    c.quantity(at(["vpa", bound, "cpu"]), spec.vpa?.[bound]?.cpu), c.quantity(at(["vpa", bound, "memory"]), spec.vpa?.[bound]?.memory);
}

// src/plan/check/workload.ts
function checkWorkload(c, view, workload) {
  let spec = workload.spec, at = workload.fieldPath, autoscaler = spec.autoscaler ?? "hpa", kind = spec.kind ?? "Deployment", baseWorkload;
  if (c.base && (baseWorkload = findBaseWorkload(c.base, kind, workload.name), !baseWorkload)) {
    let candidates = c.base.workloads.map((entry) => `${entry.kind}/${entry.name}`), sameName = c.base.workloads.find((entry) => entry.name === workload.name), suggestion = closestMatch(
      workload.name,
      c.base.workloads.filter((entry) => entry.kind === kind).map((entry) => entry.name)
    );
    c.report(
      ["spec", "workloads", workload.name],
      sameName ? `the base ${c.base.display} has ${sameName.kind} "${workload.name}", not a ${kind}; set kind: ${sameName.kind}.` : `the base ${c.base.display} has no ${kind} named "${workload.name}"${suggestion ? `; did you mean "${suggestion}"?` : candidates.length > 0 ? `; it has ${candidates.join(", ")}.` : " (it holds no Deployment or StatefulSet)."}`,
      "key"
    );
  }
  if (baseWorkload && spec.container !== void 0) {
    let names = baseWorkload.containers.filter((container) => container.kind !== "init").map((container) => container.name);
    if (!names.includes(spec.container)) {
      let suggestion = closestMatch(spec.container, names);
      c.report(
        at(["container"]),
        `${kind} "${workload.name}" has no container "${spec.container}"${suggestion ? `; did you mean "${suggestion}"?` : `; its containers: ${names.join(", ")}.`}`
      );
    }
  }
  checkResources(c, view, workload, baseWorkload), checkReplicas(c, workload, autoscaler), checkScaling(c, workload, autoscaler, baseWorkload), checkPlacement(c, view, workload, baseWorkload), checkPriorityClass(c, view, workload), checkDisruption(c, workload), checkVpa(c, workload), checkMetrics(c, workload, autoscaler), checkService(c, workload, baseWorkload, view.prometheus.scrape), checkAlerts(c, workload), checkMergedRequired(c, workload), c.base && baseWorkload && checkBaseConflicts(c, workload, baseWorkload, c.base);
}
function checkResources(c, view, workload, baseWorkload) {
  let spec = workload.spec, at = workload.fieldPath, requests = spec.resources?.requests, limits = spec.resources?.limits;
  for (let [field, amounts2] of [
    ["requests", requests],
    ["limits", limits]
  ])
    for (let resource of ["cpu", "memory", "ephemeralStorage"])
      c.quantity(at(["resources", field, resource]), amounts2?.[resource]);
  requests?.gpu !== void 0 && limits?.gpu !== void 0 && requests.gpu !== limits.gpu && c.report(
    at(["resources", "limits", "gpu"]),
    `a GPU limit must equal its request (Kubernetes does not overcommit extended resources): the request is ${requests.gpu}. Give the GPU count once, under requests.`
  );
  let containers = effectiveContainers(spec, baseWorkload), target2 = containers.find(
    (container) => container.name === (spec.container ?? containers.find((c2) => c2.kind === "container")?.name)
  );
  if (target2)
    for (let [resource, request] of target2.requests) {
      let limit = target2.limits.get(resource);
      if (limit !== void 0 && request > limit) {
        let specField = resource === GPU_RESOURCE ? "gpu" : resource === "ephemeral-storage" ? "ephemeralStorage" : resource, fromSpec = requests?.[specField] !== void 0;
        c.report(
          at(["resources", fromSpec ? "requests" : "limits", specField]),
          `the ${resource} request (${formatQuantity(resource, request)}) is above its limit (${formatQuantity(resource, limit)}) in container "${target2.name}"; the API server rejects that. Raise the limit or lower the request.`
        );
      }
    }
  let gpus = podRequests(containers).get(GPU_RESOURCE) ?? 0;
  if (gpus > 0) {
    let poolName = spec.placement?.nodePool, pool = poolName !== void 0 ? view.nodePools[poolName] : void 0, poolTolerates = pool !== void 0 && ((pool.gpus ?? 0) > 0 || (pool.taints ?? []).some((taint) => taint.key === GPU_TAINT)), baseTolerates = (baseWorkload?.tolerations ?? []).some(
      (toleration) => toleration.key === GPU_TAINT || toleration.key === void 0 && toleration.operator === "Exists"
    );
    if (!poolTolerates && !baseTolerates) {
      let gpuPools = Object.entries(view.nodePools).filter(([, candidate]) => (candidate.gpus ?? 0) > 0).map(([name]) => name);
      c.report(
        requests?.gpu !== void 0 || limits?.gpu !== void 0 ? at(["resources", requests?.gpu !== void 0 ? "requests" : "limits", "gpu"]) : at([]),
        `the pods request ${gpus} GPU${gpus === 1 ? "" : "s"} but are placed on no GPU node pool and do not tolerate the "${GPU_TAINT}" taint, so they stay Pending on tainted GPU nodes. ${gpuPools.length > 0 ? `Set placement.nodePool to ${gpuPools.map((name) => `"${name}"`).join(" or ")}.` : "Add a node pool with gpus > 0 under spec.nodePools and set placement.nodePool."}`
      );
    }
  }
}
function checkReplicas(c, workload, autoscaler) {
  let spec = workload.spec, at = workload.fieldPath, min = spec.replicas?.min, max = spec.replicas?.max;
  if (autoscaler === "none") {
    min === void 0 && c.report(
      at(spec.replicas ? ["replicas"] : []),
      "with autoscaler: none, replicas.min is the fixed replica count and is required.",
      "key"
    ), max !== void 0 && min !== void 0 && max !== min && c.report(
      at(["replicas", "max"]),
      `with autoscaler: none nothing scales between min (${min}) and max (${max}); drop max, or choose autoscaler: hpa.`
    );
    for (let field of ["scaleOn", "scaleUp", "scaleDown", "keda", "profile"])
      spec[field] !== void 0 && c.report(
        at([field]),
        `${field} has no effect with autoscaler: none; remove it, or choose autoscaler: hpa or keda.`,
        "key"
      );
    return;
  }
  max === void 0 && c.report(
    at(spec.replicas ? ["replicas"] : []),
    `replicas.max is required: the ${autoscaler === "keda" ? "ScaledObject" : "HorizontalPodAutoscaler"} needs an upper bound.`,
    "key"
  ), min !== void 0 && max !== void 0 && min > max && c.report(
    at(["replicas", "min"]),
    `min (${min}) is above max (${max}); the autoscaler needs min \u2264 max.`
  ), min === 0 && autoscaler === "hpa" && c.report(
    at(["replicas", "min"]),
    "an HorizontalPodAutoscaler cannot scale to zero (minReplicas 0 needs the alpha HPAScaleToZero gate); use autoscaler: keda, or min: 1."
  ), hasScaleTarget(spec) || c.report(
    at(spec.scaleOn ? ["scaleOn"] : []),
    "the autoscaler needs at least one scaleOn target (cpu, memory, gpu, gpuMemory, requestsPerSecond, latency or metrics).",
    "key"
  ), min === 0 && autoscaler === "keda" && hasScaleTarget(spec) && ((spec.scaleOn?.metrics ?? []).some(
    (metric) => (metric.type ?? "Pods") !== "Pods"
  ) || c.report(
    at(["replicas", "min"]),
    "at zero replicas there are no pods, so cpu, memory, GPU, request and Pods metrics report nothing and KEDA never wakes the workload; add an External or Object metric (a queue length, say) under scaleOn.metrics, or set min: 1."
  )), autoscaler === "keda" && spec.keda?.fallbackReplicas !== void 0 && resourceMetrics(spec).length > 0 && c.report(
    at(["keda", "fallbackReplicas"]),
    "KEDA rejects a fallback on a ScaledObject with cpu or memory triggers (metrics-server has no failure to fall back from); drop fallbackReplicas or scale on Prometheus metrics only."
  ), spec.keda !== void 0 && autoscaler !== "keda" && c.report(at(["keda"]), "keda settings need autoscaler: keda.", "key");
}
function checkRules(c, path9, rules) {
  if (rules) {
    if (rules.stabilization !== void 0 && seconds(rules.stabilization) > MAX_STABILIZATION_SECONDS && c.report(
      [...path9, "stabilization"],
      `the stabilization window may be at most 1h (Kubernetes rejects ${rules.stabilization}).`
    ), rules.period !== void 0) {
      let period = seconds(rules.period);
      (period < 1 || period > MAX_PERIOD_SECONDS) && c.report(
        [...path9, "period"],
        `the policy period must be between 1s and 30m (Kubernetes rejects ${rules.period}).`
      );
    }
    rules.tolerance !== void 0 && c.kubeMinorBelow(33) && c.report(
      [...path9, "tolerance"],
      `a per-HPA tolerance needs Kubernetes 1.33 or newer; kubeVersion is ${c.plan.spec.kubeVersion ?? ""}.`
    );
  }
}
function checkScaling(c, workload, autoscaler, baseWorkload) {
  let spec = workload.spec, at = workload.fieldPath;
  if (checkRules(c, at(["scaleUp"]), spec.scaleUp), checkRules(c, at(["scaleDown"]), spec.scaleDown), autoscaler === "none")
    return;
  let containers = effectiveContainers(spec, baseWorkload);
  for (let resource of resourceMetrics(spec))
    if (!(!baseWorkload && spec.resources?.requests?.[resource] === void 0))
      for (let container of containers)
        container.kind === "init" || container.requests.has(resource) || c.report(
          at(["scaleOn", resource]),
          `the autoscaler scales on ${resource} utilization, but container "${container.name}" has no ${resource} request, so the utilization cannot be computed (FailedGetResourceMetric). ${container.name === (spec.container ?? containers[0]?.name) ? `Set resources.requests.${resource}.` : `Give "${container.name}" a ${resource} request in the base.`}`
        );
  let gpus = podRequests(containers).get(GPU_RESOURCE) ?? 0;
  for (let field of ["gpu", "gpuMemory"])
    spec.scaleOn?.[field] !== void 0 && gpus === 0 && (baseWorkload || spec.resources) && c.report(
      at(["scaleOn", field]),
      `the autoscaler scales on GPU ${field === "gpu" ? "utilization" : "memory"}, but the pods request no GPU, so DCGM reports nothing for them. Set resources.requests.gpu.`
    );
  let finalName = `keda-hpa-${workload.name}`;
  autoscaler === "keda" && finalName.length > 63 && c.report(
    ["spec", "workloads", workload.name],
    `KEDA names its HPA "keda-hpa-<name>", which would be ${finalName.length} characters; names are limited to 63. Use a shorter workload name.`,
    "key"
  );
}
function checkMergedRequired(c, workload) {
  let spec = workload.spec, at = workload.fieldPath;
  isEnabled(spec.ingress) && spec.ingress?.host === void 0 && c.report(at(["ingress"]), "ingress needs host: the host name to route.", "key"), isEnabled(spec.ingress) && spec.ingress?.tls && spec.ingress.tls.issuer === void 0 && c.report(
    at(["ingress", "tls"]),
    "tls needs issuer: the cert-manager issuer that signs the certificate.",
    "key"
  ), spec.scaleOn?.latency && spec.scaleOn.latency.target === void 0 && c.report(
    at(["scaleOn", "latency"]),
    "latency needs target: the latency to hold, such as 1500ms.",
    "key"
  );
}
function checkAlerts(c, workload) {
  let errorRate = workload.spec.alerts?.errorRate;
  if (errorRate !== void 0) {
    let value = Number(errorRate.replace("%", ""));
    value > 0 && value < 100 || c.report(
      workload.fieldPath(["alerts", "errorRate"]),
      `the error-rate threshold must be above 0% and below 100%, not ${errorRate}.`
    );
  }
}

// src/plan/check/index.ts
function run(c) {
  checkEnvironmentNames(c);
  let views = new Map(
    environmentNames(c.plan).map((name) => [name, resolveEnvironment(c.plan, name)])
  );
  for (let [cluster, names] of clusterEnvironments(c.plan))
    checkCluster(
      c,
      cluster,
      names.flatMap((name) => views.get(name) ?? [])
    );
  for (let view of views.values()) {
    checkQuotas(c, view), checkNodePools(c, view), checkPlanAlertRules(c, view), checkAdapterRules(c, view);
    for (let workload of view.workloads)
      checkWorkload(c, view, workload), checkWorkloadAlertRules(c, workload);
    checkSharedIngresses(c, view), checkObjectNames(c, view), checkMetricNames(c, view), c.base && checkQuotaFit(c, view, c.base);
  }
  return c.problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
function checkSpec(plan, source, base) {
  return run(new Checker(plan, source, base));
}

// src/compile/metrics.ts
var DEFAULT_PROMETHEUS_URL = "http://prometheus-operated.monitoring.svc:9090", DEFAULT_REQUESTS_METRIC = "http_requests_total", DEFAULT_LATENCY_METRIC = "http_request_duration_seconds", DEFAULT_ERROR_MATCHER = 'code=~"5.."', DCGM_GPU_UTIL = "DCGM_FI_DEV_GPU_UTIL", DCGM_FB_USED = "DCGM_FI_DEV_FB_USED", DCGM_FB_FREE = "DCGM_FI_DEV_FB_FREE", DCGM_POD_LABEL = "exported_pod", DCGM_NAMESPACE_LABEL = "exported_namespace", GPU_UTILIZATION_METRIC = "gpu_utilization", GPU_MEMORY_METRIC = "gpu_memory_utilization", RATE_WINDOW = "2m";
function quantityFromNumber(value) {
  if (Number.isInteger(value))
    return String(value);
  let milli = Math.round(value * 1e3 * 1e6) / 1e6;
  return Number.isInteger(milli) ? `${milli}m` : String(value);
}
function decimal(value) {
  let parsed = parseQuantity(value) ?? 0;
  return String(Math.round(parsed * 1e9) / 1e9);
}
function percentNumber(value) {
  return typeof value == "number" ? value : Number(value.replace("%", ""));
}
function matchers(entries) {
  return `{${entries.filter((entry) => entry !== void 0).join(",")}}`;
}
function labelMatchers(selector) {
  return Object.keys(selector ?? {}).sort().map((key) => `${key}=${JSON.stringify(selector?.[key] ?? "")}`);
}
function podMatchers(scope, podLabel = "pod", namespaceLabel = "namespace") {
  let result = [];
  return scope.namespace !== void 0 && result.push(`${namespaceLabel}=${JSON.stringify(scope.namespace)}`), result.push(`${podLabel}=~${JSON.stringify(scope.podPattern)}`), result;
}
function requestsPerSecondMetricName(requestsMetric) {
  return `${requestsMetric.replace(/_total$/, "")}_per_second`;
}
function latencyMetricName(latencyMetric, percentile) {
  return `${latencyMetric}_p${String(percentile).replace(".", "_")}`;
}
function podsMetric(name, averageValue) {
  return {
    type: "Pods",
    pods: { metric: { name }, target: { type: "AverageValue", averageValue } }
  };
}
function prometheusTrigger(name, query, threshold, metricType, serverAddress, activation) {
  let metadata2 = { serverAddress, query, threshold };
  return activation !== void 0 && (metadata2.activationThreshold = activation), { type: "prometheus", name, metricType, metadata: metadata2 };
}
var POD_RESOURCES = {
  overrides: { namespace: { resource: "namespace" }, pod: { resource: "pod" } }
};
function adapterPodsRule(series, name, metricsQuery, filters) {
  return {
    seriesQuery: matchersQuery(series, [...filters, 'namespace!=""', 'pod!=""']),
    resources: POD_RESOURCES,
    name: { matches: `^${series}$`, as: name },
    metricsQuery
  };
}
function matchersQuery(series, entries) {
  return `${series}${matchers(entries)}`;
}
var OBJECT_RESOURCES = {
  Service: { resource: "service" },
  Deployment: { group: "apps", resource: "deployment" },
  StatefulSet: { group: "apps", resource: "statefulset" },
  Ingress: { group: "networking.k8s.io", resource: "ingress" },
  Pod: { resource: "pod" },
  Namespace: { resource: "namespace" }
}, OBJECT_API_VERSIONS = {
  Service: "v1",
  Pod: "v1",
  Namespace: "v1",
  Deployment: "apps/v1",
  StatefulSet: "apps/v1",
  Ingress: "networking.k8s.io/v1"
};
function objectLabel(kind) {
  return OBJECT_RESOURCES[kind]?.resource ?? kind.toLowerCase();
}
function scaleMetrics(workload, scope, prometheusUrl, finalName) {
  let scaleOn = workload.scaleOn ?? {}, result = [];
  for (let resource of ["cpu", "memory"]) {
    let target2 = scaleOn[resource];
    if (target2 === void 0)
      continue;
    let utilization = percentNumber(target2);
    result.push({
      hpa: {
        type: "Resource",
        resource: {
          name: resource,
          target: { type: "Utilization", averageUtilization: utilization }
        }
      },
      keda: { type: resource, metricType: "Utilization", metadata: { value: String(utilization) } },
      description: `${resource === "cpu" ? "CPU" : "Memory"} at ${utilization}% of the pods' requests (metrics-server)`
    });
  }
  let dcgmPods = podMatchers(scope, scope.dcgm.pod, scope.dcgm.namespace), dcgmResources = {
    overrides: {
      [scope.dcgm.namespace]: { resource: "namespace" },
      [scope.dcgm.pod]: { resource: "pod" }
    }
  }, dcgmSeries = (series) => matchersQuery(series, [`${scope.dcgm.namespace}!=""`, `${scope.dcgm.pod}!=""`]);
  if (scaleOn.gpu !== void 0) {
    let target2 = percentNumber(scaleOn.gpu);
    result.push({
      hpa: podsMetric(GPU_UTILIZATION_METRIC, String(target2)),
      keda: prometheusTrigger(
        GPU_UTILIZATION_METRIC,
        `sum(avg by (${scope.dcgm.pod}) (${DCGM_GPU_UTIL}${matchers(dcgmPods)}))`,
        String(target2),
        "AverageValue",
        prometheusUrl
      ),
      adapter: {
        list: "rules",
        name: GPU_UTILIZATION_METRIC,
        rule: {
          seriesQuery: dcgmSeries(DCGM_GPU_UTIL),
          resources: dcgmResources,
          name: { matches: `^${DCGM_GPU_UTIL}$`, as: GPU_UTILIZATION_METRIC },
          metricsQuery: "avg(<<.Series>>{<<.LabelMatchers>>}) by (<<.GroupBy>>)"
        }
      },
      description: `GPU utilization at ${target2}% per pod (DCGM ${DCGM_GPU_UTIL} through prometheus-adapter as ${GPU_UTILIZATION_METRIC})`
    });
  }
  if (scaleOn.gpuMemory !== void 0) {
    let target2 = percentNumber(scaleOn.gpuMemory), used = `${DCGM_FB_USED}${matchers(dcgmPods)}`, free = `${DCGM_FB_FREE}${matchers(dcgmPods)}`, by = `sum by (${scope.dcgm.pod})`;
    result.push({
      hpa: podsMetric(GPU_MEMORY_METRIC, String(target2)),
      keda: prometheusTrigger(
        GPU_MEMORY_METRIC,
        `sum(${by} (${used}) / (${by} (${used}) + ${by} (${free})) * 100)`,
        String(target2),
        "AverageValue",
        prometheusUrl
      ),
      adapter: {
        list: "rules",
        name: GPU_MEMORY_METRIC,
        rule: {
          seriesQuery: dcgmSeries(DCGM_FB_USED),
          resources: dcgmResources,
          name: { matches: `^${DCGM_FB_USED}$`, as: GPU_MEMORY_METRIC },
          metricsQuery: `sum(${DCGM_FB_USED}{<<.LabelMatchers>>}) by (<<.GroupBy>>) / (sum(${DCGM_FB_USED}{<<.LabelMatchers>>}) by (<<.GroupBy>>) + sum(${DCGM_FB_FREE}{<<.LabelMatchers>>}) by (<<.GroupBy>>)) * 100`
        }
      },
      description: `GPU memory in use at ${target2}% per pod (DCGM ${DCGM_FB_USED} / (${DCGM_FB_USED} + ${DCGM_FB_FREE}) as ${GPU_MEMORY_METRIC})`
    });
  }
  if (scaleOn.requestsPerSecond !== void 0) {
    let name = requestsPerSecondMetricName(scope.requestsMetric), target2 = quantityFromNumber(scaleOn.requestsPerSecond);
    result.push({
      hpa: podsMetric(name, target2),
      keda: prometheusTrigger(
        name,
        `sum(rate(${scope.requestsMetric}${matchers(podMatchers(scope))}[${RATE_WINDOW}]))`,
        decimal(target2),
        "AverageValue",
        prometheusUrl
      ),
      adapter: {
        list: "rules",
        name,
        rule: adapterPodsRule(
          scope.requestsMetric,
          name,
          `sum(rate(<<.Series>>{<<.LabelMatchers>>}[${RATE_WINDOW}])) by (<<.GroupBy>>)`,
          []
        )
      },
      description: `${scaleOn.requestsPerSecond} requests per second per pod (rate of ${scope.requestsMetric} as ${name})`
    });
  }
  if (scaleOn.latency !== void 0) {
    let percentile = scaleOn.latency.percentile ?? 95, quantile = String(Math.round(percentile * 10) / 1e3), name = latencyMetricName(scope.latencyMetric, percentile), bucket = `${scope.latencyMetric}_bucket`, targetSeconds = seconds(scaleOn.latency.target ?? "0s"), target2 = quantityFromNumber(targetSeconds);
    result.push({
      hpa: podsMetric(name, target2),
      keda: prometheusTrigger(
        name,
        `histogram_quantile(${quantile}, sum by (le) (rate(${bucket}${matchers(podMatchers(scope))}[${RATE_WINDOW}])))`,
        decimal(target2),
        "Value",
        prometheusUrl
      ),
      adapter: {
        list: "rules",
        name,
        rule: adapterPodsRule(
          bucket,
          name,
          `histogram_quantile(${quantile}, sum(rate(<<.Series>>{<<.LabelMatchers>>}[${RATE_WINDOW}])) by (le, <<.GroupBy>>))`,
          []
        )
      },
      description: `p${percentile} request latency of ${scaleOn.latency.target} per pod (${bucket} as ${name})`
    });
  }
  for (let metric of scaleOn.metrics ?? [])
    result.push(customMetric(metric, scope, prometheusUrl, finalName));
  return result;
}
function customMetric(metric, scope, prometheusUrl, finalName) {
  let type = metric.type ?? "Pods", series = metric.series ?? metric.name, filters = labelMatchers(metric.selector), rate = metric.rate === !0, wrap = (selector) => rate ? `rate(${selector}[${RATE_WINDOW}])` : selector, averageValue = metric.averageValue !== void 0 ? quantityText(metric.averageValue) : void 0, value = metric.value !== void 0 ? quantityText(metric.value) : void 0, target2 = averageValue !== void 0 ? { type: "AverageValue", averageValue } : { type: "Value", value: value ?? "0" }, threshold = decimal(averageValue ?? value ?? "0"), metricType = averageValue !== void 0 ? "AverageValue" : "Value", activation = metric.activation !== void 0 ? decimal(metric.activation) : void 0, source = `${series}${rate ? " (rate over 2m)" : ""}`, goal = averageValue !== void 0 ? `${averageValue} per pod` : `${value ?? "0"} in total`;
  if (type === "Pods")
    return {
      hpa: { type: "Pods", pods: { metric: { name: metric.name }, target: target2 } },
      keda: prometheusTrigger(
        metric.name,
        `sum(${wrap(`${series}${matchers([...podMatchers(scope), ...filters])}`)})`,
        threshold,
        metricType,
        prometheusUrl,
        activation
      ),
      adapter: {
        list: "rules",
        name: metric.name,
        rule: adapterPodsRule(
          series,
          metric.name,
          `sum(${wrap(`<<.Series>>{${["<<.LabelMatchers>>", ...filters].join(",")}}`)}) by (<<.GroupBy>>)`,
          filters
        )
      },
      description: `${metric.name} at ${goal} (Pods metric from ${source})`
    };
  if (type === "Object") {
    let object = metric.object ?? { kind: "Service", name: "" }, label = objectLabel(object.kind), resource = OBJECT_RESOURCES[object.kind] ?? { resource: label }, objectName2 = finalName(object.name), namespace = scope.namespace !== void 0 ? [`namespace=${JSON.stringify(scope.namespace)}`] : [];
    return {
      hpa: {
        type: "Object",
        object: {
          describedObject: {
            apiVersion: object.apiVersion ?? OBJECT_API_VERSIONS[object.kind] ?? "v1",
            kind: object.kind,
            name: object.name
          },
          metric: { name: metric.name },
          target: target2
        }
      },
      keda: prometheusTrigger(
        metric.name,
        `sum(${wrap(`${series}${matchers([...namespace, `${label}=${JSON.stringify(objectName2)}`, ...filters])}`)})`,
        threshold,
        metricType,
        prometheusUrl,
        activation
      ),
      adapter: {
        list: "rules",
        name: metric.name,
        rule: {
          seriesQuery: matchersQuery(series, [...filters, 'namespace!=""', `${label}!=""`]),
          resources: {
            overrides: { namespace: { resource: "namespace" }, [label]: resource }
          },
          name: { matches: `^${series}$`, as: metric.name },
          metricsQuery: `sum(${wrap(`<<.Series>>{${["<<.LabelMatchers>>", ...filters].join(",")}}`)}) by (<<.GroupBy>>)`
        }
      },
      description: `${metric.name} of ${object.kind} ${object.name} at ${goal} (Object metric from ${source})`
    };
  }
  let hpaMetric = { name: metric.name };
  return metric.selector && Object.keys(metric.selector).length > 0 && (hpaMetric.selector = { matchLabels: sortedRecord(metric.selector) }), {
    hpa: { type: "External", external: { metric: hpaMetric, target: target2 } },
    keda: prometheusTrigger(
      metric.name,
      `sum(${wrap(`${series}${matchers(filters)}`)})`,
      threshold,
      metricType,
      prometheusUrl,
      activation
    ),
    adapter: {
      list: "externalRules",
      name: metric.name,
      rule: {
        seriesQuery: filters.length > 0 ? matchersQuery(series, filters) : `{__name__=${JSON.stringify(series)}}`,
        resources: { namespaced: !1 },
        name: { matches: `^${series}$`, as: metric.name },
        metricsQuery: `sum(${wrap("<<.Series>>{<<.LabelMatchers>>}")})`
      }
    },
    description: `${metric.name} at ${goal} (External metric from ${source})`
  };
}
function sortedRecord(record2) {
  let result = {};
  for (let key of Object.keys(record2).sort())
    result[key] = record2[key] ?? "";
  return result;
}

// src/compile/context.ts
var MANAGED_BY_LABELS = {
  "app.kubernetes.io/managed-by": "scaleplan"
}, OBJECT_NAME_KINDS = [
  "hpa",
  "scaledObject",
  "vpa",
  "pdb",
  "ingress",
  "serviceMonitor",
  "prometheusRule"
];
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function podNamePattern(kind, finalName) {
  return kind === "StatefulSet" ? `${escapeRegex(finalName)}-[0-9]+` : `${escapeRegex(finalName)}-[a-z0-9]+-[a-z0-9]+`;
}
function environmentContext(plan, view, base) {
  let finalName = (name) => `${view.namePrefix}${name}${view.nameSuffix}`, baseNamespaces = new Set(base.workloads.map((workload) => workload.namespace)), sharedBaseNamespace = baseNamespaces.size === 1 ? [...baseNamespaces][0] : void 0, objectNamespace = view.namespace === void 0 ? sharedBaseNamespace : void 0, prometheus = {
    url: view.prometheus.url ?? DEFAULT_PROMETHEUS_URL,
    adapterNamespace: view.prometheus.adapterNamespace ?? "monitoring",
    adapterConfigMap: view.prometheus.adapterConfigMap ?? `${plan.metadata.name}-prometheus-adapter`,
    ruleLabels: { ...view.prometheus.ruleLabels },
    scrape: view.prometheus.scrape ?? "serviceMonitor",
    dcgm: {
      pod: view.prometheus.dcgm?.podLabel ?? DCGM_POD_LABEL,
      namespace: view.prometheus.dcgm?.namespaceLabel ?? DCGM_NAMESPACE_LABEL
    }
  }, workloads = view.workloads.map((resolved) => {
    let spec = resolved.spec, kind = spec.kind ?? "Deployment", baseWorkload = findBaseWorkload(base, kind, resolved.name);
    if (!baseWorkload)
      throw new Error(`compile: workload ${resolved.name} is not in the base (checkSpec first)`);
    let service = serviceFor(base, spec, baseWorkload), bounds2 = replicaBounds(spec) ?? { min: 1, max: 1 }, namespace = view.namespace === void 0 ? baseWorkload.namespace : void 0, finalNamespace = view.namespace ?? baseWorkload.namespace, requestsMetric = spec.monitoring?.requestsMetric ?? view.prometheus.requestsMetric ?? DEFAULT_REQUESTS_METRIC, latencyMetric = spec.monitoring?.latencyMetric ?? view.prometheus.latencyMetric ?? DEFAULT_LATENCY_METRIC, podPattern = podNamePattern(kind, finalName(resolved.name));
    return {
      name: resolved.name,
      spec,
      kind,
      autoscaler: spec.autoscaler ?? "hpa",
      base: baseWorkload,
      container: targetContainer(spec, baseWorkload) ?? resolved.name,
      bounds: bounds2,
      behavior: resolveBehavior(spec, seconds),
      metrics: scaleMetrics(
        spec,
        {
          namespace: finalNamespace,
          podPattern,
          requestsMetric,
          latencyMetric,
          dcgm: prometheus.dcgm
        },
        prometheus.url,
        finalName
      ),
      podLabels: podSelector(baseWorkload),
      service,
      serviceLabels: serviceSelection(base, service),
      namespace,
      finalNamespace,
      requestsMetric,
      latencyMetric,
      errorMatcher: spec.monitoring?.errorMatcher ?? view.prometheus.errorMatcher ?? DEFAULT_ERROR_MATCHER,
      errorsMetric: spec.monitoring?.errorsMetric ?? view.prometheus.errorsMetric,
      podPattern,
      names: Object.fromEntries(
        OBJECT_NAME_KINDS.map((kind2) => [kind2, objectName(resolved.name, spec, kind2)])
      )
    };
  });
  return {
    plan,
    view,
    base,
    prometheus,
    objectNamespace,
    finalNamespace: view.namespace ?? sharedBaseNamespace,
    finalName,
    workloads
  };
}
function metadata(name, namespace, extraLabels = {}, annotations) {
  let result = { name };
  return namespace !== void 0 && (result.namespace = namespace), result.labels = { ...MANAGED_BY_LABELS, ...sorted(extraLabels) }, annotations && Object.keys(annotations).length > 0 && (result.annotations = sorted(annotations)), result;
}
function sorted(record2) {
  let result = {};
  for (let key of Object.keys(record2).sort())
    result[key] = record2[key] ?? "";
  return result;
}
var SERVICE_LABEL = "scaleplan.dev/service";
function serviceSelection(base, service) {
  if (!service)
    return { select: {}, add: {} };
  let own = service.labels;
  if (Object.keys(own).length === 0) {
    let add2 = { "app.kubernetes.io/name": service.name };
    return { select: add2, add: add2 };
  }
  let shared = base.services.some(
    (other) => other !== service && other.namespace === service.namespace && selectorMatches({ matchLabels: own, matchExpressions: [], matchesNone: !1 }, other.labels)
  ), select = sorted(own);
  if (!shared)
    return { select, add: {} };
  let add = { [SERVICE_LABEL]: service.name };
  return { select: sorted({ ...own, ...add }), add };
}

// src/compile/yaml.ts
var DUMP_OPTIONS = {
  indent: 2,
  lineWidth: -1,
  noRefs: !0,
  quotingType: '"',
  sortKeys: !1,
  // Generators leave optional fields undefined; they are omitted, as JSON.stringify does.
  skipInvalid: !0
};
function toYaml(value) {
  return yaml.dump(value, DUMP_OPTIONS);
}
function toYamlStream(documents) {
  return documents.map(toYaml).join(`---
`);
}

// src/compile/adapter.ts
var ADAPTER_RULES_FILE = "prometheus-adapter-rules.yaml", ADAPTER_CONFIGMAP_FILE = "prometheus-adapter.yaml";
function adapterRuleKey(rule) {
  return `${rule.list}/${rule.name}`;
}
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.list < b.list ? -1 : a.list > b.list ? 1 : 0;
}
function specRule(list2, rule) {
  let result = { seriesQuery: rule.seriesQuery };
  return rule.seriesFilters !== void 0 && (result.seriesFilters = rule.seriesFilters), rule.resources !== void 0 && (result.resources = rule.resources), result.name = rule.name, result.metricsQuery = rule.metricsQuery, { list: list2, name: rule.name.as, rule: result };
}
function adapterRules(environment) {
  let rules = /* @__PURE__ */ new Map(), own = environment.view.prometheus.adapterRules;
  for (let list2 of ["rules", "externalRules"])
    for (let rule of own?.[list2] ?? []) {
      let compiled = specRule(list2, rule);
      rules.set(adapterRuleKey(compiled), compiled);
    }
  for (let workload of environment.workloads)
    if (workload.autoscaler === "hpa")
      for (let metric of workload.metrics)
        metric.adapter && !rules.has(adapterRuleKey(metric.adapter)) && rules.set(adapterRuleKey(metric.adapter), metric.adapter);
  return [...rules.values()].sort(byName);
}
function mergeAdapterRules(sources) {
  let rules = /* @__PURE__ */ new Map();
  for (let source of sources)
    for (let rule of source)
      rules.has(adapterRuleKey(rule)) || rules.set(adapterRuleKey(rule), rule);
  return [...rules.values()].sort(byName);
}
function adapterConfig(rules) {
  let config = {}, custom = rules.filter((rule) => rule.list === "rules").map((rule) => rule.rule), external = rules.filter((rule) => rule.list === "externalRules").map((rule) => rule.rule);
  return custom.length > 0 && (config.rules = custom), external.length > 0 && (config.externalRules = external), config;
}
function adapterConfigMap(prometheus, rules) {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: prometheus.adapterConfigMap,
      namespace: prometheus.adapterNamespace,
      labels: { ...MANAGED_BY_LABELS }
    },
    data: { "config.yaml": toYaml(adapterConfig(rules)) }
  };
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function parseAdapterRules(document) {
  if (document == null)
    return [];
  if (!isRecord(document))
    return "it is not a prometheus-adapter configuration (a map with rules and externalRules)";
  let unknown = Object.keys(document).filter((key) => key !== "rules" && key !== "externalRules");
  if (unknown.length > 0)
    return `it has ${unknown.map((key) => `"${key}"`).join(", ")}; a rules file holds only rules and externalRules`;
  let result = [];
  for (let list2 of ["rules", "externalRules"]) {
    let entries = document[list2] ?? [];
    if (!Array.isArray(entries))
      return `its ${list2} is not a list`;
    for (let [index, entry] of entries.entries()) {
      let name = isRecord(entry) && isRecord(entry.name) ? entry.name.as : void 0;
      if (!isRecord(entry) || typeof entry.seriesQuery != "string" || typeof name != "string")
        return `${list2}[${index}] is not an adapter rule with seriesQuery and name.as`;
      result.push({ list: list2, name, rule: entry });
    }
  }
  return result.sort(byName);
}

// src/compile/autoscalers.ts
var HPA_API_VERSION = "autoscaling/v2", KEDA_API_VERSION = "keda.sh/v1alpha1", VPA_API_VERSION = "autoscaling.k8s.io/v1";
function scaleTargetRef(workload) {
  return { apiVersion: "apps/v1", kind: workload.kind, name: workload.name };
}
function direction(rules) {
  let result = {
    stabilizationWindowSeconds: rules.stabilizationWindowSeconds,
    selectPolicy: rules.selectPolicy,
    policies: rules.policies.map((policy) => ({
      type: policy.type,
      value: policy.value,
      periodSeconds: policy.periodSeconds
    }))
  };
  return rules.tolerance !== void 0 && (result.tolerance = rules.tolerance), result;
}
function behaviorJson(workload) {
  return {
    scaleUp: direction(workload.behavior.scaleUp),
    scaleDown: direction(workload.behavior.scaleDown)
  };
}
function horizontalPodAutoscaler(workload) {
  return {
    apiVersion: HPA_API_VERSION,
    kind: "HorizontalPodAutoscaler",
    metadata: metadata(workload.names.hpa, workload.namespace),
    spec: {
      scaleTargetRef: scaleTargetRef(workload),
      minReplicas: workload.bounds.min,
      maxReplicas: workload.bounds.max,
      metrics: workload.metrics.map((metric) => metric.hpa),
      behavior: behaviorJson(workload)
    }
  };
}
function scaledObject(workload) {
  let keda = workload.spec.keda ?? {}, spec = {
    scaleTargetRef: scaleTargetRef(workload),
    pollingInterval: keda.pollingInterval !== void 0 ? seconds(keda.pollingInterval) : 30,
    cooldownPeriod: keda.cooldownPeriod !== void 0 ? seconds(keda.cooldownPeriod) : 300,
    minReplicaCount: workload.bounds.min,
    maxReplicaCount: workload.bounds.max
  };
  keda.fallbackReplicas !== void 0 && (spec.fallback = { failureThreshold: 3, replicas: keda.fallbackReplicas });
  let hpaConfig = {};
  return workload.spec.names?.hpa !== void 0 && (hpaConfig.name = workload.spec.names.hpa), hpaConfig.behavior = behaviorJson(workload), spec.advanced = { horizontalPodAutoscalerConfig: hpaConfig }, spec.triggers = workload.metrics.map((metric) => metric.keda), {
    apiVersion: KEDA_API_VERSION,
    kind: "ScaledObject",
    metadata: metadata(workload.names.scaledObject, workload.namespace),
    spec
  };
}
function bounds(values) {
  if (!values)
    return;
  let result = {};
  return values.cpu !== void 0 && (result.cpu = quantityText(values.cpu)), values.memory !== void 0 && (result.memory = quantityText(values.memory)), Object.keys(result).length > 0 ? result : void 0;
}
function verticalPodAutoscaler(workload) {
  let vpa = workload.spec.vpa ?? {}, controlled = vpaControlledResources(workload.spec), policy = {
    containerName: workload.container,
    controlledResources: controlled
  };
  vpa.controlledValues !== void 0 && (policy.controlledValues = vpa.controlledValues);
  let minAllowed = bounds(vpa.minAllowed);
  minAllowed !== void 0 && (policy.minAllowed = minAllowed);
  let maxAllowed = bounds(vpa.maxAllowed);
  maxAllowed !== void 0 && (policy.maxAllowed = maxAllowed);
  let policies = [policy];
  return workload.base.containers.some(
    (container) => container.kind !== "init" && container.name !== workload.container
  ) && policies.push({ containerName: "*", controlledResources: controlled }), {
    apiVersion: VPA_API_VERSION,
    kind: "VerticalPodAutoscaler",
    metadata: metadata(workload.names.vpa, workload.namespace),
    spec: {
      targetRef: scaleTargetRef(workload),
      updatePolicy: { updateMode: vpa.mode ?? "Off" },
      resourcePolicy: { containerPolicies: policies }
    }
  };
}
function autoscalerDocuments(workload) {
  let files = [];
  return workload.autoscaler === "hpa" ? files.push({
    file: `${workload.name}-hpa.yaml`,
    documents: [horizontalPodAutoscaler(workload)]
  }) : workload.autoscaler === "keda" && files.push({ file: `${workload.name}-scaledobject.yaml`, documents: [scaledObject(workload)] }), isEnabled(workload.spec.vpa) && files.push({ file: `${workload.name}-vpa.yaml`, documents: [verticalPodAutoscaler(workload)] }), files;
}
function hpaName(environment, workload) {
  return workload.autoscaler !== "keda" ? environment.finalName(workload.names.hpa) : workload.spec.names?.hpa ?? `keda-hpa-${environment.finalName(workload.names.scaledObject)}`;
}

// src/compile/alerts.ts
var KUBE_STATE_METRICS = 'job="kube-state-metrics"', RUNBOOKS = "https://runbooks.prometheus-operator.dev/runbooks/kubernetes";
function workloadAlerts(environment, workload) {
  let alerts = workload.spec.alerts, rules = [], summaries = [];
  if (alerts?.enabled === !1)
    return { rules, summaries };
  let namespace = workload.finalNamespace, scope = [
    KUBE_STATE_METRICS,
    ...namespace !== void 0 ? [`namespace=${JSON.stringify(namespace)}`] : [],
    `horizontalpodautoscaler=${JSON.stringify(hpaName(environment, workload))}`
  ].join(","), metric = (name) => `kube_horizontalpodautoscaler_${name}{${scope}}`;
  if (workload.autoscaler !== "none") {
    let mismatchFor = alerts?.replicasMismatchFor ?? "15m";
    rules.push({
      alert: "KubeHpaReplicasMismatch",
      expr: [
        `(${metric("status_desired_replicas")}`,
        "  !=",
        `${metric("status_current_replicas")})`,
        "  and",
        `(${metric("status_current_replicas")}`,
        "  >",
        `${metric("spec_min_replicas")})`,
        "  and",
        `(${metric("status_current_replicas")}`,
        "  <",
        `${metric("spec_max_replicas")})`,
        "  and",
        `changes(${metric("status_current_replicas")}[15m]) == 0`,
        ""
      ].join(`
`),
      for: mismatchFor,
      labels: { severity: "warning", workload: workload.name },
      annotations: {
        summary: "HPA has not matched desired number of replicas.",
        description: `HPA {{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} has not matched the desired number of replicas for longer than ${mismatchFor}.`,
        runbook_url: `${RUNBOOKS}/kubehpareplicasmismatch`
      }
    }), summaries.push({
      alert: "KubeHpaReplicasMismatch",
      condition: "desired replicas differ from current replicas, between min and max, with no change in 15m",
      for: mismatchFor,
      severity: "warning"
    });
    let maxedOutFor = alerts?.maxedOutFor ?? "15m";
    rules.push({
      alert: "KubeHpaMaxedOut",
      expr: [
        "(",
        `  ${metric("status_current_replicas")}`,
        "    ==",
        `  ${metric("spec_max_replicas")}`,
        ")",
        "and on(namespace, horizontalpodautoscaler, cluster) (",
        `  ${metric("spec_max_replicas")}`,
        "    !=",
        `  ${metric("spec_min_replicas")}`,
        ")",
        ""
      ].join(`
`),
      for: maxedOutFor,
      labels: { severity: "warning", workload: workload.name },
      annotations: {
        summary: "HPA is running at max replicas",
        description: `HPA {{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} has been running at max replicas for longer than ${maxedOutFor}.`,
        runbook_url: `${RUNBOOKS}/kubehpamaxedout`
      }
    }), summaries.push({
      alert: "KubeHpaMaxedOut",
      condition: `running at max replicas (${workload.bounds.max})`,
      for: maxedOutFor,
      severity: "warning"
    });
  }
  let pods = [
    ...namespace !== void 0 ? [`namespace=${JSON.stringify(namespace)}`] : [],
    `pod=~${JSON.stringify(workload.podPattern)}`
  ], severity = alerts?.severity ?? "warning", holdFor = alerts?.for ?? "5m", sloAnnotations = (summary, description) => {
    let result = { summary, description };
    return alerts?.runbookUrl !== void 0 && (result.runbook_url = alerts.runbookUrl), result;
  };
  if (alerts?.latencyP95 !== void 0) {
    let threshold = alerts.latencyP95;
    rules.push({
      alert: "WorkloadLatencyP95High",
      expr: `histogram_quantile(0.95, sum by (le) (rate(${workload.latencyMetric}_bucket{${pods.join(",")}}[5m]))) > ${secondsValue(threshold)}
`,
      for: holdFor,
      labels: { severity, workload: workload.name },
      annotations: sloAnnotations(
        `p95 latency of ${workload.name} is above ${threshold}.`,
        `The 95th percentile of ${workload.latencyMetric} for ${workload.name} has been above ${threshold} for ${holdFor}.`
      )
    }), summaries.push({
      alert: "WorkloadLatencyP95High",
      condition: `p95 of ${workload.latencyMetric} above ${threshold}`,
      for: holdFor,
      severity
    });
  }
  if (alerts?.errorRate !== void 0) {
    let ratio = Number(alerts.errorRate.replace("%", "")) / 100, requests = workload.requestsMetric, failures = workload.errorsMetric !== void 0 ? `${workload.errorsMetric}{${pods.join(",")}}` : `${requests}{${[...pods, workload.errorMatcher].join(",")}}`, failuresInWords = workload.errorsMetric !== void 0 ? `${workload.errorsMetric} against ${requests}` : `${requests} with ${workload.errorMatcher}`;
    rules.push({
      alert: "WorkloadErrorRateHigh",
      expr: [
        `sum(rate(${failures}[5m]))`,
        "  /",
        `sum(rate(${requests}{${pods.join(",")}}[5m]))`,
        `  > ${String(Math.round(ratio * 1e9) / 1e9)}`,
        ""
      ].join(`
`),
      for: holdFor,
      labels: { severity, workload: workload.name },
      annotations: sloAnnotations(
        `Error rate of ${workload.name} is above ${alerts.errorRate}.`,
        `More than ${alerts.errorRate} of the requests to ${workload.name} (${failuresInWords}) have failed for ${holdFor}.`
      )
    }), summaries.push({
      alert: "WorkloadErrorRateHigh",
      condition: `share of failed requests (${failuresInWords}) above ${alerts.errorRate}`,
      for: holdFor,
      severity
    });
  }
  for (let rule of alerts?.rules ?? []) {
    let compiled = customRule(rule, { severity, workload: workload.name });
    rules.push(compiled.rule), summaries.push(compiled.summary);
  }
  return { rules, summaries };
}
function customRule(rule, defaults) {
  let labels = sorted(alertRuleLabels(rule, defaults)), result = { alert: rule.alert, expr: rule.expr };
  return rule.for !== void 0 && (result.for = rule.for), rule.keep_firing_for !== void 0 && (result.keep_firing_for = rule.keep_firing_for), result.labels = labels, rule.annotations !== void 0 && Object.keys(rule.annotations).length > 0 && (result.annotations = sorted(rule.annotations)), {
    rule: result,
    summary: {
      alert: rule.alert,
      condition: rule.annotations?.summary ?? "the expression below holds",
      for: rule.for ?? "at once",
      severity: labels.severity ?? "",
      expr: rule.expr.trim()
    }
  };
}
function planAlerts(environment) {
  let alerts = environment.view.alerts, rules = [], summaries = [];
  if (alerts.enabled !== !1)
    for (let rule of alerts.rules ?? []) {
      let compiled = customRule(rule, { severity: "warning" });
      rules.push(compiled.rule), summaries.push(compiled.summary);
    }
  return { rules, summaries };
}
function secondsValue(duration) {
  let match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(duration);
  if (!match)
    return duration;
  let factor = { ms: 1e-3, s: 1, m: 60, h: 3600 }[match[2]];
  return String(Math.round(Number(match[1]) * factor * 1e6) / 1e6);
}
function ruleObject(environment, name, namespace, group, rules) {
  let groups = [{ name: group, rules }];
  return environment.prometheus.scrape === "annotations" ? {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: metadata(name, namespace, environment.prometheus.ruleLabels),
    data: { [ruleFileKey(name)]: toYaml({ groups }) }
  } : {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: metadata(name, namespace, environment.prometheus.ruleLabels),
    spec: { groups }
  };
}
function ruleFileKey(name) {
  return `${name}.rules.yaml`;
}
function workloadRuleName(workload) {
  return workload.names.prometheusRule;
}
function planRuleName(environment) {
  return `${environment.plan.metadata.name}-alerts`;
}
function prometheusRule(environment, workload, alerts) {
  if (!(alerts.rules.length === 0 || !isEnabledAlerts(workload)))
    return ruleObject(
      environment,
      workloadRuleName(workload),
      workload.namespace,
      `scaleplan.${workload.name}`,
      alerts.rules
    );
}
function planPrometheusRule(environment, alerts) {
  if (alerts.rules.length !== 0)
    return ruleObject(
      environment,
      planRuleName(environment),
      environment.objectNamespace,
      environment.view.alerts.group ?? `scaleplan.${environment.plan.metadata.name}`,
      alerts.rules
    );
}
function isEnabledAlerts(workload) {
  return workload.spec.alerts === void 0 || isEnabled(workload.spec.alerts);
}

// src/compile/kustomization.ts
var CONFIGURATIONS_FILE = "kustomizeconfig.yaml";
function nameReferenceConfiguration(objectKinds) {
  let describedObject = {
    kind: "HorizontalPodAutoscaler",
    group: "autoscaling",
    path: "spec/metrics/object/describedObject/name"
  }, workloadGroups = {
    Deployment: "apps",
    StatefulSet: "apps",
    Ingress: "networking.k8s.io"
  }, entries = ["Deployment", "StatefulSet"].map((kind) => ({
    kind,
    group: "apps",
    fieldSpecs: [
      { kind: "VerticalPodAutoscaler", group: "autoscaling.k8s.io", path: "spec/targetRef/name" },
      { kind: "ScaledObject", group: "keda.sh", path: "spec/scaleTargetRef/name" },
      ...objectKinds.includes(kind) ? [describedObject] : []
    ]
  }));
  for (let kind of [...new Set(objectKinds)].sort()) {
    if (kind === "Deployment" || kind === "StatefulSet")
      continue;
    let group = workloadGroups[kind];
    entries.push({
      kind,
      ...group !== void 0 ? { group } : {},
      fieldSpecs: [describedObject]
    });
  }
  return { nameReference: entries };
}
function kustomization(environment, parts) {
  let view = environment.view, result = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization"
  };
  parts.clusterDirectory !== void 0 && (result.metadata = { annotations: { [DEPLOYED_WITH_ANNOTATION]: parts.clusterDirectory } }), view.namespace !== void 0 && (result.namespace = view.namespace), view.namePrefix !== "" && (result.namePrefix = view.namePrefix), view.nameSuffix !== "" && (result.nameSuffix = view.nameSuffix);
  let labels = Object.keys(view.labels).sort();
  return labels.length > 0 && (result.labels = [
    {
      pairs: Object.fromEntries(labels.map((key) => [key, view.labels[key] ?? ""])),
      includeSelectors: !1
    }
  ]), result.resources = [parts.base, ...parts.resources], parts.patches.length > 0 && (result.patches = parts.patches.map((path9) => ({ path: path9 }))), parts.configurations && (result.configurations = [CONFIGURATIONS_FILE]), result;
}
function clusterKustomization(labels, resources) {
  let result = {
    apiVersion: "kustomize.config.k8s.io/v1beta1",
    kind: "Kustomization"
  }, keys = Object.keys(labels).sort();
  return keys.length > 0 && (result.labels = [
    {
      pairs: Object.fromEntries(keys.map((key) => [key, labels[key] ?? ""])),
      includeSelectors: !1
    }
  ]), result.resources = [...resources], result;
}

// src/compile/objects.ts
var INSTANCE_TYPE_LABEL = "node.kubernetes.io/instance-type", ZONE_LABEL = "topology.kubernetes.io/zone", HOSTNAME_LABEL = "kubernetes.io/hostname";
function disruptionField(workload) {
  let disruption = workload.spec.disruption;
  return disruption?.minAvailable !== void 0 ? { field: "minAvailable", value: disruption.minAvailable } : { field: "maxUnavailable", value: disruption?.maxUnavailable ?? 1 };
}
function podDisruptionBudget(workload) {
  let { field, value } = disruptionField(workload);
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: metadata(workload.names.pdb, workload.namespace),
    spec: {
      [field]: value,
      selector: { matchLabels: workload.podLabels }
    }
  };
}
function quotaHard(quota) {
  let hard = {};
  quota.cpu !== void 0 && (hard["requests.cpu"] = quantityText(quota.cpu)), quota.memory !== void 0 && (hard["requests.memory"] = quantityText(quota.memory)), quota.gpu !== void 0 && (hard[`requests.${GPU_RESOURCE}`] = String(quota.gpu)), quota.pods !== void 0 && (hard.pods = String(quota.pods)), quota.limits?.cpu !== void 0 && (hard["limits.cpu"] = quantityText(quota.limits.cpu)), quota.limits?.memory !== void 0 && (hard["limits.memory"] = quantityText(quota.limits.memory));
  for (let [key, value] of Object.entries(quota.hard ?? {}))
    hard[key] = quantityText(value);
  return sorted(hard);
}
function resourceQuotas(environment) {
  return Object.keys(environment.view.quotas).sort().map((name) => ({
    apiVersion: "v1",
    kind: "ResourceQuota",
    metadata: metadata(name, environment.objectNamespace),
    spec: { hard: quotaHard(environment.view.quotas[name] ?? {}) }
  }));
}
function priorityClasses(classes) {
  return Object.keys(classes).sort().map((name) => {
    let priorityClass = classes[name] ?? { value: 0 }, object = {
      apiVersion: "scheduling.k8s.io/v1",
      kind: "PriorityClass",
      metadata: metadata(name, void 0),
      value: priorityClass.value,
      globalDefault: priorityClass.globalDefault ?? !1
    };
    return priorityClass.preemptionPolicy !== void 0 && (object.preemptionPolicy = priorityClass.preemptionPolicy), priorityClass.description !== void 0 && (object.description = priorityClass.description), object;
  });
}
function canonical(value) {
  return JSON.stringify(
    value,
    (_key, entry) => typeof entry == "object" && entry !== null && !Array.isArray(entry) ? Object.fromEntries(
      Object.entries(entry).sort(
        ([x], [y]) => x < y ? -1 : x > y ? 1 : 0
      )
    ) : entry
  );
}
function sameJson(a, b) {
  return canonical(a) === canonical(b);
}
function appendUnique(list2, entry) {
  list2.some((existing) => sameJson(existing, entry)) || list2.push(entry);
}
function record(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function podSpecPatch(environment, workload) {
  let spec = workload.spec, podSpec = {};
  spec.priorityClass !== void 0 && (podSpec.priorityClassName = spec.priorityClass);
  let placement = spec.placement ?? {}, affinity = {}, pool = placement.nodePool !== void 0 ? environment.view.nodePools[placement.nodePool] : void 0, baseAffinity = workload.base.affinity, expressions = [];
  pool && (pool.instanceTypes ?? []).length > 0 && expressions.push({
    key: INSTANCE_TYPE_LABEL,
    operator: "In",
    values: [...pool.instanceTypes ?? []]
  });
  for (let key of Object.keys(pool?.labels ?? {}).sort())
    expressions.push({ key, operator: "In", values: [pool?.labels?.[key] ?? ""] });
  let baseNodeAffinity = record(baseAffinity?.nodeAffinity);
  if (expressions.length > 0 && (placement.affinity ?? "required") === "preferred") {
    let terms = [...list(baseNodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution)];
    appendUnique(terms, {
      weight: placement.weight ?? 100,
      preference: { matchExpressions: expressions }
    }), affinity.nodeAffinity = { preferredDuringSchedulingIgnoredDuringExecution: terms };
  } else if (expressions.length > 0) {
    let baseTerms = list(
      record(baseNodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution)?.nodeSelectorTerms
    ), terms = baseTerms.length === 0 ? [{ matchExpressions: expressions }] : baseTerms.map((term) => {
      let existing = record(term) ?? {};
      return {
        ...existing,
        matchExpressions: [...list(existing.matchExpressions), ...expressions]
      };
    });
    affinity.nodeAffinity = {
      requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms }
    };
  }
  let antiAffinity = placement.antiAffinity ?? "none";
  if (antiAffinity !== "none") {
    let term = {
      labelSelector: { matchLabels: workload.podLabels },
      topologyKey: HOSTNAME_LABEL
    }, baseAnti = record(baseAffinity?.podAntiAffinity) ?? {};
    if (antiAffinity === "required") {
      let terms = [...list(baseAnti.requiredDuringSchedulingIgnoredDuringExecution)];
      appendUnique(terms, term), affinity.podAntiAffinity = { requiredDuringSchedulingIgnoredDuringExecution: terms };
    } else {
      let terms = [...list(baseAnti.preferredDuringSchedulingIgnoredDuringExecution)];
      appendUnique(terms, { weight: 100, podAffinityTerm: term }), affinity.podAntiAffinity = { preferredDuringSchedulingIgnoredDuringExecution: terms };
    }
  }
  Object.keys(affinity).length > 0 && (podSpec.affinity = affinity);
  let tolerations = [];
  if (pool) {
    (pool.gpus ?? 0) > 0 && !(pool.taints ?? []).some((taint) => taint.key === GPU_TAINT) && tolerations.push({ key: GPU_TAINT, operator: "Exists", effect: "NoSchedule" });
    for (let taint of pool.taints ?? [])
      tolerations.push(
        taint.value === void 0 ? { key: taint.key, operator: "Exists", effect: taint.effect } : { key: taint.key, operator: "Equal", value: taint.value, effect: taint.effect }
      );
  }
  if (tolerations.length > 0) {
    let merged = [...workload.base.tolerations];
    for (let toleration of tolerations)
      appendUnique(merged, toleration);
    podSpec.tolerations = merged;
  }
  let spread = placement.spreadZones ?? !1;
  spread !== !1 && (podSpec.topologySpreadConstraints = [
    {
      maxSkew: 1,
      topologyKey: ZONE_LABEL,
      whenUnsatisfiable: spread === "required" ? "DoNotSchedule" : "ScheduleAnyway",
      labelSelector: { matchLabels: workload.podLabels }
    }
  ]);
  let { requests, limits } = patchAmounts(spec);
  if (Object.keys(requests).length > 0 || Object.keys(limits).length > 0) {
    let resources = {};
    Object.keys(requests).length > 0 && (resources.requests = requests), Object.keys(limits).length > 0 && (resources.limits = limits);
    let isSidecar = workload.base.containers.some(
      (container) => container.name === workload.container && container.kind === "sidecar"
    );
    podSpec[isSidecar ? "initContainers" : "containers"] = [
      { name: workload.container, resources }
    ];
  }
  return podSpec;
}
function workloadPatch(environment, workload) {
  let spec = {};
  workload.autoscaler === "none" ? spec.replicas = workload.bounds.min : spec.replicas = null;
  let podSpec = podSpecPatch(environment, workload), annotations = scrapeAnnotations(environment, workload), template = {};
  if (annotations && (template.metadata = { annotations }), Object.keys(podSpec).length > 0 && (template.spec = podSpec), Object.keys(template).length > 0 && (spec.template = template), Object.keys(spec).length === 0)
    return;
  let patchMetadata = { name: workload.name };
  return workload.base.namespace !== void 0 && (patchMetadata.namespace = workload.base.namespace), { apiVersion: "apps/v1", kind: workload.kind, metadata: patchMetadata, spec };
}
function scrapeAnnotations(environment, workload) {
  let spec = workload.spec.monitoring;
  if (environment.prometheus.scrape !== "annotations" || !spec || spec.enabled === !1 || !workload.service || spec.port === void 0)
    return;
  let port = podPortOf(workload.service, spec.port, workload.base);
  if (typeof port != "number")
    throw new Error(`compile: ${port.problem} (checkSpec first)`);
  return {
    "prometheus.io/path": spec.path ?? "/metrics",
    "prometheus.io/port": String(port),
    "prometheus.io/scrape": "true"
  };
}
function serviceMonitorLabels(workload) {
  return workload.serviceLabels.select;
}
function serviceLabelPatch(workload, scrape) {
  let service = workload.service, add = workload.serviceLabels.add;
  if (!service || Object.keys(add).length === 0 || !isEnabled(workload.spec.monitoring) || scrape === "annotations")
    return;
  let patchMetadata = { name: service.name };
  return service.namespace !== void 0 && (patchMetadata.namespace = service.namespace), patchMetadata.labels = add, { apiVersion: "v1", kind: "Service", metadata: patchMetadata };
}
function durationSeconds(text) {
  return String(Math.ceil(seconds(text)));
}
function servicePort(service, port) {
  return port ?? service.ports[0]?.name ?? service.ports[0]?.port ?? 80;
}
function ingressObject(name, namespace, settings, paths) {
  let annotations = { ...settings.annotations };
  if (settings.tls) {
    let key = (settings.tls.issuerKind ?? "ClusterIssuer") === "Issuer" ? "cert-manager.io/issuer" : "cert-manager.io/cluster-issuer";
    annotations[key] = settings.tls.issuer ?? "";
  }
  settings.rateLimitRpm !== void 0 && (annotations["nginx.ingress.kubernetes.io/limit-rpm"] = String(settings.rateLimitRpm)), settings.rateLimitRps !== void 0 && (annotations["nginx.ingress.kubernetes.io/limit-rps"] = String(settings.rateLimitRps)), settings.timeout !== void 0 && (annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"] = durationSeconds(
    settings.timeout
  ), annotations["nginx.ingress.kubernetes.io/proxy-send-timeout"] = durationSeconds(
    settings.timeout
  )), settings.maxBodySize !== void 0 && (annotations["nginx.ingress.kubernetes.io/proxy-body-size"] = settings.maxBodySize);
  let ingressSpec = { ingressClassName: settings.className ?? "nginx" };
  return settings.tls && (ingressSpec.tls = [
    { hosts: [settings.host], secretName: settings.tls.secretName ?? `${name}-tls` }
  ]), ingressSpec.rules = [
    {
      host: settings.host,
      http: {
        paths: paths.map((entry) => ({
          path: entry.path,
          pathType: "Prefix",
          backend: {
            service: {
              name: entry.service,
              port: typeof entry.port == "number" ? { number: entry.port } : { name: entry.port }
            }
          }
        }))
      }
    }
  ], {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: metadata(name, namespace, {}, annotations),
    spec: ingressSpec
  };
}
function ingress(workload) {
  let spec = workload.spec.ingress, service = workload.service;
  if (!spec || spec.enabled === !1 || !service)
    return;
  let port = servicePort(service, spec.port), settings = spec.tls ? { ...spec, tls: { ...spec.tls, secretName: spec.tls.secretName ?? `${workload.name}-tls` } } : spec;
  return ingressObject(
    workload.names.ingress,
    workload.namespace,
    settings,
    (spec.paths ?? ["/"]).map((path9) => ({ path: path9, service: service.name, port }))
  );
}
function sharedIngress(environment, name, spec) {
  let byName2 = new Map(environment.workloads.map((workload) => [workload.name, workload])), paths = (spec.routes ?? []).map((route) => {
    let service = byName2.get(route.workload)?.service;
    if (!service)
      throw new Error(
        `compile: route ${route.path} of ingress ${name} has no Service (checkSpec first)`
      );
    return { path: route.path, service: service.name, port: servicePort(service, route.port) };
  }), first = byName2.get(spec.routes?.[0]?.workload ?? "");
  return ingressObject(name, first?.namespace, spec, paths);
}
function serviceMonitor(environment, workload) {
  let spec = workload.spec.monitoring;
  if (environment.prometheus.scrape === "annotations" || !spec || spec.enabled === !1 || !workload.service || spec.port === void 0)
    return;
  let endpoint = {
    port: spec.port,
    path: spec.path ?? "/metrics",
    interval: spec.interval ?? "30s"
  };
  return spec.scrapeTimeout !== void 0 && (endpoint.scrapeTimeout = spec.scrapeTimeout), {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "ServiceMonitor",
    metadata: metadata(
      workload.names.serviceMonitor,
      workload.namespace,
      environment.prometheus.ruleLabels
    ),
    spec: {
      selector: { matchLabels: serviceMonitorLabels(workload) },
      endpoints: [endpoint]
    }
  };
}

// src/generated/runbook-template.js
var import_runtime = __toESM(require_runtime(), 1), runbookTemplate = import_runtime.default.template({
  0: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 ?? (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return `| Alert | Fires when | For | Severity |
| --- | --- | --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "rows"), { name: "each", hash: {}, fn: container.program(1, data, 0), inverse: container.noop, data, loc: { start: { line: 4, column: 0 }, end: { line: 6, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "expressions"), { name: "each", hash: {}, fn: container.program(2, data, 0), inverse: container.noop, data, loc: { start: { line: 7, column: 0 }, end: { line: 14, column: 9 } } })) != null ? stack1 : "");
  },
  1: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda;
    return "| " + ((stack1 = alias2(alias1(depth0, "alert", { start: { line: 5, column: 5 }, end: { line: 5, column: 10 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "condition", { start: { line: 5, column: 19 }, end: { line: 5, column: 28 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "for", { start: { line: 5, column: 37 }, end: { line: 5, column: 40 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "severity", { start: { line: 5, column: 49 }, end: { line: 5, column: 57 } }), depth0)) != null ? stack1 : "") + ` |
`;
  },
  2: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda;
    return `
` + ((stack1 = alias2(alias1(depth0, "alert", { start: { line: 9, column: 3 }, end: { line: 9, column: 8 } }), depth0)) != null ? stack1 : "") + " fires for every series of:\n\n```promql\n" + ((stack1 = alias2(alias1(depth0, "expr", { start: { line: 12, column: 3 }, end: { line: 12, column: 7 } }), depth0)) != null ? stack1 : "") + "\n```\n";
  },
  3: function(container, depth0, helpers, partials, data) {
    var stack1;
    return ((stack1 = container.lambda(container.strict(depth0, "description", { start: { line: 20, column: 3 }, end: { line: 20, column: 14 } }), depth0)) != null ? stack1 : "") + `

`;
  },
  4: function(container, depth0, helpers, partials, data) {
    var stack1;
    return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + `
`;
  },
  5: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 ?? (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return `
### ` + ((stack1 = alias2(alias1(depth0, "heading", { start: { line: 30, column: 7 }, end: { line: 30, column: 14 } }), depth0)) != null ? stack1 : "") + `

| | |
| --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "rows"), { name: "each", hash: {}, fn: container.program(6, data, 0), inverse: container.noop, data, loc: { start: { line: 34, column: 0 }, end: { line: 36, column: 9 } } })) != null ? stack1 : "") + `
**Triggers.** ` + ((stack1 = alias2(alias1(depth0, "triggerIntro", { start: { line: 38, column: 17 }, end: { line: 38, column: 29 } }), depth0)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "triggers"), { name: "if", hash: {}, fn: container.program(7, data, 0), inverse: container.noop, data, loc: { start: { line: 39, column: 0 }, end: { line: 44, column: 7 } } })) != null ? stack1 : "") + `
**Behaviour.**

` + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "behaviour"), { name: "each", hash: {}, fn: container.program(4, data, 0), inverse: container.noop, data, loc: { start: { line: 48, column: 0 }, end: { line: 50, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "simulation"), { name: "if", hash: {}, fn: container.program(8, data, 0), inverse: container.noop, data, loc: { start: { line: 51, column: 0 }, end: { line: 58, column: 7 } } })) != null ? stack1 : "") + `
**Alerts.**` + ((stack1 = lookupProperty(helpers, "unless").call(alias3, lookupProperty(lookupProperty(depth0, "alerts"), "rows"), { name: "unless", hash: {}, fn: container.program(9, data, 0), inverse: container.noop, data, loc: { start: { line: 60, column: 11 }, end: { line: 60, column: 51 } } })) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "alerts"), "rows"), { name: "if", hash: {}, fn: container.program(10, data, 0), inverse: container.noop, data, loc: { start: { line: 61, column: 0 }, end: { line: 64, column: 7 } } })) != null ? stack1 : "") + "\n**Procedures.** The spec is the source of truth: change it, compile, merge, and let the sync apply it. Commands run from this directory; upper-case words (`POD`, `NODE`, `COMMIT`) are yours to fill in.\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "procedures"), { name: "each", hash: {}, fn: container.program(11, data, 0), inverse: container.noop, data, loc: { start: { line: 68, column: 0 }, end: { line: 73, column: 9 } } })) != null ? stack1 : "");
  },
  6: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda;
    return "| " + ((stack1 = alias2(alias1(depth0, "label", { start: { line: 35, column: 5 }, end: { line: 35, column: 10 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "value", { start: { line: 35, column: 19 }, end: { line: 35, column: 24 } }), depth0)) != null ? stack1 : "") + ` |
`;
  },
  7: function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return `
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 ?? (container.nullContext || {}), lookupProperty(depth0, "triggers"), { name: "each", hash: {}, fn: container.program(4, data, 0), inverse: container.noop, data, loc: { start: { line: 41, column: 0 }, end: { line: 43, column: 9 } } })) != null ? stack1 : "");
  },
  8: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return `
**Under a \xD74 step load** for ten minutes, from the load minReplicas carries: bars are the load in replicas' worth at the target, the line the replicas the HPA runs (pods assumed ready at once, so real clusters lag by pod start-up and metric delay).

` + ((stack1 = alias2(alias1(lookupProperty(depth0, "simulation"), "chart", { start: { line: 55, column: 3 }, end: { line: 55, column: 19 } }), depth0)) != null ? stack1 : "") + `

` + ((stack1 = alias2(alias1(lookupProperty(depth0, "simulation"), "table", { start: { line: 57, column: 3 }, end: { line: 57, column: 19 } }), depth0)) != null ? stack1 : "") + `
`;
  },
  9: function(container, depth0, helpers, partials, data) {
    return " None.";
  },
  10: function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return `
` + ((stack1 = container.invokePartial(lookupProperty(partials, "alertTable"), lookupProperty(depth0, "alerts"), { name: "alertTable", data, helpers, partials, decorators: container.decorators })) != null ? stack1 : "");
  },
  11: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return "- **" + ((stack1 = alias2(alias1(depth0, "title", { start: { line: 69, column: 7 }, end: { line: 69, column: 12 } }), depth0)) != null ? stack1 : "") + "** " + ((stack1 = alias2(alias1(depth0, "text", { start: { line: 69, column: 21 }, end: { line: 69, column: 25 } }), depth0)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 ?? (container.nullContext || {}), lookupProperty(depth0, "commands"), { name: "each", hash: {}, fn: container.program(12, data, 0), inverse: container.noop, data, loc: { start: { line: 70, column: 0 }, end: { line: 72, column: 9 } } })) != null ? stack1 : "");
  },
  12: function(container, depth0, helpers, partials, data) {
    var stack1;
    return "  - " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + `
`;
  },
  13: function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return `
## Plan alerts

Rules of \`spec.alerts\`, not tied to one workload.

` + ((stack1 = container.invokePartial(lookupProperty(partials, "alertTable"), lookupProperty(depth0, "planAlerts"), { name: "alertTable", data, helpers, partials, decorators: container.decorators })) != null ? stack1 : "");
  },
  14: function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return `
### Quota ` + ((stack1 = container.lambda(container.strict(depth0, "name", { start: { line: 89, column: 13 }, end: { line: 89, column: 17 } }), depth0)) != null ? stack1 : "") + `

| Resource | At max scale | Quota | Share |
| --- | --- | --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 ?? (container.nullContext || {}), lookupProperty(depth0, "rows"), { name: "each", hash: {}, fn: container.program(15, data, 0), inverse: container.noop, data, loc: { start: { line: 93, column: 0 }, end: { line: 95, column: 9 } } })) != null ? stack1 : "");
  },
  15: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda;
    return "| " + ((stack1 = alias2(alias1(depth0, "resource", { start: { line: 94, column: 5 }, end: { line: 94, column: 13 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "used", { start: { line: 94, column: 22 }, end: { line: 94, column: 26 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "limit", { start: { line: 94, column: 35 }, end: { line: 94, column: 40 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "share", { start: { line: 94, column: 49 }, end: { line: 94, column: 54 } }), depth0)) != null ? stack1 : "") + ` |
`;
  },
  16: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 ?? (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return `
### Node pool ` + ((stack1 = alias2(alias1(depth0, "name", { start: { line: 99, column: 17 }, end: { line: 99, column: 21 } }), depth0)) != null ? stack1 : "") + `

` + ((stack1 = alias2(alias1(depth0, "summary", { start: { line: 101, column: 3 }, end: { line: 101, column: 10 } }), depth0)) != null ? stack1 : "") + `

| Resource | Pods at max scale request | Pool at max size offers | Share |
| --- | --- | --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "rows"), { name: "each", hash: {}, fn: container.program(15, data, 0), inverse: container.noop, data, loc: { start: { line: 105, column: 0 }, end: { line: 107, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "procedure"), { name: "if", hash: {}, fn: container.program(17, data, 0), inverse: container.noop, data, loc: { start: { line: 108, column: 0 }, end: { line: 115, column: 7 } } })) != null ? stack1 : "");
  },
  17: function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return `
**` + ((stack1 = alias2(alias1(lookupProperty(depth0, "procedure"), "title", { start: { line: 110, column: 5 }, end: { line: 110, column: 20 } }), depth0)) != null ? stack1 : "") + "** " + ((stack1 = alias2(alias1(lookupProperty(depth0, "procedure"), "text", { start: { line: 110, column: 29 }, end: { line: 110, column: 43 } }), depth0)) != null ? stack1 : "") + `

` + ((stack1 = lookupProperty(helpers, "each").call(depth0 ?? (container.nullContext || {}), lookupProperty(lookupProperty(depth0, "procedure"), "commands"), { name: "each", hash: {}, fn: container.program(4, data, 0), inverse: container.noop, data, loc: { start: { line: 112, column: 0 }, end: { line: 114, column: 9 } } })) != null ? stack1 : "");
  },
  18: function(container, depth0, helpers, partials, data) {
    var stack1;
    return `
## Metrics pipeline

` + ((stack1 = container.lambda(container.strict(depth0, "adapter", { start: { line: 121, column: 3 }, end: { line: 121, column: 10 } }), depth0)) != null ? stack1 : "") + `
`;
  },
  compiler: [8, ">= 4.3.0"],
  main: function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 ?? (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    };
    return ((stack1 = alias2(alias1(depth0, "header", { start: { line: 16, column: 3 }, end: { line: 16, column: 9 } }), depth0)) != null ? stack1 : "") + `
# Scaling runbook: ` + ((stack1 = alias2(alias1(depth0, "title", { start: { line: 17, column: 22 }, end: { line: 17, column: 27 } }), depth0)) != null ? stack1 : "") + `

` + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "description"), { name: "if", hash: {}, fn: container.program(3, data, 0, blockParams, depths), inverse: container.noop, data, loc: { start: { line: 19, column: 0 }, end: { line: 22, column: 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "facts"), { name: "each", hash: {}, fn: container.program(4, data, 0, blockParams, depths), inverse: container.noop, data, loc: { start: { line: 23, column: 0 }, end: { line: 25, column: 9 } } })) != null ? stack1 : "") + `
## Workloads
` + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "workloads"), { name: "each", hash: {}, fn: container.program(5, data, 0, blockParams, depths), inverse: container.noop, data, loc: { start: { line: 28, column: 0 }, end: { line: 74, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "planAlerts"), "rows"), { name: "if", hash: {}, fn: container.program(13, data, 0, blockParams, depths), inverse: container.noop, data, loc: { start: { line: 75, column: 0 }, end: { line: 82, column: 7 } } })) != null ? stack1 : "") + `
## Capacity at maximum scale

` + ((stack1 = alias2(alias1(depth0, "capacityIntro", { start: { line: 86, column: 3 }, end: { line: 86, column: 16 } }), depth0)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "quotas"), { name: "each", hash: {}, fn: container.program(14, data, 0, blockParams, depths), inverse: container.noop, data, loc: { start: { line: 87, column: 0 }, end: { line: 96, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "pools"), { name: "each", hash: {}, fn: container.program(16, data, 0, blockParams, depths), inverse: container.noop, data, loc: { start: { line: 97, column: 0 }, end: { line: 116, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "adapter"), { name: "if", hash: {}, fn: container.program(18, data, 0, blockParams, depths), inverse: container.noop, data, loc: { start: { line: 117, column: 0 }, end: { line: 122, column: 7 } } })) != null ? stack1 : "");
  },
  main_d: function(fn, props, container, depth0, data, blockParams, depths) {
    var decorators = container.decorators, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName))
        return parent[propertyName];
    }, decorator = lookupProperty(decorators, "inline");
    if (typeof decorator != "function")
      throw new Error('Missing decorator: "inline"');
    return fn = decorator(fn, props, container, { name: "inline", hash: {}, fn: container.program(0, data, 0, blockParams, depths), inverse: container.noop, args: ["alertTable"], data, loc: { start: { line: 1, column: 0 }, end: { line: 15, column: 11 } } }) || fn, fn;
  },
  useDecorators: !0,
  usePartial: !0,
  useData: !0,
  useDepths: !0
});

// src/compile/scale-chart.ts
function stepDemand(load) {
  return (seconds2) => seconds2 >= load.from && seconds2 < load.until ? load.base * load.factor : load.base;
}
function minutes(seconds2) {
  let value = seconds2 / 60;
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, "");
}
function chartTitle(text) {
  return text.replace(/["\r\n\\]/g, " ");
}
function chartPoints(steps) {
  let interval = (steps[steps.length - 1]?.at ?? 0) <= 1800 ? 30 : 60;
  return steps.filter((step) => step.at % interval === 0);
}
function scaleChartMermaid(title, steps) {
  let points = chartPoints(steps), top = Math.max(1, ...points.map((step) => Math.max(step.replicas, Math.ceil(step.demand))));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${chartTitle(title)}"`,
    `  x-axis "minutes" [${points.map((step) => `"${minutes(step.at)}"`).join(", ")}]`,
    `  y-axis "replicas" 0 --> ${top}`,
    `  bar [${points.map((step) => Math.ceil(step.demand)).join(", ")}]`,
    `  line [${points.map((step) => step.replicas).join(", ")}]`,
    "```"
  ].join(`
`);
}
function scaleChartTable(steps) {
  return [
    "| Minute | Load (replicas) | Replicas |",
    "| ---: | ---: | ---: |",
    ...steps.filter((step, index) => {
      let previous = steps[index - 1], next = steps[index + 1];
      return previous === void 0 || next === void 0 || previous.replicas !== step.replicas || Math.ceil(previous.demand) !== Math.ceil(step.demand);
    }).map((step) => `| ${minutes(step.at)} | ${Math.ceil(step.demand)} | ${step.replicas} |`)
  ].join(`
`);
}
var STEP_LOAD = { factor: 4, fromSeconds: 120, heldSeconds: 600 };
function stepLoadChart(name, autoscaler) {
  let until = STEP_LOAD.fromSeconds + STEP_LOAD.heldSeconds, drop = fastestScaleDown(
    autoscaler.scaleDown,
    autoscaler.maxReplicas,
    autoscaler.minReplicas,
    3600
  ), settle = autoscaler.scaleDown.stabilizationWindowSeconds + (drop.steps[drop.steps.length - 1] ?? 0), duration = Math.min(3600, Math.ceil((until + settle + 120) / 60) * 60), steps = simulate(
    autoscaler,
    stepDemand({
      base: Math.max(1, autoscaler.minReplicas),
      factor: STEP_LOAD.factor,
      from: STEP_LOAD.fromSeconds,
      until
    }),
    { startReplicas: autoscaler.minReplicas, durationSeconds: duration }
  );
  return {
    chart: scaleChartMermaid(`${name}: \xD7${STEP_LOAD.factor} load for 10 minutes`, steps),
    table: scaleChartTable(steps)
  };
}

// src/generated/cluster-runbook-template.js
var import_runtime2 = __toESM(require_runtime(), 1), clusterRunbookTemplate = import_runtime2.default.template({ 0: function(container, depth0, helpers, partials, data) {
  var stack1;
  return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + `
`;
}, 1: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda;
  return "| " + ((stack1 = alias2(alias1(depth0, "directory", { start: { line: 13, column: 5 }, end: { line: 13, column: 14 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "holds", { start: { line: 13, column: 23 }, end: { line: 13, column: 28 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "application", { start: { line: 13, column: 37 }, end: { line: 13, column: 48 } }), depth0)) != null ? stack1 : "") + ` |
`;
}, 2: function(container, depth0, helpers, partials, data) {
  var stack1;
  return `
## Priority classes

` + ((stack1 = container.lambda(container.strict(depth0, "priorityClasses", { start: { line: 21, column: 3 }, end: { line: 21, column: 18 } }), depth0)) != null ? stack1 : "") + `
`;
}, 3: function(container, depth0, helpers, partials, data) {
  var stack1;
  return `
## prometheus-adapter

` + ((stack1 = container.lambda(container.strict(depth0, "adapter", { start: { line: 27, column: 3 }, end: { line: 27, column: 10 } }), depth0)) != null ? stack1 : "") + `
`;
}, compiler: [8, ">= 4.3.0"], main: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 ?? (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName))
      return parent[propertyName];
  };
  return ((stack1 = alias2(alias1(depth0, "header", { start: { line: 1, column: 3 }, end: { line: 1, column: 9 } }), depth0)) != null ? stack1 : "") + `
# Cluster runbook: ` + ((stack1 = alias2(alias1(depth0, "title", { start: { line: 2, column: 22 }, end: { line: 2, column: 27 } }), depth0)) != null ? stack1 : "") + `

` + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "facts"), { name: "each", hash: {}, fn: container.program(0, data, 0), inverse: container.noop, data, loc: { start: { line: 4, column: 0 }, end: { line: 6, column: 9 } } })) != null ? stack1 : "") + `
## Who owns what

| Directory | Holds | Argo CD Application |
| --- | --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "owners"), { name: "each", hash: {}, fn: container.program(1, data, 0), inverse: container.noop, data, loc: { start: { line: 12, column: 0 }, end: { line: 14, column: 9 } } })) != null ? stack1 : "") + `
` + ((stack1 = alias2(alias1(depth0, "ownership", { start: { line: 16, column: 3 }, end: { line: 16, column: 12 } }), depth0)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "priorityClasses"), { name: "if", hash: {}, fn: container.program(2, data, 0), inverse: container.noop, data, loc: { start: { line: 17, column: 0 }, end: { line: 22, column: 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "adapter"), { name: "if", hash: {}, fn: container.program(3, data, 0), inverse: container.noop, data, loc: { start: { line: 23, column: 0 }, end: { line: 28, column: 7 } } })) != null ? stack1 : "");
}, useData: !0 });

// src/compile/applications.ts
function clusterApplication(plan, cluster) {
  return `${plan}-cluster-${cluster}`;
}
function environmentApplication(plan, environment) {
  return `${plan}-${environment}`;
}

// src/compile/markdown-text.ts
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, " ");
}
function code(text) {
  return `\`${text.replace(/`/g, "'")}\``;
}

// src/compile/runbook-procedures.ts
function quoteShell(text) {
  return /^[-A-Za-z0-9_./=,:]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}
function podSelectorFlag(workload) {
  let labels = Object.entries(sorted(workload.podLabels)).map(
    ([key, value]) => `${key}=${value}`
  );
  return `-l ${quoteShell(labels.join(","))}`;
}
function nodeSelectorFlag(pool) {
  let terms = Object.entries(sorted(pool.labels ?? {})).map(([key, value]) => `${key}=${value}`), types = pool.instanceTypes ?? [];
  return types.length > 0 && terms.push(`${INSTANCE_TYPE_LABEL} in (${types.join(",")})`), terms.length === 0 ? void 0 : `-l ${quoteShell(terms.join(","))}`;
}
function namespaceFlag(environment) {
  return environment.finalNamespace !== void 0 ? `-n ${environment.finalNamespace} ` : "";
}
function workloadProcedures(environment, workload, specPath) {
  let view = environment.view, ns = namespaceFlag(environment), application = environmentApplication(environment.plan.metadata.name, view.name), field = `spec.workloads.${workload.name}`, where = view.path !== void 0 ? `${code(field)} (or, for this environment only, ${code(`spec.environments.${view.name}.workloads.${workload.name}`)})` : code(field), finalName = environment.finalName(workload.name), kindName = `${workload.kind.toLowerCase()}/${finalName}`, procedures = [], compile2 = `scaleplan compile ${specPath} -o ..`;
  if (workload.autoscaler === "none")
    procedures.push({
      title: "Change the replica count.",
      text: `Set ${code("replicas.min")} of ${where} in the spec, compile and merge; the sync applies it. ${code(`kubectl scale ${kindName}`)} lasts until the next sync.`,
      commands: [compile2, `git commit -am "${workload.name}: replicas"`]
    });
  else {
    let hpa = hpaName(environment, workload);
    procedures.push({
      title: "Change limits, targets or behaviour.",
      text: `Edit ${where} (${code("replicas")}, ${code("scaleOn")}, ${code("scaleUp")}/${code("scaleDown")}) in the spec, compile, review the RUNBOOK diff and merge; Argo CD Application ${code(application)} applies it. Never ${code(`kubectl scale ${kindName}`)} (the ${workload.autoscaler === "keda" ? "KEDA HPA" : "HPA"} sets the count back within 15 s) or ${code(`kubectl patch hpa ${hpa}`)} (the sync reverts it).`,
      commands: [compile2, `scaleplan capacity . --spec ${specPath} --base origin/main`]
    }), procedures.push({
      title: "Emergency: more replicas before a merge.",
      text: "Pause the sync, raise the floor (here to the maximum), then put the same value in the spec, merge, and resume; the sync would otherwise undo the patch at once.",
      commands: [
        `argocd app set ${application} --sync-policy none`,
        `kubectl ${ns}patch hpa ${hpa} --type merge -p '{"spec":{"minReplicas":${workload.bounds.max}}}'`,
        `argocd app set ${application} --sync-policy automated --self-heal`
      ]
    }), procedures.push({
      title: "See what the autoscaler decides.",
      text: `Current and target metric values, and the events that explain a refusal (${code("FailedGetResourceMetric")}, ${code("FailedGetPodsMetric")}: the metric is not served; ${code("ScalingLimited")}: a bound or policy holds it).`,
      commands: [
        `kubectl ${ns}get hpa ${hpa}`,
        `kubectl ${ns}describe hpa ${hpa}`,
        ...workload.autoscaler === "keda" ? [
          `kubectl ${ns}describe scaledobject ${environment.finalName(workload.names.scaledObject)}`
        ] : []
      ]
    });
  }
  let pool = workload.spec.placement?.nodePool !== void 0 ? view.nodePools[workload.spec.placement.nodePool] : void 0, nodes = pool ? nodeSelectorFlag(pool) : void 0;
  procedures.push({
    title: "Pods Pending.",
    text: `Read the scheduler's reason in the pod's events. ${code("Insufficient cpu")}/${code("memory")}/${code("nvidia.com/gpu")}: the nodes are full; the cluster autoscaler adds nodes up to the pool's max (${code("NotTriggerScaleUp")} says it cannot: pool at max, or no node group fits the pod). ${code("didn't match Pod's node affinity/selector")} or ${code("untolerated taint")}: the pool's labels or taints in the spec differ from the nodes'. ${code("exceeded quota")} (an event of the ReplicaSet, not the pod): the namespace's ResourceQuota is used up; raise it in the spec or lower ${code("replicas.max")}.`,
    commands: [
      `kubectl ${ns}get pods ${podSelectorFlag(workload)} --field-selector=status.phase=Pending`,
      `kubectl ${ns}describe pod POD`,
      `kubectl ${ns}get events --field-selector reason=FailedCreate`,
      ...Object.keys(view.quotas).length > 0 ? [`kubectl ${ns}describe resourcequota`] : [],
      nodes !== void 0 ? `kubectl get nodes ${nodes} --show-labels` : "kubectl get nodes --show-labels"
    ]
  }), workload.spec.disruption?.enabled !== !1 && procedures.push({
    title: "Drain a node.",
    text: `The budget lets the eviction API move pods only while ${code("ALLOWED DISRUPTIONS")} is at least 1; a drain waits (it does not fail) until the moved pods are ready elsewhere.`,
    commands: [
      `kubectl ${ns}get pdb ${environment.finalName(workload.names.pdb)}`,
      "kubectl cordon NODE",
      "kubectl drain NODE --ignore-daemonsets --delete-emptydir-data",
      "kubectl uncordon NODE"
    ]
  }), procedures.push({
    title: "Roll back.",
    text: `Revert the commit that changed the spec and its overlays, and merge; the sync rolls the cluster back. ${code(`kubectl rollout undo ${kindName}`)} is undone by the next sync unless the sync is paused first.`,
    commands: ["git revert COMMIT", `scaleplan compile ${specPath} -o .. --check`]
  });
  let baseVpas = environment.base.references.filter(
    (reference) => reference.kind === "VerticalPodAutoscaler" && reference.target?.kind === workload.kind && reference.target.name === workload.name
  );
  for (let vpa of baseVpas) {
    let mode = vpa.updateMode ?? "Recreate";
    procedures.push({
      title: `VPA ${code(vpa.name)} of the base.`,
      text: `The base keeps a VerticalPodAutoscaler (mode ${code(mode)}${vpa.updateMode === void 0 ? ", the default" : ""}) outside the spec: ${mode === "Off" ? "it only recommends; apply a recommendation through the spec's resources" : "it changes requests itself, so the requests in the spec are starting values"}.${isEnabled(workload.spec.vpa) ? "" : ` Move it into the spec (${code("vpa")}) to have it here and in the checks.`}`,
      commands: [`kubectl ${ns}describe vpa ${environment.finalName(vpa.name)}`]
    });
  }
  return procedures;
}
function poolProcedure(name, pool) {
  let nodes = nodeSelectorFlag(pool), min = pool.min ?? 0, max = pool.max ?? min;
  return {
    title: "Resize the pool.",
    text: `The cluster autoscaler keeps the node count between the node group's bounds, which live with the cloud provider, not in the cluster: change them there and in ${code(`spec.nodePools.${name}`)} (${min}\u2013${max} now), so the capacity figures above stay true. Check the nodes it runs:`,
    commands: [
      nodes !== void 0 ? `kubectl get nodes ${nodes}` : "kubectl get nodes",
      `eksctl scale nodegroup --cluster CLUSTER --name ${name} --nodes-min ${min} --nodes-max ${max}`,
      `az aks nodepool update --cluster-name CLUSTER --resource-group GROUP --name ${name} --update-cluster-autoscaler --min-count ${min} --max-count ${max}`,
      `gcloud container node-pools update ${name} --cluster CLUSTER --enable-autoscaling --min-nodes ${min} --max-nodes ${max}`
    ]
  };
}

// src/compile/runbook-monitoring.ts
function alertRows(summaries) {
  return {
    rows: summaries.map((alert) => ({
      alert: code(alert.alert),
      condition: cell(alert.condition),
      for: alert.for,
      severity: alert.severity
    })),
    expressions: summaries.flatMap(
      (alert) => alert.expr !== void 0 ? [{ alert: code(alert.alert), expr: alert.expr }] : []
    )
  };
}
function usesDcgm(environment) {
  return environment.workloads.some(
    (workload) => workload.autoscaler !== "none" && (workload.spec.scaleOn?.gpu !== void 0 || workload.spec.scaleOn?.gpuMemory !== void 0)
  );
}
function dcgmNote(environment) {
  if (!usesDcgm(environment))
    return;
  let { pod, namespace } = environment.prometheus.dcgm, configured = environment.view.prometheus.dcgm !== void 0;
  return `GPU metrics come from dcgm-exporter, the GPU's pod named by the labels ${code(pod)}/${code(namespace)}${configured ? ` (${code("prometheus.dcgm")})` : ` (its series scraped without honorLabels; set ${code("prometheus.dcgm")} when yours carry ${code("pod")}/${code("namespace")})`}.`;
}
function monitoringFact(environment, alerts, planAlerts2) {
  let scraped = environment.workloads.filter(
    (workload) => isEnabled(workload.spec.monitoring) && workload.service !== void 0 && workload.spec.monitoring?.port !== void 0
  ), ruleObjects = [
    ...planAlerts2.rules.length > 0 ? [planRuleName(environment)] : [],
    ...environment.workloads.flatMap(
      (workload) => (alerts.get(workload.name)?.rules.length ?? 0) > 0 ? [workloadRuleName(workload)] : []
    )
  ];
  if (scraped.length === 0 && ruleObjects.length === 0)
    return;
  if (environment.prometheus.scrape === "annotations") {
    let parts = [];
    return scraped.length > 0 && parts.push(
      `the pods of ${scraped.map((workload) => code(workload.name)).join(", ")} carry ${code("prometheus.io/scrape")}, ${code("prometheus.io/port")} and ${code("prometheus.io/path")} for Prometheus' ${code("kubernetes-pods")} scrape job`
    ), ruleObjects.length > 0 && parts.push(
      `the alerts are Prometheus rule files in the ConfigMaps ${ruleObjects.map((name) => `${code(name)} (key ${code(ruleFileKey(name))})`).join(", ")}: mount them into Prometheus and list them in ${code("rule_files")}`
    ), `Monitoring without the Prometheus Operator (${code("prometheus.scrape: annotations")}): ${parts.join("; ")}.`;
  }
  let labels = Object.entries(environment.prometheus.ruleLabels).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, value]) => code(`${key}: ${value}`)), kinds = [
    ...scraped.length > 0 ? ["ServiceMonitors"] : [],
    ...ruleObjects.length > 0 ? ["PrometheusRules"] : []
  ].join(" and "), selection = labels.length > 0 ? `whose selectors match ${labels.join(", ")} (${code("prometheus.ruleLabels")})` : `whose selectors match them without labels (none set in ${code("prometheus.ruleLabels")}; kube-prometheus-stack's default selectors want ${code("release: <release name>")})`;
  return `Monitoring: the ${kinds} are Prometheus Operator resources; the operator (kube-prometheus-stack, say) must run in the cluster, with a Prometheus ${selection}. Without the operator, set ${code("prometheus.scrape: annotations")}.`;
}

// src/compile/runbook.ts
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function per(periodSeconds) {
  return periodSeconds === 60 ? "per minute" : periodSeconds === 3600 ? "per hour" : `every ${formatSeconds(periodSeconds)}`;
}
function policyWords(rules, verb) {
  let shared = new Set(rules.policies.map((policy) => policy.periodSeconds)).size === 1, parts = rules.policies.map((policy) => {
    let amount = policy.type === "Pods" ? plural(policy.value, "pod") : `${policy.value}% of the pods`;
    return shared ? amount : `${amount} ${per(policy.periodSeconds)}`;
  }), period = shared ? ` ${per(rules.policies[0]?.periodSeconds ?? 60)}` : "", rounding = verb === "removes" ? truncationNote(rules) : "";
  if (parts.length === 1)
    return `${verb} at most ${parts[0] ?? ""}${period}${rounding}`;
  let choice = rules.selectPolicy === "Min" ? "whichever is less" : "whichever is more";
  return `${verb} at most ${parts.join(" or ")}${period}, ${choice}${rounding}`;
}
function truncationNote(rules) {
  let policy = rules.policies.find((candidate) => candidate.type === "Percent");
  if (!policy || policy.value >= 100)
    return "";
  for (let count = 3; count <= 100; count++) {
    let exact = count * (1 - policy.value / 100), kept = Math.trunc(exact);
    if (kept !== exact)
      return `, rounded up to whole pods (${policy.value}% of ${count} is ${count - kept})`;
  }
  return "";
}
function asRules(direction2) {
  return {
    stabilizationWindowSeconds: direction2.stabilizationWindowSeconds,
    selectPolicy: direction2.selectPolicy,
    policies: direction2.policies,
    explicit: { stabilization: !0, policies: !0 }
  };
}
function scaleSimulation(workload) {
  if (workload.autoscaler === "none")
    return;
  let { scaleUp, scaleDown } = workload.behavior;
  return stepLoadChart(workload.name, {
    // KEDA's HPA stops at one replica; KEDA itself takes the last step to zero.
    minReplicas: workload.autoscaler === "keda" ? Math.max(1, workload.bounds.min) : workload.bounds.min,
    maxReplicas: workload.bounds.max,
    scaleUp: asRules(scaleUp),
    scaleDown: asRules(scaleDown),
    tolerance: {
      ...scaleUp.tolerance !== void 0 ? { up: scaleUp.tolerance } : {},
      ...scaleDown.tolerance !== void 0 ? { down: scaleDown.tolerance } : {}
    }
  });
}
function describeBehaviour(workload) {
  let { scaleUp, scaleDown } = workload.behavior, lines = [];
  if (scaleUp.selectPolicy === "Disabled")
    lines.push("Scale-up: disabled.");
  else {
    let window = scaleUp.stabilizationWindowSeconds === 0 ? "acts at once (no stabilization window)" : `acts on the lowest recommendation of the last ${formatSeconds(scaleUp.stabilizationWindowSeconds)} (stabilization window)`;
    lines.push(`Scale-up: ${window} and ${policyWords(scaleUp, "adds")}.`);
  }
  if (scaleDown.selectPolicy === "Disabled")
    lines.push("Scale-down: disabled; the replica count only grows until changed by hand.");
  else {
    let window = formatSeconds(scaleDown.stabilizationWindowSeconds), { max } = workload.bounds, min = workload.autoscaler === "keda" ? Math.max(1, workload.bounds.min) : workload.bounds.min, run2 = fastestScaleDown(asRules(scaleDown), max, min, 168 * 3600), last = run2.steps[run2.steps.length - 1] ?? 0, total = scaleDown.stabilizationWindowSeconds + last, timing = max > min && run2.to <= min ? ` Going from ${max} to ${min} replicas takes at least ${formatSeconds(total)} after the load drops (${window} window, then ${formatSeconds(last)} of removals).` : "";
    lines.push(
      `Scale-down: waits until the load has been lower for ${window} (the highest recommendation of the window wins), then ${policyWords(scaleDown, "removes")}.${timing}`
    );
  }
  if ((scaleUp.tolerance !== void 0 || scaleDown.tolerance !== void 0) && lines.push(
    `Tolerance: changes below ${[
      scaleUp.tolerance !== void 0 ? `${scaleUp.tolerance * 100}% up` : void 0,
      scaleDown.tolerance !== void 0 ? `${scaleDown.tolerance * 100}% down` : void 0
    ].filter(Boolean).join(" and ")} are ignored.`
  ), workload.autoscaler === "keda") {
    let keda = workload.spec.keda ?? {};
    lines.push(
      `KEDA polls the triggers every ${keda.pollingInterval ?? "30s"}${workload.bounds.min === 0 ? `; with no activity for ${keda.cooldownPeriod ?? "5m"} (cooldown period) it scales to zero, and wakes on the first trigger above its activation threshold` : ""}.`
    );
  }
  return lines;
}
function amounts(values) {
  let entries = [...values.entries()].sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "none" : entries.map(([resource, value]) => `${resource} ${formatQuantity(resource, value)}`).join(", ");
}
function workloadRows(environment, workload, groups) {
  let rows = [], { min, max } = workload.bounds;
  workload.autoscaler === "hpa" ? rows.push({
    label: "Autoscaler",
    value: `HorizontalPodAutoscaler ${code(hpaName(environment, workload))}, ${min} to ${max} replicas`
  }) : workload.autoscaler === "keda" ? rows.push({
    label: "Autoscaler",
    value: `KEDA ScaledObject ${code(environment.finalName(workload.names.scaledObject))} (HPA ${code(hpaName(environment, workload))}), ${min} to ${max} replicas${min === 0 ? ", scales to zero" : ""}`
  }) : rows.push({ label: "Replicas", value: `fixed at ${min} (no autoscaler)` }), rows.push({
    label: "Replica count owner",
    value: workload.autoscaler === "none" ? "the overlay (spec.replicas)" : "the autoscaler: spec.replicas is removed from the workload, so a sync never resets it"
  });
  let containers = groups.find(
    (group) => group.name === workload.name && group.managed
  )?.containers;
  for (let container of containers ?? [])
    container.kind !== "init" && rows.push({
      label: `Container ${code(container.name)}${container.name === workload.container ? "" : ` (${container.kind === "sidecar" ? "sidecar" : "from the base"})`}`,
      value: cell(`requests ${amounts(container.requests)}; limits ${amounts(container.limits)}`)
    });
  let placement = workload.spec.placement ?? {}, placementParts = [];
  if (placement.nodePool !== void 0) {
    let pool = environment.view.nodePools[placement.nodePool], selectors = [
      ...(pool?.instanceTypes ?? []).map(code),
      ...Object.entries(sorted(pool?.labels ?? {})).map(([key, value]) => code(`${key}=${value}`))
    ], affinity = selectors.length === 0 ? "GPU nodes by its request" : (placement.affinity ?? "required") === "preferred" ? `preferred, weight ${placement.weight ?? 100}: ${selectors.join(", ")}` : `required: ${selectors.join(", ")}`;
    placementParts.push(`node pool ${code(placement.nodePool)} (${affinity})`), (pool?.gpus ?? 0) > 0 && placementParts.push(`tolerates ${code("nvidia.com/gpu")}`);
  }
  if ((placement.spreadZones ?? !1) !== !1 && placementParts.push(
    `spread across zones (${placement.spreadZones === "required" ? "required" : "preferred"})`
  ), (placement.antiAffinity ?? "none") !== "none" && placementParts.push(`one pod per node (${placement.antiAffinity ?? ""} anti-affinity)`), placementParts.length > 0 && rows.push({ label: "Placement", value: placementParts.join("; ") }), workload.spec.priorityClass !== void 0) {
    let priorityClass = environment.view.priorityClasses[workload.spec.priorityClass];
    rows.push({
      label: "Priority class",
      value: `${code(workload.spec.priorityClass)}${priorityClass ? ` (value ${priorityClass.value})` : ""}`
    });
  }
  if (workload.spec.disruption?.enabled !== !1) {
    let { field, value } = disruptionField(workload);
    rows.push({
      label: "Disruption budget",
      value: `${field} ${String(value)}: node drains can always evict at least one pod`
    });
  }
  isEnabled(workload.spec.vpa) && rows.push({
    label: "Vertical autoscaler",
    value: recommendsOnly(workload.spec) ? `VPA mode ${code("Off")}: recommends ${vpaControlledResources(workload.spec).join(" and ")} requests (\`kubectl describe vpa ${environment.finalName(workload.names.vpa)}\`) and never changes a pod` : `VPA mode ${code(workload.spec.vpa?.mode ?? "")}, sets ${vpaControlledResources(workload.spec).join(" and ")} requests`
  });
  let ingresses = [];
  isEnabled(workload.spec.ingress) && workload.spec.ingress && ingresses.push([workload.spec.ingress.host ?? "", workload.spec.ingress]);
  for (let [name, shared] of Object.entries(environment.view.ingresses)) {
    let paths = (shared.routes ?? []).filter((route) => route.workload === workload.name).map((route) => route.path);
    paths.length > 0 && ingresses.push([
      `${shared.host ?? ""}${paths.join(", ")} (shared Ingress ${code(environment.finalName(name))})`,
      shared
    ]);
  }
  for (let [where, ingress2] of ingresses) {
    let details = [
      ingress2.tls ? `TLS from ${code(ingress2.tls.issuer ?? "")}` : "no TLS",
      ingress2.rateLimitRpm !== void 0 ? `${ingress2.rateLimitRpm} requests/min per client` : void 0,
      ingress2.rateLimitRps !== void 0 ? `${ingress2.rateLimitRps} requests/s per client` : void 0,
      ingress2.timeout !== void 0 ? `timeout ${ingress2.timeout}` : void 0,
      ingress2.maxBodySize !== void 0 ? `body up to ${ingress2.maxBodySize}` : void 0
    ].filter((part) => part !== void 0);
    rows.push({ label: "Ingress", value: cell(`${where}: ${details.join(", ")}`) });
  }
  return rows;
}
function share(used, limit) {
  if (limit === void 0 || limit === 0)
    return used > 0 ? "over" : "\u2013";
  let percent = Math.round(used / limit * 100);
  return used > limit ? `${percent}% (over)` : `${percent}%`;
}
function poolSection(environment, name, groups) {
  let pool = environment.view.nodePools[name], placed = groups.filter((group) => group.managed && group.nodePool === name), nodes = pool?.max, rows = [], nodesNeeded = 0, perNode = [
    ["cpu", parseQuantity(pool?.cpu)],
    ["memory", parseQuantity(pool?.memory)],
    [GPU_RESOURCE, pool?.gpus]
  ];
  for (let [resource, capacity] of perNode) {
    let used = placed.reduce(
      (sum, group) => sum + (podRequests(group.containers).get(resource) ?? 0) * group.maxReplicas,
      0
    );
    if (capacity === void 0 || capacity === 0 && used === 0)
      continue;
    let offered = nodes !== void 0 ? capacity * nodes : void 0;
    capacity > 0 && (nodesNeeded = Math.max(nodesNeeded, Math.ceil(used / capacity - 1e-9))), rows.push({
      resource,
      used: formatQuantity(resource, used),
      limit: offered !== void 0 ? `${formatQuantity(resource, offered)} (${nodes ?? 0} \xD7 ${formatQuantity(resource, capacity)})` : "unknown (no max)",
      share: share(used, offered)
    });
  }
  let workloads = placed.map((group) => `${code(group.name)} \xD7 ${group.maxReplicas}`).join(", "), summary = placed.length === 0 ? "No workload of this spec is placed here." : `${workloads} need at least ${plural(nodesNeeded, "node")} (requests alone, before system pods and bin-packing losses)${nodes !== void 0 ? `; the pool grows to ${plural(nodes, "node")}${nodesNeeded > nodes ? " \u2014 not enough: pods stay Pending at max scale" : ""}` : ""}.`;
  return {
    name: code(name),
    summary,
    rows,
    procedure: pool ? renderProcedure(poolProcedure(name, pool)) : void 0
  };
}
function renderProcedure(procedure) {
  return {
    title: procedure.title,
    text: procedure.text,
    commands: procedure.commands.map(code)
  };
}
function adapterSentence(environment, rules, where) {
  let read = new Set(
    environment.workloads.flatMap(
      (workload) => workload.autoscaler === "none" ? [] : workload.metrics.flatMap((metric) => metric.adapter ? [metric.adapter.name] : [])
    )
  ), names = (list2) => list2.map((rule) => code(rule.name)).join(", "), used = rules.filter((rule) => read.has(rule.name)), unused = rules.filter((rule) => !read.has(rule.name));
  return `${[
    used.length > 0 ? `The autoscalers read ${names(used)} from the custom and external metrics APIs` : void 0,
    unused.length > 0 ? `${used.length > 0 ? "the adapter also serves" : "The adapter serves"} ${names(unused)}, which no autoscaler here reads` : void 0
  ].filter((part) => part !== void 0).join("; ")}; ${where}.`;
}
function renderRunbook(input) {
  let { environment } = input, view = environment.view, facts = [
    `Spec: ${code(input.specPath)}; base: ${code(input.basePath)}; build with ${code(`kubectl kustomize ${view.name}`)} from the output directory.`,
    `Namespace: ${environment.finalNamespace !== void 0 ? code(environment.finalNamespace) : "as the base sets it"}${view.namePrefix || view.nameSuffix ? `; names are ${code(`${view.namePrefix}<name>${view.nameSuffix}`)}` : ""}.`,
    input.clusterDirectory !== void 0 ? `Cluster: ${code(view.cluster)}. This overlay holds only objects of its namespace; the cluster-wide ones (PriorityClasses, prometheus-adapter rules) are in ${code(input.clusterDirectory)}, shared with the other environments of the cluster and synced by its own Argo CD Application (${code(clusterApplication(environment.plan.metadata.name, view.cluster))}; see its RUNBOOK.md). Sync that one first: a pod naming a PriorityClass the cluster does not have yet is rejected.` : `Cluster: ${code(view.cluster)}; the spec gives it no cluster-wide objects.`
  ], monitoring = monitoringFact(environment, input.alerts, input.planAlerts);
  monitoring !== void 0 && facts.push(monitoring);
  let groups = podGroups(view, environment.base), workloads = environment.workloads.map((workload) => {
    let alerts = alertRows(input.alerts.get(workload.name)?.summaries ?? []);
    return {
      heading: `${cell(workload.name)} (${workload.kind})`,
      rows: workloadRows(environment, workload, groups),
      triggerIntro: workload.autoscaler === "none" ? "None: the replica count is fixed." : "The autoscaler computes a replica count for each target and follows the highest.",
      triggers: workload.autoscaler === "none" ? [] : workload.metrics.map((metric) => cell(metric.description)),
      behaviour: workload.autoscaler === "none" ? ["No autoscaling."] : describeBehaviour(workload),
      simulation: scaleSimulation(workload),
      procedures: workloadProcedures(environment, workload, input.specPath).map(renderProcedure),
      alerts
    };
  }), quotas = Object.keys(view.quotas).sort().map((name) => ({
    name: code(name),
    rows: quotaEntries(view.quotas[name] ?? {}).map((entry) => {
      let used = usageAtMax(groups, entry), what = entry.field === "count" ? "pods" : entry.resource;
      return {
        resource: code(entry.key),
        used: formatQuantity(what, used),
        limit: entry.limit !== void 0 ? formatQuantity(what, entry.limit) : "\u2013",
        share: share(used, entry.limit)
      };
    })
  })), pools = Object.keys(view.nodePools).sort().map((name) => poolSection(environment, name, groups)), capacityIntro = quotas.length === 0 && pools.length === 0 ? "The spec defines no quotas or node pools to check against." : `Every workload of the base at its maximum replica count (${groups.map((group) => `${code(group.name)} \xD7 ${group.maxReplicas}`).join(", ") || "none"}), with the requests the overlay sets.`, configMap = environment.prometheus.adapterConfigMap, where = view.prometheus.adapterRulesOnly === !0 ? `another ScalePlan of the cluster writes the adapter's ConfigMap; it lists ${code(`${input.clusterDirectory ?? ""}/${ADAPTER_RULES_FILE}`)} in its ${code("prometheus.adapterRulesFrom")}, which merges these rules` : `the rules are in the ConfigMap ${code(configMap)} (namespace ${code(environment.prometheus.adapterNamespace)}, key ${code("config.yaml")}) of the cluster directory ${code(input.clusterDirectory ?? "")}, one for every environment of the cluster; install prometheus-adapter with ${code(`rules.existing=${configMap}`)}`, pipeline = [
    ...input.adapterRules.length === 0 ? [] : [adapterSentence(environment, input.adapterRules, where)],
    ...[dcgmNote(environment)].filter((note) => note !== void 0),
    ...input.adapterRules.length === 0 ? [] : ["New series appear after the adapter's relist interval (10m by default)."]
  ], adapter = pipeline.length > 0 ? pipeline.join(" ") : void 0, planAlerts2 = alertRows(input.planAlerts.summaries);
  return runbookTemplate({
    header: input.header,
    title: cell(`${environment.plan.metadata.name} (${view.name})`),
    description: environment.plan.metadata.description !== void 0 ? cell(environment.plan.metadata.description) : void 0,
    facts,
    workloads,
    capacityIntro,
    quotas,
    pools,
    adapter,
    planAlerts: planAlerts2
  });
}
function renderClusterRunbook(input) {
  let plan = input.plan.metadata.name, environments = input.environments.map((environment) => environment.name), holds = [];
  input.priorityClasses.length > 0 && holds.push(`PriorityClasses ${input.priorityClasses.map(code).join(", ")}`), input.writesConfigMap && holds.push(
    `ConfigMap ${code(`${input.prometheus.adapterNamespace}/${input.prometheus.adapterConfigMap}`)}`
  ), input.ownRules.length > 0 && holds.push(`${code(ADAPTER_RULES_FILE)} (not deployed; for other plans to merge)`);
  let owners = [
    {
      directory: code(`${input.directory}/`),
      holds: holds.join("; "),
      application: `${code(clusterApplication(plan, input.cluster))} (plugin parameter ${code(`env: ${input.directory}`)})`
    },
    ...input.environments.map((environment) => ({
      directory: code(`${environment.name}/`),
      holds: `the objects of namespace ${environment.namespace !== void 0 ? code(environment.namespace) : "(as the base sets it)"}`,
      application: `${code(environmentApplication(plan, environment.name))} (plugin parameter ${code(`env: ${environment.name}`)})`
    }))
  ], adapter = [];
  if (input.ownRules.length > 0 || input.included.length > 0) {
    adapter.push(
      input.writesConfigMap ? `prometheus-adapter reads one configuration; this directory writes it: ConfigMap ${code(input.prometheus.adapterConfigMap)} in ${code(input.prometheus.adapterNamespace)}, key ${code("config.yaml")}. Install the adapter chart with ${code(`rules.existing=${input.prometheus.adapterConfigMap}`)} (and ${code("rules.default=false")}).` : `${code("prometheus.adapterRulesOnly")} is set: another ScalePlan of the cluster writes the adapter's ConfigMap. It must list this directory's ${code(ADAPTER_RULES_FILE)} in its ${code("prometheus.adapterRulesFrom")}; compile it again whenever this file changes (its ${code("compile --check")} fails until then).`
    ), input.ownRules.length > 0 && adapter.push(
      `Rules of ${plan} (${environments.map(code).join(", ")}): ${input.ownRules.map((rule) => code(rule.name)).join(", ")}; also written alone to ${code(ADAPTER_RULES_FILE)}, for another plan's ${code("adapterRulesFrom")}.`
    );
    for (let source of input.included)
      adapter.push(
        `Merged from ${code(source.entry)} (another ScalePlan's rules file): ${source.rules.map((rule) => code(rule.name)).join(", ") || "no rules"}.`
      );
  }
  return clusterRunbookTemplate({
    header: input.header,
    title: cell(`${plan} on cluster ${input.cluster}`),
    facts: [
      `Spec: ${code(input.specPath)}; build with ${code(`kubectl kustomize ${input.directory}`)} from the output directory.`,
      `Environments on this cluster: ${input.environments.map((environment) => `${code(environment.name)} (namespace ${environment.namespace !== void 0 ? code(environment.namespace) : "as the base sets it"})`).join(", ")}.`
    ],
    owners,
    ownership: "Every object is in exactly one directory: the cluster-scoped objects and those outside the environments' namespaces are here, once for the cluster, so deleting or pruning an environment's Application never removes them. Sync this directory before the environments (or give its Application an earlier sync wave): their pods name its PriorityClasses.",
    priorityClasses: input.priorityClasses.length > 0 ? `${input.priorityClasses.map(code).join(", ")}: one definition for every environment of the cluster (the spec is refused when two environments define one differently).` : void 0,
    adapter: adapter.length > 0 ? adapter.map((line) => `- ${line}`).join(`
`) : void 0
  });
}

// src/compile/compile.ts
var KUSTOMIZATION_FILE = "kustomization.yaml", RUNBOOK_FILE = "RUNBOOK.md", PRIORITY_CLASSES_FILE = "priority-classes.yaml", PLAN_ALERTS_FILE = "alerts.yaml";
function clusterDirectory(cluster) {
  return `${CLUSTERS_DIRECTORY}/${cluster}`;
}
function fromDirectory(pathFromOutput, depth) {
  let up = Array.from({ length: depth }, () => "..").join("/");
  return pathFromOutput === "." ? up : `${up}/${pathFromOutput}`;
}
function fromEnvironment(pathFromOutput) {
  return fromDirectory(pathFromOutput, 1);
}
function compile(plan, context) {
  let names = context.environments ?? environmentNames(plan), contexts = /* @__PURE__ */ new Map(), contextOf = (name) => {
    let environment = contexts.get(name);
    return environment || (environment = environmentContext(plan, resolveEnvironment(plan, name), context.base), contexts.set(name, environment)), environment;
  }, clusters = [];
  for (let [cluster, members] of clusterEnvironments(plan)) {
    if (!members.some((name) => names.includes(name)))
      continue;
    let overlay = compileCluster(cluster, members.map(contextOf), context);
    overlay && clusters.push(overlay);
  }
  let withDirectory = new Set(clusters.map((cluster) => cluster.name));
  return { environments: names.map(
    (name) => compileEnvironment(contextOf(name), context, withDirectory)
  ), clusters };
}
function compileEnvironment(environment, context, clustersWithDirectory) {
  let files = [], resources = [], patches = [], add = (path9, documents, list2) => {
    documents.length > 0 && (files.push({ path: path9, kind: "yaml", documents }), list2.push(path9));
  };
  add("quotas.yaml", resourceQuotas(environment), resources);
  let planRules = planAlerts(environment), planRule = planPrometheusRule(environment, planRules);
  add(PLAN_ALERTS_FILE, planRule ? [planRule] : [], resources);
  let alertsByWorkload = /* @__PURE__ */ new Map(), needsConfigurations = !1;
  for (let workload of environment.workloads) {
    for (let file of autoscalerDocuments(workload))
      add(file.file, file.documents, resources), (workload.autoscaler === "keda" || isEnabled(workload.spec.vpa)) && (needsConfigurations = !0);
    workload.spec.disruption?.enabled !== !1 && add(`${workload.name}-pdb.yaml`, [podDisruptionBudget(workload)], resources);
    let ingressObject2 = ingress(workload);
    add(`${workload.names.ingress}-ingress.yaml`, ingressObject2 ? [ingressObject2] : [], resources);
    let monitor = serviceMonitor(environment, workload);
    add(`${workload.name}-servicemonitor.yaml`, monitor ? [monitor] : [], resources);
    let alerts = workloadAlerts(environment, workload);
    alertsByWorkload.set(workload.name, alerts);
    let rule = prometheusRule(environment, workload, alerts);
    add(`${workload.name}-alerts.yaml`, rule ? [rule] : [], resources);
  }
  for (let [name, spec] of Object.entries(environment.view.ingresses))
    add(`${name}-ingress.yaml`, [sharedIngress(environment, name, spec)], resources);
  let rules = adapterRules(environment);
  for (let workload of environment.workloads) {
    let patch = workloadPatch(environment, workload);
    add(`${workload.name}-patch.yaml`, patch ? [patch] : [], patches);
    let servicePatch = serviceLabelPatch(workload, environment.prometheus.scrape);
    add(`${workload.name}-service-patch.yaml`, servicePatch ? [servicePatch] : [], patches);
  }
  let objectKinds = environment.workloads.flatMap(
    (workload) => workload.autoscaler === "hpa" ? (workload.spec.scaleOn?.metrics ?? []).flatMap(
      (metric) => metric.object !== void 0 ? [metric.object.kind] : []
    ) : []
  );
  objectKinds.length > 0 && (needsConfigurations = !0), needsConfigurations && files.push({
    path: CONFIGURATIONS_FILE,
    kind: "yaml",
    documents: [nameReferenceConfiguration(objectKinds)]
  }), files.push({
    path: KUSTOMIZATION_FILE,
    kind: "yaml",
    documents: [
      kustomization(environment, {
        base: fromEnvironment(context.baseFromOutput),
        resources,
        patches,
        configurations: needsConfigurations,
        clusterDirectory: clustersWithDirectory.has(environment.view.cluster) ? `../${clusterDirectory(environment.view.cluster)}` : void 0
      })
    ]
  });
  let specPath = fromEnvironment(context.specFromOutput);
  return files.push({
    path: "RUNBOOK.md",
    kind: "text",
    text: renderRunbook({
      environment,
      header: `<!-- ${headerText(specPath)} -->`,
      specPath,
      basePath: fromEnvironment(context.baseFromOutput),
      alerts: alertsByWorkload,
      planAlerts: planRules,
      adapterRules: rules,
      clusterDirectory: clustersWithDirectory.has(environment.view.cluster) ? `../${clusterDirectory(environment.view.cluster)}` : void 0
    })
  }), {
    name: environment.view.name,
    cluster: environment.view.cluster,
    files: sortFiles(files)
  };
}
function sortFiles(files) {
  return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function compileCluster(cluster, environments, context) {
  let [first] = environments;
  if (!first)
    return;
  let classes = {};
  for (let environment of environments)
    Object.assign(classes, environment.view.priorityClasses);
  let own = mergeAdapterRules(environments.map(adapterRules)), settings = first.view.prometheus, included = (settings.adapterRulesFrom ?? []).map((entry) => ({
    entry,
    rules: context.includedRules?.get(entry) ?? []
  })), merged = mergeAdapterRules([own, ...included.map((source) => source.rules)]), writesConfigMap = settings.adapterRulesOnly !== !0 && merged.length > 0, priorityObjects = priorityClasses(classes);
  if (priorityObjects.length === 0 && merged.length === 0)
    return;
  let files = [], resources = [];
  priorityObjects.length > 0 && (files.push({ path: PRIORITY_CLASSES_FILE, kind: "yaml", documents: priorityObjects }), resources.push(PRIORITY_CLASSES_FILE)), writesConfigMap && (files.push({
    path: ADAPTER_CONFIGMAP_FILE,
    kind: "yaml",
    documents: [adapterConfigMap(first.prometheus, merged)]
  }), resources.push(ADAPTER_CONFIGMAP_FILE)), own.length > 0 && files.push({ path: ADAPTER_RULES_FILE, kind: "yaml", documents: [adapterConfig(own)] }), files.push({
    path: KUSTOMIZATION_FILE,
    kind: "yaml",
    documents: [clusterKustomization(first.plan.spec.labels ?? {}, resources)]
  });
  let directory = clusterDirectory(cluster), specPath = fromDirectory(context.specFromOutput, 2);
  return files.push({
    path: RUNBOOK_FILE,
    kind: "text",
    text: renderClusterRunbook({
      plan: first.plan,
      cluster,
      directory,
      header: `<!-- ${headerText(specPath)} -->`,
      specPath,
      environments: environments.map((environment) => ({
        name: environment.view.name,
        namespace: environment.finalNamespace
      })),
      priorityClasses: Object.keys(classes).sort(),
      prometheus: first.prometheus,
      ownRules: own,
      included,
      writesConfigMap
    })
  }), {
    name: cluster,
    directory,
    environments: environments.map((environment) => environment.view.name),
    files: sortFiles(files)
  };
}
function headerText(specPath) {
  return `Generated by scaleplan from ${specPath}; do not edit. Change the spec and run "scaleplan compile".`;
}
function emit(plan, context) {
  let output = /* @__PURE__ */ new Map(), directories = [
    ...plan.environments.map((environment) => ({ directory: environment.name, ...environment })),
    ...plan.clusters
  ];
  for (let { directory, files } of directories) {
    let specPath = fromDirectory(context.specFromOutput, directory.split("/").length);
    for (let file of files) {
      let content = file.kind === "yaml" ? `# ${headerText(specPath)}
${toYamlStream(file.documents)}` : file.text;
      output.set(`${directory}/${file.path}`, content);
    }
  }
  return new Map([...output.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// src/compile/index.ts
import fs8 from "node:fs";
import os from "node:os";
import path8 from "node:path";

// src/compile/clusters.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/compile/paths.ts
import fs from "node:fs";
import path from "node:path";
function resolvedTarget(target2) {
  let absolute = path.resolve(target2), missing = [], existing = absolute;
  for (; ; )
    try {
      let real = fs.realpathSync(existing);
      return path.join(real, ...missing.reverse());
    } catch {
      let parent = path.dirname(existing);
      if (parent === existing)
        return absolute;
      missing.push(path.basename(existing)), existing = parent;
    }
}
function posixRelative(from, to) {
  let relative = path.relative(from, to).split(path.sep).join("/");
  return relative === "" ? "." : relative;
}

// src/compile/clusters.ts
var MAX_RULES_FILE_BYTES = 1024 * 1024;
function readIncludedRules(plan, source, specDirectory, repositoryRoot2) {
  let rules = /* @__PURE__ */ new Map(), problems = [], seen = /* @__PURE__ */ new Set();
  for (let environments of clusterEnvironments(plan).values())
    for (let name of environments) {
      let view = resolveEnvironment(plan, name);
      (view.prometheus.adapterRulesFrom ?? []).forEach((entry, index) => {
        if (seen.has(entry))
          return;
        seen.add(entry);
        let at = view.fieldPath("prometheus", ["adapterRulesFrom", index]), read = readRulesFile(entry, specDirectory, repositoryRoot2);
        typeof read == "string" ? problems.push(problemAt(source, at, read)) : rules.set(entry, read);
      });
    }
  return { rules, problems };
}
function readRulesFile(entry, specDirectory, repositoryRoot2) {
  let file = path2.resolve(specDirectory, entry), real;
  try {
    real = fs2.realpathSync(file);
  } catch {
    return `the rules file "${entry}" does not exist (looked for ${file}); compile the other ScalePlan first, or correct the path (relative to this spec).`;
  }
  if (!isWithin(repositoryRoot2, real))
    return `the rules file "${entry}" leads outside the repository (${real}); adapterRulesFrom only reads files of the repository the spec is in.`;
  let stat = fs2.statSync(real);
  if (!stat.isFile())
    return `the rules file "${entry}" is not a regular file.`;
  if (stat.size > MAX_RULES_FILE_BYTES)
    return `the rules file "${entry}" is larger than 1 MiB; it is not a prometheus-adapter rules file.`;
  let document;
  try {
    document = yaml.load(fs2.readFileSync(real, "utf8"));
  } catch (error) {
    return `the rules file "${entry}" is not valid YAML: ${error instanceof yaml.YAMLException ? error.reason : String(error)}.`;
  }
  let parsed = parseAdapterRules(document);
  return typeof parsed == "string" ? `the rules file "${entry}" cannot be merged: ${parsed}.` : parsed;
}
function checkClusterRules(plan, source, base, included) {
  let problems = [];
  for (let [cluster, environments] of clusterEnvironments(plan)) {
    let first = /* @__PURE__ */ new Map(), compare = (rule, from, at) => {
      let key = adapterRuleKey(rule), earlier = first.get(key);
      earlier ? sameJson(earlier.rule.rule, rule.rule) || problems.push(
        problemAt(
          source,
          at,
          `the metric "${rule.name}" is served by prometheus-adapter of cluster "${cluster}" with one rule, but ${from} defines it differently from ${earlier.from}; the adapter reads one configuration. Give the metrics different names, or define them alike.`
        )
      ) : first.set(key, { rule, from });
    }, view;
    for (let name of environments) {
      view = resolveEnvironment(plan, name);
      let environment = environmentContext(plan, view, base);
      for (let rule of adapterRules(environment)) {
        let workload = environment.workloads.find(
          (candidate) => candidate.metrics.some(
            (metric) => metric.adapter !== void 0 && adapterRuleKey(metric.adapter) === adapterRuleKey(rule)
          )
        ), resolved = view.workloads.find((candidate) => candidate.name === workload?.name);
        compare(
          rule,
          `environment "${name}"`,
          resolved ? resolved.fieldPath(["scaleOn"]) : ["spec", "environments", name]
        );
      }
    }
    view && (view.prometheus.adapterRulesFrom ?? []).forEach((entry, index) => {
      for (let rule of included.get(entry) ?? [])
        compare(
          rule,
          `the rules file "${entry}"`,
          view.fieldPath("prometheus", ["adapterRulesFrom", index])
        );
    });
  }
  return problems;
}

// src/compile/read-base.ts
import fs3 from "node:fs";
import path3 from "node:path";
var BASE_FIELD = ["spec", "base"];
function locateBase(baseField, specDirectory, repositoryRoot2, source) {
  let problem = (message) => ({
    problems: [problemAt(source, BASE_FIELD, message)]
  }), directory = path3.resolve(specDirectory, baseField);
  if (!isWithin(repositoryRoot2, directory))
    return problem(
      `the base "${baseField}" is outside the repository (${repositoryRoot2}); a base must be a directory of the repository the spec is in.`
    );
  let stat;
  try {
    stat = fs3.statSync(directory);
  } catch {
    return problem(
      `the base "${baseField}" does not exist (looked for ${directory}); point base at the Kustomize directory holding the workloads.`
    );
  }
  let real;
  try {
    real = fs3.realpathSync(directory);
  } catch {
    return problem(`the base "${baseField}" cannot be resolved (a symlink loop?).`);
  }
  if (!isWithin(repositoryRoot2, real))
    return problem(
      `the base "${baseField}" is a symlink to ${real}, outside the repository; symlinks out of the repository are not followed.`
    );
  if (!stat.isDirectory())
    return problem(
      `the base "${baseField}" is a file; overlays can only build from a Kustomize directory (Kustomize refuses files outside an overlay's own directory). Put the file in a directory with a kustomization.yaml that lists it under resources, and point base at the directory.`
    );
  if (!kustomizationFileIn(directory))
    return problem(
      `the base "${baseField}" has no kustomization.yaml; add one listing the manifests under resources.`
    );
  let escape = escapingReference(directory, repositoryRoot2);
  return escape ? problem(
    `the base builds from ${escape.reference} (listed in ${escape.kustomization}), which leads outside the repository to ${escape.real}; references out of the repository are not followed.`
  ) : { location: { directory }, problems: [] };
}
function escapingReference(directory, repositoryRoot2) {
  let sources = new SourceCache(repositoryRoot2), visited = /* @__PURE__ */ new Set(), pending = [directory];
  for (; pending.length > 0; ) {
    let current = pending.pop() ?? "", real = safeRealPath(current);
    if (visited.has(real))
      continue;
    visited.add(real);
    let kustomization2 = readKustomization(current, sources);
    if (kustomization2)
      for (let reference of localReferences(kustomization2)) {
        let target2 = safeRealPath(reference.absolutePath);
        if (!isWithin(repositoryRoot2, target2))
          return {
            reference: path3.relative(current, reference.absolutePath) || ".",
            kustomization: displayPath(repositoryRoot2, kustomization2.file.absolutePath ?? current),
            real: target2
          };
        reference.isDirectory && pending.push(reference.absolutePath);
      }
  }
}
function safeRealPath(target2) {
  try {
    return fs3.realpathSync(target2);
  } catch {
    return path3.resolve(target2);
  }
}
async function readBase(location, options) {
  let loadOptions = {
    cwd: options.cwd,
    defaultNamespace: "",
    env: options.env,
    readStdin: () => Promise.resolve(""),
    ...options.limits ? { limits: options.limits } : {}
  }, files = plainResourceFiles(location.directory), direct = files ? await loadInputs(
    files.map((file) => ({
      kind: "file",
      absolutePath: file,
      displayPath: displayPath(options.cwd, file)
    })),
    loadOptions
  ) : void 0, sets = direct && isPlainObjectSet(direct) ? direct : await loadInputs(
    [
      {
        kind: "kustomize",
        absolutePath: location.directory,
        displayPath: displayPath(options.cwd, location.directory)
      }
    ],
    loadOptions
  ), problems = [], manifests = [];
  for (let set of sets) {
    manifests.push(...set.manifests);
    for (let problem of set.problems) {
      let location2 = toLocation(problem.range);
      problems.push({
        file: location2.file,
        line: location2.line,
        column: location2.column,
        endLine: location2.endLine,
        endColumn: location2.endColumn,
        field: "",
        message: `the base has a document that is not a valid object: ${problem.message}`
      });
    }
  }
  return { base: indexBase(manifests, options.display), problems };
}
var INERT_KUSTOMIZATION_FIELDS = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "metadata",
  "resources"
]);
function plainResourceFiles(directory) {
  let kustomization2 = readKustomization(directory, new SourceCache(directory));
  if (!kustomization2?.isMap || kustomization2.fields.kind === "Component")
    return;
  let { fields } = kustomization2;
  if (Object.keys(fields).some((field) => !INERT_KUSTOMIZATION_FIELDS.has(field)))
    return;
  let entries = fields.resources ?? [];
  if (!Array.isArray(entries))
    return;
  let realDirectory = safeRealPath(directory), files = [];
  for (let entry of entries) {
    if (typeof entry != "string" || !MANIFEST_FILE.test(entry) || entry.includes("://"))
      return;
    let file = path3.resolve(directory, entry), stat;
    try {
      stat = fs3.statSync(file);
    } catch {
      return;
    }
    if (!stat.isFile() || !isWithin(realDirectory, safeRealPath(file)))
      return;
    files.push(file);
  }
  return files;
}
var MANIFEST_FILE = /\.(?:ya?ml|json)$/i;
function isPlainObjectSet(sets) {
  let seen = /* @__PURE__ */ new Set();
  for (let set of sets) {
    if (set.problems.length > 0 || set.skippedDocuments > 0)
      return !1;
    for (let manifest of set.manifests) {
      if (manifest.name === "")
        return !1;
      let id = `${manifest.group}/${manifest.key}`;
      if (seen.has(id))
        return !1;
      seen.add(id);
    }
  }
  return !0;
}
function stringRecord(value) {
  let object = asObject(value), result = {};
  for (let [key, entry] of Object.entries(object ?? {}))
    (typeof entry == "string" || typeof entry == "number" || typeof entry == "boolean") && (result[key] = String(entry));
  return result;
}
function objects(value) {
  return asArray(value).flatMap((entry) => {
    let object = asObject(entry);
    return object ? [object] : [];
  });
}
function indexBase(manifests, display) {
  let workloads = [], services = [], references = [], clusterScoped = [];
  for (let manifest of manifests) {
    let namespace = manifest.declaredNamespace;
    switch (isClusterScoped(manifest.kind) && clusterScoped.push({ kind: manifest.kind, name: manifest.name }), manifest.kind) {
      case "Deployment":
      case "StatefulSet": {
        let workload = new Workload(manifest), podSpec = workload.podSpec ?? {};
        workloads.push({
          kind: manifest.kind,
          name: manifest.name,
          namespace,
          selector: keysSorted(asObject(manifest.get(["spec", "selector"]))),
          templateLabels: workload.templateLabels,
          containers: workload.containers.map((container) => ({
            name: container.name,
            kind: container.kind,
            requests: keysSorted(asObject(asObject(container.container.resources)?.requests)) ?? {},
            limits: keysSorted(asObject(asObject(container.container.resources)?.limits)) ?? {},
            ports: objects(container.container.ports).flatMap(
              (port) => typeof port.containerPort == "number" ? [
                {
                  name: typeof port.name == "string" ? port.name : void 0,
                  containerPort: port.containerPort
                }
              ] : []
            )
          })),
          replicas: manifest.get(["spec", "replicas"]),
          tolerations: objects(podSpec.tolerations).map(keysSorted),
          affinity: keysSorted(asObject(podSpec.affinity)),
          topologySpreadConstraints: objects(podSpec.topologySpreadConstraints).map(keysSorted),
          priorityClassName: typeof podSpec.priorityClassName == "string" ? podSpec.priorityClassName : void 0
        });
        break;
      }
      case "Service": {
        let ports = objects(manifest.get(["spec", "ports"])).flatMap(
          (port) => typeof port.port == "number" ? [
            {
              name: typeof port.name == "string" ? port.name : void 0,
              port: port.port,
              ...typeof port.targetPort == "number" || typeof port.targetPort == "string" ? { targetPort: port.targetPort } : {}
            }
          ] : []
        );
        services.push({
          name: manifest.name,
          namespace,
          labels: manifest.labels,
          selector: stringRecord(manifest.get(["spec", "selector"])),
          ports
        });
        break;
      }
      case "HorizontalPodAutoscaler":
      case "ScaledObject":
      case "VerticalPodAutoscaler": {
        let target2 = readTargetRef(manifest), updateMode = manifest.get(["spec", "updatePolicy", "updateMode"]);
        references.push({
          kind: manifest.kind,
          name: manifest.name,
          namespace,
          ...target2 ? { target: { kind: target2.kind, name: target2.name } } : {},
          ...manifest.kind === "VerticalPodAutoscaler" && typeof updateMode == "string" ? { updateMode } : {}
        });
        break;
      }
      case "PodDisruptionBudget":
        references.push({
          kind: manifest.kind,
          name: manifest.name,
          namespace,
          selector: stringRecord(manifest.get(["spec", "selector", "matchLabels"]))
        });
        break;
      default:
        break;
    }
  }
  let byIdentity = (a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.namespace ?? "", b.namespace ?? "") || compareStrings(a.name, b.name);
  return {
    display,
    workloads: workloads.sort(byIdentity),
    services: services.sort((a, b) => byIdentity({ kind: "", ...a }, { kind: "", ...b })),
    references: references.sort(byIdentity),
    clusterScoped: clusterScoped.sort(
      (a, b) => compareStrings(a.kind, b.kind) || compareStrings(a.name, b.name)
    )
  };
}
function keysSorted(value) {
  return value === void 0 ? value : sortDeep(value);
}
function sortDeep(value) {
  if (Array.isArray(value))
    return value.map(sortDeep);
  if (typeof value == "object" && value !== null) {
    let entries = Object.entries(value).sort(([a], [b]) => compareStrings(a, b));
    return Object.fromEntries(entries.map(([key, entry]) => [key, sortDeep(entry)]));
  }
  return value;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/compile/output-guard.ts
import fs4 from "node:fs";
import path4 from "node:path";
var REPOSITORY_METADATA = /* @__PURE__ */ new Set([".git", ".hg", ".svn", ".jj"]);
function assertOutputApart(directory, shown, environments, inputs) {
  let output = resolvedTarget(directory), base = resolvedTarget(inputs.baseDirectory), spec = resolvedTarget(inputs.specFile);
  if (isWithin(base, output))
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `The output directory ${shown} is inside the base (${inputs.baseDirectory}); compile writes overlays beside the base, never into it. Choose another directory (the default is overlays/ beside the spec).`,
      { file: shown }
    );
  for (let environment of environments) {
    let environmentDirectory = path4.join(output, environment), holds = isWithin(environmentDirectory, base) ? "the base" : isWithin(environmentDirectory, spec) ? "the spec" : void 0;
    if (holds !== void 0)
      throw new ScaleplanError(
        "UNSAFE_PATH",
        `The environment "${environment}" would be written to ${path4.join(shown, environment)}, which holds ${holds}; compile never writes over its own inputs. Choose another output directory or rename the environment.`,
        { file: shown }
      );
  }
}
function assertOutputInside(directory, repositoryRoot2, shown) {
  if (!isWithin(repositoryRoot2, path4.resolve(directory)))
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `The output directory ${shown} is outside the repository (${repositoryRoot2}); compile only writes inside the repository the spec is in.`,
      { file: shown }
    );
  let real = resolvedTarget(directory);
  if (!isWithin(repositoryRoot2, real))
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `The output directory ${shown} leads outside the repository through a symlink (to ${real}); compile does not follow symlinks out of the repository.`,
      { file: shown }
    );
  let metadata2 = path4.relative(repositoryRoot2, real).split(path4.sep).find((segment) => REPOSITORY_METADATA.has(segment));
  if (metadata2 !== void 0)
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `The output directory ${shown} is inside the repository's ${metadata2} directory; compile never writes there. Choose a directory of the working tree (the default is overlays/ beside the spec).`,
      { file: shown }
    );
  let stat;
  try {
    stat = fs4.statSync(real);
  } catch {
    stat = void 0;
  }
  if (stat && !stat.isDirectory())
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `The output directory ${shown} exists and is not a directory; compile does not replace it. Give a directory (the default is overlays/ beside the spec).`,
      { file: shown }
    );
  if (real === repositoryRoot2)
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `The output directory ${shown} is the repository root; compile replaces whole environment directories, so give it a directory of its own (the default is overlays/ beside the spec).`,
      { file: shown }
    );
}

// src/compile/write.ts
import fs7 from "node:fs";
import path7 from "node:path";

// src/compile/ownership.ts
import { createHash } from "node:crypto";
import fs5 from "node:fs";
import path5 from "node:path";
var STAGING_PREFIX = ".scaleplan-staging-", LOCK_FILE = ".scaleplan-lock", OWNED_FILE = ".scaleplan-owned", GENERATED_HEADER = /^(?:# |<!-- )Generated by scaleplan from /;
function unitOf(relative) {
  let segments = relative.split("/"), depth = segments[0] === CLUSTERS_DIRECTORY && segments.length > 2 ? 2 : 1;
  return { unit: segments.slice(0, depth).join("/"), inside: segments.slice(depth).join("/") };
}
function retiredName(unit) {
  return encodeURIComponent(unit);
}
var Ownership = class {
  constructor(directory) {
    this.directory = directory;
  }
  directory;
  listed = /* @__PURE__ */ new Map();
  owns(relative) {
    let { unit: environment, inside } = unitOf(relative);
    if (inside === OWNED_FILE)
      return !0;
    let listed = this.listed.get(environment);
    return listed || (listed = new Set(readOwned(path5.join(this.directory, environment)).keys()), this.listed.set(environment, listed)), listed.has(inside) || hasGeneratedHeader(path5.join(this.directory, relative));
  }
  /** Environment and cluster directories an earlier compile generated. */
  environments() {
    let directories = (relative) => {
      let entries;
      try {
        entries = fs5.readdirSync(path5.join(this.directory, relative), { withFileTypes: !0 });
      } catch {
        return [];
      }
      return entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith(".")).map((entry) => relative === "" ? entry.name : `${relative}/${entry.name}`);
    };
    return [...directories(""), ...directories(CLUSTERS_DIRECTORY)].filter(
      (name) => exists(path5.join(this.directory, name, OWNED_FILE)) || hasGeneratedHeader(path5.join(this.directory, name, KUSTOMIZATION_FILE))
    ).sort();
  }
};
function hasGeneratedHeader(file) {
  let descriptor;
  try {
    if (!fs5.lstatSync(file).isFile())
      return !1;
    descriptor = fs5.openSync(file, "r");
    let buffer = Buffer.alloc(64), length = fs5.readSync(descriptor, buffer, 0, buffer.length, 0);
    return GENERATED_HEADER.test(buffer.subarray(0, length).toString("utf8"));
  } catch {
    return !1;
  } finally {
    descriptor !== void 0 && fs5.closeSync(descriptor);
  }
}
function readOwned(directory) {
  let owned = /* @__PURE__ */ new Map(), text;
  try {
    text = fs5.readFileSync(path5.join(directory, OWNED_FILE), "utf8");
  } catch {
    return owned;
  }
  for (let line of text.split(`
`)) {
    let match = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line);
    match?.[1] && match[2] && !match[2].split("/").includes("..") && owned.set(match[2], match[1]);
  }
  return owned;
}
function ownedText(files, environment) {
  return `# Files written here by scaleplan compile; it replaces or removes only these.
${[...files].filter(([relative]) => relative.startsWith(`${environment}/`)).map(
    ([relative, content]) => `${createHash("sha256").update(content).digest("hex")}  ${relative.slice(environment.length + 1)}`
  ).sort().join(`
`)}
`;
}
function listEntries(root, prefix = "") {
  let entries;
  try {
    entries = fs5.readdirSync(path5.join(root, prefix), { withFileTypes: !0 });
  } catch {
    return [];
  }
  let result = [];
  for (let entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
    let relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    entry.isDirectory() && !entry.isSymbolicLink() ? (result.push({ path: relative, directory: !0 }), result.push(...listEntries(root, relative))) : result.push({ path: relative, directory: !1 });
  }
  return result;
}
function exists(target2) {
  try {
    return fs5.lstatSync(target2), !0;
  } catch {
    return !1;
  }
}

// src/compile/output-lock.ts
import fs6 from "node:fs";
import path6 from "node:path";
function acquireLock(directory, shown) {
  let lock = path6.join(directory, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return fs6.writeFileSync(lock, `${process.pid}
`, { flag: "wx", mode: 420 }), () => fs6.rmSync(lock, { force: !0 });
    } catch (error) {
      if (error.code !== "EEXIST")
        throw error;
    }
    let holder = Number.parseInt(readText(lock) ?? "", 10);
    if (Number.isInteger(holder) && holder > 0 && processAlive(holder))
      throw new ScaleplanError(
        "OUTPUT_LOCKED",
        `Another scaleplan compile (pid ${holder}) is writing ${shown}; wait for it to finish and run compile again.`,
        { file: shown }
      );
    fs6.rmSync(lock, { force: !0 });
  }
  throw new ScaleplanError(
    "OUTPUT_LOCKED",
    `Another scaleplan compile took the lock of ${shown} at the same moment; run compile again.`,
    { file: shown }
  );
}
function readText(file) {
  try {
    return fs6.readFileSync(file, "utf8");
  } catch {
    return;
  }
}
function processAlive(pid) {
  try {
    return process.kill(pid, 0), !0;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function interruptedStaging(directory) {
  try {
    return fs6.readdirSync(directory).filter((name) => name.startsWith(STAGING_PREFIX)).sort();
  } catch {
    return [];
  }
}
function recoverStaging(directory) {
  let recovered = [];
  for (let name of interruptedStaging(directory)) {
    let retired = path6.join(directory, name, "old"), entries;
    try {
      entries = fs6.readdirSync(retired).sort();
    } catch {
      entries = [];
    }
    for (let entry of entries) {
      let environment = decodeURIComponent(entry.replace(/^stale-/, "")), destination = path6.join(directory, environment);
      !exists(destination) && isWithin(directory, destination) && (fs6.mkdirSync(path6.dirname(destination), { recursive: !0 }), fs6.renameSync(path6.join(retired, entry), destination), recovered.push(environment));
    }
    fs6.rmSync(path6.join(directory, name), { recursive: !0, force: !0 });
  }
  return recovered;
}

// src/compile/write.ts
function compareOutput(files, target2) {
  let differences = [], ownership = new Ownership(target2.directory);
  for (let name of interruptedStaging(target2.directory))
    differences.push({ path: `${name}/`, kind: "interrupted" });
  for (let [relative, content] of files) {
    let absolute = path7.join(target2.directory, relative), current;
    try {
      if (current = fs7.lstatSync(absolute).isFile() ? fs7.readFileSync(absolute, "utf8") : void 0, current === void 0) {
        differences.push({ path: relative, kind: "changed" });
        continue;
      }
    } catch {
      differences.push({ path: relative, kind: "missing" });
      continue;
    }
    current !== content && differences.push({ path: relative, kind: "changed" });
  }
  for (let environment of target2.environments)
    for (let entry of listEntries(path7.join(target2.directory, environment))) {
      let relative = `${environment}/${entry.path}`;
      !entry.directory && entry.path !== OWNED_FILE && !files.has(relative) && ownership.owns(relative) && differences.push({ path: relative, kind: "extra" });
    }
  if (target2.complete)
    for (let environment of ownership.environments())
      target2.environments.includes(environment) || differences.push({ path: `${environment}/`, kind: "extra" });
  return differences.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function writeOutput(files, target2, shown = target2.directory) {
  fs7.mkdirSync(target2.directory, { recursive: !0 });
  let release = acquireLock(target2.directory, shown);
  try {
    let recovered = recoverStaging(target2.directory), ownership = new Ownership(target2.directory), kept = keptEntries(files, target2, ownership, shown);
    return publish(files, target2, ownership, kept), {
      written: [...files.keys()],
      kept: kept.filter((entry) => !entry.directory).map((entry) => entry.path),
      recovered
    };
  } finally {
    release();
  }
}
function keptEntries(files, target2, ownership, shown) {
  let kept = [], generatedDirectories = /* @__PURE__ */ new Set();
  for (let relative of files.keys())
    for (let index = relative.indexOf("/"); index !== -1; index = relative.indexOf("/", index + 1))
      generatedDirectories.add(relative.slice(0, index));
  for (let environment of target2.environments) {
    let directory = path7.join(target2.directory, environment), stat;
    try {
      stat = fs7.lstatSync(directory);
    } catch {
      continue;
    }
    if (!stat.isDirectory())
      throw new ScaleplanError(
        "OUTPUT_CONFLICT",
        `${path7.join(shown, environment)} is not a directory that scaleplan wrote; compile leaves it alone. Move it away and compile again.`,
        { file: path7.join(shown, environment) }
      );
    for (let entry of listEntries(directory)) {
      let relative = `${environment}/${entry.path}`;
      if (entry.directory) {
        kept.push({ path: relative, directory: !0 });
        continue;
      }
      if (!ownership.owns(relative)) {
        if (files.has(relative) || generatedDirectories.has(relative))
          throw new ScaleplanError(
            "OUTPUT_CONFLICT",
            `${path7.join(shown, relative)} was not written by scaleplan (it has no generated header and is not in ${OWNED_FILE}), and the spec compiles a file of that name; compile does not overwrite it. Move or rename it and compile again.`,
            { file: path7.join(shown, relative) }
          );
        kept.push({ path: relative, directory: !1 });
      }
    }
  }
  return kept.filter(
    (entry) => !entry.directory || kept.some((other) => !other.directory && other.path.startsWith(`${entry.path}/`))
  );
}
function publish(files, target2, ownership, kept) {
  let staging = fs7.mkdtempSync(path7.join(target2.directory, STAGING_PREFIX)), fresh = path7.join(staging, "new"), retired = path7.join(staging, "old"), keepStaging = !1;
  try {
    fs7.mkdirSync(fresh), fs7.mkdirSync(retired);
    let created = /* @__PURE__ */ new Set(), makeDirectory = (directory) => {
      created.has(directory) || (fs7.mkdirSync(directory, { recursive: !0 }), created.add(directory));
    };
    for (let [relative, content] of files) {
      let absolute = path7.join(fresh, relative);
      if (!isWithin(fresh, absolute))
        throw new Error(`compile: generated path ${relative} escapes the output directory`);
      makeDirectory(path7.dirname(absolute)), fs7.writeFileSync(absolute, content, { flag: "wx", mode: 420 });
    }
    for (let environment of target2.environments)
      makeDirectory(path7.join(fresh, environment)), fs7.writeFileSync(path7.join(fresh, environment, OWNED_FILE), ownedText(files, environment), {
        flag: "wx",
        mode: 420
      });
    for (let entry of kept) {
      let absolute = path7.join(fresh, entry.path);
      entry.directory ? makeDirectory(absolute) : (makeDirectory(path7.dirname(absolute)), fs7.linkSync(path7.join(target2.directory, entry.path), absolute));
    }
    let stale = target2.complete ? ownership.environments().filter((environment) => !target2.environments.includes(environment)) : [];
    target2.beforePublish?.();
    let moved = [];
    try {
      for (let environment of target2.environments) {
        let destination = path7.join(target2.directory, environment), hadOld = exists(destination);
        hadOld ? fs7.renameSync(destination, path7.join(retired, retiredName(environment))) : fs7.mkdirSync(path7.dirname(destination), { recursive: !0 }), moved.push({ environment, hadOld }), fs7.renameSync(path7.join(fresh, environment), destination);
      }
      for (let environment of stale)
        retireStale(target2.directory, environment, ownership, retired);
      removeIfEmpty(path7.join(target2.directory, CLUSTERS_DIRECTORY));
    } catch (error) {
      throw rollBack(target2.directory, retired, fresh, moved) ? error : (keepStaging = !0, new ScaleplanError(
        "COMPILE_FAILED",
        `Writing the overlays failed (${error instanceof Error ? error.message : String(error)}) and the old environment directories could not all be put back; they are in ${retired}, and the next compile puts them back.`,
        void 0,
        { cause: error }
      ));
    }
  } finally {
    keepStaging || fs7.rmSync(staging, { recursive: !0, force: !0 });
  }
}
function retireStale(directory, environment, ownership, retired) {
  let entries = listEntries(path7.join(directory, environment));
  if (entries.filter(
    (entry) => !entry.directory && !ownership.owns(`${environment}/${entry.path}`)
  ).length === 0) {
    fs7.renameSync(
      path7.join(directory, environment),
      path7.join(retired, `stale-${retiredName(environment)}`)
    );
    return;
  }
  for (let entry of entries)
    !entry.directory && ownership.owns(`${environment}/${entry.path}`) && fs7.rmSync(path7.join(directory, environment, entry.path), { force: !0 });
}
function removeIfEmpty(directory) {
  try {
    fs7.rmdirSync(directory);
  } catch {
  }
}
function rollBack(directory, retired, fresh, moved) {
  let restored = !0;
  for (let { environment, hadOld } of [...moved].reverse()) {
    let destination = path7.join(directory, environment);
    try {
      exists(destination) && !exists(path7.join(fresh, environment)) && fs7.renameSync(destination, path7.join(fresh, environment)), hadOld && fs7.renameSync(path7.join(retired, retiredName(environment)), destination);
    } catch {
      restored = !1;
    }
  }
  return restored;
}

// src/compile/index.ts
var DEFAULT_SPEC_FILE = "scaleplan.yaml", DEFAULT_OUTPUT_DIRECTORY = "overlays";
async function compileSpec(request, options = {}) {
  let specFile = path8.resolve(request.cwd, request.spec ?? DEFAULT_SPEC_FILE), specDisplay = displayPath(request.cwd, specFile), parsed = parseSpec(readSpecFile(specFile, specDisplay));
  if (!parsed.spec)
    throw new SpecInvalidError(parsed.problems);
  let plan = parsed.spec, specDirectory = path8.dirname(specFile), root = repositoryRoot(specDirectory), known = environmentNames(plan), environments = request.environments?.length ? [...new Set(request.environments)] : known;
  for (let name of environments)
    if (!known.includes(name))
      throw new ScaleplanError(
        "USAGE",
        `The spec ${specDisplay} has no environment "${name}"; it has ${known.join(", ")}.`,
        { file: specDisplay }
      );
  let outputDirectory = path8.resolve(
    request.cwd,
    request.output ?? path8.join(specDirectory, DEFAULT_OUTPUT_DIRECTORY)
  ), outputDisplay = displayPath(request.cwd, outputDirectory);
  options.outputInsideRepository !== !1 && assertOutputInside(outputDirectory, root, outputDisplay);
  let located = locateBase(plan.spec.base, specDirectory, root, parsed.source), base, problems = [...located.problems];
  if (located.location) {
    let read = await readBase(located.location, {
      cwd: request.cwd,
      env: request.env,
      display: plan.spec.base,
      ...request.limits ? { limits: request.limits } : {}
    });
    base = read.base, problems.push(...read.problems);
  }
  needsPromQL(plan) && await loadPromQL(), problems.push(...checkSpec(plan, parsed.source, base));
  let included = readIncludedRules(plan, parsed.source, specDirectory, root);
  if (problems.push(...included.problems), problems.length === 0 && base && problems.push(...checkClusterRules(plan, parsed.source, base, included.rules)), problems.length > 0 || !base || !located.location)
    throw new SpecInvalidError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  let baseDirectory = located.location.directory, context = {
    base,
    specFromOutput: posixRelative(outputDirectory, specFile),
    baseFromOutput: posixRelative(outputDirectory, baseDirectory),
    environments,
    includedRules: included.rules
  }, overlay = compile(plan, context), directories = [...environments, ...overlay.clusters.map((cluster) => cluster.directory)];
  return options.outputInsideRepository !== !1 && assertOutputApart(outputDirectory, outputDisplay, directories, { baseDirectory, specFile }), {
    plan,
    specFile,
    specDisplay,
    repositoryRoot: root,
    outputDirectory,
    outputDisplay,
    baseDirectory,
    base,
    environments,
    directories,
    complete: environments.length === known.length,
    overlay,
    files: emit(overlay, context)
  };
}
function target(compiled) {
  return {
    directory: compiled.outputDirectory,
    environments: compiled.directories,
    complete: compiled.complete
  };
}
function writeCompiled(compiled, hooks = {}) {
  return writeOutput(compiled.files, { ...target(compiled), ...hooks }, compiled.outputDisplay);
}
function checkCompiled(compiled) {
  return compareOutput(compiled.files, target(compiled));
}
function movedFiles(compiled, differences) {
  let moved = [];
  for (let difference of differences) {
    let [environment = "", ...rest] = difference.path.split("/"), file = rest.join("/"), overlay = compiled.overlay.environments.find((entry) => entry.name === environment);
    if (difference.kind !== "extra" || !overlay || file === "")
      continue;
    let to = `${clusterDirectory(overlay.cluster)}/${file}`;
    compiled.files.has(to) && moved.push({ from: difference.path, to });
  }
  return moved;
}
function clusterTarget(target2) {
  let prefix = `${CLUSTERS_DIRECTORY}/`;
  return target2?.startsWith(prefix) ? target2.slice(prefix.length).replace(/\/+$/, "") : void 0;
}
async function buildEnvironment(request) {
  let temporary = fs8.mkdtempSync(path8.join(os.tmpdir(), "scaleplan-build-")), cluster = clusterTarget(request.environment);
  try {
    let compiled = await compileSpec(
      {
        cwd: request.cwd,
        env: request.env,
        ...request.spec !== void 0 ? { spec: request.spec } : {},
        output: temporary,
        ...request.environment !== void 0 && cluster === void 0 ? { environments: [request.environment] } : {},
        ...request.limits ? { limits: request.limits } : {}
      },
      { outputInsideRepository: !1 }
    );
    if (cluster !== void 0)
      return {
        manifests: buildDirectory(compiled, temporary, clusterDirectory(cluster), request, () => {
          let clusters = clusterEnvironments(compiled.plan), known = [...clusters.keys()];
          return clusters.has(cluster) ? `Cluster "${cluster}" of ${compiled.specDisplay} has no cluster-wide objects (no PriorityClasses, no prometheus-adapter rules), so there is no ${clusterDirectory(cluster)} to build.` : `The spec ${compiled.specDisplay} has no cluster "${cluster}"; its environments are on ${known.map((name) => `"${name}"`).join(", ")}.`;
        }),
        compiled,
        environment: clusterDirectory(cluster)
      };
    let environment = compiled.environments[0];
    if (compiled.environments.length !== 1 || environment === void 0)
      throw new ScaleplanError(
        "USAGE",
        `The spec ${compiled.specDisplay} has several environments (${compiled.environments.join(", ")}); choose one with ${request.environmentOption ?? "--env NAME"}.`,
        { file: compiled.specDisplay }
      );
    let manifests = buildDirectory(compiled, temporary, environment, request, () => {
      throw new Error(`build: environment ${environment} was not compiled`);
    }), overlay = compiled.overlay.environments.find((entry) => entry.name === environment), companion = overlay ? clusterDirectory(overlay.cluster) : void 0;
    return companion !== void 0 && compiled.directories.includes(companion) ? {
      manifests,
      compiled,
      environment,
      cluster: {
        directory: companion,
        manifests: renderDirectory(temporary, companion, request)
      }
    } : { manifests, compiled, environment };
  } finally {
    fs8.rmSync(temporary, { recursive: !0, force: !0 });
  }
}
function buildDirectory(compiled, temporary, relative, request, missing) {
  if (!isWithin(temporary, compiled.outputDirectory))
    throw new Error("build: output directory is not the temporary directory");
  if (!compiled.directories.includes(relative))
    throw new ScaleplanError("USAGE", missing(), { file: compiled.specDisplay });
  return writeOutput(compiled.files, {
    directory: temporary,
    environments: compiled.directories,
    complete: !1
  }), renderDirectory(temporary, relative, request);
}
function renderDirectory(temporary, relative, request) {
  let directory = path8.join(temporary, relative), renderer = requireRenderer(request.env, directory);
  return runRenderer(renderer, directory, request.env, request.cwd, {
    ...request.limits?.renderTimeoutSeconds !== void 0 ? { timeoutSeconds: request.limits.renderTimeoutSeconds } : {},
    ...request.limits?.renderMemoryMiB !== void 0 ? { memoryMiB: request.limits.renderMemoryMiB } : {}
  });
}

export {
  needsPromQL,
  checkSpec,
  STEP_LOAD,
  stepLoadChart,
  compile,
  emit,
  DEFAULT_SPEC_FILE,
  DEFAULT_OUTPUT_DIRECTORY,
  compileSpec,
  writeCompiled,
  checkCompiled,
  movedFiles,
  buildEnvironment
};
