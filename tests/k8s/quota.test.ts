import { describe, expect, it } from 'vitest';
import {
  describeQuotaScopes,
  podScopeFacts,
  quotaKeyUsage,
  quotaScopesMatch,
  readQuotaHard,
  readQuotaScopes,
  RESOURCE_QUOTA_KIND,
  untrackedExtendedResource,
} from '../../src/k8s/quota.js';
import type { Manifest } from '../../src/k8s/manifest.js';
import { manifestSet } from './helpers.js';

describe('quota keys', () => {
  it('maps hard keys to what they count in pods', () => {
    expect(quotaKeyUsage('cpu')).toEqual({ type: 'requests', resource: 'cpu' });
    expect(quotaKeyUsage('requests.memory')).toEqual({ type: 'requests', resource: 'memory' });
    expect(quotaKeyUsage('limits.ephemeral-storage')).toEqual({
      type: 'limits',
      resource: 'ephemeral-storage',
    });
    expect(quotaKeyUsage('requests.nvidia.com/gpu')).toEqual({
      type: 'requests',
      resource: 'nvidia.com/gpu',
    });
    expect(quotaKeyUsage('hugepages-2Mi')).toEqual({ type: 'requests', resource: 'hugepages-2Mi' });
    expect(quotaKeyUsage('pods')).toEqual({ type: 'pods' });
    expect(quotaKeyUsage('count/pods')).toEqual({ type: 'pods' });
    for (const key of [
      'nvidia.com/gpu',
      'limits.nvidia.com/gpu',
      'requests.storage',
      'services',
      'count/deployments.apps',
    ]) {
      expect(quotaKeyUsage(key), key).toBeUndefined();
    }
  });

  it('finds extended resources in the forms Kubernetes never counts', () => {
    expect(untrackedExtendedResource('nvidia.com/gpu')).toEqual({
      resource: 'nvidia.com/gpu',
      form: 'bare',
    });
    expect(untrackedExtendedResource('limits.amd.com/gpu')).toEqual({
      resource: 'amd.com/gpu',
      form: 'limits',
    });
    for (const key of [
      'requests.nvidia.com/gpu',
      'count/deployments.apps',
      'cpu',
      'limits.cpu',
      'hugepages-2Mi',
      'deviceclass.resource.kubernetes.io/gpu',
    ]) {
      expect(untrackedExtendedResource(key), key).toBeUndefined();
    }
  });

  it('reads hard entries with their values and paths', () => {
    const quota = manifestSet(
      'apiVersion: v1\nkind: ResourceQuota\nmetadata: {name: q}\nspec:\n  hard: {requests.cpu: "8", pods: 1.5.3}\n',
    ).byKind(RESOURCE_QUOTA_KIND)[0] as Manifest;
    expect(readQuotaHard(quota)).toEqual([
      {
        key: 'requests.cpu',
        raw: '8',
        value: 8,
        path: ['spec', 'hard', 'requests.cpu'],
        usage: { type: 'requests', resource: 'cpu' },
      },
      {
        key: 'pods',
        raw: '1.5.3',
        value: undefined,
        path: ['spec', 'hard', 'pods'],
        usage: { type: 'pods' },
      },
    ]);
  });
});

describe('quota scopes', () => {
  const set = manifestSet(`
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: normal}
value: 100
globalDefault: true
---
apiVersion: v1
kind: ResourceQuota
metadata: {name: high, namespace: ns}
spec:
  hard: {requests.cpu: "4"}
  scopes: [NotBestEffort]
  scopeSelector:
    matchExpressions:
      - {scopeName: PriorityClass, operator: In, values: [high, critical]}
---
apiVersion: v1
kind: ResourceQuota
metadata: {name: pvc, namespace: ns}
spec:
  scopeSelector:
    matchExpressions:
      - {scopeName: VolumeAttributesClass, operator: In, values: [gold]}
---
apiVersion: v1
kind: ResourceQuota
metadata: {name: broken, namespace: ns}
spec:
  scopes: BestEffort
---
apiVersion: v1
kind: Pod
metadata: {name: high-pod, namespace: ns}
spec:
  priorityClassName: high
  activeDeadlineSeconds: 600
  containers: [{name: a, resources: {requests: {cpu: 100m}}}]
---
apiVersion: v1
kind: Pod
metadata: {name: default-pod, namespace: ns}
spec:
  affinity:
    podAntiAffinity:
      preferredDuringSchedulingIgnoredDuringExecution:
        - weight: 1
          podAffinityTerm: {topologyKey: zone, namespaceSelector: {}}
  containers: [{name: a}]
`);
  const quota = (name: string): Manifest => set.get(RESOURCE_QUOTA_KIND, 'ns', name) as Manifest;
  const facts = (name: string) => {
    const workload = set.workload(set.get('Pod', 'ns', name) as Manifest);
    if (!workload) {
      throw new Error('fixture');
    }
    return podScopeFacts(workload, set, set.limitRangeDefaults('ns'), '1.34');
  };

  it('reads scopes and scope selectors, and refuses malformed ones', () => {
    const scopes = readQuotaScopes(quota('high'));
    expect(describeQuotaScopes(scopes ?? [])).toBe(
      'NotBestEffort, PriorityClass In (high, critical)',
    );
    expect(readQuotaScopes(quota('broken'))).toBeUndefined();
  });

  it('derives the pod facts quota looks at', () => {
    expect(facts('high-pod')).toEqual({
      priorityClassName: 'high',
      bestEffort: false,
      terminating: true,
      crossNamespacePodAffinity: false,
    });
    expect(facts('default-pod')).toEqual({
      priorityClassName: 'normal',
      bestEffort: true,
      terminating: false,
      crossNamespacePodAffinity: true,
    });
  });

  it('matches pods as podMatchesScopeFunc does', () => {
    const high = readQuotaScopes(quota('high')) ?? [];
    expect(quotaScopesMatch(high, facts('high-pod'))).toBe(true);
    expect(quotaScopesMatch(high, facts('default-pod'))).toBe(false);
    expect(quotaScopesMatch(readQuotaScopes(quota('pvc')) ?? [], facts('high-pod'))).toBe(false);
    expect(quotaScopesMatch([], facts('default-pod'))).toBe(true);
    const notIn = [{ name: 'PriorityClass', operator: 'NotIn', values: ['high'] }] as const;
    expect(quotaScopesMatch(notIn, facts('default-pod'))).toBe(true);
    expect(
      quotaScopesMatch([{ name: 'PriorityClass', operator: 'DoesNotExist', values: [] }], {
        ...facts('default-pod'),
        priorityClassName: undefined,
      }),
    ).toBe(true);
    expect(quotaScopesMatch([{ name: 'Terminating' }], facts('high-pod'))).toBe(true);
    expect(quotaScopesMatch([{ name: 'CrossNamespacePodAffinity' }], facts('high-pod'))).toBe(
      false,
    );
  });
});
