import fs from 'node:fs';
import path from 'node:path';
import { isMap, type Document, type Node } from 'yaml';
import { loadAllFast, parseSourceFile, type ParsedDocument } from '../../source/parse.js';
import { displayPath } from '../../source/paths.js';
import { SourceFile } from '../../source/source-file.js';

/** The names Kustomize recognises, in the order it looks for them. */
export const KUSTOMIZATION_FILES: readonly string[] = [
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
];

export function kustomizationFileIn(directory: string): string | undefined {
  for (const name of KUSTOMIZATION_FILES) {
    const candidate = path.join(directory, name);
    try {
      if (fs.statSync(candidate).isFile()) {
        return candidate;
      }
    } catch {
      // Not there: try the next name.
    }
  }
  return undefined;
}

/**
 * Files read while loading a render, each read once and parsed at most once: the files
 * objects came from, patches, and kustomizations.
 */
export class SourceCache {
  private readonly files = new Map<string, SourceFile | null>();
  private readonly parsed = new Map<string, readonly ParsedDocument[]>();

  constructor(private readonly cwd: string) {}

  file(absolutePath: string): SourceFile | undefined {
    let file = this.files.get(absolutePath);
    if (file === undefined) {
      try {
        file = SourceFile.fromBytes(
          displayPath(this.cwd, absolutePath),
          fs.readFileSync(absolutePath),
          absolutePath,
        );
      } catch {
        file = null;
      }
      this.files.set(absolutePath, file);
    }
    return file ?? undefined;
  }

  /** The file's documents (fast parse); empty when it cannot be read or parsed. */
  documents(absolutePath: string): readonly ParsedDocument[] {
    let documents = this.parsed.get(absolutePath);
    if (!documents) {
      const file = this.file(absolutePath);
      documents = file ? parseSourceFile(file).documents : [];
      this.parsed.set(absolutePath, documents);
    }
    return documents;
  }
}

/** A kustomization file, read once, with the parsed document its positions come from. */
export interface Kustomization {
  directory: string;
  file: SourceFile;
  /** Undefined when the file is not valid YAML (the renderer reports that itself). */
  readonly document: Document.Parsed | undefined;
  /** Top-level fields; empty when the file is not a map. */
  fields: Readonly<Record<string, unknown>>;
  /** The file is valid YAML holding a map (else the renderer will report it). */
  isMap: boolean;
  isComponent: boolean;
}

/** Reads the kustomization of a directory, or undefined when it has none. */
export function readKustomization(
  directory: string,
  sources: SourceCache,
): Kustomization | undefined {
  const filePath = kustomizationFileIn(directory);
  const file = filePath === undefined ? undefined : sources.file(filePath);
  if (!file) {
    return undefined;
  }
  // Fields from the fast parser; the positional Document only when a caller asks for a
  // position (a 200-entry kustomization costs tens of milliseconds to parse with `yaml`).
  const fast = file.encodingProblem ? undefined : loadAllFast(file.text);
  let parsed = false;
  let usable: Document.Parsed | undefined;
  const positional = (): Document.Parsed | undefined => {
    if (!parsed) {
      parsed = true;
      const document = file.yaml().documents[0];
      usable = document !== undefined && document.errors.length === 0 ? document : undefined;
    }
    return usable;
  };
  const value: unknown = fast ? fast[0] : fieldsFromDocument(positional());
  const valueIsMap = typeof value === 'object' && value !== null && !Array.isArray(value);
  const fields = valueIsMap ? (value as Record<string, unknown>) : {};
  return {
    directory,
    file,
    get document() {
      return positional();
    },
    fields,
    isMap: valueIsMap,
    isComponent: fields.kind === 'Component',
  };
}

function fieldsFromDocument(document: Document.Parsed | undefined): unknown {
  if (!document || !isMap(document.contents)) {
    return undefined;
  }
  try {
    return document.toJS({ maxAliasCount: 1000 });
  } catch {
    return undefined;
  }
}

/** The node at a path of a kustomization (for positions), if it is there. */
export function kustomizationNode(
  kustomization: Kustomization,
  fieldPath: readonly (string | number)[],
): Node | undefined {
  const node: unknown = kustomization.document?.getIn(fieldPath, true);
  return typeof node === 'object' && node !== null && 'range' in node ? (node as Node) : undefined;
}

/** The fields whose entries name other files or directories to build from. */
export const REFERENCE_FIELDS = ['resources', 'bases', 'components'] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];

export interface LocalReference {
  field: ReferenceField;
  /** Index of the entry in its list. */
  index: number;
  absolutePath: string;
  isDirectory: boolean;
}

/**
 * The local files and directories a kustomization builds from (`resources`, the deprecated
 * `bases`, and `components`), in order. Remote entries (git URLs, HTTP) and entries that do
 * not exist are left out: the renderer reports those.
 */
export function localReferences(kustomization: Kustomization): LocalReference[] {
  const references: LocalReference[] = [];
  for (const field of REFERENCE_FIELDS) {
    const entries = kustomization.fields[field];
    if (!Array.isArray(entries)) {
      continue;
    }
    entries.forEach((entry: unknown, index) => {
      if (typeof entry !== 'string' || entry.trim() === '') {
        return;
      }
      const absolutePath = path.resolve(kustomization.directory, entry.trim());
      let stat: fs.Stats;
      try {
        stat = fs.statSync(absolutePath);
      } catch {
        return;
      }
      references.push({ field, index, absolutePath, isDirectory: stat.isDirectory() });
    });
  }
  return references;
}
