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
