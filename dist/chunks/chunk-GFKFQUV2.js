import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  lintSets,
  prepareRules,
  summarize
} from "./chunk-BM5EF5BX.js";
import {
  loadConfig
} from "./chunk-Q2Z5ACNK.js";
import {
  collectInputs
} from "./chunk-XJI4DHP6.js";
import {
  RuleSettingsResolver,
  counted,
  quotedList,
  rules
} from "./chunk-LUYGFPJ3.js";
import {
  SourceFile,
  addFile,
  loadInputs,
  minimatch
} from "./chunk-KF3F2Y6J.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";

// src/lint/lint.ts
import path from "node:path";
var DEFAULT_KUBE_VERSION = "1.34", DEFAULT_NAMESPACE = "default";
async function lint(request) {
  let config = request.config ?? loadConfig(request.configFile, request.cwd), settings = runSettings(request, config), notices = [], inputs = collectInputs(request.paths, {
    cwd: request.cwd,
    ignore: config.ignore,
    ignoreBase: config.baseDirectory,
    onSkippedLink: ({ link, root }) => notices.push(
      `${link} is a symlink out of ${root}; not followed (a directory walk stays inside the directory it was given; name the target to lint it).`
    )
  }), sets = await loadInputs(inputs, {
    cwd: request.cwd,
    defaultNamespace: settings.defaultNamespace,
    env: request.env,
    readStdin: request.readStdin ?? (() => Promise.resolve("")),
    buildFailuresAsFindings: !0,
    ...config.limits ? { limits: config.limits } : {}
  }), inputFiles = sets.flatMap(
    (set) => set.files.flatMap((file) => file.absolutePath !== void 0 ? [file.absolutePath] : [])
  );
  return {
    ...await lintLoaded(sets, config, settings, request),
    settings,
    config,
    inputFiles,
    notices
  };
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
  let result = lintSets(sets, {
    rules: rules2,
    config,
    settings,
    cwd: request.cwd
  }), onlyFiles = request.onlyFiles ?? [];
  if (onlyFiles.length === 0)
    return result;
  let relativePath = (file) => path.relative(request.cwd, path.resolve(request.cwd, file)).split(path.sep).join("/"), patternMatches = (pattern, relative) => minimatch(relative, pattern, { dot: !0 }) || relative === pattern, readPaths = [
    .../* @__PURE__ */ new Set([
      ...sets.flatMap((set) => set.files.map((file) => relativePath(file.path))),
      ...[...result.findings, ...result.suppressed].map((finding) => relativePath(finding.file))
    ])
  ], unmatched = (request.onlyFilesMustMatch ?? []).filter(
    (pattern) => !readPaths.some((relative) => patternMatches(pattern, relative))
  );
  if (unmatched.length > 0)
    throw new ScaleplanError(
      "USAGE",
      `--only-files ${quotedList(unmatched)} ${unmatched.length === 1 ? "matches" : "match"} none of the ${counted(readPaths.length, "file")} linted; check the pattern (it is relative to the working directory).`
    );
  let matches = (file) => {
    let relative = relativePath(file);
    return onlyFiles.some((pattern) => patternMatches(pattern, relative));
  };
  return summarize(
    result.findings.filter((finding) => matches(finding.file)),
    result.suppressed.filter((finding) => matches(finding.file)),
    {
      files: result.summary.files,
      objects: result.summary.objects,
      skippedDocuments: result.summary.skippedDocuments
    }
  );
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
  DEFAULT_KUBE_VERSION,
  lint,
  runSettings,
  lintLoaded,
  lintStream
};
