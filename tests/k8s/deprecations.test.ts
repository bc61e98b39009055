import { describe, expect, it } from 'vitest';
import {
  API_DEPRECATIONS,
  apiStatus,
  compareVersions,
  findDeprecation,
} from '../../src/k8s/deprecations.js';
import { hasSchema } from '../../src/k8s/schemas.js';

describe('deprecations table', () => {
  it('has one entry per apiVersion/kind', () => {
    const keys = API_DEPRECATIONS.map((entry) => `${entry.apiVersion}/${entry.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('deprecates before it removes (alpha versions: at the latest when it removes), and names a replacement', () => {
    for (const entry of API_DEPRECATIONS) {
      expect(entry.replacement, entry.kind).not.toBe('');
      if (entry.removedIn && !entry.project) {
        const order = compareVersions(entry.deprecatedIn, entry.removedIn);
        if (/alpha\d*$/.test(entry.apiVersion)) {
          expect(order, entry.apiVersion).toBeLessThanOrEqual(0);
        } else {
          expect(order, entry.apiVersion).toBeLessThan(0);
        }
      }
    }
  });

  it('replacements that are apiVersions have a schema for the same kind', () => {
    for (const entry of API_DEPRECATIONS) {
      if (/^[a-z0-9.]*\/?v\d+$/.test(entry.replacement) && hasSchema(entry)) {
        expect(
          hasSchema({ apiVersion: entry.replacement, kind: entry.kind }),
          `${entry.kind} ${entry.replacement}`,
        ).toBe(true);
      }
    }
  });

  it('follows the migration guide for the APIs scaling setups use', () => {
    expect(findDeprecation('autoscaling/v2beta1', 'HorizontalPodAutoscaler')).toMatchObject({
      deprecatedIn: '1.22',
      removedIn: '1.25',
      replacement: 'autoscaling/v2',
    });
    expect(findDeprecation('autoscaling/v2beta2', 'HorizontalPodAutoscaler')).toMatchObject({
      deprecatedIn: '1.23',
      removedIn: '1.26',
    });
    expect(findDeprecation('policy/v1beta1', 'PodDisruptionBudget')?.removedIn).toBe('1.25');
    expect(findDeprecation('batch/v1beta1', 'CronJob')?.removedIn).toBe('1.25');
    expect(findDeprecation('networking.k8s.io/v1beta1', 'Ingress')?.removedIn).toBe('1.22');
    expect(findDeprecation('apps/v1beta2', 'Deployment')?.removedIn).toBe('1.16');
    expect(findDeprecation('storage.k8s.io/v1beta1', 'CSIStorageCapacity')?.removedIn).toBe('1.27');
    expect(findDeprecation('apps/v1', 'Deployment')).toBeUndefined();
  });
});

describe('compareVersions', () => {
  it('compares major.minor numerically', () => {
    expect(compareVersions('1.9', '1.16')).toBeLessThan(0);
    expect(compareVersions('1.26', '1.26')).toBe(0);
    expect(compareVersions('2.0', '1.40')).toBeGreaterThan(0);
  });
});

describe('apiStatus', () => {
  const hpa = (kubeVersion: string) =>
    apiStatus('autoscaling/v2beta2', 'HorizontalPodAutoscaler', kubeVersion)?.state;

  it('is silent before deprecation, deprecated until removal, removed from then on', () => {
    expect(hpa('1.22')).toBeUndefined();
    expect(hpa('1.23')).toBe('deprecated');
    expect(hpa('1.25')).toBe('deprecated');
    expect(hpa('1.26')).toBe('removed');
    expect(hpa('1.36')).toBe('removed');
  });

  it('never calls a custom resource of another project removed', () => {
    expect(apiStatus('autoscaling.k8s.io/v1beta2', 'VerticalPodAutoscaler', '1.36')?.state).toBe(
      'deprecated',
    );
  });
});
