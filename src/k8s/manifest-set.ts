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
 * The whole linted set, indexed once so that cross-object rules are lookups:
 * by kind, by kind/namespace/name, workloads by namespace and by template label, and
 * autoscalers by the workload they target.
 */
export class ManifestSet {
  private readonly kinds = new Map<string, Manifest[]>();
  private readonly autoscalers = new Map<Manifest, Autoscaler>();
  /** `${kind}\u0000${namespace}` → objects. */
  private readonly kindsByNamespace = new Map<string, Manifest[]>();
  private readonly keys = new Map<string, Manifest[]>();
  private readonly workloadByManifest = new Map<Manifest, Workload>();
  private readonly workloadsByNamespace = new Map<string, Workload[]>();
  /** `${namespace}\u0000${label}=${value}` → workloads whose pod template has that label. */
  private readonly workloadsByLabel = new Map<string, Workload[]>();
  /** `${namespace}\u0000${label}` → workloads whose controller adds that label to their pods. */
  private readonly workloadsAddingLabel = new Map<string, Workload[]>();
  /** Namespace → workloads whose pod labels the set cannot know. */
  private readonly opaqueWorkloads = new Map<string, Workload[]>();
  /** What exists outside the set: cluster objects, operator-made ones, declared ones. */
  readonly external: ExternalReferences;
  private autoscalerIndex: Map<Manifest, Autoscaler[]> | undefined;
  private vpaIndex: Map<Manifest, Manifest[]> | undefined;
  /** `${namespace}\u0000${kind}\u0000${name}` of the scaleTargetRef → autoscalers. */
  private autoscalerRefIndex: Map<string, Autoscaler[]> | undefined;
  private pdbIndex: Map<Workload, Manifest[]> | undefined;
  private readonly pdbSelectionCache = new Map<Manifest, readonly Workload[]>();
  private readonly limitRangeDefaultsCache = new Map<string, LimitRangeDefaults>();
  /** `${namespace}\u0000${label}=${value}` → Services with that label in metadata.labels. */
  private serviceLabelIndex: Map<string, Manifest[]> | undefined;
  /** `${label}=${value}` → Services with that label, in any namespace. */
  private serviceLabelIndexAnyNamespace: Map<string, Manifest[]> | undefined;

  /** Objects in no index (under an API version that does not serve their kind). */
  private readonly unindexed = new Set<Manifest>();

  constructor(
    readonly manifests: readonly Manifest[],
    readonly defaultNamespace: string,
    references: ReferenceSettings = {},
  ) {
    // An object whose apiVersion does not serve its kind (a `v1` PodDisruptionBudget) is
    // refused by the API server: no rule may count it (unknown-api-version reports it).
    const served = manifests.filter((manifest) => {
      if (unservedApi(manifest.apiVersion, manifest.kind) === undefined) {
        return true;
      }
      this.unindexed.add(manifest);
      return false;
    });
    for (const manifest of served) {
      push(this.kinds, manifest.kind, manifest);
      push(this.kindsByNamespace, `${manifest.kind}\u0000${manifest.namespace}`, manifest);
      push(this.keys, manifest.key, manifest);
    }
    // A second pass: a Rollout's workloadRef is looked up by key.
    for (const manifest of served) {
      const maker = isWorkloadKind(manifest.kind) ? undefined : podMakerFor(manifest);
      if (!maker && !isWorkloadKind(manifest.kind)) {
        continue;
      }
      const workload = new Workload(manifest, maker && this.shapeOf(maker, manifest));
      this.workloadByManifest.set(manifest, workload);
      push(this.workloadsByNamespace, manifest.namespace, workload);
      if (!workload.labelsKnown) {
        push(this.opaqueWorkloads, manifest.namespace, workload);
        continue;
      }
      for (const [label, value] of Object.entries(workload.templateLabels)) {
        push(this.workloadsByLabel, labelKey(manifest.namespace, label, value), workload);
      }
      for (const label of workload.addedLabels.keys()) {
        push(this.workloadsAddingLabel, `${manifest.namespace}\u0000${label}`, workload);
      }
    }
    this.external = new ExternalReferences(served, references);
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
    return this.kindsByNamespace.get(`${kind}\u0000${namespace}`) ?? EMPTY;
  }

  /** Every object with this kind, namespace and name (more than one is a duplicate). */
  find(kind: string, namespace: string, name: string): readonly Manifest[] {
    return this.keys.get(`${kind}/${namespace}/${name}`) ?? EMPTY;
  }

  get(kind: string, namespace: string, name: string): Manifest | undefined {
    return this.find(kind, namespace, name)[0];
  }

  /** All objects that share this manifest's kind/namespace/name, itself included. */
  sameIdentity(manifest: Manifest): readonly Manifest[] {
    return this.keys.get(manifest.key) ?? EMPTY;
  }

  workload(manifest: Manifest): Workload | undefined {
    return this.workloadByManifest.get(manifest);
  }

  workloads(): IterableIterator<Workload> {
    return this.workloadByManifest.values();
  }

  /** Namespaces that hold at least one workload, in order of first appearance. */
  workloadNamespaces(): IterableIterator<string> {
    return this.workloadsByNamespace.keys();
  }

  workloadsIn(namespace: string): readonly Workload[] {
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
    if (!this.serviceLabelIndex || !this.serviceLabelIndexAnyNamespace) {
      this.serviceLabelIndex = new Map();
      this.serviceLabelIndexAnyNamespace = new Map();
      for (const service of this.byKind('Service')) {
        for (const [label, value] of Object.entries(service.labels)) {
          push(this.serviceLabelIndex, labelKey(service.namespace, label, value), service);
          push(this.serviceLabelIndexAnyNamespace, `${label}=${value}`, service);
        }
      }
    }
    const anyNamespace = namespace === '*';
    let candidates: readonly Manifest[] | undefined;
    for (const [label, value] of Object.entries(selector.matchLabels)) {
      const posting =
        (anyNamespace
          ? this.serviceLabelIndexAnyNamespace.get(`${label}=${value}`)
          : this.serviceLabelIndex.get(labelKey(namespace, label, value))) ?? EMPTY;
      if (!candidates || posting.length < candidates.length) {
        candidates = posting;
      }
    }
    candidates ??= anyNamespace ? this.byKind('Service') : this.byKindIn('Service', namespace);
    return candidates.filter((service) => selectorMatches(selector, service.labels));
  }

  /** The object a scaleTargetRef / targetRef names, in the autoscaler's namespace. */
  resolveTarget(ref: TargetRef, namespace: string): Manifest | undefined {
    return this.find(ref.kind, namespace, ref.name).find(
      (candidate) => ref.apiVersion === undefined || groupOf(ref.apiVersion) === candidate.group,
    );
  }

  /** HPAs and KEDA ScaledObjects that target this workload. */
  autoscalersOf(workload: Manifest): readonly Autoscaler[] {
    return this.getAutoscalerIndex().get(workload) ?? EMPTY;
  }

  /**
   * HPAs and KEDA ScaledObjects whose scaleTargetRef names this kind and name in `namespace`,
   * whether or not that object is in the set (for conflicts between autoscalers of an object
   * the set does not contain). API groups must agree where both references give one.
   */
  autoscalersReferencing(ref: TargetRef, namespace: string): readonly Autoscaler[] {
    if (!this.autoscalerRefIndex) {
      this.autoscalerRefIndex = new Map();
      for (const manifest of this.manifests) {
        if (isAutoscalerKind(manifest.kind)) {
          const autoscaler = this.autoscaler(manifest);
          if (autoscaler.target) {
            const key = refKey(manifest.namespace, autoscaler.target.kind, autoscaler.target.name);
            push(this.autoscalerRefIndex, key, autoscaler);
          }
        }
      }
    }
    const candidates = this.autoscalerRefIndex.get(refKey(namespace, ref.kind, ref.name)) ?? EMPTY;
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
    let selection = this.pdbSelectionCache.get(pdb);
    if (!selection) {
      const parsed = readPdbSelector(pdb);
      selection =
        'selector' in parsed ? this.workloadsSelectedBy(pdb.namespace, parsed.selector) : EMPTY;
      this.pdbSelectionCache.set(pdb, selection);
    }
    return selection;
  }

  /** PodDisruptionBudgets that select this workload's pods, in set order. */
  pdbsSelecting(workload: Workload): readonly Manifest[] {
    if (!this.pdbIndex) {
      this.pdbIndex = new Map();
      for (const pdb of this.byKind(PDB_KIND)) {
        for (const selected of this.pdbSelection(pdb)) {
          push(this.pdbIndex, selected, pdb);
        }
      }
    }
    return this.pdbIndex.get(workload) ?? EMPTY;
  }

  /** The container defaults the namespace's LimitRanges apply at admission (built once). */
  limitRangeDefaults(namespace: string): LimitRangeDefaults {
    let defaults = this.limitRangeDefaultsCache.get(namespace);
    if (!defaults) {
      defaults = new LimitRangeDefaults(this.byKindIn(LIMIT_RANGE_KIND, namespace));
      this.limitRangeDefaultsCache.set(namespace, defaults);
    }
    return defaults;
  }

  /** VerticalPodAutoscalers that target this workload. */
  vpasOf(workload: Manifest): readonly Manifest[] {
    if (!this.vpaIndex) {
      this.vpaIndex = new Map();
      for (const vpa of this.byKind(VPA_KIND)) {
        const ref = readTargetRef(vpa);
        const target = ref && this.resolveTarget(ref, vpa.namespace);
        if (target) {
          push(this.vpaIndex, target, vpa);
        }
      }
    }
    return this.vpaIndex.get(workload) ?? EMPTY;
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
    let autoscaler = this.autoscalers.get(manifest);
    if (!autoscaler) {
      autoscaler = readAutoscaler(manifest);
      this.autoscalers.set(manifest, autoscaler);
    }
    return autoscaler;
  }

  private getAutoscalerIndex(): Map<Manifest, Autoscaler[]> {
    if (!this.autoscalerIndex) {
      this.autoscalerIndex = new Map();
      // In set order, so that "the first autoscaler of a workload" is the first one written.
      for (const manifest of this.manifests) {
        if (!isAutoscalerKind(manifest.kind)) {
          continue;
        }
        const autoscaler = this.autoscaler(manifest);
        const target =
          autoscaler.target && this.resolveTarget(autoscaler.target, manifest.namespace);
        if (target) {
          push(this.autoscalerIndex, target, autoscaler);
        }
      }
    }
    return this.autoscalerIndex;
  }
}

function refKey(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
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
