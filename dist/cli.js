#!/usr/bin/env node
import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  STARTERS,
  initSpec
} from "./chunks/chunk-KDXX34LW.js";
import {
  exitCodeFor,
  lintCommand
} from "./chunks/chunk-U6HQT22E.js";
import {
  ScaleplanError,
  SourceFile,
  VERSION,
  addFile,
  buildEnvironment,
  checkCompiled,
  compileSpec,
  isScaleplanError,
  lintLoaded,
  lintSets,
  lintStream,
  loadConfig,
  prepareRules,
  rules,
  runSettings,
  writeCompiled
} from "./chunks/chunk-MLOOQ2JE.js";
import "./chunks/chunk-PAAWLEMI.js";
import "./chunks/chunk-HTR4EXA2.js";
import {
  formatText
} from "./chunks/chunk-NKD6L42I.js";
import "./chunks/chunk-VXV2MXR7.js";

// src/cli/commands/argocd.ts
import { parseArgs } from "node:util";

// src/integrations/argocd/generate.ts
var SPEC_PARAMETER = "env", ENVIRONMENT_VARIABLE = "ARGOCD_ENV_SCALEPLAN_ENV";
function readOptions(env) {
  let parameters = parseParameters(env.ARGOCD_APP_PARAMETERS), fromParameters = (name) => {
    let parameter = parameters.find((entry) => entry.name === name);
    return typeof parameter?.string == "string" && parameter.string !== "" ? parameter.string : void 0;
  }, environment = fromParameters(SPEC_PARAMETER) ?? nonEmpty(env.PARAM_ENV) ?? nonEmpty(env[ENVIRONMENT_VARIABLE]), spec = fromParameters("spec") ?? nonEmpty(env.PARAM_SPEC) ?? nonEmpty(env.ARGOCD_ENV_SCALEPLAN_SPEC), failOn = fromParameters("fail-on") ?? nonEmpty(env.PARAM_FAIL_ON) ?? nonEmpty(env.ARGOCD_ENV_SCALEPLAN_FAIL_ON) ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "info")
    throw new ScaleplanError(
      "USAGE",
      `The fail-on parameter must be error, warning or info, not "${failOn}".`
    );
  let options = { failOn };
  environment !== void 0 && (options.environment = environment), spec !== void 0 && (options.spec = spec);
  let kubeVersion = nonEmpty(env.KUBE_VERSION);
  return kubeVersion !== void 0 && (options.kubeVersion = kubeVersion), options;
}
function nonEmpty(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}
function parseParameters(json) {
  if (!json)
    return [];
  try {
    let parsed = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((entry) => typeof entry == "object" && entry !== null) : [];
  } catch {
    throw new ScaleplanError("USAGE", "ARGOCD_APP_PARAMETERS is not valid JSON.");
  }
}
var RANK = { info: 0, warning: 1, error: 2 };
async function generateManifests(options, cwd, env) {
  let { manifests, compiled, environment } = await buildEnvironment({
    cwd,
    env,
    ...options.spec !== void 0 ? { spec: options.spec } : {},
    ...options.environment !== void 0 ? { environment: options.environment } : {}
  }), kubeVersion = options.kubeVersion ?? compiled.plan.spec.kubeVersion, lint = await lintStream({
    text: manifests,
    name: `${compiled.specDisplay} (${environment})`,
    cwd,
    ...kubeVersion !== void 0 ? { kubeVersion } : {}
  }), outcome = { manifests, lint, failed: !1, environment };
  if (!/^\s*(apiVersion|kind):/m.test(manifests))
    return outcome.failed = !0, outcome.failure = `scaleplan: environment "${environment}" of ${compiled.specDisplay} built to no manifests; refusing to hand Argo CD an empty stream, which would prune every resource of the application.`, outcome;
  let failing = lint.findings.filter((finding) => RANK[finding.severity] >= RANK[options.failOn]);
  return failing.length > 0 && (outcome.failed = !0, outcome.failure = `scaleplan: ${failing.length} lint finding(s) at or above "${options.failOn}" in environment "${environment}" of ${compiled.specDisplay}; not syncing. Fix them, or lower fail-on in the plugin parameters.`), outcome;
}

// src/cli/commands/argocd.ts
var ARGOCD_HELP = `Usage: scaleplan argocd generate

The Argo CD Config Management Plugin's generate command (argocd/plugin.yaml). Run in the
application's directory: compiles ./scaleplan.yaml for the environment named by the plugin
parameter "env" (or ARGOCD_ENV_SCALEPLAN_ENV), builds it with Kustomize, lints it for
KUBE_VERSION, and prints only the manifests on stdout. Findings and logs go to stderr; lint
errors or an empty result exit non-zero, which fails the sync.
`;
async function argocdCommand(argv, io) {
  let { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: !0,
    options: { help: { type: "boolean", short: "h" } }
  });
  if (values.help || positionals.length === 0)
    return io.stdout(ARGOCD_HELP), values.help ? 0 : 1;
  if (positionals[0] !== "generate" || positionals.length > 1)
    throw new ScaleplanError(
      "USAGE",
      `Unknown argocd subcommand "${positionals.join(" ")}"; the plugin runs "scaleplan argocd generate".`
    );
  let outcome = await generateManifests(readOptions(io.env), io.cwd, io.env);
  return outcome.lint.findings.length > 0 && io.stderr(
    formatText(outcome.lint, {
      rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.meta])),
      color: !1,
      version: VERSION
    })
  ), outcome.failed ? (io.stderr(`${outcome.failure ?? "scaleplan: generate failed."}
`), 1) : (io.stderr(`scaleplan: environment "${outcome.environment}" built and linted.
`), io.stdout(outcome.manifests), 0);
}

// src/cli/commands/build.ts
import { parseArgs as parseArgs2 } from "node:util";
var BUILD_HELP = `Usage: scaleplan build [SPEC] --env NAME [--no-lint]

Compile one environment in memory, build it with kubectl kustomize (or kustomize), and
print exactly what Kustomize prints: the manifests to deploy, on stdout. The result is
linted; findings go to stderr, and errors make the exit status 1.

  SPEC          the spec file (default: ./scaleplan.yaml)
  --env NAME    the environment to build (required when the spec has several)
  --no-lint     do not lint the output
  -h, --help    show this help
`, BUILD_OUTPUT_NAME = "<stdout>";
async function buildCommand(argv, io) {
  let { values, positionals } = parseArgs2({
    args: argv,
    allowPositionals: !0,
    options: {
      env: { type: "string" },
      "no-lint": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help)
    return io.stdout(BUILD_HELP), 0;
  if (positionals.length > 1)
    throw new ScaleplanError("USAGE", "scaleplan build takes one spec file.");
  let { manifests, compiled, environment } = await buildEnvironment({
    cwd: io.cwd,
    env: io.env,
    ...positionals[0] !== void 0 ? { spec: positionals[0] } : {},
    ...values.env !== void 0 ? { environment: values.env } : {}
  });
  if (io.stdout(manifests), values["no-lint"])
    return 0;
  let config = loadConfig(void 0, io.cwd), settings = runSettings(
    compiled.plan.spec.kubeVersion !== void 0 ? { kubeVersion: compiled.plan.spec.kubeVersion } : {},
    config
  ), set = {
    label: `build ${environment}`,
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: []
  };
  addFile(set, new SourceFile(BUILD_OUTPUT_NAME, manifests), settings.defaultNamespace);
  let result = await lintLoaded([set], config, settings, { cwd: io.cwd });
  return result.findings.length > 0 && io.stderr(
    formatText(result, {
      rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.meta])),
      color: !1,
      version: VERSION
    })
  ), exitCodeFor(result, "error", void 0);
}

// src/cli/commands/compile.ts
import { parseArgs as parseArgs3 } from "node:util";
var COMPILE_HELP = `Usage: scaleplan compile [SPEC] [-o DIR] [--env NAME]... [--check]

Compile a ScalePlan spec into Kustomize overlays, one directory per environment
(DIR/<env>/ with kustomization.yaml, the generated objects, patches and RUNBOOK.md).

  SPEC              the spec file (default: ./scaleplan.yaml)
  -o, --output DIR  output directory (default: overlays/ beside the spec)
  --env NAME        compile only this environment (repeatable; default: all)
  --check           write nothing; exit 1 and list the files that differ when the
                    overlays on disk are not what the spec compiles to
  -h, --help        show this help

A spec with problems is exit 2 with every problem (file:line:col) and nothing written.
Writing goes to a staging directory inside DIR first, then each environment directory is
renamed into place, so a failure leaves the old overlays as they were.
`;
async function compileCommand(argv, io) {
  let { values, positionals } = parseArgs3({
    args: argv,
    allowPositionals: !0,
    options: {
      output: { type: "string", short: "o" },
      env: { type: "string", multiple: !0 },
      check: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help)
    return io.stdout(COMPILE_HELP), 0;
  if (positionals.length > 1)
    throw new ScaleplanError("USAGE", "scaleplan compile takes one spec file.");
  let compiled = await compileSpec({
    cwd: io.cwd,
    env: io.env,
    ...positionals[0] !== void 0 ? { spec: positionals[0] } : {},
    ...values.output !== void 0 ? { output: values.output } : {},
    ...values.env !== void 0 ? { environments: values.env } : {}
  }), prefix = compiled.outputDisplay === "." ? "" : `${compiled.outputDisplay}/`;
  if (values.check) {
    let differences = checkCompiled(compiled);
    return differences.length === 0 ? (io.stderr(`${compiled.outputDisplay} is up to date with ${compiled.specDisplay}.
`), 0) : (io.stdout(differences.map((entry) => `${prefix}${entry.path} (${entry.kind})
`).join("")), io.stderr(
      `${differences.length} file${differences.length === 1 ? "" : "s"} in ${compiled.outputDisplay} differ${differences.length === 1 ? "s" : ""} from what ${compiled.specDisplay} compiles to; run "scaleplan compile ${compiled.specDisplay}".
`
    ), 1);
  }
  let written = writeCompiled(compiled);
  return io.stderr(
    `Compiled ${compiled.specDisplay} into ${compiled.outputDisplay}: ${written.length} files for ${compiled.environments.join(", ")}.
`
  ), 0;
}

// src/cli/commands/init.ts
import { parseArgs as parseArgs4 } from "node:util";
var INIT_HELP = `Usage: scaleplan init [--example NAME]

Write a commented starter scaleplan.yaml in the current directory, and a minimal base/
for it when there is none. It compiles as is: run "scaleplan compile" next.
An existing scaleplan.yaml is never overwritten.

Examples:
${Object.entries(STARTERS).map(([name, starter]) => `  ${name.padEnd(14)} ${starter.description}`).join(`
`)}
`;
function initCommand(argv, io) {
  let { values, positionals } = parseArgs4({
    args: argv,
    allowPositionals: !0,
    options: {
      example: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help)
    return io.stdout(INIT_HELP), 0;
  if (positionals.length > 0)
    throw new ScaleplanError("USAGE", "scaleplan init takes no arguments (only --example NAME).");
  let result = initSpec({
    cwd: io.cwd,
    ...values.example !== void 0 ? { example: values.example } : {}
  });
  return io.stderr(
    `Wrote ${result.written.join(", ")}.${result.keptBase ? " base/ already exists and was left alone: make sure the spec names its workloads." : ""} Next: scaleplan compile
`
  ), 0;
}

// src/cli/commands/rules.ts
import { parseArgs as parseArgs5 } from "node:util";

// src/lint/testing/lint-sources.ts
var TEST_SETTINGS = { kubeVersion: "1.34", defaultNamespace: "default" };
async function lintSourcesPrepared(files, options) {
  let { set, settings } = loadSources(files, options);
  return await prepareRules(options.rules, [set]), lintSets([set], {
    rules: options.rules,
    config: sourcesConfig(options),
    settings,
    cwd: "/"
  });
}
function loadSources(files, options) {
  let settings = { ...TEST_SETTINGS, ...options.settings }, set = {
    label: "sources",
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: []
  };
  for (let [path, text] of Object.entries(files))
    addFile(set, new SourceFile(path, text), settings.defaultNamespace);
  return options.beforeLint?.(set), { set, settings };
}
function sourcesConfig(options) {
  return {
    baseDirectory: "/",
    rules: options.ruleSettings ?? {},
    ignore: [],
    overrides: []
  };
}

// src/lint/rule-examples.ts
async function lintRuleExamples(rule) {
  let run = async (text) => (await lintSourcesPrepared({ "example.yaml": text }, { rules: [rule] })).findings.filter(
    (finding) => finding.ruleId === rule.id
  );
  return {
    incorrect: await run(rule.meta.examples.incorrect),
    correct: await run(rule.meta.examples.correct)
  };
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
async function explain(rule) {
  let { meta } = rule, examples = await lintRuleExamples(rule), options = Object.entries(meta.optionsSchema?.properties ?? {}).map(
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
async function rulesCommand(argv, io) {
  let { values, positionals } = parseArgs5({
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
  return io.stdout(await explain(rule)), 0;
}

// src/cli/execute.ts
var HELP = `Usage: scaleplan <command> [options]

Commands:
  compile [SPEC]           compile a ScalePlan spec into Kustomize overlays
  build [SPEC] --env NAME  compile one environment, build it, print the manifests
  init                     write a starter scaleplan.yaml
  lint [PATH|GLOB|-]...    lint Kubernetes manifests for scaling mistakes
  argocd generate          the Argo CD plugin's generate command
  rules [RULE-ID]          list the rules, or explain one

Run "scaleplan <command> --help" for a command's options.
`, COMMANDS = {
  argocd: argocdCommand,
  compile: compileCommand,
  build: buildCommand,
  init: initCommand,
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
