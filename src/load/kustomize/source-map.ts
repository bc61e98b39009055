import fs from 'node:fs';
import path from 'node:path';
import { type Node } from 'yaml';
import {
  kustomizationNode,
  localReferences,
  readKustomization,
  type Kustomization,
  type SourceCache,
} from './kustomization.js';
import type { Origin } from './render.js';
import { documentByOrdinal, type FieldPath } from '../../source/locate.js';
import { isNullDocument } from '../../source/parse.js';
import { type SourceFile } from '../../source/source-file.js';
import { asArray, asObject, type JsonObject, type ManifestLocator } from '../../k8s/manifest.js';
import {
  type ObjectIdentity,
  type Writer,
  type PositionedDocument,
  pairIn,
  stringMap,
  splitApiVersion,
} from './spelling.js';
import { readSelector } from './patch-targets.js';
import {
  DocumentWriter,
  ReplicasWriter,
  ImagesWriter,
  GENERATOR_FIELDS,
  GeneratorWriter,
  patchWriters,
  patchFile,
  inlineDocuments,
} from './patch-writers.js';
import {
  type KustomizationNode,
  type Level,
  type Chain,
  writersForKind,
  rename,
  sameName,
  locateField,
} from './chain.js';

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
 *
 * One job, one class: the YAML walking, patch targets, writers and the chain are their own
 * files; what is left (reading the render's kustomizations once and resolving an object to its
 * base) is one state machine, a little past 500 lines.
 */

// ---------------------------------------------------------------------------------------
// The kustomizations of one render

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
