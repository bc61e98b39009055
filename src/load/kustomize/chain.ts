/*
 * The chain of kustomizations from an object's base up to the rendered overlay, and which of
 * their writers spells a field of the rendered object.
 */
import { type Kustomization } from './kustomization.js';
import { type FieldPath, type LocateTarget, type SourceRange } from '../../source/locate.js';
import { getPath, type JsonObject } from '../../k8s/manifest.js';
import { type Spelling, type Writer, type PositionedDocument } from './spelling.js';

/** One kustomization (or component) of the render, read once. */
export interface KustomizationNode {
  kustomization: Kustomization;
  positioned: PositionedDocument | undefined;
  prefix: string;
  suffix: string;
  /** Its patches, replicas and images, in the order Kustomize applies them. */
  writers: Writer[];
  components: KustomizationNode[];
}

/** A kustomization in the chain from an object's base to the rendered overlay. */
export interface Level {
  node: KustomizationNode;
  /** The node's components' writers, then its own (components run first). */
  writers: Writer[];
  prefix: string;
  suffix: string;
  byKind: Map<string, Writer[]>;
}

/** Levels from the one that lists the object's file (first) up to the rendered root (last). */
export type Chain = readonly Level[];

export function writersForKind(level: Level, kind: string): Writer[] {
  let writers = level.byKind.get(kind);
  if (!writers) {
    writers = level.writers.filter((writer) => writer.kind === undefined || writer.kind === kind);
    level.byKind.set(kind, writers);
  }
  return writers;
}

export function rename(name: string, chain: Chain, from: number): string {
  let result = name;
  for (let index = from; index < chain.length; index++) {
    const level = chain[index] as Level;
    result = `${level.prefix}${result}${level.suffix}`;
  }
  return result;
}

/** A rendered name is the source name with prefixes, suffixes and maybe a content hash. */
export function sameName(rendered: string, renamed: string): boolean {
  return (
    rendered === renamed ||
    (rendered.startsWith(`${renamed}-`) &&
      /^[a-z0-9]{10}$/.test(rendered.slice(renamed.length + 1)))
  );
}

export function sameScalar(
  rendered: unknown,
  spelled: unknown,
  chain: Chain,
  level: number,
): boolean {
  if (spelled === undefined || spelled === null || typeof spelled === 'object') {
    return rendered === spelled;
  }
  if (String(rendered) === String(spelled)) {
    return true;
  }
  return (
    typeof rendered === 'string' &&
    typeof spelled === 'string' &&
    sameName(rendered, rename(spelled, chain, level))
  );
}
/**
 * Decides which source spells a field of the rendered object: the last writer (in order of
 * application) whose spelling holds the rendered value. See the comment at the top.
 */
export function locateField(
  object: JsonObject,
  path: FieldPath,
  target: LocateTarget,
  writers: ReadonlyArray<{ writer: Writer; level: number }>,
  chain: Chain,
): SourceRange | undefined {
  const rendered = getPath(object, path);
  const isContainer = typeof rendered === 'object' && rendered !== null;
  let mismatch: SourceRange | undefined;
  let nearest: Spelling | undefined;
  for (let index = writers.length - 1; index >= 0; index--) {
    const { writer, level } = writers[index] as { writer: Writer; level: number };
    const spelling = writer.spell(path, target, object);
    if (!spelling) {
      continue;
    }
    if (spelling.depth === path.length && rendered !== undefined) {
      if (spelling.opaque) {
        return { ...spelling.range, approximate: true };
      }
      if (isContainer || sameScalar(rendered, spelling.value, chain, level)) {
        return spelling.range;
      }
      mismatch ??= spelling.range;
      continue;
    }
    const depth = Math.min(spelling.depth, path.length - 1);
    // Ties go to the earliest writer, so the base wins over patches that only restate names.
    if (!nearest || depth >= nearest.depth) {
      nearest = { ...spelling, depth };
    }
  }
  if (mismatch) {
    return { ...mismatch, approximate: true };
  }
  return nearest ? { ...nearest.range, approximate: true } : undefined;
}
