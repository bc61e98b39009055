import fs from 'node:fs';
import path from 'node:path';
import { ScaleplanError } from '../errors.js';
import type { Input } from './inputs.js';
import { type FieldPath, type LocateTarget, type SourceRange } from '../source/locate.js';
import { prescanKustomization, type PrescanProblem } from './kustomize/prescan.js';
import { kustomizationFileIn, readKustomization, SourceCache } from './kustomize/kustomization.js';
import { displayPath } from '../source/paths.js';
import {
  ORIGIN_ANNOTATION,
  parseOrigin,
  renderWithOrigins,
  TRANSFORMATIONS_ANNOTATION,
} from './kustomize/render.js';
import { parseSourceFile, type ParsedDocument, type ParseResult } from '../source/parse.js';
import { SourceFile } from '../source/source-file.js';
import { type InputLimits } from './limits.js';
import { KustomizeSourceMap, type ObjectLocator } from './kustomize/source-map.js';
import { asObject, Manifest, type JsonObject } from '../k8s/manifest.js';
import { InputBudget, fileSize, readSourceFile } from './read.js';
import type { DeferredDocuments, ParseCache } from './parse-cache.js';
import { classifyDocument, shapeProblem } from './documents.js';

/** A document that could not be read as a Kubernetes object: reported as `parse-error`. */
export interface LoadProblem {
  kind: 'syntax' | 'not-an-object' | 'kustomize-build';
  message: string;
  range: SourceRange;
}

/** One set of objects that cross-object rules judge together. */
export interface LoadedSet {
  /** Raw files form one set; each rendered kustomization is a set of its own. */
  label: string;
  manifests: Manifest[];
  problems: LoadProblem[];
  /** Documents without apiVersion and kind (CI files, Helm values, kustomizations). */
  skippedDocuments: number;
  files: SourceFile[];
  /**
   * Objects the set is deployed together with but does not hold (a compiled environment's
   * cluster directory, with the PriorityClasses its pods name): cross-object rules see them,
   * nothing is reported on them, and they are not counted.
   */
  context?: Manifest[];
}

/**
 * Annotation of a kustomization (its `metadata.annotations`) naming a Kustomize directory,
 * relative to it, that is deployed alongside: `scaleplan compile` puts it on an environment's
 * kustomization to name the cluster directory holding its cluster-wide objects.
 */
export const DEPLOYED_WITH_ANNOTATION = 'scaleplan.dev/deployed-with';

export interface LoadOptions {
  cwd: string;
  defaultNamespace: string;
  env: NodeJS.ProcessEnv;
  readStdin: () => Promise<string>;
  limits?: Partial<InputLimits>;
  /**
   * A Kustomize directory that does not build becomes a parse-error finding on its
   * kustomization (lint: the other inputs are still linted) instead of a run error (compile:
   * a base that does not build is the whole input).
   */
  buildFailuresAsFindings?: boolean;
  /** The lint cache: files read from disk are parsed through it (see parse-cache.ts). */
  cache?: ParseCache;
}

export async function loadInputs(
  inputs: readonly Input[],
  options: LoadOptions,
): Promise<LoadedSet[]> {
  const raw: LoadedSet = {
    label: 'files',
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: [],
  };
  const sets: LoadedSet[] = [];
  const budget = new InputBudget(options.limits);
  const companions = new Map<string, Manifest[]>();
  for (const input of inputs) {
    if (input.kind === 'kustomize') {
      const set = loadKustomization(input.absolutePath, input.displayPath, options, budget);
      budget.addDocuments(input.displayPath, set.manifests.length);
      const companion = deployedWith(input.absolutePath, options.cwd);
      if (companion !== undefined) {
        let context = companions.get(companion);
        if (!context) {
          const loaded = loadKustomization(
            companion,
            displayPath(options.cwd, companion),
            options,
            budget,
          );
          context = loaded.problems.length === 0 ? loaded.manifests : [];
          companions.set(companion, context);
        }
        set.context = context;
      }
      sets.push(set);
      continue;
    }
    if (input.kind !== 'stdin' && options.cache) {
      const before = raw.manifests.length + raw.problems.length + raw.skippedDocuments;
      const read = options.cache.read(input.absolutePath, input.displayPath, (size) =>
        budget.addFile(input.displayPath, size),
      );
      if (read.deferred) {
        addDeferred(raw, read.file, read.deferred, options.defaultNamespace);
      } else {
        addParsed(raw, read.file, read.parsed, options.defaultNamespace);
      }
      budget.addDocuments(
        input.displayPath,
        raw.manifests.length + raw.problems.length + raw.skippedDocuments - before,
      );
      continue;
    }
    let file: SourceFile;
    if (input.kind === 'stdin') {
      const text = await options.readStdin();
      budget.addFile(input.displayPath, Buffer.byteLength(text));
      file = new SourceFile(input.displayPath, text);
    } else {
      budget.addFile(input.displayPath, fileSize(input.absolutePath, input.displayPath));
      file = readSourceFile(input.absolutePath, input.displayPath);
    }
    const before = raw.manifests.length + raw.problems.length + raw.skippedDocuments;
    addFile(raw, file, options.defaultNamespace);
    budget.addDocuments(
      input.displayPath,
      raw.manifests.length + raw.problems.length + raw.skippedDocuments - before,
    );
  }
  if (raw.files.length > 0 || sets.length === 0) {
    sets.unshift(raw);
  }
  return sets;
}

/**
 * The directory a kustomization's DEPLOYED_WITH_ANNOTATION names, when it is a Kustomize
 * directory beside it (inside its parent directory, symlinks resolved): never a path that
 * leads elsewhere, so a linted repository cannot make the linter render what it should not.
 */
function deployedWith(directory: string, cwd: string): string | undefined {
  const kustomization = readKustomizationFields(directory, cwd);
  const annotations = asObject(asObject(kustomization?.metadata)?.annotations);
  const value = annotations?.[DEPLOYED_WITH_ANNOTATION];
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  const target = path.resolve(directory, value.trim());
  try {
    const real = fs.realpathSync(target);
    const parent = fs.realpathSync(path.dirname(directory));
    const relative = path.relative(parent, real);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      return undefined;
    }
  } catch {
    return undefined;
  }
  return kustomizationFileIn(target) ? target : undefined;
}

function readKustomizationFields(
  directory: string,
  cwd: string,
): Readonly<Record<string, unknown>> | undefined {
  return readKustomization(directory, new SourceCache(cwd))?.fields;
}

/** Adds every object of a file to a set (exported for the rule tester and the library API). */
export function addFile(set: LoadedSet, file: SourceFile, defaultNamespace: string): void {
  addParsed(set, file, parseSourceFile(file), defaultNamespace);
}

/** Adds a file's objects from its parse (made now, or kept by the lint cache). */
function addParsed(
  set: LoadedSet,
  file: SourceFile,
  { documents, problems }: ParseResult,
  defaultNamespace: string,
): void {
  set.files.push(file);
  for (const problem of problems) {
    set.problems.push({
      kind: 'syntax',
      message: problem.message,
      range: { file, start: problem.start, end: problem.end },
    });
  }
  for (const document of documents) {
    addDocument(set, file, document, defaultNamespace);
  }
}

/** The path of an object that is a whole document (one shared array for every such object). */
const DOCUMENT_ROOT: FieldPath = Object.freeze([]);

/**
 * Adds a file's objects as the lint cache summarised them (identities now, content on first
 * use): what addParsed makes of the same documents, which the summary was made with.
 */
function addDeferred(
  set: LoadedSet,
  file: SourceFile,
  { skippedDocuments, objects }: DeferredDocuments,
  defaultNamespace: string,
): void {
  set.files.push(file);
  set.skippedDocuments += skippedDocuments;
  for (const { ordinal, object } of objects) {
    set.manifests.push(new Manifest(object, file, ordinal, DOCUMENT_ROOT, defaultNamespace));
  }
}

function documentRange(file: SourceFile, ordinal: number, path: FieldPath = []): SourceRange {
  const located = file.locateField(ordinal, path, 'key');
  return located ?? { file, start: 0, end: Math.min(1, file.text.length) };
}

function addDocument(
  set: LoadedSet,
  file: SourceFile,
  document: ParsedDocument,
  defaultNamespace: string,
): void {
  const found = classifyDocument(document.value);
  switch (found.type) {
    case 'skipped':
      set.skippedDocuments++;
      return;
    case 'problem':
      set.problems.push({
        kind: 'not-an-object',
        message: found.message,
        range: documentRange(file, document.ordinal, found.path),
      });
      return;
    case 'object':
      set.manifests.push(
        new Manifest(found.object, file, document.ordinal, DOCUMENT_ROOT, defaultNamespace),
      );
      return;
    case 'list':
      break;
  }
  const items = found.object.items as unknown[];
  items.forEach((item, index) => {
    const itemObject = asObject(item);
    const itemProblem = itemObject
      ? shapeProblem(itemObject)
      : {
          message: 'A List item must be a Kubernetes object (a map with apiVersion and kind).',
          path: [],
        };
    if (!itemObject || itemProblem) {
      set.problems.push({
        kind: 'not-an-object',
        message: itemProblem?.message ?? 'A List item must be a Kubernetes object.',
        range: documentRange(file, document.ordinal, [
          'items',
          index,
          ...(itemProblem?.path ?? []),
        ]),
      });
      return;
    }
    set.manifests.push(
      new Manifest(itemObject, file, document.ordinal, ['items', index], defaultNamespace),
    );
  });
}

/**
 * A kustomization Kustomize cannot build (a remote base out of reach, a missing file, an
 * unknown field) is a finding on its kustomization file, like a broken YAML file: the other
 * inputs are still linted. It points at the resource the message names, when it names one.
 * Without a renderer at all there is nothing to lint with, and that stays a run error.
 */
function buildFailure(
  directory: string,
  label: string,
  options: LoadOptions,
  error: unknown,
): LoadedSet | undefined {
  const filePath = kustomizationFileIn(directory);
  if (
    !options.buildFailuresAsFindings ||
    !(error instanceof ScaleplanError) ||
    (error.code !== 'KUSTOMIZE_FAILED' && error.code !== 'KUSTOMIZE_BOUNDED') ||
    !filePath
  ) {
    return undefined;
  }
  const file = readSourceFile(filePath, displayPath(options.cwd, filePath));
  // Kustomize's messages wrap git's and the fetcher's over several lines.
  const said = error.message
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/\.?$/, '.');
  // A bound that stopped the renderer already says how to raise it.
  const message =
    error.code === 'KUSTOMIZE_BOUNDED'
      ? said
      : `${said} Fix the kustomization, or make the remote base reachable (or vendor it).`;
  const { start, end } = failingEntry(file.text, message);
  return {
    label,
    manifests: [],
    problems: [{ kind: 'kustomize-build', message, range: { file, start, end } }],
    skippedDocuments: 0,
    files: [file],
  };
}

/**
 * A kustomization whose listed files must not reach the renderer (an alias bomb, a FIFO):
 * each is a parse-error finding where it is, and the directory is not built. A caller that
 * takes build failures as run errors (compile) gets the first as one, with its position.
 */
function refusedKustomization(
  directory: string,
  label: string,
  options: LoadOptions,
  refused: readonly PrescanProblem[],
): LoadedSet {
  if (!options.buildFailuresAsFindings) {
    const [first] = refused as [PrescanProblem];
    const position = first.file.position(first.start);
    throw new ScaleplanError(
      'KUSTOMIZE_FAILED',
      `${displayPath(options.cwd, directory)} was not built: ${first.message}`,
      { file: first.file.path, line: position.line, column: position.column },
    );
  }
  return {
    label,
    manifests: [],
    problems: refused.map((problem) => ({
      kind: 'kustomize-build' as const,
      message: problem.message,
      range: { file: problem.file, start: problem.start, end: problem.end },
    })),
    skippedDocuments: 0,
    files: [...new Set(refused.map((problem) => problem.file))],
  };
}

/** The range of the list entry of a kustomization that a Kustomize message quotes, else line 1. */
function failingEntry(text: string, message: string): { start: number; end: number } {
  const entry = /^[ \t]*-[ \t]+(?:"([^"\n]+)"|'([^'\n]+)'|([^#\n]*[^\s#]))/gm;
  let best: { start: number; end: number; length: number } | undefined;
  for (let match = entry.exec(text); match; match = entry.exec(text)) {
    const value = match[1] ?? match[2] ?? match[3] ?? '';
    if (value.length > (best?.length ?? 0) && message.includes(value)) {
      const start = match.index + match[0].length - value.length - (match[3] ? 0 : 1);
      best = { start, end: start + value.length + (match[3] ? 0 : 2), length: value.length };
    }
  }
  if (best) {
    return best;
  }
  const firstLine = text.indexOf('\n');
  return { start: 0, end: firstLine === -1 ? text.length : firstLine };
}

/**
 * Renders a kustomization and maps every object back to its sources: the file (or generator
 * entry) it came from, and for each field the base or patch line that spells its value (see
 * KustomizeSourceMap). Objects whose origin is unknown (remote bases, Helm charts) point into
 * the rendered stream.
 */
function loadKustomization(
  directory: string,
  label: string,
  options: LoadOptions,
  budget: InputBudget,
): LoadedSet {
  const sources = new SourceCache(options.cwd);
  const refused = prescanKustomization(
    directory,
    sources,
    {
      admitFile: (shown, size) => budget.addFile(shown, size),
      admitDocuments: (shown, count) => budget.addDocuments(shown, count),
    },
    options.cwd,
  );
  if (refused.length > 0) {
    return refusedKustomization(directory, label, options, refused);
  }
  let rendered: { text: string; originBase: string };
  try {
    rendered = renderWithOrigins(directory, options.env, options.cwd, {
      timeoutSeconds: budget.limits.renderTimeoutSeconds,
      memoryMiB: budget.limits.renderMemoryMiB,
    });
  } catch (error) {
    const failed = buildFailure(directory, label, options, error);
    if (failed) {
      return failed;
    }
    throw error;
  }
  const { text, originBase } = rendered;
  const stream = new SourceFile(`${label} (kustomize build)`, text);
  const set: LoadedSet = { label, manifests: [], problems: [], skippedDocuments: 0, files: [] };
  const sourceMap = KustomizeSourceMap.build(directory, sources);
  const { documents, problems } = parseSourceFile(stream);
  for (const problem of problems) {
    set.problems.push({
      kind: 'syntax',
      message: problem.message,
      range: { file: stream, start: problem.start, end: problem.end },
    });
  }
  const files = new Set<SourceFile>();
  for (const document of documents) {
    const object = asObject(document.value);
    if (!object || typeof object.kind !== 'string') {
      set.skippedDocuments++;
      continue;
    }
    const annotations = asObject(asObject(object.metadata)?.annotations);
    const originText = annotations?.[ORIGIN_ANNOTATION];
    const origin = parseOrigin(typeof originText === 'string' ? originText : undefined, originBase);
    const cleaned = withoutBuildAnnotations(object);
    const locator =
      sourceMap.locatorFor(cleaned, origin) ?? streamLocator(stream, document.ordinal);
    set.manifests.push(
      new Manifest(
        cleaned,
        locator.file,
        locator.ordinal,
        [],
        options.defaultNamespace,
        locator.locate,
      ),
    );
    files.add(locator.file);
  }
  sourceMap.files.forEach((file) => files.add(file));
  set.files.push(...files);
  return set;
}

function streamLocator(stream: SourceFile, ordinal: number): ObjectLocator {
  return {
    file: stream,
    ordinal,
    locate: (path: FieldPath, target: LocateTarget) => {
      return stream.locateField(ordinal, path, target);
    },
  };
}

function withoutBuildAnnotations(object: JsonObject): JsonObject {
  const metadata = asObject(object.metadata);
  const annotations = asObject(metadata?.annotations);
  if (!metadata || !annotations) {
    return object;
  }
  const {
    [ORIGIN_ANNOTATION]: _origin,
    [TRANSFORMATIONS_ANNOTATION]: _transformations,
    ...rest
  } = annotations;
  const cleanedMetadata: JsonObject =
    Object.keys(rest).length === 0
      ? Object.fromEntries(Object.entries(metadata).filter(([key]) => key !== 'annotations'))
      : { ...metadata, annotations: rest };
  return { ...object, metadata: cleanedMetadata };
}
