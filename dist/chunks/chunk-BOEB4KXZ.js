import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-UZ77ADDH.js";
import {
  failingFindings,
  parseFailOn,
  rulesMeta
} from "./chunk-CYHD5KSS.js";
import {
  FORMAT_NAMES,
  loadFormatter
} from "./chunk-4SIWNMIG.js";
import {
  CACHE_STRATEGIES,
  lint,
  writeFileAtomically
} from "./chunk-QV3S4CJK.js";
import {
  applyFixes
} from "./chunk-TPX2WFDM.js";
import {
  counted,
  rules
} from "./chunk-RSM3QVGN.js";
import {
  decodeText,
  describeReadError
} from "./chunk-AQRGXSGC.js";
import {
  VERSION
} from "./chunk-QGB765FN.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";

// src/cli/commands/lint.ts
import fs2 from "node:fs";
import path from "node:path";

// src/lint/fix-run.ts
import fs from "node:fs";
var MAX_FIX_PASSES = 10;
async function lintAndFix(request, fix = {}) {
  let select = fix.select ?? (() => !0), changes = /* @__PURE__ */ new Map(), skipped = /* @__PURE__ */ new Set(), fixed = 0, report = await lint(request);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let sources = report.fixSources ?? /* @__PURE__ */ new Map(), texts = new Map([...sources].map(([file, source]) => [file, source.text])), applied = applyFixes(texts, report.findings.filter(select)), written = /* @__PURE__ */ new Set();
    for (let [file, after] of applied.texts) {
      let source = sources.get(file), problem = source ? fix.dryRun ? void 0 : writeFixed(source, after) : "not read";
      if (problem !== void 0) {
        skipped.add(`${file}: ${problem}; not fixed.`);
        continue;
      }
      written.add(file), changes.set(file, { file, before: changes.get(file)?.before ?? source?.text ?? "", after });
    }
    if (fixed += applied.applied.filter(
      (finding) => editsOf(finding).every((edit) => written.has(edit.file))
    ).length, fix.dryRun || written.size === 0)
      break;
    report = await lint(request);
  }
  return {
    report,
    fixed,
    changes: [...changes.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    skipped: [...skipped].sort()
  };
}
function writeFixed(source, after) {
  if (source.absolutePath === void 0)
    return "not a file on disk";
  let target, bytes;
  try {
    target = fs.realpathSync(source.absolutePath), bytes = fs.readFileSync(target);
  } catch (error) {
    return `cannot be read: ${describeReadError(error)}`;
  }
  let decoded = decodeText(bytes);
  if (decoded.problem || bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)
    return "not UTF-8 text";
  if (/\r(?!\n)/.test(decoded.text))
    return "it ends lines with lone CRs";
  if (decoded.text !== source.text)
    return "it changed on disk since it was read";
  let bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? "\uFEFF" : "";
  try {
    writeFileAtomically(target, `${bom}${after}`, { mode: fs.statSync(target).mode });
  } catch (error) {
    return `cannot be written: ${describeReadError(error)}`;
  }
}
function editsOf(finding) {
  return finding.autofix && "edits" in finding.autofix ? finding.autofix.edits : [];
}

// src/format/unified-diff.ts
function splitLines(text) {
  if (text === "")
    return { lines: [], missingEol: !1 };
  let lines = text.split(`
`), missingEol = lines.at(-1) !== "";
  return missingEol || lines.pop(), { lines, missingEol };
}
function diffLines(a, b) {
  let head = 0;
  for (; head < a.length && head < b.length && a[head] === b[head]; )
    head++;
  let tail = 0;
  for (; tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]; )
    tail++;
  let ops = [];
  for (let index = 0; index < head; index++)
    ops.push({ kind: " ", line: a[index] ?? "", oldIndex: index, newIndex: index });
  let midA = a.slice(head, a.length - tail), midB = b.slice(head, b.length - tail);
  if (midA.length * midB.length > 4e6)
    midA.forEach(
      (line, index) => ops.push({ kind: "-", line, oldIndex: head + index, newIndex: head })
    ), midB.forEach(
      (line, index) => ops.push({ kind: "+", line, oldIndex: head + midA.length, newIndex: head + index })
    );
  else {
    let width = midB.length + 1, lengths = new Uint32Array((midA.length + 1) * width);
    for (let i2 = midA.length - 1; i2 >= 0; i2--)
      for (let j2 = midB.length - 1; j2 >= 0; j2--)
        lengths[i2 * width + j2] = midA[i2] === midB[j2] ? (lengths[(i2 + 1) * width + j2 + 1] ?? 0) + 1 : Math.max(lengths[(i2 + 1) * width + j2] ?? 0, lengths[i2 * width + j2 + 1] ?? 0);
    let i = 0, j = 0;
    for (; i < midA.length || j < midB.length; )
      i < midA.length && j < midB.length && midA[i] === midB[j] ? (ops.push({ kind: " ", line: midA[i] ?? "", oldIndex: head + i, newIndex: head + j }), i++, j++) : j >= midB.length || i < midA.length && (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0) ? (ops.push({ kind: "-", line: midA[i] ?? "", oldIndex: head + i, newIndex: head + j }), i++) : (ops.push({ kind: "+", line: midB[j] ?? "", oldIndex: head + i, newIndex: head + j }), j++);
  }
  for (let index = 0; index < tail; index++) {
    let oldIndex = a.length - tail + index, newIndex = b.length - tail + index;
    ops.push({ kind: " ", line: a[oldIndex] ?? "", oldIndex, newIndex });
  }
  return ops;
}
function unifiedDiff(changes) {
  return changes.map(fileDiff).join("");
}
function fileDiff(change) {
  let before = splitLines(change.before), after = splitLines(change.after), ops = diffLines(before.lines, after.lines), changed = ops.flatMap((op, index2) => op.kind === " " ? [] : [index2]);
  if (changed.length === 0)
    return "";
  let out = [`--- a/${change.file}
`, `+++ b/${change.file}
`], index = 0;
  for (; index < changed.length; ) {
    let first = changed[index] ?? 0, last = first;
    for (; index + 1 < changed.length && (changed[index + 1] ?? 0) - last <= 7; )
      index++, last = changed[index] ?? last;
    index++;
    let start = Math.max(0, first - 3), end = Math.min(ops.length, last + 3 + 1), hunk = ops.slice(start, end), oldCount = hunk.filter((op) => op.kind !== "+").length, newCount = hunk.filter((op) => op.kind !== "-").length, oldStart = (hunk[0]?.oldIndex ?? 0) + (oldCount > 0 ? 1 : 0), newStart = (hunk[0]?.newIndex ?? 0) + (newCount > 0 ? 1 : 0);
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@
`);
    for (let op of hunk) {
      out.push(`${op.kind}${op.line}
`);
      let lastOld = op.kind !== "+" && op.oldIndex === before.lines.length - 1, lastNew = op.kind !== "-" && op.newIndex === after.lines.length - 1;
      (lastOld && before.missingEol && op.kind === "-" || lastNew && after.missingEol && op.kind === "+" || op.kind === " " && lastOld && before.missingEol) && out.push(`\\ No newline at end of file
`);
    }
  }
  return out.join("");
}

// src/cli/commands/lint.ts
var LINT_HELP = `Usage: scaleplan lint [PATH|GLOB|-]... [options]

Lint Kubernetes manifests for scaling mistakes. PATH may be a file, a directory (searched
for .yaml, .yml and .json; a directory with a kustomization is rendered with kubectl
kustomize), a glob, or - for stdin. Default: the current directory.

Options:
  --format F          text (default), json, sarif, github, markdown, junit
  --output FILE       write the report to FILE instead of stdout
  --config FILE       config file (default: .scaleplan.yaml found upwards)
  --kube-version X.Y  Kubernetes version for deprecated-API and schema checks
  --namespace NS      namespace of objects that set none (default: default)
  --fail-on LEVEL     error (default), warning or info: lowest severity that fails
  --max-warnings N    also fail when there are more than N warnings
  --only-files GLOB   report findings only for these files (repeatable); rules still
                      see every object
  --root DIR          lint DIR as the whole set and report findings only for the PATHs
                      given (the pre-commit hook: staged files, with cross-object context)
  --fix               apply the machine fixes of the findings to their source files (the
                      base or patch a Kustomize field comes from), lint again until
                      nothing changes; the report and exit status are for what remains
  --fix-dry-run       print the fixes as a unified diff; write nothing
  --rule ID           with --fix or --fix-dry-run, fix only this rule's findings
                      (repeatable)
  --fix-type CAT      with --fix or --fix-dry-run, fix only rules of this category
                      (repeatable): requests, quota, autoscaling, disruption,
                      references, set
  --cache             keep the parse of every file between runs; only changed files are
                      parsed again (findings are never cached)
  --cache-location P  cache file, or directory for it (default:
                      node_modules/.cache/scaleplan/ if ./node_modules exists, else
                      .scaleplan-cache/, which ignores itself in git)
  --cache-strategy S  metadata (default: a file whose size, inode and times are unchanged
                      is not read) or content (every file is read and hashed); either way
                      the content hash decides
  -h, --help          show this help

Exit status: 0 clean, 1 findings that fail, 2 usage, config or input error.
`;
function exitCodeFor(result, failOn, maxWarnings) {
  let failing = failingFindings(result, failOn).length > 0, tooManyWarnings = maxWarnings !== void 0 && result.summary.warnings > maxWarnings;
  return failing || tooManyWarnings ? 1 : 0;
}
async function lintCommand(argv, io) {
  let { values, positionals } = parseCommandArgs("lint", argv, {
    format: { type: "string" },
    output: { type: "string" },
    config: { type: "string" },
    "kube-version": { type: "string" },
    namespace: { type: "string" },
    "fail-on": { type: "string" },
    "max-warnings": { type: "string" },
    "only-files": { type: "string", multiple: !0 },
    root: { type: "string" },
    cache: { type: "boolean" },
    "cache-location": { type: "string" },
    "cache-strategy": { type: "string" },
    fix: { type: "boolean" },
    "fix-dry-run": { type: "boolean" },
    rule: { type: "string", multiple: !0 },
    "fix-type": { type: "string", multiple: !0 },
    help: { type: "boolean", short: "h" }
  });
  if (values.help)
    return io.stdout(LINT_HELP), 0;
  let format = values.format ?? "text";
  if (!FORMAT_NAMES.includes(format))
    throw new ScaleplanError(
      "USAGE",
      `Unknown format "${format}"; use one of ${FORMAT_NAMES.join(", ")}.`
    );
  let failOn = parseFailOn(values["fail-on"]), maxWarnings;
  if (values["max-warnings"] !== void 0 && (maxWarnings = Number(values["max-warnings"]), !Number.isInteger(maxWarnings) || maxWarnings < 0))
    throw new ScaleplanError(
      "USAGE",
      `--max-warnings needs a whole number, not "${values["max-warnings"]}".`
    );
  let strategy = values["cache-strategy"];
  if (strategy !== void 0 && !CACHE_STRATEGIES.includes(strategy))
    throw new ScaleplanError(
      "USAGE",
      `Unknown --cache-strategy "${strategy}"; use ${CACHE_STRATEGIES.join(" or ")}.`
    );
  if (!values.cache && (strategy !== void 0 || values["cache-location"] !== void 0))
    throw new ScaleplanError(
      "USAGE",
      "--cache-location and --cache-strategy only apply with --cache; add --cache."
    );
  let onlyFiles = values.root !== void 0 ? [...values["only-files"] ?? [], ...positionals] : values["only-files"];
  if (values.root !== void 0 && onlyFiles?.length === 0)
    return 0;
  let select = fixSelection(values.rule, values["fix-type"], values.fix, values["fix-dry-run"]), request = {
    paths: values.root !== void 0 ? [values.root] : positionals.length > 0 ? positionals : ["."],
    cwd: io.cwd,
    env: io.env,
    readStdin: io.readStdin,
    ...values.config !== void 0 ? { configFile: values.config } : {},
    ...values["kube-version"] !== void 0 ? { kubeVersion: values["kube-version"] } : {},
    ...values.namespace !== void 0 ? { namespace: values.namespace } : {},
    ...onlyFiles !== void 0 ? { onlyFiles } : {},
    ...values.cache ? {
      cache: {
        ...values["cache-location"] !== void 0 ? { location: values["cache-location"] } : {},
        ...strategy !== void 0 ? { strategy } : {}
      }
    } : {},
    // Staged paths (--root operands) may be files lint never reads, such as a README.
    ...values["only-files"] !== void 0 ? { onlyFilesMustMatch: values["only-files"] } : {}
  }, outcome = values.fix === !0 || values["fix-dry-run"] === !0 ? await lintAndFix(request, { select, dryRun: values["fix-dry-run"] === !0 }) : void 0, report = outcome?.report ?? await lint(request);
  if (outcome)
    for (let skipped of outcome.skipped)
      io.stderr(`scaleplan lint: notice: ${skipped}
`);
  if (outcome && values["fix-dry-run"])
    return io.stdout(unifiedDiff(outcome.changes)), io.stderr(
      `scaleplan lint: --fix-dry-run: ${counted(outcome.fixed, "problem")} fixable in ${counted(outcome.changes.length, "file")}; nothing written.
`
    ), exitCodeFor(report, failOn, maxWarnings);
  outcome && (report.summary.fixed = outcome.fixed);
  for (let notice of report.notices)
    io.stderr(`scaleplan lint: notice: ${notice}
`);
  let output = (await loadFormatter(format))(report, {
    rules: rulesMeta(rules),
    color: format === "text" && values.output === void 0 && io.stdoutIsTty && !io.env.NO_COLOR,
    version: VERSION,
    failOn
  });
  values.output !== void 0 ? writeReport(path.resolve(io.cwd, values.output), values.output, output, report.inputFiles) : io.stdout(output);
  let code = exitCodeFor(report, failOn, maxWarnings);
  return maxWarnings !== void 0 && report.summary.warnings > maxWarnings && io.stderr(
    `scaleplan lint: ${counted(report.summary.warnings, "warning")} exceed --max-warnings ${maxWarnings}.
`
  ), code;
}
function writeReport(target, shown, output, inputs) {
  let real = realpathOrSelf(target);
  if (inputs.some((input) => realpathOrSelf(input) === real))
    throw new ScaleplanError(
      "USAGE",
      `--output ${shown} is one of the files being linted; writing the report there would replace it. Choose another path.`
    );
  let existing;
  try {
    existing = fs2.statSync(real, { throwIfNoEntry: !1 });
  } catch {
  }
  if (existing?.isDirectory())
    throw new ScaleplanError("USAGE", `--output ${shown} is a directory; name a file.`);
  let direct = existing !== void 0 && !existing.isFile();
  try {
    direct ? fs2.writeFileSync(real, output) : (makeParents(path.dirname(real)), writeFileAtomically(real, output));
  } catch (error) {
    let reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new ScaleplanError(
      "USAGE",
      `Cannot write the report to ${shown} (${reason}${reason === "EACCES" || reason === "EPERM" ? ": permission denied" : ""}).`,
      void 0,
      { cause: error }
    );
  }
}
function makeParents(directory) {
  if (fs2.existsSync(directory))
    return;
  let parent = path.dirname(directory);
  parent !== directory && makeParents(parent), fs2.mkdirSync(directory);
}
function realpathOrSelf(file) {
  try {
    return fs2.realpathSync(file);
  } catch {
    let parent = path.dirname(file);
    return parent === file ? file : path.join(realpathOrSelf(parent), path.basename(file));
  }
}
var CATEGORIES = [
  "requests",
  "quota",
  "autoscaling",
  "disruption",
  "references",
  "set"
];
function fixSelection(ruleIds, types, fix, dryRun) {
  if ((ruleIds !== void 0 || types !== void 0) && !fix && !dryRun)
    throw new ScaleplanError(
      "USAGE",
      "--rule and --fix-type only apply with --fix or --fix-dry-run."
    );
  if (fix && dryRun)
    throw new ScaleplanError("USAGE", "--fix and --fix-dry-run exclude each other; choose one.");
  let known = new Set(rules.map((rule) => rule.id)), unknownRule = (ruleIds ?? []).find((id) => !known.has(id));
  if (unknownRule !== void 0)
    throw new ScaleplanError("USAGE", `--rule ${unknownRule} is not a rule; see scaleplan rules.`);
  let unknownType = (types ?? []).find(
    (type) => !CATEGORIES.includes(type)
  );
  if (unknownType !== void 0)
    throw new ScaleplanError(
      "USAGE",
      `--fix-type ${unknownType} is not a rule category; use one of ${CATEGORIES.join(", ")}.`
    );
  let categories = new Map(rules.map((rule) => [rule.id, rule.meta.category]));
  return (finding) => (ruleIds === void 0 || ruleIds.includes(finding.ruleId)) && (types === void 0 || types.includes(categories.get(finding.ruleId) ?? ""));
}

export {
  LINT_HELP,
  exitCodeFor,
  lintCommand
};
