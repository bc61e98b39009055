import jsYaml from 'js-yaml';
import { KUBECTL_JS_YAML_SCHEMA } from './kubectl-scalars.js';
import type { FieldPath, LocateTarget } from './positions.js';

/**
 * Field positions from js-yaml's parse events, for documents that have findings. js-yaml
 * reports where each node opens and closes; nesting those events gives a tree of ranges that
 * answers "where is spec.minReplicas" at js-yaml's speed — several times faster than
 * composing a `yaml` Document, which matters when every file has findings. Documents whose
 * events cannot be paired with certainty (empty sequence items, aliases) return undefined,
 * and the caller falls back to `yaml`.
 */

interface EventNode {
  start: number;
  end: number;
  kind: string;
  result: unknown;
  children: EventNode[];
}

export interface EventTree {
  root: EventNode;
  /** Offset of the document in the file. */
  offset: number;
  text: string;
}

const FAST_SCHEMA = KUBECTL_JS_YAML_SCHEMA;

/** Builds the tree for one document (text is the document's own text). */
export function buildEventTree(text: string, start: number): EventTree | undefined {
  // js-yaml drops a byte-order mark before counting positions.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const documentText = bom ? text.slice(1) : text;
  const offset = start + bom;
  const stack: EventNode[] = [{ start: 0, end: 0, kind: 'root', result: undefined, children: [] }];
  try {
    jsYaml.load(documentText, {
      schema: FAST_SCHEMA,
      listener(type, state) {
        if (type === 'open') {
          stack.push({
            start: state.position,
            end: state.position,
            kind: '',
            result: undefined,
            children: [],
          });
        } else {
          const node = stack.pop();
          const parent = stack[stack.length - 1];
          if (!node || !parent) {
            throw new Error('unbalanced parse events');
          }
          // js-yaml appends a line break to input without one: positions may pass the end.
          node.end = Math.min(state.position, documentText.length);
          // An empty value (`rules:` then a line break) opens after the line break, on the
          // next line: place it right after its key instead, where the yaml Document has it.
          if (state.result === null && documentText.slice(node.start, node.end).trim() === '') {
            let start = node.start;
            while (start > 0 && /\s/.test(documentText[start - 1] ?? '')) {
              start--;
            }
            node.start = start;
            node.end = start;
          }
          node.kind = state.kind ?? 'null';
          node.result = state.result;
          parent.children.push(unwrap(node));
        }
      },
    });
  } catch {
    return undefined;
  }
  const root = stack[0]?.children[0];
  if (!root || !consistent(root)) {
    return undefined;
  }
  return { root, offset, text: documentText };
}

/** js-yaml opens a node around tagged, explicit-key and sequence-item content: keep the inner one. */
function unwrap(node: EventNode): EventNode {
  let current = node;
  while (current.children.length === 1) {
    const child = current.children[0] as EventNode;
    if (!Object.is(child.result, current.result)) {
      break;
    }
    current = child;
  }
  return current;
}

/** Every mapping has a node per key and value, every sequence one per item. */
function consistent(node: EventNode): boolean {
  if (Array.isArray(node.result)) {
    if (node.kind !== 'sequence' || node.children.length !== node.result.length) {
      return false;
    }
  } else if (typeof node.result === 'object' && node.result !== null) {
    if (node.kind !== 'mapping' || node.children.length !== Object.keys(node.result).length * 2) {
      return false;
    }
  } else if (node.children.length > 0) {
    return false;
  }
  return node.children.every(consistent);
}

const SKIPPABLE = /[ \t\r\n]/;

/** The first offset of a node's own text: after whitespace and comments before it. */
function contentStart(text: string, from: number, to: number): number {
  let index = from;
  while (index < to) {
    const char = text[index] ?? '';
    if (SKIPPABLE.test(char)) {
      index++;
    } else if (char === '#' && (index === 0 || SKIPPABLE.test(text[index - 1] ?? ' '))) {
      const lineEnd = text.indexOf('\n', index);
      index = lineEnd === -1 || lineEnd >= to ? to : lineEnd + 1;
    } else {
      break;
    }
  }
  return index;
}

/** The end of a node's own text: before trailing whitespace and comment lines. */
function contentEnd(text: string, start: number, to: number): number {
  let end = to;
  for (;;) {
    while (end > start && SKIPPABLE.test(text[end - 1] ?? '')) {
      end--;
    }
    // A comment line just before `to` belongs to what follows.
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(Math.max(lineStart, start), end);
    if (lineStart > start && /^\s*#/.test(line)) {
      end = lineStart;
      continue;
    }
    return end;
  }
}

/** A map pair as its source file writes it (see SourceFile.keyPairAt). */
export interface KeyPair {
  /** Pairs of the map that holds it there (a patch or base may write fewer than the object has). */
  siblings: number;
  /** Whether the document is a sequence (a JSON 6902 patch is a list of operations). */
  json6902: boolean;
}

/** Per tree, its pairs by key offset (built once: a run fixes many fields of a document). */
const KEY_PAIRS = new WeakMap<EventTree, Map<number, KeyPair>>();

/**
 * The pairs of every mapping of the tree by the file offset of their key, the offset
 * locateInEventTree gives the key: so a key it located is always found here.
 */
export function keyPairsInEventTree(tree: EventTree): Map<number, KeyPair> {
  let pairs = KEY_PAIRS.get(tree);
  if (!pairs) {
    const found = new Map<number, KeyPair>();
    const json6902 = tree.root.kind === 'sequence';
    const visit = (node: EventNode): void => {
      if (node.kind === 'mapping') {
        const siblings = node.children.length / 2;
        for (let index = 0; index < node.children.length; index += 2) {
          const key = node.children[index] as EventNode;
          found.set(contentStart(tree.text, key.start, key.end) + tree.offset, {
            siblings,
            json6902,
          });
        }
      }
      node.children.forEach(visit);
    };
    visit(tree.root);
    pairs = found;
    KEY_PAIRS.set(tree, pairs);
  }
  return pairs;
}

function keyMatches(key: EventNode, segment: string | number): boolean {
  return String(key.result) === String(segment);
}

/**
 * Offsets of a field (or, when absent, of its nearest ancestor's key, marked approximate):
 * the same answer `locateInDocument` gives from a `yaml` Document.
 */
export function locateInEventTree(
  tree: EventTree,
  path: FieldPath,
  target: LocateTarget,
): { start: number; end: number; approximate?: boolean } | undefined {
  let node = tree.root;
  let key: EventNode | undefined;
  let depth = 0;
  for (const segment of path) {
    let next: EventNode | undefined;
    let nextKey: EventNode | undefined;
    if (node.kind === 'mapping') {
      for (let index = 0; index + 1 < node.children.length; index += 2) {
        const candidate = node.children[index] as EventNode;
        if (keyMatches(candidate, segment)) {
          nextKey = candidate;
          next = node.children[index + 1];
          break;
        }
      }
    } else if (node.kind === 'sequence' && typeof segment === 'number') {
      next = node.children[segment];
    }
    if (!next) {
      break;
    }
    node = next;
    key = nextKey;
    depth++;
  }
  const range = (target_: EventNode): { start: number; end: number } => {
    const start = contentStart(tree.text, target_.start, target_.end);
    let end = Math.max(start + 1, contentEnd(tree.text, start, target_.end));
    // Block collections and block scalars end after their last line break, as `yaml` reports.
    const opener = tree.text[start];
    const blockCollection =
      (target_.kind === 'mapping' || target_.kind === 'sequence') &&
      opener !== '{' &&
      opener !== '[';
    const blockScalar = target_.kind === 'scalar' && (opener === '|' || opener === '>');
    // ...unless their last value is empty: that value stands on the line break itself.
    if ((blockCollection && !endsEmpty(target_)) || blockScalar) {
      if (tree.text[end] === '\n') {
        end += 1;
      } else if (tree.text[end] === '\r' && tree.text[end + 1] === '\n') {
        end += 2;
      }
    }
    return { start: start + tree.offset, end: end + tree.offset };
  };
  if (depth === path.length) {
    return range(target === 'key' && key ? key : node);
  }
  const anchor = key ?? firstKey(node) ?? node;
  return { ...range(anchor), approximate: true };
}

/** Whether a collection's last value, at any depth, is empty (`rules:` and nothing after it). */
function endsEmpty(node: EventNode): boolean {
  let last = node;
  while (last.children.length > 0) {
    last = last.children[last.children.length - 1] as EventNode;
  }
  return last !== node && last.result === null && last.start === last.end;
}

function firstKey(node: EventNode): EventNode | undefined {
  if (node.kind !== 'mapping' || node.children.length === 0) {
    return undefined;
  }
  for (let index = 0; index < node.children.length; index += 2) {
    if ((node.children[index] as EventNode).result === 'name') {
      return node.children[index];
    }
  }
  return node.children[0];
}
