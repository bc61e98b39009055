import { describe, expect, it } from 'vitest';
import { parseDuration, parsePrometheusDuration } from '../../src/k8s/numbers.js';

describe('parsePrometheusDuration', () => {
  it.each([
    ['0', 0],
    ['0s', 0],
    ['15m', 900],
    ['1h30m', 5400],
    ['500ms', 0.5],
    ['1y2w3d4h5m6s7ms', 31536000 + 2 * 604800 + 3 * 86400 + 4 * 3600 + 5 * 60 + 6 + 0.007],
    ['90s', 90],
  ])('%s is %d seconds', (text, seconds) => {
    expect(parsePrometheusDuration(text)).toBeCloseTo(seconds, 6);
  });

  it.each(['', '5 minutes', '1.5h', '30m1h', '5', '1h1h', 'm', '-5m', '5M', ' 5m', '5m '])(
    '%j is not a Prometheus duration',
    (text) => {
      expect(parsePrometheusDuration(text)).toBeUndefined();
    },
  );

  it('rejects values that are not strings', () => {
    expect(parsePrometheusDuration(300)).toBeUndefined();
    expect(parsePrometheusDuration(null)).toBeUndefined();
    expect(parsePrometheusDuration({ m: 5 })).toBeUndefined();
  });

  it('is stricter than the Go-style parseDuration', () => {
    expect(parseDuration('1.5h')).toBe(5400);
    expect(parsePrometheusDuration('1.5h')).toBeUndefined();
  });
});
