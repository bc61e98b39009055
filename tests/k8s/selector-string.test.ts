import { describe, expect, it } from 'vitest';
import { parseSelectorString, selectorMatches } from '../../src/k8s/selectors.js';

function matches(selector: string, labels: Record<string, string>): boolean {
  const parsed = parseSelectorString(selector);
  if (!('selector' in parsed)) {
    throw new Error(parsed.error);
  }
  return selectorMatches(parsed.selector, labels);
}

describe('parseSelectorString', () => {
  it('reads equality, inequality, set and existence requirements', () => {
    const parsed = parseSelectorString('app=web, tier in (api, worker),!canary,env!=dev,team');
    expect(parsed).toEqual({
      selector: {
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['api', 'worker'] },
          { key: 'canary', operator: 'DoesNotExist', values: [] },
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'team', operator: 'Exists', values: [] },
        ],
        matchesNone: false,
      },
    });
  });

  it('matches as Kubernetes does', () => {
    expect(matches('app==web', { app: 'web' })).toBe(true);
    expect(matches('app=web', { app: 'api' })).toBe(false);
    expect(matches('env!=dev', {})).toBe(true);
    expect(matches('tier notin (a,b)', { tier: 'a' })).toBe(false);
    expect(matches('app.kubernetes.io/name=web', { 'app.kubernetes.io/name': 'web' })).toBe(true);
    expect(matches('', { anything: 'x' })).toBe(true);
  });

  it('rejects what is not a requirement', () => {
    expect(parseSelectorString('app in web')).toEqual({
      error: '"app in web" is not a selector requirement',
    });
  });
});
