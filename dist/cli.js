#!/usr/bin/env node
import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  FORMAT_NAMES,
  SEVERITIES,
  ScaleplanError,
  SourceFile,
  VERSION,
  addFile,
  isScaleplanError,
  lint,
  lintSets,
  loadFormatter,
  rules
} from "./chunks/chunk-DB5FQ4UT.js";
import "./chunks/chunk-Q4UCH3UE.js";

// src/cli/commands/lint.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
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
  -h, --help          show this help

Exit status: 0 clean, 1 findings that fail, 2 usage, config or input error.
`, SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
function exitCodeFor(result, failOn, maxWarnings) {
  let failing = result.findings.some(
    (finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]
  ), tooManyWarnings = maxWarnings !== void 0 && result.summary.warnings > maxWarnings;
  return failing || tooManyWarnings ? 1 : 0;
}
function parseFailOn(value) {
  let failOn = value ?? "error";
  if (!SEVERITIES.includes(failOn))
    throw new ScaleplanError("USAGE", `--fail-on must be error, warning or info, not "${failOn}".`);
  return failOn;
}
async function lintCommand(argv, io) {
  let { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: !0,
    options: {
      format: { type: "string" },
      output: { type: "string" },
      config: { type: "string" },
      "kube-version": { type: "string" },
      namespace: { type: "string" },
      "fail-on": { type: "string" },
      "max-warnings": { type: "string" },
      "only-files": { type: "string", multiple: !0 },
      root: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
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
    ...onlyFiles !== void 0 ? { onlyFiles } : {}
  }), output = (await loadFormatter(format))(report, {
    rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.meta])),
    color: format === "text" && values.output === void 0 && io.stdoutIsTty && !io.env.NO_COLOR,
    version: VERSION
  });
  if (values.output !== void 0) {
    let target = path.resolve(io.cwd, values.output);
    fs.mkdirSync(path.dirname(target), { recursive: !0 }), fs.writeFileSync(target, output);
  } else
    io.stdout(output);
  return exitCodeFor(report, failOn, maxWarnings);
}

// src/cli/commands/rules.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/lint/testing/lint-sources.ts
var TEST_SETTINGS = { kubeVersion: "1.34", defaultNamespace: "default" };
function lintSources(files, options) {
  let settings = { ...TEST_SETTINGS, ...options.settings }, set = {
    label: "sources",
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: []
  };
  for (let [path2, text] of Object.entries(files))
    addFile(set, new SourceFile(path2, text), settings.defaultNamespace);
  options.beforeLint?.(set);
  let config = {
    baseDirectory: "/",
    rules: options.ruleSettings ?? {},
    ignore: [],
    overrides: []
  };
  return lintSets([set], { rules: options.rules, config, settings, cwd: "/" });
}

// src/lint/rule-examples.ts
function lintRuleExamples(rule) {
  let run = (text) => lintSources({ "example.yaml": text }, { rules: [rule] }).findings.filter(
    (finding) => finding.ruleId === rule.id
  );
  return { incorrect: run(rule.meta.examples.incorrect), correct: run(rule.meta.examples.correct) };
}

// src/cli/commands/rules.ts
var RULES_HELP = `Usage: scaleplan rules [RULE-ID]

Without an argument, list every rule with its default severity. With a rule id, explain
the rule: why it matters, how to fix it, its options, and a failing and a passing example.
`;
function indent(text) {
  return text.replace(/\n$/, "").split(`
`).map((line) => `    ${line}`).join(`
`);
}
function explain(rule) {
  let { meta } = rule, examples = lintRuleExamples(rule), options = Object.entries(meta.optionsSchema?.properties ?? {}).map(
    ([name, schema]) => `  ${name} (default ${JSON.stringify(meta.defaultOptions[name])}): ${schema.description}`
  ), sections = [
    `${rule.id}  [${meta.severity}]  ${meta.scope === "set" ? "cross-object" : "single object"}`,
    `${meta.description}.`,
    `Why it matters:
  ${meta.rationale}`,
    `How to fix:
  ${meta.remediation}`,
    `Failing example:
${indent(meta.examples.incorrect)}
  reports:
${examples.incorrect.map((finding) => `    ${finding.line}:${finding.column}  ${finding.message}`).join(`
`)}`,
    `Passing example:
${indent(meta.examples.correct)}`
  ];
  return options.length > 0 && sections.push(`Options:
${options.join(`
`)}`), sections.push(`Docs: docs/rules/${rule.id}.md`), `${sections.join(`

`)}
`;
}
function rulesCommand(argv, io) {
  let { values, positionals } = parseArgs2({
    args: argv,
    allowPositionals: !0,
    options: { help: { type: "boolean", short: "h" } }
  });
  if (values.help)
    return io.stdout(RULES_HELP), 0;
  let [id, ...rest] = positionals;
  if (rest.length > 0)
    throw new ScaleplanError("USAGE", "scaleplan rules takes at most one rule id.");
  if (id === void 0) {
    let width = Math.max(...rules.map((rule2) => rule2.id.length));
    return io.stdout(
      `${rules.map((rule2) => `${rule2.id.padEnd(width)}  ${rule2.meta.severity.padEnd(7)}  ${rule2.meta.description}`).join(`
`)}
`
    ), 0;
  }
  let rule = rules.find((candidate) => candidate.id === id);
  if (!rule)
    throw new ScaleplanError("USAGE", `Unknown rule "${id}"; run "scaleplan rules" for the list.`);
  return io.stdout(explain(rule)), 0;
}

// src/cli/execute.ts
var HELP = `Usage: scaleplan <command> [options]

Commands:
  lint [PATH|GLOB|-]...    lint Kubernetes manifests for scaling mistakes
  rules [RULE-ID]          list the rules, or explain one

Run "scaleplan <command> --help" for a command's options.
`, COMMANDS = {
  lint: lintCommand,
  rules: rulesCommand
};
async function execute(argv, io) {
  let [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help")
    return io.stdout(HELP), name === void 0 ? 2 : 0;
  if (name === "--version" || name === "-v")
    return io.stdout(`${VERSION}
`), 0;
  let command = COMMANDS[name];
  if (!command)
    return io.stderr(`scaleplan: unknown command "${name}".

${HELP}`), 2;
  try {
    return await command(rest, io);
  } catch (error) {
    if (isScaleplanError(error))
      return io.stderr(`scaleplan: ${error.format()}
`), 2;
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
      return io.stderr(`scaleplan ${name}: ${error.message}
`), 2;
    throw error;
  }
}

// src/cli/bin.ts
function readStdin() {
  return new Promise((resolve, reject) => {
    let chunks = [];
    process.stdin.on("data", (chunk) => chunks.push(chunk)), process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8"))), process.stdin.on("error", reject);
  });
}
var code = await execute(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === !0
});
process.exitCode = code;
