import { initSpec, STARTERS } from '../../compile/init.js';
import { ScaleplanError } from '../../errors.js';
import { EXIT_OK, type CliIo, type ExitCode } from '../io.js';
import { parseCommandArgs } from '../args.js';

export const INIT_HELP = `Usage: scaleplan init [--example NAME]

Write a commented starter scaleplan.yaml in the current directory, and a minimal base/
for it when there is none. It compiles as is: run "scaleplan compile" next.
An existing scaleplan.yaml is never overwritten.

Examples:
${Object.entries(STARTERS)
  .map(([name, starter]) => `  ${name.padEnd(14)} ${starter.description}`)
  .join('\n')}
`;

export function initCommand(argv: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseCommandArgs('init', argv, {
    example: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0) {
    throw new ScaleplanError('USAGE', 'scaleplan init takes no arguments (only --example NAME).');
  }
  const result = initSpec({
    cwd: io.cwd,
    ...(values.example !== undefined ? { example: values.example } : {}),
  });
  io.stderr(
    `Wrote ${result.written.join(', ')}.${result.keptBase ? ' base/ already exists and was left alone: make sure the spec names its workloads.' : ''} Next: scaleplan compile\n`,
  );
  return EXIT_OK;
}
