import type { FieldPath } from '../source/locate.js';
import { asArray, asObject, type JsonObject, type Manifest } from './manifest.js';

export const HPA_KIND = 'HorizontalPodAutoscaler';
export const SCALED_OBJECT_KIND = 'ScaledObject';
export const VPA_KIND = 'VerticalPodAutoscaler';

/** What an autoscaler (HPA, KEDA ScaledObject, VPA) points at. */
export interface TargetRef {
  apiVersion: string | undefined;
  kind: string;
  name: string;
  /** Path of the reference in the autoscaler, for findings. */
  path: FieldPath;
}

/** An HPA or KEDA ScaledObject with its replica bounds, defaults applied. */
export interface Autoscaler {
  manifest: Manifest;
  target: TargetRef | undefined;
  /** HPA minReplicas (default 1) or KEDA minReplicaCount (default 0). */
  minReplicas: number;
  minReplicasPath: FieldPath;
  /** HPA maxReplicas or KEDA maxReplicaCount (default 100); undefined when invalid. */
  maxReplicas: number | undefined;
  maxReplicasPath: FieldPath;
}

export function isAutoscalerKind(kind: string): boolean {
  return kind === HPA_KIND || kind === SCALED_OBJECT_KIND;
}

export function readTargetRef(manifest: Manifest): TargetRef | undefined {
  const field = manifest.kind === VPA_KIND ? 'targetRef' : 'scaleTargetRef';
  const ref = asObject(manifest.get(['spec', field]));
  if (!ref) {
    return undefined;
  }
  const name = ref.name;
  if (typeof name !== 'string' || name === '') {
    return undefined;
  }
  const isKeda = manifest.kind === SCALED_OBJECT_KIND;
  const kind =
    typeof ref.kind === 'string' && ref.kind !== '' ? ref.kind : isKeda ? 'Deployment' : '';
  if (kind === '') {
    return undefined;
  }
  const apiVersion =
    typeof ref.apiVersion === 'string' && ref.apiVersion !== ''
      ? ref.apiVersion
      : isKeda
        ? 'apps/v1'
        : undefined;
  return { apiVersion, kind, name, path: ['spec', field] };
}

function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

export function readAutoscaler(manifest: Manifest): Autoscaler {
  const isKeda = manifest.kind === SCALED_OBJECT_KIND;
  const minField = isKeda ? 'minReplicaCount' : 'minReplicas';
  const maxField = isKeda ? 'maxReplicaCount' : 'maxReplicas';
  const rawMin = manifest.get(['spec', minField]);
  const rawMax = manifest.get(['spec', maxField]);
  const defaultMin = isKeda ? 0 : 1;
  return {
    manifest,
    target: readTargetRef(manifest),
    minReplicas:
      rawMin === undefined || rawMin === null ? defaultMin : (wholeNumber(rawMin) ?? defaultMin),
    minReplicasPath: ['spec', minField],
    maxReplicas: rawMax === undefined && isKeda ? 100 : wholeNumber(rawMax),
    maxReplicasPath: ['spec', maxField],
  };
}

/** The API group of an apiVersion ('' for core and for a missing apiVersion). */
export function groupOf(apiVersion: string | undefined): string {
  if (!apiVersion) {
    return '';
  }
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

export type MetricSourceType = 'Resource' | 'ContainerResource' | 'Pods' | 'Object' | 'External';

export interface HpaMetric {
  type: string;
  /** Resource name for Resource/ContainerResource, metric name for the others. */
  name: string | undefined;
  container: string | undefined;
  targetType: string | undefined;
  path: FieldPath;
}

/** The `spec.metrics` of an autoscaling/v2 HPA (or the v1 CPU target, as a Resource metric). */
export function readHpaMetrics(manifest: Manifest): HpaMetric[] {
  if (manifest.apiVersion === 'autoscaling/v1') {
    const target = manifest.get(['spec', 'targetCPUUtilizationPercentage']);
    // autoscaling/v1 scales on CPU utilization, 80% when unset.
    return [
      {
        type: 'Resource',
        name: 'cpu',
        container: undefined,
        targetType: 'Utilization',
        path: target === undefined ? ['spec'] : ['spec', 'targetCPUUtilizationPercentage'],
      },
    ];
  }
  const metrics = manifest.get(['spec', 'metrics']);
  return asArray(metrics).flatMap((entry, index): HpaMetric[] => {
    const metric = asObject(entry);
    const type = metric?.type;
    if (!metric || typeof type !== 'string') {
      return [];
    }
    const path: FieldPath = ['spec', 'metrics', index];
    const sourceKey = type.charAt(0).toLowerCase() + type.slice(1);
    const source = asObject(metric[sourceKey]);
    if (type === 'Resource' || type === 'ContainerResource') {
      const target = asObject(source?.target);
      // autoscaling/v2beta1 used targetAverageUtilization / targetAverageValue.
      const legacyType =
        source?.targetAverageUtilization !== undefined
          ? 'Utilization'
          : source?.targetAverageValue !== undefined
            ? 'AverageValue'
            : undefined;
      return [
        {
          type,
          name: typeof source?.name === 'string' ? source.name : undefined,
          container: typeof source?.container === 'string' ? source.container : undefined,
          targetType: typeof target?.type === 'string' ? target.type : legacyType,
          path,
        },
      ];
    }
    const metricId = asObject(source?.metric);
    const name =
      typeof metricId?.name === 'string'
        ? metricId.name
        : typeof source?.metricName === 'string'
          ? source.metricName
          : undefined;
    const target = asObject(source?.target);
    return [
      {
        type,
        name,
        container: undefined,
        targetType: typeof target?.type === 'string' ? target.type : undefined,
        path,
      },
    ];
  });
}

export interface ScalingPolicy {
  type: 'Pods' | 'Percent';
  value: number;
  periodSeconds: number;
}

export interface ScalingRules {
  stabilizationWindowSeconds: number;
  selectPolicy: 'Max' | 'Min' | 'Disabled';
  policies: ScalingPolicy[];
  /** Whether each part was written or comes from the Kubernetes default. */
  explicit: { stabilization: boolean; policies: boolean };
}

/** HPA behaviour defaults, from the Kubernetes documentation. */
export const DEFAULT_SCALE_DOWN: ScalingRules = {
  stabilizationWindowSeconds: 300,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
  explicit: { stabilization: false, policies: false },
};

export const DEFAULT_SCALE_UP: ScalingRules = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Percent', value: 100, periodSeconds: 15 },
    { type: 'Pods', value: 4, periodSeconds: 15 },
  ],
  explicit: { stabilization: false, policies: false },
};

/**
 * Where an autoscaler keeps its HPA `behavior`: `spec.behavior` on an HPA; on a KEDA
 * ScaledObject `spec.advanced.horizontalPodAutoscalerConfig.behavior`, which KEDA copies into
 * the HPA it creates.
 */
export function behaviorPath(manifest: Manifest): FieldPath {
  return manifest.kind === SCALED_OBJECT_KIND
    ? ['spec', 'advanced', 'horizontalPodAutoscalerConfig', 'behavior']
    : ['spec', 'behavior'];
}

/**
 * The scaling rules the cluster will run for one direction: explicit values where the HPA
 * sets them, Kubernetes defaults elsewhere (field by field, as the API server defaults them).
 */
export function effectiveScalingRules(
  manifest: Manifest,
  direction: 'scaleUp' | 'scaleDown',
): ScalingRules {
  const defaults = direction === 'scaleUp' ? DEFAULT_SCALE_UP : DEFAULT_SCALE_DOWN;
  const rules = asObject(manifest.get([...behaviorPath(manifest), direction]));
  if (!rules) {
    return defaults;
  }
  const window = rules.stabilizationWindowSeconds;
  const hasWindow = typeof window === 'number' && Number.isInteger(window) && window >= 0;
  const select = rules.selectPolicy;
  const rawPolicies = asArray(rules.policies);
  const policies = rawPolicies.flatMap((entry): ScalingPolicy[] => {
    const policy = asObject(entry);
    if (!policy) {
      return [];
    }
    const { type, value, periodSeconds } = policy as JsonObject;
    if (
      (type !== 'Pods' && type !== 'Percent') ||
      typeof value !== 'number' ||
      typeof periodSeconds !== 'number'
    ) {
      return [];
    }
    return [{ type, value, periodSeconds }];
  });
  // Written policies replace the defaults even when none of them is valid (an empty list or a
  // map): the API server rejects those, and rules must not judge the defaults instead.
  const hasPolicies = rules.policies !== undefined && rules.policies !== null;
  return {
    stabilizationWindowSeconds: hasWindow ? window : defaults.stabilizationWindowSeconds,
    selectPolicy: select === 'Min' || select === 'Disabled' || select === 'Max' ? select : 'Max',
    policies: hasPolicies ? policies : defaults.policies,
    explicit: { stabilization: hasWindow, policies: hasPolicies },
  };
}

/**
 * The cpu/memory triggers of a KEDA ScaledObject, as the Resource / ContainerResource metrics
 * of the HPA that KEDA creates from them (`metadata.containerName` makes it per container).
 */
export function readScaledObjectResourceMetrics(manifest: Manifest): HpaMetric[] {
  return asArray(manifest.get(['spec', 'triggers'])).flatMap((entry, index): HpaMetric[] => {
    const trigger = asObject(entry);
    const type = trigger?.type;
    if (type !== 'cpu' && type !== 'memory') {
      return [];
    }
    const metadata = asObject(trigger?.metadata);
    const container =
      typeof metadata?.containerName === 'string' && metadata.containerName !== ''
        ? metadata.containerName
        : undefined;
    // metricType moved from metadata.type to the trigger in KEDA 2.10; both are still read.
    const metricType = trigger?.metricType ?? metadata?.type;
    return [
      {
        type: container === undefined ? 'Resource' : 'ContainerResource',
        name: type,
        container,
        targetType: typeof metricType === 'string' ? metricType : 'Utilization',
        path: ['spec', 'triggers', index],
      },
    ];
  });
}

/** The metrics an autoscaler scales on: an HPA's own, or those KEDA derives from a ScaledObject. */
export function readAutoscalerResourceMetrics(manifest: Manifest): HpaMetric[] {
  const metrics =
    manifest.kind === SCALED_OBJECT_KIND
      ? readScaledObjectResourceMetrics(manifest)
      : readHpaMetrics(manifest);
  return metrics.filter(
    (metric) => metric.type === 'Resource' || metric.type === 'ContainerResource',
  );
}

/** Where the resource (or metric) name of an autoscaler metric is written, for findings. */
export function metricNamePath(autoscaler: Manifest, metric: HpaMetric): FieldPath {
  if (autoscaler.kind === SCALED_OBJECT_KIND) {
    return [...metric.path, 'type'];
  }
  if (autoscaler.apiVersion === 'autoscaling/v1') {
    // Absent (the 80 % default): resolves to `spec`, approximately.
    return ['spec', 'targetCPUUtilizationPercentage'];
  }
  return [...metric.path, metric.type === 'Resource' ? 'resource' : 'containerResource', 'name'];
}
