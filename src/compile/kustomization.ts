import { ADAPTER_NAMESPACE_ANNOTATION } from './adapter.js';
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
  /** Name of the adapter ConfigMap, when there is one. */
  adapterConfigMap: string | undefined;
}

export function kustomization(environment: EnvironmentContext, parts: KustomizationParts): Json {
  const view = environment.view;
  const result: Record<string, Json> = {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
  };
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
  if (parts.adapterConfigMap !== undefined && view.namespace !== undefined) {
    // The namespace transformer moves every object into the environment's namespace; the
    // adapter's rules belong in the adapter's. Replacements run after it and put it back.
    result.replacements = [
      {
        source: {
          kind: 'ConfigMap',
          name: parts.adapterConfigMap,
          fieldPath: `metadata.annotations.[${ADAPTER_NAMESPACE_ANNOTATION}]`,
        },
        targets: [
          {
            select: { kind: 'ConfigMap', name: parts.adapterConfigMap },
            fieldPaths: ['metadata.namespace'],
          },
        ],
      },
    ];
  }
  return result;
}
