import type { Manifest } from './manifest.js';
import { operatorObjects } from './operators.js';
import { podLabelsMatch, type LabelValues, type PodLabels } from './pod-labels.js';
import type { LabelSelector } from './selectors.js';

/** `references` in `.scaleplan.yaml`. */
export interface ReferenceSettings {
  /**
   * Namespaces (`kube-system`) and objects (`Service/kube-system/metrics-server`) that exist
   * in the cluster without being in the linted set.
   */
  assumeExternal?: readonly string[];
}

/** What reference rules assume exists outside the set, for the rules' documentation. */
export const EXTERNAL_ASSUMPTIONS =
  'Nothing is reported where the set cannot know: a reference into a namespace of which the set holds no object (Roles and RoleBindings that grant access into it do not count), to an object every cluster has (Service `default/kubernetes`, labelled `component: apiserver, provider: kubernetes`; Service `kube-system/kube-dns`, labelled `k8s-app: kube-dns`), to one an operator of the set creates (the kubelet Service and Endpoints of a prometheus-operator Deployment, named by its `--kubelet-service` flag, else `kube-system/kubelet`), or to what `references.assumeExternal` in `.scaleplan.yaml` declares: namespaces (`kube-system`) or objects as `Kind/namespace/name` (`Service/platform/metrics-server`, whose labels are unknown, so no selector of that kind in that namespace is reported). The namespace `gke-managed-system`, where GKE runs its managed components, counts as declared.';

/** One object the cluster has although no manifest of the set writes it. */
export interface ExternalObject {
  kind: string;
  namespace: string;
  name: string;
  /** Its labels as far as known; undefined when nothing is known of them. */
  labels: PodLabels | undefined;
  /** Why it exists, for the documentation and tests. */
  source: string;
}

const UNKNOWN: LabelValues = { kind: 'any' };

/**
 * Objects every cluster has: the API server's Service (labels set by the apiserver's
 * controlplane controller) and the cluster DNS Service (kubeadm, kOps, EKS, GKE and AKS all
 * name it kube-system/kube-dns and label it `k8s-app: kube-dns`; the other labels vary).
 */
export const CLUSTER_OBJECTS: readonly ExternalObject[] = [
  {
    kind: 'Service',
    namespace: 'default',
    name: 'kubernetes',
    labels: { fixed: { component: 'apiserver', provider: 'kubernetes' }, added: new Map() },
    source: 'every cluster (the API server)',
  },
  {
    kind: 'Service',
    namespace: 'kube-system',
    name: 'kube-dns',
    labels: {
      fixed: { 'k8s-app': 'kube-dns' },
      added: new Map([
        ['kubernetes.io/name', UNKNOWN],
        ['kubernetes.io/cluster-service', UNKNOWN],
        ['addonmanager.kubernetes.io/mode', UNKNOWN],
        ['eks.amazonaws.com/component', UNKNOWN],
      ]),
    },
    source: 'every cluster (cluster DNS)',
  },
];

/**
 * Namespaces whose pods the cloud provider runs and no manifest set declares: GKE's managed
 * components (the managed DCGM exporter among them) live in gke-managed-system.
 */
const PROVIDER_NAMESPACES: readonly string[] = ['gke-managed-system'];

/** Kinds whose objects are not what a namespace runs: access granted into it from outside. */
const ACCESS_KINDS: ReadonlySet<string> = new Set(['Role', 'RoleBinding']);

const NAMESPACE_ENTRY = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const OBJECT_ENTRY = /^([A-Za-z][A-Za-z0-9]*)\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([^/\s]+)$/;

/** The pattern of an `assumeExternal` entry, for the config schema. */
export const ASSUME_EXTERNAL_PATTERN = `${NAMESPACE_ENTRY.source}|${OBJECT_ENTRY.source}`;

/**
 * What the set cannot know: namespaces it holds nothing of, objects every cluster has,
 * objects operators of the set create, and what the config declares. Reference rules ask it
 * before they report that something is missing.
 */
export class ExternalReferences {
  private readonly namespaces = new Set<string>(PROVIDER_NAMESPACES);
  private readonly objects = new Map<string, ExternalObject[]>();
  private readonly contentNamespaces = new Set<string>();

  constructor(manifests: readonly Manifest[], settings: ReferenceSettings = {}) {
    for (const manifest of manifests) {
      if (manifest.namespace !== '' && !ACCESS_KINDS.has(manifest.kind)) {
        this.contentNamespaces.add(manifest.namespace);
      }
    }
    const declared: ExternalObject[] = [];
    for (const entry of settings.assumeExternal ?? []) {
      const object = OBJECT_ENTRY.exec(entry);
      if (object) {
        declared.push({
          kind: object[1] ?? '',
          namespace: object[2] ?? '',
          name: object[4] ?? '',
          labels: undefined,
          source: 'references.assumeExternal',
        });
      } else {
        this.namespaces.add(entry);
      }
    }
    const created = operatorObjects(manifests).map((object): ExternalObject => ({
      kind: object.kind,
      namespace: object.namespace,
      name: object.name,
      labels: { fixed: object.labels, added: new Map() },
      source: object.madeBy,
    }));
    for (const object of [...CLUSTER_OBJECTS, ...created, ...declared]) {
      const key = `${object.kind}\u0000${object.namespace}`;
      const list = this.objects.get(key);
      if (list) {
        list.push(object);
      } else {
        this.objects.set(key, [object]);
      }
    }
  }

  /**
   * Whether the set cannot tell what runs in the namespace: the config names it, or the set
   * holds no object in it beyond Roles and RoleBindings that grant access into it.
   */
  isUnknownNamespace(namespace: string): boolean {
    return this.namespaces.has(namespace) || !this.contentNamespaces.has(namespace);
  }

  /** Whether `kind/namespace/name` may exist outside the set (a name reference to it). */
  mayExist(kind: string, namespace: string, name: string): boolean {
    return (
      this.isUnknownNamespace(namespace) ||
      (this.objects.get(`${kind}\u0000${namespace}`) ?? []).some((object) => object.name === name)
    );
  }

  /**
   * Whether an object of `kind` outside the set may carry labels the selector matches in the
   * namespace (`'*'`: any namespace, counting only declared and known objects).
   */
  mayMatch(kind: string, namespace: string, selector: LabelSelector): boolean {
    if (selector.matchesNone) {
      return false;
    }
    if (namespace === '*') {
      if (this.namespaces.size > 0) {
        return true;
      }
      return [...this.objects.values()].some((objects) =>
        objects.some((object) => object.kind === kind && labelsMayMatch(object, selector)),
      );
    }
    if (this.isUnknownNamespace(namespace)) {
      return true;
    }
    return (this.objects.get(`${kind}\u0000${namespace}`) ?? []).some((object) =>
      labelsMayMatch(object, selector),
    );
  }

  /** Whether some pod outside the set may match: an unknown namespace or a declared workload. */
  mayMatchPods(namespace: string, selector: LabelSelector): boolean {
    if (selector.matchesNone) {
      return false;
    }
    if (namespace !== '*' && this.isUnknownNamespace(namespace)) {
      return true;
    }
    if (namespace === '*' && this.namespaces.size > 0) {
      return true;
    }
    for (const [key, objects] of this.objects) {
      const [kind = '', objectNamespace = ''] = key.split('\u0000');
      if (
        (namespace === '*' || objectNamespace === namespace) &&
        !NON_POD_KINDS.has(kind) &&
        objects.length > 0
      ) {
        return true;
      }
    }
    return false;
  }
}

/** Declared external objects of these kinds do not make pods. */
const NON_POD_KINDS: ReadonlySet<string> = new Set([
  'Service',
  'Endpoints',
  'EndpointSlice',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
]);

function labelsMayMatch(object: ExternalObject, selector: LabelSelector): boolean {
  return object.labels === undefined || podLabelsMatch(selector, object.labels, () => undefined);
}
