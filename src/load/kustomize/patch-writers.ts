/*
 * The sources of field values in a Kustomize build, one `Writer` each: base documents,
 * strategic-merge and JSON 6902 patches, `replicas:`, `images:` and generator entries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments, type Node, type YAMLSeq } from 'yaml';
import { type Kustomization } from './kustomization.js';
import { type FieldPath, type LocateTarget, type SourceRange } from '../../source/locate.js';
import { isNullDocument } from '../../source/parse.js';
import { YAML_PARSE_OPTIONS } from '../../source/source-file.js';
import { asArray, asObject, getPath, type JsonObject } from '../../k8s/manifest.js';
import {
  type ObjectIdentity,
  type Spelling,
  type Writer,
  type PositionedDocument,
  rangeOf,
  nodeValue,
  spellIn,
  pairIn,
  splitApiVersion,
} from './spelling.js';
import { type TargetSelector, selects } from './patch-targets.js';

/** An object document of a base (or a List item in one). */
export class DocumentWriter implements Writer {
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
export class StrategicMergeWriter implements Writer {
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
export function isIdentityField(path: FieldPath): boolean {
  return (
    (path.length === 1 && (path[0] === 'apiVersion' || path[0] === 'kind')) ||
    (path.length === 2 && path[0] === 'metadata' && (path[1] === 'name' || path[1] === 'namespace'))
  );
}

export interface JsonPointerMatch {
  /** Segments of the requested path the pointer covers. */
  length: number;
}

/** Whether a JSON pointer names `path` or one of its ancestors. */
export function pointerCovers(
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
export class JsonPatchWriter implements Writer {
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

export const REPLICA_KINDS = new Set([
  'Deployment',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
]);

/** One `replicas:` entry of a kustomization (`{name, count}`). */
export class ReplicasWriter implements Writer {
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

export const IMAGE_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

export function splitImage(image: string): { name: string; tag?: string; digest?: string } {
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
export class ImagesWriter implements Writer {
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

export const GENERATOR_FIELDS: Readonly<Record<string, { field: string; kind: string }>> = {
  ConfigMapGenerator: { field: 'configMapGenerator', kind: 'ConfigMap' },
  SecretGenerator: { field: 'secretGenerator', kind: 'Secret' },
};

/** A `configMapGenerator`/`secretGenerator` entry: the "base" of a generated object. */
export class GeneratorWriter implements Writer {
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
export function patchWriters(
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
export function patchFile(kustomization: Kustomization, entry: string): string | undefined {
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
export function inlineDocuments(
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
