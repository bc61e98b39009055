import { createHash } from 'node:crypto';
import type { Octokit } from '@octokit/rest';
import type { FixSource } from '../../lint/fix.js';
import type { Finding } from '../../lint/result.js';
import { commentableLines } from './diff.js';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  /** The base branch's commit the pull request compares against. */
  baseSha?: string;
}

export interface ChangedFile {
  filename: string;
  status: string;
  patch?: string;
}

/** The hidden marker that finds scaleplan's summary comment again on later runs. */
export const SUMMARY_MARKER = '<!-- scaleplan:summary -->';
const FINDING_MARKER_PREFIX = '<!-- scaleplan:finding ';

/** GitHub lists at most 3,000 files of a pull request, 100 per page. */
export const MAX_CHANGED_FILES = 3000;

/** Review comments per run; the rest are in the summary comment. */
export const MAX_REVIEW_COMMENTS = 50;

export async function listChangedFiles(
  octokit: Octokit,
  pr: PullRequestRef,
): Promise<ChangedFile[]> {
  const files: ChangedFile[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  })) {
    for (const file of page.data) {
      const entry: ChangedFile = { filename: file.filename, status: file.status };
      if (file.patch !== undefined) {
        entry.patch = file.patch;
      }
      files.push(entry);
    }
    if (files.length >= MAX_CHANGED_FILES) {
      break;
    }
  }
  return files;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'none';

/**
 * Keeps one summary comment current: edits the comment that carries the marker, creates one
 * when there are findings and none exists, and turns it into an all-clear when the findings
 * are gone (never a new comment just to say all is well).
 */
export async function upsertSummaryComment(
  octokit: Octokit,
  pr: PullRequestRef,
  body: string,
  hasFindings: boolean,
): Promise<CommentOutcome> {
  let existing: { id: number; body?: string | undefined } | undefined;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  })) {
    existing = page.data.find((comment) => comment.body?.includes(SUMMARY_MARKER));
    if (existing) {
      break;
    }
  }
  if (existing) {
    if (existing.body === body) {
      return 'unchanged';
    }
    await octokit.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing.id,
      body,
    });
    return 'updated';
  }
  if (!hasFindings) {
    return 'none';
  }
  await octokit.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body,
  });
  return 'created';
}

function findingMarker(finding: Finding): string {
  const hash = createHash('sha256')
    .update(`${finding.ruleId}\u0000${finding.file}\u0000${finding.message}`)
    .digest('hex')
    .slice(0, 16);
  return `${FINDING_MARKER_PREFIX}${hash} -->`;
}

export interface ReviewComment {
  path: string;
  line: number;
  /** First line of a multi-line comment (a suggestion that replaces several lines). */
  startLine?: number;
  side: 'RIGHT';
  body: string;
}

/** A GitHub suggestion: lines startLine..line (1-based, inclusive) become `text`. */
export interface Suggestion {
  startLine: number;
  line: number;
  text: string;
}

/**
 * The machine fix of a finding as a suggestion on whole lines of its file: the lines the
 * edits touch, with the edits applied. None when the fix edits another file (a Kustomize
 * base the finding maps into is its file, so that one is fine) or the text is not known.
 */
export function fixSuggestion(
  finding: Finding,
  sources: ReadonlyMap<string, FixSource> | undefined,
): Suggestion | undefined {
  const edits = finding.autofix && 'edits' in finding.autofix ? finding.autofix.edits : [];
  const text = sources?.get(finding.file)?.text;
  if (
    edits.length === 0 ||
    text === undefined ||
    edits.some((edit) => edit.file !== finding.file)
  ) {
    return undefined;
  }
  const first = Math.min(...edits.map((edit) => edit.start));
  const last = Math.max(...edits.map((edit) => edit.end));
  const from = text.lastIndexOf('\n', first - 1) + 1;
  // A range that ends at a line start (a removed line) ends on the line before.
  const to = last > first && text[last - 1] === '\n' ? last : lineAfter(text, last);
  let replaced = text.slice(from, to);
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    replaced = `${replaced.slice(0, edit.start - from)}${edit.text}${replaced.slice(edit.end - from)}`;
  }
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  return {
    startLine: lineOf(from),
    line: lineOf(Math.max(from, to - 1)),
    text: replaced.replace(/\r?\n$/, '').replace(/\r\n/g, '\n'),
  };
}

function lineAfter(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next === -1 ? text.length : next + 1;
}

/** The suggestion block GitHub renders with "Commit suggestion" (an empty one deletes). */
export function suggestionBlock(suggestion: Suggestion): string {
  const fence = suggestion.text.includes('```') ? '````' : '```';
  return `${fence}suggestion\n${suggestion.text === '' ? '' : `${suggestion.text}\n`}${fence}`;
}

/**
 * Review comments for findings on lines inside the diff hunks, minus the ones an earlier
 * run already posted (matched by a hidden per-finding marker).
 */
export function reviewComments(
  findings: readonly Finding[],
  changedFiles: readonly ChangedFile[],
  alreadyPosted: ReadonlySet<string>,
  renderBody: (finding: Finding) => string,
  suggest: (finding: Finding) => Suggestion | undefined = () => undefined,
): { comments: ReviewComment[]; outsideDiff: number } {
  const lineSets = new Map(
    changedFiles.map((file) => [file.filename, commentableLines(file.patch)]),
  );
  const comments: ReviewComment[] = [];
  let outsideDiff = 0;
  const seen = new Set<string>();
  for (const finding of findings) {
    const lines = lineSets.get(finding.file);
    if (!lines?.has(finding.line)) {
      outsideDiff++;
      continue;
    }
    const marker = findingMarker(finding);
    if (
      alreadyPosted.has(`${finding.file}:${finding.line}:${marker}`) ||
      seen.has(`${finding.file}:${finding.line}:${marker}`)
    ) {
      continue;
    }
    seen.add(`${finding.file}:${finding.line}:${marker}`);
    if (comments.length < MAX_REVIEW_COMMENTS) {
      // A suggestion only when every line it replaces is in the diff (GitHub refuses others).
      const suggestion = suggest(finding);
      const suggestible =
        suggestion !== undefined &&
        Array.from(
          { length: suggestion.line - suggestion.startLine + 1 },
          (_, index) => suggestion.startLine + index,
        ).every((line) => lines.has(line));
      comments.push(
        suggestion && suggestible
          ? {
              path: finding.file,
              line: suggestion.line,
              ...(suggestion.startLine < suggestion.line
                ? { startLine: suggestion.startLine }
                : {}),
              side: 'RIGHT',
              body: `${renderBody(finding)}\n\n${suggestionBlock(suggestion)}\n\n${marker}`,
            }
          : {
              path: finding.file,
              line: finding.line,
              side: 'RIGHT',
              body: `${renderBody(finding)}\n\n${marker}`,
            },
      );
    }
  }
  return { comments, outsideDiff };
}

/** Markers of review comments scaleplan already left on the pull request. */
export async function postedFindingMarkers(
  octokit: Octokit,
  pr: PullRequestRef,
): Promise<Set<string>> {
  const posted = new Set<string>();
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  })) {
    for (const comment of page.data) {
      const marker = new RegExp(`${FINDING_MARKER_PREFIX}[0-9a-f]+ -->`).exec(comment.body)?.[0];
      if (marker && comment.line) {
        posted.add(`${comment.path}:${comment.line}:${marker}`);
      }
    }
  }
  return posted;
}

export async function createReview(
  octokit: Octokit,
  pr: PullRequestRef,
  comments: readonly ReviewComment[],
  body: string,
): Promise<void> {
  await octokit.rest.pulls.createReview({
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    commit_id: pr.headSha,
    event: 'COMMENT',
    body,
    comments: comments.map((comment) => ({
      path: comment.path,
      line: comment.line,
      ...(comment.startLine !== undefined
        ? { start_line: comment.startLine, start_side: comment.side }
        : {}),
      side: comment.side,
      body: comment.body,
    })),
  });
}
