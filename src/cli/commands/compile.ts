import fs from 'node:fs';
import { ScaleplanError } from '../../errors.js';
import { loadConfig } from '../../lint/config/find.js';
import type { InputLimits } from '../../load/limits.js';
import {
  checkCompiled,
  compileSpec,
  movedFiles,
  writeCompiled,
  type MovedFile,
} from '../../compile/index.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIo, type ExitCode } from '../io.js';
import { parseCommandArgs } from '../args.js';

export const COMPILE_HELP = `Usage: scaleplan compile [SPEC] [-o DIR] [--env NAME]... [--check]

Compile a ScalePlan spec into Kustomize overlays, one directory per environment
(DIR/<env>/ with kustomization.yaml, the generated objects of its namespace, patches and
RUNBOOK.md), and one per cluster for the cluster-wide objects its environments share
(DIR/clusters/<cluster>/: PriorityClasses, the prometheus-adapter rules).

  SPEC              the spec file (default: ./scaleplan.yaml)
  -o, --output DIR  output directory (default: overlays/ beside the spec)
  --env NAME        compile only this environment (repeatable; default: all)
  --check           write nothing; exit 1 and list the files that differ when the
                    overlays on disk are not what the spec compiles to
  -h, --help        show this help

A spec with problems is exit 2 with every problem (file:line:col) and nothing written.
Writing goes to a staging directory inside DIR first, then each environment directory is
renamed into place, so a failure leaves the old overlays as they were. Only files scaleplan
wrote (listed in DIR/.scaleplan-owned, or with its generated header) are replaced or removed:
your own files in an environment directory stay. One compile at a time writes DIR (a lock),
and a compile that was killed is recovered by the next.
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
    ...configuredLimits(io.cwd),
    ...(positionals[0] !== undefined ? { spec: positionals[0] } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.env !== undefined ? { environments: values.env } : {}),
  });
  const prefix = compiled.outputDisplay === '.' ? '' : `${compiled.outputDisplay}/`;
  const differences = checkCompiled(compiled);
  const moved = movedFiles(compiled, differences);
  if (values.check) {
    if (moved.length > 0) {
      io.stderr(movedNotice(moved, prefix, false));
    }
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
  const result = writeCompiled(compiled, testPauseHook(io.env));
  for (const environment of result.recovered) {
    io.stderr(
      `${prefix}${environment}/ was put back from a compile that was interrupted before it finished.\n`,
    );
  }
  if (result.kept.length > 0) {
    io.stderr(
      `Kept ${result.kept.length} file${result.kept.length === 1 ? '' : 's'} that scaleplan did not write: ${result.kept.map((file) => `${prefix}${file}`).join(', ')}.\n`,
    );
  }
  if (moved.length > 0) {
    io.stderr(movedNotice(moved, prefix, true));
  }
  io.stderr(
    `Compiled ${compiled.specDisplay} into ${compiled.outputDisplay}: ${result.written.length} files for ${compiled.directories.join(', ')}.\n`,
  );
  return EXIT_OK;
}

/**
 * What an earlier layout had in environment directories and this one puts in cluster
 * directories: the user must also deploy those, or the PriorityClasses and adapter rules go
 * when the environments' Applications prune.
 */
function movedNotice(moved: readonly MovedFile[], prefix: string, done: boolean): string {
  const clusters = [...new Set(moved.map((entry) => entry.to.split('/').slice(0, 2).join('/')))];
  const lines = moved.map((entry) => `  ${prefix}${entry.from} -> ${prefix}${entry.to}\n`);
  return `${done ? 'Moved' : 'Compile moves'} cluster-wide objects out of the environment overlays (an overlay now holds only its namespace's objects):\n${lines.join('')}Deploy ${clusters.map((cluster) => `${prefix}${cluster}`).join(', ')} with an Argo CD Application of its own (plugin parameter env: ${clusters.join(', ')}; argocd/README.md), synced before the environments.\n`;
}

/**
 * For the tests of concurrent and killed compiles only: with SCALEPLAN_TEST_PAUSE_BEFORE_PUBLISH
 * set to a file path, the compile creates `<path>.ready` once staged and waits (at most a
 * minute) until `<path>` is gone before it renames anything. Unset, nothing happens.
 */
function testPauseHook(env: NodeJS.ProcessEnv): { beforePublish?: () => void } {
  const gate = env.SCALEPLAN_TEST_PAUSE_BEFORE_PUBLISH;
  if (!gate) {
    return {};
  }
  return {
    beforePublish() {
      fs.writeFileSync(`${gate}.ready`, '');
      const sleeper = new Int32Array(new SharedArrayBuffer(4));
      for (let waited = 0; fs.existsSync(gate) && waited < 60_000; waited += 20) {
        Atomics.wait(sleeper, 0, 0, 20);
      }
    },
  };
}

/** The `limits` of the `.scaleplan.yaml` that lint would use here (reading and rendering the base). */
function configuredLimits(cwd: string): { limits?: Partial<InputLimits> } {
  const limits = loadConfig(undefined, cwd).limits;
  return limits ? { limits } : {};
}
