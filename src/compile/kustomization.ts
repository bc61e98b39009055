import { DEPLOYED_WITH_ANNOTATION } from '../load/load.js';
import type { EnvironmentContext } from './context.js';
import type { Json } from './yaml.js';

export const CONFIGURATIONS_FILE = 'kustomizeconfig.yaml';

/**
 * Kustomize `configurations`: nameReference entries so that `namePrefix`/`nameSuffix` also
 * rewrite the VPA's `spec.targetRef.name`, the ScaledObject's `spec.scaleTargetRef.name`
 * (Kustomize only knows the HPA's; kustomize#1727, #5306) and the objects HPA Object metrics
 * describe. `objectKinds` are the kinds those metrics name.
 */
export function nameReferenceConfiguration(objectKinds: readonly string[]): Json {
  const describedObject = {
    kind: 'HorizontalPodAutoscaler',
    group: 'autoscaling',
    path: 'spec/metrics/object/describedObject/name',
  };
  const workloadGroups: Readonly<Record<string, string>> = {
    Deployment: 'apps',
    StatefulSet: 'apps',
    Ingress: 'networking.k8s.io',
  };
  const entries: Json[] = ['Deployment', 'StatefulSet'].map((kind) => ({
    kind,
    group: 'apps',
    fieldSpecs: [
      { kind: 'VerticalPodAutoscaler', group: 'autoscaling.k8s.io', path: 'spec/targetRef/name' },
      { kind: 'ScaledObject', group: 'keda.sh', path: 'spec/scaleTargetRef/name' },
      ...(objectKinds.includes(kind) ? [describedObject] : []),
    ],
  }));
  for (const kind of [...new Set(objectKinds)].sort()) {
    if (kind === 'Deployment' || kind === 'StatefulSet') {
      continue;
    }
    const group = workloadGroups[kind];
    entries.push({
      kind,
      ...(group !== undefined ? { group } : {}),
      fieldSpecs: [describedObject],
    });
  }
  return { nameReference: entries };
}

export interface KustomizationParts {
  /** Base directory relative to the environment directory. */
  base: string;
  resources: readonly string[];
  patches: readonly string[];
  configurations: boolean;
  /** The environment's cluster directory, relative to the environment's, when it has one. */
  clusterDirectory: string | undefined;
}

export function kustomization(environment: EnvironmentContext, parts: KustomizationParts): Json {
  const view = environment.view;
  const result: Record<string, Json> = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
  };
  if (parts.clusterDirectory !== undefined) {
    // Kustomize ignores it; scaleplan lint renders the cluster directory beside the overlay,
    // so that the PriorityClasses its pods name are not reported missing.
    result.metadata = { annotations: { [DEPLOYED_WITH_ANNOTATION]: parts.clusterDirectory } };
  }
  if (view.namespace !== undefined) {
    result.namespace = view.namespace;
  }
  if (view.namePrefix !== '') {
    result.namePrefix = view.namePrefix;
  }
  if (view.nameSuffix !== '') {
    result.nameSuffix = view.nameSuffix;
  }
  const labels = Object.keys(view.labels).sort();
  if (labels.length > 0) {
    result.labels = [
      {
        pairs: Object.fromEntries(labels.map((key) => [key, view.labels[key] ?? ''])),
        includeSelectors: false,
      },
    ];
  }
  result.resources = [parts.base, ...parts.resources];
  if (parts.patches.length > 0) {
    result.patches = parts.patches.map((path) => ({ path }));
  }
  if (parts.configurations) {
    result.configurations = [CONFIGURATIONS_FILE];
  }
  return result;
}

/**
 * The kustomization of a cluster directory: its cluster-wide objects as they are (no
 * namespace, no name prefix: they are shared by every environment of the cluster), with the
 * spec's top-level labels.
 */
export function clusterKustomization(
  labels: Readonly<Record<string, string>>,
  resources: readonly string[],
): Json {
  const result: Record<string, Json> = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
  };
  const keys = Object.keys(labels).sort();
  if (keys.length > 0) {
    result.labels = [
      {
        pairs: Object.fromEntries(keys.map((key) => [key, labels[key] ?? ''])),
        includeSelectors: false,
      },
    ];
  }
  result.resources = [...resources];
  return result;
}
