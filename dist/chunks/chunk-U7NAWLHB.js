import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  escapeMarkdownText
} from "./chunk-QWU66CDN.js";
import {
  formatProblem,
  parseSpec,
  readSpecFile
} from "./chunk-FIS5GJNN.js";
import {
  runSettings
} from "./chunk-QV3S4CJK.js";
import {
  ManifestSet
} from "./chunk-TPX2WFDM.js";
import {
  loadConfig
} from "./chunk-5I6VOPIH.js";
import {
  collectInputs
} from "./chunk-2KY26UBK.js";
import {
  capacityOf,
  compareResources
} from "./chunk-RSM3QVGN.js";
import {
  HPA_KIND,
  SCALED_OBJECT_KIND,
  effectiveScalingRules,
  formatQuantity,
  loadInputs,
  parseQuantity,
  readAutoscaler
} from "./chunk-AQRGXSGC.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";

// src/capacity/report.ts
import path from "node:path";
async function capacityReport(request) {
  let config = request.config ?? loadConfig(request.configFile, request.cwd), settings = runSettings(request, config), inputs = collectInputs(request.paths, {
    cwd: request.cwd,
    ignore: config.ignore,
    ignoreBase: config.baseDirectory
  }), sets = await loadInputs(inputs, {
    cwd: request.cwd,
    defaultNamespace: settings.defaultNamespace,
    env: request.env,
    readStdin: () => Promise.resolve(""),
    ...config.limits ? { limits: config.limits } : {}
  }), problem = sets.flatMap((set2) => set2.problems)[0];
  if (problem) {
    let position = problem.range.file.position(problem.range.start);
    throw new ScaleplanError("INPUT_UNREADABLE", problem.message, {
      file: problem.range.file.path,
      ...position
    });
  }
  let set = new ManifestSet(
    sets.flatMap((loaded) => loaded.manifests),
    settings.defaultNamespace,
    config.references
  ), namespaces = capacityOf(set, settings.kubeVersion), plan = request.specFile ? readPlan(request.specFile, request.cwd) : void 0;
  return {
    namespaces,
    autoscalers: autoscalerBehaviours(set),
    pools: plan ? poolCapacity(plan, namespaces) : [],
    unbounded: namespaces.flatMap(
      (namespace) => namespace.workloads.filter((workload) => workload.maxReplicas === void 0)
    )
  };
}
function readPlan(specFile, cwd) {
  let absolute = path.resolve(cwd, specFile), parsed = parseSpec(readSpecFile(absolute, specFile)), first = parsed.problems[0];
  if (!parsed.spec || first)
    throw new ScaleplanError(
      "SPEC_INVALID",
      first ? formatProblem(first) : `${specFile} is not a ScalePlan.`
    );
  return parsed.spec;
}
var POOL_RESOURCES = [
  { resource: "cpu", of: (pool) => pool.cpu },
  { resource: "memory", of: (pool) => pool.memory },
  { resource: "nvidia.com/gpu", of: (pool) => pool.gpus }
];
function poolCapacity(plan, namespaces) {
  let pools = plan.spec.nodePools ?? {}, byName = /* @__PURE__ */ new Map();
  for (let namespace of namespaces)
    for (let workload of namespace.workloads) {
      let list = byName.get(workload.name) ?? [];
      list.push(workload), byName.set(workload.name, list);
    }
  return Object.keys(pools).sort().map((name) => {
    let spec = pools[name] ?? {}, values = {
      cpu: parseQuantity(spec.cpu),
      memory: parseQuantity(spec.memory),
      gpus: spec.gpus
    }, workloads = [], oversized = [];
    for (let [workloadName, workloadSpec] of Object.entries(plan.spec.workloads).sort())
      if (workloadSpec.placement?.nodePool === name)
        for (let workload of byName.get(workloadName) ?? []) {
          if (workload.maxReplicas === void 0)
            continue;
          let perNode = POOL_RESOURCES.flatMap(({ resource, of }) => {
            let request = workload.perPod[resource] ?? 0, offered = of(values);
            return request > 0 && offered !== void 0 ? [Math.floor(offered / request + 1e-9)] : [];
          }), podsPerNode = perNode.length > 0 ? Math.min(...perNode) : workload.maxReplicas;
          podsPerNode === 0 && oversized.push(workloadName), workloads.push({
            name: workloadName,
            namespace: workload.namespace,
            pods: workload.maxReplicas,
            podsPerNode,
            nodes: podsPerNode > 0 ? Math.ceil(workload.maxReplicas / podsPerNode) : 0
          });
        }
    return {
      name,
      maxNodes: spec.max,
      nodesAtMax: workloads.reduce((sum, workload) => sum + workload.nodes, 0),
      oversized,
      workloads
    };
  });
}
function autoscalerBehaviours(set) {
  return [...set.byKind(HPA_KIND), ...set.byKind(SCALED_OBJECT_KIND)].flatMap((manifest) => {
    let bounds = readAutoscaler(manifest);
    return bounds.maxReplicas === void 0 ? [] : [
      {
        namespace: manifest.namespace,
        kind: manifest.kind,
        name: manifest.name,
        minReplicas: bounds.minReplicas,
        maxReplicas: bounds.maxReplicas,
        scaleUp: effectiveScalingRules(manifest, "scaleUp"),
        scaleDown: effectiveScalingRules(manifest, "scaleDown")
      }
    ];
  }).sort(
    (a, b) => a.namespace.localeCompare(b.namespace) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)
  );
}

// src/capacity/compare.ts
import fs2 from "node:fs";
import path3 from "node:path";

// src/capacity/base-tree.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path2 from "node:path";
var FETCH_HINT = "a pull request's base commit must be in the clone: actions/checkout with fetch-depth: 0, or git fetch origin <base>.";
function git(args, cwd) {
  return execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });
}
function gitMessage(error) {
  return error.stderr?.toString().trim() || (error instanceof Error ? error.message : String(error));
}
function openBaseTree(reference, cwd) {
  let asDirectory = path2.resolve(cwd, reference);
  if (fs.existsSync(asDirectory) && fs.statSync(asDirectory).isDirectory())
    return { cwd: asDirectory, dispose: () => {
    } };
  let top;
  try {
    top = git(["rev-parse", "--show-toplevel"], cwd).toString().trim();
  } catch (error) {
    throw new ScaleplanError(
      "INPUT_NOT_FOUND",
      `--base ${reference} is neither a directory nor a git revision (${gitMessage(error)}); ${FETCH_HINT}`
    );
  }
  try {
    git(["rev-parse", "--verify", "--quiet", `${reference}^{tree}`], top);
  } catch {
    throw new ScaleplanError(
      "INPUT_NOT_FOUND",
      `--base ${reference} is neither a directory nor a revision of the repository at ${top}; ${FETCH_HINT}`
    );
  }
  let extracted = fs.mkdtempSync(path2.join(os.tmpdir(), "scaleplan-base-"));
  try {
    let archive = git(["archive", "--format=tar", reference], top);
    execFileSync("tar", ["-x", "-C", extracted], {
      input: archive,
      stdio: ["pipe", "ignore", "pipe"]
    });
  } catch (error) {
    throw fs.rmSync(extracted, { recursive: !0, force: !0 }), new ScaleplanError(
      "INPUT_UNREADABLE",
      `Cannot read ${reference} from git: ${gitMessage(error)}`
    );
  }
  let relative = path2.relative(fs.realpathSync(top), fs.realpathSync(cwd));
  return {
    cwd: path2.join(extracted, relative),
    dispose: () => fs.rmSync(extracted, { recursive: !0, force: !0 })
  };
}

// src/capacity/diff.ts
function workloadKey(workload) {
  return `${workload.namespace}\0${workload.kind}\0${workload.name}`;
}
function totals(namespace) {
  let result = /* @__PURE__ */ new Map();
  if (!namespace)
    return result;
  result.set("pods", namespace.podsAtMax);
  for (let [resource, value] of Object.entries(namespace.requestsAtMax))
    result.set(resource, value);
  return result;
}
function quotaFor(namespace, resource) {
  let keys = resource === "pods" ? ["pods"] : [`requests.${resource}`, ...resource.includes("/") ? [] : [resource]];
  return namespace?.quotas.filter((quota) => keys.includes(quota.key)).sort((a, b) => a.hard - b.hard)[0];
}
function sameNumber(a, b) {
  return a === void 0 || b === void 0 ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
function diffCapacity(base, head) {
  let changes = [], names = [
    ...new Set([...base.namespaces, ...head.namespaces].map((namespace) => namespace.namespace))
  ].sort();
  for (let name of names) {
    let before = base.namespaces.find((namespace) => namespace.namespace === name), after = head.namespaces.find((namespace) => namespace.namespace === name), beforeTotals = totals(before), afterTotals = totals(after), resources = [.../* @__PURE__ */ new Set([...beforeTotals.keys(), ...afterTotals.keys()])].sort(
      compareResources
    );
    for (let resource of resources) {
      let was = beforeTotals.get(resource) ?? 0, is = afterTotals.get(resource) ?? 0, quota = quotaFor(after, resource) ?? quotaFor(before, resource), quotaBefore = quotaFor(before, resource), fitsBefore = quotaBefore ? quotaBefore.atMax <= quotaBefore.hard + 1e-9 : !0, fitsAfter = quota ? is <= quota.hard + 1e-9 : !0;
      sameNumber(was, is) && sameNumber(quotaBefore?.hard, quota?.hard) || changes.push({
        kind: "namespace",
        namespace: name,
        resource,
        before: was,
        after: is,
        ...quota ? { quota: { name: quota.name, key: quota.key, hard: quota.hard, fitsBefore, fitsAfter } } : {}
      });
    }
    let beforeWorkloads = new Map((before?.workloads ?? []).map((w) => [workloadKey(w), w])), afterWorkloads = new Map((after?.workloads ?? []).map((w) => [workloadKey(w), w])), keys = [.../* @__PURE__ */ new Set([...beforeWorkloads.keys(), ...afterWorkloads.keys()])].sort();
    for (let key of keys) {
      let was = beforeWorkloads.get(key), is = afterWorkloads.get(key), label = `${(is ?? was)?.kind ?? ""} ${(is ?? was)?.name ?? ""}`;
      if (!was || !is) {
        changes.push({
          kind: "workload",
          namespace: name,
          workload: label,
          field: was ? "removed" : "added",
          before: was?.maxReplicas,
          after: is?.maxReplicas
        });
        continue;
      }
      for (let field of ["minReplicas", "maxReplicas"])
        sameNumber(was[field], is[field]) || changes.push({
          kind: "workload",
          namespace: name,
          workload: label,
          field,
          before: was[field],
          after: is[field]
        });
    }
  }
  let pools = [...new Set([...base.pools, ...head.pools].map((pool) => pool.name))].sort();
  for (let name of pools) {
    let was = base.pools.find((pool) => pool.name === name), is = head.pools.find((pool) => pool.name === name);
    ((was?.nodesAtMax ?? 0) !== (is?.nodesAtMax ?? 0) || was?.maxNodes !== is?.maxNodes) && changes.push({
      kind: "pool",
      pool: name,
      before: was?.nodesAtMax ?? 0,
      after: is?.nodesAtMax ?? 0,
      maxNodes: is?.maxNodes ?? was?.maxNodes
    });
  }
  return changes;
}

// src/capacity/compare.ts
function behaviourKey(autoscaler) {
  return `${autoscaler.namespace}\0${autoscaler.kind}\0${autoscaler.name}`;
}
function behaviourOf(autoscaler) {
  let rules = ({
    stabilizationWindowSeconds,
    selectPolicy,
    policies
  }) => ({
    stabilizationWindowSeconds,
    selectPolicy,
    policies
  });
  return JSON.stringify([
    autoscaler.minReplicas,
    autoscaler.maxReplicas,
    rules(autoscaler.scaleUp),
    rules(autoscaler.scaleDown)
  ]);
}
function changedAutoscalers(base, head) {
  let before = new Map(
    base.autoscalers.map((autoscaler) => [behaviourKey(autoscaler), autoscaler])
  );
  return head.autoscalers.filter((autoscaler) => {
    let was = before.get(behaviourKey(autoscaler));
    return !was || behaviourOf(was) !== behaviourOf(autoscaler);
  });
}
var EMPTY = { namespaces: [], autoscalers: [], pools: [], unbounded: [] };
async function compareCapacity(request) {
  let head = await capacityReport(request), tree = openBaseTree(request.base, request.cwd);
  try {
    let relative = (file) => path3.isAbsolute(file) ? path3.relative(request.cwd, file) : file, paths = request.paths.map(relative).filter((file) => fs2.existsSync(path3.resolve(tree.cwd, file))), specFile = request.specFile !== void 0 && fs2.existsSync(path3.resolve(tree.cwd, relative(request.specFile))) ? relative(request.specFile) : void 0, base = paths.length === 0 ? EMPTY : await capacityReport({
      ...request,
      cwd: tree.cwd,
      paths,
      ...specFile !== void 0 ? { specFile } : { specFile: void 0 }
    });
    return {
      base,
      head,
      changes: diffCapacity(base, head),
      changedAutoscalers: changedAutoscalers(base, head)
    };
  } finally {
    tree.dispose();
  }
}

// src/format/capacity.ts
function amount(resource, value) {
  return resource === "pods" ? String(value) : formatQuantity(resource, value);
}
function resourceLabel(resource) {
  return resource === "nvidia.com/gpu" ? "GPU" : resource;
}
function resourcesOf(namespace) {
  return Object.keys(namespace.requestsAtMax).sort(compareResources);
}
function quotaVerdict(quota) {
  return quota.atMax <= quota.hard + 1e-9 ? "fits" : "EXCEEDS";
}
function capacityText(report) {
  let lines = [];
  for (let namespace of report.namespaces) {
    let totals2 = resourcesOf(namespace).map(
      (resource) => `${resourceLabel(resource)} ${amount(resource, namespace.requestsAtMax[resource] ?? 0)}`
    ).join(", ");
    lines.push(
      `namespace ${namespace.namespace}: ${namespace.podsAtMax} pods at max scale${totals2 ? `, requests ${totals2}` : ""}`
    );
    for (let workload of namespace.workloads) {
      let replicas = workload.maxReplicas === void 0 ? "one pod per matching node (not counted)" : `${workload.minReplicas ?? workload.maxReplicas}\u2013${workload.maxReplicas} replicas`, perPod = Object.entries(workload.perPod).filter(([, value]) => value > 0).map(([resource, value]) => `${resourceLabel(resource)} ${amount(resource, value)}`).join(", ");
      lines.push(
        `  ${workload.kind} ${workload.name}: ${replicas}${perPod ? `, per pod ${perPod}` : ", no requests"}`
      );
    }
    for (let quota of namespace.quotas)
      lines.push(
        `  quota ${quota.name} ${quota.key}: ${amount(quota.resource, quota.atMax)} at max of ${amount(quota.resource, quota.hard)} (${quotaVerdict(quota)})`
      );
  }
  for (let pool of report.pools) {
    let limit = pool.maxNodes === void 0 ? "" : ` of at most ${pool.maxNodes}`, verdict = pool.oversized.length > 0 ? ` (a pod of ${pool.oversized.join(", ")} does not fit on one node)` : pool.maxNodes !== void 0 && pool.nodesAtMax > pool.maxNodes ? " (EXCEEDS the pool)" : "";
    lines.push(`node pool ${pool.name}: ${pool.nodesAtMax} nodes at max scale${limit}${verdict}`);
  }
  return lines.length > 0 ? `${lines.join(`
`)}
` : `No workloads.
`;
}
function cell(text) {
  return escapeMarkdownText(text);
}
function capacityMarkdown(report) {
  let sections = [];
  for (let namespace of report.namespaces) {
    let resources = resourcesOf(namespace), header = [
      "Workload",
      "Replicas",
      ...resources.map((resource) => `${resourceLabel(resource)} at max`)
    ], rows = namespace.workloads.map((workload) => [
      `${workload.kind} ${workload.name}`,
      workload.maxReplicas === void 0 ? "per node" : `${workload.minReplicas ?? workload.maxReplicas}\u2013${workload.maxReplicas}`,
      ...resources.map(
        (resource) => workload.maxReplicas === void 0 ? "\u2014" : amount(resource, (workload.perPod[resource] ?? 0) * workload.maxReplicas)
      )
    ]);
    rows.push([
      "**Total**",
      String(namespace.podsAtMax),
      ...resources.map((resource) => amount(resource, namespace.requestsAtMax[resource] ?? 0))
    ]);
    let line = (row) => `| ${row.join(" | ")} |`, table = [
      line(header.map(cell)),
      line(header.map(() => "---")),
      ...rows.map(
        (row, index) => line(
          index === rows.length - 1 ? row.map((entry, column) => column === 0 ? entry : cell(entry)) : row.map(cell)
        )
      )
    ].join(`
`), quotas = namespace.quotas.map(
      (quota) => `- ResourceQuota ${cell(quota.name)} ${cell(quota.key)}: ${amount(quota.resource, quota.atMax)} at max scale of ${amount(quota.resource, quota.hard)} (${quotaVerdict(quota) === "fits" ? "fits" : "**exceeds**"})`
    );
    sections.push(
      [
        `#### Namespace ${cell(namespace.namespace)}`,
        table,
        ...quotas.length > 0 ? [quotas.join(`
`)] : []
      ].join(`

`)
    );
  }
  for (let pool of report.pools)
    sections.push(
      `#### Node pool ${cell(pool.name)}

${pool.nodesAtMax} nodes at max scale${pool.maxNodes === void 0 ? "" : ` of at most ${pool.maxNodes}`}${pool.maxNodes !== void 0 && pool.nodesAtMax > pool.maxNodes ? " (**exceeds the pool**)" : ""}${pool.oversized.length > 0 ? `; a pod of ${pool.oversized.map(cell).join(", ")} does not fit on one node` : ""}.`
    );
  return sections.length > 0 ? `${sections.join(`

`)}
` : `No workloads.
`;
}
function describeChange(change, name = (text) => text) {
  switch (change.kind) {
    case "namespace": {
      let label = change.resource === "pods" ? "Pods" : resourceLabel(change.resource), quota = change.quota, verdict = quota ? quota.fitsAfter === quota.fitsBefore ? ` (quota ${amount(change.resource, quota.hard)}: ${quota.fitsAfter ? "fits" : "still exceeds"})` : ` (quota ${amount(change.resource, quota.hard)}: ${quota.fitsAfter ? "now fits" : "now exceeds"})` : "";
      return `${label} at max scale in ${name(change.namespace)}: ${amount(change.resource, change.before)} \u2192 ${amount(change.resource, change.after)}${verdict}`;
    }
    case "workload":
      return change.field === "added" ? `${name(change.workload)} added in ${name(change.namespace)}${change.after === void 0 ? "" : ` (up to ${change.after} replicas)`}` : change.field === "removed" ? `${name(change.workload)} removed from ${name(change.namespace)}` : `${name(change.workload)} in ${name(change.namespace)}: ${change.field} ${change.before ?? "unknown"} \u2192 ${change.after ?? "unknown"}`;
    case "pool":
      return `Nodes of pool ${name(change.pool)} at max scale: ${change.before} \u2192 ${change.after}${change.maxNodes === void 0 ? "" : ` (pool max ${change.maxNodes}${change.after > change.maxNodes ? ": exceeds" : ""})`}`;
  }
}
function changesText(changes) {
  return changes.length === 0 ? `Capacity unchanged.
` : `${changes.map((change) => describeChange(change)).join(`
`)}
`;
}
function changesMarkdown(changes) {
  return changes.length === 0 ? "" : `### Capacity at maximum scale

${changes.map((change) => `- ${describeChange(change, escapeMarkdownText)}`).join(`
`)}
`;
}
function capacityJson(value) {
  return `${JSON.stringify(
    value,
    (key, entry) => key === "manifest" ? void 0 : entry,
    2
  )}
`;
}

export {
  capacityReport,
  compareCapacity,
  capacityText,
  capacityMarkdown,
  changesText,
  changesMarkdown,
  capacityJson
};
