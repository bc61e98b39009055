import fs from 'node:fs';
import path from 'node:path';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import {
  kustomizationNode,
  localReferences,
  readKustomization,
  type Kustomization,
  type SourceCache,
} from './kustomization.js';
import type { Origin } from './render.js';
import {
  documentByOrdinal,
  type FieldPath,
  type LocateTarget,
  type SourceRange,
} from '../../source/locate.js';
import { isNullDocument } from '../../source/parse.js';
import { YAML_PARSE_OPTIONS, type SourceFile } from '../../source/source-file.js';
import { parseSelectorString, selectorMatches, type LabelSelector } from '../../k8s/selectors.js';
import {
  asArray,
  asObject,
  getPath,
  type JsonObject,
  type ManifestLocator,
} from '../../k8s/manifest.js';

/*
 * Where does a field of a rendered Kustomize object come from?
 *
 * `kubectl kustomize` with origin annotations names the file each object was read from (or
 * the kustomization whose generator made it), but not where each *field* was set. Overlays
 * change fields with patches (strategic-merge, JSON 6902, inline or in files), `replicas:`
 * and `images:`, at any kustomization between the overlay and the base. The source map reads
 * every kustomization of the render once, turns each of those changes into a `Writer`, and,
 * for one (object, field), walks the writers that apply to the object from the last applied
 * to the first: the first whose spelling of the field holds the rendered value is where the
 * value comes from. Values are compared, not assumed, so a patch that Kustomize did not apply
 * (or whose value a later step replaced) is passed over; names are compared through the
 * prefixes, suffixes and hash suffixes Kustomize adds. A field no source spells (added by a
 * namespace or label transformer) resolves to its nearest spelled ancestor, preferring the
 * base, marked approximate.
 */

/** What a writer knows of an object at its level of the build. */
interface ObjectIdentity {
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

interface Spelling {
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
interface Writer {
  /** The kind it can apply to; undefined when any kind. */
  readonly kind: string | undefined;
  appliesTo(identity: ObjectIdentity): boolean;
  spell(path: FieldPath, target: LocateTarget, rendered: JsonObject): Spelling | undefined;
}

/** A YAML document and how its offsets map into the file users open. */
interface PositionedDocument {
  file: SourceFile;
  document: Document.Parsed;
  /** Added to every offset of `document` (inline patches are parsed de-indented). */
  shift: number;
  /** Set when positions inside cannot be mapped (a quoted inline patch): all point here. */
  fallback?: SourceRange;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function rangeOf(positioned: PositionedDocument, node: Node): SourceRange {
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

function nodeValue(positioned: PositionedDocument, node: Node): unknown {
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
const MERGE_KEYS = [
  'name',
  'containerPort',
  'mountPath',
  'devicePath',
  'port',
  'ip',
  'topologyKey',
];

function matchListItem(sequence: YAMLSeq, renderedItem: unknown, index: number): Node | undefined {
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

interface Reached {
  node: Node;
  key?: Node;
  depth: number;
}

/**
 * Follows `path` from `start` as far as the source spells it. List indices of the rendered
 * object are translated to the source's items by merge key (a patch lists only the
 * containers it changes).
 */
function descend(
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
function anchorOf(reached: Reached): Node {
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
function spellIn(
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

function pairIn(node: Node | undefined, key: string): { key: Node; value: Node } | undefined {
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

function stringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(asObject(value) ?? {})) {
    if (typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean') {
      result[key] = String(entry);
    }
  }
  return result;
}

function splitApiVersion(apiVersion: unknown): { group: string; version: string } {
  const text = typeof apiVersion === 'string' ? apiVersion : '';
  const slash = text.indexOf('/');
  return slash === -1
    ? { group: '', version: text }
    : { group: text.slice(0, slash), version: text.slice(slash + 1) };
}

// ---------------------------------------------------------------------------------------
// Patch targets

/** A `target:` of a patch entry; name and namespace are anchored regular expressions. */
interface TargetSelector {
  group?: string;
  version?: string;
  kind?: string;
  name?: RegExp;
  namespace?: RegExp;
  labelSelector?: LabelSelector;
  annotationSelector?: LabelSelector;
}

function anchored(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== 'string' || pattern === '') {
    return undefined;
  }
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }
}

function readSelector(value: unknown): TargetSelector | undefined {
  const object = asObject(value);
  if (!object) {
    return undefined;
  }
  const selector: TargetSelector = {};
  for (const field of ['group', 'version', 'kind'] as const) {
    if (typeof object[field] === 'string' && object[field] !== '') {
      selector[field] = object[field];
    }
  }
  const name = anchored(object.name);
  if (name) {
    selector.name = name;
  }
  const namespace = anchored(object.namespace);
  if (namespace) {
    selector.namespace = namespace;
  }
  for (const field of ['labelSelector', 'annotationSelector'] as const) {
    if (typeof object[field] === 'string') {
      const parsed = parseSelectorString(object[field]);
      if ('selector' in parsed) {
        selector[field] = parsed.selector;
      }
    }
  }
  return selector;
}

function selects(selector: TargetSelector, identity: ObjectIdentity): boolean {
  if (selector.kind !== undefined && selector.kind !== identity.kind) {
    return false;
  }
  if (selector.group !== undefined && selector.group !== identity.group) {
    return false;
  }
  if (selector.version !== undefined && selector.version !== identity.version) {
    return false;
  }
  const { name, namespace, labelSelector, annotationSelector } = selector;
  if (name && !identity.names.some((candidate) => name.test(candidate))) {
    return false;
  }
  if (namespace && !identity.namespaces.some((candidate) => namespace.test(candidate))) {
    return false;
  }
  if (labelSelector && !selectorMatches(labelSelector, identity.labels)) {
    return false;
  }
  if (annotationSelector && !selectorMatches(annotationSelector, identity.annotations)) {
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Writers

/** An object document of a base (or a List item in one). */
class DocumentWriter implements Writer {
  readonly kind = undefined;

  constructor(
    private readonly positioned: PositionedDocument,
    private readonly root: Node,
  ) {}

  appliesTo(): boolean {
    return true;
  }

  spell(path: FieldPath, target: LocateTarget, rendered: JsonObject): Spelling {
    return spellIn(this.positioned, this.root, path, target, rendered);
  }
}

/** One document of a strategic-merge patch. */
class StrategicMergeWriter implements Writer {
  readonly kind: string | undefined;
  private readonly patchKind: string | undefined;
  private readonly patchGroup: string | undefined;
  private readonly patchName: string | undefined;
  private readonly patchNamespace: string | undefined;

  constructor(
    private readonly positioned: PositionedDocument,
    value: JsonObject,
    private readonly target: TargetSelector | undefined,
  ) {
    this.patchKind = typeof value.kind === 'string' ? value.kind : undefined;
    this.patchGroup =
      typeof value.apiVersion === 'string' ? splitApiVersion(value.apiVersion).group : undefined;
    const metadata = asObject(value.metadata);
    this.patchName = typeof metadata?.name === 'string' ? metadata.name : undefined;
    this.patchNamespace = typeof metadata?.namespace === 'string' ? metadata.namespace : undefined;
    this.kind = target ? target.kind : this.patchKind;
  }

  appliesTo(identity: ObjectIdentity): boolean {
    if (this.target) {
      return selects(this.target, identity);
    }
    return (
      this.patchKind === identity.kind &&
      (this.patchGroup === undefined || this.patchGroup === identity.group) &&
      this.patchName !== undefined &&
      identity.names.includes(this.patchName) &&
      (this.patchNamespace === undefined || identity.namespaces.includes(this.patchNamespace))
    );
  }

  spell(path: FieldPath, target: LocateTarget, rendered: JsonObject): Spelling | undefined {
    const root = this.positioned.document.contents;
    if (!root || isIdentityField(path)) {
      return undefined;
    }
    return spellIn(this.positioned, root, path, target, rendered);
  }
}

/**
 * A strategic-merge patch restates apiVersion, kind, name and namespace to say which object
 * it patches; it does not set them, so findings on those fields stay with the base.
 */
function isIdentityField(path: FieldPath): boolean {
  return (
    (path.length === 1 && (path[0] === 'apiVersion' || path[0] === 'kind')) ||
    (path.length === 2 && path[0] === 'metadata' && (path[1] === 'name' || path[1] === 'namespace'))
  );
}

interface JsonPointerMatch {
  /** Segments of the requested path the pointer covers. */
  length: number;
}

/** Whether a JSON pointer names `path` or one of its ancestors. */
function pointerCovers(
  pointer: string,
  path: FieldPath,
  rendered: JsonObject,
): JsonPointerMatch | undefined {
  if (pointer !== '' && !pointer.startsWith('/')) {
    return undefined;
  }
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (segments.length > path.length) {
    return undefined;
  }
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    const wanted = path[index];
    if (typeof wanted === 'number') {
      if (segment === '-') {
        // Appended: the last item, unless something was appended after it.
        const list = asArray(getPath(rendered, path.slice(0, index)));
        if (wanted !== list.length - 1) {
          return undefined;
        }
      } else if (segment !== String(wanted)) {
        return undefined;
      }
    } else if (segment !== wanted) {
      return undefined;
    }
  }
  return { length: segments.length };
}

/** The operations of a JSON 6902 patch; later operations win. */
class JsonPatchWriter implements Writer {
  readonly kind: string | undefined;

  constructor(
    private readonly positioned: PositionedDocument,
    private readonly operations: YAMLSeq,
    private readonly target: TargetSelector,
  ) {
    this.kind = target.kind;
  }

  appliesTo(identity: ObjectIdentity): boolean {
    return selects(this.target, identity);
  }

  spell(path: FieldPath, target: LocateTarget, rendered: JsonObject): Spelling | undefined {
    let best: Spelling | undefined;
    for (const item of [...this.operations.items].reverse()) {
      if (!isMap(item)) {
        continue;
      }
      const op = item.get('op');
      const pointer = pairIn(item, 'path');
      if (typeof op !== 'string' || !pointer || !isScalar(pointer.value)) {
        continue;
      }
      const covered = pointerCovers(String(pointer.value.value), path, rendered);
      if (!covered) {
        continue;
      }
      if (op === 'copy' || op === 'move') {
        if (covered.length === path.length || !best) {
          return {
            depth: path.length,
            range: rangeOf(this.positioned, pointer.value),
            opaque: true,
          };
        }
        continue;
      }
      if (op !== 'add' && op !== 'replace') {
        continue;
      }
      const value = pairIn(item, 'value');
      if (!value) {
        continue;
      }
      const inner = path.slice(covered.length);
      if (inner.length === 0) {
        const node = target === 'key' ? pointer.value : value.value;
        return {
          depth: path.length,
          range: rangeOf(this.positioned, node),
          value: nodeValue(this.positioned, value.value),
        };
      }
      const spelled = spellIn(
        this.positioned,
        value.value,
        inner,
        target,
        rendered,
        path.slice(0, covered.length),
        covered.length,
      );
      if (spelled.depth === path.length) {
        return spelled;
      }
      if (!best || spelled.depth > best.depth) {
        best = spelled;
      }
    }
    return best;
  }
}

const REPLICA_KINDS = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);

/** One `replicas:` entry of a kustomization (`{name, count}`). */
class ReplicasWriter implements Writer {
  readonly kind = undefined;

  constructor(
    private readonly positioned: PositionedDocument,
    private readonly name: string,
    private readonly count: { key: Node; value: Node },
  ) {}

  appliesTo(identity: ObjectIdentity): boolean {
    return REPLICA_KINDS.has(identity.kind) && identity.names.includes(this.name);
  }

  spell(path: FieldPath, target: LocateTarget): Spelling | undefined {
    if (path.length !== 2 || path[0] !== 'spec' || path[1] !== 'replicas') {
      return undefined;
    }
    return {
      depth: 2,
      range: rangeOf(this.positioned, target === 'key' ? this.count.key : this.count.value),
      value: nodeValue(this.positioned, this.count.value),
    };
  }
}

const IMAGE_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

function splitImage(image: string): { name: string; tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at === -1 ? undefined : image.slice(at + 1);
  const rest = at === -1 ? image : image.slice(0, at);
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  const result: { name: string; tag?: string; digest?: string } = {
    name: hasTag ? rest.slice(0, colon) : rest,
  };
  if (hasTag) {
    result.tag = rest.slice(colon + 1);
  }
  if (digest !== undefined) {
    result.digest = digest;
  }
  return result;
}

/** One `images:` entry of a kustomization (`{name, newName, newTag, digest}`). */
class ImagesWriter implements Writer {
  readonly kind = undefined;

  constructor(
    private readonly positioned: PositionedDocument,
    private readonly entry: JsonObject,
    private readonly node: Node,
  ) {}

  appliesTo(): boolean {
    return true;
  }

  spell(path: FieldPath, target: LocateTarget, rendered: JsonObject): Spelling | undefined {
    const list = path[path.length - 3];
    if (
      path[path.length - 1] !== 'image' ||
      typeof path[path.length - 2] !== 'number' ||
      typeof list !== 'string' ||
      !IMAGE_LISTS.has(list)
    ) {
      return undefined;
    }
    const image = getPath(rendered, path);
    if (typeof image !== 'string') {
      return undefined;
    }
    const { name, newName, newTag, digest } = this.entry;
    const parts = splitImage(image);
    const expectedName = typeof newName === 'string' ? newName : name;
    if (parts.name !== expectedName) {
      return undefined;
    }
    if (newTag !== undefined && parts.tag !== String(newTag)) {
      return undefined;
    }
    if (digest !== undefined && parts.digest !== String(digest)) {
      return undefined;
    }
    const field =
      (newTag !== undefined && pairIn(this.node, 'newTag')) ||
      (digest !== undefined && pairIn(this.node, 'digest')) ||
      (newName !== undefined && pairIn(this.node, 'newName')) ||
      undefined;
    if (!field) {
      return undefined;
    }
    return {
      depth: path.length,
      range: rangeOf(this.positioned, target === 'key' ? field.key : field.value),
      value: image,
    };
  }
}

const GENERATOR_FIELDS: Readonly<Record<string, { field: string; kind: string }>> = {
  ConfigMapGenerator: { field: 'configMapGenerator', kind: 'ConfigMap' },
  SecretGenerator: { field: 'secretGenerator', kind: 'Secret' },
};

/** A `configMapGenerator`/`secretGenerator` entry: the "base" of a generated object. */
class GeneratorWriter implements Writer {
  readonly kind = undefined;

  constructor(
    private readonly positioned: PositionedDocument,
    private readonly entry: JsonObject,
    private readonly node: Node,
  ) {}

  appliesTo(): boolean {
    return true;
  }

  spell(path: FieldPath, target: LocateTarget, rendered: JsonObject): Spelling | undefined {
    const name = pairIn(this.node, 'name');
    const anchor = name?.value ?? this.node;
    if (path.length === 2 && path[0] === 'metadata' && path[1] === 'name' && name) {
      return {
        depth: 2,
        range: rangeOf(this.positioned, target === 'key' ? name.key : name.value),
        value: this.entry.name,
      };
    }
    const key = path[1];
    if (
      path.length === 2 &&
      typeof key === 'string' &&
      (path[0] === 'data' || path[0] === 'binaryData')
    ) {
      const literals = pairIn(this.node, 'literals')?.value;
      if (isSeq(literals)) {
        for (const literal of literals.items) {
          if (isScalar(literal) && String(literal.value).startsWith(`${key}=`)) {
            return {
              depth: 2,
              range: rangeOf(this.positioned, literal),
              value: getPath(rendered, path),
            };
          }
        }
      }
      for (const field of ['files', 'envs', 'env']) {
        const files = pairIn(this.node, field)?.value;
        const items = isSeq(files) ? files.items : isScalar(files) ? [files] : [];
        for (const file of items) {
          if (!isScalar(file)) {
            continue;
          }
          const text = String(file.value);
          if (text.startsWith(`${key}=`) || text.split('/').pop() === key) {
            return { depth: 2, range: rangeOf(this.positioned, file), opaque: true };
          }
        }
      }
    }
    return { depth: 0, range: rangeOf(this.positioned, anchor) };
  }
}

// ---------------------------------------------------------------------------------------
// The kustomizations of one render

/** One kustomization (or component) of the render, read once. */
interface KustomizationNode {
  kustomization: Kustomization;
  positioned: PositionedDocument | undefined;
  prefix: string;
  suffix: string;
  /** Its patches, replicas and images, in the order Kustomize applies them. */
  writers: Writer[];
  components: KustomizationNode[];
}

/** A kustomization in the chain from an object's base to the rendered overlay. */
interface Level {
  node: KustomizationNode;
  /** The node's components' writers, then its own (components run first). */
  writers: Writer[];
  prefix: string;
  suffix: string;
  byKind: Map<string, Writer[]>;
}

/** Levels from the one that lists the object's file (first) up to the rendered root (last). */
type Chain = readonly Level[];

function writersForKind(level: Level, kind: string): Writer[] {
  let writers = level.byKind.get(kind);
  if (!writers) {
    writers = level.writers.filter((writer) => writer.kind === undefined || writer.kind === kind);
    level.byKind.set(kind, writers);
  }
  return writers;
}

function rename(name: string, chain: Chain, from: number): string {
  let result = name;
  for (let index = from; index < chain.length; index++) {
    const level = chain[index] as Level;
    result = `${level.prefix}${result}${level.suffix}`;
  }
  return result;
}

/** A rendered name is the source name with prefixes, suffixes and maybe a content hash. */
function sameName(rendered: string, renamed: string): boolean {
  return (
    rendered === renamed ||
    (rendered.startsWith(`${renamed}-`) &&
      /^[a-z0-9]{10}$/.test(rendered.slice(renamed.length + 1)))
  );
}

function sameScalar(rendered: unknown, spelled: unknown, chain: Chain, level: number): boolean {
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

/** Where a rendered object's base is: its document (or generator entry) and chain. */
interface ResolvedBase {
  file: SourceFile;
  ordinal: number;
  chain: Chain;
  /** Name and namespace as the base spells them. */
  name: string;
  namespace: string | undefined;
  base: () => Writer | undefined;
}

interface Candidate {
  ordinal: number;
  /** Path of the object inside its document ([] or ['items', i] in a List). */
  basePath: FieldPath;
  name: string;
  namespace: string | undefined;
  apiVersion: unknown;
}

export interface ObjectLocator {
  file: SourceFile;
  ordinal: number;
  locate: ManifestLocator;
}

/** The sources of one Kustomize render, read once; locators for its objects. */
export class KustomizeSourceMap {
  private readonly nodes = new Map<string, KustomizationNode | null>();
  /** Real path of a resource file → the chains that include it. */
  private readonly fileChains = new Map<string, Chain[]>();
  /** Real path of a kustomization file → the chains starting at its level. */
  private readonly nodeChains = new Map<string, Chain[]>();
  private readonly levels = new Map<KustomizationNode, Level>();

  private constructor(private readonly sources: SourceCache) {}

  /** Reads the kustomization of `directory` and everything it builds from. */
  static build(directory: string, sources: SourceCache): KustomizeSourceMap {
    const map = new KustomizeSourceMap(sources);
    map.visit(directory, [], new Set());
    return map;
  }

  /** The source files the map read (kustomizations, patches, resources). */
  get files(): SourceFile[] {
    const files: SourceFile[] = [];
    for (const node of this.nodes.values()) {
      if (node) {
        files.push(node.kustomization.file);
      }
    }
    return files;
  }

  private node(directory: string): KustomizationNode | undefined {
    const real = realPath(directory);
    if (!this.nodes.has(real)) {
      this.nodes.set(real, null);
      const kustomization = readKustomization(directory, this.sources);
      this.nodes.set(real, kustomization ? this.readNode(kustomization) : null);
    }
    return this.nodes.get(real) ?? undefined;
  }

  private level(node: KustomizationNode): Level {
    let level = this.levels.get(node);
    if (!level) {
      const components = flattenComponents(node);
      level = {
        node,
        writers: [...components.flatMap((component) => component.writers), ...node.writers],
        prefix: `${node.prefix}${components
          .map((component) => component.prefix)
          .reverse()
          .join('')}`,
        suffix: `${components.map((component) => component.suffix).join('')}${node.suffix}`,
        byKind: new Map(),
      };
      this.levels.set(node, level);
    }
    return level;
  }

  private visit(directory: string, outer: Chain, stack: Set<string>): void {
    const real = realPath(directory);
    const node = this.node(directory);
    if (!node || stack.has(real) || stack.size > 64) {
      return;
    }
    stack.add(real);
    const chain: Chain = [this.level(node), ...outer];
    for (const member of [node, ...flattenComponents(node)]) {
      push(this.nodeChains, realPath(member.kustomization.file.absolutePath ?? ''), chain);
      for (const reference of localReferences(member.kustomization)) {
        if (reference.field === 'components') {
          continue;
        }
        if (reference.isDirectory) {
          this.visit(reference.absolutePath, chain, stack);
        } else {
          push(this.fileChains, realPath(reference.absolutePath), chain);
        }
      }
    }
    stack.delete(real);
  }

  private readNode(kustomization: Kustomization): KustomizationNode {
    const document = kustomization.document;
    const positioned: PositionedDocument | undefined = document
      ? { file: kustomization.file, document, shift: 0 }
      : undefined;
    const fields = kustomization.fields;
    const node: KustomizationNode = {
      kustomization,
      positioned,
      prefix: typeof fields.namePrefix === 'string' ? fields.namePrefix : '',
      suffix: typeof fields.nameSuffix === 'string' ? fields.nameSuffix : '',
      writers: positioned ? this.readWriters(kustomization, positioned) : [],
      components: [],
    };
    for (const reference of localReferences(kustomization)) {
      if (reference.field === 'components' && reference.isDirectory) {
        const component = this.node(reference.absolutePath);
        if (component) {
          node.components.push(component);
        }
      }
    }
    return node;
  }

  /** Patches, replicas and images of a kustomization, in Kustomize's order of application. */
  private readWriters(kustomization: Kustomization, positioned: PositionedDocument): Writer[] {
    const fields = kustomization.fields;
    const writers: Writer[] = [];
    asArray(fields.patchesStrategicMerge).forEach((entry, index) => {
      if (typeof entry !== 'string') {
        return;
      }
      const node = kustomizationNode(kustomization, ['patchesStrategicMerge', index]);
      const file = patchFile(kustomization, entry);
      const documents = file
        ? this.fileDocuments(file)
        : inlineDocuments(kustomization, node, entry);
      writers.push(...patchWriters(documents, undefined));
    });
    asArray(fields.patches).forEach((entry, index) => {
      writers.push(...this.patchEntryWriters(kustomization, 'patches', index, entry));
    });
    asArray(fields.patchesJson6902).forEach((entry, index) => {
      writers.push(...this.patchEntryWriters(kustomization, 'patchesJson6902', index, entry));
    });
    asArray(fields.replicas).forEach((entry, index) => {
      const name = asObject(entry)?.name;
      const count = pairIn(kustomizationNode(kustomization, ['replicas', index]), 'count');
      if (typeof name === 'string' && count) {
        writers.push(new ReplicasWriter(positioned, name, count));
      }
    });
    asArray(fields.images).forEach((entry, index) => {
      const object = asObject(entry);
      const node = kustomizationNode(kustomization, ['images', index]);
      if (object && typeof object.name === 'string' && node) {
        writers.push(new ImagesWriter(positioned, object, node));
      }
    });
    return writers;
  }

  private patchEntryWriters(
    kustomization: Kustomization,
    field: string,
    index: number,
    entry: unknown,
  ): Writer[] {
    const object = asObject(entry);
    if (!object) {
      return [];
    }
    const target = readSelector(object.target);
    let documents: PositionedDocument[] = [];
    if (typeof object.path === 'string') {
      const file = patchFile(kustomization, object.path);
      documents = file ? this.fileDocuments(file) : [];
    } else if (typeof object.patch === 'string') {
      const node = kustomizationNode(kustomization, [field, index, 'patch']);
      documents = inlineDocuments(kustomization, node, object.patch);
    }
    return patchWriters(documents, target);
  }

  private fileDocuments(absolutePath: string): PositionedDocument[] {
    const file = this.sources.file(absolutePath);
    if (!file) {
      return [];
    }
    return file
      .yaml()
      .documents.filter((document) => document.errors.length === 0 && !isNullDocument(document))
      .map((document) => ({ file, document, shift: 0 }));
  }

  /**
   * Finds the base of a rendered object (the document of its origin file, or its generator
   * entry) and returns the locator for its fields; undefined when the origin is unknown.
   */
  locatorFor(object: JsonObject, origin: Origin | undefined): ObjectLocator | undefined {
    const resolved = this.resolve(object, origin);
    if (!resolved) {
      return undefined;
    }
    let writers: Array<{ writer: Writer; level: number }> | undefined;
    const applicable = (): Array<{ writer: Writer; level: number }> => {
      writers ??= this.applicableWriters(object, resolved);
      return writers;
    };
    return {
      file: resolved.file,
      ordinal: resolved.ordinal,
      locate: (path, target) => locateField(object, path, target, applicable(), resolved.chain),
    };
  }

  private resolve(object: JsonObject, origin: Origin | undefined): ResolvedBase | undefined {
    const kind = typeof object.kind === 'string' ? object.kind : '';
    const renderedName = String(asObject(object.metadata)?.name ?? '');
    if (origin?.file) {
      const file = this.sources.file(origin.file);
      if (!file) {
        return undefined;
      }
      // Same kind and apiVersion first: a file may hold policy/v1 and policy/v1beta1 objects
      // of one name.
      const ofKind = this.candidates(origin.file, kind);
      const sameVersion = ofKind.filter((entry) => entry.apiVersion === object.apiVersion);
      const candidates = sameVersion.length > 0 ? sameVersion : ofKind;
      const chains = this.fileChains.get(realPath(origin.file)) ?? [[]];
      let match: { candidate: Candidate; chain: Chain } | undefined;
      for (const chain of chains) {
        const candidate = candidates.find((entry) =>
          sameName(renderedName, rename(entry.name, chain, 0)),
        );
        if (candidate) {
          match = { candidate, chain };
          break;
        }
      }
      if (!match) {
        const candidate = closestByName(candidates, renderedName);
        if (!candidate) {
          return undefined;
        }
        match = { candidate, chain: chains[0] ?? [] };
      }
      const { candidate, chain } = match;
      return {
        file,
        ordinal: candidate.ordinal,
        chain,
        name: candidate.name,
        namespace: candidate.namespace,
        base: () => {
          const document = documentByOrdinal(file, candidate.ordinal);
          if (!document?.contents) {
            return undefined;
          }
          const positioned: PositionedDocument = { file, document, shift: 0 };
          const root = candidate.basePath.length
            ? (document.getIn(candidate.basePath, true) as Node | undefined)
            : document.contents;
          return root ? new DocumentWriter(positioned, root) : undefined;
        },
      };
    }
    const generator = origin?.generator ? GENERATOR_FIELDS[origin.generator] : undefined;
    if (origin?.configuredIn && generator && generator.kind === kind) {
      return this.resolveGenerated(origin.configuredIn, generator.field, renderedName);
    }
    return undefined;
  }

  private resolveGenerated(
    kustomizationFile: string,
    field: string,
    renderedName: string,
  ): ResolvedBase | undefined {
    const node = this.node(path.dirname(kustomizationFile));
    const positioned = node?.positioned;
    if (!node || !positioned) {
      return undefined;
    }
    const chains = this.nodeChains.get(realPath(kustomizationFile)) ?? [[this.level(node)]];
    const entries = asArray(node.kustomization.fields[field]);
    for (const chain of chains) {
      for (let index = 0; index < entries.length; index++) {
        const entry = asObject(entries[index]);
        const entryNode = kustomizationNode(node.kustomization, [field, index]);
        if (
          entry &&
          entryNode &&
          typeof entry.name === 'string' &&
          sameName(renderedName, rename(entry.name, chain, 0))
        ) {
          return {
            file: node.kustomization.file,
            ordinal: 0,
            chain,
            name: entry.name,
            namespace: typeof entry.namespace === 'string' ? entry.namespace : undefined,
            base: () => new GeneratorWriter(positioned, entry, entryNode),
          };
        }
      }
    }
    const fieldNode = kustomizationNode(node.kustomization, [field]);
    return {
      file: node.kustomization.file,
      ordinal: 0,
      chain: chains[0] ?? [],
      name: renderedName,
      namespace: undefined,
      base: () => (fieldNode ? new GeneratorWriter(positioned, {}, fieldNode) : undefined),
    };
  }

  /** Objects of a kind in a file, List items included. */
  private candidates(file: string, kind: string): Candidate[] {
    const candidates: Candidate[] = [];
    for (const document of this.sources.documents(file)) {
      const value = asObject(document.value);
      if (!value) {
        continue;
      }
      if (value.kind === kind) {
        candidates.push({
          ordinal: document.ordinal,
          basePath: [],
          name: nameOf(value),
          namespace: namespaceOf(value),
          apiVersion: value.apiVersion,
        });
      } else if (typeof value.kind === 'string' && value.kind.endsWith('List')) {
        asArray(value.items).forEach((item, index) => {
          const itemObject = asObject(item);
          if (itemObject?.kind === kind) {
            candidates.push({
              ordinal: document.ordinal,
              basePath: ['items', index],
              name: nameOf(itemObject),
              namespace: namespaceOf(itemObject),
              apiVersion: itemObject.apiVersion,
            });
          }
        });
      }
    }
    return candidates;
  }

  /** The base, then every writer that applies, in the order Kustomize applied them. */
  private applicableWriters(
    object: JsonObject,
    resolved: ResolvedBase,
  ): Array<{ writer: Writer; level: number }> {
    const result: Array<{ writer: Writer; level: number }> = [];
    const base = resolved.base();
    if (base) {
      result.push({ writer: base, level: 0 });
    }
    const kind = typeof object.kind === 'string' ? object.kind : '';
    const { group, version } = splitApiVersion(object.apiVersion);
    const metadata = asObject(object.metadata);
    const renderedName = typeof metadata?.name === 'string' ? metadata.name : '';
    const names = [resolved.name];
    const namespaces = [
      ...new Set(
        [resolved.namespace, metadata?.namespace].filter(
          (namespace): namespace is string => typeof namespace === 'string',
        ),
      ),
    ];
    resolved.chain.forEach((level, index) => {
      names.push(`${level.prefix}${names[index] ?? ''}${level.suffix}`);
      const identity: ObjectIdentity = {
        group,
        version,
        kind,
        names: [...new Set([...names, renderedName])],
        namespaces,
        labels: stringMap(metadata?.labels),
        annotations: stringMap(metadata?.annotations),
      };
      for (const writer of writersForKind(level, kind)) {
        if (writer.appliesTo(identity)) {
          result.push({ writer, level: index });
        }
      }
    });
    return result;
  }
}

function nameOf(object: JsonObject): string {
  const name = asObject(object.metadata)?.name;
  return typeof name === 'string' ? name : '';
}

function namespaceOf(object: JsonObject): string | undefined {
  const namespace = asObject(object.metadata)?.namespace;
  return typeof namespace === 'string' ? namespace : undefined;
}

/** The candidate whose name the rendered name contains, longest first (prefixes added). */
function closestByName(
  candidates: readonly Candidate[],
  renderedName: string,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (candidate.name === renderedName) {
      return candidate;
    }
    if (
      renderedName.includes(candidate.name) &&
      candidate.name.length > (best?.name.length ?? -1)
    ) {
      best = candidate;
    }
  }
  return best ?? candidates[0];
}

/**
 * Decides which source spells a field of the rendered object: the last writer (in order of
 * application) whose spelling holds the rendered value. See the comment at the top.
 */
function locateField(
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

function flattenComponents(
  node: KustomizationNode,
  seen = new Set<KustomizationNode>(),
): KustomizationNode[] {
  const result: KustomizationNode[] = [];
  for (const component of node.components) {
    if (seen.has(component)) {
      continue;
    }
    seen.add(component);
    result.push(...flattenComponents(component, seen), component);
  }
  return result;
}

function patchWriters(
  documents: readonly PositionedDocument[],
  target: TargetSelector | undefined,
): Writer[] {
  const writers: Writer[] = [];
  for (const positioned of documents) {
    const contents = positioned.document.contents;
    if (isSeq(contents)) {
      if (target) {
        writers.push(new JsonPatchWriter(positioned, contents, target));
      }
      continue;
    }
    let value: unknown;
    try {
      value = positioned.document.toJS({ maxAliasCount: 1000 });
    } catch {
      continue;
    }
    const object = asObject(value);
    if (object) {
      writers.push(new StrategicMergeWriter(positioned, object, target));
    }
  }
  return writers;
}

/** A patch entry's file, when the entry names one (inline patches hold YAML instead). */
function patchFile(kustomization: Kustomization, entry: string): string | undefined {
  if (entry.includes('\n')) {
    return undefined;
  }
  const candidate = path.resolve(kustomization.directory, entry.trim());
  try {
    return fs.statSync(candidate).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The documents of an inline patch, positioned in the kustomization file. A block literal
 * (`patch: |-`) is parsed from the file text itself, de-indented with spaces moved to the
 * line ends, so every offset maps back by the indentation; other scalars point at the
 * `patch:` value.
 */
function inlineDocuments(
  kustomization: Kustomization,
  node: Node | undefined,
  text: string,
): PositionedDocument[] {
  const file = kustomization.file;
  if (isScalar(node) && node.type === 'BLOCK_LITERAL' && node.range) {
    const source = file.text;
    const headerEnd = source.indexOf('\n', node.range[0]);
    const contentStart = headerEnd === -1 ? node.range[1] : headerEnd + 1;
    const contentEnd = node.range[1];
    const lines = source.slice(contentStart, contentEnd).split('\n');
    const indent = Math.min(
      ...lines
        .filter((line) => line.trim() !== '')
        .map((line) => /^ */.exec(line)?.[0].length ?? 0),
    );
    if (Number.isFinite(indent)) {
      const shadow =
        source.slice(0, contentStart).replace(/[^\n]/g, ' ') +
        lines
          .map((line) => {
            const carriage = line.endsWith('\r') ? '\r' : '';
            const body = carriage ? line.slice(0, -1) : line;
            return body.trim() === ''
              ? ' '.repeat(body.length) + carriage
              : body.slice(indent) + ' '.repeat(indent) + carriage;
          })
          .join('\n') +
        source.slice(contentEnd).replace(/[^\n]/g, ' ');
      const parsed = parseAllDocuments(shadow, YAML_PARSE_OPTIONS);
      return (Array.isArray(parsed) ? parsed : [])
        .filter((document) => document.errors.length === 0 && !isNullDocument(document))
        .map((document) => ({ file, document, shift: indent }));
    }
  }
  const fallbackNode = node ?? kustomization.document?.contents ?? undefined;
  const [start, end] = fallbackNode?.range ?? [0, 1];
  const fallback: SourceRange = { file, start, end: Math.max(end, start + 1) };
  const parsed = parseAllDocuments(text, YAML_PARSE_OPTIONS);
  return (Array.isArray(parsed) ? parsed : [])
    .filter((document) => document.errors.length === 0 && !isNullDocument(document))
    .map((document) => ({ file, document, shift: 0, fallback }));
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}
