/*
 * Checks of one workload: resources, replica bounds, scaling rules and profiles, the
 * fields a merge must leave set, alerts.
 */
import { closestMatch } from '../../shared/closest.js';
import { formatQuantity } from '../../k8s/quantity.js';
import type { FieldPath } from '../../source/locate.js';
import {
  effectiveContainers,
  findBaseWorkload,
  GPU_RESOURCE,
  GPU_TAINT,
  podRequests,
  type BaseWorkload,
} from '../base.js';
import { hasScaleTarget, isEnabled, resourceMetrics, seconds } from '../model.js';
import { type EnvironmentView, type ResolvedWorkload } from '../resolve.js';
import { type ScalingRulesSpec } from '../types.js';
import type { Checker } from './checker.js';
import { MAX_STABILIZATION_SECONDS, MAX_PERIOD_SECONDS } from './checker.js';
import { checkPlacement, checkPriorityClass, checkDisruption, checkVpa } from './placement.js';
import { checkMetrics, checkService, checkBaseConflicts } from './services.js';

export function checkWorkload(c: Checker, view: EnvironmentView, workload: ResolvedWorkload): void {
  const spec = workload.spec;
  const at = workload.fieldPath;
  const autoscaler = spec.autoscaler ?? 'hpa';
  const kind = spec.kind ?? 'Deployment';
  let baseWorkload: BaseWorkload | undefined;
  if (c.base) {
    baseWorkload = findBaseWorkload(c.base, kind, workload.name);
    if (!baseWorkload) {
      const candidates = c.base.workloads.map((entry) => `${entry.kind}/${entry.name}`);
      const sameName = c.base.workloads.find((entry) => entry.name === workload.name);
      const suggestion = closestMatch(
        workload.name,
        c.base.workloads.filter((entry) => entry.kind === kind).map((entry) => entry.name),
      );
      c.report(
        ['spec', 'workloads', workload.name],
        sameName
          ? `the base ${c.base.display} has ${sameName.kind} "${workload.name}", not a ${kind}; set kind: ${sameName.kind}.`
          : `the base ${c.base.display} has no ${kind} named "${workload.name}"${suggestion ? `; did you mean "${suggestion}"?` : candidates.length > 0 ? `; it has ${candidates.join(', ')}.` : ' (it holds no Deployment or StatefulSet).'}`,
        'key',
      );
    }
  }
  if (baseWorkload && spec.container !== undefined) {
    const names = baseWorkload.containers
      .filter((container) => container.kind !== 'init')
      .map((container) => container.name);
    if (!names.includes(spec.container)) {
      const suggestion = closestMatch(spec.container, names);
      c.report(
        at(['container']),
        `${kind} "${workload.name}" has no container "${spec.container}"${suggestion ? `; did you mean "${suggestion}"?` : `; its containers: ${names.join(', ')}.`}`,
      );
    }
  }
  checkResources(c, view, workload, baseWorkload);
  checkReplicas(c, workload, autoscaler);
  checkScaling(c, workload, autoscaler, baseWorkload);
  checkPlacement(c, view, workload, baseWorkload);
  checkPriorityClass(c, view, workload);
  checkDisruption(c, workload);
  checkVpa(c, workload);
  checkMetrics(c, workload, autoscaler);
  checkService(c, workload, baseWorkload, view.prometheus.scrape);
  checkAlerts(c, workload);
  checkMergedRequired(c, workload);
  if (c.base && baseWorkload) {
    checkBaseConflicts(c, workload, baseWorkload, c.base);
  }
}

export function checkResources(
  c: Checker,
  view: EnvironmentView,
  workload: ResolvedWorkload,
  baseWorkload: BaseWorkload | undefined,
): void {
  const spec = workload.spec;
  const at = workload.fieldPath;
  const requests = spec.resources?.requests;
  const limits = spec.resources?.limits;
  for (const [field, amounts] of [
    ['requests', requests],
    ['limits', limits],
  ] as const) {
    for (const resource of ['cpu', 'memory', 'ephemeralStorage'] as const) {
      c.quantity(at(['resources', field, resource]), amounts?.[resource]);
    }
  }
  if (requests?.gpu !== undefined && limits?.gpu !== undefined && requests.gpu !== limits.gpu) {
    c.report(
      at(['resources', 'limits', 'gpu']),
      `a GPU limit must equal its request (Kubernetes does not overcommit extended resources): the request is ${requests.gpu}. Give the GPU count once, under requests.`,
    );
  }
  const containers = effectiveContainers(spec, baseWorkload);
  const target = containers.find(
    (container) =>
      container.name === (spec.container ?? containers.find((c) => c.kind === 'container')?.name),
  );
  if (target) {
    for (const [resource, request] of target.requests) {
      const limit = target.limits.get(resource);
      if (limit !== undefined && request > limit) {
        const field = resource === 'ephemeral-storage' ? 'ephemeralStorage' : resource;
        const specField = resource === GPU_RESOURCE ? 'gpu' : field;
        const fromSpec = requests?.[specField as 'cpu'] !== undefined;
        c.report(
          at(['resources', fromSpec ? 'requests' : 'limits', specField]),
          `the ${resource} request (${formatQuantity(resource, request)}) is above its limit (${formatQuantity(resource, limit)}) in container "${target.name}"; the API server rejects that. Raise the limit or lower the request.`,
        );
      }
    }
  }
  const gpus = podRequests(containers).get(GPU_RESOURCE) ?? 0;
  if (gpus > 0) {
    const poolName = spec.placement?.nodePool;
    const pool = poolName !== undefined ? view.nodePools[poolName] : undefined;
    const poolTolerates =
      pool !== undefined &&
      ((pool.gpus ?? 0) > 0 || (pool.taints ?? []).some((taint) => taint.key === GPU_TAINT));
    const baseTolerates = (baseWorkload?.tolerations ?? []).some(
      (toleration) =>
        toleration.key === GPU_TAINT ||
        (toleration.key === undefined && toleration.operator === 'Exists'),
    );
    if (!poolTolerates && !baseTolerates) {
      const gpuPools = Object.entries(view.nodePools)
        .filter(([, candidate]) => (candidate.gpus ?? 0) > 0)
        .map(([name]) => name);
      c.report(
        requests?.gpu !== undefined || limits?.gpu !== undefined
          ? at(['resources', requests?.gpu !== undefined ? 'requests' : 'limits', 'gpu'])
          : at([]),
        `the pods request ${gpus} GPU${gpus === 1 ? '' : 's'} but are placed on no GPU node pool and do not tolerate the "${GPU_TAINT}" taint, so they stay Pending on tainted GPU nodes. ${gpuPools.length > 0 ? `Set placement.nodePool to ${gpuPools.map((name) => `"${name}"`).join(' or ')}.` : 'Add a node pool with gpus > 0 under spec.nodePools and set placement.nodePool.'}`,
      );
    }
  }
}

export function checkReplicas(c: Checker, workload: ResolvedWorkload, autoscaler: string): void {
  const spec = workload.spec;
  const at = workload.fieldPath;
  const min = spec.replicas?.min;
  const max = spec.replicas?.max;
  if (autoscaler === 'none') {
    if (min === undefined) {
      c.report(
        at(spec.replicas ? ['replicas'] : []),
        'with autoscaler: none, replicas.min is the fixed replica count and is required.',
        'key',
      );
    }
    if (max !== undefined && min !== undefined && max !== min) {
      c.report(
        at(['replicas', 'max']),
        `with autoscaler: none nothing scales between min (${min}) and max (${max}); drop max, or choose autoscaler: hpa.`,
      );
    }
    for (const field of ['scaleOn', 'scaleUp', 'scaleDown', 'keda', 'profile'] as const) {
      if (spec[field] !== undefined) {
        c.report(
          at([field]),
          `${field} has no effect with autoscaler: none; remove it, or choose autoscaler: hpa or keda.`,
          'key',
        );
      }
    }
    return;
  }
  if (max === undefined) {
    c.report(
      at(spec.replicas ? ['replicas'] : []),
      `replicas.max is required: the ${autoscaler === 'keda' ? 'ScaledObject' : 'HorizontalPodAutoscaler'} needs an upper bound.`,
      'key',
    );
  }
  if (min !== undefined && max !== undefined && min > max) {
    c.report(
      at(['replicas', 'min']),
      `min (${min}) is above max (${max}); the autoscaler needs min ≤ max.`,
    );
  }
  if (min === 0 && autoscaler === 'hpa') {
    c.report(
      at(['replicas', 'min']),
      'an HorizontalPodAutoscaler cannot scale to zero (minReplicas 0 needs the alpha HPAScaleToZero gate); use autoscaler: keda, or min: 1.',
    );
  }
  if (!hasScaleTarget(spec)) {
    c.report(
      at(spec.scaleOn ? ['scaleOn'] : []),
      'the autoscaler needs at least one scaleOn target (cpu, memory, gpu, gpuMemory, requestsPerSecond, latency or metrics).',
      'key',
    );
  }
  if (min === 0 && autoscaler === 'keda' && hasScaleTarget(spec)) {
    const wakesFromZero = (spec.scaleOn?.metrics ?? []).some(
      (metric) => (metric.type ?? 'Pods') !== 'Pods',
    );
    if (!wakesFromZero) {
      c.report(
        at(['replicas', 'min']),
        'at zero replicas there are no pods, so cpu, memory, GPU, request and Pods metrics report nothing and KEDA never wakes the workload; add an External or Object metric (a queue length, say) under scaleOn.metrics, or set min: 1.',
      );
    }
  }
  if (
    autoscaler === 'keda' &&
    spec.keda?.fallbackReplicas !== undefined &&
    resourceMetrics(spec).length > 0
  ) {
    c.report(
      at(['keda', 'fallbackReplicas']),
      'KEDA rejects a fallback on a ScaledObject with cpu or memory triggers (metrics-server has no failure to fall back from); drop fallbackReplicas or scale on Prometheus metrics only.',
    );
  }
  if (spec.keda !== undefined && autoscaler !== 'keda') {
    c.report(at(['keda']), 'keda settings need autoscaler: keda.', 'key');
  }
}

export function checkRules(c: Checker, path: FieldPath, rules: ScalingRulesSpec | undefined): void {
  if (!rules) {
    return;
  }
  if (rules.stabilization !== undefined) {
    const window = seconds(rules.stabilization);
    if (window > MAX_STABILIZATION_SECONDS) {
      c.report(
        [...path, 'stabilization'],
        `the stabilization window may be at most 1h (Kubernetes rejects ${rules.stabilization}).`,
      );
    }
  }
  if (rules.period !== undefined) {
    const period = seconds(rules.period);
    if (period < 1 || period > MAX_PERIOD_SECONDS) {
      c.report(
        [...path, 'period'],
        `the policy period must be between 1s and 30m (Kubernetes rejects ${rules.period}).`,
      );
    }
  }
  if (rules.tolerance !== undefined) {
    if (c.kubeMinorBelow(33)) {
      c.report(
        [...path, 'tolerance'],
        `a per-HPA tolerance needs Kubernetes 1.33 or newer; kubeVersion is ${c.plan.spec.kubeVersion ?? ''}.`,
      );
    }
  }
}

export function checkScaling(
  c: Checker,
  workload: ResolvedWorkload,
  autoscaler: string,
  baseWorkload: BaseWorkload | undefined,
): void {
  const spec = workload.spec;
  const at = workload.fieldPath;
  checkRules(c, at(['scaleUp']), spec.scaleUp);
  checkRules(c, at(['scaleDown']), spec.scaleDown);
  if (autoscaler === 'none') {
    return;
  }
  const containers = effectiveContainers(spec, baseWorkload);
  for (const resource of resourceMetrics(spec)) {
    if (!baseWorkload && spec.resources?.requests?.[resource] === undefined) {
      continue;
    }
    for (const container of containers) {
      if (container.kind === 'init' || container.requests.has(resource)) {
        continue;
      }
      c.report(
        at(['scaleOn', resource]),
        `the autoscaler scales on ${resource} utilization, but container "${container.name}" has no ${resource} request, so the utilization cannot be computed (FailedGetResourceMetric). ${container.name === (spec.container ?? containers[0]?.name) ? `Set resources.requests.${resource}.` : `Give "${container.name}" a ${resource} request in the base.`}`,
      );
    }
  }
  const gpus = podRequests(containers).get(GPU_RESOURCE) ?? 0;
  for (const field of ['gpu', 'gpuMemory'] as const) {
    if (spec.scaleOn?.[field] !== undefined && gpus === 0 && (baseWorkload || spec.resources)) {
      c.report(
        at(['scaleOn', field]),
        `the autoscaler scales on GPU ${field === 'gpu' ? 'utilization' : 'memory'}, but the pods request no GPU, so DCGM reports nothing for them. Set resources.requests.gpu.`,
      );
    }
  }
  const finalName = `keda-hpa-${workload.name}`;
  if (autoscaler === 'keda' && finalName.length > 63) {
    c.report(
      ['spec', 'workloads', workload.name],
      `KEDA names its HPA "keda-hpa-<name>", which would be ${finalName.length} characters; names are limited to 63. Use a shorter workload name.`,
      'key',
    );
  }
}

export function checkMergedRequired(c: Checker, workload: ResolvedWorkload): void {
  const spec = workload.spec;
  const at = workload.fieldPath;
  if (isEnabled(spec.ingress) && spec.ingress?.host === undefined) {
    c.report(at(['ingress']), 'ingress needs host: the host name to route.', 'key');
  }
  if (isEnabled(spec.ingress) && spec.ingress?.tls && spec.ingress.tls.issuer === undefined) {
    c.report(
      at(['ingress', 'tls']),
      'tls needs issuer: the cert-manager issuer that signs the certificate.',
      'key',
    );
  }
  if (spec.scaleOn?.latency && spec.scaleOn.latency.target === undefined) {
    c.report(
      at(['scaleOn', 'latency']),
      'latency needs target: the latency to hold, such as 1500ms.',
      'key',
    );
  }
}

export function checkAlerts(c: Checker, workload: ResolvedWorkload): void {
  const errorRate = workload.spec.alerts?.errorRate;
  if (errorRate !== undefined) {
    const value = Number(errorRate.replace('%', ''));
    if (!(value > 0 && value < 100)) {
      c.report(
        workload.fieldPath(['alerts', 'errorRate']),
        `the error-rate threshold must be above 0% and below 100%, not ${errorRate}.`,
      );
    }
  }
}
