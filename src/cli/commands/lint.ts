import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../../shared/atomic-write.js';
import { ScaleplanError } from '../../errors.js';
import { loadFormatter, FORMAT_NAMES, type FormatName } from '../../format/index.js';
import type { LintResult } from '../../lint/result.js';
import { lint, type LintRequest } from '../../lint/lint.js';
import { lintAndFix } from '../../lint/fix-run.js';
import type { Finding } from '../../lint/result.js';
import { unifiedDiff } from '../../format/unified-diff.js';
import { rules } from '../../lint/rules/index.js';
import type { RuleCategory, Severity } from '../../lint/rule.js';
import { counted } from '../../shared/words.js';
import { VERSION } from '../../version.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIo, type ExitCode } from '../io.js';
import { parseCommandArgs } from '../args.js';
import { failingFindings, parseFailOn, rulesMeta } from '../../lint/result.js';
import { CACHE_STRATEGIES, type CacheStrategy } from '../../load/parse-cache.js';

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
  --fix               apply the machine fixes of the findings to their source files (the
                      base or patch a Kustomize field comes from), lint again until
                      nothing changes; the report and exit status are for what remains
  --fix-dry-run       print the fixes as a unified diff; write nothing
  --rule ID           with --fix or --fix-dry-run, fix only this rule's findings
                      (repeatable)
  --fix-type CAT      with --fix or --fix-dry-run, fix only rules of this category
                      (repeatable): requests, quota, autoscaling, disruption,
                      references, set
  --cache             keep the parse of every file between runs; only changed files are
                      parsed again (findings are never cached)
  --cache-location P  cache file, or directory for it (default:
                      node_modules/.cache/scaleplan/ if ./node_modules exists, else
                      .scaleplan-cache/, which ignores itself in git)
  --cache-strategy S  metadata (default: a file whose size, inode and times are unchanged
                      is not read) or content (every file is read and hashed); either way
                      the content hash decides
  -h, --help          show this help

Exit status: 0 clean, 1 findings that fail, 2 usage, config or input error.
`;

export function exitCodeFor(
  result: LintResult,
  failOn: Severity,
  maxWarnings: number | undefined,
): ExitCode {
  const failing = failingFindings(result, failOn).length > 0;
  const tooManyWarnings = maxWarnings !== undefined && result.summary.warnings > maxWarnings;
  return failing || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

export async function lintCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('lint', argv, {
    format: { type: 'string' },
    output: { type: 'string' },
    config: { type: 'string' },
    'kube-version': { type: 'string' },
    namespace: { type: 'string' },
    'fail-on': { type: 'string' },
    'max-warnings': { type: 'string' },
    'only-files': { type: 'string', multiple: true },
    root: { type: 'string' },
    cache: { type: 'boolean' },
    'cache-location': { type: 'string' },
    'cache-strategy': { type: 'string' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    rule: { type: 'string', multiple: true },
    'fix-type': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
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
  const strategy = values['cache-strategy'];
  if (strategy !== undefined && !CACHE_STRATEGIES.includes(strategy as CacheStrategy)) {
    throw new ScaleplanError(
      'USAGE',
      `Unknown --cache-strategy "${strategy}"; use ${CACHE_STRATEGIES.join(' or ')}.`,
    );
  }
  if (!values.cache && (strategy !== undefined || values['cache-location'] !== undefined)) {
    throw new ScaleplanError(
      'USAGE',
      `--cache-location and --cache-strategy only apply with --cache; add --cache.`,
    );
  }
  // With --root, the operands name the files to report on, not what to read.
  const onlyFiles =
    values.root !== undefined
      ? [...(values['only-files'] ?? []), ...positionals]
      : values['only-files'];
  if (values.root !== undefined && onlyFiles?.length === 0) {
    return EXIT_OK;
  }
  const select = fixSelection(values.rule, values['fix-type'], values.fix, values['fix-dry-run']);
  const request: LintRequest = {
    paths: values.root !== undefined ? [values.root] : positionals.length > 0 ? positionals : ['.'],
    cwd: io.cwd,
    env: io.env,
    readStdin: io.readStdin,
    ...(values.config !== undefined ? { configFile: values.config } : {}),
    ...(values['kube-version'] !== undefined ? { kubeVersion: values['kube-version'] } : {}),
    ...(values.namespace !== undefined ? { namespace: values.namespace } : {}),
    ...(onlyFiles !== undefined ? { onlyFiles } : {}),
    ...(values.cache
      ? {
          cache: {
            ...(values['cache-location'] !== undefined
              ? { location: values['cache-location'] }
              : {}),
            ...(strategy !== undefined ? { strategy: strategy as CacheStrategy } : {}),
          },
        }
      : {}),
    // Staged paths (--root operands) may be files lint never reads, such as a README.
    ...(values['only-files'] !== undefined ? { onlyFilesMustMatch: values['only-files'] } : {}),
  };
  const fixing = values.fix === true || values['fix-dry-run'] === true;
  const outcome = fixing
    ? await lintAndFix(request, { select, dryRun: values['fix-dry-run'] === true })
    : undefined;
  const report = outcome?.report ?? (await lint(request));
  if (outcome) {
    for (const skipped of outcome.skipped) {
      io.stderr(`scaleplan lint: notice: ${skipped}\n`);
    }
  }
  if (outcome && values['fix-dry-run']) {
    // The diff is the output; the report of what would remain needs the files written.
    io.stdout(unifiedDiff(outcome.changes));
    io.stderr(
      `scaleplan lint: --fix-dry-run: ${counted(outcome.fixed, 'problem')} fixable in ${counted(outcome.changes.length, 'file')}; nothing written.\n`,
    );
    return exitCodeFor(report, failOn, maxWarnings);
  }
  if (outcome) {
    report.summary.fixed = outcome.fixed;
  }
  for (const notice of report.notices) {
    io.stderr(`scaleplan lint: notice: ${notice}\n`);
  }
  const formatter = await loadFormatter(format);
  const output = formatter(report, {
    rules: rulesMeta(rules),
    color: format === 'text' && values.output === undefined && io.stdoutIsTty && !io.env.NO_COLOR,
    version: VERSION,
    failOn,
  });
  if (values.output !== undefined) {
    writeReport(path.resolve(io.cwd, values.output), values.output, output, report.inputFiles);
  } else {
    io.stdout(output);
  }
  const code = exitCodeFor(report, failOn, maxWarnings);
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) {
    io.stderr(
      `scaleplan lint: ${counted(report.summary.warnings, 'warning')} exceed --max-warnings ${maxWarnings}.\n`,
    );
  }
  return code;
}

/**
 * Writes the report next to its target and renames it into place: a run that fails half-way
 * (a full disk, a signal) leaves the previous report whole. Refuses to write over a file the
 * run read, which would replace a manifest with its own report.
 */
function writeReport(
  target: string,
  shown: string,
  output: string,
  /** Real paths. */
  inputs: readonly string[],
) {
  const real = realpathOrSelf(target);
  if (inputs.includes(real)) {
    throw new ScaleplanError(
      'USAGE',
      `--output ${shown} is one of the files being linted; writing the report there would replace it. Choose another path.`,
    );
  }
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(real, { throwIfNoEntry: false });
  } catch {
    // ENOTDIR and the like: the write below fails with the reason.
  }
  if (existing?.isDirectory()) {
    throw new ScaleplanError('USAGE', `--output ${shown} is a directory; name a file.`);
  }
  // A device or pipe (/dev/stdout, a FIFO) is written to, never renamed over.
  const direct = existing !== undefined && !existing.isFile();
  try {
    if (direct) {
      fs.writeFileSync(real, output);
    } else {
      makeParents(path.dirname(real));
      writeFileAtomically(real, output);
    }
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new ScaleplanError(
      'USAGE',
      `Cannot write the report to ${shown} (${reason}${reason === 'EACCES' || reason === 'EPERM' ? ': permission denied' : ''}).`,
      undefined,
      { cause: error },
    );
  }
}

/**
 * Creates the missing directories above the report one level at a time: Node's recursive
 * mkdir retries forever where a level cannot be made (under /proc, for one).
 */
function makeParents(directory: string): void {
  if (fs.existsSync(directory)) {
    return;
  }
  const parent = path.dirname(directory);
  if (parent !== directory) {
    makeParents(parent);
  }
  fs.mkdirSync(directory);
}

/** The real path of a file, or of its nearest existing directory joined with the rest. */
function realpathOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(realpathOrSelf(parent), path.basename(file));
  }
}

const CATEGORIES: readonly RuleCategory[] = [
  'requests',
  'quota',
  'autoscaling',
  'disruption',
  'references',
  'set',
];

/** Which findings' fixes `--rule` and `--fix-type` allow. */
function fixSelection(
  ruleIds: readonly string[] | undefined,
  types: readonly string[] | undefined,
  fix: boolean | undefined,
  dryRun: boolean | undefined,
): (finding: Finding) => boolean {
  if ((ruleIds !== undefined || types !== undefined) && !fix && !dryRun) {
    throw new ScaleplanError(
      'USAGE',
      '--rule and --fix-type only apply with --fix or --fix-dry-run.',
    );
  }
  if (fix && dryRun) {
    throw new ScaleplanError('USAGE', '--fix and --fix-dry-run exclude each other; choose one.');
  }
  const known = new Set(rules.map((rule) => rule.id));
  const unknownRule = (ruleIds ?? []).find((id) => !known.has(id));
  if (unknownRule !== undefined) {
    throw new ScaleplanError('USAGE', `--rule ${unknownRule} is not a rule; see scaleplan rules.`);
  }
  const unknownType = (types ?? []).find(
    (type) => !(CATEGORIES as readonly string[]).includes(type),
  );
  if (unknownType !== undefined) {
    throw new ScaleplanError(
      'USAGE',
      `--fix-type ${unknownType} is not a rule category; use one of ${CATEGORIES.join(', ')}.`,
    );
  }
  const categories = new Map(rules.map((rule) => [rule.id, rule.meta.category]));
  return (finding) =>
    (ruleIds === undefined || ruleIds.includes(finding.ruleId)) &&
    (types === undefined || types.includes(categories.get(finding.ruleId) ?? ''));
}
