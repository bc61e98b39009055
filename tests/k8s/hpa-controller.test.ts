import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCALE_DOWN,
  effectiveScalingRules,
  HPA_KIND,
  type ScalingPolicy,
  type ScalingRules,
} from '../../src/k8s/autoscaling.js';
import { DEFAULT_SCALE_UP } from '../../src/k8s/autoscaling.js';
import {
  fastestScaleDown,
  metricProposal,
  scaleDownLimit,
  scaleUpLimit,
  simulate,
  type Autoscaler,
} from '../../src/k8s/hpa-controller.js';
import { manifestSet } from './helpers.js';

function rules(
  policies: ScalingPolicy[],
  selectPolicy: ScalingRules['selectPolicy'] = 'Max',
): ScalingRules {
  return {
    stabilizationWindowSeconds: 0,
    selectPolicy,
    policies,
    explicit: { stabilization: true, policies: true },
  };
}

const percent = (value: number, periodSeconds: number): ScalingPolicy => ({
  type: 'Percent',
  value,
  periodSeconds,
});
const pods = (value: number, periodSeconds: number): ScalingPolicy => ({
  type: 'Pods',
  value,
  periodSeconds,
});

const noHistory = { scaleUps: [], scaleDowns: [] };

describe('the controller arithmetic (pkg/controller/podautoscaler/horizontal.go)', () => {
  it('truncates a Percent scale-down limit: 50% of 5 leaves int(2.5) = 2', () => {
    expect(scaleDownLimit(rules([percent(50, 60)]), 5, noHistory, 0)).toBe(2);
    // 10% of 72 (the Kubernetes docs' example): int(64.8) = 64, so 8 pods go, not 7.
    expect(scaleDownLimit(rules([percent(10, 60)]), 72, noHistory, 0)).toBe(64);
  });

  it('rounds a Percent scale-up limit up: 50% more than 3 is ceil(4.5) = 5', () => {
    expect(scaleUpLimit(rules([percent(50, 60)]), 3, noHistory, 0)).toBe(5);
  });

  it('measures from the count at the start of the period, events strictly inside it', () => {
    const history = { scaleUps: [], scaleDowns: [{ at: 0, count: 2 }] };
    // 8 now, 2 removed at 0 s: the period that started 60 s before 30 s began at 10.
    expect(scaleDownLimit(rules([pods(3, 60)]), 8, history, 30)).toBe(7);
    // At 60 s the event at 0 s is exactly one period old and no longer counts.
    expect(scaleDownLimit(rules([pods(3, 60)]), 8, history, 60)).toBe(5);
  });

  it('selectPolicy Max takes the biggest change, Min the smallest, in both directions', () => {
    const both = [pods(4, 60), percent(100, 60)];
    expect(scaleUpLimit(rules(both, 'Max'), 10, noHistory, 0)).toBe(20);
    expect(scaleUpLimit(rules(both, 'Min'), 10, noHistory, 0)).toBe(14);
    expect(scaleDownLimit(rules(both, 'Max'), 10, noHistory, 0)).toBe(0);
    expect(scaleDownLimit(rules(both, 'Min'), 10, noHistory, 0)).toBe(6);
    expect(scaleDownLimit(rules(both, 'Disabled'), 10, noHistory, 0)).toBe(10);
  });

  it('leaves the count alone within the tolerance, else rounds the proposal up', () => {
    // 10 pods at 108% of target: ratio 1.08 is within 0.1 of 1.
    expect(metricProposal(10.8, 10, 0.1)).toBe(10);
    // 10 pods at 111%: ceil(11.1) = 12.
    expect(metricProposal(11.1, 10, 0.1)).toBe(12);
    expect(metricProposal(2.5, 10, 0.1)).toBe(3);
  });
});

describe('fastestScaleDown', () => {
  it('removes everything in one sync with the default 100% per 15 s', () => {
    const run = fastestScaleDown(DEFAULT_SCALE_DOWN, 10, 1, 60);
    expect(run.to).toBe(1);
    expect(run.fraction).toBeCloseTo(0.9);
    expect(run.steps).toEqual([0]);
  });

  it('compounds a Percent policy once per period, in whole pods', () => {
    // 30% per 30 s: 10 → int(7) = 7 at 0 s; at 30 s the 0 s event has left the period, so
    // 7 → int(4.9) = 4.
    const run = fastestScaleDown(rules([percent(30, 30)]), 10, 0, 60);
    expect(run.to).toBe(4);
    expect(run.steps).toEqual([0, 30]);
    // 50% per 60 s of 10: one step, exactly half; of 5: int(2.5) = 2 left, 60%.
    expect(fastestScaleDown(rules([percent(50, 60)]), 10, 0, 60).fraction).toBe(0.5);
    expect(fastestScaleDown(rules([percent(50, 60)]), 5, 0, 60).fraction).toBe(0.6);
  });

  it('follows the Kubernetes docs: 10% or 5 pods per minute from 80 replicas', () => {
    // "during the first step 8 replicas will be reduced. In the next iteration when the
    // number of replicas is 72, 10% of the pods is 7.2 but the number is rounded up to 8."
    const docs = rules([percent(10, 60), pods(5, 60)]);
    expect(fastestScaleDown(docs, 80, 10, 60).to).toBe(72);
    expect(fastestScaleDown(docs, 80, 10, 120).to).toBe(64);
    // Below 50 replicas the Pods policy removes more (5 > 10%): 45 → 40.
    expect(fastestScaleDown(docs, 45, 10, 60).to).toBe(40);
  });

  it('acts only at syncs: a 20 s period gets two steps in a minute, not three', () => {
    // 100 → 90 at 0 s; at 15 s the period still holds the 0 s step; 90 → 81 at 30 s.
    const run = fastestScaleDown(rules([percent(10, 20)]), 100, 0, 60);
    expect(run.steps).toEqual([0, 30]);
    expect(run.to).toBe(81);
    // A period shorter than the sync period is limited by the sync period.
    expect(fastestScaleDown(rules([pods(1, 5)]), 10, 0, 60).steps).toEqual([0, 15, 30, 45]);
  });

  it('measures Pods policies against the starting (maximum) count', () => {
    expect(fastestScaleDown(rules([pods(5, 60)]), 10, 1, 60).fraction).toBe(0.5);
    expect(fastestScaleDown(rules([pods(2, 15)]), 10, 1, 60).fraction).toBe(0.8);
  });

  it('applies selectPolicy Max, Min and Disabled', () => {
    const both = [pods(1, 60), percent(100, 15)];
    expect(fastestScaleDown(rules(both, 'Max'), 10, 1, 60).to).toBe(1);
    expect(fastestScaleDown(rules(both, 'Min'), 10, 1, 60).to).toBe(9);
    expect(fastestScaleDown(rules(both, 'Disabled'), 10, 1, 60).fraction).toBe(0);
  });

  it('never goes below the floor', () => {
    expect(fastestScaleDown(rules([percent(100, 15)]), 10, 6, 60).to).toBe(6);
  });
});

describe("the seeds' scale-down policies (the RUNBOOK figures)", () => {
  const minutes = (run: { steps: number[] }): number => (run.steps.at(-1) ?? 0) / 60;

  it('opifex l2o-optimizer, 10% per minute, 20 → 2: twelve steps, the last at 12 min', () => {
    // int(20 × 0.9) = 18, then 16 (16.2), 14 (14.4), 12 (12.6), 10 (10.8), 9, 8 (8.1),
    // 7 (7.2), 6 (6.3), 5 (5.4), 4 (4.5), 3 (3.6), 2 (2.7): one step a minute from 0 to 12.
    const run = fastestScaleDown(rules([percent(10, 60)]), 20, 2, 3600);
    expect(run.to).toBe(2);
    expect(minutes(run)).toBe(12);
  });

  it('hsof bench, 25% every 3 min, 10 → 2: the last step at 9 min', () => {
    // 10 → int(7.5) = 7 → int(5.25) = 5 → int(3.75) = 3 → int(2.25) = 2, at 0, 3, 6, 9 min.
    const run = fastestScaleDown(rules([percent(25, 180)]), 10, 2, 3600);
    expect(run.steps.map((at) => at / 60)).toEqual([0, 3, 6, 9]);
  });

  it('opifex neural-operator, 20% every 2 min, 15 → 2: the last step at 12 min', () => {
    // 15 → 12 → int(9.6) = 9 → int(7.2) = 7 → int(5.6) = 5 → 4 → int(3.2) = 3 → int(2.4) = 2.
    const run = fastestScaleDown(rules([percent(20, 120)]), 15, 2, 3600);
    expect(run.steps.map((at) => at / 60)).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });

  it('sutazai, 10% or 1 pod per minute (the larger change), 20 → 2: 12 min', () => {
    // Max takes the lower count: 18 (not 19), 16, 14, 12, 10 (10.8 vs 11), 9, 8, 7, 6, 5,
    // 4 (4.5 vs 4), 3, 2: one a minute.
    const run = fastestScaleDown(rules([percent(10, 60), pods(1, 60)]), 20, 2, 3600);
    expect(minutes(run)).toBe(12);
  });
});

describe('simulate', () => {
  const defaults: Autoscaler = {
    minReplicas: 2,
    maxReplicas: 20,
    scaleUp: DEFAULT_SCALE_UP,
    scaleDown: DEFAULT_SCALE_DOWN,
  };
  const at = (steps: ReturnType<typeof simulate>, seconds: number): number | undefined =>
    steps.find((step) => step.at === seconds)?.replicas;

  it('scales up by the default policies: double or 4 pods per 15 s, whichever is more', () => {
    // Load worth 16 pods arrives at 60 s on 4 pods. 60 s: max(ceil(4 × 2), 4 + 4) = 8.
    // 75 s: the 60 s event is exactly one period old, so the period starts at 8: 16.
    const steps = simulate(defaults, (t) => (t >= 60 ? 16 : 4), {
      startReplicas: 4,
      durationSeconds: 120,
    });
    expect(at(steps, 45)).toBe(4);
    expect(at(steps, 60)).toBe(8);
    expect(at(steps, 75)).toBe(16);
    expect(at(steps, 120)).toBe(16);
  });

  it('holds a scale-down for the 300 s window, then drops to the demand at once', () => {
    // ×4 from 60 s to 600 s, then back. The last proposal of 16 is at 585 s; it leaves the
    // window (strictly after now − 300) at 885 s, when 100% per 15 s lets 16 → 4 in one step.
    const steps = simulate(defaults, (t) => (t >= 60 && t < 600 ? 16 : 4), {
      startReplicas: 4,
      durationSeconds: 1200,
    });
    expect(at(steps, 600)).toBe(16);
    expect(at(steps, 870)).toBe(16);
    expect(at(steps, 885)).toBe(4);
  });

  it('applies a written behaviour: 1 pod per minute down, no stabilization', () => {
    const slow: Autoscaler = {
      ...defaults,
      scaleDown: rules([pods(1, 60)]),
    };
    // From 6 at 0 s with the load worth 2: 5 at 0 s, 4 at 60 s, 3 at 120 s, 2 at 180 s.
    const steps = simulate(slow, () => 2, { startReplicas: 6, durationSeconds: 240 });
    expect([0, 45, 60, 120, 180, 240].map((t) => at(steps, t))).toEqual([5, 5, 4, 3, 2, 2]);
  });

  it('keeps to minReplicas and maxReplicas', () => {
    const steps = simulate(defaults, () => 100, { startReplicas: 2, durationSeconds: 300 });
    expect(Math.max(...steps.map((step) => step.replicas))).toBe(20);
    const idle = simulate({ ...defaults, scaleDown: rules([percent(100, 15)]) }, () => 0, {
      startReplicas: 10,
      durationSeconds: 60,
    });
    expect(at(idle, 0)).toBe(2);
  });
});

describe('effectiveScalingRules with malformed policies', () => {
  it('does not fall back to the defaults when policies are written but invalid', () => {
    const set = manifestSet(
      'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: a}\nspec:\n  behavior:\n    scaleDown:\n      policies: {type: Percent, value: 10, periodSeconds: 60}\n    scaleUp:\n      policies: []\n',
    );
    const hpa = set.byKind(HPA_KIND)[0]!;
    expect(effectiveScalingRules(hpa, 'scaleDown')).toMatchObject({
      policies: [],
      explicit: { policies: true },
    });
    expect(effectiveScalingRules(hpa, 'scaleUp').policies).toEqual([]);
  });
});
