import type { LabelSelector, SelectorRequirement } from './selectors.js';

/**
 * The values a label can take on the pods of one workload when a controller, not the
 * manifest, sets it: a hash or uid nobody can predict (`any`), a known finite set (`set`),
 * or `<prefix><ordinal>` for ordinals from `start` (`ordinals`; `count` undefined when the
 * workload's replica count is unbounded, `'replicas'` when it is the workload's maximum
 * replica count, resolved at match time because autoscalers change it).
 */
export type LabelValues =
  | { kind: 'any' }
  | { kind: 'set'; values: readonly string[] }
  | {
      kind: 'ordinals';
      prefixes: readonly string[];
      start: number;
      count: number | 'replicas' | undefined;
    };

const ANY: LabelValues = { kind: 'any' };

/**
 * The labels Kubernetes controllers (and Argo Rollouts) put on the pods of each workload
 * kind, beyond those of the pod template. A selector that names one of them selects the
 * pods only through the controller, so the manifest never shows the label.
 */
export const CONTROLLER_LABELS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['pod-template-hash'],
  // A ReplicaSet gets pod-template-hash when a Deployment owns it, which the set cannot see.
  ReplicaSet: ['pod-template-hash'],
  StatefulSet: [
    'controller-revision-hash',
    'statefulset.kubernetes.io/pod-name',
    'apps.kubernetes.io/pod-index',
  ],
  DaemonSet: ['controller-revision-hash', 'pod-template-generation'],
  Job: [
    'batch.kubernetes.io/job-name',
    'job-name',
    'batch.kubernetes.io/controller-uid',
    'controller-uid',
  ],
  CronJob: [
    'batch.kubernetes.io/job-name',
    'job-name',
    'batch.kubernetes.io/controller-uid',
    'controller-uid',
  ],
  // KEDA names each Job <scaledjob>-<random>.
  ScaledJob: [
    'batch.kubernetes.io/job-name',
    'job-name',
    'batch.kubernetes.io/controller-uid',
    'controller-uid',
  ],
  Rollout: ['rollouts-pod-template-hash'],
};

/** What selector matching assumes of pod labels, for the rules' documentation. */
export const POD_LABEL_ASSUMPTIONS =
  "Pods are matched by the labels they will carry: those of the pod template, those an operator gives the pods it makes from a custom resource (prometheus-operator `Prometheus`, `PrometheusAgent`, `Alertmanager` and `ThanosRuler` pods get `spec.podMetadata.labels` plus `app.kubernetes.io/name`, `app.kubernetes.io/instance`, `app.kubernetes.io/managed-by: prometheus-operator`, `prometheus`/`alertmanager`/`thanos-ruler: <name>`, `operator.prometheus.io/name` and `operator.prometheus.io/shard`; an Argo Rollout's pods its `spec.template` or the template of the Deployment its `spec.workloadRef` names; a KEDA ScaledJob's pods its `spec.jobTargetRef.template` plus `scaledjob.keda.sh/name`), and those the controllers add: `pod-template-hash` (Deployment, ReplicaSet), `controller-revision-hash` (StatefulSet, DaemonSet), `statefulset.kubernetes.io/pod-name` and `apps.kubernetes.io/pod-index` (StatefulSet: `<name>-<ordinal>` and the ordinal, below the maximum replicas, the HPA's maxReplicas when one scales it), `batch.kubernetes.io/job-name`/`job-name` and `batch.kubernetes.io/controller-uid`/`controller-uid` (Job, CronJob, ScaledJob), `rollouts-pod-template-hash` (Rollout). A selector term on such a label matches when the rest of the selector matches that workload. A Rollout whose workloadRef names a Deployment outside the set has pods of unknown labels: nothing in its namespace is reported.";

/** Every label key some controller adds, for the index. */
export const CONTROLLER_LABEL_KEYS: ReadonlySet<string> = new Set(
  Object.values(CONTROLLER_LABELS).flat(),
);

/**
 * What each controller label of a workload can be, from the workload's kind and name.
 * `statefulPrefixes` names the StatefulSets behind an operator's custom resource.
 */
export function controllerLabels(
  kind: string,
  name: string,
  options: { ordinalStart?: number; statefulSetNames?: readonly string[] } = {},
): Map<string, LabelValues> {
  const result = new Map<string, LabelValues>();
  for (const key of CONTROLLER_LABELS[kind] ?? []) {
    result.set(key, controllerLabelValues(kind, key, name, options));
  }
  return result;
}

function controllerLabelValues(
  kind: string,
  key: string,
  name: string,
  options: { ordinalStart?: number; statefulSetNames?: readonly string[] },
): LabelValues {
  const start = options.ordinalStart ?? 0;
  switch (key) {
    case 'statefulset.kubernetes.io/pod-name':
      return {
        kind: 'ordinals',
        prefixes: (options.statefulSetNames ?? [name]).map((set) => `${set}-`),
        start,
        count: 'replicas',
      };
    case 'apps.kubernetes.io/pod-index':
      return { kind: 'ordinals', prefixes: [''], start, count: 'replicas' };
    case 'batch.kubernetes.io/job-name':
    case 'job-name':
      // A Job's pods carry its name; a CronJob's Jobs are named <cronjob>-<scheduled minute>.
      return kind === 'Job'
        ? { kind: 'set', values: [name] }
        : kind === 'CronJob'
          ? { kind: 'ordinals', prefixes: [`${name}-`], start: 0, count: undefined }
          : ANY;
    default:
      return ANY;
  }
}

/** Whether some pod can carry `value` for a label with these values. */
export function mayHave(values: LabelValues, value: string, replicas: number | undefined): boolean {
  switch (values.kind) {
    case 'any':
      return true;
    case 'set':
      return values.values.includes(value);
    case 'ordinals': {
      const count = values.count === 'replicas' ? replicas : values.count;
      return values.prefixes.some((prefix) => {
        if (!value.startsWith(prefix)) {
          return false;
        }
        const digits = value.slice(prefix.length);
        if (!/^(0|[1-9]\d*)$/.test(digits)) {
          return false;
        }
        const ordinal = Number(digits);
        return ordinal >= values.start && (count === undefined || ordinal < values.start + count);
      });
    }
  }
}

/** Whether some pod carries a value of this label outside `excluded`. */
function mayLack(
  values: LabelValues,
  excluded: readonly string[],
  replicas: number | undefined,
): boolean {
  switch (values.kind) {
    case 'any':
      return true;
    case 'set':
      return values.values.some((value) => !excluded.includes(value));
    case 'ordinals': {
      const count = values.count === 'replicas' ? replicas : values.count;
      if (count === undefined) {
        return true;
      }
      const possible = values.prefixes.length * count;
      const hit = new Set(excluded.filter((value) => mayHave(values, value, replicas)));
      return hit.size < possible;
    }
  }
}

/** The pod labels of one workload as far as the set can know them. */
export interface PodLabels {
  /** Labels every pod has with exactly this value (template and operator labels). */
  fixed: Readonly<Record<string, string>>;
  /** Labels a controller sets, with the values they can take. */
  added: ReadonlyMap<string, LabelValues>;
}

/**
 * Whether the selector can select some pod with these labels. `replicas` is the workload's
 * maximum replica count (for ordinal labels), resolved only when an ordinal label is asked.
 */
export function podLabelsMatch(
  selector: LabelSelector,
  labels: PodLabels,
  replicas: () => number | undefined,
): boolean {
  if (selector.matchesNone) {
    return false;
  }
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    const added = labels.added.get(key);
    if (added) {
      if (!mayHave(added, value, countFor(added, replicas))) {
        return false;
      }
    } else if (labels.fixed[key] !== value) {
      return false;
    }
  }
  return selector.matchExpressions.every((requirement) =>
    requirementMatches(requirement, labels, replicas),
  );
}

function countFor(values: LabelValues, replicas: () => number | undefined): number | undefined {
  return values.kind === 'ordinals' && values.count === 'replicas' ? replicas() : undefined;
}

function requirementMatches(
  requirement: SelectorRequirement,
  labels: PodLabels,
  replicas: () => number | undefined,
): boolean {
  const added = labels.added.get(requirement.key);
  if (added) {
    const count = countFor(added, replicas);
    switch (requirement.operator) {
      case 'In':
        return requirement.values.some((value) => mayHave(added, value, count));
      case 'NotIn':
        return mayLack(added, requirement.values, count);
      case 'Exists':
        return true;
      case 'DoesNotExist':
        return false;
    }
  }
  const has = Object.prototype.hasOwnProperty.call(labels.fixed, requirement.key);
  const value = labels.fixed[requirement.key];
  switch (requirement.operator) {
    case 'In':
      return has && value !== undefined && requirement.values.includes(value);
    case 'NotIn':
      return !(has && value !== undefined && requirement.values.includes(value));
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
}
