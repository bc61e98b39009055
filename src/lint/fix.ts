import type { FieldPath, Location } from '../source/locate.js';
import type { SourceFile, SourceRange } from '../source/source-file.js';
import type { Manifest } from '../k8s/manifest.js';

/*
 * Machine-applicable fixes, after ESLint's fixer: a fix is a list of edits, each an offset
 * range of one source text and the text that replaces it. Edits are made on the text itself,
 * at the ranges the locator found, so every byte outside them (comments, quoting, indentation,
 * key order, document markers, CRLF) stays as it was. A fix that cannot be made safely is
 * refused with the reason, which the finding carries instead of edits.
 */

/** One replacement in a source text, as offsets (end exclusive). */
export interface SourceEdit {
  file: SourceFile;
  start: number;
  end: number;
  text: string;
}

export type FixResult = { edits: SourceEdit[] } | { refused: string };

/**
 * An edit as findings carry it: the file's display path, offsets, and the 1-based positions of
 * its start and (exclusive) end.
 */
export interface FixEdit extends Location {
  start: number;
  end: number;
  text: string;
}

/** A finding's machine fix: the edits that make it, or why there is none. */
export type Autofix = { edits: FixEdit[] } | { refused: string };

/** The text of a file that fixes edit, as the run read it. */
export interface FixSource {
  text: string;
  /** Absolute path on disk; absent for stdin and in-memory sources. */
  absolutePath?: string;
}

const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;

function refuse(reason: string): { refused: string } {
  return { refused: reason };
}

function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the line break that ends the line holding `offset` (or the text's end). */
function lineEndOf(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  const end = next === -1 ? text.length : next;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

function previousNonSpace(text: string, offset: number): number {
  let index = offset - 1;
  while (index >= 0 && /\s/.test(text[index] ?? '')) {
    index--;
  }
  return index;
}

function nextNonSpace(text: string, offset: number): number {
  let index = offset;
  while (index < text.length && /\s/.test(text[index] ?? '')) {
    index++;
  }
  return index;
}

/** A key as YAML spells it: plain when that reads back as the same string, else quoted. */
export function yamlKey(key: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(key) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(key)
    ? key
    : JSON.stringify(key);
}

/** A scalar in the quoting style of `original` (plain when it was plain). */
function scalarLike(original: string, value: string | number): string {
  if (typeof value === 'number') {
    return String(value);
  }
  if (original.startsWith("'")) {
    return `'${value.replace(/'/g, "''")}'`;
  }
  if (original.startsWith('"')) {
    return JSON.stringify(value);
  }
  return yamlKey(value) === value ? value : JSON.stringify(value);
}

function unquote(text: string): string {
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) {
    return text.slice(1, -1).replace(/''/g, "'");
  }
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return text;
    }
  }
  return text;
}

interface Located {
  file: SourceFile;
  text: string;
  key: SourceRange;
  value: SourceRange;
  /** Fields of the map that holds the field, as the source file writes it. */
  siblings: number;
}

/**
 * Builds fixes on the source ranges of a manifest's fields. Every operation checks that the
 * field is written where the locator says, in a file that can be edited (not a kustomization's
 * generator, `replicas:`, `images:` or inline patch, not a JSON 6902 patch, not a rendered
 * stream from a remote base or Helm chart), and refuses otherwise.
 */
export class Fixer {
  /** Where a field is written, or why it cannot be edited there. */
  private locateField(manifest: Manifest, path: FieldPath): Located | { refused: string } {
    const field = path.join('.');
    const key = manifest.locate(path, 'key');
    const value = manifest.locate(path, 'value');
    if (!key || !value || key.approximate || value.approximate || key.file !== value.file) {
      return refuse(`${field} is not written in any source file (a transformer adds it).`);
    }
    const { file } = key;
    if (manifest.locatesOutsideItsFile && file.absolutePath === undefined) {
      return refuse(
        `${manifest.toString()} comes from a remote base or a Helm chart: there is no local file to edit.`,
      );
    }
    if (KUSTOMIZATION_FILE.test(file.path)) {
      return refuse(
        `${field} is set in ${file.path} (a generator, replicas:, images: or an inline patch); edit it there by hand.`,
      );
    }
    const text = file.text;
    const last = path.at(-1);
    const source = file.keyPairAt(key.start);
    if (
      (typeof last === 'string' && unquote(text.slice(key.start, key.end)) !== last) ||
      !source ||
      source.json6902
    ) {
      return refuse(`${field} is set by a JSON 6902 patch in ${file.path}; edit it there by hand.`);
    }
    // A collection's range may run on over the line break and blank lines after it.
    let end = value.end;
    while (end > value.start && /\s/.test(text[end - 1] ?? '')) {
      end--;
    }
    return { file, text, key, value: { ...value, end }, siblings: source.siblings };
  }

  /** Removes a field with its line (block style) or its comma (flow style). */
  removeField(manifest: Manifest, path: FieldPath): FixResult {
    const located = this.locateField(manifest, path);
    if ('refused' in located) {
      return located;
    }
    const { file, text, key, value, siblings } = located;
    // Judged on the source: a patch that writes only this field would be left empty.
    if (siblings <= 1) {
      return refuse(`Removing ${path.join('.')} would leave its parent empty.`);
    }
    const before = previousNonSpace(text, key.start);
    const beforeChar = text[before];
    if (beforeChar === '{' || beforeChar === ',') {
      const after = nextNonSpace(text, value.end);
      if (beforeChar === ',') {
        return { edits: [{ file, start: before, end: value.end, text: '' }] };
      }
      if (text[after] === ',') {
        return {
          edits: [{ file, start: key.start, end: nextNonSpace(text, after + 1), text: '' }],
        };
      }
      return refuse(`Removing ${path.join('.')} would leave its parent empty.`);
    }
    const lineStart = lineStartOf(text, key.start);
    if (text.slice(lineStart, key.start).trim() !== '') {
      return refuse(`${path.join('.')} starts a list item; remove it by hand.`);
    }
    const lineEnd = lineEndOf(text, value.end);
    if (!/^[ \t]*(#.*)?$/.test(text.slice(value.end, lineEnd))) {
      return refuse(`${path.join('.')} shares its line with another field; remove it by hand.`);
    }
    const newline = text.indexOf('\n', lineEnd);
    return {
      edits: [
        { file, start: lineStart, end: newline === -1 ? text.length : newline + 1, text: '' },
      ],
    };
  }

  /** Replaces a scalar value, keeping its quoting style. */
  replaceValue(manifest: Manifest, path: FieldPath, replacement: string | number): FixResult {
    const located = this.locateField(manifest, path);
    if ('refused' in located) {
      return located;
    }
    const { file, text, value } = located;
    const original = text.slice(value.start, value.end);
    // Collections, block scalars, anchors, aliases and tags are not a plain value to swap.
    const decoration = text.slice(located.key.end, value.start);
    if (/^[[{|>&*!]/.test(original) || /[&!]/.test(decoration) || original.includes('\n')) {
      return refuse(`${path.join('.')} is not a one-line scalar.`);
    }
    return {
      edits: [
        { file, start: value.start, end: value.end, text: scalarLike(original, replacement) },
      ],
    };
  }

  /** Renames the last key of `path`, keeping its value and quoting. */
  renameKey(manifest: Manifest, path: FieldPath, newKey: string): FixResult {
    const located = this.locateField(manifest, path);
    if ('refused' in located) {
      return located;
    }
    const { file, text, key } = located;
    return {
      edits: [
        {
          file,
          start: key.start,
          end: key.end,
          text: scalarLike(text.slice(key.start, key.end), newKey),
        },
      ],
    };
  }

  /** Replaces a field (key and scalar value) by another: `minAvailable: 3` → `maxUnavailable: 1`. */
  replaceField(
    manifest: Manifest,
    path: FieldPath,
    newKey: string,
    replacement: string | number,
  ): FixResult {
    return merge([
      this.renameKey(manifest, path, newKey),
      this.replaceValue(manifest, path, replacement),
    ]);
  }

  /**
   * Adds `key: value` to the map at `parentPath`, after its last field, in the map's style:
   * a new line at the fields' indentation for a block map, `, key: value` for a flow map.
   * `value` is a scalar's text, or a map of scalar texts (one level) for a nested field.
   */
  setField(
    manifest: Manifest,
    parentPath: FieldPath,
    key: string,
    value: string | Record<string, string>,
  ): FixResult {
    const parent = manifest.get(parentPath);
    if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) {
      return refuse(`${parentPath.join('.')} is not a map.`);
    }
    if (Object.hasOwn(parent, key)) {
      return refuse(`${[...parentPath, key].join('.')} is already set.`);
    }
    const siblings = Object.keys(parent);
    const lastKey = siblings.at(-1);
    if (lastKey === undefined) {
      return refuse(`${parentPath.join('.')} is empty; add ${key} by hand.`);
    }
    const located = this.locateField(manifest, [...parentPath, lastKey]);
    if ('refused' in located) {
      return located;
    }
    const { file, text, key: siblingKey, value: siblingValue } = located;
    // Every sibling must be in the same file, else the map is assembled by a patch.
    for (const sibling of siblings) {
      if (manifest.locate([...parentPath, sibling], 'key')?.file !== file) {
        return refuse(`${parentPath.join('.')} is assembled from several files; edit it by hand.`);
      }
    }
    const before = text[previousNonSpace(text, siblingKey.start)];
    if (before === '{' || before === ',') {
      const flowValue =
        typeof value === 'string'
          ? value
          : `{${Object.entries(value)
              .map(([name, text]) => `${yamlKey(name)}: ${text}`)
              .join(', ')}}`;
      return {
        edits: [
          {
            file,
            start: siblingValue.end,
            end: siblingValue.end,
            text: `, ${yamlKey(key)}: ${flowValue}`,
          },
        ],
      };
    }
    const lineStart = lineStartOf(text, siblingKey.start);
    const prefix = text.slice(lineStart, siblingKey.start);
    const indent = ' '.repeat(prefix.length);
    if (!/^[ -]*$/.test(prefix)) {
      return refuse(`${parentPath.join('.')} is not laid out one field a line.`);
    }
    const eol = lineEnding(text);
    const lineEnd = lineEndOf(text, siblingValue.end);
    if (!/^[ \t]*(#.*)?$/.test(text.slice(siblingValue.end, lineEnd))) {
      return refuse(`${parentPath.join('.')} is not laid out one field a line.`);
    }
    // The file's indentation step: how far the fields sit inside their parent's key.
    const parentKey = manifest.locate(parentPath, 'key');
    const parentColumn =
      parentKey && parentKey.file === file && !parentKey.approximate
        ? parentKey.start - lineStartOf(text, parentKey.start)
        : undefined;
    const column = siblingKey.start - lineStart;
    const step = parentColumn !== undefined && column > parentColumn ? column - parentColumn : 2;
    const inserted =
      typeof value === 'string'
        ? `${eol}${indent}${yamlKey(key)}: ${value}`
        : `${eol}${indent}${yamlKey(key)}:${Object.entries(value)
            .map(
              ([name, scalar]) => `${eol}${indent}${' '.repeat(step)}${yamlKey(name)}: ${scalar}`,
            )
            .join('')}`;
    return { edits: [{ file, start: lineEnd, end: lineEnd, text: inserted }] };
  }

  /** The text of a field's value as written (to copy a quantity in its own spelling). */
  valueText(manifest: Manifest, path: FieldPath): string | undefined {
    const range = manifest.locate(path, 'value');
    return range && !range.approximate ? range.file.text.slice(range.start, range.end) : undefined;
  }
}

/** One fix made of several: refused when any part is. */
export function merge(results: readonly FixResult[]): FixResult {
  const edits: SourceEdit[] = [];
  for (const result of results) {
    if ('refused' in result) {
      return result;
    }
    edits.push(...result.edits);
  }
  return { edits };
}

/** A fix as findings carry it (see Autofix), noting the texts its edits apply to. */
export function toAutofix(result: FixResult, sources: Map<string, FixSource>): Autofix {
  if ('refused' in result) {
    return result;
  }
  return {
    edits: result.edits.map((edit) => {
      if (!sources.has(edit.file.path)) {
        sources.set(edit.file.path, {
          text: edit.file.text,
          ...(edit.file.absolutePath !== undefined ? { absolutePath: edit.file.absolutePath } : {}),
        });
      }
      // Exact positions (an insertion is empty), not a finding's range (which is never empty).
      const start = edit.file.position(edit.start);
      const end = edit.file.position(edit.end);
      return {
        file: edit.file.path,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        start: edit.start,
        end: edit.end,
        text: edit.text,
      };
    }),
  };
}

export interface FixableFinding {
  ruleId: string;
  autofix?: Autofix;
}

export interface AppliedFixes<F extends FixableFinding> {
  /** The new text of every file that changed, by display path. */
  texts: Map<string, string>;
  /** Findings whose fix was applied. */
  applied: F[];
  /** Findings whose fix overlapped one applied before it (a later pass may apply them). */
  deferred: F[];
}

function overlaps(a: FixEdit, b: FixEdit): boolean {
  return a.file === b.file && (a.start === b.start || (a.start < b.end && b.start < a.end));
}

/**
 * Applies the machine fixes of these findings to the texts: fixes in order of their first
 * edit, a fix whose edits overlap an accepted one deferred (ESLint's rule: one pass never
 * applies two edits to the same range), each text edited from its end so offsets stay valid.
 */
export function applyFixes<F extends FixableFinding>(
  texts: ReadonlyMap<string, string>,
  findings: readonly F[],
): AppliedFixes<F> {
  const fixable = findings
    .flatMap((finding) => {
      const fix = finding.autofix;
      return fix && 'edits' in fix && fix.edits.length > 0 ? [{ finding, edits: fix.edits }] : [];
    })
    .sort(
      (a, b) =>
        compareText(a.edits[0]?.file ?? '', b.edits[0]?.file ?? '') ||
        (a.edits[0]?.start ?? 0) - (b.edits[0]?.start ?? 0),
    );
  const accepted: FixEdit[] = [];
  const applied: F[] = [];
  const deferred: F[] = [];
  for (const { finding, edits } of fixable) {
    const known = edits.every((edit) => texts.has(edit.file));
    if (!known || edits.some((edit) => accepted.some((other) => overlaps(edit, other)))) {
      deferred.push(finding);
      continue;
    }
    accepted.push(...edits);
    applied.push(finding);
  }
  const result = new Map<string, string>();
  const byFile = new Map<string, FixEdit[]>();
  for (const edit of accepted) {
    byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  }
  for (const [file, edits] of [...byFile].sort(([a], [b]) => compareText(a, b))) {
    let text = texts.get(file) ?? '';
    for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
      text = `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`;
    }
    if (text !== texts.get(file)) {
      result.set(file, text);
    }
  }
  return { texts: result, applied, deferred };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
