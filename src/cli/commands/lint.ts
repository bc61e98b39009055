import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ScaleplanError } from '../../errors.js';
import { loadFormatter, FORMAT_NAMES, type FormatName } from '../../format/index.js';
import type { LintResult } from '../../lint/engine.js';
import { lint } from '../../lint/lint.js';
import { rules } from '../../lint/rules/index.js';
import { SEVERITIES, type Severity } from '../../lint/rule.js';
import { VERSION } from '../../version.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIo, type ExitCode } from '../io.js';

export const LINT_HELP = `Usage: scaleplan lint [PATH|GLOB|-]... [options]

Lint Kubernetes manifests for scaling mistakes. PATH may be a file, a directory (searched
for .yaml, .yml and .json; a directory with a kustomization is rendered with kubectl
kustomize), a glob, or - for stdin. Default: the current directory.

Options:
  --format F          text (default), json, sarif, github, markdown, junit
  --output FILE       write the report to FILE instead of stdout
  --config FILE       config file (default: .scaleplan.yaml found upwards)
  --kube-version X.Y  Kubernetes version for deprecated-API and schema checks
  --namespace NS      namespace of objects that set none (default: default)
  --fail-on LEVEL     error (default), warning or info: lowest severity that fails
  --max-warnings N    also fail when there are more than N warnings
  --only-files GLOB   report findings only for these files (repeatable); rules still
                      see every object
  --root DIR          lint DIR as the whole set and report findings only for the PATHs
                      given (the pre-commit hook: staged files, with cross-object context)
  -h, --help          show this help

Exit status: 0 clean, 1 findings that fail, 2 usage, config or input error.
`;

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function exitCodeFor(
  result: LintResult,
  failOn: Severity,
  maxWarnings: number | undefined,
): ExitCode {
  const failing = result.findings.some(
    (finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn],
  );
  const tooManyWarnings = maxWarnings !== undefined && result.summary.warnings > maxWarnings;
  return failing || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

export function parseFailOn(value: string | undefined): Severity {
  const failOn = value ?? 'error';
  if (!(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new ScaleplanError('USAGE', `--fail-on must be error, warning or info, not "${failOn}".`);
  }
  return failOn as Severity;
}

export async function lintCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string' },
      config: { type: 'string' },
      'kube-version': { type: 'string' },
      namespace: { type: 'string' },
      'fail-on': { type: 'string' },
      'max-warnings': { type: 'string' },
      'only-files': { type: 'string', multiple: true },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(LINT_HELP);
    return EXIT_OK;
  }
  const format = (values.format ?? 'text') as FormatName;
  if (!FORMAT_NAMES.includes(format)) {
    throw new ScaleplanError(
      'USAGE',
      `Unknown format "${format}"; use one of ${FORMAT_NAMES.join(', ')}.`,
    );
  }
  const failOn = parseFailOn(values['fail-on']);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new ScaleplanError(
        'USAGE',
        `--max-warnings needs a whole number, not "${values['max-warnings']}".`,
      );
    }
  }
  // With --root, the operands name the files to report on, not what to read.
  const onlyFiles =
    values.root !== undefined
      ? [...(values['only-files'] ?? []), ...positionals]
      : values['only-files'];
  if (values.root !== undefined && onlyFiles?.length === 0) {
    return EXIT_OK;
  }
  const report = await lint({
    paths: values.root !== undefined ? [values.root] : positionals.length > 0 ? positionals : ['.'],
    cwd: io.cwd,
    env: io.env,
    readStdin: io.readStdin,
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    ...(values['kube-version'] !== undefined ? { kubeVersion: values['kube-version'] } : {}),
    ...(values.namespace !== undefined ? { namespace: values.namespace } : {}),
    ...(onlyFiles !== undefined ? { onlyFiles } : {}),
  });
  const formatter = await loadFormatter(format);
  const output = formatter(report, {
    rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.meta])),
    color: format === 'text' && values.output === undefined && io.stdoutIsTty && !io.env.NO_COLOR,
    version: VERSION,
    failOn,
  });
  if (values.output !== undefined) {
    const target = path.resolve(io.cwd, values.output);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, output);
  } else {
    io.stdout(output);
  }
  return exitCodeFor(report, failOn, maxWarnings);
}
