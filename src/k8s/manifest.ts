import { type FieldPath, type LocateTarget, type SourceRange } from '../source/locate.js';
import type { SourceFile } from '../source/source-file.js';

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

/** The content of deferred objects: the documents of one file, decoded on first use. */
export interface DeferredContent {
  /** The object at a document index; must be the object its DeferredObject was read from. */
  objectAt(index: number): JsonObject;
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
    this.labelMap ??= stringMap(asObject(this.object.metadata)?.labels);
    return this.labelMap;
  }

  get annotations(): Readonly<Record<string, string>> {
    this.annotationMap ??= stringMap(asObject(this.object.metadata)?.annotations);
    return this.annotationMap;
  }

  /** Value at a path, or undefined when any step is missing or of the wrong type. */
  get(path: FieldPath): unknown {
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
