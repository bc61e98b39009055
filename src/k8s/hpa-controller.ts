/*
 * The HorizontalPodAutoscaler controller's arithmetic, as kube-controller-manager runs it
 * (pkg/controller/podautoscaler/horizontal.go), shared by the rules, the RUNBOOK and the
 * scale simulation so that every figure scaleplan prints follows the same formula:
 *
 * - every sync period (15 s by default) the metric proposes `ceil(ratio × current)` replicas,
 *   unless the ratio is within the tolerance (0.1) of 1;
 * - stabilization: the proposal is held between the lowest proposal of the scale-up window
 *   and the highest of the scale-down window (windows end strictly after now − length);
 * - rate limits: each policy limits the change relative to the count at the start of its own
 *   period (the current count with the changes of the last `periodSeconds` undone). Scale-up
 *   rounds a Percent limit up (`ceil(start × (1 + value/100))`); scale-down truncates it
 *   (`int32(start × (1 − value/100))`), so 50 % of 5 replicas leaves 2 and removes 60 %.
 *   `selectPolicy: Max` takes the largest change, `Min` the smallest, `Disabled` none;
 * - the result is clamped to minReplicas and maxReplicas.
 */
import type { ScalingPolicy, ScalingRules } from './autoscaling.js';

/** kube-controller-manager's `--horizontal-pod-autoscaler-sync-period` default. */
export const HPA_SYNC_PERIOD_SECONDS = 15;
/** kube-controller-manager's `--horizontal-pod-autoscaler-tolerance` default. */
export const HPA_TOLERANCE = 0.1;

/** A change the controller made: `count` pods added (scale-up) or removed (scale-down). */
export interface ScaleEvent {
  at: number;
  count: number;
}

/** What the controller remembers between syncs. */
export interface ControllerHistory {
  scaleUps: ScaleEvent[];
  scaleDowns: ScaleEvent[];
  /** Unstabilized proposals of past syncs. */
  recommendations: { at: number; replicas: number }[];
}

/** Changes recorded strictly after `now − periodSeconds` (getReplicasChangePerPeriod). */
function changedInPeriod(
  events: readonly ScaleEvent[],
  periodSeconds: number,
  now: number,
): number {
  let sum = 0;
  for (const event of events) {
    if (event.at > now - periodSeconds) {
      sum += event.count;
    }
  }
  return sum;
}

function periodStart(
  current: number,
  history: Pick<ControllerHistory, 'scaleUps' | 'scaleDowns'>,
  policy: ScalingPolicy,
  now: number,
): number {
  return (
    current -
    changedInPeriod(history.scaleUps, policy.periodSeconds, now) +
    changedInPeriod(history.scaleDowns, policy.periodSeconds, now)
  );
}

/** calculateScaleUpLimitWithScalingRules: the most replicas the policies allow now. */
export function scaleUpLimit(
  rules: ScalingRules,
  current: number,
  history: Pick<ControllerHistory, 'scaleUps' | 'scaleDowns'>,
  now: number,
): number {
  if (rules.selectPolicy === 'Disabled' || rules.policies.length === 0) {
    return current;
  }
  const limits = rules.policies.map((policy) => {
    const start = periodStart(current, history, policy, now);
    return policy.type === 'Pods'
      ? start + policy.value
      : Math.ceil(start * (1 + policy.value / 100));
  });
  return rules.selectPolicy === 'Min' ? Math.min(...limits) : Math.max(...limits);
}

/** calculateScaleDownLimitWithBehaviors: the fewest replicas the policies allow now. */
export function scaleDownLimit(
  rules: ScalingRules,
  current: number,
  history: Pick<ControllerHistory, 'scaleUps' | 'scaleDowns'>,
  now: number,
): number {
  if (rules.selectPolicy === 'Disabled' || rules.policies.length === 0) {
    return current;
  }
  const limits = rules.policies.map((policy) => {
    const start = periodStart(current, history, policy, now);
    // Go's int32(float64) conversion truncates toward zero.
    return policy.type === 'Pods'
      ? start - policy.value
      : Math.trunc(start * (1 - policy.value / 100));
  });
  return rules.selectPolicy === 'Min' ? Math.max(...limits) : Math.min(...limits);
}

/** What the metric proposes for `current` replicas when the load is worth `demand` replicas. */
export function metricProposal(demand: number, current: number, tolerance: number): number {
  if (current <= 0) {
    return Math.ceil(demand);
  }
  const ratio = demand / current;
  if (Math.abs(ratio - 1) <= tolerance) {
    return current;
  }
  // The controller multiplies the usage ratio by the ready pod count, then rounds up.
  return Math.ceil(ratio * current - 1e-9);
}

export interface Autoscaler {
  minReplicas: number;
  maxReplicas: number;
  scaleUp: ScalingRules;
  scaleDown: ScalingRules;
  /** Per-direction tolerance (autoscaling/v2 `behavior.*.tolerance`), else the default. */
  tolerance?: { up?: number; down?: number };
}

/**
 * One sync of the controller (normalizeDesiredReplicasWithBehaviors): stabilizes the
 * metric's proposal, limits it by the policies and the bounds, and records what happened.
 * Returns the new replica count.
 */
export function syncOnce(
  autoscaler: Autoscaler,
  current: number,
  proposal: number,
  history: ControllerHistory,
  now: number,
): number {
  let up = proposal;
  let down = proposal;
  for (const past of history.recommendations) {
    if (past.at > now - autoscaler.scaleUp.stabilizationWindowSeconds) {
      up = Math.min(up, past.replicas);
    }
    if (past.at > now - autoscaler.scaleDown.stabilizationWindowSeconds) {
      down = Math.max(down, past.replicas);
    }
  }
  let stabilized = current;
  if (stabilized < up) {
    stabilized = up;
  }
  if (stabilized > down) {
    stabilized = down;
  }
  history.recommendations.push({ at: now, replicas: proposal });
  const longest = Math.max(
    autoscaler.scaleUp.stabilizationWindowSeconds,
    autoscaler.scaleDown.stabilizationWindowSeconds,
  );
  // Recommendations older than both windows can never count again.
  history.recommendations = history.recommendations.filter((past) => past.at > now - longest);

  let next = stabilized;
  if (stabilized > current) {
    const limit = Math.max(scaleUpLimit(autoscaler.scaleUp, current, history, now), current);
    next = Math.min(stabilized, limit, autoscaler.maxReplicas);
  } else if (stabilized < current) {
    const limit = Math.min(scaleDownLimit(autoscaler.scaleDown, current, history, now), current);
    next = Math.max(stabilized, limit, autoscaler.minReplicas);
  }
  next = Math.min(Math.max(next, autoscaler.minReplicas), autoscaler.maxReplicas);
  if (next > current) {
    history.scaleUps.push({ at: now, count: next - current });
  } else if (next < current) {
    history.scaleDowns.push({ at: now, count: current - next });
  }
  return next;
}

export interface SimulationStep {
  /** Seconds since the start. */
  at: number;
  /** The load, in replicas' worth at the target utilization. */
  demand: number;
  /** What the metric proposed at this sync. */
  proposal: number;
  /** Replicas after this sync. */
  replicas: number;
}

/**
 * Replicas over time under a load: the controller syncs every `syncPeriodSeconds` from 0 to
 * `durationSeconds`. Pods are assumed ready at once (no start-up delay), so the figures are
 * the fastest the autoscaler can move: real clusters add pod start and metric delay.
 */
export function simulate(
  autoscaler: Autoscaler,
  demandAt: (seconds: number) => number,
  options: { startReplicas: number; durationSeconds: number; syncPeriodSeconds?: number },
): SimulationStep[] {
  const period = options.syncPeriodSeconds ?? HPA_SYNC_PERIOD_SECONDS;
  const history: ControllerHistory = { scaleUps: [], scaleDowns: [], recommendations: [] };
  let replicas = Math.min(
    Math.max(options.startReplicas, autoscaler.minReplicas),
    autoscaler.maxReplicas,
  );
  const steps: SimulationStep[] = [];
  for (let at = 0; at <= options.durationSeconds; at += period) {
    const demand = demandAt(at);
    const tolerance =
      demand > replicas
        ? (autoscaler.tolerance?.up ?? HPA_TOLERANCE)
        : (autoscaler.tolerance?.down ?? HPA_TOLERANCE);
    const proposal = metricProposal(demand, replicas, tolerance);
    replicas = syncOnce(autoscaler, replicas, proposal, history, at);
    steps.push({ at, demand, proposal, replicas });
  }
  return steps;
}

export interface ScaleDownRun {
  /** Replicas at the start (the autoscaler's maximum). */
  from: number;
  /** Replicas left at the end of the window. */
  to: number;
  /** (from − to) / from. */
  fraction: number;
  /** Seconds after the first step at which the HPA removed pods. */
  steps: number[];
}

/**
 * The fastest scale-down the scale-down policies allow within `windowSeconds`, starting at
 * `from` replicas with the metric asking for `floor`, stabilization left aside (the caller
 * adds the window, which only delays the first step). Whole pods, truncated as the
 * controller truncates.
 */
export function fastestScaleDown(
  rules: ScalingRules,
  from: number,
  floor: number,
  windowSeconds: number,
): ScaleDownRun {
  const history = { scaleUps: [] as ScaleEvent[], scaleDowns: [] as ScaleEvent[] };
  let current = from;
  // Once at the floor nothing changes any more: stopping there keeps long windows (the
  // runbook asks about a week) from walking tens of thousands of idle syncs.
  for (let now = 0; now < windowSeconds && current > floor; now += HPA_SYNC_PERIOD_SECONDS) {
    const limit = Math.min(scaleDownLimit(rules, current, history, now), current);
    const next = Math.max(limit, floor, 0);
    if (next < current) {
      history.scaleDowns.push({ at: now, count: current - next });
      current = next;
    }
  }
  return {
    from,
    to: current,
    fraction: from > 0 ? (from - current) / from : 0,
    steps: history.scaleDowns.map((event) => event.at),
  };
}
