import fs from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { ScaleplanError } from '../errors.js';

export const MANIFEST_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];
export const KUSTOMIZATION_FILES: readonly string[] = [
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
];

/** One thing to read: a manifest file, stdin, or a Kustomize directory to render. */
export type Input =
  | { kind: 'file'; absolutePath: string; displayPath: string }
  | { kind: 'stdin'; displayPath: string }
  | { kind: 'kustomize'; absolutePath: string; displayPath: string };

export interface CollectOptions {
  cwd: string;
  /** Globs (relative to `ignoreBase`) of files and directories to leave out. */
  ignore?: readonly string[];
  ignoreBase?: string;
}

/** Path as shown to users: relative to the working directory, with `/`. */
export function displayPath(cwd: string, absolutePath: string): string {
  const relative = path.relative(cwd, absolutePath);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

export function kustomizationFileIn(directory: string): string | undefined {
  for (const name of KUSTOMIZATION_FILES) {
    const candidate = path.join(directory, name);
    if (fs.existsSync(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

const GLOB_MAGIC = /[*?[\]{}()!+@]/;

/**
 * Turns command-line operands into inputs. A directory holding a kustomization is one
 * Kustomize input; other directories are searched recursively for manifests, and the
 * kustomization roots found inside them are rendered, except roots that another root found
 * there already includes (bases of overlays), which would otherwise be linted twice.
 */
export function collectInputs(operands: readonly string[], options: CollectOptions): Input[] {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const isIgnored = makeIgnoreMatcher(options);
  const add = (input: Input): void => {
    const key = input.kind === 'stdin' ? '-' : `${input.kind}:${input.absolutePath}`;
    if (!seen.has(key)) {
      seen.add(key);
      inputs.push(input);
    }
  };

  for (const operand of operands) {
    if (operand === '-') {
      add({ kind: 'stdin', displayPath: '<stdin>' });
      continue;
    }
    const absolute = path.resolve(options.cwd, operand);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      if (kustomizationFileIn(absolute)) {
        add({
          kind: 'kustomize',
          absolutePath: absolute,
          displayPath: displayPath(options.cwd, absolute),
        });
      } else {
        for (const input of walkDirectory(absolute, options.cwd, isIgnored)) {
          add(input);
        }
      }
    } else if (stat?.isFile()) {
      add({
        kind: 'file',
        absolutePath: absolute,
        displayPath: displayPath(options.cwd, absolute),
      });
    } else if (GLOB_MAGIC.test(operand)) {
      const matches = expandGlob(operand, options.cwd, isIgnored);
      if (matches.length === 0) {
        throw new ScaleplanError('INPUT_NOT_FOUND', `No files match the pattern "${operand}".`);
      }
      matches.forEach(add);
    } else {
      throw new ScaleplanError('INPUT_NOT_FOUND', `No such file or directory: ${operand}`);
    }
  }
  return inputs;
}

function makeIgnoreMatcher(options: CollectOptions): (absolutePath: string) => boolean {
  const patterns = options.ignore ?? [];
  if (patterns.length === 0) {
    return () => false;
  }
  const base = options.ignoreBase ?? options.cwd;
  return (absolutePath) => {
    const relative = path.relative(base, absolutePath).split(path.sep).join('/');
    return patterns.some(
      (pattern) =>
        minimatch(relative, pattern, { dot: true }) ||
        minimatch(relative, `${pattern.replace(/\/$/, '')}/**`, { dot: true }),
    );
  };
}

function isManifestFile(name: string): boolean {
  return MANIFEST_EXTENSIONS.some((extension) => name.endsWith(extension));
}

interface WalkResult {
  files: string[];
  kustomizeRoots: string[];
}

function walk(
  root: string,
  isIgnored: (absolutePath: string) => boolean,
  stopAtKustomizeRoots = true,
): WalkResult {
  const result: WalkResult = { files: [], kustomizeRoots: [] };
  const visited = new Set<string>();
  const visit = (directory: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(directory);
    } catch {
      return;
    }
    // Symlink loops end here: every real directory is read once.
    if (visited.has(real)) {
      return;
    }
    visited.add(real);
    if (stopAtKustomizeRoots && directory !== root && kustomizationFileIn(directory)) {
      result.kustomizeRoots.push(directory);
      return;
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      throw new ScaleplanError(
        'INPUT_UNREADABLE',
        `Cannot read directory ${directory}: ${(error as Error).message}`,
        undefined,
        {
          cause: error,
        },
      );
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === '.git') {
        continue;
      }
      const child = path.join(directory, entry.name);
      if (isIgnored(child)) {
        continue;
      }
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = fs.statSync(child);
          isDirectory = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory) {
        visit(child);
      } else if (
        isFile &&
        isManifestFile(entry.name) &&
        !(stopAtKustomizeRoots && KUSTOMIZATION_FILES.includes(entry.name))
      ) {
        result.files.push(child);
      }
    }
  };
  visit(root);
  return result;
}

function walkDirectory(
  root: string,
  cwd: string,
  isIgnored: (absolutePath: string) => boolean,
): Input[] {
  const { files, kustomizeRoots } = walk(root, isIgnored);
  const included = includedDirectories(kustomizeRoots);
  const inputs: Input[] = files.map((file) => ({
    kind: 'file',
    absolutePath: file,
    displayPath: displayPath(cwd, file),
  }));
  for (const kustomizeRoot of kustomizeRoots) {
    if (!included.has(kustomizeRoot)) {
      inputs.push({
        kind: 'kustomize',
        absolutePath: kustomizeRoot,
        displayPath: displayPath(cwd, kustomizeRoot),
      });
    }
  }
  return inputs;
}

/** Kustomization roots that another root lists under `resources` or `components`. */
function includedDirectories(roots: readonly string[]): Set<string> {
  const included = new Set<string>();
  const rootSet = new Set(roots);
  for (const root of roots) {
    const file = kustomizationFileIn(root);
    if (!file) {
      continue;
    }
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    // Entries are read leniently: a quoted or unquoted relative path per list item.
    for (const match of text.matchAll(/^\s*-\s*["']?([^"'#\s]+)["']?\s*$/gm)) {
      const target = path.resolve(root, match[1] ?? '');
      if (rootSet.has(target) && target !== root) {
        included.add(target);
      }
    }
  }
  return included;
}

function expandGlob(
  pattern: string,
  cwd: string,
  isIgnored: (absolutePath: string) => boolean,
): Input[] {
  const normalized = pattern.split(path.sep).join('/');
  const segments = normalized.split('/');
  const staticSegments: string[] = [];
  for (const segment of segments) {
    if (GLOB_MAGIC.test(segment)) {
      break;
    }
    staticSegments.push(segment);
  }
  const base = path.resolve(cwd, staticSegments.join('/') || '.');
  if (!fs.existsSync(base)) {
    return [];
  }
  const absolutePattern = path.resolve(cwd, normalized).split(path.sep).join('/');
  // A glob names files explicitly, so it reaches into kustomization directories too.
  const { files } = walk(base, isIgnored, false);
  return files
    .filter((file) => minimatch(file.split(path.sep).join('/'), absolutePattern, { dot: false }))
    .map((file) => ({ kind: 'file', absolutePath: file, displayPath: displayPath(cwd, file) }));
}
