import { buildEnvironment } from '../../compile/index.js';
import { ScaleplanError } from '../../errors.js';
import { formatText } from '../../format/text.js';
import { loadConfig } from '../../lint/config/find.js';
import { lintStream } from '../../lint/lint.js';
import { rules } from '../../lint/rules/index.js';
import { VERSION } from '../../version.js';
import { EXIT_OK, type CliIo, type ExitCode } from '../io.js';
import { exitCodeFor } from './lint.js';
import { parseCommandArgs } from '../args.js';
import { rulesMeta } from '../../lint/result.js';

export const BUILD_HELP = `Usage: scaleplan build [SPEC] --env NAME [--no-lint]

Compile one environment in memory, build it with kubectl kustomize (or kustomize), and
print exactly what Kustomize prints: the manifests to deploy, on stdout. The result is
linted (together with the environment's cluster directory, which is deployed beside it);
findings go to stderr, and errors make the exit status 1.

  SPEC          the spec file (default: ./scaleplan.yaml)
  --env NAME    the environment to build (required when the spec has several), or a
                cluster directory as clusters/<cluster> (the cluster-wide objects)
  --no-lint     do not lint the output
  -h, --help    show this help
`;

/** Name the findings use for the built stream: their lines are lines of stdout. */
export const BUILD_OUTPUT_NAME = '<stdout>';

export async function buildCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('build', argv, {
    env: { type: 'string' },
    'no-lint': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(BUILD_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1) {
    throw new ScaleplanError('USAGE', 'scaleplan build takes one spec file.');
  }
  const config = loadConfig(undefined, io.cwd);
  const { manifests, compiled, cluster } = await buildEnvironment({
    cwd: io.cwd,
    env: io.env,
    ...(config.limits ? { limits: config.limits } : {}),
    ...(positionals[0] !== undefined ? { spec: positionals[0] } : {}),
    ...(values.env !== undefined ? { environment: values.env } : {}),
  });
  io.stdout(manifests);
  if (values['no-lint']) {
    return EXIT_OK;
  }
  const kubeVersion = compiled.plan.spec.kubeVersion;
  const result = await lintStream({
    text: manifests,
    name: BUILD_OUTPUT_NAME,
    cwd: io.cwd,
    config,
    ...(kubeVersion !== undefined ? { kubeVersion } : {}),
    ...(cluster ? { context: [{ name: `<${cluster.directory}>`, text: cluster.manifests }] } : {}),
  });
  if (result.findings.length > 0) {
    io.stderr(
      formatText(result, {
        rules: rulesMeta(rules),
        color: false,
        version: VERSION,
      }),
    );
  }
  return exitCodeFor(result, 'error', undefined);
}
