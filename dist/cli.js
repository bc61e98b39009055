#!/usr/bin/env node
import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import "./chunks/chunk-JMR36GPJ.js";
import {
  VERSION
} from "./chunks/chunk-ZJF6RBEX.js";
import {
  isScaleplanError
} from "./chunks/chunk-MI7DVUIV.js";
import "./chunks/chunk-VXV2MXR7.js";

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
  argocd: async () => (await import("./chunks/argocd-T6SNXL5I.js")).argocdCommand,
  compile: async () => (await import("./chunks/compile-YKE7QR2O.js")).compileCommand,
  build: async () => (await import("./chunks/build-CGWL6EPV.js")).buildCommand,
  init: async () => (await import("./chunks/init-OKFDD7QF.js")).initCommand,
  lint: async () => (await import("./chunks/lint-YBBWPM6B.js")).lintCommand,
  rules: async () => (await import("./chunks/rules-2LCOCGIP.js")).rulesCommand
};
async function execute(argv, io) {
  let [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help")
    return io.stdout(HELP), name === void 0 ? 2 : 0;
  if (name === "--version" || name === "-v")
    return io.stdout(`${VERSION}
`), 0;
  let load = COMMANDS[name];
  if (!load)
    return io.stderr(`scaleplan: unknown command "${name}".

${HELP}`), 2;
  let command = await load();
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
