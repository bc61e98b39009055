import { describe, expect, it } from 'vitest';
import { parseLabelSelector, type LabelSelector } from '../../src/k8s/selectors.js';
import { manifestSet } from './helpers.js';

const SET = `
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop, labels: {app: web, tier: front}}
spec: {selector: {app: other}}
---
apiVersion: v1
kind: Service
metadata: {name: web-canary, namespace: shop, labels: {app: web, track: canary}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: search, labels: {app: web}}
---
apiVersion: v1
kind: Service
metadata: {name: unlabelled}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: web, namespace: shop, labels: {app: web}}
`;

function selector(value: unknown): LabelSelector {
  const parsed = parseLabelSelector(value);
  if (!('selector' in parsed)) {
    throw new Error(parsed.error);
  }
  return parsed.selector;
}

function names(namespace: string, value: unknown): string[] {
  return manifestSet(SET)
    .servicesSelectedBy(namespace, selector(value))
    .map((service) => `${service.namespace}/${service.name}`);
}

describe('ManifestSet.servicesSelectedBy', () => {
  it('matches the Service labels in one namespace, not its selector or other kinds', () => {
    expect(names('shop', { matchLabels: { app: 'web' } })).toEqual(['shop/web', 'shop/web-canary']);
    expect(names('shop', { matchLabels: { app: 'other' } })).toEqual([]);
  });

  it('evaluates matchExpressions with and without matchLabels', () => {
    expect(
      names('shop', {
        matchLabels: { app: 'web' },
        matchExpressions: [{ key: 'track', operator: 'DoesNotExist' }],
      }),
    ).toEqual(['shop/web']);
    expect(
      names('shop', { matchExpressions: [{ key: 'track', operator: 'In', values: ['canary'] }] }),
    ).toEqual(['shop/web-canary']);
  });

  it("'*' looks in every namespace; {} selects everything; an absent selector nothing", () => {
    expect(names('*', { matchLabels: { app: 'web' } })).toEqual([
      'shop/web',
      'shop/web-canary',
      'search/web',
    ]);
    expect(names('default', {})).toEqual(['default/unlabelled']);
    expect(names('*', undefined)).toEqual([]);
  });
});
