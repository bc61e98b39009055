import { isEnabled, seconds, vpaControlledResources } from '../plan/model.js';
import { quantityText } from '../plan/base.js';
import type { ScalingDirection } from '../plan/resolve.js';
import type { VpaBounds } from '../plan/types.js';
import { metadata, type EnvironmentContext, type WorkloadContext } from './context.js';
import type { Json } from './yaml.js';

const HPA_API_VERSION = 'autoscaling/v2';
const KEDA_API_VERSION = 'keda.sh/v1alpha1';
const VPA_API_VERSION = 'autoscaling.k8s.io/v1';

function scaleTargetRef(workload: WorkloadContext): Json {
  return { apiVersion: 'apps/v1', kind: workload.kind, name: workload.name };
}

function direction(rules: ScalingDirection): Json {
  const result: Record<string, Json> = {
    stabilizationWindowSeconds: rules.stabilizationWindowSeconds,
    selectPolicy: rules.selectPolicy,
    policies: rules.policies.map((policy) => ({
      type: policy.type,
      value: policy.value,
      periodSeconds: policy.periodSeconds,
    })),
  };
  if (rules.tolerance !== undefined) {
    result.tolerance = rules.tolerance;
  }
  return result;
}

export function behaviorJson(workload: WorkloadContext): Json {
  return {
    scaleUp: direction(workload.behavior.scaleUp),
    scaleDown: direction(workload.behavior.scaleDown),
  };
}

/** HorizontalPodAutoscaler autoscaling/v2 with metrics in canonical order. */
export function horizontalPodAutoscaler(workload: WorkloadContext): Json {
  return {
    apiVersion: HPA_API_VERSION,
    kind: 'HorizontalPodAutoscaler',
    metadata: metadata(workload.names.hpa, workload.namespace),
    spec: {
      scaleTargetRef: scaleTargetRef(workload),
      minReplicas: workload.bounds.min,
      maxReplicas: workload.bounds.max,
      metrics: workload.metrics.map((metric) => metric.hpa),
      behavior: behaviorJson(workload),
    },
  };
}

/** KEDA ScaledObject: Prometheus (and cpu/memory) triggers; may scale to zero. */
export function scaledObject(workload: WorkloadContext): Json {
  const keda = workload.spec.keda ?? {};
  const spec: Record<string, Json> = {
    scaleTargetRef: scaleTargetRef(workload),
    pollingInterval: keda.pollingInterval !== undefined ? seconds(keda.pollingInterval) : 30,
    cooldownPeriod: keda.cooldownPeriod !== undefined ? seconds(keda.cooldownPeriod) : 300,
    minReplicaCount: workload.bounds.min,
    maxReplicaCount: workload.bounds.max,
  };
  if (keda.fallbackReplicas !== undefined) {
    spec.fallback = { failureThreshold: 3, replicas: keda.fallbackReplicas };
  }
  const hpaConfig: Record<string, Json> = {};
  if (workload.spec.names?.hpa !== undefined) {
    hpaConfig.name = workload.spec.names.hpa;
  }
  hpaConfig.behavior = behaviorJson(workload);
  spec.advanced = { horizontalPodAutoscalerConfig: hpaConfig };
  spec.triggers = workload.metrics.map((metric) => metric.keda);
  return {
    apiVersion: KEDA_API_VERSION,
    kind: 'ScaledObject',
    metadata: metadata(workload.names.scaledObject, workload.namespace),
    spec,
  };
}

function bounds(values: VpaBounds | undefined): Json {
  if (!values) {
    return undefined;
  }
  const result: Record<string, Json> = {};
  if (values.cpu !== undefined) {
    result.cpu = quantityText(values.cpu);
  }
  if (values.memory !== undefined) {
    result.memory = quantityText(values.memory);
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/**
 * VerticalPodAutoscaler whose controlledResources leave out what the autoscaler scales on
 * (unless it only recommends), for the target container and (through `*`) every other container of the pod: HPA
 * utilization is computed over the whole pod.
 */
export function verticalPodAutoscaler(workload: WorkloadContext): Json {
  const vpa = workload.spec.vpa ?? {};
  const controlled = vpaControlledResources(workload.spec);
  const policy: Record<string, Json> = {
    containerName: workload.container,
    controlledResources: controlled,
  };
  if (vpa.controlledValues !== undefined) {
    policy.controlledValues = vpa.controlledValues;
  }
  const minAllowed = bounds(vpa.minAllowed);
  if (minAllowed !== undefined) {
    policy.minAllowed = minAllowed;
  }
  const maxAllowed = bounds(vpa.maxAllowed);
  if (maxAllowed !== undefined) {
    policy.maxAllowed = maxAllowed;
  }
  const policies: Json[] = [policy];
  const others = workload.base.containers.some(
    (container) => container.kind !== 'init' && container.name !== workload.container,
  );
  if (others) {
    policies.push({ containerName: '*', controlledResources: controlled });
  }
  return {
    apiVersion: VPA_API_VERSION,
    kind: 'VerticalPodAutoscaler',
    metadata: metadata(workload.names.vpa, workload.namespace),
    spec: {
      targetRef: scaleTargetRef(workload),
      updatePolicy: { updateMode: vpa.mode ?? 'Off' },
      resourcePolicy: { containerPolicies: policies },
    },
  };
}

export function autoscalerDocuments(
  workload: WorkloadContext,
): { file: string; documents: Json[] }[] {
  const files: { file: string; documents: Json[] }[] = [];
  if (workload.autoscaler === 'hpa') {
    files.push({
      file: `${workload.name}-hpa.yaml`,
      documents: [horizontalPodAutoscaler(workload)],
    });
  } else if (workload.autoscaler === 'keda') {
    files.push({ file: `${workload.name}-scaledobject.yaml`, documents: [scaledObject(workload)] });
  }
  if (isEnabled(workload.spec.vpa)) {
    files.push({ file: `${workload.name}-vpa.yaml`, documents: [verticalPodAutoscaler(workload)] });
  }
  return files;
}

/** The name of the HPA that scales the workload: its own, or the one KEDA creates. */
export function hpaName(environment: EnvironmentContext, workload: WorkloadContext): string {
  if (workload.autoscaler !== 'keda') {
    return environment.finalName(workload.names.hpa);
  }
  // KEDA names the HPA from a field Kustomize's namePrefix/nameSuffix do not rewrite.
  return (
    workload.spec.names?.hpa ?? `keda-hpa-${environment.finalName(workload.names.scaledObject)}`
  );
}
