import { LineCounter, parseAllDocuments, type Document } from 'yaml';

/** 1-based line and column (UTF-16 code units), as shown to users. */
export interface Position {
  line: number;
  column: number;
}

export interface YamlView {
  /** Every document of the file, empty ones included, in order. */
  documents: Document.Parsed[];
  lineCounter: LineCounter;
}

/** Options shared by every full (position-keeping) YAML parse. */
export const YAML_PARSE_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: true,
  merge: true,
  strict: true,
} as const;

/**
 * The text of one input (a file, stdin, or a kustomize build) under the path users see.
 * The full `yaml` parse that gives positions and comments is made lazily: most files of a
 * clean run never need it.
 */
export class SourceFile {
  private yamlView: YamlView | undefined;
  private lineStarts: number[] | undefined;
  /** Why the bytes could not be read as text (invalid UTF-8), with the offset in `text`. */
  encodingProblem: { message: string; offset: number } | undefined;

  /** A file read from disk: decoded by `decodeText`, keeping any encoding problem. */
  static fromBytes(path: string, bytes: Uint8Array, absolutePath?: string): SourceFile {
    const decoded = decodeText(bytes);
    const file = new SourceFile(path, decoded.text, absolutePath);
    if (decoded.problem) {
      const prefix = bytes.subarray(0, decoded.problem.byteOffset);
      file.encodingProblem = {
        message: decoded.problem.message,
        offset: new TextDecoder('utf-8').decode(prefix).length,
      };
    }
    return file;
  }

  constructor(
    /** Path as shown in findings: relative to the working directory, `/`-separated. */
    readonly path: string,
    readonly text: string,
    /** Absolute path on disk, when the text came from a file. */
    readonly absolutePath?: string,
  ) {}

  get isJson(): boolean {
    return this.path.endsWith('.json');
  }

  yaml(): YamlView {
    if (!this.yamlView) {
      const lineCounter = new LineCounter();
      const documents = parseAllDocuments(this.text, { ...YAML_PARSE_OPTIONS, lineCounter });
      // parseAllDocuments returns an EmptyStream (not an array) for input without documents.
      this.yamlView = {
        documents: Array.isArray(documents) ? documents : [],
        lineCounter,
      };
    }
    return this.yamlView;
  }

  /** Offset → 1-based position. Works without the YAML parse (plain text scan, cached). */
  position(offset: number): Position {
    const starts = this.getLineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= clamped) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const starts = this.getLineStarts();
    const start = starts[line - 1];
    if (start === undefined) {
      return '';
    }
    const next = starts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.getLineStarts().length;
  }

  private getLineStarts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      let index = this.text.indexOf('\n');
      while (index !== -1) {
        starts.push(index + 1);
        index = this.text.indexOf('\n', index + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}

export interface DecodedText {
  text: string;
  /** Set when the bytes are not valid text; the text is then the lossy decoding. */
  problem?: { message: string; byteOffset: number };
}

const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes → text as YAML allows: UTF-8 (BOM stripped, so columns count from the first visible
 * character) or UTF-16 with a byte-order mark. Invalid UTF-8 is reported, not silently
 * replaced.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const nul = utf16 ? -1 : bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) {
    return {
      text: '',
      problem: {
        message: 'This is a binary file (it contains NUL bytes), not YAML or JSON.',
        byteOffset: 0,
      },
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: UTF8_DECODER.decode(body) };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(body),
      problem: { message: 'The file is not valid UTF-8 text.', byteOffset: firstInvalidUtf8(body) },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >> 5 === 0b110
          ? 2
          : byte >> 4 === 0b1110
            ? 3
            : byte >> 3 === 0b11110
              ? 4
              : 0;
    if (length === 0) {
      return index;
    }
    for (let next = 1; next < length; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) {
        return index;
      }
    }
    index += length;
  }
  return 0;
}
