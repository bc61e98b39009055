/*
 * Where a workload runs and how it may be disrupted: node pools and spread, priority
 * classes, disruption budgets, and the VPA beside an autoscaler.
 */
import { closestMatch } from '../../shared/closest.js';
import { allowedDisruptions, type DisruptionPolicy } from '../../k8s/disruption.js';
import { parseIntOrPercent } from '../../k8s/numbers.js';
import { formatQuantity, parseQuantity } from '../../k8s/quantity.js';
import { effectiveContainers, GPU_RESOURCE, podRequests, type BaseWorkload } from '../base.js';
import {
  isEnabled,
  recommendsOnly,
  replicaBounds,
  resourceMetrics,
  vpaControlledResources,
} from '../model.js';
import { type EnvironmentView, type ResolvedWorkload } from '../resolve.js';
import type { Checker } from './checker.js';

export function checkPlacement(
  c: Checker,
  view: EnvironmentView,
  workload: ResolvedWorkload,
  baseWorkload: BaseWorkload | undefined,
): void {
  const spec = workload.spec;
  const at = workload.fieldPath;
  const poolName = spec.placement?.nodePool;
  if (poolName === undefined) {
    return;
  }
  const pool = view.nodePools[poolName];
  if (!pool) {
    const known = Object.keys(view.nodePools);
    const suggestion = closestMatch(poolName, known);
    c.report(
      at(['placement', 'nodePool']),
      `unknown node pool "${poolName}"${suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; spec.nodePools defines ${known.map((name) => `"${name}"`).join(', ')}.` : '; define it under spec.nodePools.'}`,
    );
    return;
  }
  if (spec.placement?.weight !== undefined && spec.placement.affinity !== 'preferred') {
    c.report(
      at(['placement', 'weight']),
      'weight only applies to affinity: preferred; a required node affinity has no weight.',
      'key',
    );
  }
  const perPod = podRequests(effectiveContainers(spec, baseWorkload));
  const capacity: [string, number | undefined][] = [
    ['cpu', parseQuantity(pool.cpu)],
    ['memory', parseQuantity(pool.memory)],
    [GPU_RESOURCE, pool.gpus ?? 0],
  ];
  for (const [resource, available] of capacity) {
    const needed = perPod.get(resource) ?? 0;
    if (available !== undefined && needed > available) {
      c.report(
        at(['placement', 'nodePool']),
        `one pod requests ${formatQuantity(resource, needed)} ${resource}, more than a node of pool "${poolName}" offers (${formatQuantity(resource, available)}); the pods can never be scheduled there.`,
      );
    }
  }
  const bounds = replicaBounds(spec);
  if (spec.placement?.antiAffinity === 'required' && bounds && pool.max !== undefined) {
    if (bounds.max > pool.max) {
      c.report(
        at(['placement', 'antiAffinity']),
        `required anti-affinity puts each pod on its own node, but pool "${poolName}" has at most ${pool.max} nodes for up to ${bounds.max} replicas; use preferred, or lower replicas.max.`,
      );
    }
  }
}

export function checkPriorityClass(
  c: Checker,
  view: EnvironmentView,
  workload: ResolvedWorkload,
): void {
  const name = workload.spec.priorityClass;
  if (name === undefined || name.startsWith('system-')) {
    return;
  }
  const known = Object.keys(view.priorityClasses);
  if (!known.includes(name)) {
    const suggestion = closestMatch(name, known);
    c.report(
      workload.fieldPath(['priorityClass']),
      `unknown priority class "${name}"${suggestion ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; spec.priorityClasses defines ${known.map((entry) => `"${entry}"`).join(', ')}.` : '; define it under spec.priorityClasses (or use a system- class).'}`,
    );
  }
}

export function checkDisruption(c: Checker, workload: ResolvedWorkload): void {
  const spec = workload.spec;
  const disruption = spec.disruption;
  if (!disruption || disruption.enabled === false) {
    return;
  }
  const at = workload.fieldPath;
  if (disruption.maxUnavailable !== undefined && disruption.minAvailable !== undefined) {
    c.report(
      at(['disruption', 'minAvailable']),
      'a PodDisruptionBudget takes maxUnavailable or minAvailable, not both.',
      'key',
    );
    return;
  }
  const field = disruption.minAvailable !== undefined ? 'minAvailable' : 'maxUnavailable';
  const raw = disruption[field];
  if (raw === undefined) {
    return;
  }
  const value = parseIntOrPercent(raw);
  if (!value || (value.kind === 'percent' && value.value > 100)) {
    c.report(
      at(['disruption', field]),
      `${JSON.stringify(raw)} is not a count or a percentage up to 100%.`,
    );
    return;
  }
  const bounds = replicaBounds(spec);
  const pods = Math.max(1, bounds?.min ?? 1);
  const policy: DisruptionPolicy = { field, value, path: ['spec', field] };
  if (allowedDisruptions(policy, pods) === 0) {
    c.report(
      at(['disruption', field]),
      `at the minimum of ${pods} replica${pods === 1 ? '' : 's'} this budget allows no pod to be evicted, so node drains and cluster-autoscaler scale-down hang. Use maxUnavailable: 1 (the default), or a minAvailable below ${pods}.`,
    );
  }
}

export function checkVpa(c: Checker, workload: ResolvedWorkload): void {
  const spec = workload.spec;
  if (!isEnabled(spec.vpa)) {
    return;
  }
  const at = workload.fieldPath;
  // A recommendation-only VPA never changes a request, so it cannot move the utilization
  // the HPA reads: it may watch every resource, including those the HPA scales on.
  const scaled: readonly string[] = recommendsOnly(spec) ? [] : resourceMetrics(spec);
  const asked = spec.vpa?.controlledResources;
  if (asked) {
    for (const [index, resource] of asked.entries()) {
      if (scaled.includes(resource)) {
        c.report(
          at(['vpa', 'controlledResources', index]),
          `the ${spec.autoscaler === 'keda' ? 'ScaledObject' : 'HPA'} scales on ${resource} utilization; a VPA in mode ${spec.vpa?.mode ?? ''} that also sets ${resource} requests fights it (each resize moves the utilization the HPA acts on). Leave ${resource} out, or use mode Off for recommendations only.`,
        );
      }
    }
  }
  if (vpaControlledResources(spec).filter((resource) => !scaled.includes(resource)).length === 0) {
    c.report(
      at(asked ? ['vpa', 'controlledResources'] : ['vpa']),
      `the autoscaler scales on ${scaled.join(' and ')}, which leaves a VPA in mode ${spec.vpa?.mode ?? ''} nothing to control (it never sets what the autoscaler scales on); use mode Off for recommendations only, remove vpa, or scale on other metrics.`,
      asked ? 'value' : 'key',
    );
  }
  if (spec.vpa?.mode === 'InPlaceOrRecreate' && c.kubeMinorBelow(33)) {
    c.report(
      at(['vpa', 'mode']),
      `InPlaceOrRecreate resizes pods in place, which needs Kubernetes 1.33 or newer; kubeVersion is ${c.plan.spec.kubeVersion ?? ''}. Use Recreate or Initial.`,
    );
  }
  for (const bound of ['minAllowed', 'maxAllowed'] as const) {
    c.quantity(at(['vpa', bound, 'cpu']), spec.vpa?.[bound]?.cpu);
    c.quantity(at(['vpa', bound, 'memory']), spec.vpa?.[bound]?.memory);
  }
}
