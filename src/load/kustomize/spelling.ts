/*
 * How a YAML document spells a field of an object: walking its nodes along a field path, list
 * items matched by merge key as strategic merge does, and the ranges users open.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { type FieldPath, type LocateTarget, type SourceRange } from '../../source/locate.js';
import { type SourceFile } from '../../source/source-file.js';
import { asArray, asObject, getPath, type JsonObject } from '../../k8s/manifest.js';

/** What a writer knows of an object at its level of the build. */
export interface ObjectIdentity {
  group: string;
  version: string;
  kind: string;
  /** Every name the object has had up to this level (base name first). */
  names: readonly string[];
  /** Namespaces it has had (as declared in the base, and as rendered). */
  namespaces: readonly string[];
  labels: Readonly<Record<string, string>>;
  annotations: Readonly<Record<string, string>>;
}

export interface Spelling {
  /** How many segments of the requested path this source spells. */
  depth: number;
  /** The field itself when `depth` is the whole path, else its nearest spelled ancestor. */
  range: SourceRange;
  /** The value spelled for the field (when the whole path is spelled). */
  value?: unknown;
  /** The writer sets the field, but the value comes from elsewhere (JSON patch copy/move). */
  opaque?: boolean;
}

/** One source of field values: a base document, a patch, a `replicas:` or `images:` entry. */
export interface Writer {
  /** The kind it can apply to; undefined when any kind. */
  readonly kind: string | undefined;
  appliesTo(identity: ObjectIdentity): boolean;
  spell(path: FieldPath, target: LocateTarget, rendered: JsonObject): Spelling | undefined;
}

/** A YAML document and how its offsets map into the file users open. */
export interface PositionedDocument {
  file: SourceFile;
  document: Document.Parsed;
  /** Added to every offset of `document` (inline patches are parsed de-indented). */
  shift: number;
  /** Set when positions inside cannot be mapped (a quoted inline patch): all point here. */
  fallback?: SourceRange;
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

export function rangeOf(positioned: PositionedDocument, node: Node): SourceRange {
  if (positioned.fallback) {
    return { ...positioned.fallback, approximate: true };
  }
  const [start, end] = node.range ?? [0, 0];
  return {
    file: positioned.file,
    start: start + positioned.shift,
    end: Math.max(end, start + 1) + positioned.shift,
  };
}

export function nodeValue(positioned: PositionedDocument, node: Node): unknown {
  if (isScalar(node)) {
    return node.value;
  }
  try {
    return node.toJS(positioned.document, { maxAliasCount: 1000 });
  } catch {
    return undefined;
  }
}

/** List items are matched by their merge key, as strategic merge does, else by position. */
export const MERGE_KEYS = [
  'name',
  'containerPort',
  'mountPath',
  'devicePath',
  'port',
  'ip',
  'topologyKey',
];

export function matchListItem(
  sequence: YAMLSeq,
  renderedItem: unknown,
  index: number,
): Node | undefined {
  const object = asObject(renderedItem);
  if (object) {
    for (const key of MERGE_KEYS) {
      const wanted = object[key];
      if (typeof wanted !== 'string' && typeof wanted !== 'number') {
        continue;
      }
      const keyed = sequence.items.filter((item): item is YAMLMap => isMap(item) && item.has(key));
      if (keyed.length === 0) {
        continue;
      }
      return keyed.find((item) => String(item.get(key)) === String(wanted));
    }
  }
  const item = sequence.items[index];
  return isNode(item) ? item : undefined;
}

export interface Reached {
  node: Node;
  key?: Node;
  depth: number;
}

/**
 * Follows `path` from `start` as far as the source spells it. List indices of the rendered
 * object are translated to the source's items by merge key (a patch lists only the
 * containers it changes).
 */
export function descend(
  positioned: PositionedDocument,
  start: Node,
  path: FieldPath,
  rendered: unknown,
  renderedPrefix: FieldPath,
): Reached {
  let reached: Reached = { node: start, depth: 0 };
  for (let index = 0; index < path.length; index++) {
    const segment = path[index] as string | number;
    let node: Node | undefined = reached.node;
    if (isAlias(node)) {
      node = node.resolve(positioned.document) ?? undefined;
    }
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair || !isNode(pair.key)) {
        return reached;
      }
      reached = {
        node: isNode(pair.value) ? pair.value : pair.key,
        key: pair.key,
        depth: index + 1,
      };
    } else if (isSeq(node) && typeof segment === 'number') {
      const list = asArray(getPath(rendered, [...renderedPrefix, ...path.slice(0, index)]));
      const item = matchListItem(node, list[segment], segment);
      if (!item) {
        return reached;
      }
      reached = { node: item, depth: index + 1 };
    } else {
      return reached;
    }
  }
  return reached;
}

/** The nearest ancestor to point at: its key, else the first key of the map (`name`). */
export function anchorOf(reached: Reached): Node {
  if (reached.key) {
    return reached.key;
  }
  if (isMap(reached.node)) {
    const pairs = reached.node.items.filter(isPair);
    const preferred =
      pairs.find((pair) => isScalar(pair.key) && pair.key.value === 'name') ?? pairs[0];
    if (preferred && isNode(preferred.key)) {
      return preferred.key;
    }
  }
  return reached.node;
}

/** The spelling of `path` below `start` in a document (base objects, strategic-merge patches). */
export function spellIn(
  positioned: PositionedDocument,
  start: Node,
  path: FieldPath,
  target: LocateTarget,
  rendered: JsonObject,
  renderedPrefix: FieldPath = [],
  depthOffset = 0,
): Spelling {
  const reached = descend(positioned, start, path, rendered, renderedPrefix);
  if (reached.depth === path.length) {
    const node = target === 'key' && reached.key ? reached.key : reached.node;
    return {
      depth: depthOffset + reached.depth,
      range: rangeOf(positioned, node),
      value: nodeValue(positioned, reached.node),
    };
  }
  return { depth: depthOffset + reached.depth, range: rangeOf(positioned, anchorOf(reached)) };
}

export function pairIn(
  node: Node | undefined,
  key: string,
): { key: Node; value: Node } | undefined {
  if (!isMap(node)) {
    return undefined;
  }
  const pair = node.items.find(
    (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
  );
  if (!pair || !isNode(pair.key)) {
    return undefined;
  }
  return { key: pair.key, value: isNode(pair.value) ? pair.value : pair.key };
}

export function stringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(asObject(value) ?? {})) {
    if (typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean') {
      result[key] = String(entry);
    }
  }
  return result;
}

export function splitApiVersion(apiVersion: unknown): { group: string; version: string } {
  const text = typeof apiVersion === 'string' ? apiVersion : '';
  const slash = text.indexOf('/');
  return slash === -1
    ? { group: '', version: text }
    : { group: text.slice(0, slash), version: text.slice(slash + 1) };
}
