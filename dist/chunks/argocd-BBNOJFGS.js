import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-UZ77ADDH.js";
import "./chunk-JMR36GPJ.js";
import {
  failingFindings,
  parseFailOn,
  rulesMeta
} from "./chunk-CYHD5KSS.js";
import {
  buildEnvironment
} from "./chunk-4TWYDHOT.js";
import "./chunk-FIS5GJNN.js";
import "./chunk-PAAWLEMI.js";
import {
  lintStream
} from "./chunk-QV3S4CJK.js";
import "./chunk-TPX2WFDM.js";
import {
  loadConfig
} from "./chunk-5I6VOPIH.js";
import "./chunk-2KY26UBK.js";
import {
  rules
} from "./chunk-RSM3QVGN.js";
import "./chunk-AQRGXSGC.js";
import "./chunk-7ZPS2RFJ.js";
import "./chunk-HTR4EXA2.js";
import {
  VERSION
} from "./chunk-QGB765FN.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import {
  formatText
} from "./chunk-VP52PNPH.js";
import "./chunk-UIWROO7M.js";
import "./chunk-CABQTM2P.js";
import "./chunk-VXV2MXR7.js";

// src/integrations/argocd/generate.ts
import fs from "node:fs";
import path from "node:path";
var SPEC_PARAMETER = "env", ENVIRONMENT_VARIABLE = "ARGOCD_ENV_SCALEPLAN_ENV";
function readOptions(env) {
  let parameters = parseParameters(env.ARGOCD_APP_PARAMETERS), fromParameters = (name) => {
    let parameter = parameters.find((entry) => entry.name === name);
    return typeof parameter?.string == "string" && parameter.string !== "" ? parameter.string : void 0;
  }, environment = fromParameters(SPEC_PARAMETER) ?? nonEmpty(env.PARAM_ENV) ?? nonEmpty(env[ENVIRONMENT_VARIABLE]), spec = fromParameters("spec") ?? nonEmpty(env.PARAM_SPEC) ?? nonEmpty(env.ARGOCD_ENV_SCALEPLAN_SPEC), options = { failOn: parseFailOn(
    fromParameters("fail-on") ?? nonEmpty(env.PARAM_FAIL_ON) ?? nonEmpty(env.ARGOCD_ENV_SCALEPLAN_FAIL_ON),
    "The fail-on parameter"
  ) };
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
async function generateManifests(options, cwd, env) {
  options.spec !== void 0 && confineSpec(options.spec, cwd);
  let limits = loadConfig(void 0, cwd).limits, { manifests, compiled, environment, cluster } = await buildEnvironment({
    cwd,
    env,
    ...limits ? { limits } : {},
    ...options.spec !== void 0 ? { spec: options.spec } : {},
    ...options.environment !== void 0 ? { environment: options.environment } : {},
    environmentOption: `the plugin parameter "${SPEC_PARAMETER}" (or ${ENVIRONMENT_VARIABLE} in the Application's plugin env): an environment, or clusters/<cluster> for the cluster-wide objects`
  }), kubeVersion = options.kubeVersion ?? compiled.plan.spec.kubeVersion, lint = await lintStream({
    text: manifests,
    name: `${compiled.specDisplay} (${environment})`,
    cwd,
    ...kubeVersion !== void 0 ? { kubeVersion } : {},
    // The cluster directory is another Application's, synced beside this one: its objects
    // answer references (the PriorityClasses the pods name) and are not reported here.
    ...cluster ? {
      context: [
        { name: `${compiled.specDisplay} (${cluster.directory})`, text: cluster.manifests }
      ]
    } : {}
  }), outcome = { manifests, lint, failed: !1, environment };
  if (!/^\s*(apiVersion|kind):/m.test(manifests))
    return outcome.failed = !0, outcome.failure = `scaleplan: environment "${environment}" of ${compiled.specDisplay} built to no manifests; refusing to hand Argo CD an empty stream, which would prune every resource of the application.`, outcome;
  let failing = failingFindings(lint, options.failOn);
  return failing.length > 0 && (outcome.failed = !0, outcome.failure = `scaleplan: ${failing.length} lint finding(s) at or above "${options.failOn}" in environment "${environment}" of ${compiled.specDisplay}; not syncing. Fix them, or lower fail-on in the plugin parameters.`), outcome;
}
function confineSpec(spec, cwd) {
  let target = path.resolve(cwd, spec), real;
  try {
    real = fs.realpathSync(target);
  } catch {
    real = target;
  }
  let root = fs.realpathSync(cwd), relative = path.relative(root, real);
  if (relative.startsWith("..") || path.isAbsolute(relative))
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `The spec parameter ${JSON.stringify(spec)} resolves outside the application directory; name a file inside it, relative to the application path.`
    );
  if (fs.existsSync(real) && !fs.statSync(real).isFile())
    throw new ScaleplanError(
      "UNSAFE_PATH",
      `The spec parameter ${JSON.stringify(spec)} is not a regular file.`
    );
}

// src/cli/commands/argocd.ts
var ARGOCD_HELP = `Usage: scaleplan argocd generate

The Argo CD Config Management Plugin's generate command (argocd/plugin.yaml). Run in the
application's directory: compiles ./scaleplan.yaml for the environment named by the plugin
parameter "env" (or ARGOCD_ENV_SCALEPLAN_ENV) \u2014 or, as clusters/<cluster>, the cluster
directory with the cluster-wide objects its environments share \u2014 builds it with Kustomize,
lints it for KUBE_VERSION, and prints only the manifests on stdout. Findings and logs go to stderr; lint
errors or an empty result exit non-zero, which fails the sync.
`;
async function argocdCommand(argv, io) {
  let { values, positionals } = parseCommandArgs("argocd", argv, {
    help: { type: "boolean", short: "h" }
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
      rules: rulesMeta(rules),
      color: !1,
      version: VERSION
    })
  ), outcome.failed ? (io.stderr(`${outcome.failure ?? "scaleplan: generate failed."}
`), 1) : (io.stderr(`scaleplan: environment "${outcome.environment}" built and linted.
`), io.stdout(outcome.manifests), 0);
}
export {
  ARGOCD_HELP,
  argocdCommand
};
