import type { FieldPath } from '../source/locate.js';
import { asArray, asObject, type Manifest } from './manifest.js';
import type { LabelValues } from './pod-labels.js';

/**
 * Custom resources whose controllers make pods, and what those pods look like, read from
 * each operator's source:
 * - prometheus-operator (pkg/prometheus/server, pkg/prometheus/agent, pkg/alertmanager,
 *   pkg/thanos): a StatefulSet per shard, pod labels `spec.podMetadata.labels` overlaid by
 *   the selector labels of makeSelectorLabels, plus `app.kubernetes.io/version`;
 * - Argo Rollouts: a Rollout is a Deployment with its own controller (`spec.template`, or
 *   `spec.workloadRef` to a Deployment whose template it runs), label
 *   `rollouts-pod-template-hash`;
 * - KEDA: a ScaledJob makes Jobs from `spec.jobTargetRef.template` and labels their pods
 *   `scaledjob.keda.sh/name` (pkg/scaling/executor/scale_jobs.go).
 */
export interface PodMaker {
  group: string;
  kind: string;
  /** The operator, for documentation. */
  operator: string;
  /** The kind of the object that owns the pods, whose controller labels they carry. */
  controller(manifest: Manifest): string;
  /** Pod template written in the resource, when there is one. */
  templatePath?: FieldPath;
  /** Extra pod labels the resource writes outside a template (spec.podMetadata.labels). */
  podMetadataLabelsPath?: FieldPath;
  /** Labels the operator sets on every pod, over the written ones. */
  labels(manifest: Manifest): Record<string, string>;
  /** Labels the operator sets with values the set cannot know, or a known set of values. */
  addedLabels?(manifest: Manifest): Record<string, LabelValues>;
  /** Names of the StatefulSets the operator makes (their pods are `<name>-<ordinal>`). */
  statefulSetNames?(manifest: Manifest): string[];
  /** Pods per StatefulSet, or the pod count; undefined when not a fixed count. */
  replicas(manifest: Manifest): number | undefined;
  /** Whether the pod count is a replica count a PodDisruptionBudget can be judged against. */
  hasReplicaCount: boolean;
}

const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'prometheus-operator' };
const VERSION: Record<string, LabelValues> = { 'app.kubernetes.io/version': { kind: 'any' } };

function wholeNumber(manifest: Manifest, field: string, fallback: number): number {
  const value = manifest.get(['spec', field]);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

function shardNames(base: string, shards: number): string[] {
  return Array.from({ length: Math.max(1, shards) }, (_, shard) =>
    shard === 0 ? base : `${base}-shard-${shard}`,
  );
}

function shardLabel(manifest: Manifest): Record<string, LabelValues> {
  const shards = Math.max(1, wholeNumber(manifest, 'shards', 1));
  return {
    ...VERSION,
    'operator.prometheus.io/shard': {
      kind: 'set',
      values: Array.from({ length: shards }, (_, shard) => String(shard)),
    },
  };
}

function isAgentDaemonSet(manifest: Manifest): boolean {
  return manifest.get(['spec', 'mode']) === 'DaemonSet';
}

const MONITORING = 'monitoring.coreos.com';

export const POD_MAKERS: readonly PodMaker[] = [
  {
    group: MONITORING,
    kind: 'Prometheus',
    operator: 'prometheus-operator',
    controller: () => 'StatefulSet',
    podMetadataLabelsPath: ['spec', 'podMetadata', 'labels'],
    labels: (manifest) => ({
      ...MANAGED_BY,
      'app.kubernetes.io/name': 'prometheus',
      'app.kubernetes.io/instance': manifest.name,
      'operator.prometheus.io/name': manifest.name,
      prometheus: manifest.name,
    }),
    addedLabels: shardLabel,
    statefulSetNames: (manifest) =>
      shardNames(`prometheus-${manifest.name}`, wholeNumber(manifest, 'shards', 1)),
    // Each shard is a StatefulSet of spec.replicas pods.
    replicas: (manifest) =>
      wholeNumber(manifest, 'replicas', 1) * Math.max(1, wholeNumber(manifest, 'shards', 1)),
    hasReplicaCount: true,
  },
  {
    group: MONITORING,
    kind: 'PrometheusAgent',
    operator: 'prometheus-operator',
    controller: (manifest) => (isAgentDaemonSet(manifest) ? 'DaemonSet' : 'StatefulSet'),
    podMetadataLabelsPath: ['spec', 'podMetadata', 'labels'],
    labels: (manifest) => ({
      ...MANAGED_BY,
      'app.kubernetes.io/name': 'prometheus-agent',
      'app.kubernetes.io/instance': manifest.name,
      'operator.prometheus.io/name': manifest.name,
    }),
    addedLabels: (manifest) => (isAgentDaemonSet(manifest) ? VERSION : shardLabel(manifest)),
    statefulSetNames: (manifest) =>
      shardNames(`prom-agent-${manifest.name}`, wholeNumber(manifest, 'shards', 1)),
    replicas: (manifest) =>
      isAgentDaemonSet(manifest)
        ? undefined
        : wholeNumber(manifest, 'replicas', 1) * Math.max(1, wholeNumber(manifest, 'shards', 1)),
    hasReplicaCount: true,
  },
  {
    group: MONITORING,
    kind: 'Alertmanager',
    operator: 'prometheus-operator',
    controller: () => 'StatefulSet',
    podMetadataLabelsPath: ['spec', 'podMetadata', 'labels'],
    labels: (manifest) => ({
      ...MANAGED_BY,
      'app.kubernetes.io/name': 'alertmanager',
      'app.kubernetes.io/instance': manifest.name,
      alertmanager: manifest.name,
    }),
    addedLabels: () => VERSION,
    statefulSetNames: (manifest) => [`alertmanager-${manifest.name}`],
    replicas: (manifest) => wholeNumber(manifest, 'replicas', 1),
    hasReplicaCount: true,
  },
  {
    group: MONITORING,
    kind: 'ThanosRuler',
    operator: 'prometheus-operator',
    controller: () => 'StatefulSet',
    podMetadataLabelsPath: ['spec', 'podMetadata', 'labels'],
    labels: (manifest) => ({
      ...MANAGED_BY,
      'app.kubernetes.io/name': 'thanos-ruler',
      'app.kubernetes.io/instance': manifest.name,
      'thanos-ruler': manifest.name,
    }),
    addedLabels: () => VERSION,
    statefulSetNames: (manifest) => [`thanos-ruler-${manifest.name}`],
    replicas: (manifest) => wholeNumber(manifest, 'replicas', 1),
    hasReplicaCount: true,
  },
  {
    group: 'argoproj.io',
    kind: 'Rollout',
    operator: 'Argo Rollouts',
    controller: () => 'Rollout',
    templatePath: ['spec', 'template'],
    labels: () => ({}),
    // As a Deployment's: undefined when not written (one replica, or the autoscaler's count).
    replicas: (manifest) => numberAt(manifest, ['spec', 'replicas']),
    hasReplicaCount: true,
  },
  {
    group: 'keda.sh',
    kind: 'ScaledJob',
    operator: 'KEDA',
    controller: () => 'ScaledJob',
    templatePath: ['spec', 'jobTargetRef', 'template'],
    labels: (manifest) => ({ 'scaledjob.keda.sh/name': manifest.name }),
    // At most maxReplicaCount Jobs at once (KEDA's default is 100), each of one pod unless
    // its parallelism says otherwise.
    replicas: (manifest) =>
      wholeNumber(manifest, 'maxReplicaCount', 100) *
      Math.max(1, numberAt(manifest, ['spec', 'jobTargetRef', 'parallelism']) ?? 1),
    hasReplicaCount: false,
  },
];

function numberAt(manifest: Manifest, path: FieldPath): number | undefined {
  const value = manifest.get(path);
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

const BY_KIND = new Map(POD_MAKERS.map((maker) => [maker.kind, maker]));

/** Kinds of the table, for visitors (each visitor checks the group through the set). */
export const POD_MAKER_KINDS: ReadonlySet<string> = new Set(BY_KIND.keys());

/** The table entry for this object, when its group and kind are one. */
export function podMakerFor(manifest: Manifest): PodMaker | undefined {
  const maker = BY_KIND.get(manifest.kind);
  return maker && maker.group === manifest.group ? maker : undefined;
}

/** A Rollout's `spec.workloadRef`: the Deployment whose pod template it runs. */
export function rolloutWorkloadRef(
  manifest: Manifest,
): { kind: string; name: string; apiVersion: string | undefined } | undefined {
  const ref = asObject(manifest.get(['spec', 'workloadRef']));
  if (!ref || typeof ref.name !== 'string' || ref.name === '') {
    return undefined;
  }
  return {
    kind: typeof ref.kind === 'string' && ref.kind !== '' ? ref.kind : 'Deployment',
    name: ref.name,
    apiVersion: typeof ref.apiVersion === 'string' ? ref.apiVersion : undefined,
  };
}

/** An object an operator of the set creates at run time. */
export interface OperatorObject {
  kind: string;
  namespace: string;
  name: string;
  labels: Readonly<Record<string, string>>;
  /** Who makes it, for documentation and messages. */
  madeBy: string;
}

const OPERATOR_IMAGE = /(^|\/)prometheus-operator(:|@|$)/;

/**
 * The Service and Endpoints prometheus-operator writes the kubelets into
 * (`--kubelet-service=namespace/name`; pkg/kubelet/controller.go labels them
 * `k8s-app: kubelet`, `app.kubernetes.io/name: kubelet`), for each operator Deployment of the
 * set. Without the flag in view, `kube-system/kubelet`, the value kube-prometheus and most
 * installs use.
 */
export function operatorObjects(manifests: readonly Manifest[]): OperatorObject[] {
  const result: OperatorObject[] = [];
  for (const manifest of manifests) {
    if (manifest.kind !== 'Deployment') {
      continue;
    }
    const containers = asArray(manifest.get(['spec', 'template', 'spec', 'containers']));
    for (const entry of containers) {
      const container = asObject(entry);
      const image = typeof container?.image === 'string' ? container.image : '';
      const imageName = image.replace(/[:@].*$/, '');
      if (!OPERATOR_IMAGE.test(imageName)) {
        continue;
      }
      const args = asArray(container?.args).filter((arg): arg is string => typeof arg === 'string');
      const flag = kubeletServiceFlag(args) ?? 'kube-system/kubelet';
      const [namespace, name] = flag.split('/');
      if (namespace && name) {
        for (const kind of ['Service', 'Endpoints']) {
          result.push({
            kind,
            namespace,
            name,
            labels: {
              'k8s-app': 'kubelet',
              'app.kubernetes.io/name': 'kubelet',
              'app.kubernetes.io/managed-by': 'prometheus-operator',
            },
            madeBy: `prometheus-operator (Deployment "${manifest.name}")`,
          });
        }
      }
    }
  }
  return result;
}

function kubeletServiceFlag(args: readonly string[]): string | undefined {
  for (const [index, arg] of args.entries()) {
    const match = /^--?kubelet-service(?:=(.*))?$/.exec(arg);
    if (match) {
      return match[1] ?? args[index + 1];
    }
  }
  return undefined;
}
