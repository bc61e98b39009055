import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  DEFAULT_LIMITS,
  Manifest,
  ORIGIN_ANNOTATION,
  SourceCache,
  SourceFile,
  TRANSFORMATIONS_ANNOTATION,
  YAML_PARSE_OPTIONS,
  asArray,
  asObject,
  displayPath,
  documentByOrdinal,
  getPath,
  hasAnchor,
  isNullDocument,
  kustomizationFileIn,
  kustomizationNode,
  localReferences,
  parseOrigin,
  parseSelectorString,
  parseSourceFile,
  readKustomization,
  renderWithOrigins,
  require_dist,
  selectorMatches
} from "./chunk-E2Z7D3OS.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import {
  __toESM
} from "./chunk-VXV2MXR7.js";

// src/lint/load.ts
import fs3 from "node:fs";

// src/source/kustomize-prescan.ts
import fs from "node:fs";
import path from "node:path";
var MAX_DEPTH = 64, LISTED_YAML_FIELDS = [
  "patchesStrategicMerge",
  "crds",
  "generators",
  "transformers",
  "validators"
], PATH_ENTRY_FIELDS = ["patches", "patchesJson6902", "replacements"];
function prescanKustomization(directory, sources, budget, cwd) {
  let problems = [], visitedDirectories = /* @__PURE__ */ new Set(), checkedFiles = /* @__PURE__ */ new Set(), checkFile = (listed) => {
    let real, stat;
    try {
      real = fs.realpathSync(listed.absolutePath), stat = fs.statSync(real);
    } catch {
      return;
    }
    if (checkedFiles.has(real))
      return;
    checkedFiles.add(real);
    let shown = displayPath(cwd, listed.absolutePath);
    if (!stat.isFile()) {
      problems.push(
        entryProblem(
          listed,
          `${shown} is not a regular file (a FIFO, a device or a socket); Kustomize would read it without end, so the directory is not built.`
        )
      );
      return;
    }
    if (budget.admitFile(shown, stat.size), !listed.yaml)
      return;
    let file = sources.file(listed.absolutePath);
    if (!file)
      return;
    if (!hasAnchor(file.text)) {
      budget.admitDocuments(shown, documentCount(file.text));
      return;
    }
    let parsed = parseSourceFile(file);
    budget.admitDocuments(shown, Math.max(parsed.documents.length, 1));
    let bomb = parsed.problems.find((problem) => problem.code === "ALIAS_COUNT");
    bomb && problems.push({
      file,
      start: bomb.start,
      end: bomb.end,
      message: `${bomb.message} Kustomize would expand it without a bound, so the directory is not built.`
    });
  }, visit = (kustomizationDirectory, depth) => {
    let real;
    try {
      real = fs.realpathSync(kustomizationDirectory);
    } catch {
      return;
    }
    if (visitedDirectories.has(real) || depth > MAX_DEPTH)
      return;
    visitedDirectories.add(real);
    let kustomization = readKustomization(kustomizationDirectory, sources);
    if (kustomization) {
      kustomization.file.absolutePath !== void 0 && budget.admitFile(
        displayPath(cwd, kustomization.file.absolutePath),
        Buffer.byteLength(kustomization.file.text)
      );
      for (let reference of localReferences(kustomization))
        reference.isDirectory ? visit(reference.absolutePath, depth + 1) : checkFile({
          absolutePath: reference.absolutePath,
          yaml: !0,
          kustomization,
          entry: [reference.field, reference.index]
        });
      for (let listed of listedFiles(kustomization))
        isDirectory(listed.absolutePath) ? visit(listed.absolutePath, depth + 1) : checkFile(listed);
    }
  };
  return visit(directory, 0), problems;
}
function listedFiles(kustomization) {
  let fields = kustomization.fields, listed = [], add = (value, yaml, entry) => {
    typeof value != "string" || value.trim() === "" || value.includes(`
`) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) || listed.push({
      absolutePath: path.resolve(kustomization.directory, value.trim()),
      yaml,
      kustomization,
      entry
    });
  };
  for (let field of LISTED_YAML_FIELDS) {
    let entries = fields[field];
    Array.isArray(entries) && entries.forEach((entry, index) => add(entry, !0, [field, index]));
  }
  for (let field of PATH_ENTRY_FIELDS) {
    let entries = fields[field];
    Array.isArray(entries) && entries.forEach((entry, index) => {
      isRecord(entry) && add(entry.path, !0, [field, index, "path"]);
    });
  }
  for (let field of ["configMapGenerator", "secretGenerator"]) {
    let generators = fields[field];
    Array.isArray(generators) && generators.forEach((generator, index) => {
      if (isRecord(generator)) {
        for (let key of ["files", "envs"]) {
          let values = generator[key];
          Array.isArray(values) && values.forEach((value, position) => {
            let file = key === "files" && typeof value == "string" && value.includes("=") ? value.slice(value.indexOf("=") + 1) : value;
            add(file, !1, [field, index, key, position]);
          });
        }
        add(generator.env, !1, [field, index, "env"]);
      }
    });
  }
  let openapi = fields.openapi;
  return isRecord(openapi) && add(openapi.path, !0, ["openapi", "path"]), listed;
}
function entryProblem(listed, message) {
  let file = listed.kustomization.file, node = kustomizationNode(listed.kustomization, listed.entry), [start, end] = node?.range ?? [0, Math.max(file.text.indexOf(`
`), 0)];
  return { file, start, end, message };
}
function isDirectory(absolutePath) {
  try {
    return fs.statSync(absolutePath).isDirectory();
  } catch {
    return !1;
  }
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function documentCount(text) {
  let count = 1, separator = /^---(?:[ \t]|$)/gm;
  for (; separator.exec(text); )
    count++;
  return count;
}

// src/lint/kustomize-source-map.ts
var import_yaml = __toESM(require_dist(), 1);
import fs2 from "node:fs";
import path2 from "node:path";
function isNode(value) {
  return typeof value == "object" && value !== null && "range" in value;
}
function rangeOf(positioned, node) {
  if (positioned.fallback)
    return { ...positioned.fallback, approximate: !0 };
  let [start, end] = node.range ?? [0, 0];
  return {
    file: positioned.file,
    start: start + positioned.shift,
    end: Math.max(end, start + 1) + positioned.shift
  };
}
function nodeValue(positioned, node) {
  if ((0, import_yaml.isScalar)(node))
    return node.value;
  try {
    return node.toJS(positioned.document, { maxAliasCount: 1e3 });
  } catch {
    return;
  }
}
var MERGE_KEYS = [
  "name",
  "containerPort",
  "mountPath",
  "devicePath",
  "port",
  "ip",
  "topologyKey"
];
function matchListItem(sequence, renderedItem, index) {
  let object = asObject(renderedItem);
  if (object)
    for (let key of MERGE_KEYS) {
      let wanted = object[key];
      if (typeof wanted != "string" && typeof wanted != "number")
        continue;
      let keyed = sequence.items.filter((item2) => (0, import_yaml.isMap)(item2) && item2.has(key));
      if (keyed.length !== 0)
        return keyed.find((item2) => String(item2.get(key)) === String(wanted));
    }
  let item = sequence.items[index];
  return isNode(item) ? item : void 0;
}
function descend(positioned, start, path3, rendered, renderedPrefix) {
  let reached = { node: start, depth: 0 };
  for (let index = 0; index < path3.length; index++) {
    let segment = path3[index], node = reached.node;
    if ((0, import_yaml.isAlias)(node) && (node = node.resolve(positioned.document) ?? void 0), (0, import_yaml.isMap)(node)) {
      let pair = node.items.find(
        (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment)
      );
      if (!pair || !isNode(pair.key))
        return reached;
      reached = {
        node: isNode(pair.value) ? pair.value : pair.key,
        key: pair.key,
        depth: index + 1
      };
    } else if ((0, import_yaml.isSeq)(node) && typeof segment == "number") {
      let list = asArray(getPath(rendered, [...renderedPrefix, ...path3.slice(0, index)])), item = matchListItem(node, list[segment], segment);
      if (!item)
        return reached;
      reached = { node: item, depth: index + 1 };
    } else
      return reached;
  }
  return reached;
}
function anchorOf(reached) {
  if (reached.key)
    return reached.key;
  if ((0, import_yaml.isMap)(reached.node)) {
    let pairs = reached.node.items.filter(import_yaml.isPair), preferred = pairs.find((pair) => (0, import_yaml.isScalar)(pair.key) && pair.key.value === "name") ?? pairs[0];
    if (preferred && isNode(preferred.key))
      return preferred.key;
  }
  return reached.node;
}
function spellIn(positioned, start, path3, target, rendered, renderedPrefix = [], depthOffset = 0) {
  let reached = descend(positioned, start, path3, rendered, renderedPrefix);
  if (reached.depth === path3.length) {
    let node = target === "key" && reached.key ? reached.key : reached.node;
    return {
      depth: depthOffset + reached.depth,
      range: rangeOf(positioned, node),
      value: nodeValue(positioned, reached.node)
    };
  }
  return { depth: depthOffset + reached.depth, range: rangeOf(positioned, anchorOf(reached)) };
}
function pairIn(node, key) {
  if (!(0, import_yaml.isMap)(node))
    return;
  let pair = node.items.find(
    (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === key
  );
  if (!(!pair || !isNode(pair.key)))
    return { key: pair.key, value: isNode(pair.value) ? pair.value : pair.key };
}
function stringMap(value) {
  let result = {};
  for (let [key, entry] of Object.entries(asObject(value) ?? {}))
    (typeof entry == "string" || typeof entry == "number" || typeof entry == "boolean") && (result[key] = String(entry));
  return result;
}
function splitApiVersion(apiVersion) {
  let text = typeof apiVersion == "string" ? apiVersion : "", slash = text.indexOf("/");
  return slash === -1 ? { group: "", version: text } : { group: text.slice(0, slash), version: text.slice(slash + 1) };
}
function anchored(pattern) {
  if (!(typeof pattern != "string" || pattern === ""))
    try {
      return new RegExp(`^(?:${pattern})$`);
    } catch {
      return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    }
}
function readSelector(value) {
  let object = asObject(value);
  if (!object)
    return;
  let selector = {};
  for (let field of ["group", "version", "kind"])
    typeof object[field] == "string" && object[field] !== "" && (selector[field] = object[field]);
  let name = anchored(object.name);
  name && (selector.name = name);
  let namespace = anchored(object.namespace);
  namespace && (selector.namespace = namespace);
  for (let field of ["labelSelector", "annotationSelector"])
    if (typeof object[field] == "string") {
      let parsed = parseSelectorString(object[field]);
      "selector" in parsed && (selector[field] = parsed.selector);
    }
  return selector;
}
function selects(selector, identity) {
  if (selector.kind !== void 0 && selector.kind !== identity.kind || selector.group !== void 0 && selector.group !== identity.group || selector.version !== void 0 && selector.version !== identity.version)
    return !1;
  let { name, namespace, labelSelector, annotationSelector } = selector;
  return !(name && !identity.names.some((candidate) => name.test(candidate)) || namespace && !identity.namespaces.some((candidate) => namespace.test(candidate)) || labelSelector && !selectorMatches(labelSelector, identity.labels) || annotationSelector && !selectorMatches(annotationSelector, identity.annotations));
}
var DocumentWriter = class {
  constructor(positioned, root) {
    this.positioned = positioned;
    this.root = root;
  }
  positioned;
  root;
  kind = void 0;
  appliesTo() {
    return !0;
  }
  spell(path3, target, rendered) {
    return spellIn(this.positioned, this.root, path3, target, rendered);
  }
}, StrategicMergeWriter = class {
  constructor(positioned, value, target) {
    this.positioned = positioned;
    this.target = target;
    this.patchKind = typeof value.kind == "string" ? value.kind : void 0, this.patchGroup = typeof value.apiVersion == "string" ? splitApiVersion(value.apiVersion).group : void 0;
    let metadata = asObject(value.metadata);
    this.patchName = typeof metadata?.name == "string" ? metadata.name : void 0, this.patchNamespace = typeof metadata?.namespace == "string" ? metadata.namespace : void 0, this.kind = target ? target.kind : this.patchKind;
  }
  positioned;
  target;
  kind;
  patchKind;
  patchGroup;
  patchName;
  patchNamespace;
  appliesTo(identity) {
    return this.target ? selects(this.target, identity) : this.patchKind === identity.kind && (this.patchGroup === void 0 || this.patchGroup === identity.group) && this.patchName !== void 0 && identity.names.includes(this.patchName) && (this.patchNamespace === void 0 || identity.namespaces.includes(this.patchNamespace));
  }
  spell(path3, target, rendered) {
    let root = this.positioned.document.contents;
    if (!(!root || isIdentityField(path3)))
      return spellIn(this.positioned, root, path3, target, rendered);
  }
};
function isIdentityField(path3) {
  return path3.length === 1 && (path3[0] === "apiVersion" || path3[0] === "kind") || path3.length === 2 && path3[0] === "metadata" && (path3[1] === "name" || path3[1] === "namespace");
}
function pointerCovers(pointer, path3, rendered) {
  if (pointer !== "" && !pointer.startsWith("/"))
    return;
  let segments = pointer === "" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (!(segments.length > path3.length)) {
    for (let index = 0; index < segments.length; index++) {
      let segment = segments[index], wanted = path3[index];
      if (typeof wanted == "number") {
        if (segment === "-") {
          let list = asArray(getPath(rendered, path3.slice(0, index)));
          if (wanted !== list.length - 1)
            return;
        } else if (segment !== String(wanted))
          return;
      } else if (segment !== wanted)
        return;
    }
    return { length: segments.length };
  }
}
var JsonPatchWriter = class {
  constructor(positioned, operations, target) {
    this.positioned = positioned;
    this.operations = operations;
    this.target = target;
    this.kind = target.kind;
  }
  positioned;
  operations;
  target;
  kind;
  appliesTo(identity) {
    return selects(this.target, identity);
  }
  spell(path3, target, rendered) {
    let best;
    for (let item of [...this.operations.items].reverse()) {
      if (!(0, import_yaml.isMap)(item))
        continue;
      let op = item.get("op"), pointer = pairIn(item, "path");
      if (typeof op != "string" || !pointer || !(0, import_yaml.isScalar)(pointer.value))
        continue;
      let covered = pointerCovers(String(pointer.value.value), path3, rendered);
      if (!covered)
        continue;
      if (op === "copy" || op === "move") {
        if (covered.length === path3.length || !best)
          return {
            depth: path3.length,
            range: rangeOf(this.positioned, pointer.value),
            opaque: !0
          };
        continue;
      }
      if (op !== "add" && op !== "replace")
        continue;
      let value = pairIn(item, "value");
      if (!value)
        continue;
      let inner = path3.slice(covered.length);
      if (inner.length === 0) {
        let node = target === "key" ? pointer.value : value.value;
        return {
          depth: path3.length,
          range: rangeOf(this.positioned, node),
          value: nodeValue(this.positioned, value.value)
        };
      }
      let spelled = spellIn(
        this.positioned,
        value.value,
        inner,
        target,
        rendered,
        path3.slice(0, covered.length),
        covered.length
      );
      if (spelled.depth === path3.length)
        return spelled;
      (!best || spelled.depth > best.depth) && (best = spelled);
    }
    return best;
  }
}, REPLICA_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "ReplicationController", "StatefulSet"]), ReplicasWriter = class {
  constructor(positioned, name, count) {
    this.positioned = positioned;
    this.name = name;
    this.count = count;
  }
  positioned;
  name;
  count;
  kind = void 0;
  appliesTo(identity) {
    return REPLICA_KINDS.has(identity.kind) && identity.names.includes(this.name);
  }
  spell(path3, target) {
    if (!(path3.length !== 2 || path3[0] !== "spec" || path3[1] !== "replicas"))
      return {
        depth: 2,
        range: rangeOf(this.positioned, target === "key" ? this.count.key : this.count.value),
        value: nodeValue(this.positioned, this.count.value)
      };
  }
}, IMAGE_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers"]);
function splitImage(image) {
  let at = image.indexOf("@"), digest = at === -1 ? void 0 : image.slice(at + 1), rest = at === -1 ? image : image.slice(0, at), colon = rest.lastIndexOf(":"), hasTag = colon > rest.lastIndexOf("/"), result = {
    name: hasTag ? rest.slice(0, colon) : rest
  };
  return hasTag && (result.tag = rest.slice(colon + 1)), digest !== void 0 && (result.digest = digest), result;
}
var ImagesWriter = class {
  constructor(positioned, entry, node) {
    this.positioned = positioned;
    this.entry = entry;
    this.node = node;
  }
  positioned;
  entry;
  node;
  kind = void 0;
  appliesTo() {
    return !0;
  }
  spell(path3, target, rendered) {
    let list = path3[path3.length - 3];
    if (path3[path3.length - 1] !== "image" || typeof path3[path3.length - 2] != "number" || typeof list != "string" || !IMAGE_LISTS.has(list))
      return;
    let image = getPath(rendered, path3);
    if (typeof image != "string")
      return;
    let { name, newName, newTag, digest } = this.entry, parts = splitImage(image), expectedName = typeof newName == "string" ? newName : name;
    if (parts.name !== expectedName || newTag !== void 0 && parts.tag !== String(newTag) || digest !== void 0 && parts.digest !== String(digest))
      return;
    let field = newTag !== void 0 && pairIn(this.node, "newTag") || digest !== void 0 && pairIn(this.node, "digest") || newName !== void 0 && pairIn(this.node, "newName") || void 0;
    if (field)
      return {
        depth: path3.length,
        range: rangeOf(this.positioned, target === "key" ? field.key : field.value),
        value: image
      };
  }
}, GENERATOR_FIELDS = {
  ConfigMapGenerator: { field: "configMapGenerator", kind: "ConfigMap" },
  SecretGenerator: { field: "secretGenerator", kind: "Secret" }
}, GeneratorWriter = class {
  constructor(positioned, entry, node) {
    this.positioned = positioned;
    this.entry = entry;
    this.node = node;
  }
  positioned;
  entry;
  node;
  kind = void 0;
  appliesTo() {
    return !0;
  }
  spell(path3, target, rendered) {
    let name = pairIn(this.node, "name"), anchor = name?.value ?? this.node;
    if (path3.length === 2 && path3[0] === "metadata" && path3[1] === "name" && name)
      return {
        depth: 2,
        range: rangeOf(this.positioned, target === "key" ? name.key : name.value),
        value: this.entry.name
      };
    let key = path3[1];
    if (path3.length === 2 && typeof key == "string" && (path3[0] === "data" || path3[0] === "binaryData")) {
      let literals = pairIn(this.node, "literals")?.value;
      if ((0, import_yaml.isSeq)(literals)) {
        for (let literal of literals.items)
          if ((0, import_yaml.isScalar)(literal) && String(literal.value).startsWith(`${key}=`))
            return {
              depth: 2,
              range: rangeOf(this.positioned, literal),
              value: getPath(rendered, path3)
            };
      }
      for (let field of ["files", "envs", "env"]) {
        let files = pairIn(this.node, field)?.value, items = (0, import_yaml.isSeq)(files) ? files.items : (0, import_yaml.isScalar)(files) ? [files] : [];
        for (let file of items) {
          if (!(0, import_yaml.isScalar)(file))
            continue;
          let text = String(file.value);
          if (text.startsWith(`${key}=`) || text.split("/").pop() === key)
            return { depth: 2, range: rangeOf(this.positioned, file), opaque: !0 };
        }
      }
    }
    return { depth: 0, range: rangeOf(this.positioned, anchor) };
  }
};
function writersForKind(level, kind) {
  let writers = level.byKind.get(kind);
  return writers || (writers = level.writers.filter((writer) => writer.kind === void 0 || writer.kind === kind), level.byKind.set(kind, writers)), writers;
}
function rename(name, chain, from) {
  let result = name;
  for (let index = from; index < chain.length; index++) {
    let level = chain[index];
    result = `${level.prefix}${result}${level.suffix}`;
  }
  return result;
}
function sameName(rendered, renamed) {
  return rendered === renamed || rendered.startsWith(`${renamed}-`) && /^[a-z0-9]{10}$/.test(rendered.slice(renamed.length + 1));
}
function sameScalar(rendered, spelled, chain, level) {
  return spelled == null || typeof spelled == "object" ? rendered === spelled : String(rendered) === String(spelled) ? !0 : typeof rendered == "string" && typeof spelled == "string" && sameName(rendered, rename(spelled, chain, level));
}
var KustomizeSourceMap = class _KustomizeSourceMap {
  constructor(sources) {
    this.sources = sources;
  }
  sources;
  nodes = /* @__PURE__ */ new Map();
  /** Real path of a resource file → the chains that include it. */
  fileChains = /* @__PURE__ */ new Map();
  /** Real path of a kustomization file → the chains starting at its level. */
  nodeChains = /* @__PURE__ */ new Map();
  levels = /* @__PURE__ */ new Map();
  /** Reads the kustomization of `directory` and everything it builds from. */
  static build(directory, sources) {
    let map = new _KustomizeSourceMap(sources);
    return map.visit(directory, [], /* @__PURE__ */ new Set()), map;
  }
  /** The source files the map read (kustomizations, patches, resources). */
  get files() {
    let files = [];
    for (let node of this.nodes.values())
      node && files.push(node.kustomization.file);
    return files;
  }
  node(directory) {
    let real = realPath(directory);
    if (!this.nodes.has(real)) {
      this.nodes.set(real, null);
      let kustomization = readKustomization(directory, this.sources);
      this.nodes.set(real, kustomization ? this.readNode(kustomization) : null);
    }
    return this.nodes.get(real) ?? void 0;
  }
  level(node) {
    let level = this.levels.get(node);
    if (!level) {
      let components = flattenComponents(node);
      level = {
        node,
        writers: [...components.flatMap((component) => component.writers), ...node.writers],
        prefix: `${node.prefix}${components.map((component) => component.prefix).reverse().join("")}`,
        suffix: `${components.map((component) => component.suffix).join("")}${node.suffix}`,
        byKind: /* @__PURE__ */ new Map()
      }, this.levels.set(node, level);
    }
    return level;
  }
  visit(directory, outer, stack) {
    let real = realPath(directory), node = this.node(directory);
    if (!node || stack.has(real) || stack.size > 64)
      return;
    stack.add(real);
    let chain = [this.level(node), ...outer];
    for (let member of [node, ...flattenComponents(node)]) {
      push(this.nodeChains, realPath(member.kustomization.file.absolutePath ?? ""), chain);
      for (let reference of localReferences(member.kustomization))
        reference.field !== "components" && (reference.isDirectory ? this.visit(reference.absolutePath, chain, stack) : push(this.fileChains, realPath(reference.absolutePath), chain));
    }
    stack.delete(real);
  }
  readNode(kustomization) {
    let document = kustomization.document, positioned = document ? { file: kustomization.file, document, shift: 0 } : void 0, fields = kustomization.fields, node = {
      kustomization,
      positioned,
      prefix: typeof fields.namePrefix == "string" ? fields.namePrefix : "",
      suffix: typeof fields.nameSuffix == "string" ? fields.nameSuffix : "",
      writers: positioned ? this.readWriters(kustomization, positioned) : [],
      components: []
    };
    for (let reference of localReferences(kustomization))
      if (reference.field === "components" && reference.isDirectory) {
        let component = this.node(reference.absolutePath);
        component && node.components.push(component);
      }
    return node;
  }
  /** Patches, replicas and images of a kustomization, in Kustomize's order of application. */
  readWriters(kustomization, positioned) {
    let fields = kustomization.fields, writers = [];
    return asArray(fields.patchesStrategicMerge).forEach((entry, index) => {
      if (typeof entry != "string")
        return;
      let node = kustomizationNode(kustomization, ["patchesStrategicMerge", index]), file = patchFile(kustomization, entry), documents = file ? this.fileDocuments(file) : inlineDocuments(kustomization, node, entry);
      writers.push(...patchWriters(documents, void 0));
    }), asArray(fields.patches).forEach((entry, index) => {
      writers.push(...this.patchEntryWriters(kustomization, "patches", index, entry));
    }), asArray(fields.patchesJson6902).forEach((entry, index) => {
      writers.push(...this.patchEntryWriters(kustomization, "patchesJson6902", index, entry));
    }), asArray(fields.replicas).forEach((entry, index) => {
      let name = asObject(entry)?.name, count = pairIn(kustomizationNode(kustomization, ["replicas", index]), "count");
      typeof name == "string" && count && writers.push(new ReplicasWriter(positioned, name, count));
    }), asArray(fields.images).forEach((entry, index) => {
      let object = asObject(entry), node = kustomizationNode(kustomization, ["images", index]);
      object && typeof object.name == "string" && node && writers.push(new ImagesWriter(positioned, object, node));
    }), writers;
  }
  patchEntryWriters(kustomization, field, index, entry) {
    let object = asObject(entry);
    if (!object)
      return [];
    let target = readSelector(object.target), documents = [];
    if (typeof object.path == "string") {
      let file = patchFile(kustomization, object.path);
      documents = file ? this.fileDocuments(file) : [];
    } else if (typeof object.patch == "string") {
      let node = kustomizationNode(kustomization, [field, index, "patch"]);
      documents = inlineDocuments(kustomization, node, object.patch);
    }
    return patchWriters(documents, target);
  }
  fileDocuments(absolutePath) {
    let file = this.sources.file(absolutePath);
    return file ? file.yaml().documents.filter((document) => document.errors.length === 0 && !isNullDocument(document)).map((document) => ({ file, document, shift: 0 })) : [];
  }
  /**
   * Finds the base of a rendered object (the document of its origin file, or its generator
   * entry) and returns the locator for its fields; undefined when the origin is unknown.
   */
  locatorFor(object, origin) {
    let resolved = this.resolve(object, origin);
    if (!resolved)
      return;
    let writers, applicable = () => (writers ??= this.applicableWriters(object, resolved), writers);
    return {
      file: resolved.file,
      ordinal: resolved.ordinal,
      locate: (path3, target) => locateField(object, path3, target, applicable(), resolved.chain)
    };
  }
  resolve(object, origin) {
    let kind = typeof object.kind == "string" ? object.kind : "", renderedName = String(asObject(object.metadata)?.name ?? "");
    if (origin?.file) {
      let file = this.sources.file(origin.file);
      if (!file)
        return;
      let ofKind = this.candidates(origin.file, kind), sameVersion = ofKind.filter((entry) => entry.apiVersion === object.apiVersion), candidates = sameVersion.length > 0 ? sameVersion : ofKind, chains = this.fileChains.get(realPath(origin.file)) ?? [[]], match;
      for (let chain2 of chains) {
        let candidate2 = candidates.find(
          (entry) => sameName(renderedName, rename(entry.name, chain2, 0))
        );
        if (candidate2) {
          match = { candidate: candidate2, chain: chain2 };
          break;
        }
      }
      if (!match) {
        let candidate2 = closestByName(candidates, renderedName);
        if (!candidate2)
          return;
        match = { candidate: candidate2, chain: chains[0] ?? [] };
      }
      let { candidate, chain } = match;
      return {
        file,
        ordinal: candidate.ordinal,
        chain,
        name: candidate.name,
        namespace: candidate.namespace,
        base: () => {
          let document = documentByOrdinal(file, candidate.ordinal);
          if (!document?.contents)
            return;
          let positioned = { file, document, shift: 0 }, root = candidate.basePath.length ? document.getIn(candidate.basePath, !0) : document.contents;
          return root ? new DocumentWriter(positioned, root) : void 0;
        }
      };
    }
    let generator = origin?.generator ? GENERATOR_FIELDS[origin.generator] : void 0;
    if (origin?.configuredIn && generator && generator.kind === kind)
      return this.resolveGenerated(origin.configuredIn, generator.field, renderedName);
  }
  resolveGenerated(kustomizationFile, field, renderedName) {
    let node = this.node(path2.dirname(kustomizationFile)), positioned = node?.positioned;
    if (!node || !positioned)
      return;
    let chains = this.nodeChains.get(realPath(kustomizationFile)) ?? [[this.level(node)]], entries = asArray(node.kustomization.fields[field]);
    for (let chain of chains)
      for (let index = 0; index < entries.length; index++) {
        let entry = asObject(entries[index]), entryNode = kustomizationNode(node.kustomization, [field, index]);
        if (entry && entryNode && typeof entry.name == "string" && sameName(renderedName, rename(entry.name, chain, 0)))
          return {
            file: node.kustomization.file,
            ordinal: 0,
            chain,
            name: entry.name,
            namespace: typeof entry.namespace == "string" ? entry.namespace : void 0,
            base: () => new GeneratorWriter(positioned, entry, entryNode)
          };
      }
    let fieldNode = kustomizationNode(node.kustomization, [field]);
    return {
      file: node.kustomization.file,
      ordinal: 0,
      chain: chains[0] ?? [],
      name: renderedName,
      namespace: void 0,
      base: () => fieldNode ? new GeneratorWriter(positioned, {}, fieldNode) : void 0
    };
  }
  /** Objects of a kind in a file, List items included. */
  candidates(file, kind) {
    let candidates = [];
    for (let document of this.sources.documents(file)) {
      let value = asObject(document.value);
      value && (value.kind === kind ? candidates.push({
        ordinal: document.ordinal,
        basePath: [],
        name: nameOf(value),
        namespace: namespaceOf(value),
        apiVersion: value.apiVersion
      }) : typeof value.kind == "string" && value.kind.endsWith("List") && asArray(value.items).forEach((item, index) => {
        let itemObject = asObject(item);
        itemObject?.kind === kind && candidates.push({
          ordinal: document.ordinal,
          basePath: ["items", index],
          name: nameOf(itemObject),
          namespace: namespaceOf(itemObject),
          apiVersion: itemObject.apiVersion
        });
      }));
    }
    return candidates;
  }
  /** The base, then every writer that applies, in the order Kustomize applied them. */
  applicableWriters(object, resolved) {
    let result = [], base = resolved.base();
    base && result.push({ writer: base, level: 0 });
    let kind = typeof object.kind == "string" ? object.kind : "", { group, version } = splitApiVersion(object.apiVersion), metadata = asObject(object.metadata), renderedName = typeof metadata?.name == "string" ? metadata.name : "", names = [resolved.name], namespaces = [
      ...new Set(
        [resolved.namespace, metadata?.namespace].filter(
          (namespace) => typeof namespace == "string"
        )
      )
    ];
    return resolved.chain.forEach((level, index) => {
      names.push(`${level.prefix}${names[index] ?? ""}${level.suffix}`);
      let identity = {
        group,
        version,
        kind,
        names: [.../* @__PURE__ */ new Set([...names, renderedName])],
        namespaces,
        labels: stringMap(metadata?.labels),
        annotations: stringMap(metadata?.annotations)
      };
      for (let writer of writersForKind(level, kind))
        writer.appliesTo(identity) && result.push({ writer, level: index });
    }), result;
  }
};
function nameOf(object) {
  let name = asObject(object.metadata)?.name;
  return typeof name == "string" ? name : "";
}
function namespaceOf(object) {
  let namespace = asObject(object.metadata)?.namespace;
  return typeof namespace == "string" ? namespace : void 0;
}
function closestByName(candidates, renderedName) {
  let best;
  for (let candidate of candidates) {
    if (candidate.name === renderedName)
      return candidate;
    renderedName.includes(candidate.name) && candidate.name.length > (best?.name.length ?? -1) && (best = candidate);
  }
  return best ?? candidates[0];
}
function locateField(object, path3, target, writers, chain) {
  let rendered = getPath(object, path3), isContainer = typeof rendered == "object" && rendered !== null, mismatch, nearest;
  for (let index = writers.length - 1; index >= 0; index--) {
    let { writer, level } = writers[index], spelling = writer.spell(path3, target, object);
    if (!spelling)
      continue;
    if (spelling.depth === path3.length && rendered !== void 0) {
      if (spelling.opaque)
        return { ...spelling.range, approximate: !0 };
      if (isContainer || sameScalar(rendered, spelling.value, chain, level))
        return spelling.range;
      mismatch ??= spelling.range;
      continue;
    }
    let depth = Math.min(spelling.depth, path3.length - 1);
    (!nearest || depth >= nearest.depth) && (nearest = { ...spelling, depth });
  }
  return mismatch ? { ...mismatch, approximate: !0 } : nearest ? { ...nearest.range, approximate: !0 } : void 0;
}
function flattenComponents(node, seen = /* @__PURE__ */ new Set()) {
  let result = [];
  for (let component of node.components)
    seen.has(component) || (seen.add(component), result.push(...flattenComponents(component, seen), component));
  return result;
}
function patchWriters(documents, target) {
  let writers = [];
  for (let positioned of documents) {
    let contents = positioned.document.contents;
    if ((0, import_yaml.isSeq)(contents)) {
      target && writers.push(new JsonPatchWriter(positioned, contents, target));
      continue;
    }
    let value;
    try {
      value = positioned.document.toJS({ maxAliasCount: 1e3 });
    } catch {
      continue;
    }
    let object = asObject(value);
    object && writers.push(new StrategicMergeWriter(positioned, object, target));
  }
  return writers;
}
function patchFile(kustomization, entry) {
  if (entry.includes(`
`))
    return;
  let candidate = path2.resolve(kustomization.directory, entry.trim());
  try {
    return fs2.statSync(candidate).isFile() ? candidate : void 0;
  } catch {
    return;
  }
}
function inlineDocuments(kustomization, node, text) {
  let file = kustomization.file;
  if ((0, import_yaml.isScalar)(node) && node.type === "BLOCK_LITERAL" && node.range) {
    let source = file.text, headerEnd = source.indexOf(`
`, node.range[0]), contentStart = headerEnd === -1 ? node.range[1] : headerEnd + 1, contentEnd = node.range[1], lines = source.slice(contentStart, contentEnd).split(`
`), indent = Math.min(
      ...lines.filter((line) => line.trim() !== "").map((line) => /^ */.exec(line)?.[0].length ?? 0)
    );
    if (Number.isFinite(indent)) {
      let shadow = source.slice(0, contentStart).replace(/[^\n]/g, " ") + lines.map((line) => {
        let carriage = line.endsWith("\r") ? "\r" : "", body = carriage ? line.slice(0, -1) : line;
        return body.trim() === "" ? " ".repeat(body.length) + carriage : body.slice(indent) + " ".repeat(indent) + carriage;
      }).join(`
`) + source.slice(contentEnd).replace(/[^\n]/g, " "), parsed2 = (0, import_yaml.parseAllDocuments)(shadow, YAML_PARSE_OPTIONS);
      return (Array.isArray(parsed2) ? parsed2 : []).filter((document) => document.errors.length === 0 && !isNullDocument(document)).map((document) => ({ file, document, shift: indent }));
    }
  }
  let fallbackNode = node ?? kustomization.document?.contents ?? void 0, [start, end] = fallbackNode?.range ?? [0, 1], fallback = { file, start, end: Math.max(end, start + 1) }, parsed = (0, import_yaml.parseAllDocuments)(text, YAML_PARSE_OPTIONS);
  return (Array.isArray(parsed) ? parsed : []).filter((document) => document.errors.length === 0 && !isNullDocument(document)).map((document) => ({ file, document, shift: 0, fallback }));
}
function realPath(file) {
  try {
    return fs2.realpathSync(file);
  } catch {
    return path2.resolve(file);
  }
}
function push(map, key, value) {
  let list = map.get(key);
  list ? list.push(value) : map.set(key, [value]);
}

// src/lint/load.ts
var InputBudget = class {
  bytes = 0;
  documents = 0;
  limits;
  constructor(limits = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }
  addFile(shownPath, size) {
    if (size > this.limits.maxFileBytes)
      throw new ScaleplanError(
        "INPUT_TOO_LARGE",
        `${shownPath} is ${formatBytes(size)}, above the limit of ${formatBytes(this.limits.maxFileBytes)} per file; raise limits.maxFileBytes in .scaleplan.yaml if it really is a manifest.`,
        { file: shownPath }
      );
    if (this.bytes += size, this.bytes > this.limits.maxTotalBytes)
      throw new ScaleplanError(
        "INPUT_TOO_LARGE",
        `The input is larger than ${formatBytes(this.limits.maxTotalBytes)} in all (reached at ${shownPath}); lint fewer paths or raise limits.maxTotalBytes in .scaleplan.yaml.`,
        { file: shownPath }
      );
  }
  addDocuments(shownPath, count) {
    if (this.documents += count, this.documents > this.limits.maxDocuments)
      throw new ScaleplanError(
        "INPUT_TOO_LARGE",
        `The input holds more than ${this.limits.maxDocuments.toLocaleString("en")} YAML documents (reached at ${shownPath}); lint fewer paths or raise limits.maxDocuments in .scaleplan.yaml.`,
        { file: shownPath }
      );
  }
};
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes} bytes`;
}
var KUSTOMIZE_GROUP = "kustomize.config.k8s.io";
async function loadInputs(inputs, options) {
  let raw = {
    label: "files",
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: []
  }, sets = [], budget = new InputBudget(options.limits);
  for (let input of inputs) {
    if (input.kind === "kustomize") {
      let set = loadKustomization(input.absolutePath, input.displayPath, options, budget);
      budget.addDocuments(input.displayPath, set.manifests.length), sets.push(set);
      continue;
    }
    let file;
    if (input.kind === "stdin") {
      let text = await options.readStdin();
      budget.addFile(input.displayPath, Buffer.byteLength(text)), file = new SourceFile(input.displayPath, text);
    } else
      budget.addFile(input.displayPath, fileSize(input.absolutePath, input.displayPath)), file = readSourceFile(input.absolutePath, input.displayPath);
    let before = raw.manifests.length + raw.problems.length + raw.skippedDocuments;
    addFile(raw, file, options.defaultNamespace), budget.addDocuments(
      input.displayPath,
      raw.manifests.length + raw.problems.length + raw.skippedDocuments - before
    );
  }
  return (raw.files.length > 0 || sets.length === 0) && sets.unshift(raw), sets;
}
function fileSize(absolutePath, shownPath) {
  try {
    return fs3.statSync(absolutePath).size;
  } catch (error) {
    throw new ScaleplanError(
      "INPUT_UNREADABLE",
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      void 0,
      {
        cause: error
      }
    );
  }
}
var READ_ERRORS = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file (deleted while linting, or a dangling symlink)",
  EISDIR: "it is a directory",
  ELOOP: "too many levels of symlinks (a symlink loop)",
  EIO: "input/output error"
};
function describeReadError(error) {
  let code = error.code;
  return code ? `${READ_ERRORS[code] ?? "the system refused"} (${code})` : error instanceof Error ? error.message : String(error);
}
function readSourceFile(absolutePath, shownPath) {
  let bytes;
  try {
    bytes = fs3.readFileSync(absolutePath);
  } catch (error) {
    throw new ScaleplanError(
      "INPUT_UNREADABLE",
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      void 0,
      {
        cause: error
      }
    );
  }
  return SourceFile.fromBytes(shownPath, bytes, absolutePath);
}
function addFile(set, file, defaultNamespace) {
  set.files.push(file);
  let { documents, problems } = parseSourceFile(file);
  for (let problem of problems)
    set.problems.push({
      kind: "syntax",
      message: problem.message,
      range: { file, start: problem.start, end: problem.end }
    });
  for (let document of documents)
    addDocument(set, file, document, defaultNamespace);
}
function documentRange(file, ordinal, path3 = []) {
  return file.locateField(ordinal, path3, "key") ?? { file, start: 0, end: Math.min(1, file.text.length) };
}
function addDocument(set, file, document, defaultNamespace) {
  let object = asObject(document.value);
  if (!object) {
    set.skippedDocuments++;
    return;
  }
  let hasApiVersion = object.apiVersion !== void 0, hasKind = object.kind !== void 0;
  if (!hasApiVersion && !hasKind) {
    set.skippedDocuments++;
    return;
  }
  let problem = shapeProblem(object);
  if (problem) {
    set.problems.push({
      kind: "not-an-object",
      message: problem.message,
      range: documentRange(file, document.ordinal, problem.path)
    });
    return;
  }
  if (typeof object.apiVersion == "string" && object.apiVersion.startsWith(`${KUSTOMIZE_GROUP}/`)) {
    set.skippedDocuments++;
    return;
  }
  if (isList(object)) {
    object.items.forEach((item, index) => {
      let itemObject = asObject(item), itemProblem = itemObject ? shapeProblem(itemObject) : {
        message: "A List item must be a Kubernetes object (a map with apiVersion and kind).",
        path: []
      };
      if (!itemObject || itemProblem) {
        set.problems.push({
          kind: "not-an-object",
          message: itemProblem?.message ?? "A List item must be a Kubernetes object.",
          range: documentRange(file, document.ordinal, [
            "items",
            index,
            ...itemProblem?.path ?? []
          ])
        });
        return;
      }
      set.manifests.push(
        new Manifest(itemObject, file, document.ordinal, ["items", index], defaultNamespace)
      );
    });
    return;
  }
  set.manifests.push(new Manifest(object, file, document.ordinal, [], defaultNamespace));
}
function isList(object) {
  return typeof object.kind == "string" && object.kind.endsWith("List") && Array.isArray(object.items);
}
function shapeProblem(object) {
  if (typeof object.apiVersion != "string" || object.apiVersion === "")
    return {
      message: object.apiVersion === void 0 ? typeof object.kind == "string" ? `The document has kind "${object.kind}" but no apiVersion.` : "The document has a kind that is not a string, and no apiVersion." : "apiVersion must be a non-empty string.",
      path: object.apiVersion === void 0 ? ["kind"] : ["apiVersion"]
    };
  if (typeof object.kind != "string" || object.kind === "")
    return {
      message: object.kind === void 0 ? `The document has apiVersion "${object.apiVersion}" but no kind.` : "kind must be a non-empty string.",
      path: object.kind === void 0 ? ["apiVersion"] : ["kind"]
    };
  if (object.metadata !== void 0 && object.metadata !== null && !asObject(object.metadata))
    return { message: "metadata must be a map.", path: ["metadata"] };
}
function buildFailure(directory, label, options, error) {
  let filePath = kustomizationFileIn(directory);
  if (!options.buildFailuresAsFindings || !(error instanceof ScaleplanError) || error.code !== "KUSTOMIZE_FAILED" && error.code !== "KUSTOMIZE_BOUNDED" || !filePath)
    return;
  let file = readSourceFile(filePath, displayPath(options.cwd, filePath)), said = error.message.replace(/\s*\n\s*/g, " ").trim().replace(/\.?$/, "."), message = error.code === "KUSTOMIZE_BOUNDED" ? said : `${said} Fix the kustomization, or make the remote base reachable (or vendor it).`, { start, end } = failingEntry(file.text, message);
  return {
    label,
    manifests: [],
    problems: [{ kind: "kustomize-build", message, range: { file, start, end } }],
    skippedDocuments: 0,
    files: [file]
  };
}
function refusedKustomization(directory, label, options, refused) {
  if (!options.buildFailuresAsFindings) {
    let [first] = refused, position = first.file.position(first.start);
    throw new ScaleplanError(
      "KUSTOMIZE_FAILED",
      `${displayPath(options.cwd, directory)} was not built: ${first.message}`,
      { file: first.file.path, line: position.line, column: position.column }
    );
  }
  return {
    label,
    manifests: [],
    problems: refused.map((problem) => ({
      kind: "kustomize-build",
      message: problem.message,
      range: { file: problem.file, start: problem.start, end: problem.end }
    })),
    skippedDocuments: 0,
    files: [...new Set(refused.map((problem) => problem.file))]
  };
}
function failingEntry(text, message) {
  let entry = /^[ \t]*-[ \t]+(?:"([^"\n]+)"|'([^'\n]+)'|([^#\n]*[^\s#]))/gm, best;
  for (let match = entry.exec(text); match; match = entry.exec(text)) {
    let value = match[1] ?? match[2] ?? match[3] ?? "";
    if (value.length > (best?.length ?? 0) && message.includes(value)) {
      let start = match.index + match[0].length - value.length - (match[3] ? 0 : 1);
      best = { start, end: start + value.length + (match[3] ? 0 : 2), length: value.length };
    }
  }
  if (best)
    return best;
  let firstLine = text.indexOf(`
`);
  return { start: 0, end: firstLine === -1 ? text.length : firstLine };
}
function loadKustomization(directory, label, options, budget) {
  let sources = new SourceCache(options.cwd), refused = prescanKustomization(
    directory,
    sources,
    {
      admitFile: (shown, size) => budget.addFile(shown, size),
      admitDocuments: (shown, count) => budget.addDocuments(shown, count)
    },
    options.cwd
  );
  if (refused.length > 0)
    return refusedKustomization(directory, label, options, refused);
  let rendered;
  try {
    rendered = renderWithOrigins(directory, options.env, options.cwd, {
      timeoutSeconds: budget.limits.renderTimeoutSeconds,
      memoryMiB: budget.limits.renderMemoryMiB
    });
  } catch (error) {
    let failed = buildFailure(directory, label, options, error);
    if (failed)
      return failed;
    throw error;
  }
  let { text, originBase } = rendered, stream = new SourceFile(`${label} (kustomize build)`, text), set = { label, manifests: [], problems: [], skippedDocuments: 0, files: [] }, sourceMap = KustomizeSourceMap.build(directory, sources), { documents, problems } = parseSourceFile(stream);
  for (let problem of problems)
    set.problems.push({
      kind: "syntax",
      message: problem.message,
      range: { file: stream, start: problem.start, end: problem.end }
    });
  let files = /* @__PURE__ */ new Set();
  for (let document of documents) {
    let object = asObject(document.value);
    if (!object || typeof object.kind != "string") {
      set.skippedDocuments++;
      continue;
    }
    let originText = asObject(asObject(object.metadata)?.annotations)?.[ORIGIN_ANNOTATION], origin = parseOrigin(typeof originText == "string" ? originText : void 0, originBase), cleaned = withoutBuildAnnotations(object), locator = sourceMap.locatorFor(cleaned, origin) ?? streamLocator(stream, document.ordinal);
    set.manifests.push(
      new Manifest(
        cleaned,
        locator.file,
        locator.ordinal,
        [],
        options.defaultNamespace,
        locator.locate
      )
    ), files.add(locator.file);
  }
  return sourceMap.files.forEach((file) => files.add(file)), set.files.push(...files), set;
}
function streamLocator(stream, ordinal) {
  return {
    file: stream,
    ordinal,
    locate: (path3, target) => stream.locateField(ordinal, path3, target)
  };
}
function withoutBuildAnnotations(object) {
  let metadata = asObject(object.metadata), annotations = asObject(metadata?.annotations);
  if (!metadata || !annotations)
    return object;
  let {
    [ORIGIN_ANNOTATION]: _origin,
    [TRANSFORMATIONS_ANNOTATION]: _transformations,
    ...rest
  } = annotations, cleanedMetadata = Object.keys(rest).length === 0 ? Object.fromEntries(Object.entries(metadata).filter(([key]) => key !== "annotations")) : { ...metadata, annotations: rest };
  return { ...object, metadata: cleanedMetadata };
}

export {
  loadInputs,
  addFile
};
