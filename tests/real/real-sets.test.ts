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
import { loadConfig } from '../../src/lint/config.js';
import type { Finding } from '../../src/lint/engine.js';
import { lint } from '../../src/lint/lint.js';
import { isClusterScoped } from '../../src/lint/manifest.js';
import { REAL_SETS } from './sets.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KP = 'fixtures/real/kube-prometheus/manifests';
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
    // The real catch: the frontend's HPA scales the backend Deployment (at scaleTargetRef).
    `hpa-duplicate-target ${PODINFO}/webapp/frontend/hpa.yaml:7:3 HorizontalPodAutoscaler webapp/frontend`,
    `hpa-min-replicas ${PODINFO}/webapp/frontend/hpa.yaml:11:16 HorizontalPodAutoscaler webapp/frontend`,
  ],
  'vllm (vLLM metrics)': [
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

const OPERATOR_PODS =
  'the operator makes these pods from the Alertmanager/Prometheus object in the same set (StatefulSet pods labelled from spec.podMetadata.labels and the operator’s app.kubernetes.io/* labels)';
const CLUSTER_SERVICE =
  'the Service is one every cluster has, or one the Prometheus Operator in the set creates, in a namespace of which the set holds nothing (assumeExternal)';
const POD_NAME_LABEL =
  'statefulset.kubernetes.io/pod-name is added by the StatefulSet controller to pod <name>-<ordinal> of argocd-redis-ha-server (3 replicas)';

/** Wrong today; delete each line when its branch is merged and this test says it is gone. */
const KNOWN_FALSE: Record<string, KnownFalse[]> = {
  'kube-prometheus': [
    {
      finding: `pdb-no-match ${KP}/alertmanager-podDisruptionBudget.yaml:14:3 PodDisruptionBudget monitoring/alertmanager-main`,
      branch: 'references',
      reason: OPERATOR_PODS,
    },
    {
      finding: `service-no-match ${KP}/alertmanager-service.yaml:20:3 Service monitoring/alertmanager-main`,
      branch: 'references',
      reason: OPERATOR_PODS,
    },
    {
      finding: `servicemonitor-no-match ${KP}/kubernetesControlPlane-serviceMonitorApiserver.yaml:91:3 ServiceMonitor monitoring/kube-apiserver`,
      branch: 'references',
      reason: `${CLUSTER_SERVICE}: default/kubernetes`,
    },
    {
      finding: `servicemonitor-no-match ${KP}/kubernetesControlPlane-serviceMonitorCoreDNS.yaml:24:3 ServiceMonitor monitoring/coredns`,
      branch: 'references',
      reason: `${CLUSTER_SERVICE}: kube-system/kube-dns`,
    },
    {
      finding: `servicemonitor-no-match ${KP}/kubernetesControlPlane-serviceMonitorKubeControllerManager.yaml:71:3 ServiceMonitor monitoring/kube-controller-manager`,
      branch: 'references',
      reason: `${CLUSTER_SERVICE}: kube-system (the control plane's own Service, made by the cluster's installer)`,
    },
    {
      finding: `servicemonitor-no-match ${KP}/kubernetesControlPlane-serviceMonitorKubeScheduler.yaml:34:3 ServiceMonitor monitoring/kube-scheduler`,
      branch: 'references',
      reason: `${CLUSTER_SERVICE}: kube-system (the control plane's own Service, made by the cluster's installer)`,
    },
    {
      finding: `servicemonitor-no-match ${KP}/kubernetesControlPlane-serviceMonitorKubelet.yaml:122:3 ServiceMonitor monitoring/kubelet`,
      branch: 'references',
      reason: `${CLUSTER_SERVICE}: kube-system/kubelet, made by the Prometheus Operator (--kubelet-service)`,
    },
    {
      finding: `pdb-no-match ${KP}/prometheus-podDisruptionBudget.yaml:14:3 PodDisruptionBudget monitoring/prometheus-k8s`,
      branch: 'references',
      reason: OPERATOR_PODS,
    },
    {
      finding: `service-no-match ${KP}/prometheus-service.yaml:20:3 Service monitoring/prometheus-k8s`,
      branch: 'references',
      reason: OPERATOR_PODS,
    },
  ],
  'argo-cd-ha': [0, 1, 2].map((ordinal) => ({
    finding: `service-no-match ${ARGO}:${1814 + 24 * ordinal}:3 Service argocd/argocd-redis-ha-announce-${ordinal}`,
    branch: 'references' as const,
    reason: POD_NAME_LABEL,
  })),
  podinfo: [],
  'vllm (vLLM metrics)': [],
  'vllm (GPU metrics, generic DCGM exporter)': [],
  'vllm (GPU metrics, GKE-managed DCGM exporter)': [
    {
      finding: `service-no-match ${VLLM}/hpa/gpu-dcgm-exporter-service-gke.yaml:27:3 Service gke-managed-system/gke-managed-dcgm-exporter`,
      branch: 'references',
      reason:
        'GKE runs the managed DCGM exporter pods in gke-managed-system, where the set holds only this Service: a namespace the set cannot know. Gone when gke-managed-system is among the assumeExternal defaults; otherwise lint this variant with references.assumeExternal: [gke-managed-system]',
    },
  ],
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
