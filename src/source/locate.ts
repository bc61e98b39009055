import type { Document } from 'yaml';
import type { FieldPath, LocateTarget, Location, Position } from './positions.js';
import type { SourceFile, SourceRange } from './source-file.js';
import { locateOffsets } from './yaml-locate.js';

export type {
  FieldPath,
  LocateTarget,
  Location,
  OffsetRange,
  PathSegment,
  Position,
} from './positions.js';
export type { SourceRange } from './source-file.js';

/** The document with the given ordinal (see ParsedDocument.ordinal), parsed with positions. */
export function documentByOrdinal(file: SourceFile, ordinal: number): Document.Parsed | undefined {
  return file.documentByOrdinal(ordinal);
}

/**
 * Finds a field in a document. `target: 'key'` points at the key (`minReplicas` in
 * `minReplicas: 5`), `'value'` at the value. A path that is absent resolves to the nearest
 * ancestor that exists, marked approximate: its key when it has one, else the first key of
 * the map (the `name` of a list item, typically).
 */
export function locateInDocument(
  file: SourceFile,
  document: Document.Parsed,
  path: FieldPath,
  target: LocateTarget = 'value',
): SourceRange | undefined {
  const offsets = locateOffsets(document, path, target);
  return offsets ? { file, ...offsets } : undefined;
}

/** Converts a range to the 1-based location users see. Only output code calls this. */
export function toLocation(range: SourceRange): Location {
  const start: Position = range.file.position(range.start);
  // The end offset is exclusive; a range that ends right after a line break ends on that line.
  const endOffset = Math.max(range.start + 1, range.end);
  const endPosition = range.file.position(endOffset - 1);
  const location: Location = {
    file: range.file.path,
    line: start.line,
    column: start.column,
    endLine: endPosition.line,
    endColumn: endPosition.column + 1,
  };
  if (range.approximate) {
    location.approximate = true;
  }
  return location;
}
