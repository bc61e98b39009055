import { ScaleplanError } from '../../errors.js';
import { formatText } from '../../format/text.js';
import { generateManifests, readOptions } from '../../integrations/argocd/generate.js';
import { rules } from '../../lint/rules/index.js';
import { VERSION } from '../../version.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIo, type ExitCode } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { rulesMeta } from '../../lint/result.js';

export const ARGOCD_HELP = `Usage: scaleplan argocd generate

The Argo CD Config Management Plugin's generate command (argocd/plugin.yaml). Run in the
application's directory: compiles ./scaleplan.yaml for the environment named by the plugin
parameter "env" (or ARGOCD_ENV_SCALEPLAN_ENV) — or, as clusters/<cluster>, the cluster
directory with the cluster-wide objects its environments share — builds it with Kustomize,
lints it for KUBE_VERSION, and prints only the manifests on stdout. Findings and logs go to stderr; lint
errors or an empty result exit non-zero, which fails the sync.
`;

export async function argocdCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('argocd', argv, {
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help || positionals.length === 0) {
    io.stdout(ARGOCD_HELP);
    return values.help ? EXIT_OK : EXIT_FINDINGS;
  }
  if (positionals[0] !== 'generate' || positionals.length > 1) {
    throw new ScaleplanError(
      'USAGE',
      `Unknown argocd subcommand "${positionals.join(' ')}"; the plugin runs "scaleplan argocd generate".`,
    );
  }
  const outcome = await generateManifests(readOptions(io.env), io.cwd, io.env);
  if (outcome.lint.findings.length > 0) {
    io.stderr(
      formatText(outcome.lint, {
        rules: rulesMeta(rules),
        color: false,
        version: VERSION,
      }),
    );
  }
  if (outcome.failed) {
    io.stderr(`${outcome.failure ?? 'scaleplan: generate failed.'}\n`);
    return EXIT_FINDINGS;
  }
  io.stderr(`scaleplan: environment "${outcome.environment}" built and linted.\n`);
  io.stdout(outcome.manifests);
  return EXIT_OK;
}
