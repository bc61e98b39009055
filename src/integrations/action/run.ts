import fs from 'node:fs';
import path from 'node:path';
import type { Octokit } from '@octokit/rest';
import { checkCompiled, compileSpec } from '../../compile/index.js';
import { loadFormatter } from '../../format/index.js';
import { DEFAULT_MAX_LENGTH, renderMarkdown, escapeMarkdownText } from '../../format/markdown.js';
import { compareCapacity } from '../../capacity/compare.js';
import { capacitySection } from './capacity.js';
import { ruleDocsUrl } from '../../format/project.js';
import { loadConfig } from '../../lint/config/find.js';
import type { Finding, LintResult } from '../../lint/result.js';
import { lint } from '../../lint/lint.js';
import type { Severity } from '../../lint/rule.js';
import { rules } from '../../lint/rules/index.js';
import { isScaleplanError } from '../../errors.js';
import { VERSION } from '../../version.js';
import { isPermissionError } from './github.js';
import {
  createReview,
  listChangedFiles,
  postedFindingMarkers,
  reviewComments,
  fixSuggestion,
  SUMMARY_MARKER,
  upsertSummaryComment,
  type ChangedFile,
  type PullRequestRef,
} from './pull-request.js';
import { failingFindings, rulesMeta } from '../../lint/result.js';

export interface ActionInputs {
  paths: string[];
  config?: string;
  spec?: string;
  failOn: Severity;
  comment: boolean;
  reviewComments: boolean;
  onlyChanged: boolean;
  /** Add the capacity diff against the pull request's base commit to the comment. */
  capacity: boolean;
  sarifFile?: string;
  kubeVersion?: string;
  /** Parse through the lint cache (input `cache`, default true). */
  cache: boolean;
  /** Input `cache-location`; default `$RUNNER_TEMP/scaleplan-cache/`. */
  cacheLocation?: string;
}

export interface ActionContext {
  eventName: string;
  /** The parsed webhook payload of the event. */
  event: Record<string, unknown>;
  workspace: string;
  /** https://github.com, for links to files. */
  serverUrl: string;
  repository: string;
  sha: string;
  env: NodeJS.ProcessEnv;
}

export interface AnnotationProperties {
  title: string;
  file: string;
  /** Absent for a finding about a whole file (never a made-up line 1). */
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** What the Action reports through the runner; main.ts maps it onto @actions/core. */
export interface ActionReporter {
  annotate(
    level: 'error' | 'warning' | 'notice',
    message: string,
    properties: AnnotationProperties,
  ): void;
  writeSummary(markdown: string): Promise<void>;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export interface ActionOutcome {
  errors: number;
  warnings: number;
  failed: boolean;
  failureMessage?: string;
  comment: 'created' | 'updated' | 'unchanged' | 'none' | 'skipped' | 'forbidden';
  reviewComments: number;
}

const ANNOTATION_LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};
/** GitHub shows at most 10 error and 10 warning annotations per step; more only add noise. */
const MAX_ANNOTATIONS_PER_LEVEL = 50;

const FORK_NOTE =
  'scaleplan could not write to this pull request: the token is read-only (workflows triggered by pull requests from forks get a read-only `GITHUB_TOKEN`). The findings are in the annotations and in this job summary.';

function pullRequestOf(context: ActionContext): PullRequestRef | undefined {
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') {
    return undefined;
  }
  const pullRequest = context.event.pull_request as
    { number?: number; head?: { sha?: string }; base?: { sha?: string } } | undefined;
  const [owner, repo] = context.repository.split('/');
  if (!pullRequest?.number || !owner || !repo) {
    return undefined;
  }
  return {
    owner,
    repo,
    number: pullRequest.number,
    headSha: pullRequest.head?.sha ?? context.sha,
    ...(pullRequest.base?.sha ? { baseSha: pullRequest.base.sha } : {}),
  };
}

/**
 * Where the Action keeps the lint cache: the `cache-location` input, else the runner's
 * temporary directory (emptied after each job: restore it with actions/cache to carry it
 * from run to run), else scaleplan's default under the workspace.
 */
function cacheLocation(inputs: ActionInputs, context: ActionContext): { location?: string } {
  if (inputs.cacheLocation !== undefined) {
    return { location: inputs.cacheLocation };
  }
  const temporary = context.env.RUNNER_TEMP;
  return temporary ? { location: `${path.join(temporary, 'scaleplan-cache')}${path.sep}` } : {};
}

function annotate(findings: readonly Finding[], reporter: ActionReporter): void {
  const counts: Record<string, number> = {};
  for (const finding of findings) {
    const level = ANNOTATION_LEVEL[finding.severity];
    counts[level] = (counts[level] ?? 0) + 1;
    if ((counts[level] ?? 0) > MAX_ANNOTATIONS_PER_LEVEL) {
      continue;
    }
    const properties: AnnotationProperties = {
      title: finding.ruleId,
      file: finding.file,
      startLine: finding.line,
      endLine: finding.endLine,
    };
    // The toolkit only honours columns when the annotation stays on one line.
    if (finding.line === finding.endLine) {
      properties.startColumn = finding.column;
      properties.endColumn = finding.endColumn;
    }
    reporter.annotate(level, finding.message, properties);
  }
}

/** Files of the committed overlays that differ from what the spec compiles to. */
async function staleOverlays(
  spec: string,
  context: ActionContext,
  reporter: ActionReporter,
): Promise<string[]> {
  const limits = loadConfig(undefined, context.workspace).limits;
  const compiled = await compileSpec({
    cwd: context.workspace,
    env: context.env,
    spec,
    ...(limits ? { limits } : {}),
  });
  const differences = checkCompiled(compiled);
  for (const difference of differences) {
    const file = `${compiled.outputDisplay}/${difference.path}`;
    reporter.annotate(
      'error',
      `${file} is ${difference.kind === 'missing' ? 'missing' : difference.kind === 'extra' ? 'not produced by the spec' : 'not what the spec compiles to'}: run "scaleplan compile ${spec}" and commit the result.`,
      {
        title: 'scaleplan compile --check',
        file: difference.kind === 'missing' ? compiled.specDisplay : file,
      },
    );
  }
  return differences.map((difference) => difference.path);
}

function reviewBody(finding: Finding): string {
  return `**${finding.severity}** ${escapeMarkdownText(finding.message)} ([\`${finding.ruleId}\`](${ruleDocsUrl(finding.ruleId)}))`;
}

/** Longest capacity section: charts give way to the findings beyond this. */
const MAX_CAPACITY_SECTION = 30_000;

/**
 * The capacity diff against the pull request's base commit. A base that cannot be read (a
 * shallow checkout) is a warning that says how to fetch it, never a failed run.
 */
async function capacityComment(
  inputs: ActionInputs,
  context: ActionContext,
  pr: PullRequestRef,
  reporter: ActionReporter,
): Promise<string> {
  if (!pr.baseSha) {
    return '';
  }
  try {
    const comparison = await compareCapacity({
      paths: inputs.paths,
      cwd: context.workspace,
      env: context.env,
      base: pr.baseSha,
      ...(inputs.config ? { configFile: inputs.config } : {}),
      ...(inputs.kubeVersion ? { kubeVersion: inputs.kubeVersion } : {}),
      ...(inputs.spec ? { specFile: inputs.spec } : {}),
    });
    const section = capacitySection(comparison);
    if (section.length <= MAX_CAPACITY_SECTION) {
      return section;
    }
    return capacitySection({ ...comparison, changedAutoscalers: [] }).slice(
      0,
      MAX_CAPACITY_SECTION,
    );
  } catch (error) {
    if (!isScaleplanError(error)) {
      throw error;
    }
    reporter.warning(`scaleplan: no capacity diff: ${error.message}`);
    return '';
  }
}

/**
 * The Action: lint, then report through annotations, the job summary, one sticky
 * pull-request comment and one review with inline comments on changed lines.
 */
export async function runAction(
  inputs: ActionInputs,
  context: ActionContext,
  reporter: ActionReporter,
  octokit: Octokit | undefined,
): Promise<ActionOutcome> {
  const pr = pullRequestOf(context);
  let changedFiles: ChangedFile[] | undefined;
  if (pr && octokit && inputs.onlyChanged) {
    changedFiles = await listChangedFiles(octokit, pr);
    reporter.info(
      `The pull request changes ${changedFiles.length} file(s); findings are reported on those, and every object is linted.`,
    );
  }
  const report = await lint({
    paths: inputs.paths,
    cwd: context.workspace,
    env: context.env,
    ...(inputs.config ? { configFile: inputs.config } : {}),
    ...(inputs.kubeVersion ? { kubeVersion: inputs.kubeVersion } : {}),
    ...(inputs.cache ? { cache: { ...cacheLocation(inputs, context) } } : {}),
    ...(changedFiles
      ? {
          onlyFiles: changedFiles
            .filter((file) => file.status !== 'removed')
            .map((file) => file.filename),
        }
      : {}),
  });
  report.notices.forEach((notice) => reporter.info(`scaleplan: notice: ${notice}`));
  const result: LintResult = report;
  const formatContext = {
    rules: rulesMeta(rules),
    version: VERSION,
  };

  if (inputs.sarifFile) {
    const sarif = (await loadFormatter('sarif'))(result, formatContext);
    const target = path.resolve(context.workspace, inputs.sarifFile);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, sarif);
    reporter.setOutput('sarif-file', target);
  }

  annotate(result.findings, reporter);
  const stale = inputs.spec ? await staleOverlays(inputs.spec, context, reporter) : [];
  const failing = failingFindings(result, inputs.failOn);
  const linkBase = `${context.serverUrl}/${context.repository}/blob/${pr?.headSha ?? context.sha}/`;

  let comment: ActionOutcome['comment'] = 'skipped';
  let posted = 0;
  let note: string | undefined;
  if (pr && octokit) {
    try {
      if (inputs.comment) {
        const section = inputs.capacity ? await capacityComment(inputs, context, pr, reporter) : '';
        const body =
          renderMarkdown(result, formatContext, {
            marker: SUMMARY_MARKER,
            linkBase,
            title: 'scaleplan',
            // The comment limit is 65,536 characters: the findings give way to the capacity.
            maxLength: DEFAULT_MAX_LENGTH - section.length,
          }) + (section ? `\n${section}` : '');
        comment = await upsertSummaryComment(
          octokit,
          pr,
          body,
          result.findings.length > 0 || section !== '',
        );
      }
      if (inputs.reviewComments && changedFiles) {
        const already = await postedFindingMarkers(octokit, pr);
        const { comments } = reviewComments(
          result.findings,
          changedFiles,
          already,
          reviewBody,
          (finding) => fixSuggestion(finding, result.fixSources),
        );
        if (comments.length > 0) {
          await createReview(
            octokit,
            pr,
            comments,
            `scaleplan found ${comments.length} new problem(s) on changed lines.`,
          );
          posted = comments.length;
        }
      }
    } catch (error) {
      if (!isPermissionError(error)) {
        throw error;
      }
      comment = 'forbidden';
      note = FORK_NOTE;
      reporter.warning(FORK_NOTE);
    }
  }

  await reporter.writeSummary(
    renderMarkdown(result, formatContext, {
      linkBase,
      title: 'scaleplan',
      ...(note ? { note } : {}),
      // The step summary allows 1 MiB (bytes); 340,000 UTF-16 units stay under it for any text.
      maxLength: 340_000,
    }),
  );
  reporter.setOutput('errors', String(result.summary.errors));
  reporter.setOutput('warnings', String(result.summary.warnings));
  const outcome: ActionOutcome = {
    errors: result.summary.errors,
    warnings: result.summary.warnings,
    failed: failing.length > 0 || stale.length > 0,
    comment,
    reviewComments: posted,
  };
  const reasons = [
    failing.length > 0
      ? `scaleplan found ${failing.length} problem(s) at or above "${inputs.failOn}".`
      : '',
    stale.length > 0
      ? `The committed overlays are not what ${inputs.spec ?? ''} compiles to (${stale.length} file(s) differ): run scaleplan compile and commit the result.`
      : '',
  ].filter(Boolean);
  if (reasons.length > 0) {
    outcome.failureMessage = reasons.join(' ');
  }
  return outcome;
}
