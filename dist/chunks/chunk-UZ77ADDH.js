import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import {
  closestMatch
} from "./chunk-CABQTM2P.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, argv, options) {
  try {
    return parseArgs({ args: argv, allowPositionals: !0, strict: !0, options });
  } catch (error) {
    if (!(error instanceof TypeError) || !("code" in error))
      throw error;
    let option = /'(-{1,2}[^' ]*)/.exec(error.message)?.[1] ?? "";
    if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      let known = Object.keys(options).map((name) => `--${name}`), suggestion = closestMatch(option.replace(/=.*$/, ""), known);
      throw new ScaleplanError(
        "USAGE",
        `"scaleplan ${command}" has no option ${option}${suggestion ? `; did you mean ${suggestion}?` : "."} Run "scaleplan ${command} --help" for its options.`
      );
    }
    if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      let name = /--[\w-]+/.exec(error.message)?.[0] ?? option;
      throw new ScaleplanError(
        "USAGE",
        /argument missing/.test(error.message) ? `${name} needs a value (scaleplan ${command}).` : `${name} takes no value (scaleplan ${command}).`
      );
    }
    throw error;
  }
}

export {
  parseCommandArgs
};
