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
} from "./chunk-S6GL4GBH.js";
import {
  CACHE_STRATEGIES,
  lint
} from "./chunk-OMOHYDDY.js";
import {
  counted,
  rules
} from "./chunk-DGONFKDF.js";
import {
  VERSION
} from "./chunk-PQ4PBZIW.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";

// src/cli/commands/lint.ts
import fs from "node:fs";
import path from "node:path";
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
  let report = await lint({
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
  });
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
    existing = fs.statSync(real, { throwIfNoEntry: !1 });
  } catch {
  }
  if (existing?.isDirectory())
    throw new ScaleplanError("USAGE", `--output ${shown} is a directory; name a file.`);
  let direct = existing !== void 0 && !existing.isFile(), temporary = `${real}.scaleplan-${process.pid}-${Date.now()}.tmp`;
  try {
    direct ? fs.writeFileSync(real, output) : (makeParents(path.dirname(real)), fs.writeFileSync(temporary, output, { flag: "wx" }), fs.renameSync(temporary, real));
  } catch (error) {
    !direct && fs.existsSync(temporary) && fs.rmSync(temporary, { force: !0 });
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
  if (fs.existsSync(directory))
    return;
  let parent = path.dirname(directory);
  parent !== directory && makeParents(parent), fs.mkdirSync(directory);
}
function realpathOrSelf(file) {
  try {
    return fs.realpathSync(file);
  } catch {
    let parent = path.dirname(file);
    return parent === file ? file : path.join(realpathOrSelf(parent), path.basename(file));
  }
}

export {
  LINT_HELP,
  exitCodeFor,
  lintCommand
};
