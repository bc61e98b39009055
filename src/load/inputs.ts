import fs from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { ScaleplanError } from '../errors.js';
import {
  KUSTOMIZATION_FILES,
  kustomizationFileIn,
  localReferences,
  readKustomization,
  SourceCache,
} from './kustomize/kustomization.js';
import { displayPath, toPosix } from '../source/paths.js';

export { displayPath } from '../source/paths.js';
export { KUSTOMIZATION_FILES, kustomizationFileIn } from './kustomize/kustomization.js';

export const MANIFEST_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

/** Directories a recursive search never enters. */
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git']);

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
  /** Told of each symlink a walk did not follow because it leads out of the walked tree. */
  onSkippedLink?: (link: SkippedLink) => void;
}

/** A symlink met in a directory walk and left alone: its target is outside the walked root. */
export interface SkippedLink {
  /** The link as the user sees it (relative to the working directory). */
  link: string;
  /** The walked root, as the user sees it. */
  root: string;
}

const GLOB_MAGIC = /[*?[\]{}()!+@]/;

/**
 * Turns command-line operands into inputs, in operand order, each file once (by its real
 * path, so a file reached through a symlink is not linted twice).
 *
 * - `-` is stdin.
 * - A directory holding a kustomization (or a kustomization file itself) is one Kustomize
 *   input, rendered as a whole.
 * - Other directories are searched recursively for `.yaml`, `.yml` and `.json` files, never
 *   entering `node_modules` or `.git`, and following symlinks without looping. Kustomization
 *   roots found inside are rendered, except those another root found there builds from
 *   (bases and components of overlays), which would otherwise be linted twice; manifest
 *   files a rendered root builds from are likewise left to the render.
 * - Anything else with glob characters is a minimatch pattern over files.
 *
 * The config's `ignore` globs apply to everything found, and to explicit operands too, so a
 * pre-commit run that passes every staged file honours them.
 */
export function collectInputs(operands: readonly string[], options: CollectOptions): Input[] {
  // Real paths are only trusted within one collection: files may change between runs.
  knownRealPaths.clear();
  const collector = new Collector(options);
  for (const operand of operands) {
    collector.addOperand(operand);
  }
  return collector.inputs;
}

class Collector {
  readonly inputs: Input[] = [];
  /** Real path (or `-`) → index in `inputs`. */
  private readonly seen = new Map<string, number>();
  private readonly isIgnored: (absolutePath: string) => boolean;
  private readonly sources: SourceCache;

  constructor(private readonly options: CollectOptions) {
    this.isIgnored = makeIgnoreMatcher(options);
    this.sources = new SourceCache(options.cwd);
  }

  addOperand(operand: string): void {
    if (operand === '-') {
      this.add({ kind: 'stdin', displayPath: '<stdin>' });
      return;
    }
    const absolute = path.resolve(this.options.cwd, operand);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      if (this.isIgnored(absolute)) {
        return;
      }
      if (kustomizationFileIn(absolute)) {
        this.addKustomization(absolute);
      } else {
        this.addDirectory(absolute);
      }
    } else if (stat?.isFile()) {
      if (this.isIgnored(absolute)) {
        return;
      }
      if (KUSTOMIZATION_FILES.includes(path.basename(absolute))) {
        this.addKustomization(path.dirname(absolute));
      } else {
        this.addFile(absolute);
      }
    } else if (stat) {
      throw new ScaleplanError(
        'INPUT_UNREADABLE',
        `${operand} is neither a file nor a directory, so it cannot be linted.`,
        { file: displayPath(this.options.cwd, absolute) },
      );
    } else if (GLOB_MAGIC.test(operand)) {
      const { base, files, linksOut } = expandGlob(operand, this.options.cwd, this.isIgnored);
      this.tellSkipped(linksOut, base);
      if (files.length === 0) {
        throw new ScaleplanError('INPUT_NOT_FOUND', `No files match the pattern "${operand}".`);
      }
      files.forEach((file) => this.addFile(file));
    } else {
      throw new ScaleplanError('INPUT_NOT_FOUND', `No such file or directory: ${operand}`);
    }
  }

  private add(input: Input): void {
    if (input.kind === 'stdin') {
      if (!this.seen.has('-')) {
        this.seen.set('-', this.inputs.length);
        this.inputs.push(input);
      }
      return;
    }
    const real = realPathOf(input.absolutePath);
    const key = `${input.kind}:${real}`;
    const index = this.seen.get(key);
    if (index === undefined) {
      this.seen.set(key, this.inputs.length);
      this.inputs.push(input);
    } else if (input.absolutePath === real) {
      // Reached again by its own path (the first time through a symlink): show that one.
      this.inputs[index] = input;
    }
  }

  private tellSkipped(links: readonly string[], root: string): void {
    for (const link of links) {
      this.options.onSkippedLink?.({
        link: displayPath(this.options.cwd, link),
        root: displayPath(this.options.cwd, root),
      });
    }
  }

  private addFile(absolutePath: string, shown = displayPath(this.options.cwd, absolutePath)): void {
    this.add({ kind: 'file', absolutePath, displayPath: shown });
  }

  private addKustomization(directory: string): void {
    this.add({
      kind: 'kustomize',
      absolutePath: directory,
      displayPath: displayPath(this.options.cwd, directory),
    });
  }

  private addDirectory(root: string): void {
    const { files, fileDirectories, fileNames, kustomizeRoots, linksOut } = walk(
      root,
      this.isIgnored,
    );
    this.tellSkipped(linksOut, root);
    const { leaves, builtFrom } = leafRoots(kustomizeRoots, this.sources);
    // A walk of thousands of files in few directories: each directory is made relative once.
    const shownDirectories = new Map<string, string>();
    for (const [index, file] of files.entries()) {
      if (builtFrom.size > 0 && builtFrom.has(realPathOf(file))) {
        continue;
      }
      const directory = fileDirectories[index] as string;
      let shown = shownDirectories.get(directory);
      if (shown === undefined) {
        shown = displayPath(this.options.cwd, directory);
        shownDirectories.set(directory, shown);
      }
      const name = fileNames[index] as string;
      this.addFile(file, shown === '.' ? name : `${shown}/${name}`);
    }
    leaves.forEach((leaf) => this.addKustomization(leaf));
  }
}

/**
 * Real paths the directory walk already knows (a plain file's is its real directory plus its
 * name): resolving each of thousands of files with realpath costs more than parsing them.
 */
const knownRealPaths = new Map<string, string>();

/**
 * The real path of a file the last collection found (known from its walk, so free), else as
 * the file system resolves it, else the path itself.
 */
export function realPathOf(absolutePath: string): string {
  const known = knownRealPaths.get(absolutePath);
  if (known !== undefined) {
    return known;
  }
  try {
    return fs.realpathSync(absolutePath);
  } catch {
    return absolutePath;
  }
}

function makeIgnoreMatcher(options: CollectOptions): (absolutePath: string) => boolean {
  const patterns = (options.ignore ?? []).filter((pattern) => pattern.trim() !== '');
  if (patterns.length === 0) {
    return () => false;
  }
  const base = options.ignoreBase ?? options.cwd;
  return (absolutePath) => {
    const relative = toPosix(path.relative(base, absolutePath));
    if (relative === '') {
      return false;
    }
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
  /** The directory and the name of each of `files` (what path.dirname and basename give). */
  fileDirectories: string[];
  fileNames: string[];
  kustomizeRoots: string[];
  /** Symlinks not followed because they lead out of the root, in walk order. */
  linksOut: string[];
}

/**
 * Recursive search in name order. Every real directory is entered once, so symlink loops
 * end; directories reached through a symlink are entered last, so a directory that is also
 * reachable without one is shown under its own path. Unreadable directories are an error
 * (exit 2) naming the directory.
 */
function walk(
  root: string,
  isIgnored: (absolutePath: string) => boolean,
  stopAtKustomizeRoots = true,
): WalkResult {
  const result: WalkResult = {
    files: [],
    fileDirectories: [],
    fileNames: [],
    kustomizeRoots: [],
    linksOut: [],
  };
  const visited = new Set<string>();
  const throughSymlinks: string[] = [];
  const realRoot = realPathOf(root);
  const visit = (directory: string): void => {
    const real = realPathOf(directory);
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
        `Cannot read directory ${directory}: ${errorText(error)}`,
        undefined,
        { cause: error },
      );
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // A compile killed while publishing leaves its staging copy (`.scaleplan-staging-*`,
      // recovered by the next compile): old and new environments, never manifests to lint.
      if (SKIPPED_DIRECTORIES.has(entry.name) || entry.name.startsWith('.scaleplan-staging-')) {
        continue;
      }
      const child = childPath(directory, entry.name);
      if (isIgnored(child)) {
        continue;
      }
      const isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let stat: fs.Stats;
        let target: string;
        try {
          stat = fs.statSync(child);
          target = fs.realpathSync(child);
        } catch {
          // A dangling symlink points at nothing to lint.
          continue;
        }
        // A link out of the walked tree (root -> /, a link to /etc/hosts or /proc/self/environ)
        // would lint, and quote, files the user never named: a walk stays inside its root.
        if (!isInsideRoot(realRoot, target)) {
          result.linksOut.push(child);
          continue;
        }
        if (stat.isDirectory()) {
          throughSymlinks.push(child);
          continue;
        }
        isFile = stat.isFile();
      }
      if (isDirectory) {
        visit(child);
      } else if (
        isFile &&
        isManifestFile(entry.name) &&
        !(stopAtKustomizeRoots && KUSTOMIZATION_FILES.includes(entry.name))
      ) {
        if (!entry.isSymbolicLink()) {
          knownRealPaths.set(child, childPath(real, entry.name));
        }
        result.files.push(child);
        result.fileDirectories.push(directory);
        result.fileNames.push(entry.name);
      }
    }
  };
  visit(root);
  for (let index = 0; index < throughSymlinks.length; index++) {
    visit(throughSymlinks[index] as string);
  }
  return result;
}

/**
 * A directory entry's path: path.join's result for a normalised absolute directory and a
 * name (never holding a separator), without path.join's normalising pass over the whole
 * path, which a walk of thousands of files pays for each.
 */
function childPath(directory: string, name: string): string {
  return directory.endsWith(path.sep) ? directory + name : directory + path.sep + name;
}

function isInsideRoot(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  return code ? `${code} (${message.replace(/^\w+: /, '')})` : message;
}

/**
 * What every kustomization root builds from, followed through `resources`, `bases` and
 * `components` to the end: the directories and files it includes.
 */
function buildClosure(root: string, sources: SourceCache): Set<string> {
  const included = new Set<string>();
  const queue = [root];
  const visited = new Set<string>([realPathOf(root)]);
  while (queue.length > 0) {
    const directory = queue.shift() as string;
    const kustomization = readKustomization(directory, sources);
    if (!kustomization) {
      continue;
    }
    for (const reference of localReferences(kustomization)) {
      const real = realPathOf(reference.absolutePath);
      included.add(real);
      if (reference.isDirectory && !visited.has(real)) {
        visited.add(real);
        queue.push(reference.absolutePath);
      }
    }
  }
  return included;
}

/**
 * The roots to render: those no other root builds from. Roots that build from each other
 * (a cycle, which the renderer rejects) are all kept, so the renderer can say so.
 */
function leafRoots(
  roots: readonly string[],
  sources: SourceCache,
): { leaves: string[]; builtFrom: Set<string> } {
  const closures = new Map(roots.map((root) => [root, buildClosure(root, sources)]));
  const builtFrom = new Set<string>();
  const leaves: string[] = [];
  for (const root of roots) {
    const real = realPathOf(root);
    const includedBy = roots.filter(
      (other) =>
        other !== root &&
        closures.get(other)?.has(real) === true &&
        closures.get(root)?.has(realPathOf(other)) !== true,
    );
    if (includedBy.length === 0) {
      leaves.push(root);
      closures.get(root)?.forEach((entry) => builtFrom.add(entry));
    }
  }
  return { leaves, builtFrom };
}

function expandGlob(
  pattern: string,
  cwd: string,
  isIgnored: (absolutePath: string) => boolean,
): { base: string; files: string[]; linksOut: string[] } {
  const normalized = toPosix(pattern);
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
    return { base, files: [], linksOut: [] };
  }
  const absolutePattern = toPosix(path.resolve(cwd, normalized));
  // A glob names files explicitly, so it reaches into kustomization directories too.
  const { files, linksOut } = walk(base, isIgnored, false);
  const matches = (file: string): boolean =>
    minimatch(toPosix(file), absolutePattern, { dot: false });
  return { base, files: files.filter(matches), linksOut: linksOut.filter(matches) };
}
