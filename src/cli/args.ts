import type { ParseArgsConfig } from 'node:util';
import { ScaleplanError } from '../errors.js';
import { closestMatch } from '../shared/closest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs with the command line's mistakes as one readable line: an unknown option gets
 * the closest known one ("did you mean --format?"), a missing value names the option.
 * Node's own messages explain `--` and positionals, which is noise for a typo.
 */
export function parseCommandArgs<T extends Options>(command: string, argv: string[], options: T) {
  // Not imported: the ESM face of node:util evaluates every lazy export of the module (the
  // MIME parser among them), ~1 ms of every command's start-up for this one function.
  const { parseArgs } = process.getBuiltinModule('node:util');
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    if (!(error instanceof TypeError) || !('code' in error)) {
      throw error;
    }
    const option = /'(-{1,2}[^' ]*)/.exec(error.message)?.[1] ?? '';
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const known = Object.keys(options).map((name) => `--${name}`);
      const suggestion = closestMatch(option.replace(/=.*$/, ''), known);
      throw new ScaleplanError(
        'USAGE',
        `"scaleplan ${command}" has no option ${option}${suggestion ? `; did you mean ${suggestion}?` : '.'} Run "scaleplan ${command} --help" for its options.`,
      );
    }
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = /--[\w-]+/.exec(error.message)?.[0] ?? option;
      throw new ScaleplanError(
        'USAGE',
        /argument missing/.test(error.message)
          ? `${name} needs a value (scaleplan ${command}).`
          : `${name} takes no value (scaleplan ${command}).`,
      );
    }
    throw error;
  }
}
