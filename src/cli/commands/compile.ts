import { ScaleplanError } from '../../errors.js';
import { checkCompiled, compileSpec, writeCompiled } from '../../compile/index.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIo, type ExitCode } from '../io.js';
import { parseCommandArgs } from '../args.js';

export const COMPILE_HELP = `Usage: scaleplan compile [SPEC] [-o DIR] [--env NAME]... [--check]

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

export async function compileCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('compile', argv, {
    output: { type: 'string', short: 'o' },
    env: { type: 'string', multiple: true },
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(COMPILE_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1) {
    throw new ScaleplanError('USAGE', 'scaleplan compile takes one spec file.');
  }
  const compiled = await compileSpec({
    cwd: io.cwd,
    env: io.env,
    ...(positionals[0] !== undefined ? { spec: positionals[0] } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.env !== undefined ? { environments: values.env } : {}),
  });
  const prefix = compiled.outputDisplay === '.' ? '' : `${compiled.outputDisplay}/`;
  if (values.check) {
    const differences = checkCompiled(compiled);
    if (differences.length === 0) {
      io.stderr(`${compiled.outputDisplay} is up to date with ${compiled.specDisplay}.\n`);
      return EXIT_OK;
    }
    io.stdout(differences.map((entry) => `${prefix}${entry.path} (${entry.kind})\n`).join(''));
    io.stderr(
      `${differences.length} file${differences.length === 1 ? '' : 's'} in ${compiled.outputDisplay} differ${differences.length === 1 ? 's' : ''} from what ${compiled.specDisplay} compiles to; run "scaleplan compile ${compiled.specDisplay}".\n`,
    );
    return EXIT_FINDINGS;
  }
  const written = writeCompiled(compiled);
  io.stderr(
    `Compiled ${compiled.specDisplay} into ${compiled.outputDisplay}: ${written.length} files for ${compiled.environments.join(', ')}.\n`,
  );
  return EXIT_OK;
}
