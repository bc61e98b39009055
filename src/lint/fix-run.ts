import fs from 'node:fs';
import { writeFileAtomically } from '../shared/atomic-write.js';
import { describeReadError } from '../load/read.js';
import { decodeText } from '../source/source-file.js';
import { applyFixes, type FixEdit, type FixSource } from './fix.js';
import { lint, type LintReport, type LintRequest } from './lint.js';
import type { Finding } from './result.js';

/** ESLint's bound: a fix that keeps producing fixes stops after this many passes. */
export const MAX_FIX_PASSES = 10;

export interface FixRequest {
  /** Whether a finding's fix may be applied (`--rule`, `--fix-type`); default every one. */
  select?: (finding: Finding) => boolean;
  /** Compute the first pass's changes and write nothing (`--fix-dry-run`). */
  dryRun?: boolean;
}

/** One file a fix changed (or, in a dry run, would change). */
export interface FileChange {
  /** Display path. */
  file: string;
  before: string;
  after: string;
}

export interface FixOutcome {
  /** The lint of the files as they are after the fixes (before them, in a dry run). */
  report: LintReport;
  /** Findings fixed (or, in a dry run, fixable in the first pass). */
  fixed: number;
  /** The files changed, in path order (the first pass only, in a dry run). */
  changes: FileChange[];
  /** Files left alone, with the reason (changed on disk since read, not a local file, …). */
  skipped: string[];
}

/**
 * `lint --fix`: lint, apply the non-overlapping fixes, write the files, and lint again until
 * a pass changes nothing (at most MAX_FIX_PASSES): a fix deferred because it overlapped one
 * applied, or a Kustomize field whose patch was fixed before its base, is applied in a later
 * pass. The returned report is the last lint, so exit status and output are by what remains.
 */
export async function lintAndFix(request: LintRequest, fix: FixRequest = {}): Promise<FixOutcome> {
  const select = fix.select ?? (() => true);
  const changes = new Map<string, FileChange>();
  const skipped = new Set<string>();
  let fixed = 0;
  let report = await lint(request);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const sources = report.fixSources ?? new Map<string, FixSource>();
    const texts = new Map([...sources].map(([file, source]) => [file, source.text]));
    const applied = applyFixes(texts, report.findings.filter(select));
    const written = new Set<string>();
    for (const [file, after] of applied.texts) {
      const source = sources.get(file);
      const problem = !source ? 'not read' : fix.dryRun ? undefined : writeFixed(source, after);
      if (problem !== undefined) {
        skipped.add(`${file}: ${problem}; not fixed.`);
        continue;
      }
      written.add(file);
      changes.set(file, { file, before: changes.get(file)?.before ?? source?.text ?? '', after });
    }
    fixed += applied.applied.filter((finding) =>
      editsOf(finding).every((edit) => written.has(edit.file)),
    ).length;
    if (fix.dryRun || written.size === 0) {
      break;
    }
    report = await lint(request);
  }
  return {
    report,
    fixed,
    changes: [...changes.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    skipped: [...skipped].sort(),
  };
}

/**
 * Writes a fixed text over its file atomically (a temporary file in the same directory,
 * renamed over it, with the file's mode), unless the file changed since the run read it.
 * Returns why it was not written, or undefined.
 */
export function writeFixed(source: FixSource, after: string): string | undefined {
  if (source.absolutePath === undefined) {
    return 'not a file on disk';
  }
  let target: string;
  let bytes: Buffer;
  try {
    target = fs.realpathSync(source.absolutePath);
    bytes = fs.readFileSync(target);
  } catch (error) {
    return `cannot be read: ${describeReadError(error)}`;
  }
  const decoded = decodeText(bytes);
  if (
    decoded.problem ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  ) {
    return 'not UTF-8 text';
  }
  // The loader reads a lone CR as a line break; writing the text back would change it.
  if (/\r(?!\n)/.test(decoded.text)) {
    return 'it ends lines with lone CRs';
  }
  if (decoded.text !== source.text) {
    return 'it changed on disk since it was read';
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
  try {
    writeFileAtomically(target, `${bom}${after}`, { mode: fs.statSync(target).mode });
  } catch (error) {
    return `cannot be written: ${describeReadError(error)}`;
  }
  return undefined;
}

function editsOf(finding: Finding): FixEdit[] {
  return finding.autofix && 'edits' in finding.autofix ? finding.autofix.edits : [];
}
