/**
 * Public manifest sets nobody here wrote (fixtures/real/, each with its source, commit and
 * licence), linted with the whole recommended pack: the exact findings, one line each as
 * `rule file:line:column Kind namespace/name`.
 *
 * `TRUE` holds the findings that are right; docs/real-world.md says for each why.
 * `KNOWN_FALSE` holds the ones that are wrong today and are being removed on another branch;
 * when that branch is merged this test fails listing them, and they are deleted from here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/lint/config/find.js';
import type { Finding } from '../../src/lint/result.js';
import { lint } from '../../src/lint/lint.js';
import { isClusterScoped } from '../../src/k8s/manifest.js';
import { REAL_SETS } from './sets.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARGO = 'fixtures/real/argo-cd-ha/install.yaml';
const PODINFO = 'fixtures/real/podinfo/deploy';
const VLLM = 'fixtures/real/vllm/vllm-deployment';

const TRUE: Record<string, string[]> = {
  'kube-prometheus': [],
  'argo-cd-ha': [
    `missing-requests ${ARGO}:2203:9 Deployment argocd/argocd-applicationset-controller`,
    `missing-requests ${ARGO}:2345:9 Deployment argocd/argocd-dex-server`,
    `missing-requests ${ARGO}:2498:9 Deployment argocd/argocd-notifications-controller`,
    `pdb-missing ${ARGO}:2554:9 Deployment argocd/argocd-redis-ha-haproxy`,
    `missing-requests ${ARGO}:2598:9 Deployment argocd/argocd-redis-ha-haproxy`,
    `pdb-missing ${ARGO}:2684:9 Deployment argocd/argocd-repo-server`,
    `missing-requests ${ARGO}:3005:9 Deployment argocd/argocd-repo-server`,
    `pdb-missing ${ARGO}:3122:9 Deployment argocd/argocd-server`,
    `missing-requests ${ARGO}:3557:9 Deployment argocd/argocd-server`,
    `missing-requests ${ARGO}:4061:9 StatefulSet argocd/argocd-application-controller`,
    `pdb-missing ${ARGO}:4136:9 StatefulSet argocd/argocd-redis-ha-server`,
    `missing-requests ${ARGO}:4189:9 StatefulSet argocd/argocd-redis-ha-server`,
    `missing-requests ${ARGO}:4261:9 StatefulSet argocd/argocd-redis-ha-server`,
    `missing-requests ${ARGO}:4340:9 StatefulSet argocd/argocd-redis-ha-server`,
  ],
  podinfo: [
    `pdb-missing ${PODINFO}/bases/backend/deployment.yaml:4:9 Deployment staging/backend`,
    `hpa-min-replicas ${PODINFO}/bases/backend/hpa.yaml:10:16 HorizontalPodAutoscaler staging/backend`,
    `pdb-missing ${PODINFO}/bases/database/deployment-replica.yaml:4:9 Deployment staging/database-replica`,
    `pdb-missing ${PODINFO}/bases/frontend/deployment.yaml:4:9 Deployment staging/frontend`,
    `pdb-missing ${PODINFO}/secure/backend/deployment.yaml:4:9 Deployment secure/backend`,
    `hpa-min-replicas ${PODINFO}/secure/backend/hpa.yaml:11:16 HorizontalPodAutoscaler secure/backend`,
    `pdb-missing ${PODINFO}/secure/frontend/deployment.yaml:4:9 Deployment secure/frontend`,
    `hpa-min-replicas ${PODINFO}/secure/frontend/hpa.yaml:11:16 HorizontalPodAutoscaler secure/frontend`,
    `pdb-missing ${PODINFO}/webapp/backend/deployment.yaml:4:9 Deployment webapp/backend`,
    `hpa-min-replicas ${PODINFO}/webapp/backend/hpa.yaml:11:16 HorizontalPodAutoscaler webapp/backend`,
    // The real catch: the frontend's HPA scales the backend Deployment (at scaleTargetRef.name).
    `hpa-duplicate-target ${PODINFO}/webapp/frontend/hpa.yaml:10:11 HorizontalPodAutoscaler webapp/frontend`,
    `hpa-min-replicas ${PODINFO}/webapp/frontend/hpa.yaml:11:16 HorizontalPodAutoscaler webapp/frontend`,
  ],
  'vllm (vLLM metrics)': [
    // The real catch: the adapter's config.yaml indents its second rule one step too far, so it
    // is not YAML; prometheus-adapter exits at start-up and serves neither HPA's metric.
    `hpa-metric-unserved ${VLLM}/hpa/prometheus-adapter.yaml:120:7 ConfigMap monitoring/prometheus-adapter`,
    `hpa-min-replicas ${VLLM}/hpa/horizontal-pod-autoscaler.yaml:16:16 HorizontalPodAutoscaler vllm-example/gemma-server-hpa`,
    `hpa-scale-down-unstabilized ${VLLM}/hpa/horizontal-pod-autoscaler.yaml:44:35 HorizontalPodAutoscaler vllm-example/gemma-server-hpa`,
    `hpa-scale-down-too-fast ${VLLM}/hpa/horizontal-pod-autoscaler.yaml:45:7 HorizontalPodAutoscaler vllm-example/gemma-server-hpa`,
    `missing-requests ${VLLM}/hpa/prometheus-adapter.yaml:149:9 Deployment monitoring/prometheus-adapter`,
    // The real catch: vllm-service has no labels at all, so this selects nothing.
    `servicemonitor-no-match ${VLLM}/hpa/vllm-service-monitor.yaml:26:3 ServiceMonitor monitoring/vllm-gemma-servicemonitor`,
    `pdb-missing ${VLLM}/vllm-deployment.yaml:4:9 Deployment vllm-example/vllm-gemma-deployment`,
    `hpa-replicas-pinned ${VLLM}/vllm-deployment.yaml:6:3 Deployment vllm-example/vllm-gemma-deployment`,
    `gpu-without-placement ${VLLM}/vllm-deployment.yaml:32:13 Deployment vllm-example/vllm-gemma-deployment`,
  ],
  'vllm (GPU metrics, generic DCGM exporter)': [
    // The same broken adapter configuration (see the vLLM metrics guide above).
    `hpa-metric-unserved ${VLLM}/hpa/prometheus-adapter.yaml:120:7 ConfigMap monitoring/prometheus-adapter`,
    // True although the pods are not in the set: the dcgm-exporter chart the guide installs
    // labels them app.kubernetes.io/name=dcgm-exporter (see docs/real-world.md).
    `service-no-match ${VLLM}/hpa/gpu-dcgm-exporter-service-generic.yaml:17:3 Service monitoring/gpu-dcgm-exporter-service`,
    `hpa-min-replicas ${VLLM}/hpa/gpu-horizontal-pod-autoscaler.yaml:16:16 HorizontalPodAutoscaler vllm-example/gemma-server-gpu-hpa`,
    `hpa-scale-down-unstabilized ${VLLM}/hpa/gpu-horizontal-pod-autoscaler.yaml:60:35 HorizontalPodAutoscaler vllm-example/gemma-server-gpu-hpa`,
    `hpa-scale-down-too-fast ${VLLM}/hpa/gpu-horizontal-pod-autoscaler.yaml:61:7 HorizontalPodAutoscaler vllm-example/gemma-server-gpu-hpa`,
    `missing-requests ${VLLM}/hpa/prometheus-adapter.yaml:149:9 Deployment monitoring/prometheus-adapter`,
    `pdb-missing ${VLLM}/vllm-deployment.yaml:4:9 Deployment vllm-example/vllm-gemma-deployment`,
    `hpa-replicas-pinned ${VLLM}/vllm-deployment.yaml:6:3 Deployment vllm-example/vllm-gemma-deployment`,
    `gpu-without-placement ${VLLM}/vllm-deployment.yaml:32:13 Deployment vllm-example/vllm-gemma-deployment`,
  ],
  'vllm (GPU metrics, GKE-managed DCGM exporter)': [
    // The same broken adapter configuration (see the vLLM metrics guide above).
    `hpa-metric-unserved ${VLLM}/hpa/prometheus-adapter.yaml:120:7 ConfigMap monitoring/prometheus-adapter`,
    `hpa-min-replicas ${VLLM}/hpa/gpu-horizontal-pod-autoscaler.yaml:16:16 HorizontalPodAutoscaler vllm-example/gemma-server-gpu-hpa`,
    `hpa-scale-down-unstabilized ${VLLM}/hpa/gpu-horizontal-pod-autoscaler.yaml:60:35 HorizontalPodAutoscaler vllm-example/gemma-server-gpu-hpa`,
    `hpa-scale-down-too-fast ${VLLM}/hpa/gpu-horizontal-pod-autoscaler.yaml:61:7 HorizontalPodAutoscaler vllm-example/gemma-server-gpu-hpa`,
    `missing-requests ${VLLM}/hpa/prometheus-adapter.yaml:149:9 Deployment monitoring/prometheus-adapter`,
    `pdb-missing ${VLLM}/vllm-deployment.yaml:4:9 Deployment vllm-example/vllm-gemma-deployment`,
    `hpa-replicas-pinned ${VLLM}/vllm-deployment.yaml:6:3 Deployment vllm-example/vllm-gemma-deployment`,
    `gpu-without-placement ${VLLM}/vllm-deployment.yaml:32:13 Deployment vllm-example/vllm-gemma-deployment`,
  ],
};

interface KnownFalse {
  finding: string;
  /** The branch of issue 11 that removes it. */
  branch: 'references' | 'promql';
  reason: string;
}

/** Wrong today; delete each line when its branch is merged and this test says it is gone. */
const KNOWN_FALSE: Record<string, KnownFalse[]> = {
  'kube-prometheus': [],
  'argo-cd-ha': [],
  podinfo: [],
  'vllm (vLLM metrics)': [],
  'vllm (GPU metrics, generic DCGM exporter)': [],
  'vllm (GPU metrics, GKE-managed DCGM exporter)': [],
};

function describeFinding(finding: Finding): string {
  const object = finding.object;
  const name = object ? ` ${object.kind} ${object.namespace ?? ''}/${object.name}` : '';
  return `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column}${name}`;
}

const config = loadConfig(undefined, '/');

describe.each(REAL_SETS)('real set $name', (set) => {
  it('yields exactly the known findings under the recommended pack', async () => {
    const report = await lint({
      paths: set.paths,
      cwd: ROOT,
      config,
      namespace: set.namespace,
      env: { PATH: process.env.PATH ?? '' },
    });
    const expected = [
      ...(TRUE[set.name] ?? []),
      ...(KNOWN_FALSE[set.name] ?? []).map((entry) => entry.finding),
    ];
    expect(report.findings.map(describeFinding).sort()).toEqual(expected.sort());
    expect(report.suppressed).toEqual([]);
    expect(report.summary.skippedDocuments).toBe(0);
    // Rough edges seen on these sets: no value printed as [object Object], no cluster-scoped
    // object placed in a namespace.
    for (const finding of report.findings) {
      expect(finding.message).not.toContain('[object Object]');
      if (finding.object && isClusterScoped(finding.object.kind)) {
        expect(finding.object.namespace, describeFinding(finding)).toBeUndefined();
      }
    }
  });
});

describe('real sets', () => {
  it('every set has its expectations and every expectation its set', () => {
    const names = REAL_SETS.map((set) => set.name).sort();
    expect(Object.keys(TRUE).sort()).toEqual(names);
    expect(Object.keys(KNOWN_FALSE).sort()).toEqual(names);
  });
});
