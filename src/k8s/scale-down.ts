import type { ScalingPolicy, ScalingRules } from './autoscaling.js';

/** kube-controller-manager's `--horizontal-pod-autoscaler-sync-period` default. */
export const HPA_SYNC_PERIOD_SECONDS = 15;

export interface ScaleDownRun {
  /** Replicas at the start (the autoscaler's maximum). */
  from: number;
  /** Replicas left at the end of the window (a real number: the model does not round). */
  to: number;
  /** (from − to) / from. */
  fraction: number;
  /** Seconds after the first step at which the HPA removed pods. */
  steps: number[];
}

/**
 * The fastest scale-down the HPA's scale-down rules allow within `windowSeconds`, starting at
 * `from` replicas (the autoscaler's maximum) with the metric asking for `floor` (its minimum).
 *
 * The model follows the HPA controller's `calculateScaleDownLimitWithBehaviors`: at each sync
 * (every 15 s) every policy limits the new count relative to the count at the start of its
 * own period (the current count plus what was removed in the last `periodSeconds`): `Pods`
 * by subtracting its value, `Percent` by multiplying by 1 − value/100. `selectPolicy: Max`
 * takes the lowest limit (the biggest change), `Min` the highest, `Disabled` never scales
 * down. So a Percent policy compounds once per period (100 → 70 → 49 for 30 % per 30 s over a
 * minute) and a Pods policy removes its value once per period, a fraction of `from`. Counts
 * stay real numbers: the HPA rounds each step, which at small counts removes a pod more, but
 * the rule judges the policy rather than one replica count.
 */
export function fastestScaleDown(
  rules: ScalingRules,
  from: number,
  floor: number,
  windowSeconds: number,
): ScaleDownRun {
  const removals: { at: number; count: number }[] = [];
  let current = from;
  if (rules.selectPolicy !== 'Disabled' && rules.policies.length > 0 && from > 0) {
    // Once at the floor nothing can change any more: stopping there keeps long windows (the
    // runbook asks about a week) from walking tens of thousands of idle syncs.
    for (let now = 0; now < windowSeconds && current > floor; now += HPA_SYNC_PERIOD_SECONDS) {
      const limits = rules.policies.map((policy) => policyLimit(policy, current, removals, now));
      const limit = rules.selectPolicy === 'Min' ? Math.max(...limits) : Math.min(...limits);
      const next = Math.max(limit, floor, 0);
      if (next < current) {
        removals.push({ at: now, count: current - next });
        current = next;
      }
    }
  }
  return {
    from,
    to: current,
    fraction: from > 0 ? (from - current) / from : 0,
    steps: removals.map((removal) => removal.at),
  };
}

function policyLimit(
  policy: ScalingPolicy,
  current: number,
  removals: readonly { at: number; count: number }[],
  now: number,
): number {
  // Scale events older than the policy's period no longer count (the controller keeps those
  // strictly after now − period).
  const removedInPeriod = removals
    .filter((removal) => removal.at > now - policy.periodSeconds)
    .reduce((sum, removal) => sum + removal.count, 0);
  const periodStart = current + removedInPeriod;
  return policy.type === 'Pods'
    ? periodStart - policy.value
    : periodStart * (1 - policy.value / 100);
}
