import { describe, expect, it } from 'vitest';
import {
  behaviorPath,
  effectiveScalingRules,
  readAutoscalerResourceMetrics,
  readTargetRef,
  SCALED_OBJECT_KIND,
  VPA_KIND,
} from '../../src/k8s/autoscaling.js';
import { manifestSet } from './helpers.js';

const SET = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web, tier: front}}
    spec: {containers: [{name: app}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db}]}
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: web, namespace: shop}
spec:
  scaleTargetRef: {name: web}
  advanced:
    horizontalPodAutoscalerConfig:
      behavior:
        scaleDown: {stabilizationWindowSeconds: 30}
  triggers:
    - {type: cpu, metricType: Utilization, metadata: {value: "60"}}
    - {type: memory, metadata: {type: AverageValue, value: "1Gi", containerName: app}}
    - {type: prometheus, metadata: {query: up}}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web, namespace: shop}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  maxReplicas: 4
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: ghost, namespace: shop}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ghost}
  maxReplicas: 4
---
apiVersion: autoscaling.k8s.io/v1
kind: VerticalPodAutoscaler
metadata: {name: ghost, namespace: shop}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: ghost}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: all, namespace: shop}
spec: {selector: {}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: front, namespace: shop}
spec:
  selector:
    matchExpressions: [{key: tier, operator: In, values: [front]}]
---
apiVersion: policy/v1beta1
kind: PodDisruptionBudget
metadata: {name: legacy-empty, namespace: shop}
spec: {selector: {}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: other-namespace, namespace: other}
spec: {selector: {matchLabels: {app: web}}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: broken, namespace: shop}
spec: {selector: []}
`;

describe('ManifestSet autoscaler and PDB indexes', () => {
  const set = manifestSet(SET);
  const web = set.get('Deployment', 'shop', 'web');
  const db = set.get('StatefulSet', 'shop', 'db');
  const webWorkload = web && set.workload(web);
  const dbWorkload = db && set.workload(db);

  it('lists the autoscalers of a workload in set order', () => {
    expect(web && set.autoscalersOf(web).map((a) => a.manifest.kind)).toEqual([
      'ScaledObject',
      'HorizontalPodAutoscaler',
    ]);
  });

  it('finds autoscalers by reference even when the target is not in the set', () => {
    const vpa = set.byKind(VPA_KIND)[0];
    const ref = vpa && readTargetRef(vpa);
    expect(ref && set.autoscalersReferencing(ref, 'shop').map((a) => a.manifest.name)).toEqual([
      'ghost',
    ]);
    expect(
      ref && set.autoscalersReferencing({ ...ref, apiVersion: 'argoproj.io/v1alpha1' }, 'shop'),
    ).toEqual([]);
    expect(ref && set.autoscalersReferencing(ref, 'other')).toEqual([]);
  });

  it('indexes PDBs by the workloads they select, per API version and namespace', () => {
    expect(webWorkload && set.pdbsSelecting(webWorkload).map((p) => p.name)).toEqual([
      'all',
      'front',
    ]);
    expect(dbWorkload && set.pdbsSelecting(dbWorkload).map((p) => p.name)).toEqual(['all']);
    const selectionOf = (name: string) =>
      set.pdbSelection(
        set.get('PodDisruptionBudget', name === 'other-namespace' ? 'other' : 'shop', name)!,
      );
    expect(selectionOf('legacy-empty')).toEqual([]);
    expect(selectionOf('other-namespace')).toEqual([]);
    expect(selectionOf('broken')).toEqual([]);
  });

  it('lists the namespaces that hold workloads', () => {
    expect([...set.workloadNamespaces()]).toEqual(['shop']);
  });

  it('reads KEDA behaviour and cpu/memory triggers', () => {
    const scaledObject = set.byKind(SCALED_OBJECT_KIND)[0]!;
    expect(behaviorPath(scaledObject)).toEqual([
      'spec',
      'advanced',
      'horizontalPodAutoscalerConfig',
      'behavior',
    ]);
    expect(effectiveScalingRules(scaledObject, 'scaleDown').stabilizationWindowSeconds).toBe(30);
    expect(
      readAutoscalerResourceMetrics(scaledObject).map((m) => [
        m.type,
        m.name,
        m.container,
        m.targetType,
      ]),
    ).toEqual([
      ['Resource', 'cpu', undefined, 'Utilization'],
      ['ContainerResource', 'memory', 'app', 'AverageValue'],
    ]);
  });
});
