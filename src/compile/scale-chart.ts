/*
 * Replicas over time under a step load, as a Mermaid `xychart-beta` block (GitHub renders
 * Mermaid in comments and Markdown files) with the same numbers in a table beside it for
 * readers without Mermaid. The figures come from k8s/hpa-controller.ts's simulation. Used by
 * the RUNBOOK and the pull-request comment (which may import compile/, never the reverse).
 */
import {
  fastestScaleDown,
  simulate,
  type Autoscaler,
  type SimulationStep,
} from '../k8s/hpa-controller.js';

export interface StepLoad {
  /** Replicas' worth of load before and after the step. */
  base: number;
  /** Demand multiplier while the step is held (×4). */
  factor: number;
  /** When the step starts and ends, in seconds. */
  from: number;
  until: number;
}

/** The load of a step: `base` replicas' worth, × `factor` from `from` to `until`. */
export function stepDemand(load: StepLoad): (seconds: number) => number {
  return (seconds) =>
    seconds >= load.from && seconds < load.until ? load.base * load.factor : load.base;
}

function minutes(seconds: number): string {
  const value = seconds / 60;
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '');
}

/** Mermaid chart titles are quoted strings: no quotes or line breaks inside. */
function chartTitle(text: string): string {
  return text.replace(/["\r\n\\]/g, ' ');
}

/**
 * The steps at equal time marks (Mermaid's x-axis is categorical, so uneven marks would bend
 * time): every 30 s up to half an hour, every minute beyond. The table beside the chart has
 * every change to the sync.
 */
export function chartPoints(steps: readonly SimulationStep[]): SimulationStep[] {
  const duration = steps[steps.length - 1]?.at ?? 0;
  const interval = duration <= 1800 ? 30 : 60;
  return steps.filter((step) => step.at % interval === 0);
}

export function scaleChartMermaid(title: string, steps: readonly SimulationStep[]): string {
  const points = chartPoints(steps);
  const top = Math.max(1, ...points.map((step) => Math.max(step.replicas, Math.ceil(step.demand))));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${chartTitle(title)}"`,
    `  x-axis "minutes" [${points.map((step) => `"${minutes(step.at)}"`).join(', ')}]`,
    `  y-axis "replicas" 0 --> ${top}`,
    `  bar [${points.map((step) => Math.ceil(step.demand)).join(', ')}]`,
    `  line [${points.map((step) => step.replicas).join(', ')}]`,
    '```',
  ].join('\n');
}

/** The chart's numbers, one row per change of the replica count (and the start and end). */
export function scaleChartTable(steps: readonly SimulationStep[]): string {
  const rows = steps.filter((step, index) => {
    const previous = steps[index - 1];
    const next = steps[index + 1];
    return (
      previous === undefined ||
      next === undefined ||
      previous.replicas !== step.replicas ||
      Math.ceil(previous.demand) !== Math.ceil(step.demand)
    );
  });
  return [
    '| Minute | Load (replicas) | Replicas |',
    '| ---: | ---: | ---: |',
    ...rows.map((step) => `| ${minutes(step.at)} | ${Math.ceil(step.demand)} | ${step.replicas} |`),
  ].join('\n');
}

/** The step both the RUNBOOK and the pull-request comment show: ×4 for ten minutes. */
export const STEP_LOAD = { factor: 4, fromSeconds: 120, heldSeconds: 600 } as const;

/**
 * An autoscaler under the step load, from the load its minimum carries, as the controller
 * would move it: the chart and its table. Runs until the count can be back at the floor (at
 * most an hour), so the scale-down shows too.
 */
export function stepLoadChart(
  name: string,
  autoscaler: Autoscaler,
): { chart: string; table: string } {
  const until = STEP_LOAD.fromSeconds + STEP_LOAD.heldSeconds;
  const drop = fastestScaleDown(
    autoscaler.scaleDown,
    autoscaler.maxReplicas,
    autoscaler.minReplicas,
    3600,
  );
  const settle =
    autoscaler.scaleDown.stabilizationWindowSeconds + (drop.steps[drop.steps.length - 1] ?? 0);
  const duration = Math.min(3600, Math.ceil((until + settle + 120) / 60) * 60);
  const steps = simulate(
    autoscaler,
    stepDemand({
      base: Math.max(1, autoscaler.minReplicas),
      factor: STEP_LOAD.factor,
      from: STEP_LOAD.fromSeconds,
      until,
    }),
    { startReplicas: autoscaler.minReplicas, durationSeconds: duration },
  );
  return {
    chart: scaleChartMermaid(`${name}: ×${STEP_LOAD.factor} load for 10 minutes`, steps),
    table: scaleChartTable(steps),
  };
}
