import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  KUSTOMIZATION_FILES,
  SourceCache,
  displayPath,
  kustomizationFileIn,
  localReferences,
  minimatch,
  readKustomization,
  toPosix
} from "./chunk-AQRGXSGC.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";

// src/load/inputs.ts
import fs from "node:fs";
import path from "node:path";
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"], SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]), GLOB_MAGIC = /[*?[\]{}()!+@]/;
function collectInputs(operands, options) {
  knownRealPaths.clear();
  let collector = new Collector(options);
  for (let operand of operands)
    collector.addOperand(operand);
  return collector.inputs;
}
var Collector = class {
  constructor(options) {
    this.options = options;
    this.isIgnored = makeIgnoreMatcher(options), this.sources = new SourceCache(options.cwd);
  }
  options;
  inputs = [];
  /** Real path (or `-`) → index in `inputs`. */
  seen = /* @__PURE__ */ new Map();
  isIgnored;
  sources;
  addOperand(operand) {
    if (operand === "-") {
      this.add({ kind: "stdin", displayPath: "<stdin>" });
      return;
    }
    let absolute = path.resolve(this.options.cwd, operand), stat;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = void 0;
    }
    if (stat?.isDirectory()) {
      if (this.isIgnored(absolute))
        return;
      kustomizationFileIn(absolute) ? this.addKustomization(absolute) : this.addDirectory(absolute);
    } else if (stat?.isFile()) {
      if (this.isIgnored(absolute))
        return;
      KUSTOMIZATION_FILES.includes(path.basename(absolute)) ? this.addKustomization(path.dirname(absolute)) : this.addFile(absolute);
    } else {
      if (stat)
        throw new ScaleplanError(
          "INPUT_UNREADABLE",
          `${operand} is neither a file nor a directory, so it cannot be linted.`,
          { file: displayPath(this.options.cwd, absolute) }
        );
      if (GLOB_MAGIC.test(operand)) {
        let { base, files, linksOut } = expandGlob(operand, this.options.cwd, this.isIgnored);
        if (this.tellSkipped(linksOut, base), files.length === 0)
          throw new ScaleplanError("INPUT_NOT_FOUND", `No files match the pattern "${operand}".`);
        files.forEach((file) => this.addFile(file));
      } else
        throw new ScaleplanError("INPUT_NOT_FOUND", `No such file or directory: ${operand}`);
    }
  }
  add(input) {
    if (input.kind === "stdin") {
      this.seen.has("-") || (this.seen.set("-", this.inputs.length), this.inputs.push(input));
      return;
    }
    let real = realPathOr(input.absolutePath), key = `${input.kind}:${real}`, index = this.seen.get(key);
    index === void 0 ? (this.seen.set(key, this.inputs.length), this.inputs.push(input)) : input.absolutePath === real && (this.inputs[index] = input);
  }
  tellSkipped(links, root) {
    for (let link of links)
      this.options.onSkippedLink?.({
        link: displayPath(this.options.cwd, link),
        root: displayPath(this.options.cwd, root)
      });
  }
  addFile(absolutePath) {
    this.add({
      kind: "file",
      absolutePath,
      displayPath: displayPath(this.options.cwd, absolutePath)
    });
  }
  addKustomization(directory) {
    this.add({
      kind: "kustomize",
      absolutePath: directory,
      displayPath: displayPath(this.options.cwd, directory)
    });
  }
  addDirectory(root) {
    let { files, kustomizeRoots, linksOut } = walk(root, this.isIgnored);
    this.tellSkipped(linksOut, root);
    let { leaves, builtFrom } = leafRoots(kustomizeRoots, this.sources);
    for (let file of files)
      builtFrom.has(realPathOr(file)) || this.addFile(file);
    leaves.forEach((leaf) => this.addKustomization(leaf));
  }
}, knownRealPaths = /* @__PURE__ */ new Map();
function realPathOr(absolutePath) {
  let known = knownRealPaths.get(absolutePath);
  if (known !== void 0)
    return known;
  try {
    return fs.realpathSync(absolutePath);
  } catch {
    return absolutePath;
  }
}
function makeIgnoreMatcher(options) {
  let patterns = (options.ignore ?? []).filter((pattern) => pattern.trim() !== "");
  if (patterns.length === 0)
    return () => !1;
  let base = options.ignoreBase ?? options.cwd;
  return (absolutePath) => {
    let relative = toPosix(path.relative(base, absolutePath));
    return relative === "" ? !1 : patterns.some(
      (pattern) => minimatch(relative, pattern, { dot: !0 }) || minimatch(relative, `${pattern.replace(/\/$/, "")}/**`, { dot: !0 })
    );
  };
}
function isManifestFile(name) {
  return MANIFEST_EXTENSIONS.some((extension) => name.endsWith(extension));
}
function walk(root, isIgnored, stopAtKustomizeRoots = !0) {
  let result = { files: [], kustomizeRoots: [], linksOut: [] }, visited = /* @__PURE__ */ new Set(), throughSymlinks = [], realRoot = realPathOr(root), visit = (directory) => {
    let real = realPathOr(directory);
    if (visited.has(real))
      return;
    if (visited.add(real), stopAtKustomizeRoots && directory !== root && kustomizationFileIn(directory)) {
      result.kustomizeRoots.push(directory);
      return;
    }
    let entries;
    try {
      entries = fs.readdirSync(directory, { withFileTypes: !0 });
    } catch (error) {
      throw new ScaleplanError(
        "INPUT_UNREADABLE",
        `Cannot read directory ${directory}: ${errorText(error)}`,
        void 0,
        { cause: error }
      );
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (let entry of entries) {
      if (SKIPPED_DIRECTORIES.has(entry.name) || entry.name.startsWith(".scaleplan-staging-"))
        continue;
      let child = path.join(directory, entry.name);
      if (isIgnored(child))
        continue;
      let isDirectory = entry.isDirectory(), isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let stat, target;
        try {
          stat = fs.statSync(child), target = fs.realpathSync(child);
        } catch {
          continue;
        }
        if (!isInsideRoot(realRoot, target)) {
          result.linksOut.push(child);
          continue;
        }
        if (stat.isDirectory()) {
          throughSymlinks.push(child);
          continue;
        }
        isFile = stat.isFile();
      }
      isDirectory ? visit(child) : isFile && isManifestFile(entry.name) && !(stopAtKustomizeRoots && KUSTOMIZATION_FILES.includes(entry.name)) && (entry.isSymbolicLink() || knownRealPaths.set(child, path.join(real, entry.name)), result.files.push(child));
    }
  };
  visit(root);
  for (let index = 0; index < throughSymlinks.length; index++)
    visit(throughSymlinks[index]);
  return result;
}
function isInsideRoot(root, target) {
  let relative = path.relative(root, target);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function errorText(error) {
  let code = error.code, message = error instanceof Error ? error.message : String(error);
  return code ? `${code} (${message.replace(/^\w+: /, "")})` : message;
}
function buildClosure(root, sources) {
  let included = /* @__PURE__ */ new Set(), queue = [root], visited = /* @__PURE__ */ new Set([realPathOr(root)]);
  for (; queue.length > 0; ) {
    let directory = queue.shift(), kustomization = readKustomization(directory, sources);
    if (kustomization)
      for (let reference of localReferences(kustomization)) {
        let real = realPathOr(reference.absolutePath);
        included.add(real), reference.isDirectory && !visited.has(real) && (visited.add(real), queue.push(reference.absolutePath));
      }
  }
  return included;
}
function leafRoots(roots, sources) {
  let closures = new Map(roots.map((root) => [root, buildClosure(root, sources)])), builtFrom = /* @__PURE__ */ new Set(), leaves = [];
  for (let root of roots) {
    let real = realPathOr(root);
    roots.filter(
      (other) => other !== root && closures.get(other)?.has(real) === !0 && closures.get(root)?.has(realPathOr(other)) !== !0
    ).length === 0 && (leaves.push(root), closures.get(root)?.forEach((entry) => builtFrom.add(entry)));
  }
  return { leaves, builtFrom };
}
function expandGlob(pattern, cwd, isIgnored) {
  let normalized = toPosix(pattern), segments = normalized.split("/"), staticSegments = [];
  for (let segment of segments) {
    if (GLOB_MAGIC.test(segment))
      break;
    staticSegments.push(segment);
  }
  let base = path.resolve(cwd, staticSegments.join("/") || ".");
  if (!fs.existsSync(base))
    return { base, files: [], linksOut: [] };
  let absolutePattern = toPosix(path.resolve(cwd, normalized)), { files, linksOut } = walk(base, isIgnored, !1), matches = (file) => minimatch(toPosix(file), absolutePattern, { dot: !1 });
  return { base, files: files.filter(matches), linksOut: linksOut.filter(matches) };
}

export {
  collectInputs
};
