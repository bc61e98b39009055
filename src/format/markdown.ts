import { markdownTemplate } from '../generated/markdown-template.js';
import type { Finding, LintResult } from '../lint/result.js';
import type { Severity } from '../lint/rule.js';
import { encodeLinkPath, escapeMarkdownText } from './escape.js';
import { ruleDocsUrl } from './project.js';
import type { FormatContext, Formatter } from './types.js';

export { encodeLinkPath, escapeMarkdownText } from './escape.js';

/** GitHub rejects issue and pull-request comments longer than 65,536 characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** The default `maxLength`: the comment limit with room for what a caller appends. */
export const DEFAULT_MAX_LENGTH = 65_000;
/** Rows of a severity shown before the rest fold into a `<details>` block. */
export const VISIBLE_ROWS = 20;
/** Longest message kept in a row; a longer one (a hostile name, say) is cut. */
const MAX_MESSAGE_LENGTH = 1_000;

export interface MarkdownOptions {
  /**
   * Longest body to return, in UTF-16 code units (JavaScript string length, never less than
   * the characters GitHub counts). Whole rows are left out, and counted, to stay within it.
   * Default 65,000.
   */
  maxLength?: number;
  /** Plain text before the counts in the headline (escaped). Default `scaleplan`. */
  title?: string;
  /**
   * A hidden HTML comment (`<!-- … -->`) put first in the body, so a sticky comment can be
   * found again. Trusted: it must be a single comment, or this throws.
   */
  marker?: string;
  /**
   * Repository URL prefix of the files, e.g. `https://github.com/o/r/blob/<sha>/` (trusted):
   * locations become links to the file and line. Without it they are plain text.
   */
  linkBase?: string;
  /** A notice shown above the findings, as trusted Markdown (e.g. why no comment was posted). */
  note?: string;
}

interface Section {
  severity: Severity;
  icon: string;
  label: string;
  noun: [string, string];
}

const SECTIONS: readonly Section[] = [
  { severity: 'error', icon: '🛑', label: 'Errors', noun: ['error', 'errors'] },
  { severity: 'warning', icon: '⚠️', label: 'Warnings', noun: ['warning', 'warnings'] },
  { severity: 'info', icon: 'ℹ️', label: 'Info', noun: ['info', 'info'] },
];

interface Row {
  location: string;
  message: string;
  rule: string;
}

interface SuppressedRow {
  location: string;
  rule: string;
  reason: string;
}

function count(amount: number, [one, many]: readonly [string, string]): string {
  return `${amount.toLocaleString('en-US')} ${amount === 1 ? one : many}`;
}

function location(finding: Finding, linkBase: string | undefined): string {
  const text = escapeMarkdownText(`${finding.file}:${finding.line}:${finding.column}`);
  if (linkBase === undefined) {
    return text;
  }
  const lines =
    finding.endLine > finding.line ? `L${finding.line}-L${finding.endLine}` : `L${finding.line}`;
  return `[${text}](${linkBase}${encodeLinkPath(finding.file)}#${lines})`;
}

function ruleLink(ruleId: string): string {
  // Registered ids are kebab-case; anything else is shown as escaped text.
  const label = /^[a-z0-9-]+$/.test(ruleId) ? `\`${ruleId}\`` : escapeMarkdownText(ruleId);
  return `[${label}](${ruleDocsUrl(ruleId)})`;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function row(finding: Finding, linkBase: string | undefined): Row {
  return {
    location: location(finding, linkBase),
    message: escapeMarkdownText(cut(finding.message, MAX_MESSAGE_LENGTH)),
    rule: ruleLink(finding.ruleId),
  };
}

function suppressedRow(finding: Finding, linkBase: string | undefined): SuppressedRow {
  const suppression = finding.suppression;
  const via = suppression?.kind === 'annotation' ? 'annotation' : 'comment';
  const reason = suppression?.justification
    ? escapeMarkdownText(cut(suppression.justification, MAX_MESSAGE_LENGTH))
    : '_no reason given_';
  return {
    location: location(finding, linkBase),
    rule: ruleLink(finding.ruleId),
    reason: `${reason} (${via})`,
  };
}

function headline(result: LintResult): string {
  const { errors, warnings, infos } = result.summary;
  const parts = [
    errors > 0 ? count(errors, ['error', 'errors']) : '',
    warnings > 0 ? count(warnings, ['warning', 'warnings']) : '',
    infos > 0 ? count(infos, ['info', 'info']) : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'all clear' : `${parts.join(', ')} in ${scope(result)}`;
}

function scope(result: LintResult): string {
  const { objects, files } = result.summary;
  return `${count(objects, ['object', 'objects'])} across ${count(files, ['file', 'files'])}`;
}

function checkedMarker(marker: string | undefined): string {
  if (marker === undefined) {
    return '';
  }
  if (!/^<!--(?:(?!-->)[\s\S])*-->$/.test(marker)) {
    throw new Error(`The marker must be one HTML comment, not ${JSON.stringify(marker)}.`);
  }
  return marker;
}

/**
 * The pull-request comment and job summary: a headline with the counts, a table per
 * severity (long tables fold into `<details>`), the suppressed findings with their reasons,
 * and an all-clear text when nothing was found. Every piece of manifest-controlled text
 * goes through `escapeMarkdownText`. When the body would be longer than `maxLength`, the
 * suppressed table goes first, then whole rows from the end (info before warnings before
 * errors), and the body says how many findings were left out.
 */
export function renderMarkdown(
  result: LintResult,
  context: FormatContext,
  options: MarkdownOptions = {},
): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const ordered = SECTIONS.flatMap((section) =>
    result.findings
      .filter((finding) => finding.severity === section.severity)
      .map((finding) => ({ section, row: row(finding, options.linkBase) })),
  );
  const totals = new Map<Severity, number>();
  for (const { section } of ordered) {
    totals.set(section.severity, (totals.get(section.severity) ?? 0) + 1);
  }
  const suppressedRows = result.suppressed.map((finding) =>
    suppressedRow(finding, options.linkBase),
  );
  const fixed = {
    marker: checkedMarker(options.marker),
    title: escapeMarkdownText(options.title ?? 'scaleplan'),
    headline: headline(result),
    note: options.note ? options.note.split(/\r?\n/) : [],
    allClear: result.findings.length === 0,
    scope: scope(result),
    version: context.version,
    suppressed: result.summary.suppressed,
    skipped:
      result.summary.skippedDocuments > 0
        ? count(result.summary.skippedDocuments, ['document', 'documents'])
        : '',
    limit: maxLength.toLocaleString('en-US'),
  };

  const render = (kept: number, withSuppressed: boolean): string => {
    const sections = SECTIONS.map((section) => {
      const rows = ordered
        .slice(0, kept)
        .filter((entry) => entry.section === section)
        .map((entry) => entry.row);
      return {
        icon: section.icon,
        label: section.label,
        rows: rows.length,
        count: totals.get(section.severity)?.toLocaleString('en-US') ?? '0',
        shown: rows.slice(0, VISIBLE_ROWS),
        folded: rows.slice(VISIBLE_ROWS),
        foldedNoun: section.noun[rows.length - VISIBLE_ROWS === 1 ? 0 : 1],
      };
    }).filter((section) => section.rows > 0);
    const omitted = ordered.length - kept;
    const body = markdownTemplate({
      ...fixed,
      sections,
      suppressedRows: withSuppressed ? suppressedRows : [],
      suppressedNoun: suppressedRows.length === 1 ? 'finding' : 'findings',
      omitted: omitted > 0 ? omitted.toLocaleString('en-US') : '',
      omittedNoun: omitted === 1 ? 'finding was' : 'findings were',
    });
    return `${body
      .replace(/^\n+/, '')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`;
  };

  const full = render(ordered.length, true);
  if (full.length <= maxLength) {
    return full;
  }
  const withoutSuppressed = render(ordered.length, false);
  if (withoutSuppressed.length <= maxLength) {
    return withoutSuppressed;
  }
  // The most rows that fit: the length grows with the rows kept, so a binary search works.
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (render(middle, false).length <= maxLength) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  const body = render(low, false);
  // Only a tiny maxLength, or a huge title or note, gets here; GitHub would refuse the body.
  return body.length <= maxLength ? body : `${body.slice(0, Math.max(0, maxLength - 2))}…\n`;
}

/** `--format markdown`: the comment with the default options. */
export const formatMarkdown: Formatter = (result, context) => renderMarkdown(result, context);
