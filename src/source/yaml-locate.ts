import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { FieldPath, LocateTarget, OffsetRange, PathSegment } from './positions.js';

interface Walk {
  /** Deepest node reached. */
  node: Node;
  /** Key node of the pair that holds `node`, when it is a map value. */
  key?: Node;
  /** How many segments of the path were found. */
  depth: number;
}

function walk(document: Document.Parsed, path: FieldPath): Walk | undefined {
  const root = document.contents;
  if (!root) {
    return undefined;
  }
  let result: Walk = { node: root, depth: 0 };
  for (const segment of path) {
    let node: Node | null = result.node;
    if (isAlias(node)) {
      node = node.resolve(document) ?? null;
    }
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyMatches(item.key, segment));
      if (!pair || !isNode(pair.key)) {
        return result;
      }
      const value = isNode(pair.value) ? pair.value : pair.key;
      result = { node: value, key: pair.key, depth: result.depth + 1 };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isNode(item)) {
        return result;
      }
      result = { node: item, depth: result.depth + 1 };
    } else {
      return result;
    }
  }
  return result;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function keyMatches(key: unknown, segment: PathSegment): boolean {
  if (isScalar(key)) {
    return String(key.value) === String(segment);
  }
  return false;
}

function nodeRange(node: Node): [number, number] {
  const range = node.range ?? [0, 0, 0];
  return [range[0], range[1]];
}

/**
 * Finds a field in a document. `target: 'key'` points at the key (`minReplicas` in
 * `minReplicas: 5`), `'value'` at the value. A path that is absent resolves to the nearest
 * ancestor that exists, marked approximate: its key when it has one, else the first key of
 * the map (the `name` of a list item, typically).
 */
export function locateOffsets(
  document: Document.Parsed,
  path: FieldPath,
  target: LocateTarget = 'value',
): OffsetRange | undefined {
  const found = walk(document, path);
  if (!found) {
    return undefined;
  }
  if (found.depth === path.length) {
    const node = target === 'key' && found.key ? found.key : found.node;
    const [start, end] = nodeRange(node);
    return { start, end: Math.max(end, start + 1) };
  }
  const anchor = found.key ?? firstKey(found.node) ?? found.node;
  const [start, end] = nodeRange(anchor);
  return { start, end: Math.max(end, start + 1), approximate: true };
}

function firstKey(node: Node): Node | undefined {
  if (!isMap(node)) {
    return undefined;
  }
  const pairs = node.items.filter(isPair);
  const preferred = pairs.find((pair) => keyMatches(pair.key, 'name')) ?? pairs[0];
  return preferred && isNode(preferred.key) ? preferred.key : undefined;
}
