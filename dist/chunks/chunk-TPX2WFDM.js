import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  ExternalReferences,
  LIMIT_RANGE_KIND,
  LimitRangeDefaults,
  RuleSettingsResolver,
  podMakerFor,
  rolloutWorkloadRef,
  unservedApi
} from "./chunk-RSM3QVGN.js";
import {
  PDB_KIND,
  VPA_KIND,
  Workload,
  controllerLabels,
  documentByOrdinal,
  groupOf,
  isAutoscalerKind,
  isWorkloadKind,
  labelsAt,
  podLabelsMatch,
  podTemplatePath,
  readAutoscaler,
  readPdbSelector,
  readTargetRef,
  require_dist,
  selectorMatches,
  toLocation
} from "./chunk-AQRGXSGC.js";
import {
  formatMessage
} from "./chunk-7ZPS2RFJ.js";
import {
  __toESM
} from "./chunk-VXV2MXR7.js";

// src/source/directives.ts
var DIRECTIVE_PATTERN = /^\s*#\s*scaleplan-ignore\b(.*)$/, COMMENT_LINE = /^\s*#/, DOCUMENT_MARKER = /^(---|\.\.\.)\s*(#.*)?$/;
function parseDirective(text, line) {
  let match = DIRECTIVE_PATTERN.exec(text);
  if (!match)
    return;
  let [ids = "", justification] = (match[1] ?? "").split(/\s--\s?/, 2), rules = ids.split(/[\s,]+/).map((id) => id.trim()).filter(Boolean), directive = { rules: rules.length === 0 ? ["all"] : rules, line };
  return justification?.trim() && (directive.justification = justification.trim()), directive;
}
function directivesAbove(file, line) {
  if (!file.mentionsIgnoreDirective)
    return [];
  let directives = [];
  for (let current = line - 1; current >= 1; current--) {
    let text = file.lineText(current);
    if (COMMENT_LINE.test(text)) {
      let directive = parseDirective(text, current);
      directive && directives.push(directive);
    } else if (!DOCUMENT_MARKER.test(text.trim()))
      break;
  }
  return directives;
}
function directiveCovers(directive, ruleId) {
  return directive.rules.includes(ruleId) || directive.rules.includes("all");
}
function enclosingDocumentLine(file, offset) {
  return file.mentionsIgnoreDirective ? file.documentStartLine(offset) : void 0;
}

// src/k8s/manifest-set.ts
var EMPTY = Object.freeze([]), ManifestSet = class {
  constructor(manifests, defaultNamespace, references = {}) {
    this.manifests = manifests;
    this.defaultNamespace = defaultNamespace;
    let served = manifests.filter((manifest) => unservedApi(manifest.apiVersion, manifest.kind) === void 0 ? !0 : (this.unindexed.add(manifest), !1));
    for (let manifest of served)
      push(this.kinds, manifest.kind, manifest), push(this.kindsByNamespace, `${manifest.kind}\0${manifest.namespace}`, manifest), push(this.keys, manifest.key, manifest);
    for (let manifest of served) {
      let maker = isWorkloadKind(manifest.kind) ? void 0 : podMakerFor(manifest);
      if (!maker && !isWorkloadKind(manifest.kind))
        continue;
      let workload = new Workload(manifest, maker && this.shapeOf(maker, manifest));
      if (this.workloadByManifest.set(manifest, workload), push(this.workloadsByNamespace, manifest.namespace, workload), !workload.labelsKnown) {
        push(this.opaqueWorkloads, manifest.namespace, workload);
        continue;
      }
      for (let [label, value] of Object.entries(workload.templateLabels))
        push(this.workloadsByLabel, labelKey(manifest.namespace, label, value), workload);
      for (let label of workload.addedLabels.keys())
        push(this.workloadsAddingLabel, `${manifest.namespace}\0${label}`, workload);
    }
    this.external = new ExternalReferences(served, references);
  }
  manifests;
  defaultNamespace;
  kinds = /* @__PURE__ */ new Map();
  autoscalers = /* @__PURE__ */ new Map();
  /** `${kind}\u0000${namespace}` → objects. */
  kindsByNamespace = /* @__PURE__ */ new Map();
  keys = /* @__PURE__ */ new Map();
  workloadByManifest = /* @__PURE__ */ new Map();
  workloadsByNamespace = /* @__PURE__ */ new Map();
  /** `${namespace}\u0000${label}=${value}` → workloads whose pod template has that label. */
  workloadsByLabel = /* @__PURE__ */ new Map();
  /** `${namespace}\u0000${label}` → workloads whose controller adds that label to their pods. */
  workloadsAddingLabel = /* @__PURE__ */ new Map();
  /** Namespace → workloads whose pod labels the set cannot know. */
  opaqueWorkloads = /* @__PURE__ */ new Map();
  /** What exists outside the set: cluster objects, operator-made ones, declared ones. */
  external;
  autoscalerIndex;
  vpaIndex;
  /** `${namespace}\u0000${kind}\u0000${name}` of the scaleTargetRef → autoscalers. */
  autoscalerRefIndex;
  pdbIndex;
  pdbSelectionCache = /* @__PURE__ */ new Map();
  limitRangeDefaultsCache = /* @__PURE__ */ new Map();
  /** `${namespace}\u0000${label}=${value}` → Services with that label in metadata.labels. */
  serviceLabelIndex;
  /** `${label}=${value}` → Services with that label, in any namespace. */
  serviceLabelIndexAnyNamespace;
  /** Objects in no index (under an API version that does not serve their kind). */
  unindexed = /* @__PURE__ */ new Set();
  /** How the pods of an operator's custom resource look (see k8s/operators.ts). */
  shapeOf(maker, manifest) {
    let templateManifest = manifest, templatePath = maker.templatePath, labelsKnown = !0, ref = maker.kind === "Rollout" ? rolloutWorkloadRef(manifest) : void 0;
    if (ref) {
      let target = this.find(ref.kind, manifest.namespace, ref.name).find(
        (candidate) => ref.apiVersion === void 0 || groupOf(ref.apiVersion) === candidate.group
      ), path = target && podTemplatePath(target.kind);
      target && path ? (templateManifest = target, templatePath = path) : (templatePath = void 0, labelsKnown = !1);
    }
    let added = controllerLabels(maker.controller(manifest), manifest.name, {
      statefulSetNames: maker.statefulSetNames?.(manifest) ?? [manifest.name]
    });
    for (let [label, values] of Object.entries(maker.addedLabels?.(manifest) ?? {}))
      added.set(label, values);
    return {
      templateManifest,
      templatePath,
      extraLabels: {
        ...maker.podMetadataLabelsPath ? labelsAt(manifest.object, maker.podMetadataLabelsPath) : {},
        ...maker.labels(manifest)
      },
      addedLabels: added,
      labelsKnown,
      replicas: maker.replicas(manifest),
      scalable: maker.hasReplicaCount,
      hasReplicaCount: maker.hasReplicaCount
    };
  }
  /** Whether `byKind` and the other lookups can return this object. */
  isIndexed(manifest) {
    return !this.unindexed.has(manifest);
  }
  byKind(kind) {
    return this.kinds.get(kind) ?? EMPTY;
  }
  /** Objects of a kind in one namespace (ResourceQuotas, LimitRanges, PDBs, Services …). */
  byKindIn(kind, namespace) {
    return this.kindsByNamespace.get(`${kind}\0${namespace}`) ?? EMPTY;
  }
  /** Every object with this kind, namespace and name (more than one is a duplicate). */
  find(kind, namespace, name) {
    return this.keys.get(`${kind}/${namespace}/${name}`) ?? EMPTY;
  }
  get(kind, namespace, name) {
    return this.find(kind, namespace, name)[0];
  }
  /** All objects that share this manifest's kind/namespace/name, itself included. */
  sameIdentity(manifest) {
    return this.keys.get(manifest.key) ?? EMPTY;
  }
  workload(manifest) {
    return this.workloadByManifest.get(manifest);
  }
  workloads() {
    return this.workloadByManifest.values();
  }
  /** Namespaces that hold at least one workload, in order of first appearance. */
  workloadNamespaces() {
    return this.workloadsByNamespace.keys();
  }
  workloadsIn(namespace) {
    return this.workloadsByNamespace.get(namespace) ?? EMPTY;
  }
  /**
   * Workloads in `namespace` whose pod template labels the selector matches. Uses the
   * label index when the selector has matchLabels; scans only the namespace otherwise.
   */
  workloadsSelectedBy(namespace, selector) {
    if (selector.matchesNone)
      return EMPTY;
    let candidates;
    for (let [label, value] of Object.entries(selector.matchLabels)) {
      let posting = this.workloadsByLabel.get(labelKey(namespace, label, value)) ?? EMPTY, adding = this.workloadsAddingLabel.get(`${namespace}\0${label}`);
      adding && (posting = posting.length === 0 ? adding : [.../* @__PURE__ */ new Set([...posting, ...adding])]), (!candidates || posting.length < candidates.length) && (candidates = posting);
    }
    return (candidates ?? this.workloadsIn(namespace)).filter(
      (workload) => workload.labelsKnown && this.podsMatch(workload, selector)
    );
  }
  /** Whether the selector can select pods of the workload, controller-added labels included. */
  podsMatch(workload, selector) {
    return podLabelsMatch(
      selector,
      { fixed: workload.templateLabels, added: workload.addedLabels },
      () => this.maximumReplicas(workload)
    );
  }
  /**
   * Whether pods the set cannot see may match the selector in the namespace (`'*'`: any): a
   * custom resource whose pod labels are unknown, a namespace the set holds nothing of, or an
   * object declared in `references.assumeExternal`. Reference rules then stay silent.
   */
  podsMayBeOutside(namespace, selector) {
    return selector.matchesNone ? !1 : (namespace === "*" ? this.opaqueWorkloads.size > 0 : this.opaqueWorkloads.has(namespace)) || this.external.mayMatchPods(namespace, selector);
  }
  /**
   * Services whose own labels (`metadata.labels`, not their selector) the selector matches,
   * as a ServiceMonitor selects them: in `namespace`, or in every namespace for `'*'`.
   * Label-indexed like `workloadsSelectedBy`; the index is built on first use.
   */
  servicesSelectedBy(namespace, selector) {
    if (selector.matchesNone)
      return EMPTY;
    if (!this.serviceLabelIndex || !this.serviceLabelIndexAnyNamespace) {
      this.serviceLabelIndex = /* @__PURE__ */ new Map(), this.serviceLabelIndexAnyNamespace = /* @__PURE__ */ new Map();
      for (let service of this.byKind("Service"))
        for (let [label, value] of Object.entries(service.labels))
          push(this.serviceLabelIndex, labelKey(service.namespace, label, value), service), push(this.serviceLabelIndexAnyNamespace, `${label}=${value}`, service);
    }
    let anyNamespace = namespace === "*", candidates;
    for (let [label, value] of Object.entries(selector.matchLabels)) {
      let posting = (anyNamespace ? this.serviceLabelIndexAnyNamespace.get(`${label}=${value}`) : this.serviceLabelIndex.get(labelKey(namespace, label, value))) ?? EMPTY;
      (!candidates || posting.length < candidates.length) && (candidates = posting);
    }
    return candidates ??= anyNamespace ? this.byKind("Service") : this.byKindIn("Service", namespace), candidates.filter((service) => selectorMatches(selector, service.labels));
  }
  /** The object a scaleTargetRef / targetRef names, in the autoscaler's namespace. */
  resolveTarget(ref, namespace) {
    return this.find(ref.kind, namespace, ref.name).find(
      (candidate) => ref.apiVersion === void 0 || groupOf(ref.apiVersion) === candidate.group
    );
  }
  /** HPAs and KEDA ScaledObjects that target this workload. */
  autoscalersOf(workload) {
    return this.getAutoscalerIndex().get(workload) ?? EMPTY;
  }
  /**
   * HPAs and KEDA ScaledObjects whose scaleTargetRef names this kind and name in `namespace`,
   * whether or not that object is in the set (for conflicts between autoscalers of an object
   * the set does not contain). API groups must agree where both references give one.
   */
  autoscalersReferencing(ref, namespace) {
    if (!this.autoscalerRefIndex) {
      this.autoscalerRefIndex = /* @__PURE__ */ new Map();
      for (let manifest of this.manifests)
        if (isAutoscalerKind(manifest.kind)) {
          let autoscaler = this.autoscaler(manifest);
          if (autoscaler.target) {
            let key = refKey(manifest.namespace, autoscaler.target.kind, autoscaler.target.name);
            push(this.autoscalerRefIndex, key, autoscaler);
          }
        }
    }
    return (this.autoscalerRefIndex.get(refKey(namespace, ref.kind, ref.name)) ?? EMPTY).filter(
      (autoscaler) => ref.apiVersion === void 0 || autoscaler.target?.apiVersion === void 0 || groupOf(ref.apiVersion) === groupOf(autoscaler.target.apiVersion)
    );
  }
  /**
   * Workloads whose pods a PodDisruptionBudget selects: pod templates (and bare Pods) in its
   * namespace that its selector matches, with its API version's meaning of an empty selector.
   * Empty for a malformed selector.
   */
  pdbSelection(pdb) {
    let selection = this.pdbSelectionCache.get(pdb);
    if (!selection) {
      let parsed = readPdbSelector(pdb);
      selection = "selector" in parsed ? this.workloadsSelectedBy(pdb.namespace, parsed.selector) : EMPTY, this.pdbSelectionCache.set(pdb, selection);
    }
    return selection;
  }
  /** PodDisruptionBudgets that select this workload's pods, in set order. */
  pdbsSelecting(workload) {
    if (!this.pdbIndex) {
      this.pdbIndex = /* @__PURE__ */ new Map();
      for (let pdb of this.byKind(PDB_KIND))
        for (let selected of this.pdbSelection(pdb))
          push(this.pdbIndex, selected, pdb);
    }
    return this.pdbIndex.get(workload) ?? EMPTY;
  }
  /** The container defaults the namespace's LimitRanges apply at admission (built once). */
  limitRangeDefaults(namespace) {
    let defaults = this.limitRangeDefaultsCache.get(namespace);
    return defaults || (defaults = new LimitRangeDefaults(this.byKindIn(LIMIT_RANGE_KIND, namespace)), this.limitRangeDefaultsCache.set(namespace, defaults)), defaults;
  }
  /** VerticalPodAutoscalers that target this workload. */
  vpasOf(workload) {
    if (!this.vpaIndex) {
      this.vpaIndex = /* @__PURE__ */ new Map();
      for (let vpa of this.byKind(VPA_KIND)) {
        let ref = readTargetRef(vpa), target = ref && this.resolveTarget(ref, vpa.namespace);
        target && push(this.vpaIndex, target, vpa);
      }
    }
    return this.vpaIndex.get(workload) ?? EMPTY;
  }
  /**
   * The smallest replica count the workload runs at: its autoscalers' minimum (HPA
   * minReplicas, KEDA minReplicaCount), else spec.replicas, else 1.
   */
  minimumReplicas(workload) {
    let autoscalers = this.autoscalersOf(workload.manifest);
    return autoscalers.length > 0 ? Math.min(...autoscalers.map((autoscaler) => autoscaler.minReplicas)) : workload.declaredReplicas ?? 1;
  }
  /** The largest replica count: the autoscalers' maximum, else spec.replicas, else 1. */
  maximumReplicas(workload) {
    let autoscalers = this.autoscalersOf(workload.manifest);
    if (autoscalers.length > 0) {
      let maxima = autoscalers.map((autoscaler) => autoscaler.maxReplicas);
      return maxima.some((value) => value === void 0) ? void 0 : Math.max(...maxima);
    }
    return workload.declaredReplicas ?? 1;
  }
  /** An HPA's or ScaledObject's bounds and target, read once per object. */
  autoscaler(manifest) {
    let autoscaler = this.autoscalers.get(manifest);
    return autoscaler || (autoscaler = readAutoscaler(manifest), this.autoscalers.set(manifest, autoscaler)), autoscaler;
  }
  getAutoscalerIndex() {
    if (!this.autoscalerIndex) {
      this.autoscalerIndex = /* @__PURE__ */ new Map();
      for (let manifest of this.manifests) {
        if (!isAutoscalerKind(manifest.kind))
          continue;
        let autoscaler = this.autoscaler(manifest), target = autoscaler.target && this.resolveTarget(autoscaler.target, manifest.namespace);
        target && push(this.autoscalerIndex, target, autoscaler);
      }
    }
    return this.autoscalerIndex;
  }
};
function refKey(namespace, kind, name) {
  return `${namespace}\0${kind}\0${name}`;
}
function labelKey(namespace, label, value) {
  return `${namespace}\0${label}=${value}`;
}
function push(map, key, value) {
  let list = map.get(key);
  list ? list.push(value) : map.set(key, [value]);
}

// src/lint/fix.ts
var import_yaml = __toESM(require_dist(), 1), KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
function refuse(reason) {
  return { refused: reason };
}
function lineEnding(text) {
  return text.includes(`\r
`) ? `\r
` : `
`;
}
function lineStartOf(text, offset) {
  return text.lastIndexOf(`
`, offset - 1) + 1;
}
function lineEndOf(text, offset) {
  let next = text.indexOf(`
`, offset), end = next === -1 ? text.length : next;
  return end > offset && text[end - 1] === "\r" ? end - 1 : end;
}
function previousNonSpace(text, offset) {
  let index = offset - 1;
  for (; index >= 0 && /\s/.test(text[index] ?? ""); )
    index--;
  return index;
}
function nextNonSpace(text, offset) {
  let index = offset;
  for (; index < text.length && /\s/.test(text[index] ?? ""); )
    index++;
  return index;
}
function yamlKey(key) {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(key) && !/^(true|false|null|yes|no|on|off|~)$/i.test(key) ? key : JSON.stringify(key);
}
function scalarLike(original, value) {
  return typeof value == "number" ? String(value) : original.startsWith("'") ? `'${value.replace(/'/g, "''")}'` : original.startsWith('"') ? JSON.stringify(value) : yamlKey(value) === value ? value : JSON.stringify(value);
}
function unquote(text) {
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2)
    return text.slice(1, -1).replace(/''/g, "'");
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2)
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  return text;
}
var SOURCE_PAIRS = /* @__PURE__ */ new WeakMap();
function sourcePair(file, offset) {
  let document = file.documentAt(offset);
  if (!document)
    return;
  let pairs = SOURCE_PAIRS.get(document);
  if (!pairs) {
    let found = /* @__PURE__ */ new Map(), json6902 = (0, import_yaml.isSeq)(document.contents);
    (0, import_yaml.visit)(document, {
      Map(_, map) {
        for (let pair of map.items) {
          let start = (0, import_yaml.isNode)(pair.key) ? pair.key.range?.[0] : void 0;
          start !== void 0 && found.set(start, { siblings: map.items.length, json6902 });
        }
      }
    }), pairs = found, SOURCE_PAIRS.set(document, pairs);
  }
  return pairs.get(offset);
}
var Fixer = class {
  /** Where a field is written, or why it cannot be edited there. */
  locateField(manifest, path) {
    let field = path.join("."), key = manifest.locate(path, "key"), value = manifest.locate(path, "value");
    if (!key || !value || key.approximate || value.approximate || key.file !== value.file)
      return refuse(`${field} is not written in any source file (a transformer adds it).`);
    let { file } = key;
    if (manifest.locatesOutsideItsFile && file.absolutePath === void 0)
      return refuse(
        `${manifest.toString()} comes from a remote base or a Helm chart: there is no local file to edit.`
      );
    if (KUSTOMIZATION_FILE.test(file.path))
      return refuse(
        `${field} is set in ${file.path} (a generator, replicas:, images: or an inline patch); edit it there by hand.`
      );
    let text = file.text, last = path.at(-1), source = sourcePair(file, key.start);
    if (typeof last == "string" && unquote(text.slice(key.start, key.end)) !== last || !source || source.json6902)
      return refuse(`${field} is set by a JSON 6902 patch in ${file.path}; edit it there by hand.`);
    let end = value.end;
    for (; end > value.start && /\s/.test(text[end - 1] ?? ""); )
      end--;
    return { file, text, key, value: { ...value, end }, siblings: source.siblings };
  }
  /** Removes a field with its line (block style) or its comma (flow style). */
  removeField(manifest, path) {
    let located = this.locateField(manifest, path);
    if ("refused" in located)
      return located;
    let { file, text, key, value, siblings } = located;
    if (siblings <= 1)
      return refuse(`Removing ${path.join(".")} would leave its parent empty.`);
    let before = previousNonSpace(text, key.start), beforeChar = text[before];
    if (beforeChar === "{" || beforeChar === ",") {
      let after = nextNonSpace(text, value.end);
      return beforeChar === "," ? { edits: [{ file, start: before, end: value.end, text: "" }] } : text[after] === "," ? {
        edits: [{ file, start: key.start, end: nextNonSpace(text, after + 1), text: "" }]
      } : refuse(`Removing ${path.join(".")} would leave its parent empty.`);
    }
    let lineStart = lineStartOf(text, key.start);
    if (text.slice(lineStart, key.start).trim() !== "")
      return refuse(`${path.join(".")} starts a list item; remove it by hand.`);
    let lineEnd = lineEndOf(text, value.end);
    if (!/^[ \t]*(#.*)?$/.test(text.slice(value.end, lineEnd)))
      return refuse(`${path.join(".")} shares its line with another field; remove it by hand.`);
    let newline = text.indexOf(`
`, lineEnd);
    return {
      edits: [
        { file, start: lineStart, end: newline === -1 ? text.length : newline + 1, text: "" }
      ]
    };
  }
  /** Replaces a scalar value, keeping its quoting style. */
  replaceValue(manifest, path, replacement) {
    let located = this.locateField(manifest, path);
    if ("refused" in located)
      return located;
    let { file, text, value } = located, original = text.slice(value.start, value.end), decoration = text.slice(located.key.end, value.start);
    return /^[[{|>&*!]/.test(original) || /[&!]/.test(decoration) || original.includes(`
`) ? refuse(`${path.join(".")} is not a one-line scalar.`) : {
      edits: [
        { file, start: value.start, end: value.end, text: scalarLike(original, replacement) }
      ]
    };
  }
  /** Renames the last key of `path`, keeping its value and quoting. */
  renameKey(manifest, path, newKey) {
    let located = this.locateField(manifest, path);
    if ("refused" in located)
      return located;
    let { file, text, key } = located;
    return {
      edits: [
        {
          file,
          start: key.start,
          end: key.end,
          text: scalarLike(text.slice(key.start, key.end), newKey)
        }
      ]
    };
  }
  /** Replaces a field (key and scalar value) by another: `minAvailable: 3` → `maxUnavailable: 1`. */
  replaceField(manifest, path, newKey, replacement) {
    return merge([
      this.renameKey(manifest, path, newKey),
      this.replaceValue(manifest, path, replacement)
    ]);
  }
  /**
   * Adds `key: value` to the map at `parentPath`, after its last field, in the map's style:
   * a new line at the fields' indentation for a block map, `, key: value` for a flow map.
   * `value` is a scalar's text, or a map of scalar texts (one level) for a nested field.
   */
  setField(manifest, parentPath, key, value) {
    let parent = manifest.get(parentPath);
    if (typeof parent != "object" || parent === null || Array.isArray(parent))
      return refuse(`${parentPath.join(".")} is not a map.`);
    if (Object.hasOwn(parent, key))
      return refuse(`${[...parentPath, key].join(".")} is already set.`);
    let siblings = Object.keys(parent), lastKey = siblings.at(-1);
    if (lastKey === void 0)
      return refuse(`${parentPath.join(".")} is empty; add ${key} by hand.`);
    let located = this.locateField(manifest, [...parentPath, lastKey]);
    if ("refused" in located)
      return located;
    let { file, text, key: siblingKey, value: siblingValue } = located;
    for (let sibling of siblings)
      if (manifest.locate([...parentPath, sibling], "key")?.file !== file)
        return refuse(`${parentPath.join(".")} is assembled from several files; edit it by hand.`);
    let before = text[previousNonSpace(text, siblingKey.start)];
    if (before === "{" || before === ",") {
      let flowValue = typeof value == "string" ? value : `{${Object.entries(value).map(([name, text2]) => `${yamlKey(name)}: ${text2}`).join(", ")}}`;
      return {
        edits: [
          {
            file,
            start: siblingValue.end,
            end: siblingValue.end,
            text: `, ${yamlKey(key)}: ${flowValue}`
          }
        ]
      };
    }
    let lineStart = lineStartOf(text, siblingKey.start), prefix = text.slice(lineStart, siblingKey.start), indent = " ".repeat(prefix.length);
    if (!/^[ -]*$/.test(prefix))
      return refuse(`${parentPath.join(".")} is not laid out one field a line.`);
    let eol = lineEnding(text), lineEnd = lineEndOf(text, siblingValue.end);
    if (!/^[ \t]*(#.*)?$/.test(text.slice(siblingValue.end, lineEnd)))
      return refuse(`${parentPath.join(".")} is not laid out one field a line.`);
    let parentKey = manifest.locate(parentPath, "key"), parentColumn = parentKey && parentKey.file === file && !parentKey.approximate ? parentKey.start - lineStartOf(text, parentKey.start) : void 0, column = siblingKey.start - lineStart, step = parentColumn !== void 0 && column > parentColumn ? column - parentColumn : 2, inserted = typeof value == "string" ? `${eol}${indent}${yamlKey(key)}: ${value}` : `${eol}${indent}${yamlKey(key)}:${Object.entries(value).map(
      ([name, scalar]) => `${eol}${indent}${" ".repeat(step)}${yamlKey(name)}: ${scalar}`
    ).join("")}`;
    return { edits: [{ file, start: lineEnd, end: lineEnd, text: inserted }] };
  }
  /** The text of a field's value as written (to copy a quantity in its own spelling). */
  valueText(manifest, path) {
    let range = manifest.locate(path, "value");
    return range && !range.approximate ? range.file.text.slice(range.start, range.end) : void 0;
  }
};
function merge(results) {
  let edits = [];
  for (let result of results) {
    if ("refused" in result)
      return result;
    edits.push(...result.edits);
  }
  return { edits };
}
function toAutofix(result, sources) {
  return "refused" in result ? result : {
    edits: result.edits.map((edit) => {
      sources.has(edit.file.path) || sources.set(edit.file.path, {
        text: edit.file.text,
        ...edit.file.absolutePath !== void 0 ? { absolutePath: edit.file.absolutePath } : {}
      });
      let start = edit.file.position(edit.start), end = edit.file.position(edit.end);
      return {
        file: edit.file.path,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        start: edit.start,
        end: edit.end,
        text: edit.text
      };
    })
  };
}
function overlaps(a, b) {
  return a.file === b.file && (a.start === b.start || a.start < b.end && b.start < a.end);
}
function applyFixes(texts, findings) {
  let fixable = findings.flatMap((finding) => {
    let fix = finding.autofix;
    return fix && "edits" in fix && fix.edits.length > 0 ? [{ finding, edits: fix.edits }] : [];
  }).sort(
    (a, b) => compareText(a.edits[0]?.file ?? "", b.edits[0]?.file ?? "") || (a.edits[0]?.start ?? 0) - (b.edits[0]?.start ?? 0)
  ), accepted = [], applied = [], deferred = [];
  for (let { finding, edits } of fixable) {
    if (!edits.every((edit) => texts.has(edit.file)) || edits.some((edit) => accepted.some((other) => overlaps(edit, other)))) {
      deferred.push(finding);
      continue;
    }
    accepted.push(...edits), applied.push(finding);
  }
  let result = /* @__PURE__ */ new Map(), byFile = /* @__PURE__ */ new Map();
  for (let edit of accepted)
    byFile.set(edit.file, [...byFile.get(edit.file) ?? [], edit]);
  for (let [file, edits] of [...byFile].sort(([a], [b]) => compareText(a, b))) {
    let text = texts.get(file) ?? "";
    for (let edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end))
      text = `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`;
    text !== texts.get(file) && result.set(file, text);
  }
  return { texts: result, applied, deferred };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/lint/engine.ts
var IGNORE_ANNOTATION = "scaleplan.dev/ignore", PARSE_ERROR_RULE = "parse-error", FIXER = new Fixer(), EMPTY_MANIFESTS = Object.freeze([]);
async function prepareRules(rules, sets) {
  let manifests = sets.flatMap((set) => [...set.manifests, ...set.context ?? []]);
  await Promise.all(rules.map((rule) => rule.prepare?.(manifests)));
}
function lintSets(sets, options) {
  let resolver = new RuleSettingsResolver(options.config, options.cwd), enabled = options.rules.filter((rule) => resolver.isEnabledAnywhere(rule.id)), parseRule = options.rules.find((rule) => rule.id === PARSE_ERROR_RULE), findings = /* @__PURE__ */ new Map(), suppressed = /* @__PURE__ */ new Map(), files = /* @__PURE__ */ new Set(), objects = 0, skippedDocuments = 0, fixSources = /* @__PURE__ */ new Map();
  for (let loaded of sets) {
    loaded.files.forEach((file) => files.add(file.path)), objects += loaded.manifests.length, skippedDocuments += loaded.skippedDocuments;
    let context = new Set(loaded.context ?? []), set = new ManifestSet(
      context.size > 0 ? [...loaded.manifests, ...context] : loaded.manifests,
      options.settings.defaultNamespace,
      options.config.references
    ), visited = options.reportOn ? visitedManifests(set, options.reportOn) : void 0, pending = [];
    for (let rule of enabled)
      runRule(rule, set, visited, options, resolver, pending);
    for (let { rule, descriptor } of pending) {
      if (context.has(descriptor.manifest))
        continue;
      let finding = toFinding(rule, descriptor, resolver, fixSources);
      if (finding) {
        let key = findingKey(finding);
        (finding.suppression ? suppressed : findings).set(key, finding);
      }
    }
    if (parseRule && resolver.isEnabledAnywhere(PARSE_ERROR_RULE))
      for (let problem of loaded.problems) {
        let finding = problemFinding(parseRule, problem, resolver);
        finding && (finding.suppression ? suppressed : findings).set(findingKey(finding), finding);
      }
  }
  let result = summarize([...findings.values()], [...suppressed.values()], {
    files: files.size,
    objects,
    skippedDocuments
  });
  return fixSources.size > 0 ? { ...result, fixSources } : result;
}
function summarize(findings, suppressed, counts) {
  let sortedFindings = [...findings].sort(compareFindings), sortedSuppressed = [...suppressed].sort(compareFindings), count = (severity) => sortedFindings.filter((finding) => finding.severity === severity).length;
  return {
    findings: sortedFindings,
    suppressed: sortedSuppressed,
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      suppressed: sortedSuppressed.length,
      ...counts
    }
  };
}
function visitedManifests(set, reportOn) {
  let byKind = /* @__PURE__ */ new Map([["*", []]]), decided = /* @__PURE__ */ new Map();
  for (let manifest of set.manifests) {
    let accepted = manifest.locatesOutsideItsFile || decided.get(manifest.file);
    if (accepted === void 0 && (accepted = reportOn(manifest.file), decided.set(manifest.file, accepted)), accepted) {
      if (byKind.get("*")?.push(manifest), !set.isIndexed(manifest))
        continue;
      let list = byKind.get(manifest.kind);
      list ? list.push(manifest) : byKind.set(manifest.kind, [manifest]);
    }
  }
  return byKind;
}
function runRule(rule, set, visited, options, resolver, pending) {
  let optionsCache = /* @__PURE__ */ new Map(), sharedOptions = resolver.hasOverrides ? void 0 : { ...rule.meta.defaultOptions, ...resolver.forFile("")[rule.id]?.options }, optionsFor = (manifest) => {
    if (sharedOptions)
      return sharedOptions;
    let file = manifest.file.path, merged = optionsCache.get(file);
    if (merged === void 0) {
      let setting = resolver.forFile(file)[rule.id];
      merged = { ...rule.meta.defaultOptions, ...setting?.options }, optionsCache.set(file, merged);
    }
    return merged;
  }, visiting, visitors = rule.create({
    set,
    settings: options.settings,
    report: (descriptor) => {
      if (descriptor.manifest !== visiting)
        throw new Error(
          `Rule ${rule.id} reported on ${descriptor.manifest.toString()} while visiting ${visiting?.toString() ?? "nothing"}; a rule reports only on the object it visits.`
        );
      pending.push({ rule, descriptor });
    }
  });
  for (let [kind, visitor] of Object.entries(visitors)) {
    if (!visitor)
      continue;
    let manifests = visited ? visited.get(kind) ?? EMPTY_MANIFESTS : kind === "*" ? set.manifests : set.byKind(kind);
    for (let manifest of manifests)
      visiting = manifest, visitor(manifest, optionsFor(manifest));
  }
  visiting = void 0;
}
function severityFor(rule, file, resolver, reported) {
  let configured = resolver.forFile(file)[rule.id]?.severity;
  if (configured !== "off")
    return configured ?? reported ?? rule.meta.severity;
}
function annotationSuppression(manifest, ruleId) {
  let value = manifest.annotations[IGNORE_ANNOTATION];
  if (value === void 0)
    return;
  let [ids = "", justification] = value.split(/\s--\s?/, 2), rules = ids.split(/[\s,]+/).filter(Boolean);
  if (!(!rules.includes(ruleId) && !rules.includes("all") && !rules.includes("*")))
    return justification?.trim() ? { kind: "annotation", justification: justification.trim() } : { kind: "annotation" };
}
function commentSuppression(ruleId, places) {
  for (let { file, line } of places) {
    if (line === void 0)
      continue;
    let directive = directivesAbove(file, line).find(
      (candidate) => directiveCovers(candidate, ruleId)
    );
    if (directive)
      return directive.justification ? { kind: "comment", justification: directive.justification } : { kind: "comment" };
  }
}
function documentStart(manifest) {
  if (!manifest.file.mentionsIgnoreDirective)
    return;
  let root = manifest.locate([], "value");
  if (!root)
    return;
  if (manifest.basePath.length > 0)
    return manifest.file.position(root.start).line;
  let start = documentByOrdinal(manifest.file, manifest.documentOrdinal)?.contents?.range?.[0];
  return start === void 0 ? void 0 : manifest.file.position(start).line;
}
function toFinding(rule, descriptor, resolver, fixSources) {
  let { manifest } = descriptor, range = descriptor.range ?? manifest.locate(descriptor.path ?? ["metadata", "name"], descriptor.target ?? "value") ?? manifest.locate([], "value");
  if (!range)
    throw new Error(
      `Rule ${rule.id} reported on ${manifest.toString()}, which has no source location.`
    );
  if (range.file !== manifest.file && !manifest.locatesOutsideItsFile)
    throw new Error(
      `Rule ${rule.id} reported on ${manifest.toString()} at a range in ${range.file.path}, outside the object's file.`
    );
  let severity = severityFor(rule, range.file.path, resolver, descriptor.severity);
  if (!severity)
    return;
  let template = rule.meta.messages[descriptor.messageId];
  if (template === void 0)
    throw new Error(`Rule ${rule.id} reported unknown messageId "${descriptor.messageId}".`);
  let location = toLocation(range), finding = {
    ruleId: rule.id,
    messageId: descriptor.messageId,
    severity,
    message: formatMessage(rule.id, template, descriptor.data),
    ...location,
    object: manifest.ref
  };
  descriptor.related && descriptor.related.length > 0 && (finding.related = descriptor.related.map((related) => {
    let relatedRange = related.manifest.locate(
      related.path ?? ["metadata", "name"],
      related.target ?? "value"
    );
    if (!relatedRange)
      throw new Error(
        `Rule ${rule.id} pointed at ${related.manifest.toString()}, which has no source location.`
      );
    return {
      ...toLocation(relatedRange),
      message: related.message,
      object: related.manifest.ref
    };
  })), descriptor.fix && (finding.fix = descriptor.fix), descriptor.autofix && (finding.autofix = toAutofix(descriptor.autofix(FIXER), fixSources));
  let suppression = annotationSuppression(manifest, rule.id) ?? commentSuppression(rule.id, [
    { file: range.file, line: location.line },
    { file: manifest.file, line: documentStart(manifest) },
    ...range.file === manifest.file ? [] : [{ file: range.file, line: enclosingDocumentLine(range.file, range.start) }]
  ]);
  return suppression && (finding.suppression = suppression), finding;
}
function problemFinding(rule, problem, resolver) {
  let severity = severityFor(rule, problem.range.file.path, resolver, void 0);
  if (!severity)
    return;
  let messageId = problem.kind === "syntax" ? "syntax" : problem.kind === "kustomize-build" ? "kustomizeBuild" : "notAnObject", template = rule.meta.messages[messageId];
  if (template === void 0)
    throw new Error(`Rule ${rule.id} has no message "${messageId}".`);
  let location = toLocation(problem.range), finding = {
    ruleId: rule.id,
    messageId,
    severity,
    message: formatMessage(rule.id, template, { detail: problem.message }),
    ...location
  }, directive = directivesAbove(problem.range.file, location.line).find(
    (candidate) => directiveCovers(candidate, rule.id)
  );
  return directive && (finding.suppression = directive.justification ? { kind: "comment", justification: directive.justification } : { kind: "comment" }), finding;
}
function findingKey(finding) {
  return `${finding.file}\0${finding.line}\0${finding.column}\0${finding.ruleId}\0${finding.message}`;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compare(a.file, b.file) || compare(a.line, b.line) || compare(a.column, b.column) || compare(a.ruleId, b.ruleId) || compare(a.message, b.message);
}

export {
  ManifestSet,
  applyFixes,
  prepareRules,
  lintSets,
  summarize,
  compareFindings
};
