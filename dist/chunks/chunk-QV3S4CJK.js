import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  lintSets,
  prepareRules,
  summarize
} from "./chunk-TPX2WFDM.js";
import {
  loadConfig
} from "./chunk-5I6VOPIH.js";
import {
  collectInputs
} from "./chunk-2KY26UBK.js";
import {
  RuleSettingsResolver,
  counted,
  quotedList,
  rules
} from "./chunk-RSM3QVGN.js";
import {
  SourceFile,
  addFile,
  describeReadError,
  loadInputs,
  minimatch,
  parseSourceFile
} from "./chunk-AQRGXSGC.js";
import {
  BUILD,
  VERSION
} from "./chunk-QGB765FN.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";

// src/shared/atomic-write.ts
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
function writeFileAtomically(target, text, options = {}) {
  let temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomUUID()}.tmp`
  );
  try {
    fs.writeFileSync(temporary, text, {
      flag: "wx",
      ...options.mode !== void 0 ? { mode: options.mode } : {}
    }), fs.renameSync(temporary, target);
  } catch (error) {
    throw fs.rmSync(temporary, { force: !0 }), error;
  }
}

// src/load/parse-cache.ts
import crypto from "node:crypto";
import fs2 from "node:fs";
import path2 from "node:path";
var CACHE_STRATEGIES = ["metadata", "content"], CACHE_FORMAT = 1, CACHE_FILE_NAME = "lint.cache", RACY_NANOSECONDS = 2000000000n, ParseCache = class _ParseCache {
  constructor(options, entries, discarded) {
    this.options = options;
    this.entries = entries, discarded !== void 0 && (this.stats.discarded = discarded, this.changed = !0);
  }
  options;
  entries;
  seen = /* @__PURE__ */ new Set();
  changed = !1;
  stats = { unread: 0, hashed: 0, parsed: 0 };
  /** The cache file (a run never lints it, wherever it is). */
  get file() {
    return this.options.file;
  }
  /** Opens the cache file; one that is missing or unusable starts an empty cache. */
  static open(options) {
    let text;
    try {
      text = fs2.readFileSync(options.file, "utf8");
    } catch (error) {
      let code = error.code;
      return new _ParseCache(
        options,
        /* @__PURE__ */ new Map(),
        code === "ENOENT" ? void 0 : `unreadable (${code ?? "error"})`
      );
    }
    let read = readCacheText(text, options);
    return typeof read == "string" ? new _ParseCache(options, /* @__PURE__ */ new Map(), read) : new _ParseCache(options, read, void 0);
  }
  /**
   * Reads one file through the cache. `admit` sees its size first (the run's input budget).
   * Read errors are the same exit-2 errors an uncached read gives.
   */
  read(absolutePath, shownPath, admit) {
    this.seen.add(absolutePath);
    let stamp = statStamp(absolutePath, shownPath);
    admit(Number(stamp[0]));
    let entry = this.entries.get(absolutePath);
    if (entry && this.options.strategy === "metadata" && entry.settled && sameStamp(entry.stamp, stamp)) {
      let parsed2 = entry.payload === null ? void 0 : decodePayload(entry.payload);
      if (parsed2) {
        this.stats.unread++;
        let file2 = SourceFile.deferred(shownPath, absolutePath, () => {
          let bytes2 = readBytes(absolutePath, shownPath);
          if (hashOf(bytes2) !== entry.hash)
            throw new ScaleplanError(
              "INPUT_UNREADABLE",
              `${shownPath} changed while it was being linted; run again.`,
              { file: shownPath }
            );
          return bytes2;
        });
        return file2.fastDocumentCount = parsed2.fastDocumentCount, { file: file2, parsed: parsed2.result };
      }
    }
    let bytes = readBytes(absolutePath, shownPath), hash = hashOf(bytes), file = SourceFile.fromBytes(shownPath, bytes, absolutePath), settled = isSettled(stamp);
    if (entry && entry.hash === hash && entry.payload !== null) {
      let parsed2 = decodePayload(entry.payload);
      if (parsed2)
        return this.stats.hashed++, file.fastDocumentCount = parsed2.fastDocumentCount, (!sameStamp(entry.stamp, stamp) || entry.settled !== settled) && (this.entries.set(absolutePath, { ...entry, stamp, settled }), this.changed = !0), { file, parsed: parsed2.result };
    }
    this.stats.parsed++;
    let parsed = parseSourceFile(file);
    return this.entries.set(absolutePath, {
      stamp,
      hash,
      settled,
      payload: encodePayload(parsed, file.fastDocumentCount)
    }), this.changed = !0, { file, parsed };
  }
  /**
   * Writes the cache when anything changed: entries of files read this run, and of files
   * not read this run that still exist (another run may lint other paths). Returns why it
   * could not be written, if it could not (the run goes on: a cache is an optimisation).
   */
  save() {
    for (let absolutePath of [...this.entries.keys()])
      !this.seen.has(absolutePath) && !fs2.existsSync(absolutePath) && (this.entries.delete(absolutePath), this.changed = !0);
    if (!this.changed)
      return;
    let index = {}, payloads = [], offset = 0;
    for (let [absolutePath, entry] of this.entries) {
      let payload = entry.payload ?? "";
      index[absolutePath] = [
        ...entry.stamp,
        entry.hash,
        entry.settled ? 1 : 0,
        entry.payload === null ? -1 : offset,
        payload.length
      ], payloads.push(payload), offset += payload.length;
    }
    let text = `${JSON.stringify({
      scaleplanCache: CACHE_FORMAT,
      version: this.options.version,
      build: this.options.build,
      payloadLength: offset
    })}
${JSON.stringify(index)}
${payloads.join("")}`, target = this.options.file;
    try {
      fs2.mkdirSync(path2.dirname(target), { recursive: !0 });
      let gitignore = path2.join(path2.dirname(target), ".gitignore");
      this.options.ignoredByGit && !fs2.existsSync(gitignore) && fs2.writeFileSync(
        gitignore,
        `# Written by scaleplan: the lint cache is not for committing.
*
`
      ), writeFileAtomically(target, text);
    } catch (error) {
      return `the cache ${target} was not written (${describeReadError(error)})`;
    }
    this.changed = !1;
  }
};
function cacheFileFor(cwd, location) {
  if (location !== void 0) {
    let resolved = path2.resolve(cwd, location);
    return {
      file: /[\\/]$/.test(location) || fs2.statSync(resolved, { throwIfNoEntry: !1 })?.isDirectory() ? path2.join(resolved, CACHE_FILE_NAME) : resolved,
      ignoredByGit: !1
    };
  }
  let modules = path2.join(cwd, "node_modules");
  return fs2.statSync(modules, { throwIfNoEntry: !1 })?.isDirectory() ? {
    file: path2.join(modules, ".cache", "scaleplan", CACHE_FILE_NAME),
    ignoredByGit: !1
  } : { file: path2.join(cwd, ".scaleplan-cache", CACHE_FILE_NAME), ignoredByGit: !0 };
}
function readCacheText(text, options) {
  let headerEnd = text.indexOf(`
`), indexEnd = headerEnd === -1 ? -1 : text.indexOf(`
`, headerEnd + 1);
  if (indexEnd === -1)
    return "not a scaleplan cache (or truncated)";
  let header, index;
  try {
    header = JSON.parse(text.slice(0, headerEnd)), index = JSON.parse(text.slice(headerEnd + 1, indexEnd));
  } catch {
    return "not a scaleplan cache (or corrupt)";
  }
  let fields = isRecord(header) ? header : {};
  if (fields.scaleplanCache !== CACHE_FORMAT)
    return "written in another cache format";
  if (fields.version !== options.version || fields.build !== options.build)
    return "written by another scaleplan version or build";
  let payloads = text.slice(indexEnd + 1);
  if (fields.payloadLength !== payloads.length || !isRecord(index))
    return "truncated or corrupt";
  let entries = /* @__PURE__ */ new Map();
  for (let [absolutePath, value] of Object.entries(index)) {
    let entry = readEntry(value, payloads);
    if (!entry)
      return "corrupt (an entry of the wrong shape)";
    entries.set(absolutePath, entry);
  }
  return entries;
}
function readEntry(value, payloads) {
  if (!Array.isArray(value) || value.length !== 9)
    return;
  let [size, inode, device, mtime, ctime, hash, settled, offset, length] = value, stamp = [size, inode, device, mtime, ctime];
  if (!(!stamp.every((part) => typeof part == "string" && /^\d+$/.test(part)) || typeof hash != "string" || settled !== 0 && settled !== 1 || typeof offset != "number" || typeof length != "number" || !Number.isInteger(offset) || !Number.isInteger(length) || offset < -1 || length < 0 || offset + length > payloads.length))
    return {
      stamp,
      hash,
      settled: settled === 1,
      payload: offset === -1 ? null : payloads.slice(offset, offset + length)
    };
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function statStamp(absolutePath, shownPath) {
  let stat;
  try {
    stat = fs2.statSync(absolutePath, { bigint: !0 });
  } catch (error) {
    throw new ScaleplanError(
      "INPUT_UNREADABLE",
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      void 0,
      { cause: error }
    );
  }
  return [
    String(stat.size),
    String(stat.ino),
    String(stat.dev),
    String(stat.mtimeNs),
    String(stat.ctimeNs)
  ];
}
function sameStamp(a, b) {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] && a[4] === b[4];
}
function isSettled(stamp) {
  let now = BigInt(Date.now()) * 1000000n;
  return (BigInt(stamp[3]) > BigInt(stamp[4]) ? BigInt(stamp[3]) : BigInt(stamp[4])) < now - RACY_NANOSECONDS;
}
function readBytes(absolutePath, shownPath) {
  try {
    return fs2.readFileSync(absolutePath);
  } catch (error) {
    throw new ScaleplanError(
      "INPUT_UNREADABLE",
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      void 0,
      { cause: error }
    );
  }
}
function hashOf(bytes) {
  return crypto.createHash("sha256").update(bytes).digest("base64");
}
function encodePayload(parsed, fastDocumentCount) {
  let values = parsed.documents.map((document) => document.value);
  if (!values.every(isJsonExact))
    return null;
  let payload = { d: values };
  return parsed.documents.some((document, index) => document.ordinal !== index) && (payload.o = parsed.documents.map((document) => document.ordinal)), parsed.problems.length > 0 && (payload.p = parsed.problems), fastDocumentCount !== void 0 && (payload.f = fastDocumentCount), JSON.stringify(payload);
}
function isJsonExact(value) {
  switch (typeof value) {
    case "string":
    case "boolean":
      return !0;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object": {
      if (value === null)
        return !0;
      if (Array.isArray(value)) {
        for (let item of value)
          if (!isJsonExact(item))
            return !1;
        return !0;
      }
      let prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null)
        return !1;
      for (let key in value)
        if (!isJsonExact(value[key]))
          return !1;
      return !0;
    }
    default:
      return !1;
  }
}
function decodePayload(text) {
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    return;
  }
  if (!isRecord(payload) || !Array.isArray(payload.d))
    return;
  let values = payload.d, ordinals = payload.o;
  if (ordinals !== void 0 && !(Array.isArray(ordinals) && ordinals.length === values.length && ordinals.every((ordinal) => Number.isInteger(ordinal))))
    return;
  let problems = payload.p ?? [];
  if (!Array.isArray(problems) || !problems.every(isProblem))
    return;
  let fast = payload.f;
  if (!(fast !== void 0 && !Number.isInteger(fast)))
    return {
      result: {
        documents: values.map((value, index) => ({
          ordinal: ordinals ? ordinals[index] : index,
          value
        })),
        problems
      },
      fastDocumentCount: fast
    };
}
function isProblem(value) {
  return isRecord(value) && typeof value.code == "string" && typeof value.message == "string" && Number.isInteger(value.start) && Number.isInteger(value.end);
}

// src/lint/lint.ts
import path3 from "node:path";
var DEFAULT_KUBE_VERSION = "1.34", DEFAULT_NAMESPACE = "default";
async function lint(request) {
  let config = request.config ?? loadConfig(request.configFile, request.cwd), settings = runSettings(request, config), notices = [], inputs = collectInputs(request.paths, {
    cwd: request.cwd,
    ignore: config.ignore,
    ignoreBase: config.baseDirectory,
    onSkippedLink: ({ link, root }) => notices.push(
      `${link} is a symlink out of ${root}; not followed (a directory walk stays inside the directory it was given; name the target to lint it).`
    )
  }), cache = request.cache && openCache(request.cache, request.cwd), sets = await loadInputs(cache ? withoutFile(inputs, cache.file) : inputs, {
    cwd: request.cwd,
    defaultNamespace: settings.defaultNamespace,
    env: request.env,
    readStdin: request.readStdin ?? (() => Promise.resolve("")),
    buildFailuresAsFindings: !0,
    ...config.limits ? { limits: config.limits } : {},
    ...cache ? { cache } : {}
  }), unsaved = cache?.save();
  unsaved !== void 0 && notices.push(`${unsaved}; the next run parses every file again.`);
  let inputFiles = sets.flatMap(
    (set) => set.files.flatMap((file) => file.absolutePath !== void 0 ? [file.absolutePath] : [])
  );
  return {
    ...await lintLoaded(sets, config, settings, request),
    settings,
    config,
    inputFiles,
    notices,
    ...cache ? { cache: cache.stats } : {}
  };
}
function withoutFile(inputs, file) {
  return inputs.filter((input) => input.kind !== "file" || input.absolutePath !== file);
}
function openCache(request, cwd) {
  let { file, ignoredByGit } = cacheFileFor(cwd, request.location);
  return ParseCache.open({
    file,
    ignoredByGit,
    strategy: request.strategy ?? "metadata",
    version: request.version?.version ?? VERSION,
    build: request.version?.build ?? BUILD
  });
}
function runSettings(request, config) {
  return {
    kubeVersion: normalizeKubeVersion(
      request.kubeVersion ?? config.kubeVersion ?? DEFAULT_KUBE_VERSION
    ),
    defaultNamespace: request.namespace ?? config.namespace ?? DEFAULT_NAMESPACE
  };
}
async function lintLoaded(sets, config, settings, request) {
  let rules2 = request.rules ?? rules, resolver = new RuleSettingsResolver(config, request.cwd);
  await prepareRules(
    rules2.filter((rule) => resolver.isEnabledAnywhere(rule.id)),
    sets
  );
  let onlyFiles = request.onlyFiles ?? [], relativePath = (file) => path3.relative(request.cwd, path3.resolve(request.cwd, file)).split(path3.sep).join("/"), patternMatches = (pattern, relative) => minimatch(relative, pattern, { dot: !0 }) || relative === pattern, matches = (file) => {
    let relative = relativePath(file);
    return onlyFiles.some((pattern) => patternMatches(pattern, relative));
  }, result = lintSets(sets, {
    rules: rules2,
    config,
    settings,
    cwd: request.cwd,
    ...onlyFiles.length > 0 && request.scoped !== !1 ? { reportOn: (file) => matches(file.path) } : {}
  });
  if (onlyFiles.length === 0)
    return result;
  let mustMatch = request.onlyFilesMustMatch ?? [];
  if (mustMatch.length > 0) {
    let readPaths = [
      .../* @__PURE__ */ new Set([
        ...sets.flatMap((set) => set.files.map((file) => relativePath(file.path))),
        ...[...result.findings, ...result.suppressed].map((finding) => relativePath(finding.file))
      ])
    ], unmatched = mustMatch.filter(
      (pattern) => !readPaths.some((relative) => patternMatches(pattern, relative))
    );
    if (unmatched.length > 0)
      throw new ScaleplanError(
        "USAGE",
        `--only-files ${quotedList(unmatched)} ${unmatched.length === 1 ? "matches" : "match"} none of the ${counted(readPaths.length, "file")} linted; check the pattern (it is relative to the working directory).`
      );
  }
  let filtered = summarize(
    result.findings.filter((finding) => matches(finding.file)),
    result.suppressed.filter((finding) => matches(finding.file)),
    {
      files: result.summary.files,
      objects: result.summary.objects,
      skippedDocuments: result.summary.skippedDocuments
    }
  );
  return result.fixSources ? { ...filtered, fixSources: result.fixSources } : filtered;
}
function normalizeKubeVersion(version) {
  let match = /^v?(\d+)\.(\d+)/.exec(version.trim());
  if (!match)
    throw new ScaleplanError(
      "USAGE",
      `Invalid Kubernetes version "${version}": expected MAJOR.MINOR, such as 1.30.`
    );
  return `${match[1]}.${match[2]}`;
}
async function lintStream(request) {
  let config = request.config ?? loadConfig(void 0, request.cwd), settings = runSettings(
    request.kubeVersion !== void 0 ? { kubeVersion: request.kubeVersion } : {},
    config
  ), set = {
    label: request.name,
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: []
  };
  if (addFile(set, new SourceFile(request.name, request.text), settings.defaultNamespace), request.context && request.context.length > 0) {
    let context = { ...set, label: "context", manifests: [], problems: [], files: [] };
    for (let entry of request.context)
      addFile(context, new SourceFile(entry.name, entry.text), settings.defaultNamespace);
    set.context = context.manifests;
  }
  return lintLoaded([set], config, settings, { cwd: request.cwd });
}

export {
  writeFileAtomically,
  CACHE_STRATEGIES,
  DEFAULT_KUBE_VERSION,
  lint,
  runSettings,
  lintLoaded,
  lintStream
};
