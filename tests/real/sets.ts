/**
 * The public manifest sets vendored under fixtures/real/ (each with a README naming its
 * source, commit and licence), and how their own documentation applies them: the paths one
 * `kubectl apply` (or `kubectl kustomize`) takes together and the namespace objects without
 * one land in. The regression test and the benchmark lint exactly these.
 */
export interface RealSet {
  /** Name in test titles and benchmark rows. */
  name: string;
  /** Operands of one lint run, relative to the repository root. */
  paths: string[];
  /** The namespace the project's instructions apply unnamespaced objects to. */
  namespace: string;
}

const VLLM = 'fixtures/real/vllm/vllm-deployment';
/** The inference server itself (README: `kubectl apply -f … -n vllm-example`). */
const VLLM_SERVER = [`${VLLM}/vllm-deployment.yaml`, `${VLLM}/vllm-service.yaml`];

export const REAL_SETS: readonly RealSet[] = [
  {
    name: 'kube-prometheus',
    paths: ['fixtures/real/kube-prometheus/manifests'],
    namespace: 'default',
  },
  {
    // docs: `kubectl apply -n argocd -f …/manifests/ha/install.yaml`
    name: 'argo-cd-ha',
    paths: ['fixtures/real/argo-cd-ha/install.yaml'],
    namespace: 'argocd',
  },
  {
    // deploy/README.md: the overlays are built with Kustomize, webapp/ and secure/ applied as
    // plain files (each names its namespace).
    name: 'podinfo',
    paths: ['fixtures/real/podinfo/deploy'],
    namespace: 'default',
  },
  // The vLLM example's two autoscaling guides are alternatives (hpa/vllm-hpa.md scales on
  // vLLM's own metrics, hpa/gpu-hpa.md on GPU utilization, with a GKE and a generic variant of
  // the DCGM exporter's Service and ServiceMonitor); each is linted as the guide applies it.
  {
    name: 'vllm (vLLM metrics)',
    paths: [
      ...VLLM_SERVER,
      `${VLLM}/hpa/vllm-service-monitor.yaml`,
      `${VLLM}/hpa/prometheus-adapter.yaml`,
      `${VLLM}/hpa/horizontal-pod-autoscaler.yaml`,
    ],
    namespace: 'vllm-example',
  },
  {
    name: 'vllm (GPU metrics, generic DCGM exporter)',
    paths: [
      ...VLLM_SERVER,
      `${VLLM}/hpa/gpu-dcgm-exporter-service-generic.yaml`,
      `${VLLM}/hpa/gpu-service-monitor-generic.yaml`,
      `${VLLM}/hpa/prometheus-rule.yaml`,
      `${VLLM}/hpa/prometheus-adapter.yaml`,
      `${VLLM}/hpa/gpu-horizontal-pod-autoscaler.yaml`,
    ],
    namespace: 'vllm-example',
  },
  {
    name: 'vllm (GPU metrics, GKE-managed DCGM exporter)',
    paths: [
      ...VLLM_SERVER,
      `${VLLM}/hpa/gpu-dcgm-exporter-service-gke.yaml`,
      `${VLLM}/hpa/gpu-service-monitor-gke.yaml`,
      `${VLLM}/hpa/prometheus-rule.yaml`,
      `${VLLM}/hpa/prometheus-adapter.yaml`,
      `${VLLM}/hpa/gpu-horizontal-pod-autoscaler.yaml`,
    ],
    namespace: 'vllm-example',
  },
];
