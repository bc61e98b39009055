import { markdownTemplate } from '../generated/markdown-template.js';
import type { Finding, LintResult } from '../lint/engine.js';
import { encodeLinkPath, escapeMarkdownText } from './escape.js';
import { DOCS_BASE_URL } from './markdown-links.js';
import type { FormatContext, Formatter } from './types.js';

export { escapeMarkdownText } from './escape.js';

/** GitHub rejects issue and pull-request comments longer than 65,536 characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const DEFAULT_MAX_LENGTH = 65_000;
/** Rows shown before the rest fold into a <details> block. */
const VISIBLE_ROWS = 25;

export interface MarkdownOptions {
  /** Longest body to return; rows are left out (and counted) to stay within it. */
  maxLength?: number;
  title?: string;
  /** A hidden HTML comment that finds a sticky comment again (put first in the body). */
  marker?: string;
  /** `https://github.com/o/r/blob/<sha>/`: locations become links to the file and line. */
  linkBase?: string;
  /** A notice shown above the findings (e.g. why the pull request could not be commented). */
  note?: string;
}

const ICONS: Record<Finding['severity'], string> = { error: '🛑', warning: '⚠️', info: 'ℹ️' };
const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

interface Row {
  icon: string;
  location: string;
  message: string;
  rule: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function row(finding: Finding, linkBase: string | undefined): Row {
  const where = `${escapeMarkdownText(finding.file)}:${finding.line}:${finding.column}`;
  const location = linkBase
    ? `[${where}](${linkBase}${encodeLinkPath(finding.file)}#L${finding.line})`
    : where;
  return {
    icon: ICONS[finding.severity],
    location,
    message: escapeMarkdownText(finding.message),
    rule: `[\`${finding.ruleId}\`](${DOCS_BASE_URL}${finding.ruleId}.md)`,
  };
}

/** The pull-request comment and job summary: headline, a table of findings, counts. */
export function renderMarkdown(
  result: LintResult,
  context: FormatContext,
  options: MarkdownOptions = {},
): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const ordered = [...result.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const rows = ordered.map((finding) => row(finding, options.linkBase));
  const { errors, warnings, infos, suppressed, objects, files } = result.summary;
  const counts = [
    errors > 0 ? plural(errors, 'error') : '',
    warnings > 0 ? plural(warnings, 'warning') : '',
    infos > 0 ? `${infos} info` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const render = (kept: number): string =>
    markdownTemplate({
      marker: options.marker ?? '',
      title: options.title ?? 'scaleplan',
      headline: rows.length === 0 ? 'all clear' : counts,
      note: options.note ?? '',
      hasFindings: rows.length > 0,
      shown: rows.slice(0, Math.min(kept, VISIBLE_ROWS)),
      folded: rows.slice(VISIBLE_ROWS, kept),
      omitted: rows.length - kept,
      omittedNoun: rows.length - kept === 1 ? 'finding was' : 'findings were',
      version: context.version,
      objects,
      objectsNoun: objects === 1 ? 'object' : 'objects',
      files,
      filesNoun: files === 1 ? 'file' : 'files',
      suppressed,
    }).replace(/\n{3,}/g, '\n\n');
  let body = render(rows.length);
  if (body.length <= maxLength) {
    return body;
  }
  // Keep as many rows as fit: binary search over the number kept.
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (render(middle).length <= maxLength) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  body = render(low);
  return body;
}

export const formatMarkdown: Formatter = (result, context) => renderMarkdown(result, context);
