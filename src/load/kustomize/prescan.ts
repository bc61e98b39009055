import fs from 'node:fs';
import path from 'node:path';
import {
  kustomizationNode,
  localReferences,
  readKustomization,
  type Kustomization,
  type SourceCache,
} from './kustomization.js';
import { hasAnchor, parseSourceFile } from '../../source/parse.js';
import { displayPath } from '../../source/paths.js';
import type { SourceFile } from '../../source/source-file.js';

/**
 * What a run may read before it hands a kustomization to the renderer. Kustomize itself
 * expands aliases without a bound and reads any file it is given (a FIFO, /dev/zero), so the
 * files a kustomization lists are held to the limits the linter applies to files it reads.
 */
export interface PrescanBudget {
  /** Called with each listed local file before it is read; throws when a limit is passed. */
  admitFile(shownPath: string, size: number): void;
  /** Called with the number of YAML documents of each listed manifest file. */
  admitDocuments(shownPath: string, count: number): void;
}

/** A listed file that must not reach the renderer, at the place that shows why. */
export interface PrescanProblem {
  file: SourceFile;
  start: number;
  end: number;
  message: string;
}

/** Deeper than any real overlay chain; a cycle is cut by the visited set before this. */
const MAX_DEPTH = 64;

/** Fields whose string entries name YAML files Kustomize parses (or directories it builds). */
const LISTED_YAML_FIELDS = [
  'patchesStrategicMerge',
  'crds',
  'generators',
  'transformers',
  'validators',
] as const;

/** Fields whose entries are maps with a `path` to a YAML (or JSON) file. */
const PATH_ENTRY_FIELDS = ['patches', 'patchesJson6902', 'replacements'] as const;

interface Listed {
  /** Absolute path of the file. */
  absolutePath: string;
  /** Kustomize parses it as YAML (resources, patches); else it is data (generator files). */
  yaml: boolean;
  /** The kustomization and field path of the entry that names it, for positions. */
  kustomization: Kustomization;
  entry: (string | number)[];
}

/**
 * Walks the local files of a kustomization tree (resources, bases, components, patches,
 * generator inputs) and holds each to the budget: size, total size and document count as
 * the linter counts them, an alias bomb as the linter's parser reports it, and anything that
 * is not a regular file refused. Remote entries are left to the renderer and its timeout.
 */
export function prescanKustomization(
  directory: string,
  sources: SourceCache,
  budget: PrescanBudget,
  cwd: string,
): PrescanProblem[] {
  const problems: PrescanProblem[] = [];
  const visitedDirectories = new Set<string>();
  const checkedFiles = new Set<string>();

  const checkFile = (listed: Listed): void => {
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync(listed.absolutePath);
      stat = fs.statSync(real);
    } catch {
      // Missing: the renderer names the entry in its own message.
      return;
    }
    if (checkedFiles.has(real)) {
      return;
    }
    checkedFiles.add(real);
    const shown = displayPath(cwd, listed.absolutePath);
    if (!stat.isFile()) {
      problems.push(
        entryProblem(
          listed,
          `${shown} is not a regular file (a FIFO, a device or a socket); Kustomize would read it without end, so the directory is not built.`,
        ),
      );
      return;
    }
    budget.admitFile(shown, stat.size);
    if (!listed.yaml) {
      return;
    }
    const file = sources.file(listed.absolutePath);
    if (!file) {
      return;
    }
    if (!hasAnchor(file.text)) {
      budget.admitDocuments(shown, documentCount(file.text));
      return;
    }
    const parsed = parseSourceFile(file);
    budget.admitDocuments(shown, Math.max(parsed.documents.length, 1));
    const bomb = parsed.problems.find((problem) => problem.code === 'ALIAS_COUNT');
    if (bomb) {
      problems.push({
        file,
        start: bomb.start,
        end: bomb.end,
        message: `${bomb.message} Kustomize would expand it without a bound, so the directory is not built.`,
      });
    }
  };

  const visit = (kustomizationDirectory: string, depth: number): void => {
    let real: string;
    try {
      real = fs.realpathSync(kustomizationDirectory);
    } catch {
      return;
    }
    if (visitedDirectories.has(real) || depth > MAX_DEPTH) {
      return;
    }
    visitedDirectories.add(real);
    const kustomization = readKustomization(kustomizationDirectory, sources);
    if (!kustomization) {
      return;
    }
    if (kustomization.file.absolutePath !== undefined) {
      budget.admitFile(
        displayPath(cwd, kustomization.file.absolutePath),
        Buffer.byteLength(kustomization.file.text),
      );
    }
    for (const reference of localReferences(kustomization)) {
      if (reference.isDirectory) {
        visit(reference.absolutePath, depth + 1);
      } else {
        checkFile({
          absolutePath: reference.absolutePath,
          yaml: true,
          kustomization,
          entry: [reference.field, reference.index],
        });
      }
    }
    for (const listed of listedFiles(kustomization)) {
      if (isDirectory(listed.absolutePath)) {
        visit(listed.absolutePath, depth + 1);
      } else {
        checkFile(listed);
      }
    }
  };

  visit(directory, 0);
  return problems;
}

/** The files a kustomization names outside resources/bases/components. */
function listedFiles(kustomization: Kustomization): Listed[] {
  const fields = kustomization.fields;
  const listed: Listed[] = [];
  const add = (value: unknown, yaml: boolean, entry: (string | number)[]): void => {
    // An inline patch (several lines, or a map) is not a file name.
    if (typeof value !== 'string' || value.trim() === '' || value.includes('\n')) {
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim())) {
      return;
    }
    listed.push({
      absolutePath: path.resolve(kustomization.directory, value.trim()),
      yaml,
      kustomization,
      entry,
    });
  };
  for (const field of LISTED_YAML_FIELDS) {
    const entries = fields[field];
    if (Array.isArray(entries)) {
      entries.forEach((entry: unknown, index) => add(entry, true, [field, index]));
    }
  }
  for (const field of PATH_ENTRY_FIELDS) {
    const entries = fields[field];
    if (Array.isArray(entries)) {
      entries.forEach((entry: unknown, index) => {
        if (isRecord(entry)) {
          add(entry.path, true, [field, index, 'path']);
        }
      });
    }
  }
  for (const field of ['configMapGenerator', 'secretGenerator'] as const) {
    const generators = fields[field];
    if (!Array.isArray(generators)) {
      continue;
    }
    generators.forEach((generator: unknown, index) => {
      if (!isRecord(generator)) {
        return;
      }
      for (const key of ['files', 'envs'] as const) {
        const values = generator[key];
        if (Array.isArray(values)) {
          values.forEach((value: unknown, position) => {
            // `files` entries may be `key=path`.
            const file =
              key === 'files' && typeof value === 'string' && value.includes('=')
                ? value.slice(value.indexOf('=') + 1)
                : value;
            add(file, false, [field, index, key, position]);
          });
        }
      }
      add(generator.env, false, [field, index, 'env']);
    });
  }
  const openapi = fields.openapi;
  if (isRecord(openapi)) {
    add(openapi.path, true, ['openapi', 'path']);
  }
  return listed;
}

function entryProblem(listed: Listed, message: string): PrescanProblem {
  const file = listed.kustomization.file;
  const node = kustomizationNode(listed.kustomization, listed.entry);
  const [start, end] = node?.range ?? [0, Math.max(file.text.indexOf('\n'), 0)];
  return { file, start, end, message };
}

function isDirectory(absolutePath: string): boolean {
  try {
    return fs.statSync(absolutePath).isDirectory();
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Documents of a file without anchors, counted as the fast parser splits them. */
function documentCount(text: string): number {
  let count = 1;
  const separator = /^---(?:[ \t]|$)/gm;
  while (separator.exec(text)) {
    count++;
  }
  return count;
}
