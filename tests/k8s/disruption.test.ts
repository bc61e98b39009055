import { describe, expect, it } from 'vitest';
import {
  allowedDisruptions,
  blocksAtEveryScale,
  describeDemand,
  PDB_KIND,
  readDisruptionPolicy,
  readPdbSelector,
  type DisruptionPolicy,
} from '../../src/k8s/disruption.js';
import { manifestSet } from './helpers.js';

function pdb(spec: string, apiVersion = 'policy/v1') {
  const set = manifestSet(
    `apiVersion: ${apiVersion}\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec: ${spec}\n`,
  );
  const manifest = set.byKind(PDB_KIND)[0];
  if (!manifest) {
    throw new Error('fixture has no PDB');
  }
  return manifest;
}

const policy = (spec: string): DisruptionPolicy => readDisruptionPolicy(pdb(spec));

describe('readDisruptionPolicy', () => {
  it('reads minAvailable and maxUnavailable as int or percent', () => {
    expect(policy('{minAvailable: 2}')).toEqual({
      field: 'minAvailable',
      value: { kind: 'int', value: 2 },
      path: ['spec', 'minAvailable'],
    });
    expect(policy('{maxUnavailable: "25%"}')).toMatchObject({
      field: 'maxUnavailable',
      value: { kind: 'percent', value: 25 },
    });
  });

  it('treats neither field as no constraint and rejected objects as invalid', () => {
    expect(policy('{}').field).toBe('none');
    expect(policy('{minAvailable: 1, maxUnavailable: 1}').field).toBe('invalid');
    expect(policy('{minAvailable: two}').field).toBe('invalid');
    expect(policy('{maxUnavailable: "150%"}').field).toBe('invalid');
    expect(policy('{minAvailable: -1}').field).toBe('invalid');
    expect(policy('[]').field).toBe('none');
  });
});

describe('allowedDisruptions', () => {
  it('rounds percentages of both fields up, as the disruption controller does', () => {
    // minAvailable 50% of 3 = ceil(1.5) = 2 → 1 disruption.
    expect(allowedDisruptions(policy('{minAvailable: "50%"}'), 3)).toBe(1);
    // minAvailable 50% of 1 = ceil(0.5) = 1 → none.
    expect(allowedDisruptions(policy('{minAvailable: "50%"}'), 1)).toBe(0);
    // maxUnavailable 10% of 3 = ceil(0.3) = 1 → 1 disruption.
    expect(allowedDisruptions(policy('{maxUnavailable: "10%"}'), 3)).toBe(1);
    expect(allowedDisruptions(policy('{maxUnavailable: "0%"}'), 10)).toBe(0);
  });

  it('compares integer minAvailable with the pod count', () => {
    expect(allowedDisruptions(policy('{minAvailable: 2}'), 2)).toBe(0);
    expect(allowedDisruptions(policy('{minAvailable: 2}'), 3)).toBe(1);
    expect(allowedDisruptions(policy('{minAvailable: 5}'), 3)).toBe(0);
    expect(allowedDisruptions(policy('{maxUnavailable: 1}'), 1)).toBe(1);
    expect(allowedDisruptions(policy('{maxUnavailable: 5}'), 2)).toBe(2);
    expect(allowedDisruptions(policy('{}'), 4)).toBe(4);
  });
});

describe('blocksAtEveryScale', () => {
  it('is true for maxUnavailable 0 / 0% and minAvailable 100% only', () => {
    expect(blocksAtEveryScale(policy('{maxUnavailable: 0}'))).toBe(true);
    expect(blocksAtEveryScale(policy('{maxUnavailable: "0%"}'))).toBe(true);
    expect(blocksAtEveryScale(policy('{minAvailable: "100%"}'))).toBe(true);
    expect(blocksAtEveryScale(policy('{minAvailable: "99%"}'))).toBe(false);
    expect(blocksAtEveryScale(policy('{minAvailable: 0}'))).toBe(false);
    expect(blocksAtEveryScale(policy('{maxUnavailable: 1}'))).toBe(false);
  });
});

describe('describeDemand', () => {
  it('shows the rounding', () => {
    expect(describeDemand(policy('{minAvailable: "50%"}'), 3)).toBe(
      'minAvailable 50% = ceil(50% × 3) = 2',
    );
    expect(describeDemand(policy('{minAvailable: 2}'), 3)).toBe('minAvailable 2');
  });
});

describe('readPdbSelector', () => {
  it('gives an empty selector its API version meaning', () => {
    const v1 = readPdbSelector(pdb('{selector: {}}'));
    expect('selector' in v1 && v1.selector.matchesNone).toBe(false);
    const v1beta1 = readPdbSelector(pdb('{selector: {}}', 'policy/v1beta1'));
    expect('selector' in v1beta1 && v1beta1.selector.matchesNone).toBe(true);
    const absent = readPdbSelector(pdb('{}'));
    expect('selector' in absent && absent.selector.matchesNone).toBe(true);
  });

  it('reports a malformed selector as an error, never throws', () => {
    expect(readPdbSelector(pdb('{selector: []}'))).toHaveProperty('error');
  });
});
