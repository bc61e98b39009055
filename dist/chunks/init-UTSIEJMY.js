import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-UZ77ADDH.js";
import "./chunk-JMR36GPJ.js";
import {
  STARTERS,
  initSpec
} from "./chunk-3YR4EQKY.js";
import "./chunk-4TWYDHOT.js";
import "./chunk-FIS5GJNN.js";
import "./chunk-PAAWLEMI.js";
import "./chunk-2KY26UBK.js";
import "./chunk-AQRGXSGC.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import "./chunk-CABQTM2P.js";
import "./chunk-VXV2MXR7.js";

// src/cli/commands/init.ts
var INIT_HELP = `Usage: scaleplan init [--example NAME]

Write a commented starter scaleplan.yaml in the current directory, and a minimal base/
for it when there is none. It compiles as is: run "scaleplan compile" next.
An existing scaleplan.yaml is never overwritten.

Examples:
${Object.entries(STARTERS).map(([name, starter]) => `  ${name.padEnd(14)} ${starter.description}`).join(`
`)}
`;
function initCommand(argv, io) {
  let { values, positionals } = parseCommandArgs("init", argv, {
    example: { type: "string" },
    help: { type: "boolean", short: "h" }
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
export {
  INIT_HELP,
  initCommand
};
