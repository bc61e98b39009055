import { describe, expect, it } from 'vitest';
import { POD_MAKERS } from '../../src/k8s/operators.js';
import { mayHave, podLabelsMatch } from '../../src/k8s/pod-labels.js';
import { parseLabelSelector, type LabelSelector } from '../../src/k8s/selectors.js';
import { manifestSet } from './helpers.js';

function selector(value: unknown): LabelSelector {
  const parsed = parseLabelSelector(value);
  if (!('selector' in parsed)) {
    throw new Error(parsed.error);
  }
  return parsed.selector;
}

describe('controller label values', () => {
  const ordinals = { kind: 'ordinals', prefixes: ['db-'], start: 1, count: 'replicas' } as const;

  it('accepts ordinals from spec.ordinals.start below start + replicas', () => {
    expect(mayHave(ordinals, 'db-1', 2)).toBe(true);
    expect(mayHave(ordinals, 'db-2', 2)).toBe(true);
    expect(mayHave(ordinals, 'db-0', 2)).toBe(false);
    expect(mayHave(ordinals, 'db-3', 2)).toBe(false);
    expect(mayHave(ordinals, 'db-01', 2)).toBe(false);
    expect(mayHave(ordinals, 'db-9', undefined)).toBe(true);
  });

  it('evaluates every operator on a controller label', () => {
    const labels = { fixed: { app: 'db' }, added: new Map([['pod-index', ordinals]]) };
    const matches = (value: unknown): boolean => podLabelsMatch(selector(value), labels, () => 2);
    const expression = (operator: string, values: string[] = []) => ({
      matchExpressions: [{ key: 'pod-index', operator, values }],
    });
    expect(matches(expression('In', ['db-5', 'db-2']))).toBe(true);
    expect(matches(expression('In', ['db-5']))).toBe(false);
    expect(matches(expression('NotIn', ['db-1']))).toBe(true);
    expect(matches(expression('NotIn', ['db-1', 'db-2']))).toBe(false);
    expect(matches(expression('Exists'))).toBe(true);
    expect(matches(expression('DoesNotExist'))).toBe(false);
  });
});

describe('the operator table', () => {
  it('lists each custom resource once, with its group', () => {
    const keys = POD_MAKERS.map((maker) => `${maker.group}/${maker.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'monitoring.coreos.com/Prometheus',
        'monitoring.coreos.com/PrometheusAgent',
        'monitoring.coreos.com/Alertmanager',
        'monitoring.coreos.com/ThanosRuler',
        'argoproj.io/Rollout',
        'keda.sh/ScaledJob',
      ]),
    );
  });

  it('gives a Prometheus the labels the operator writes, shards and pod names included', () => {
    const set = manifestSet(`
apiVersion: monitoring.coreos.com/v1
kind: Prometheus
metadata: {name: k8s, namespace: monitoring}
spec: {replicas: 2, shards: 2, podMetadata: {labels: {team: obs}}}
`);
    const [workload] = [...set.workloads()];
    expect(workload?.templateLabels).toEqual({
      team: 'obs',
      'app.kubernetes.io/managed-by': 'prometheus-operator',
      'app.kubernetes.io/name': 'prometheus',
      'app.kubernetes.io/instance': 'k8s',
      'operator.prometheus.io/name': 'k8s',
      prometheus: 'k8s',
    });
    expect(workload?.declaredReplicas).toBe(4);
    const selects = (matchLabels: Record<string, string>): number =>
      set.workloadsSelectedBy('monitoring', selector({ matchLabels })).length;
    expect(selects({ 'operator.prometheus.io/shard': '1', team: 'obs' })).toBe(1);
    expect(selects({ 'operator.prometheus.io/shard': '2' })).toBe(0);
    expect(selects({ 'statefulset.kubernetes.io/pod-name': 'prometheus-k8s-shard-1-0' })).toBe(1);
    expect(selects({ 'statefulset.kubernetes.io/pod-name': 'prometheus-k9s-0' })).toBe(0);
  });

  it('reads a PrometheusAgent in DaemonSet mode as a DaemonSet: no shard, no replica count', () => {
    const set = manifestSet(`
apiVersion: monitoring.coreos.com/v1alpha1
kind: PrometheusAgent
metadata: {name: node, namespace: monitoring}
spec: {mode: DaemonSet}
`);
    const [workload] = [...set.workloads()];
    expect(workload?.declaredReplicas).toBeUndefined();
    expect([...(workload?.addedLabels.keys() ?? [])].sort()).toEqual([
      'app.kubernetes.io/version',
      'controller-revision-hash',
      'pod-template-generation',
    ]);
  });

  it('reads a Rollout with workloadRef through the Deployment it names', () => {
    const set = manifestSet(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: cart}
spec:
  template:
    metadata: {labels: {app: cart}}
    spec: {containers: [{name: cart, image: cart:1}]}
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: cart}
spec:
  replicas: 4
  workloadRef: {apiVersion: apps/v1, kind: Deployment, name: cart}
`);
    const rollout = set.byKind('Rollout')[0];
    const workload = rollout && set.workload(rollout);
    expect(workload?.templateManifest.kind).toBe('Deployment');
    expect(workload?.containers.map((container) => container.name)).toEqual(['cart']);
    expect(workload?.ownsTemplate).toBe(false);
    expect(workload?.isScalable).toBe(true);
    expect(set.maximumReplicas(workload!)).toBe(4);
  });
});

describe('what the set cannot know', () => {
  const set = manifestSet(
    `
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: kube-system}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: read, namespace: payments}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: shop}
`,
    { assumeExternal: ['platform', 'Service/shop/legacy'] },
  );

  it('knows the namespaces the set holds objects in, Roles and RoleBindings aside', () => {
    expect(set.external.isUnknownNamespace('kube-system')).toBe(false);
    expect(set.external.isUnknownNamespace('payments')).toBe(true);
    expect(set.external.isUnknownNamespace('platform')).toBe(true);
  });

  it('matches the built-in cluster objects by their labels', () => {
    const dns = selector({ matchLabels: { 'k8s-app': 'kube-dns' } });
    expect(set.external.mayMatch('Service', 'kube-system', dns)).toBe(true);
    expect(
      set.external.mayMatch(
        'Service',
        'kube-system',
        selector({ matchLabels: { 'k8s-app': 'dns' } }),
      ),
    ).toBe(false);
    expect(set.external.mayExist('Service', 'default', 'kubernetes')).toBe(true);
    expect(set.external.mayExist('Service', 'kube-system', 'kube-dns')).toBe(true);
    expect(set.external.mayExist('Service', 'kube-system', 'metrics-server')).toBe(false);
  });

  it('takes declared objects by kind, namespace and name, with unknown labels', () => {
    expect(set.external.mayExist('Service', 'shop', 'legacy')).toBe(true);
    expect(set.external.mayExist('Service', 'shop', 'other')).toBe(false);
    expect(set.external.mayMatch('Service', 'shop', selector({ matchLabels: { a: 'b' } }))).toBe(
      true,
    );
    expect(set.podsMayBeOutside('shop', selector({ matchLabels: { a: 'b' } }))).toBe(false);
  });

  it('knows the kubelet Service of a prometheus-operator in the set', () => {
    const withOperator = manifestSet(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: prometheus-operator, namespace: monitoring}
spec:
  template:
    spec:
      containers:
        - name: operator
          image: quay.io/prometheus-operator/prometheus-operator:v0.85.0
          args: [--kubelet-service, monitoring/kubelet-nodes]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: kube-system}
`);
    expect(withOperator.external.mayExist('Service', 'monitoring', 'kubelet-nodes')).toBe(true);
    expect(withOperator.external.mayExist('Service', 'kube-system', 'kubelet')).toBe(false);
    expect(set.external.mayExist('Service', 'kube-system', 'kubelet')).toBe(false);
  });
});
