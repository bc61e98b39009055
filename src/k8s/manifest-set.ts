import {
  groupOf,
  isAutoscalerKind,
  readAutoscaler,
  readTargetRef,
  VPA_KIND,
  type Autoscaler,
  type TargetRef,
} from './autoscaling.js';
import { unservedApi } from './api-versions.js';
import { PDB_KIND, readPdbSelector } from './disruption.js';
import { PerType } from './per-type.js';
import { LIMIT_RANGE_KIND, LimitRangeDefaults } from './resources.js';
import { ExternalReferences, type ReferenceSettings } from './external.js';
import { podMakerFor, rolloutWorkloadRef, type PodMaker } from './operators.js';
import { controllerLabels, podLabelsMatch } from './pod-labels.js';
import { selectorMatches, type LabelSelector } from './selectors.js';
import {
  isWorkloadKind,
  labelsAt,
  podTemplatePath,
  Workload,
  type WorkloadShape,
} from './workloads.js';
import type { Manifest } from './manifest.js';

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The whole linted set, indexed so that cross-object rules are lookups: by kind, by
 * kind/namespace/name, workloads by namespace and by template label, and autoscalers by the
 * workload they target.
 *
 * Only what an object's identity gives is indexed up front. Everything that reads an
 * object's content (its workload, the label and autoscaler indexes) is built per namespace
 * on first use: every relation these indexes answer stays inside one namespace, so a scoped
 * run (one staged file of a large repository) reads the objects of the namespaces it visits
 * and no others, and a lint cache can leave the rest undecoded (Manifest.object is lazy).
 */
export class ManifestSet {
  private readonly kinds = new Map<string, Manifest[]>();
  private readonly autoscalers = new Map<Manifest, Autoscaler>();
  /** Namespace ('' for cluster-scoped objects) → its objects, in set order. */
  private readonly namespaces = new Map<string, Manifest[]>();
  private readonly namespaceIndexes = new Map<string, NamespaceIndex>();
  /** Objects that make pods (core workload kinds, operator resources), in set order. */
  private podMakers: readonly Manifest[] | undefined;
  private podMakerNamespaces: ReadonlySet<string> | undefined;
  /** Namespaces whose workloads and label indexes below are built. */
  private readonly workloadsBuilt = new Set<string>();
  private readonly workloadByManifest = new Map<Manifest, Workload>();
  private readonly workloadsByNamespace = new Map<string, Workload[]>();
  /** `${namespace}\u0000${label}=${value}` → workloads whose pod template has that label. */
  private readonly workloadsByLabel = new Map<string, Workload[]>();
  /** `${namespace}\u0000${label}` → workloads whose controller adds that label to their pods. */
  private readonly workloadsAddingLabel = new Map<string, Workload[]>();
  /** Namespace → workloads whose pod labels the set cannot know. */
  private readonly opaqueWorkloads = new Map<string, Workload[]>();
  private allWorkloads: readonly Workload[] | undefined;
  private externalReferences: ExternalReferences | undefined;
  /**
   * Namespace → HPAs and ScaledObjects in it, in set order (an autoscaler's target is in its
   * own namespace). Of every object, as before the API-version filter: an autoscaler under
   * an API version that is gone still claims its target.
   */
  private readonly autoscalerManifests = new Map<string, Manifest[]>();
  /** Namespace → (target workload → its autoscalers). */
  private readonly autoscalerIndex = new Map<string, Map<Manifest, Autoscaler[]>>();
  /** Namespace → (`${kind}\u0000${name}` of the scaleTargetRef → autoscalers). */
  private readonly autoscalerRefIndex = new Map<string, Map<string, Autoscaler[]>>();
  /** Namespace → (target → its VPAs). */
  private readonly vpaIndex = new Map<string, Map<Manifest, Manifest[]>>();
  /** Namespace → (workload → the PDBs that select its pods). */
  private readonly pdbIndex = new Map<string, Map<Workload, Manifest[]>>();
  private readonly pdbSelectionCache = new Map<Manifest, readonly Workload[]>();
  private readonly limitRangeDefaultsCache = new Map<string, LimitRangeDefaults>();
  /** Namespace → (`${label}=${value}` → Services with that label in metadata.labels). */
  private readonly serviceLabelIndex = new Map<string, Map<string, Manifest[]>>();
  /** `${label}=${value}` → Services with that label, in any namespace. */
  private serviceLabelIndexAnyNamespace: Map<string, Manifest[]> | undefined;

  /** Objects in no index (under an API version that does not serve their kind). */
  private readonly unindexed = new Set<Manifest>();
  private readonly served: readonly Manifest[];

  constructor(
    readonly manifests: readonly Manifest[],
    readonly defaultNamespace: string,
    private readonly references: ReferenceSettings = {},
  ) {
    // An object whose apiVersion does not serve its kind (a `v1` PodDisruptionBudget) is
    // refused by the API server: no rule may count it (unknown-api-version reports it).
    const served: Manifest[] = [];
    const unserved = new PerType<boolean>();
    for (const manifest of manifests) {
      const { apiVersion, kind } = manifest;
      if (isAutoscalerKind(kind)) {
        push(this.autoscalerManifests, manifest.namespace, manifest);
      }
      const isUnserved = unserved.get(
        apiVersion,
        kind,
        () => unservedApi(apiVersion, kind) !== undefined,
      );
      if (isUnserved) {
        this.unindexed.add(manifest);
        continue;
      }
      served.push(manifest);
      push(this.kinds, kind, manifest);
      push(this.namespaces, manifest.namespace, manifest);
    }
    this.served = served;
  }

  /** The by-kind, by-name and pod-maker lists of one namespace, built on first use. */
  private namespaceIndex(namespace: string): NamespaceIndex {
    return memo(this.namespaceIndexes, namespace, () => {
      const index: NamespaceIndex = { byKind: new Map(), byName: new Map(), podMakers: [] };
      for (const manifest of this.namespaces.get(namespace) ?? EMPTY) {
        push(index.byKind, manifest.kind, manifest);
        push(index.byName, `${manifest.kind}\u0000${manifest.name}`, manifest);
        if (makesPods(manifest)) {
          index.podMakers.push(manifest);
        }
      }
      return index;
    });
  }

  private allPodMakers(): readonly Manifest[] {
    this.podMakers ??= this.served.filter(makesPods);
    return this.podMakers;
  }

  /** What exists outside the set: cluster objects, operator-made ones, declared ones. */
  get external(): ExternalReferences {
    this.externalReferences ??= new ExternalReferences(this.served, this.references);
    return this.externalReferences;
  }

  /** Builds the workloads of one namespace and their label indexes, once. */
  private buildWorkloads(namespace: string): void {
    if (this.workloadsBuilt.has(namespace)) {
      return;
    }
    this.workloadsBuilt.add(namespace);
    // A Rollout's workloadRef is looked up by key, which the constructor indexed.
    for (const manifest of this.namespaceIndex(namespace).podMakers) {
      const workload = this.workloadOf(manifest);
      push(this.workloadsByNamespace, namespace, workload);
      if (!workload.labelsKnown) {
        push(this.opaqueWorkloads, namespace, workload);
        continue;
      }
      for (const [label, value] of Object.entries(workload.templateLabels)) {
        push(this.workloadsByLabel, labelKey(namespace, label, value), workload);
      }
      for (const label of workload.addedLabels.keys()) {
        push(this.workloadsAddingLabel, `${namespace}\u0000${label}`, workload);
      }
    }
  }

  /**
   * The workload of one pod maker the set indexes, made once. On its own, not with the rest
   * of its namespace: a rule that asks about one object (a scoped run asks about the objects
   * of one file) then reads the content of that object only.
   */
  private workloadOf(manifest: Manifest): Workload {
    return memo(this.workloadByManifest, manifest, () => {
      const maker = isWorkloadKind(manifest.kind) ? undefined : podMakerFor(manifest);
      return new Workload(manifest, maker && this.shapeOf(maker, manifest));
    });
  }

  private buildAllWorkloads(): void {
    for (const namespace of this.workloadNamespaces()) {
      this.buildWorkloads(namespace);
    }
  }

  /** How the pods of an operator's custom resource look (see k8s/operators.ts). */
  private shapeOf(maker: PodMaker, manifest: Manifest): WorkloadShape {
    let templateManifest = manifest;
    let templatePath = maker.templatePath;
    let labelsKnown = true;
    const ref = maker.kind === 'Rollout' ? rolloutWorkloadRef(manifest) : undefined;
    if (ref) {
      const target = this.find(ref.kind, manifest.namespace, ref.name).find(
        (candidate) => ref.apiVersion === undefined || groupOf(ref.apiVersion) === candidate.group,
      );
      const path = target && podTemplatePath(target.kind);
      if (target && path) {
        templateManifest = target;
        templatePath = path;
      } else {
        // The Deployment is elsewhere: its pod labels and containers are unknown.
        templatePath = undefined;
        labelsKnown = false;
      }
    }
    const added = controllerLabels(maker.controller(manifest), manifest.name, {
      statefulSetNames: maker.statefulSetNames?.(manifest) ?? [manifest.name],
    });
    for (const [label, values] of Object.entries(maker.addedLabels?.(manifest) ?? {})) {
      added.set(label, values);
    }
    return {
      templateManifest,
      templatePath,
      extraLabels: {
        ...(maker.podMetadataLabelsPath
          ? labelsAt(manifest.object, maker.podMetadataLabelsPath)
          : {}),
        ...maker.labels(manifest),
      },
      addedLabels: added,
      labelsKnown,
      replicas: maker.replicas(manifest),
      scalable: maker.hasReplicaCount,
      hasReplicaCount: maker.hasReplicaCount,
    };
  }

  /** Whether `byKind` and the other lookups can return this object. */
  isIndexed(manifest: Manifest): boolean {
    return !this.unindexed.has(manifest);
  }

  byKind(kind: string): readonly Manifest[] {
    return this.kinds.get(kind) ?? EMPTY;
  }

  /** Objects of a kind in one namespace (ResourceQuotas, LimitRanges, PDBs, Services …). */
  byKindIn(kind: string, namespace: string): readonly Manifest[] {
    return this.namespaceIndex(namespace).byKind.get(kind) ?? EMPTY;
  }

  /** Every object with this kind, namespace and name (more than one is a duplicate). */
  find(kind: string, namespace: string, name: string): readonly Manifest[] {
    return this.namespaceIndex(namespace).byName.get(`${kind}\u0000${name}`) ?? EMPTY;
  }

  get(kind: string, namespace: string, name: string): Manifest | undefined {
    return this.find(kind, namespace, name)[0];
  }

  /** All objects that share this manifest's kind/namespace/name, itself included. */
  sameIdentity(manifest: Manifest): readonly Manifest[] {
    return this.find(manifest.kind, manifest.namespace, manifest.name);
  }

  workload(manifest: Manifest): Workload | undefined {
    return this.isIndexed(manifest) && makesPods(manifest) ? this.workloadOf(manifest) : undefined;
  }

  /** Every workload, in set order. */
  workloads(): IterableIterator<Workload> {
    if (!this.allWorkloads) {
      this.buildAllWorkloads();
      this.allWorkloads = this.allPodMakers().map(
        (manifest) => this.workloadByManifest.get(manifest) as Workload,
      );
    }
    return this.allWorkloads.values();
  }

  /** Namespaces that hold at least one workload, in order of first appearance. */
  workloadNamespaces(): IterableIterator<string> {
    this.podMakerNamespaces ??= new Set(this.allPodMakers().map((manifest) => manifest.namespace));
    return this.podMakerNamespaces.values();
  }

  workloadsIn(namespace: string): readonly Workload[] {
    this.buildWorkloads(namespace);
    return this.workloadsByNamespace.get(namespace) ?? EMPTY;
  }

  /**
   * Workloads in `namespace` whose pod template labels the selector matches. Uses the
   * label index when the selector has matchLabels; scans only the namespace otherwise.
   */
  workloadsSelectedBy(namespace: string, selector: LabelSelector): readonly Workload[] {
    if (selector.matchesNone) {
      return EMPTY;
    }
    this.buildWorkloads(namespace);
    let candidates: readonly Workload[] | undefined;
    for (const [label, value] of Object.entries(selector.matchLabels)) {
      let posting = this.workloadsByLabel.get(labelKey(namespace, label, value)) ?? EMPTY;
      // A label a controller adds (pod-template-hash, statefulset.kubernetes.io/pod-name) is
      // in no template: the workloads that get it are candidates for every value.
      const adding = this.workloadsAddingLabel.get(`${namespace}\u0000${label}`);
      if (adding) {
        posting = posting.length === 0 ? adding : [...new Set([...posting, ...adding])];
      }
      if (!candidates || posting.length < candidates.length) {
        candidates = posting;
      }
    }
    // The label index makes this cheap; callers that ask repeatedly (PDB rules) cache per object.
    return (candidates ?? this.workloadsIn(namespace)).filter(
      (workload) => workload.labelsKnown && this.podsMatch(workload, selector),
    );
  }

  /** Whether the selector can select pods of the workload, controller-added labels included. */
  podsMatch(workload: Workload, selector: LabelSelector): boolean {
    return podLabelsMatch(
      selector,
      { fixed: workload.templateLabels, added: workload.addedLabels },
      () => this.maximumReplicas(workload),
    );
  }

  /**
   * Whether pods the set cannot see may match the selector in the namespace (`'*'`: any): a
   * custom resource whose pod labels are unknown, a namespace the set holds nothing of, or an
   * object declared in `references.assumeExternal`. Reference rules then stay silent.
   */
  podsMayBeOutside(namespace: string, selector: LabelSelector): boolean {
    if (selector.matchesNone) {
      return false;
    }
    if (namespace === '*') {
      this.buildAllWorkloads();
    } else {
      this.buildWorkloads(namespace);
    }
    const opaque =
      namespace === '*' ? this.opaqueWorkloads.size > 0 : this.opaqueWorkloads.has(namespace);
    return opaque || this.external.mayMatchPods(namespace, selector);
  }

  /**
   * Services whose own labels (`metadata.labels`, not their selector) the selector matches,
   * as a ServiceMonitor selects them: in `namespace`, or in every namespace for `'*'`.
   * Label-indexed like `workloadsSelectedBy`; the index is built on first use.
   */
  servicesSelectedBy(namespace: string, selector: LabelSelector): readonly Manifest[] {
    if (selector.matchesNone) {
      return EMPTY;
    }
    const anyNamespace = namespace === '*';
    const index = anyNamespace ? this.servicesByLabelAnywhere() : this.servicesByLabelIn(namespace);
    let candidates: readonly Manifest[] | undefined;
    for (const [label, value] of Object.entries(selector.matchLabels)) {
      const posting = index.get(`${label}=${value}`) ?? EMPTY;
      if (!candidates || posting.length < candidates.length) {
        candidates = posting;
      }
    }
    candidates ??= anyNamespace ? this.byKind('Service') : this.byKindIn('Service', namespace);
    return candidates.filter((service) => selectorMatches(selector, service.labels));
  }

  private servicesByLabelIn(namespace: string): Map<string, Manifest[]> {
    return memo(this.serviceLabelIndex, namespace, () =>
      byLabel(this.byKindIn('Service', namespace)),
    );
  }

  private servicesByLabelAnywhere(): Map<string, Manifest[]> {
    this.serviceLabelIndexAnyNamespace ??= byLabel(this.byKind('Service'));
    return this.serviceLabelIndexAnyNamespace;
  }

  /** The object a scaleTargetRef / targetRef names, in the autoscaler's namespace. */
  resolveTarget(ref: TargetRef, namespace: string): Manifest | undefined {
    return this.find(ref.kind, namespace, ref.name).find(
      (candidate) => ref.apiVersion === undefined || groupOf(ref.apiVersion) === candidate.group,
    );
  }

  /** HPAs and KEDA ScaledObjects that target this workload. */
  autoscalersOf(workload: Manifest): readonly Autoscaler[] {
    return this.autoscalersByTargetIn(workload.namespace).get(workload) ?? EMPTY;
  }

  /**
   * HPAs and KEDA ScaledObjects whose scaleTargetRef names this kind and name in `namespace`,
   * whether or not that object is in the set (for conflicts between autoscalers of an object
   * the set does not contain). API groups must agree where both references give one.
   */
  autoscalersReferencing(ref: TargetRef, namespace: string): readonly Autoscaler[] {
    const candidates =
      this.autoscalersByRefIn(namespace).get(`${ref.kind}\u0000${ref.name}`) ?? EMPTY;
    return candidates.filter(
      (autoscaler) =>
        ref.apiVersion === undefined ||
        autoscaler.target?.apiVersion === undefined ||
        groupOf(ref.apiVersion) === groupOf(autoscaler.target.apiVersion),
    );
  }

  /**
   * Workloads whose pods a PodDisruptionBudget selects: pod templates (and bare Pods) in its
   * namespace that its selector matches, with its API version's meaning of an empty selector.
   * Empty for a malformed selector.
   */
  pdbSelection(pdb: Manifest): readonly Workload[] {
    return memo(this.pdbSelectionCache, pdb, () => {
      const parsed = readPdbSelector(pdb);
      return 'selector' in parsed
        ? this.workloadsSelectedBy(pdb.namespace, parsed.selector)
        : EMPTY;
    });
  }

  /** PodDisruptionBudgets that select this workload's pods, in set order. */
  pdbsSelecting(workload: Workload): readonly Manifest[] {
    const namespace = workload.manifest.namespace;
    const index = memo(this.pdbIndex, namespace, () => {
      const selecting = new Map<Workload, Manifest[]>();
      // A PDB selects pods of its own namespace only.
      for (const pdb of this.byKindIn(PDB_KIND, namespace)) {
        for (const selected of this.pdbSelection(pdb)) {
          push(selecting, selected, pdb);
        }
      }
      return selecting;
    });
    return index.get(workload) ?? EMPTY;
  }

  /** The container defaults the namespace's LimitRanges apply at admission (built once). */
  limitRangeDefaults(namespace: string): LimitRangeDefaults {
    return memo(
      this.limitRangeDefaultsCache,
      namespace,
      () => new LimitRangeDefaults(this.byKindIn(LIMIT_RANGE_KIND, namespace)),
    );
  }

  /** VerticalPodAutoscalers that target this workload. */
  vpasOf(workload: Manifest): readonly Manifest[] {
    const namespace = workload.namespace;
    const index = memo(this.vpaIndex, namespace, () => {
      const targeting = new Map<Manifest, Manifest[]>();
      for (const vpa of this.byKindIn(VPA_KIND, namespace)) {
        const ref = readTargetRef(vpa);
        const target = ref && this.resolveTarget(ref, vpa.namespace);
        if (target) {
          push(targeting, target, vpa);
        }
      }
      return targeting;
    });
    return index.get(workload) ?? EMPTY;
  }

  /**
   * The smallest replica count the workload runs at: its autoscalers' minimum (HPA
   * minReplicas, KEDA minReplicaCount), else spec.replicas, else 1.
   */
  minimumReplicas(workload: Workload): number {
    const autoscalers = this.autoscalersOf(workload.manifest);
    if (autoscalers.length > 0) {
      return Math.min(...autoscalers.map((autoscaler) => autoscaler.minReplicas));
    }
    return workload.declaredReplicas ?? 1;
  }

  /** The largest replica count: the autoscalers' maximum, else spec.replicas, else 1. */
  maximumReplicas(workload: Workload): number | undefined {
    const autoscalers = this.autoscalersOf(workload.manifest);
    if (autoscalers.length > 0) {
      const maxima = autoscalers.map((autoscaler) => autoscaler.maxReplicas);
      return maxima.some((value) => value === undefined)
        ? undefined
        : Math.max(...(maxima as number[]));
    }
    return workload.declaredReplicas ?? 1;
  }

  /** An HPA's or ScaledObject's bounds and target, read once per object. */
  private autoscaler(manifest: Manifest): Autoscaler {
    return memo(this.autoscalers, manifest, () => readAutoscaler(manifest));
  }

  /** Target → autoscalers, for the autoscalers of one namespace, in set order. */
  private autoscalersByTargetIn(namespace: string): Map<Manifest, Autoscaler[]> {
    return this.autoscalerIndexIn(this.autoscalerIndex, namespace, (autoscaler) =>
      autoscaler.target ? this.resolveTarget(autoscaler.target, namespace) : undefined,
    );
  }

  /** `${kind}\u0000${name}` of the scaleTargetRef → autoscalers of one namespace. */
  private autoscalersByRefIn(namespace: string): Map<string, Autoscaler[]> {
    return this.autoscalerIndexIn(this.autoscalerRefIndex, namespace, (autoscaler) =>
      autoscaler.target ? `${autoscaler.target.kind}\u0000${autoscaler.target.name}` : undefined,
    );
  }

  /**
   * One namespace's autoscalers by `keyOf` (skipped where it gives undefined), built once
   * into `indexes`; in set order, so that "the first autoscaler of a workload" is the first
   * one written.
   */
  private autoscalerIndexIn<K>(
    indexes: Map<string, Map<K, Autoscaler[]>>,
    namespace: string,
    keyOf: (autoscaler: Autoscaler) => K | undefined,
  ): Map<K, Autoscaler[]> {
    return memo(indexes, namespace, () => {
      const index = new Map<K, Autoscaler[]>();
      for (const manifest of this.autoscalerManifests.get(namespace) ?? EMPTY) {
        const autoscaler = this.autoscaler(manifest);
        const key = keyOf(autoscaler);
        if (key !== undefined) {
          push(index, key, autoscaler);
        }
      }
      return index;
    });
  }
}

interface NamespaceIndex {
  byKind: Map<string, Manifest[]>;
  /** `${kind}\u0000${name}` → objects. */
  byName: Map<string, Manifest[]>;
  /** Objects that make pods, in set order. */
  podMakers: Manifest[];
}

function makesPods(manifest: Manifest): boolean {
  return isWorkloadKind(manifest.kind) || podMakerFor(manifest) !== undefined;
}

/** The value cached under `key`, built by `build` the first time it is asked for. */
function memo<K, V>(cache: Map<K, V>, key: K, build: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** `${label}=${value}` → the objects with that label in metadata.labels. */
function byLabel(manifests: readonly Manifest[]): Map<string, Manifest[]> {
  const index = new Map<string, Manifest[]>();
  for (const manifest of manifests) {
    for (const [label, value] of Object.entries(manifest.labels)) {
      push(index, `${label}=${value}`, manifest);
    }
  }
  return index;
}

function labelKey(namespace: string, label: string, value: string): string {
  return `${namespace}\u0000${label}=${value}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}
