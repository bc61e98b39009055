/**
 * The shared vocabulary of positions: paths into objects, offsets into text, and the 1-based
 * positions shown to users. Imports nothing, so every module of src/source can use it.
 */

export type PathSegment = string | number;
export type FieldPath = readonly PathSegment[];

export type LocateTarget = 'key' | 'value';

/** 1-based line and column (UTF-16 code units), as shown to users. */
export interface Position {
  line: number;
  column: number;
}

/** A range of a text, as offsets. */
export interface OffsetRange {
  start: number;
  end: number;
  /** True when the exact field is absent and the range points at its nearest ancestor. */
  approximate?: boolean;
}

/** A range converted for output: 1-based, end inclusive of the last column + 1. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  approximate?: boolean;
}
