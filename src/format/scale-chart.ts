/*
 * Replicas over time under a step load, as a Mermaid `xychart-beta` block (GitHub renders
 * Mermaid in comments and Markdown files) with the same numbers in a table beside it for
 * readers without Mermaid. The figures come from k8s/hpa-controller.ts's simulation.
 */
import type { SimulationStep } from '../k8s/hpa-controller.js';
import { escapeMarkdownText } from './escape.js';

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
 * The steps at one-minute marks (every sync would be hundreds of points and bars), plus every
 * moment the replica count changed, so no move of the autoscaler is hidden.
 */
export function chartPoints(steps: readonly SimulationStep[]): SimulationStep[] {
  return steps.filter((step, index) => {
    const previous = steps[index - 1];
    return step.at % 60 === 0 || (previous !== undefined && previous.replicas !== step.replicas);
  });
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
    ...rows.map(
      (step) =>
        `| ${minutes(step.at)} | ${escapeMarkdownText(String(Math.ceil(step.demand)))} | ${step.replicas} |`,
    ),
  ].join('\n');
}
