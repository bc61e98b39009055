import { kubectlYamlTags } from './kubectl-scalars.js';
import {
  buildEventTree,
  keyPairsInEventTree,
  locateInEventTree,
  type EventTree,
  type KeyPair,
} from './event-locate.js';
import type { FieldPath, LocateTarget, OffsetRange, Position } from './positions.js';
import { locateOffsets } from './yaml-locate.js';
import {
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  visit,
  type Document,
} from 'yaml';

export type { Position } from './positions.js';
export type { KeyPair } from './event-locate.js';

/** A range of a source file, as offsets. */
export interface SourceRange extends OffsetRange {
  file: SourceFile;
}

export interface YamlView {
  /** Every document of the file, empty ones included, in order. */
  documents: Document.Parsed[];
  lineCounter: LineCounter;
}

/** Options shared by every full (position-keeping) YAML parse. */
export const YAML_PARSE_OPTIONS = {
  customTags: kubectlYamlTags,
  prettyErrors: false,
  uniqueKeys: true,
  merge: true,
  strict: true,
  // The parse's own problems are read from document.errors and warnings; at the default
  // level `yaml` also prints some of them through process.emitWarning (a Helm template's
  // `{{ … }}` is a map used as a key: "Keys with collection values will be stringified"),
  // which would leak onto the stderr of every adapter.
  logLevel: 'error',
} as const;

/**
 * The text of one input (a file, stdin, or a kustomize build) under the path users see.
 * The full `yaml` parse that gives positions and comments is made lazily: most files of a
 * clean run never need it.
 */
export class SourceFile {
  private yamlView: YamlView | undefined;
  private lineStarts: number[] | undefined;
  private ignoreMentioned: boolean | undefined;
  private nonNullDocuments: Document.Parsed[] | undefined;
  private spans: Span[] | null | undefined;
  private readonly spanDocuments = new Map<number, Document.Parsed>();
  private readonly eventTrees = new Map<number, EventTree | null>();
  /** Documents the fast parse found (non-null ones); lets single documents be parsed alone. */
  fastDocumentCount: number | undefined;
  /** Why the bytes could not be read as text (invalid UTF-8), with the offset in `text`. */
  encodingProblem: { message: string; offset: number } | undefined;

  /** A file read from disk: decoded by `decodeText`, keeping any encoding problem. */
  static fromBytes(path: string, bytes: Uint8Array, absolutePath?: string): SourceFile {
    const file = new SourceFile(path, '', absolutePath);
    file.adoptBytes(bytes);
    return file;
  }

  /**
   * A file whose text is read only when something needs it (positions, directives): the
   * lint cache holds its parse. `readBytes` returns the same bytes the parse was made from,
   * or throws; the encoding problem, if any, is then found again from them.
   */
  static deferred(path: string, absolutePath: string, readBytes: () => Uint8Array): SourceFile {
    const file = new SourceFile(path, '', absolutePath);
    file.pendingBytes = readBytes;
    return file;
  }

  private textValue: string;
  private pendingBytes: (() => Uint8Array) | undefined;

  /** The file's text (lone CRs made LF, see the constructor). */
  get text(): string {
    const read = this.pendingBytes;
    if (read) {
      this.pendingBytes = undefined;
      this.adoptBytes(read());
    }
    return this.textValue;
  }

  /** Whether the text has been read (a deferred file reads it on first use). */
  get textLoaded(): boolean {
    return this.pendingBytes === undefined;
  }

  private adoptBytes(bytes: Uint8Array): void {
    const decoded = decodeText(bytes);
    this.textValue = normalizeLineEnds(decoded.text);
    if (decoded.problem) {
      const prefix = bytes.subarray(0, decoded.problem.byteOffset);
      this.encodingProblem = {
        message: decoded.problem.message,
        offset: new TextDecoder('utf-8').decode(prefix).length,
      };
    }
  }

  constructor(
    /** Path as shown in findings: relative to the working directory, `/`-separated. */
    readonly path: string,
    text: string,
    /** Absolute path on disk, when the text came from a file. */
    readonly absolutePath?: string,
  ) {
    this.textValue = normalizeLineEnds(text);
  }

  get isJson(): boolean {
    return this.path.endsWith('.json');
  }

  /** Whether the text mentions `scaleplan-ignore` at all (most files do not: skip the search). */
  get mentionsIgnoreDirective(): boolean {
    this.ignoreMentioned ??= this.text.includes('scaleplan-ignore');
    return this.ignoreMentioned;
  }

  /**
   * The document with this ordinal (counting documents whose value is not null, as
   * ParsedDocument.ordinal does), parsed with positions. Only that document is parsed when
   * the file's document boundaries can be found from its markers alone: findings in one
   * document of a large file do not pay for the whole file.
   */
  documentByOrdinal(ordinal: number): Document.Parsed | undefined {
    if (!this.yamlView) {
      const spans = this.contentSpans();
      if (spans) {
        const span = spans[ordinal];
        if (!span) {
          return undefined;
        }
        let document = this.spanDocuments.get(ordinal);
        if (!document) {
          document = parseSpan(this.text, span);
          this.spanDocuments.set(ordinal, document);
        }
        return document;
      }
    }
    this.nonNullDocuments ??= this.yaml().documents.filter(
      (document) => !isNullYamlDocument(document),
    );
    return this.nonNullDocuments[ordinal];
  }

  /**
   * The document that holds `offset`, parsed with positions: only that document when the
   * file's document boundaries can be found from its markers alone (see documentByOrdinal).
   */
  documentAt(offset: number): Document.Parsed | undefined {
    if (!this.yamlView) {
      const spans = this.contentSpans();
      if (spans) {
        const ordinal = spans.findIndex((span) => span.start <= offset && offset < span.end);
        return ordinal === -1 ? undefined : this.documentByOrdinal(ordinal);
      }
    }
    return this.yaml().documents.find(
      (document) => document.range[0] <= offset && offset <= document.range[2],
    );
  }

  /**
   * Where a field of a document is (see locateInDocument): from js-yaml's parse events when
   * the document can be cut out alone, else from the `yaml` Document.
   */
  locateField(ordinal: number, path: FieldPath, target: LocateTarget): SourceRange | undefined {
    const tree = this.eventTree(ordinal);
    if (tree) {
      const range = locateInEventTree(tree, path, target);
      return range ? { file: this, ...range } : undefined;
    }
    const document = this.documentByOrdinal(ordinal);
    if (!document) {
      return undefined;
    }
    const offsets = locateOffsets(document, path, target);
    return offsets ? { file: this, ...offsets } : undefined;
  }

  /**
   * The map pair whose key starts at `offset` (see KeyPair), as the file itself writes it.
   * From the js-yaml event tree that locateField uses when it can, which costs no `yaml`
   * parse: the fixes of a full run's findings used to parse every document they touch
   * (the largest cost of locating). A document already parsed with `yaml` answers from that
   * parse, as do documents the event tree cannot describe.
   */
  keyPairAt(offset: number): KeyPair | undefined {
    if (!this.yamlView) {
      const spans = this.contentSpans();
      if (spans) {
        const ordinal = spans.findIndex((span) => span.start <= offset && offset < span.end);
        if (ordinal === -1) {
          return undefined;
        }
        const tree = this.spanDocuments.has(ordinal) ? undefined : this.eventTree(ordinal);
        if (tree) {
          return keyPairsInEventTree(tree).get(offset);
        }
      }
    }
    const document = this.documentAt(offset);
    return document ? keyPairsInDocument(document).get(offset) : undefined;
  }

  /** The js-yaml event tree of a document that can be cut out alone (see locateField). */
  private eventTree(ordinal: number): EventTree | undefined {
    if (this.yamlView) {
      return undefined;
    }
    const span = this.contentSpans()?.[ordinal];
    if (!span) {
      return undefined;
    }
    let tree = this.eventTrees.get(ordinal);
    if (tree === undefined) {
      tree = buildEventTree(this.text.slice(span.start, span.end), span.start) ?? null;
      this.eventTrees.set(ordinal, tree);
    }
    return tree ?? undefined;
  }

  /** The first content line of the document that holds `offset` (directives above it apply). */
  documentStartLine(offset: number): number | undefined {
    for (const span of rawSpans(this.text)) {
      if (span.start <= offset && offset < span.end) {
        const content = firstContentOffset(this.text, span);
        return content === undefined ? undefined : this.position(content).line;
      }
    }
    return undefined;
  }

  /**
   * Spans of the non-null documents, when the document markers give them reliably: the
   * count must equal what the fast parse found (set by the parser), else undefined.
   */
  private contentSpans(): Span[] | undefined {
    if (this.spans === undefined) {
      const spans = rawSpans(this.text).filter(
        (span) => firstContentOffset(this.text, span) !== undefined,
      );
      this.spans =
        this.fastDocumentCount !== undefined && spans.length === this.fastDocumentCount
          ? spans
          : null;
    }
    return this.spans ?? undefined;
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

/**
 * YAML ends a line at a lone CR (old Mac files) as at LF or CRLF. Every line scan here splits
 * at LF, so a lone CR becomes one: same length, so every offset stays the same.
 */
function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
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

interface Span {
  start: number;
  end: number;
}

const MARKER = /^(---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/**
 * Document boundaries from the markers alone. YAML forbids a line starting with `---` or
 * `...` inside any scalar, so this split is exact: a `---` line starts a document (content
 * may follow it on the line), a `...` line ends one.
 */
function rawSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(MARKER)) {
    const index = match.index ?? 0;
    if (match[1] === '---') {
      if (index > start) {
        spans.push({ start, end: index });
      }
      start = index;
    } else {
      const lineEnd = text.indexOf('\n', index);
      const end = lineEnd === -1 ? text.length : lineEnd + 1;
      spans.push({ start, end });
      start = end;
    }
  }
  if (start < text.length) {
    spans.push({ start, end: text.length });
  }
  return spans;
}

const NULL_SCALARS = new Set(['~', 'null', 'Null', 'NULL']);

/**
 * Where a span's content starts, skipping blank lines, comments, directives and the marker;
 * undefined for a document that is empty or an explicit null (js-yaml skips those too).
 */
function firstContentOffset(text: string, span: Span): number | undefined {
  let offset = span.start;
  let content: number | undefined;
  let contentText = '';
  while (offset < span.end) {
    const lineEnd = text.indexOf('\n', offset);
    const end = lineEnd === -1 || lineEnd >= span.end ? span.end : lineEnd + 1;
    let line = text.slice(offset, end);
    let lineOffset = offset;
    const marker = /^(---|\.\.\.)(?=[ \t\r\n]|$)[ \t]*/.exec(line);
    if (marker) {
      line = line.slice(marker[0].length);
      lineOffset += marker[0].length;
    }
    const trimmed = line.trim();
    if (
      trimmed !== '' &&
      !trimmed.startsWith('#') &&
      !(offset === lineOffset && trimmed.startsWith('%'))
    ) {
      content ??= lineOffset + (line.length - line.trimStart().length);
      contentText += `${trimmed.replace(/\s+#.*$/, '')}\n`;
      if (contentText.length > 8) {
        return content;
      }
    }
    offset = end;
  }
  return content === undefined || NULL_SCALARS.has(contentText.trim()) ? undefined : content;
}

/** Parses one document on its own and moves its ranges to where it sits in the file. */
function parseSpan(text: string, span: Span): Document.Parsed {
  const document = parseDocument(
    text.slice(span.start, span.end),
    YAML_PARSE_OPTIONS,
  ) as Document.Parsed;
  const shift = (range: [number, number, number] | null | undefined): void => {
    if (range) {
      range[0] += span.start;
      range[1] += span.start;
      range[2] += span.start;
    }
  };
  visit(document, {
    Node(_key, node) {
      shift(node.range);
    },
  });
  shift(document.range);
  for (const problem of [...document.errors, ...document.warnings]) {
    problem.pos[0] += span.start;
    problem.pos[1] += span.start;
  }
  return document;
}

/** Per document, its pairs by key offset (built once: a run fixes many fields). */
const DOCUMENT_KEY_PAIRS = new WeakMap<Document.Parsed, Map<number, KeyPair>>();

function keyPairsInDocument(document: Document.Parsed): Map<number, KeyPair> {
  let pairs = DOCUMENT_KEY_PAIRS.get(document);
  if (!pairs) {
    const found = new Map<number, KeyPair>();
    const json6902 = isSeq(document.contents);
    visit(document, {
      Map(_, map) {
        for (const pair of map.items) {
          const start = isNode(pair.key) ? pair.key.range?.[0] : undefined;
          if (start !== undefined) {
            found.set(start, { siblings: map.items.length, json6902 });
          }
        }
      },
    });
    pairs = found;
    DOCUMENT_KEY_PAIRS.set(document, pairs);
  }
  return pairs;
}

function isNullYamlDocument(document: Document.Parsed): boolean {
  const contents = document.contents;
  return contents === null || (isScalar(contents) && contents.value === null);
}
