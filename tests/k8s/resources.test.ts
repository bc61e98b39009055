import { describe, expect, it } from 'vitest';
import {
  effectiveLimit,
  effectiveRequest,
  isBestEffort,
  LIMIT_RANGE_KIND,
  podLevelResources,
  podTotal,
  quantityGreater,
} from '../../src/k8s/resources.js';
import type { Workload } from '../../src/k8s/workloads.js';
import type { ManifestSet } from '../../src/k8s/manifest-set.js';
import { manifestSet } from './helpers.js';

function onlyWorkload(set: ManifestSet): Workload {
  const [workload] = [...set.workloads()];
  if (!workload) {
    throw new Error('fixture has no workload');
  }
  return workload;
}

const pod = (spec: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns}\nspec:\n${spec}`;

describe('LimitRangeDefaults', () => {
  const set = manifestSet(`
apiVersion: v1
kind: LimitRange
metadata: {name: first, namespace: ns}
spec:
  limits:
    - type: Pod
      max: {cpu: "64"}
    - type: Container
      defaultRequest: {cpu: 100m}
      default: {cpu: 500m, memory: 512Mi}
      max: {cpu: "2", ephemeral-storage: 4Gi}
      min: {hugepages-2Mi: 2Mi}
---
apiVersion: v1
kind: LimitRange
metadata: {name: second, namespace: ns}
spec:
  limits:
    - type: Container
      defaultRequest: {cpu: 300m, nvidia.com/gpu: "1"}
      default: {nvidia.com/gpu: "1"}
---
apiVersion: v1
kind: LimitRange
metadata: {name: elsewhere, namespace: other}
spec:
  limits:
    - {type: Container, defaultRequest: {memory: 1Gi}}
`);

  it('applies SetDefaults_LimitRangeItem: defaultRequest > default > max > min', () => {
    const defaults = set.limitRangeDefaults('ns');
    expect(defaults.request('cpu')).toMatchObject({ raw: '100m', value: 0.1 });
    expect(defaults.request('memory')).toMatchObject({
      raw: '512Mi',
      path: ['spec', 'limits', 1, 'default', 'memory'],
    });
    expect(defaults.request('ephemeral-storage')?.path).toEqual([
      'spec',
      'limits',
      1,
      'max',
      'ephemeral-storage',
    ]);
    expect(defaults.request('hugepages-2Mi')?.raw).toBe('2Mi');
    expect(defaults.limit('cpu')?.raw).toBe('500m');
    expect(defaults.limit('ephemeral-storage')?.raw).toBe('4Gi');
    expect(defaults.limit('hugepages-2Mi')).toBeUndefined();
  });

  it('lets the first LimitRange win and adds what later ones name', () => {
    const defaults = set.limitRangeDefaults('ns');
    expect(defaults.request('cpu')?.manifest.name).toBe('first');
    expect(defaults.request('nvidia.com/gpu')?.manifest.name).toBe('second');
    expect(set.limitRangeDefaults('ns')).toBe(defaults);
    expect(set.byKindIn(LIMIT_RANGE_KIND, 'ns')).toHaveLength(2);
  });

  it('is per namespace, and empty where there is none', () => {
    expect(set.limitRangeDefaults('other').request('memory')?.raw).toBe('1Gi');
    expect(set.limitRangeDefaults('other').request('cpu')).toBeUndefined();
    expect(set.limitRangeDefaults('none').resourceNames()).toEqual([]);
  });

  it('ignores malformed LimitRanges', () => {
    const broken = manifestSet(
      'apiVersion: v1\nkind: LimitRange\nmetadata: {name: x}\nspec:\n  limits:\n    - "text"\n    - {type: Container, default: [cpu]}\n    - {type: Container, defaultRequest: {cpu: null}}\n',
    );
    expect(broken.limitRangeDefaults('default').resourceNames()).toEqual([]);
  });
});

describe('effective container resources', () => {
  const set = manifestSet(
    pod(`  containers:
    - name: a
      resources:
        requests: {cpu: 250m}
        limits: {cpu: "1", memory: 1Gi}
    - name: b
      resources: {requests: {memory: null}}
`),
  );
  const workload = onlyWorkload(set);
  const [a, b] = workload.containers;

  it('takes the request, else the limit, else nothing', () => {
    if (!a || !b) {
      throw new Error('fixture');
    }
    expect(effectiveRequest(workload, a, 'cpu')).toMatchObject({ value: 0.25, origin: 'request' });
    expect(effectiveRequest(workload, a, 'memory')).toMatchObject({
      value: 2 ** 30,
      origin: 'limit',
      path: ['spec', 'containers', 0, 'resources', 'limits', 'memory'],
    });
    expect(effectiveRequest(workload, b, 'memory')).toBeUndefined();
    expect(effectiveLimit(workload, a, 'cpu')?.value).toBe(1);
    expect(effectiveLimit(workload, b, 'cpu')).toBeUndefined();
  });
});

describe('podTotal', () => {
  it('takes the larger of the running sum and the start-up peak (KEP-753)', () => {
    const set = manifestSet(
      pod(`  initContainers:
    - {name: big-init, resources: {requests: {cpu: "2"}}}
    - {name: proxy, restartPolicy: Always, resources: {requests: {cpu: 500m}}}
    - {name: late-init, resources: {requests: {cpu: 1800m}}}
  containers:
    - {name: app, resources: {requests: {cpu: "1"}, limits: {cpu: "3"}}}
`),
    );
    const workload = onlyWorkload(set);
    // Running: app 1 + proxy 0.5 = 1.5; start-up: big-init 2, late-init 1.8 + proxy 0.5 = 2.3.
    expect(podTotal(workload, 'requests', 'cpu')).toBeCloseTo(2.3);
    // Limits: only app sets one.
    expect(podTotal(workload, 'limits', 'cpu')).toBe(3);
    expect(podTotal(workload, 'requests', 'memory')).toBe(0);
  });

  it('uses LimitRange defaults and pod-level values', () => {
    const set = manifestSet(`
apiVersion: v1
kind: LimitRange
metadata: {name: d, namespace: ns}
spec:
  limits: [{type: Container, defaultRequest: {cpu: 100m}}]
---
${pod(`  resources: {requests: {memory: 3Gi}}
  containers:
    - {name: a}
    - {name: b, resources: {requests: {memory: 1Gi}}}
`)}`);
    const workload = onlyWorkload(set);
    const defaults = set.limitRangeDefaults('ns');
    expect(podTotal(workload, 'requests', 'cpu', defaults)).toBeCloseTo(0.2);
    const podLevel = podLevelResources(workload, '1.34');
    expect(podTotal(workload, 'requests', 'memory', defaults, podLevel)).toBe(3 * 2 ** 30);
    expect(podTotal(workload, 'requests', 'memory', defaults, undefined)).toBe(2 ** 30);
    expect(podLevelResources(workload, '1.33')).toBeUndefined();
  });

  it('counts invalid quantities as zero', () => {
    const workload = onlyWorkload(
      manifestSet(pod('  containers:\n    - {name: a, resources: {requests: {cpu: 1.5.3}}}\n')),
    );
    expect(podTotal(workload, 'requests', 'cpu')).toBe(0);
  });
});

describe('isBestEffort', () => {
  it('is true only when nothing sets a non-zero cpu or memory value after defaulting', () => {
    const bestEffort = onlyWorkload(
      manifestSet(
        pod(
          '  containers:\n    - {name: a, resources: {requests: {cpu: "0", nvidia.com/gpu: 1}}}\n',
        ),
      ),
    );
    expect(isBestEffort(bestEffort)).toBe(true);
    const burstable = onlyWorkload(
      manifestSet(
        pod(
          '  initContainers:\n    - {name: i, resources: {limits: {memory: 64Mi}}}\n  containers:\n    - {name: a}\n',
        ),
      ),
    );
    expect(isBestEffort(burstable)).toBe(false);
    const defaulted = manifestSet(
      `apiVersion: v1\nkind: LimitRange\nmetadata: {name: d, namespace: ns}\nspec:\n  limits: [{type: Container, max: {memory: 1Gi}}]\n---\n${pod('  containers:\n    - {name: a}\n')}`,
    );
    expect(isBestEffort(onlyWorkload(defaulted), defaulted.limitRangeDefaults('ns'))).toBe(false);
  });
});

describe('quantityGreater', () => {
  it('ignores floating-point noise', () => {
    expect(quantityGreater(1.1, 1100 * 0.001)).toBe(false);
    expect(quantityGreater(1.5, 1)).toBe(true);
    expect(quantityGreater(1, 1.5)).toBe(false);
  });
});
