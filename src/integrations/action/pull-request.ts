import { createHash } from 'node:crypto';
import type { Octokit } from '@octokit/rest';
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
  side: 'RIGHT';
  body: string;
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
      comments.push({
        path: finding.file,
        line: finding.line,
        side: 'RIGHT',
        body: `${renderBody(finding)}\n\n${marker}`,
      });
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
      side: comment.side,
      body: comment.body,
    })),
  });
}
