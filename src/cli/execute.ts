import { isScaleplanError } from '../errors.js';
import { terminalSafeLines } from '../format/text-safety.js';
import { VERSION } from '../version.js';
import { EXIT_OK, EXIT_USAGE, type CliIo, type ExitCode } from './io.js';

export const HELP = `Usage: scaleplan <command> [options]

Commands:
  compile [SPEC]           compile a ScalePlan spec into Kustomize overlays
  capacity [PATH]...       what the manifests need at max scale (--base REF: what changed)
  build [SPEC] --env NAME  compile one environment, build it, print the manifests
  init                     write a starter scaleplan.yaml
  lint [PATH|GLOB|-]...    lint Kubernetes manifests for scaling mistakes
  argocd generate          the Argo CD plugin's generate command
  rules [RULE-ID]          list the rules, or explain one

Run "scaleplan <command> --help" for a command's options.
`;

type Command = (argv: string[], io: CliIo) => ExitCode | Promise<ExitCode>;

// Loaded on use: a lint run (the pre-commit hook, on every commit) must not parse the
// compiler and its spec validator, a quarter of the bundle.
const COMMANDS: Record<string, () => Promise<Command>> = {
  argocd: async () => (await import('./commands/argocd.js')).argocdCommand,
  capacity: async () => (await import('./commands/capacity.js')).capacityCommand,
  compile: async () => (await import('./commands/compile.js')).compileCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  lint: async () => (await import('./commands/lint.js')).lintCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
};

/** Runs one command line. Never touches `process`: bin.ts passes everything in. */
export async function execute(argv: readonly string[], terminal: CliIo): Promise<ExitCode> {
  // stderr quotes file names, paths and manifest values, and is never coloured: no control
  // character of theirs reaches the terminal.
  const io: CliIo = { ...terminal, stderr: (text) => terminal.stderr(terminalSafeLines(text)) };
  const [name, ...rest] = argv;
  if (name === undefined) {
    // Usage shown for a missing command is an error message: stdout may be a pipe.
    io.stderr(HELP);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const load = COMMANDS[name];
  if (!load) {
    // Loaded here only: the config module pulls in every rule.
    const { closestMatch } = await import('../shared/closest.js');
    const suggestion = closestMatch(name, [...Object.keys(COMMANDS), 'help']);
    io.stderr(
      `scaleplan: unknown command "${name}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} Run "scaleplan --help" for the commands.\n`,
    );
    return EXIT_USAGE;
  }
  const command = await load();
  try {
    return await command(rest, io);
  } catch (error) {
    if (isScaleplanError(error)) {
      io.stderr(`scaleplan: ${error.format()}\n`);
      return EXIT_USAGE;
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`scaleplan ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
