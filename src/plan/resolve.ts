import type { FieldPath } from '../source/locate.js';
import {
  DEFAULT_CLUSTER,
  DEFAULT_ENVIRONMENT,
  type NodePoolSpec,
  type PlanAlertsSpec,
  type PriorityClassSpec,
  type QuotaSpec,
  type ScalePlan,
  type ScalingRulesSpec,
  type SharedIngressSpec,
  type WorkloadSpec,
} from './types.js';
import type { ScalingPolicy } from '../k8s/autoscaling.js';

export type Profile = NonNullable<WorkloadSpec['profile']>;
export type Autoscaler = NonNullable<WorkloadSpec['autoscaler']>;

/** One HPA scaling policy, the same shape the linter reads (k8s/autoscaling.ts). */
export type { ScalingPolicy };

/** One direction of an HPA `behavior`, fully spelled out. */
export interface ScalingDirection {
  stabilizationWindowSeconds: number;
  selectPolicy: 'Max' | 'Min' | 'Disabled';
  policies: ScalingPolicy[];
  tolerance?: number;
}

export interface Behavior {
  scaleUp: ScalingDirection;
  scaleDown: ScalingDirection;
}

/**
 * The behaviour presets, modelled on the seed systems:
 *
 * - `aggressive`: scale-up as Kubernetes does by default (100% or 4 pods per 15 s, no window),
 *   which the ai-inference seed calls "fast scale-up (30s, up to 4 pods)"; scale-down after a
 *   2-minute window by at most a quarter of the pods per minute — faster than the others but
 *   never more than half within a minute (the hpa-scale-down-too-fast line).
 * - `balanced`: the hsof runbook and the opifex L2O optimizer: scale-up after a 30 s window by
 *   100% or 4 pods per minute; scale-down after the Kubernetes default 5-minute window by 10%
 *   or one pod per minute, whichever is more (opifex: "10% decrease every 60s with 5min
 *   stabilization"; ai-inference: "slow scale-down (5min, max 1 pod)").
 * - `conservative`: the llm-platform Ollama HPA: scale-up after 60 s by one pod per minute,
 *   scale-down after 10 minutes by one pod per 5 minutes ("very conservative").
 */
export const PROFILES: Readonly<Record<Profile, Behavior>> = {
  aggressive: {
    scaleUp: {
      stabilizationWindowSeconds: 0,
      selectPolicy: 'Max',
      policies: [
        { type: 'Percent', value: 100, periodSeconds: 15 },
        { type: 'Pods', value: 4, periodSeconds: 15 },
      ],
    },
    scaleDown: {
      stabilizationWindowSeconds: 120,
      selectPolicy: 'Max',
      policies: [{ type: 'Percent', value: 25, periodSeconds: 60 }],
    },
  },
  balanced: {
    scaleUp: {
      stabilizationWindowSeconds: 30,
      selectPolicy: 'Max',
      policies: [
        { type: 'Percent', value: 100, periodSeconds: 60 },
        { type: 'Pods', value: 4, periodSeconds: 60 },
      ],
    },
    scaleDown: {
      stabilizationWindowSeconds: 300,
      selectPolicy: 'Max',
      policies: [
        { type: 'Percent', value: 10, periodSeconds: 60 },
        { type: 'Pods', value: 1, periodSeconds: 60 },
      ],
    },
  },
  conservative: {
    scaleUp: {
      stabilizationWindowSeconds: 60,
      selectPolicy: 'Max',
      policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
    },
    scaleDown: {
      stabilizationWindowSeconds: 600,
      selectPolicy: 'Max',
      policies: [{ type: 'Pods', value: 1, periodSeconds: 300 }],
    },
  },
};

export const DEFAULT_PROFILE: Profile = 'balanced';

/**
 * A profile direction with the spec's overrides. Giving `maxPods` or `maxPercent` replaces the
 * profile's policies with exactly the ones given; `period` alone re-times the profile's.
 * Durations must already be valid (checked by the semantic pass).
 */
export function resolveDirection(
  preset: ScalingDirection,
  override: ScalingRulesSpec | undefined,
  parseSeconds: (text: string) => number,
): ScalingDirection {
  if (!override) {
    return { ...preset, policies: preset.policies.map((policy) => ({ ...policy })) };
  }
  const period =
    override.period !== undefined
      ? parseSeconds(override.period)
      : (preset.policies[0]?.periodSeconds ?? 60);
  let policies: ScalingPolicy[];
  if (override.maxPods !== undefined || override.maxPercent !== undefined) {
    policies = [];
    if (override.maxPercent !== undefined) {
      policies.push({ type: 'Percent', value: override.maxPercent, periodSeconds: period });
    }
    if (override.maxPods !== undefined) {
      policies.push({ type: 'Pods', value: override.maxPods, periodSeconds: period });
    }
  } else {
    policies = preset.policies.map((policy) => ({
      ...policy,
      periodSeconds: override.period !== undefined ? period : policy.periodSeconds,
    }));
  }
  const direction: ScalingDirection = {
    stabilizationWindowSeconds:
      override.stabilization !== undefined
        ? parseSeconds(override.stabilization)
        : preset.stabilizationWindowSeconds,
    selectPolicy: override.select ?? preset.selectPolicy,
    policies,
  };
  const tolerance = override.tolerance ?? preset.tolerance;
  if (tolerance !== undefined) {
    direction.tolerance = tolerance;
  }
  return direction;
}

export function resolveBehavior(
  workload: WorkloadSpec,
  parseSeconds: (text: string) => number,
): Behavior {
  const preset = PROFILES[workload.profile ?? DEFAULT_PROFILE];
  return {
    scaleUp: resolveDirection(preset.scaleUp, workload.scaleUp, parseSeconds),
    scaleDown: resolveDirection(preset.scaleDown, workload.scaleDown, parseSeconds),
  };
}

type Json = unknown;

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; lists and scalars in `override` replace. Inputs are not changed. */
export function mergeOverride<T>(base: T, override: Json): T {
  if (override === undefined) {
    return base;
  }
  if (isPlainObject(base) && isPlainObject(override)) {
    const result: Record<string, Json> = { ...base };
    for (const [key, value] of Object.entries(override)) {
      result[key] = mergeOverride(result[key], value);
    }
    return result as T;
  }
  return override as T;
}

/** Environment names in a stable order; `default` for a spec without environments. */
export function environmentNames(plan: ScalePlan): string[] {
  const names = Object.keys(plan.spec.environments ?? {});
  return names.length === 0 ? [DEFAULT_ENVIRONMENT] : [...names].sort();
}

export interface ResolvedWorkload {
  name: string;
  spec: WorkloadSpec;
  /** Where this workload's fields are written, for problems: the override first. */
  fieldPath: (subPath: FieldPath) => FieldPath;
}

/** The spec as one environment sees it: top-level values with the environment's overrides. */
export interface EnvironmentView {
  name: string;
  /** `spec.environments.<name>` in the spec, or undefined for the implicit `default`. */
  path: FieldPath | undefined;
  namespace: string | undefined;
  /** The cluster the environment is deployed to (`default` unless the spec names one). */
  cluster: string;
  namePrefix: string;
  nameSuffix: string;
  labels: Record<string, string>;
  prometheus: NonNullable<ScalePlan['spec']['prometheus']>;
  /** The plan-wide alerts (`spec.alerts` with the environment's `alerts` merged on). */
  alerts: PlanAlertsSpec;
  priorityClasses: Record<string, PriorityClassSpec>;
  quotas: Record<string, QuotaSpec>;
  nodePools: Record<string, NodePoolSpec>;
  workloads: ResolvedWorkload[];
  /** Shared Ingresses by name, the environment's overrides merged, the disabled left out. */
  ingresses: Record<string, SharedIngressSpec>;
  /** Where a top-level map entry (`quotas.compute.gpu`) is written, override first. */
  fieldPath: (
    section: 'quotas' | 'nodePools' | 'prometheus' | 'priorityClasses' | 'ingresses' | 'alerts',
    subPath: FieldPath,
  ) => FieldPath;
}

function hasPath(value: Json, path: FieldPath): boolean {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number' && segment < current.length) {
      current = current[segment] as Json;
      continue;
    }
    if (!isPlainObject(current) || !(String(segment) in current)) {
      return false;
    }
    current = current[String(segment)];
  }
  return true;
}

export function resolveEnvironment(plan: ScalePlan, name: string): EnvironmentView {
  const environment = plan.spec.environments?.[name];
  const path: FieldPath | undefined = environment ? ['spec', 'environments', name] : undefined;
  const overrideWorkloads = environment?.workloads ?? {};
  const workloads = Object.keys(plan.spec.workloads)
    .sort()
    .map((workloadName): ResolvedWorkload => {
      const base = plan.spec.workloads[workloadName] ?? {};
      const override = overrideWorkloads[workloadName];
      return {
        name: workloadName,
        spec: mergeOverride(base, override),
        fieldPath: (subPath) =>
          path && override !== undefined && hasPath(override, subPath)
            ? [...path, 'workloads', workloadName, ...subPath]
            : ['spec', 'workloads', workloadName, ...subPath],
      };
    });
  return {
    name,
    path,
    namespace: environment?.namespace ?? plan.spec.namespace,
    cluster: environment?.cluster ?? DEFAULT_CLUSTER,
    namePrefix: environment?.namePrefix ?? plan.spec.namePrefix ?? '',
    nameSuffix: environment?.nameSuffix ?? plan.spec.nameSuffix ?? '',
    labels: { ...plan.spec.labels, ...environment?.labels },
    prometheus: mergeOverride(plan.spec.prometheus ?? {}, environment?.prometheus),
    alerts: mergeOverride(plan.spec.alerts ?? {}, environment?.alerts),
    priorityClasses: mergeOverride(plan.spec.priorityClasses ?? {}, environment?.priorityClasses),
    quotas: mergeOverride(plan.spec.quotas ?? {}, environment?.quotas),
    nodePools: mergeOverride(plan.spec.nodePools ?? {}, environment?.nodePools),
    workloads,
    ingresses: Object.fromEntries(
      Object.entries(
        mergeOverride<Record<string, SharedIngressSpec>>(
          plan.spec.ingresses ?? {},
          environment?.ingresses,
        ),
      )
        .filter(([, ingress]) => ingress.enabled !== false)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    fieldPath: (section, subPath) =>
      path && hasPath(environment?.[section], subPath)
        ? [...path, section, ...subPath]
        : ['spec', section, ...subPath],
  };
}

/** The clusters of a spec, sorted, each with its environments (sorted). */
export function clusterEnvironments(plan: ScalePlan): Map<string, string[]> {
  const clusters = new Map<string, string[]>();
  for (const name of environmentNames(plan)) {
    const cluster = plan.spec.environments?.[name]?.cluster ?? DEFAULT_CLUSTER;
    clusters.set(cluster, [...(clusters.get(cluster) ?? []), name]);
  }
  return new Map([...clusters.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
