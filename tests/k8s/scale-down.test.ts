import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCALE_DOWN,
  effectiveScalingRules,
  HPA_KIND,
  type ScalingPolicy,
  type ScalingRules,
} from '../../src/k8s/autoscaling.js';
import { fastestScaleDown } from '../../src/k8s/scale-down.js';
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

describe('fastestScaleDown', () => {
  it('removes everything in one sync with the default 100% per 15 s', () => {
    const run = fastestScaleDown(DEFAULT_SCALE_DOWN, 10, 1, 60);
    expect(run.to).toBe(1);
    expect(run.fraction).toBeCloseTo(0.9);
    expect(run.steps).toEqual([0]);
  });

  it('compounds a Percent policy once per period', () => {
    // 30% per 30 s: 10 → 7 at 0 s → 4.9 at 30 s.
    const run = fastestScaleDown(rules([percent(30, 30)]), 10, 0, 60);
    expect(run.to).toBeCloseTo(4.9);
    expect(run.steps).toEqual([0, 30]);
    // 50% per 60 s: one step, exactly half.
    expect(fastestScaleDown(rules([percent(50, 60)]), 10, 0, 60).fraction).toBe(0.5);
  });

  it('acts only at syncs: a 20 s period gets two steps in a minute, not three', () => {
    expect(fastestScaleDown(rules([percent(10, 20)]), 100, 0, 60).steps).toEqual([0, 30]);
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
