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
} from "./chunk-DGONFKDF.js";
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
  selectorMatches,
  toLocation
} from "./chunk-XA5SJ5KA.js";
import {
  formatMessage
} from "./chunk-7ZPS2RFJ.js";

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

// src/lint/engine.ts
var IGNORE_ANNOTATION = "scaleplan.dev/ignore", PARSE_ERROR_RULE = "parse-error", EMPTY_MANIFESTS = Object.freeze([]);
async function prepareRules(rules, sets) {
  let manifests = sets.flatMap((set) => [...set.manifests, ...set.context ?? []]);
  await Promise.all(rules.map((rule) => rule.prepare?.(manifests)));
}
function lintSets(sets, options) {
  let resolver = new RuleSettingsResolver(options.config, options.cwd), enabled = options.rules.filter((rule) => resolver.isEnabledAnywhere(rule.id)), parseRule = options.rules.find((rule) => rule.id === PARSE_ERROR_RULE), findings = /* @__PURE__ */ new Map(), suppressed = /* @__PURE__ */ new Map(), files = /* @__PURE__ */ new Set(), objects = 0, skippedDocuments = 0;
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
      let finding = toFinding(rule, descriptor, resolver);
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
  return summarize([...findings.values()], [...suppressed.values()], {
    files: files.size,
    objects,
    skippedDocuments
  });
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
function toFinding(rule, descriptor, resolver) {
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
  })), descriptor.fix && (finding.fix = descriptor.fix);
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
  prepareRules,
  lintSets,
  summarize,
  compareFindings
};
