import { parseDuration } from '../k8s/numbers.js';
import type { AlertRuleSpec, ObjectNames, WorkloadSpec } from './types.js';

/** What a workload of the plan means once defaults apply: read by the checks and the compiler. */

/** The replica bounds of a workload as compiled (defaults applied). */
export function replicaBounds(workload: WorkloadSpec): { min: number; max: number } | undefined {
  const autoscaler = workload.autoscaler ?? 'hpa';
  if (autoscaler === 'none') {
    const min = workload.replicas?.min;
    return min === undefined ? undefined : { min, max: min };
  }
  const max = workload.replicas?.max;
  if (max === undefined) {
    return undefined;
  }
  return { min: workload.replicas?.min ?? Math.min(2, max), max };
}

/** Resources the autoscaler scales on that metrics-server serves (`cpu`, `memory`). */
export function resourceMetrics(workload: WorkloadSpec): ('cpu' | 'memory')[] {
  if ((workload.autoscaler ?? 'hpa') === 'none') {
    return [];
  }
  return (['cpu', 'memory'] as const).filter((name) => workload.scaleOn?.[name] !== undefined);
}

export function hasScaleTarget(workload: WorkloadSpec): boolean {
  const scaleOn = workload.scaleOn ?? {};
  return (
    scaleOn.cpu !== undefined ||
    scaleOn.memory !== undefined ||
    scaleOn.gpu !== undefined ||
    scaleOn.gpuMemory !== undefined ||
    scaleOn.requestsPerSecond !== undefined ||
    scaleOn.latency !== undefined ||
    (scaleOn.metrics ?? []).length > 0
  );
}

/** A VPA in mode `Off` (the default) only recommends: it never changes a pod. */
export function recommendsOnly(workload: WorkloadSpec): boolean {
  return (workload.vpa?.mode ?? 'Off') === 'Off';
}

/**
 * The resources a VPA may control: as asked, else cpu and memory, minus those the autoscaler
 * scales on unless the VPA only recommends.
 */
export function vpaControlledResources(workload: WorkloadSpec): string[] {
  const scaled = new Set(recommendsOnly(workload) ? [] : resourceMetrics(workload));
  const asked = workload.vpa?.controlledResources;
  return (asked ?? ['cpu', 'memory']).filter((resource) => asked || !scaled.has(resource));
}

export function isEnabled(block: { enabled?: boolean } | undefined): boolean {
  return block !== undefined && block.enabled !== false;
}

/** Seconds of a duration the schema already accepted. */
export function seconds(text: string): number {
  return parseDuration(text) ?? 0;
}

/**
 * The name of an object generated for a workload (before namePrefix/nameSuffix): `names`,
 * else the workload's own (`<workload>-scaling` for the PrometheusRule of its alerts).
 */
export function objectName(
  workloadName: string,
  workload: WorkloadSpec,
  kind: keyof ObjectNames,
): string {
  return (
    workload.names?.[kind] ?? (kind === 'prometheusRule' ? `${workloadName}-scaling` : workloadName)
  );
}

/** The alerts the compiler generates into a workload's group (a custom rule may not reuse them). */
export function generatedAlertNames(workload: WorkloadSpec): string[] {
  const alerts = workload.alerts;
  if (alerts?.enabled === false) {
    return [];
  }
  return [
    ...((workload.autoscaler ?? 'hpa') !== 'none'
      ? ['KubeHpaReplicasMismatch', 'KubeHpaMaxedOut']
      : []),
    ...(alerts?.latencyP95 !== undefined ? ['WorkloadLatencyP95High'] : []),
    ...(alerts?.errorRate !== undefined ? ['WorkloadErrorRateHigh'] : []),
  ];
}

/** The labels of a custom alerting rule as compiled: its own, `severity`, `workload`. */
export function alertRuleLabels(
  rule: AlertRuleSpec,
  defaults: { severity: string; workload?: string },
): Record<string, string> {
  const labels: Record<string, string> = { ...rule.labels };
  labels.severity = rule.severity ?? labels.severity ?? defaults.severity;
  if (defaults.workload !== undefined) {
    labels.workload ??= defaults.workload;
  }
  return labels;
}
