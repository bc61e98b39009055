import { type FieldPath, type LocateTarget, type SourceRange } from '../source/locate.js';
import type { SourceFile } from '../source/source-file.js';
import { POD_TEMPLATE_PATHS } from './pod-templates.js';

/** A JSON value as read from YAML: untrusted until a rule narrows it. */
export type JsonObject = { readonly [key: string]: unknown };

/** The identity of an object as users see it in findings. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name?: string;
}

/** Finds where a field of a manifest comes from. */
export type ManifestLocator = (path: FieldPath, target: LocateTarget) => SourceRange | undefined;

/**
 * Kinds that live outside namespaces: every cluster-scoped kind of the Kubernetes API
 * (`kubectl api-resources --namespaced=false`, including removed ones a set may still hold),
 * and those of widely used operators. A kind missing here would be described as "in
 * namespace default" and compared across namespaces as if it had one.
 */
const CLUSTER_SCOPED_KINDS = new Set([
  // Kubernetes
  'APIService',
  'AuditSink',
  'CertificateSigningRequest',
  'ClusterCIDR',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterTrustBundle',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'DeviceClass',
  'FlowSchema',
  'IngressClass',
  'InitializerConfiguration',
  'IPAddress',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'ResourceSlice',
  'RuntimeClass',
  'SelfSubjectAccessReview',
  'SelfSubjectReview',
  'SelfSubjectRulesReview',
  'ServiceCIDR',
  'StorageClass',
  'StorageVersion',
  'StorageVersionMigration',
  'SubjectAccessReview',
  'TokenReview',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeAttributesClass',
  // Operators: cert-manager, KEDA, Kyverno (and NVIDIA's GPU operator ClusterPolicy),
  // External Secrets, Kueue, KServe, Google Managed Prometheus, Gatekeeper.
  'ClusterIssuer',
  'ClusterTriggerAuthentication',
  'ClusterPolicy',
  'ClusterCleanupPolicy',
  'ClusterPolicyReport',
  'ClusterSecretStore',
  'ClusterExternalSecret',
  'ClusterQueue',
  'ResourceFlavor',
  'Cohort',
  'ClusterServingRuntime',
  'ClusterStorageContainer',
  'ClusterPodMonitoring',
  'ClusterRules',
  'ConstraintTemplate',
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED_KINDS.has(kind);
}

/** What identifies an object, as read from it (see `identityOf`). */
export interface ObjectIdentity {
  /** '' when not a string. */
  apiVersion: string;
  /** '' when not a string. */
  kind: string;
  /** metadata.name; '' when not a string. */
  name: string;
  /** metadata.namespace when a non-empty string. */
  namespace: string | undefined;
}

/** An object's identity as the Manifest constructor reads it. */
export function identityOf(object: JsonObject): ObjectIdentity {
  const metadata = asObject(object.metadata);
  const namespace = metadata?.namespace;
  return {
    apiVersion: typeof object.apiVersion === 'string' ? object.apiVersion : '',
    kind: typeof object.kind === 'string' ? object.kind : '',
    name: typeof metadata?.name === 'string' ? metadata.name : '',
    namespace: typeof namespace === 'string' && namespace !== '' ? namespace : undefined,
  };
}

type SketchedPaths = readonly (readonly string[])[];

/** What a core workload's label index and replica count read, under its pod template path. */
function workloadSketch(templatePath: FieldPath): SketchedPaths {
  return [
    [...(templatePath as readonly string[]), 'metadata', 'labels'],
    ['spec', 'replicas'],
    ['spec', 'ordinals'],
  ];
}

/**
 * The fields, by kind, that the set's per-namespace indexes read from every object of a
 * namespace: a workload's pod template labels and replica count, a Service's labels, what
 * an autoscaler targets and its bounds, what a VPA targets, what a PodDisruptionBudget
 * selects. A rule asking about one object builds such an index over its whole namespace;
 * the lint cache keeps these fields beside each identity (the object's sketch), so that a
 * deferred object answers them without its file being decoded. By kind name only, like the
 * indexes; no path is a prefix of another of its kind.
 */
const SKETCHED_PATHS: Readonly<Record<string, SketchedPaths>> = {
  ...Object.fromEntries(
    Object.entries(POD_TEMPLATE_PATHS).map(([kind, template]) => [kind, workloadSketch(template)]),
  ),
  Service: [['metadata', 'labels']],
  HorizontalPodAutoscaler: [
    ['spec', 'scaleTargetRef'],
    ['spec', 'minReplicas'],
    ['spec', 'maxReplicas'],
  ],
  ScaledObject: [
    ['spec', 'scaleTargetRef'],
    ['spec', 'minReplicaCount'],
    ['spec', 'maxReplicaCount'],
  ],
  VerticalPodAutoscaler: [['spec', 'targetRef']],
  PodDisruptionBudget: [['spec', 'selector']],
};

/**
 * An object's sketched fields (see SKETCHED_PATHS) as written, in a tree of their own: for
 * a path that starts with one of them, getPath on the sketch gives what it gives on the
 * object.
 */
export type ObjectSketch = Readonly<Record<string, unknown>>;

/** The sketched paths of a kind, if it has any. */
export function sketchedPaths(kind: string): SketchedPaths | undefined {
  return Object.prototype.hasOwnProperty.call(SKETCHED_PATHS, kind)
    ? SKETCHED_PATHS[kind]
    : undefined;
}

/** An object's sketch, when its kind has sketched paths. */
export function sketchOf(object: JsonObject): ObjectSketch | undefined {
  const paths = typeof object.kind === 'string' ? sketchedPaths(object.kind) : undefined;
  if (paths === undefined) {
    return undefined;
  }
  const sketch: Record<string, unknown> = {};
  for (const path of paths) {
    const value = getPath(object, path);
    if (value === undefined) {
      continue;
    }
    // Every step before the last is an object in `object` (getPath found the value).
    let parent = sketch;
    for (const segment of path.slice(0, -1)) {
      parent[segment] ??= {};
      parent = parent[segment] as Record<string, unknown>;
    }
    parent[path[path.length - 1] as string] = value;
  }
  return sketch;
}

/** Whether `path` starts with one of `prefixes`. */
function startsWithAny(path: FieldPath, prefixes: SketchedPaths): boolean {
  return prefixes.some(
    (prefix) =>
      path.length >= prefix.length && prefix.every((segment, index) => path[index] === segment),
  );
}

/** The content of deferred objects: the documents of one file, decoded on first use. */
export interface DeferredContent {
  /** The object at a document index; must be the object its DeferredObject was read from. */
  objectAt(index: number): JsonObject;
  /**
   * The sketchOf of an object, by the slot its DeferredObject names; undefined when it cannot
   * be read (the object is then decoded instead).
   */
  sketchAt(slot: number): ObjectSketch | undefined;
}

/**
 * An object known by its identity, its content read on first use: the lint cache keeps
 * identities apart from the content, so a run that looks at a few objects of a large set
 * decodes only those.
 */
export class DeferredObject implements ObjectIdentity {
  constructor(
    readonly apiVersion: string,
    readonly kind: string,
    readonly name: string,
    readonly namespace: string | undefined,
    readonly content: DeferredContent,
    readonly index: number,
    /** Where `content` keeps the object's sketch (see sketchAt); -1 when it has none. */
    readonly sketchSlot = -1,
  ) {}
}

/** One Kubernetes object of the linted set, with where it came from. */
export class Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** Effective namespace ('' for cluster-scoped kinds). */
  readonly namespace: string;
  /** Namespace as written, if any. */
  readonly declaredNamespace: string | undefined;
  private keyText: string | undefined;
  private loaded: JsonObject | undefined;
  /** Where a deferred object's content is (not the DeferredObject: it need not live on). */
  private readonly content: DeferredContent | undefined;
  private readonly contentIndex: number = -1;
  private readonly sketchSlot: number = -1;
  private sketch: ObjectSketch | undefined;
  private labelMap: Readonly<Record<string, string>> | undefined;
  private annotationMap: Readonly<Record<string, string>> | undefined;

  constructor(
    object: JsonObject | DeferredObject,
    readonly file: SourceFile,
    /** Ordinal of the document in the file (see ParsedDocument.ordinal). */
    readonly documentOrdinal: number,
    /** Path from the document root to this object: [] or ['items', i] for `kind: List`. */
    readonly basePath: FieldPath,
    defaultNamespace: string,
    private readonly customLocator?: ManifestLocator,
  ) {
    let identity: ObjectIdentity;
    if (object instanceof DeferredObject) {
      this.content = object.content;
      this.contentIndex = object.index;
      this.sketchSlot = object.sketchSlot;
      identity = object;
    } else {
      this.loaded = object;
      identity = identityOf(object);
    }
    this.apiVersion = identity.apiVersion;
    this.kind = identity.kind;
    this.name = identity.name;
    this.declaredNamespace = identity.namespace;
    this.namespace = isClusterScoped(this.kind) ? '' : (this.declaredNamespace ?? defaultNamespace);
  }

  /** `${kind}/${namespace}/${name}` */
  get key(): string {
    this.keyText ??= `${this.kind}/${this.namespace}/${this.name}`;
    return this.keyText;
  }

  /** The object as written (decoded on first use when deferred). */
  get object(): JsonObject {
    if (!this.loaded) {
      this.loaded = (this.content as DeferredContent).objectAt(this.contentIndex);
    }
    return this.loaded;
  }

  /** API group: '' for the core group. */
  get group(): string {
    const slash = this.apiVersion.indexOf('/');
    return slash === -1 ? '' : this.apiVersion.slice(0, slash);
  }

  get ref(): ObjectRef {
    const ref: ObjectRef = { apiVersion: this.apiVersion, kind: this.kind };
    if (this.namespace) {
      ref.namespace = this.namespace;
    }
    if (this.name) {
      ref.name = this.name;
    }
    return ref;
  }

  get labels(): Readonly<Record<string, string>> {
    this.labelMap ??= stringMap(this.get(['metadata', 'labels']));
    return this.labelMap;
  }

  get annotations(): Readonly<Record<string, string>> {
    this.annotationMap ??= stringMap(asObject(this.object.metadata)?.annotations);
    return this.annotationMap;
  }

  /** Value at a path, or undefined when any step is missing or of the wrong type. */
  get(path: FieldPath): unknown {
    if (this.loaded === undefined && this.sketchSlot !== -1) {
      const paths = sketchedPaths(this.kind);
      if (paths && startsWithAny(path, paths)) {
        this.sketch ??= (this.content as DeferredContent).sketchAt(this.sketchSlot);
        if (this.sketch !== undefined) {
          return getPath(this.sketch, path);
        }
      }
    }
    return getPath(this.object, path);
  }

  /**
   * Whether findings on this object may point into other files than `file` (a rendered
   * Kustomize object: a field may come from a patch). Plain objects are located in their file.
   */
  get locatesOutsideItsFile(): boolean {
    return this.customLocator !== undefined;
  }

  /** Where a field (or its nearest existing ancestor) is written. */
  locate(path: FieldPath, target: LocateTarget = 'value'): SourceRange | undefined {
    if (this.customLocator) {
      return this.customLocator(path, target);
    }
    return this.file.locateField(this.documentOrdinal, [...this.basePath, ...path], target);
  }

  /** Human-readable identity: `Deployment ns/name`. */
  toString(): string {
    return `${this.kind} ${this.namespace ? `${this.namespace}/` : ''}${this.name}`;
  }
}

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function getPath(value: unknown, path: FieldPath): unknown {
  let current: unknown = value;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) {
        return undefined;
      }
      current = current[segment];
    } else {
      const object = asObject(current);
      if (!object || !Object.prototype.hasOwnProperty.call(object, segment)) {
        return undefined;
      }
      current = object[segment];
    }
  }
  return current;
}

function stringMap(value: unknown): Record<string, string> {
  const object = asObject(value);
  const result: Record<string, string> = {};
  if (!object) {
    return result;
  }
  for (const [key, entry] of Object.entries(object)) {
    if (typeof entry === 'string') {
      result[key] = entry;
    } else if (typeof entry === 'number' || typeof entry === 'boolean') {
      result[key] = String(entry);
    }
  }
  return result;
}
