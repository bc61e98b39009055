import jsYaml from 'js-yaml';
import { isAlias, isNode, isScalar, visit, type Alias, type Document } from 'yaml';
import { findDuplicateJsonKey } from './json-duplicates.js';
import { KUBECTL_JS_YAML_SCHEMA } from './kubectl-scalars.js';
import type { SourceFile } from './source-file.js';

export interface ParsedDocument {
  /**
   * Ordinal among the file's documents whose value is not null. The fast and the full parse
   * agree on it, so a document found by one can be located with the other.
   */
  ordinal: number;
  value: unknown;
}

export interface ParseProblem {
  code: string;
  message: string;
  /** Offsets into the file text. */
  start: number;
  end: number;
}

export interface ParseResult {
  documents: ParsedDocument[];
  problems: ParseProblem[];
}

// No timestamps turned into Dates; numbers and merge keys as kubectl reads them.
const FAST_SCHEMA = KUBECTL_JS_YAML_SCHEMA;

/** Aliases expanded while building values from the full parse (billion-laughs guard). */
const MAX_ALIAS_COUNT = 1000;

/**
 * Parses every document of a file. The fast path (js-yaml, or JSON.parse for JSON) is tried
 * first; a file it rejects is parsed again with `yaml`, which reports every problem with its
 * range and still yields the file's valid documents.
 */
export function parseSourceFile(file: SourceFile): ParseResult {
  if (file.encodingProblem) {
    const { message, offset } = file.encodingProblem;
    return {
      documents: [],
      problems: [{ code: 'ENCODING', message, start: offset, end: offset + 1 }],
    };
  }
  const binary = file.text.indexOf('\u0000');
  if (binary !== -1) {
    return {
      documents: [],
      problems: [
        {
          code: 'BINARY',
          message: 'This is a binary file (it contains NUL bytes), not YAML or JSON.',
          start: binary,
          end: binary + 1,
        },
      ],
    };
  }
  if (file.isJson) {
    const json = parseJson(file.text);
    if (json.problems.length === 0) {
      file.fastDocumentCount = json.documents.length;
    }
    return json;
  }
  // js-yaml expands aliases into shared references without any limit; a file with anchors
  // goes to `yaml`, which counts alias expansions (billion-laughs guard).
  const fast = hasAnchor(file.text) ? undefined : parseYamlFast(file.text);
  if (fast) {
    file.fastDocumentCount = fast.documents.length;
  }
  const result = fast ?? parseFull(file);
  return result.problems.length > 0 ? withTemplateHint(file.text, result) : result;
}

/** An anchor (`&name`) where YAML allows one: after a key, a dash, or at a line start. */
const ANCHOR = /(?:^|[\s:,[{-])&[^\s,[\]{}]+/m;

/** The text may define an anchor, so aliases in it may expand (the billion-laughs guard). */
export function hasAnchor(text: string): boolean {
  return ANCHOR.test(text);
}

function parseJson(text: string): ParseResult {
  try {
    const value: unknown = JSON.parse(text);
    const duplicate = findDuplicateJsonKey(text);
    if (duplicate) {
      return {
        documents: [],
        problems: [
          {
            code: 'DUPLICATE_KEY',
            message: `Map keys must be unique: "${duplicate.key}" is already a key of this object, and JSON readers keep only the last value.`,
            start: duplicate.start,
            end: duplicate.end,
          },
        ],
      };
    }
    return { documents: value === null ? [] : [{ ordinal: 0, value }], problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(text, message);
    const comment = /^\s*\/[/*]/m.test(text) ? ' JSON does not allow comments.' : '';
    return {
      documents: [],
      problems: [
        {
          code: 'JSON',
          message: `${message.replace(/\.?$/, '.')}${comment}`,
          start: offset,
          end: Math.min(text.length, offset + 1),
        },
      ],
    };
  }
}

/** V8 says "at position N" or "(line L column C)" depending on the error. */
function jsonErrorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) {
    return Number(position[1]);
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    const lines = text.split('\n');
    const line = Number(lineColumn[1]);
    return (
      lines.slice(0, line - 1).reduce((sum, entry) => sum + entry.length + 1, 0) +
      Number(lineColumn[2]) -
      1
    );
  }
  return Math.max(0, text.length - 1);
}

const TEMPLATE_MARKER = /\{\{-?\s*[.$a-zA-Z(/-]/;

/**
 * Helm and other Go templates are not YAML until rendered: when a file with template markers
 * fails to parse, one clear problem at the first marker replaces the parser's confusion.
 */
function withTemplateHint(text: string, result: ParseResult): ParseResult {
  const marker = TEMPLATE_MARKER.exec(text);
  if (!marker) {
    return result;
  }
  return {
    documents: result.documents,
    problems: [
      {
        code: 'TEMPLATE',
        message:
          'This looks like a Helm or Go template ({{ … }}), which is not YAML until rendered: render it with "helm template" first and lint the output.',
        start: marker.index,
        end: marker.index + 2,
      },
    ],
  };
}

function parseYamlFast(text: string): ParseResult | undefined {
  const values = loadAllFast(text);
  if (!values) {
    return undefined;
  }
  const documents: ParsedDocument[] = [];
  for (const value of values) {
    if (value !== null && value !== undefined) {
      documents.push({ ordinal: documents.length, value });
    }
  }
  return { documents, problems: [] };
}

/**
 * The value of every document of a YAML text (null documents included) from the fast
 * parser, or undefined when it rejects the text or the text has anchors: the caller then
 * parses with `yaml`, which has positions for problems and an alias-expansion limit.
 */
export function loadAllFast(text: string): unknown[] | undefined {
  if (ANCHOR.test(text)) {
    return undefined;
  }
  const values: unknown[] = [];
  try {
    jsYaml.loadAll(text, (value) => values.push(value), { schema: FAST_SCHEMA });
  } catch {
    return undefined;
  }
  // js-yaml turns a map or list used as a key (a Helm template's `{{ … }}` is a map in a
  // map) into the key "[object Object]", which messages would then print; `yaml` writes the
  // key as it was spelled. Only texts that can hold such a key are walked.
  if (COLLECTION_KEY.test(text) && values.some(hasStringifiedKey)) {
    return undefined;
  }
  return values;
}

/** Where a collection key can start: `{{`, an explicit `? ` key, or `}:` / `]:`. */
const COLLECTION_KEY = /\{\{|^[ \t-]*\?[ \t]|[}\]][ \t]*:/m;

function hasStringifiedKey(value: unknown): boolean {
  if (Array.isArray(value)) {
    return value.some(hasStringifiedKey);
  }
  if (value === null || typeof value !== 'object') {
    return false;
  }
  return Object.entries(value).some(
    ([key, child]) => key === '[object Object]' || hasStringifiedKey(child),
  );
}

export function isNullDocument(document: Document.Parsed): boolean {
  const contents = document.contents;
  return contents === null || (isScalar(contents) && contents.value === null);
}

function parseFull(file: SourceFile): ParseResult {
  const documents: ParsedDocument[] = [];
  const problems: ParseProblem[] = [];
  let ordinal = 0;
  for (const document of file.yaml().documents) {
    const isNull = document.errors.length === 0 && isNullDocument(document);
    if (document.errors.length > 0) {
      // Later errors of a document are mostly the parser's confusion after the first one.
      const error = document.errors[0];
      if (error) {
        const start =
          error.code === 'MISSING_CHAR'
            ? (unclosedQuoteStart(file.text, error.message, error.pos[0]) ?? error.pos[0])
            : error.pos[0];
        problems.push({
          code: error.code,
          message: cleanYamlMessage(error.message),
          start,
          end: start === error.pos[0] ? error.pos[1] : start + 1,
        });
      }
      // A broken document still takes its place, so later documents keep their ordinals.
      if (!isNullDocument(document)) {
        ordinal++;
      }
      continue;
    }
    if (isNull) {
      continue;
    }
    try {
      documents.push({ ordinal, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
    } catch (error) {
      problems.push(unreadableDocument(file, document, error));
    }
    ordinal++;
  }
  return { documents, problems };
}

/** Why `toJS` failed: an alias without its anchor, an alias bomb, or something else. */
function unreadableDocument(
  file: SourceFile,
  document: Document.Parsed,
  error: unknown,
): ParseProblem {
  const message = error instanceof Error ? error.message : String(error);
  const range = document.contents?.range ?? [0, 0];
  if (message.startsWith('Unresolved alias')) {
    // One walk in document order: an alias is undefined when no earlier node has its anchor.
    const anchors = new Set<string>();
    let undefinedAlias: Alias | undefined;
    visit(document, (_key, node) => {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          undefinedAlias = node;
          return visit.BREAK;
        }
      } else if (isNode(node) && node.anchor) {
        anchors.add(node.anchor);
      }
      return undefined;
    });
    const at = undefinedAlias?.range?.[0] ?? range[0];
    const name = undefinedAlias?.source ?? message.replace(/^.*: /, '');
    return {
      code: 'UNDEFINED_ALIAS',
      message: `Undefined alias *${name}: no anchor &${name} comes before it in this document.`,
      start: at,
      end: at + 1 + name.length,
    };
  }
  // Point at the first alias of the document: that is where expansion runs away.
  const alias = /\*[^\s,[\]{}]+/g;
  alias.lastIndex = range[0];
  const at = alias.exec(file.text)?.index ?? range[0];
  return {
    code: 'ALIAS_COUNT',
    message: message.startsWith('Excessive alias count')
      ? 'The document expands too many aliases (a "billion laughs" document); scaleplan does not expand it.'
      : `The document cannot be read: ${message.replace(/\.?$/, '.')}`,
    start: at,
    end: at + 1,
  };
}

/**
 * `yaml` reports an unclosed quote at the end of the file, where the string ends; users need
 * the line where it starts: the first quote that opens a scalar and is never closed.
 */
function unclosedQuoteStart(
  text: string,
  message: string,
  errorOffset: number,
): number | undefined {
  const quote = /closing (["'])/.exec(message)?.[1];
  if (!quote) {
    return undefined;
  }
  const opener = new RegExp(`(?:^|[:\\-\\[{,?]\\s*|\\s)${quote}`, 'gm');
  let from = 0;
  while (from < errorOffset) {
    opener.lastIndex = from;
    const match = opener.exec(text);
    if (!match || match.index >= errorOffset) {
      return undefined;
    }
    const start = match.index + match[0].length - 1;
    const close = closingQuote(text, start, quote);
    if (close === undefined || close >= errorOffset) {
      return start;
    }
    from = close + 1;
  }
  return undefined;
}

function closingQuote(text: string, start: number, quote: string): number | undefined {
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (quote === '"' && char === '\\') {
      index++;
    } else if (char === quote) {
      if (quote === "'" && text[index + 1] === "'") {
        index++;
      } else {
        return index;
      }
    }
  }
  return undefined;
}

function cleanYamlMessage(message: string): string {
  if (message.includes('Maximum call stack size exceeded')) {
    return 'The document is nested too deeply to read.';
  }
  // `yaml` appends " at line N, column M" to some messages; positions are reported separately.
  const cleaned = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
  return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
}
