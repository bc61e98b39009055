import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  DEFAULT_LIMITS,
  KUBECTL_JS_YAML_SCHEMA,
  Manifest,
  SourceFile,
  YAML_PARSE_OPTIONS,
  asArray,
  asObject,
  displayPath,
  documentByOrdinal,
  getPath,
  parseSelectorString,
  require_dist,
  selectorMatches,
  yaml
} from "./chunk-7OLCBTG7.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import {
  __toESM
} from "./chunk-VXV2MXR7.js";

// src/lint/load.ts
import fs4 from "node:fs";

// src/source/kustomization.ts
var import_yaml2 = __toESM(require_dist(), 1);
import fs from "node:fs";
import path from "node:path";

// src/source/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/source/json-duplicates.ts
var STRUCTURE = /["{}[\],]/g;
function findDuplicateJsonKey(text) {
  let stack = [];
  STRUCTURE.lastIndex = 0;
  for (let match = STRUCTURE.exec(text); match; match = STRUCTURE.exec(text)) {
    let index = match.index, top = stack[stack.length - 1];
    switch (text[index]) {
      case "{":
        stack.push({ keys: /* @__PURE__ */ new Set(), expectKey: !0 });
        break;
      case "[":
        stack.push({ keys: void 0, expectKey: !1 });
        break;
      case "}":
      case "]":
        stack.pop();
        break;
      case ",":
        top?.keys && (top.expectKey = !0);
        break;
      default: {
        let end = closingQuote(text, index);
        if (STRUCTURE.lastIndex = end + 1, top?.keys && top.expectKey) {
          top.expectKey = !1;
          let raw = text.slice(index, end + 1), key = raw.includes("\\") ? JSON.parse(raw) : raw.slice(1, -1);
          if (top.keys.has(key))
            return { key, start: index, end: end + 1 };
          top.keys.add(key);
        }
      }
    }
  }
}
function closingQuote(text, start) {
  let quote = text.indexOf('"', start + 1);
  for (; quote !== -1; ) {
    let backslashes = 0;
    for (; text[quote - 1 - backslashes] === "\\"; )
      backslashes++;
    if (backslashes % 2 === 0)
      return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length - 1;
}

// src/source/parse.ts
var FAST_SCHEMA = KUBECTL_JS_YAML_SCHEMA, MAX_ALIAS_COUNT = 1e3;
function parseSourceFile(file) {
  if (file.encodingProblem) {
    let { message, offset } = file.encodingProblem;
    return {
      documents: [],
      problems: [{ code: "ENCODING", message, start: offset, end: offset + 1 }]
    };
  }
  let binary = file.text.indexOf("\0");
  if (binary !== -1)
    return {
      documents: [],
      problems: [
        {
          code: "BINARY",
          message: "This is a binary file (it contains NUL bytes), not YAML or JSON.",
          start: binary,
          end: binary + 1
        }
      ]
    };
  if (file.isJson) {
    let json = parseJson(file.text);
    return json.problems.length === 0 && (file.fastDocumentCount = json.documents.length), json;
  }
  let fast = ANCHOR.test(file.text) ? void 0 : parseYamlFast(file.text);
  fast && (file.fastDocumentCount = fast.documents.length);
  let result = fast ?? parseFull(file);
  return result.problems.length > 0 ? withTemplateHint(file.text, result) : result;
}
var ANCHOR = /(?:^|[\s:,[{-])&[^\s,[\]{}]+/m;
function parseJson(text) {
  try {
    let value = JSON.parse(text), duplicate = findDuplicateJsonKey(text);
    return duplicate ? {
      documents: [],
      problems: [
        {
          code: "DUPLICATE_KEY",
          message: `Map keys must be unique: "${duplicate.key}" is already a key of this object, and JSON readers keep only the last value.`,
          start: duplicate.start,
          end: duplicate.end
        }
      ]
    } : { documents: value === null ? [] : [{ ordinal: 0, value }], problems: [] };
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error), offset = jsonErrorOffset(text, message), comment = /^\s*\/[/*]/m.test(text) ? " JSON does not allow comments." : "";
    return {
      documents: [],
      problems: [
        {
          code: "JSON",
          message: `${message.replace(/\.?$/, ".")}${comment}`,
          start: offset,
          end: Math.min(text.length, offset + 1)
        }
      ]
    };
  }
}
function jsonErrorOffset(text, message) {
  let position = /at position (\d+)/.exec(message);
  if (position)
    return Number(position[1]);
  let lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    let lines = text.split(`
`), line = Number(lineColumn[1]);
    return lines.slice(0, line - 1).reduce((sum, entry) => sum + entry.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  return Math.max(0, text.length - 1);
}
var TEMPLATE_MARKER = /\{\{-?\s*[.$a-zA-Z(/-]/;
function withTemplateHint(text, result) {
  let marker = TEMPLATE_MARKER.exec(text);
  return marker ? {
    documents: result.documents,
    problems: [
      {
        code: "TEMPLATE",
        message: 'This looks like a Helm or Go template ({{ \u2026 }}), which is not YAML until rendered: render it with "helm template" first and lint the output.',
        start: marker.index,
        end: marker.index + 2
      }
    ]
  } : result;
}
function parseYamlFast(text) {
  let values = loadAllFast(text);
  if (!values)
    return;
  let documents = [];
  for (let value of values)
    value != null && documents.push({ ordinal: documents.length, value });
  return { documents, problems: [] };
}
function loadAllFast(text) {
  if (ANCHOR.test(text))
    return;
  let values = [];
  try {
    yaml.loadAll(text, (value) => values.push(value), { schema: FAST_SCHEMA });
  } catch {
    return;
  }
  if (!(COLLECTION_KEY.test(text) && values.some(hasStringifiedKey)))
    return values;
}
var COLLECTION_KEY = /\{\{|^[ \t-]*\?[ \t]|[}\]][ \t]*:/m;
function hasStringifiedKey(value) {
  return Array.isArray(value) ? value.some(hasStringifiedKey) : value === null || typeof value != "object" ? !1 : Object.entries(value).some(
    ([key, child]) => key === "[object Object]" || hasStringifiedKey(child)
  );
}
function isNullDocument(document) {
  let contents = document.contents;
  return contents === null || (0, import_yaml.isScalar)(contents) && contents.value === null;
}
function parseFull(file) {
  let documents = [], problems = [], ordinal = 0;
  for (let document of file.yaml().documents) {
    let isNull = document.errors.length === 0 && isNullDocument(document);
    if (document.errors.length > 0) {
      let error = document.errors[0];
      if (error) {
        let start = error.code === "MISSING_CHAR" ? unclosedQuoteStart(file.text, error.message, error.pos[0]) ?? error.pos[0] : error.pos[0];
        problems.push({
          code: error.code,
          message: cleanYamlMessage(error.message),
          start,
          end: start === error.pos[0] ? error.pos[1] : start + 1
        });
      }
      isNullDocument(document) || ordinal++;
      continue;
    }
    if (!isNull) {
      try {
        documents.push({ ordinal, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
      } catch (error) {
        problems.push(unreadableDocument(file, document, error));
      }
      ordinal++;
    }
  }
  return { documents, problems };
}
function unreadableDocument(file, document, error) {
  let message = error instanceof Error ? error.message : String(error), range = document.contents?.range ?? [0, 0];
  if (message.startsWith("Unresolved alias")) {
    let anchors = /* @__PURE__ */ new Set(), undefinedAlias;
    (0, import_yaml.visit)(document, (_key, node) => {
      if ((0, import_yaml.isAlias)(node)) {
        if (!anchors.has(node.source))
          return undefinedAlias = node, import_yaml.visit.BREAK;
      } else (0, import_yaml.isNode)(node) && node.anchor && anchors.add(node.anchor);
    });
    let at2 = undefinedAlias?.range?.[0] ?? range[0], name = undefinedAlias?.source ?? message.replace(/^.*: /, "");
    return {
      code: "UNDEFINED_ALIAS",
      message: `Undefined alias *${name}: no anchor &${name} comes before it in this document.`,
      start: at2,
      end: at2 + 1 + name.length
    };
  }
  let alias = /\*[^\s,[\]{}]+/g;
  alias.lastIndex = range[0];
  let at = alias.exec(file.text)?.index ?? range[0];
  return {
    code: "ALIAS_COUNT",
    message: message.startsWith("Excessive alias count") ? 'The document expands too many aliases (a "billion laughs" document); scaleplan does not expand it.' : `The document cannot be read: ${message.replace(/\.?$/, ".")}`,
    start: at,
    end: at + 1
  };
}
function unclosedQuoteStart(text, message, errorOffset) {
  let quote = /closing (["'])/.exec(message)?.[1];
  if (!quote)
    return;
  let opener = new RegExp(`(?:^|[:\\-\\[{,?]\\s*|\\s)${quote}`, "gm"), from = 0;
  for (; from < errorOffset; ) {
    opener.lastIndex = from;
    let match = opener.exec(text);
    if (!match || match.index >= errorOffset)
      return;
    let start = match.index + match[0].length - 1, close = closingQuote2(text, start, quote);
    if (close === void 0 || close >= errorOffset)
      return start;
    from = close + 1;
  }
}
function closingQuote2(text, start, quote) {
  for (let index = start + 1; index < text.length; index++) {
    let char = text[index];
    if (quote === '"' && char === "\\")
      index++;
    else if (char === quote)
      if (quote === "'" && text[index + 1] === "'")
        index++;
      else
        return index;
  }
}
function cleanYamlMessage(message) {
  if (message.includes("Maximum call stack size exceeded"))
    return "The document is nested too deeply to read.";
  let cleaned = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim();
  return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
}

// src/source/kustomization.ts
var KUSTOMIZATION_FILES = [
  "kustomization.yaml",
  "kustomization.yml",
  "Kustomization"
];
function kustomizationFileIn(directory) {
  for (let name of KUSTOMIZATION_FILES) {
    let candidate = path.join(directory, name);
    try {
      if (fs.statSync(candidate).isFile())
        return candidate;
    } catch {
    }
  }
}
var SourceCache = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  files = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  file(absolutePath) {
    let file = this.files.get(absolutePath);
    if (file === void 0) {
      try {
        file = SourceFile.fromBytes(
          displayPath(this.cwd, absolutePath),
          fs.readFileSync(absolutePath),
          absolutePath
        );
      } catch {
        file = null;
      }
      this.files.set(absolutePath, file);
    }
    return file ?? void 0;
  }
  /** The file's documents (fast parse); empty when it cannot be read or parsed. */
  documents(absolutePath) {
    let documents = this.parsed.get(absolutePath);
    if (!documents) {
      let file = this.file(absolutePath);
      documents = file ? parseSourceFile(file).documents : [], this.parsed.set(absolutePath, documents);
    }
    return documents;
  }
};
function readKustomization(directory, sources) {
  let filePath = kustomizationFileIn(directory), file = filePath === void 0 ? void 0 : sources.file(filePath);
  if (!file)
    return;
  let fast = file.encodingProblem ? void 0 : loadAllFast(file.text), parsed = !1, usable, positional = () => {
    if (!parsed) {
      parsed = !0;
      let document = file.yaml().documents[0];
      usable = document !== void 0 && document.errors.length === 0 ? document : void 0;
    }
    return usable;
  }, value = fast ? fast[0] : fieldsFromDocument(positional()), valueIsMap = typeof value == "object" && value !== null && !Array.isArray(value), fields = valueIsMap ? value : {};
  return {
    directory,
    file,
    get document() {
      return positional();
    },
    fields,
    isMap: valueIsMap,
    isComponent: fields.kind === "Component"
  };
}
function fieldsFromDocument(document) {
  if (!(!document || !(0, import_yaml2.isMap)(document.contents)))
    try {
      return document.toJS({ maxAliasCount: 1e3 });
    } catch {
      return;
    }
}
function kustomizationNode(kustomization, fieldPath) {
  let node = kustomization.document?.getIn(fieldPath, !0);
  return typeof node == "object" && node !== null && "range" in node ? node : void 0;
}
var REFERENCE_FIELDS = ["resources", "bases", "components"];
function localReferences(kustomization) {
  let references = [];
  for (let field of REFERENCE_FIELDS) {
    let entries = kustomization.fields[field];
    Array.isArray(entries) && entries.forEach((entry, index) => {
      if (typeof entry != "string" || entry.trim() === "")
        return;
      let absolutePath = path.resolve(kustomization.directory, entry.trim()), stat;
      try {
        stat = fs.statSync(absolutePath);
      } catch {
        return;
      }
      references.push({ field, index, absolutePath, isDirectory: stat.isDirectory() });
    });
  }
  return references;
}

// src/source/kustomize.ts
import { spawnSync } from "node:child_process";
import fs2 from "node:fs";
import os from "node:os";
import path2 from "node:path";
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin", TRANSFORMATIONS_ANNOTATION = "alpha.config.kubernetes.io/transformations";
function pathDirectories(env) {
  return (env.PATH ?? "").split(path2.delimiter).filter(Boolean);
}
function onPath(command, env) {
  return pathDirectories(env).some((directory) => {
    try {
      let candidate = path2.join(directory, command);
      return fs2.accessSync(candidate, fs2.constants.X_OK), fs2.statSync(candidate).isFile();
    } catch {
      return !1;
    }
  });
}
function findRenderer(env) {
  if (onPath("kubectl", env))
    return {
      command: "kubectl",
      args: (directory) => ["kustomize", directory],
      description: "kubectl kustomize"
    };
  if (onPath("kustomize", env))
    return {
      command: "kustomize",
      args: (directory) => ["build", directory],
      description: "kustomize build"
    };
}
function requireRenderer(env, directory) {
  let renderer = findRenderer(env);
  if (!renderer)
    throw new ScaleplanError(
      "KUSTOMIZE_UNAVAILABLE",
      `${directory} is a Kustomize directory, but neither kubectl nor kustomize is on PATH. Install kubectl (which bundles Kustomize) or kustomize, or lint rendered output with "kustomize build ${directory} | scaleplan lint -".`,
      { file: directory }
    );
  return renderer;
}
var DEFAULT_RENDER_TIMEOUT_SECONDS = 120;
function renderTimeoutSeconds(env) {
  let raw = env.SCALEPLAN_RENDER_TIMEOUT;
  if (raw === void 0 || raw.trim() === "")
    return DEFAULT_RENDER_TIMEOUT_SECONDS;
  let seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new ScaleplanError(
      "USAGE",
      `SCALEPLAN_RENDER_TIMEOUT must be a positive number of seconds, not ${JSON.stringify(raw)}.`
    );
  return seconds;
}
function spawnRenderer(renderer, directory, env, cwd) {
  let timeoutSeconds = renderTimeoutSeconds(env), result = spawnSync(renderer.command, renderer.args(directory), {
    encoding: "utf8",
    env,
    cwd,
    maxBuffer: 512 * 1024 * 1024,
    timeout: timeoutSeconds * 1e3,
    // A Go renderer stuck on a silent remote base ignores SIGTERM while it dials.
    killSignal: "SIGKILL"
  });
  if (result.error?.code === "ETIMEDOUT")
    throw new ScaleplanError(
      "KUSTOMIZE_FAILED",
      `${renderer.description} ${displayPath(cwd, directory)} did not finish within ${timeoutSeconds} s and was stopped (a remote base that never answers, or a very large build); raise SCALEPLAN_RENDER_TIMEOUT (seconds) if the build is legitimately slow.`
    );
  if (result.error)
    throw new ScaleplanError(
      "KUSTOMIZE_FAILED",
      `${renderer.description} ${displayPath(cwd, directory)} could not run: ${result.error.message}`,
      void 0,
      { cause: result.error }
    );
  return {
    ok: result.status === 0,
    stdout: result.stdout,
    message: cleanRendererMessage(result.stderr || result.stdout || "", cwd)
  };
}
function cleanRendererMessage(output, cwd) {
  let message = output.trim(), klog = /^[EWIF]\d{4} [\d:.]+\s+\d+ [^\]]+\] "command failed" err=(?:"((?:[^"\\]|\\.)*)"|<\n([\s\S]*?)\n\s*>)/m.exec(
    message
  );
  if (klog)
    if (klog[1] !== void 0)
      try {
        message = JSON.parse(`"${klog[1]}"`);
      } catch {
        message = klog[1];
      }
    else
      message = (klog[2] ?? "").replace(/^\t/gm, "");
  message = message.split(`
`).filter((line) => !/^# Warning: /.test(line)).join(`
`).replace(/^Error: /, "").trim();
  let prefix = `${path2.resolve(cwd)}${path2.sep}`;
  return message.split(prefix).join("");
}
function runRenderer(renderer, directory, env, cwd) {
  let outcome = spawnRenderer(renderer, directory, env, cwd);
  if (!outcome.ok)
    throw renderFailure(renderer, directory, cwd, outcome.message);
  return outcome.stdout;
}
function renderFailure(renderer, directory, cwd, message) {
  return new ScaleplanError(
    "KUSTOMIZE_FAILED",
    `${renderer.description} ${displayPath(cwd, directory)} failed: ${message || "no message (exit status non-zero)"}`,
    { file: displayPath(cwd, kustomizationFileIn(directory) ?? directory) }
  );
}
function renderWithOrigins(directory, env, cwd) {
  let renderer = requireRenderer(env, displayPath(cwd, directory)), wrapper = fs2.mkdtempSync(path2.join(os.tmpdir(), "scaleplan-kustomize-"));
  try {
    let relative = path2.relative(wrapper, directory).split(path2.sep).join("/");
    fs2.writeFileSync(
      path2.join(wrapper, "kustomization.yaml"),
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ${JSON.stringify(relative)}
buildMetadata: [originAnnotations]
`
    );
    let outcome = spawnRenderer(renderer, wrapper, env, cwd);
    if (outcome.ok)
      return { text: outcome.stdout, originBase: wrapper };
  } finally {
    fs2.rmSync(wrapper, { recursive: !0, force: !0 });
  }
  let direct = spawnRenderer(renderer, directory, env, cwd);
  throw renderFailure(
    renderer,
    directory,
    cwd,
    direct.ok ? "the build with origin annotations failed" : direct.message
  );
}
function parseOrigin(value, originBase) {
  if (!value)
    return;
  let field = (name) => new RegExp(`^${name}:\\s*(.+)$`, "m").exec(value)?.[1]?.trim().replace(/^["']|["']$/g, ""), origin = {}, repository = field("repo");
  repository && (origin.repository = repository);
  let file = field("path");
  file && !repository && (origin.file = path2.resolve(originBase, file));
  let configuredIn = field("configuredIn");
  configuredIn && !repository && (origin.configuredIn = path2.resolve(originBase, configuredIn));
  let generator = /configuredBy:[\s\S]*?kind:\s*(\S+)/.exec(value)?.[1];
  return generator && (origin.generator = generator), origin;
}

// src/lint/kustomize-source-map.ts
var import_yaml3 = __toESM(require_dist(), 1);
import fs3 from "node:fs";
import path3 from "node:path";
function isNode2(value) {
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
  if ((0, import_yaml3.isScalar)(node))
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
      let keyed = sequence.items.filter((item2) => (0, import_yaml3.isMap)(item2) && item2.has(key));
      if (keyed.length !== 0)
        return keyed.find((item2) => String(item2.get(key)) === String(wanted));
    }
  let item = sequence.items[index];
  return isNode2(item) ? item : void 0;
}
function descend(positioned, start, path4, rendered, renderedPrefix) {
  let reached = { node: start, depth: 0 };
  for (let index = 0; index < path4.length; index++) {
    let segment = path4[index], node = reached.node;
    if ((0, import_yaml3.isAlias)(node) && (node = node.resolve(positioned.document) ?? void 0), (0, import_yaml3.isMap)(node)) {
      let pair = node.items.find(
        (item) => (0, import_yaml3.isPair)(item) && (0, import_yaml3.isScalar)(item.key) && String(item.key.value) === String(segment)
      );
      if (!pair || !isNode2(pair.key))
        return reached;
      reached = {
        node: isNode2(pair.value) ? pair.value : pair.key,
        key: pair.key,
        depth: index + 1
      };
    } else if ((0, import_yaml3.isSeq)(node) && typeof segment == "number") {
      let list = asArray(getPath(rendered, [...renderedPrefix, ...path4.slice(0, index)])), item = matchListItem(node, list[segment], segment);
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
  if ((0, import_yaml3.isMap)(reached.node)) {
    let pairs = reached.node.items.filter(import_yaml3.isPair), preferred = pairs.find((pair) => (0, import_yaml3.isScalar)(pair.key) && pair.key.value === "name") ?? pairs[0];
    if (preferred && isNode2(preferred.key))
      return preferred.key;
  }
  return reached.node;
}
function spellIn(positioned, start, path4, target, rendered, renderedPrefix = [], depthOffset = 0) {
  let reached = descend(positioned, start, path4, rendered, renderedPrefix);
  if (reached.depth === path4.length) {
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
  if (!(0, import_yaml3.isMap)(node))
    return;
  let pair = node.items.find(
    (item) => (0, import_yaml3.isPair)(item) && (0, import_yaml3.isScalar)(item.key) && item.key.value === key
  );
  if (!(!pair || !isNode2(pair.key)))
    return { key: pair.key, value: isNode2(pair.value) ? pair.value : pair.key };
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
  spell(path4, target, rendered) {
    return spellIn(this.positioned, this.root, path4, target, rendered);
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
  spell(path4, target, rendered) {
    let root = this.positioned.document.contents;
    if (!(!root || isIdentityField(path4)))
      return spellIn(this.positioned, root, path4, target, rendered);
  }
};
function isIdentityField(path4) {
  return path4.length === 1 && (path4[0] === "apiVersion" || path4[0] === "kind") || path4.length === 2 && path4[0] === "metadata" && (path4[1] === "name" || path4[1] === "namespace");
}
function pointerCovers(pointer, path4, rendered) {
  if (pointer !== "" && !pointer.startsWith("/"))
    return;
  let segments = pointer === "" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (!(segments.length > path4.length)) {
    for (let index = 0; index < segments.length; index++) {
      let segment = segments[index], wanted = path4[index];
      if (typeof wanted == "number") {
        if (segment === "-") {
          let list = asArray(getPath(rendered, path4.slice(0, index)));
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
  spell(path4, target, rendered) {
    let best;
    for (let item of [...this.operations.items].reverse()) {
      if (!(0, import_yaml3.isMap)(item))
        continue;
      let op = item.get("op"), pointer = pairIn(item, "path");
      if (typeof op != "string" || !pointer || !(0, import_yaml3.isScalar)(pointer.value))
        continue;
      let covered = pointerCovers(String(pointer.value.value), path4, rendered);
      if (!covered)
        continue;
      if (op === "copy" || op === "move") {
        if (covered.length === path4.length || !best)
          return {
            depth: path4.length,
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
      let inner = path4.slice(covered.length);
      if (inner.length === 0) {
        let node = target === "key" ? pointer.value : value.value;
        return {
          depth: path4.length,
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
        path4.slice(0, covered.length),
        covered.length
      );
      if (spelled.depth === path4.length)
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
  spell(path4, target) {
    if (!(path4.length !== 2 || path4[0] !== "spec" || path4[1] !== "replicas"))
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
  spell(path4, target, rendered) {
    let list = path4[path4.length - 3];
    if (path4[path4.length - 1] !== "image" || typeof path4[path4.length - 2] != "number" || typeof list != "string" || !IMAGE_LISTS.has(list))
      return;
    let image = getPath(rendered, path4);
    if (typeof image != "string")
      return;
    let { name, newName, newTag, digest } = this.entry, parts = splitImage(image), expectedName = typeof newName == "string" ? newName : name;
    if (parts.name !== expectedName || newTag !== void 0 && parts.tag !== String(newTag) || digest !== void 0 && parts.digest !== String(digest))
      return;
    let field = newTag !== void 0 && pairIn(this.node, "newTag") || digest !== void 0 && pairIn(this.node, "digest") || newName !== void 0 && pairIn(this.node, "newName") || void 0;
    if (field)
      return {
        depth: path4.length,
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
  spell(path4, target, rendered) {
    let name = pairIn(this.node, "name"), anchor = name?.value ?? this.node;
    if (path4.length === 2 && path4[0] === "metadata" && path4[1] === "name" && name)
      return {
        depth: 2,
        range: rangeOf(this.positioned, target === "key" ? name.key : name.value),
        value: this.entry.name
      };
    let key = path4[1];
    if (path4.length === 2 && typeof key == "string" && (path4[0] === "data" || path4[0] === "binaryData")) {
      let literals = pairIn(this.node, "literals")?.value;
      if ((0, import_yaml3.isSeq)(literals)) {
        for (let literal of literals.items)
          if ((0, import_yaml3.isScalar)(literal) && String(literal.value).startsWith(`${key}=`))
            return {
              depth: 2,
              range: rangeOf(this.positioned, literal),
              value: getPath(rendered, path4)
            };
      }
      for (let field of ["files", "envs", "env"]) {
        let files = pairIn(this.node, field)?.value, items = (0, import_yaml3.isSeq)(files) ? files.items : (0, import_yaml3.isScalar)(files) ? [files] : [];
        for (let file of items) {
          if (!(0, import_yaml3.isScalar)(file))
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
      locate: (path4, target) => locateField(object, path4, target, applicable(), resolved.chain)
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
    let node = this.node(path3.dirname(kustomizationFile)), positioned = node?.positioned;
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
function locateField(object, path4, target, writers, chain) {
  let rendered = getPath(object, path4), isContainer = typeof rendered == "object" && rendered !== null, mismatch, nearest;
  for (let index = writers.length - 1; index >= 0; index--) {
    let { writer, level } = writers[index], spelling = writer.spell(path4, target, object);
    if (!spelling)
      continue;
    if (spelling.depth === path4.length && rendered !== void 0) {
      if (spelling.opaque)
        return { ...spelling.range, approximate: !0 };
      if (isContainer || sameScalar(rendered, spelling.value, chain, level))
        return spelling.range;
      mismatch ??= spelling.range;
      continue;
    }
    let depth = Math.min(spelling.depth, path4.length - 1);
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
    if ((0, import_yaml3.isSeq)(contents)) {
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
  let candidate = path3.resolve(kustomization.directory, entry.trim());
  try {
    return fs3.statSync(candidate).isFile() ? candidate : void 0;
  } catch {
    return;
  }
}
function inlineDocuments(kustomization, node, text) {
  let file = kustomization.file;
  if ((0, import_yaml3.isScalar)(node) && node.type === "BLOCK_LITERAL" && node.range) {
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
`) + source.slice(contentEnd).replace(/[^\n]/g, " "), parsed2 = (0, import_yaml3.parseAllDocuments)(shadow, YAML_PARSE_OPTIONS);
      return (Array.isArray(parsed2) ? parsed2 : []).filter((document) => document.errors.length === 0 && !isNullDocument(document)).map((document) => ({ file, document, shift: indent }));
    }
  }
  let fallbackNode = node ?? kustomization.document?.contents ?? void 0, [start, end] = fallbackNode?.range ?? [0, 1], fallback = { file, start, end: Math.max(end, start + 1) }, parsed = (0, import_yaml3.parseAllDocuments)(text, YAML_PARSE_OPTIONS);
  return (Array.isArray(parsed) ? parsed : []).filter((document) => document.errors.length === 0 && !isNullDocument(document)).map((document) => ({ file, document, shift: 0, fallback }));
}
function realPath(file) {
  try {
    return fs3.realpathSync(file);
  } catch {
    return path3.resolve(file);
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
      let set = loadKustomization(input.absolutePath, input.displayPath, options);
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
    return fs4.statSync(absolutePath).size;
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
    bytes = fs4.readFileSync(absolutePath);
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
function documentRange(file, ordinal, path4 = []) {
  return file.locateField(ordinal, path4, "key") ?? { file, start: 0, end: Math.min(1, file.text.length) };
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
  if (!options.buildFailuresAsFindings || !(error instanceof ScaleplanError) || error.code !== "KUSTOMIZE_FAILED" || !filePath)
    return;
  let file = readSourceFile(filePath, displayPath(options.cwd, filePath)), message = error.message.replace(/\s*\n\s*/g, " ").trim(), { start, end } = failingEntry(file.text, message);
  return {
    label,
    manifests: [],
    problems: [{ kind: "kustomize-build", message, range: { file, start, end } }],
    skippedDocuments: 0,
    files: [file]
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
function loadKustomization(directory, label, options) {
  let rendered;
  try {
    rendered = renderWithOrigins(directory, options.env, options.cwd);
  } catch (error) {
    let failed = buildFailure(directory, label, options, error);
    if (failed)
      return failed;
    throw error;
  }
  let { text, originBase } = rendered, stream = new SourceFile(`${label} (kustomize build)`, text), set = { label, manifests: [], problems: [], skippedDocuments: 0, files: [] }, sources = new SourceCache(options.cwd), sourceMap = KustomizeSourceMap.build(directory, sources), { documents, problems } = parseSourceFile(stream);
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
    locate: (path4, target) => stream.locateField(ordinal, path4, target)
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
  loadAllFast,
  KUSTOMIZATION_FILES,
  kustomizationFileIn,
  SourceCache,
  readKustomization,
  localReferences,
  requireRenderer,
  runRenderer,
  loadInputs,
  addFile
};
