import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './systems.js';

// The figures each seed document gives, found again in the committed overlays (which the e2e
// test proves are exactly what the specs compile to): replica ranges, scaling targets,
// behaviour, quotas, priority classes, disruption budgets, VPA modes and ingress settings.
// The expectations are written from the seed documents, not from the overlays.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function overlayObject(system: string, environment: string, file: string): Record<string, Json> {
  const text = fs.readFileSync(path.join(ROOT, 'overlays', system, environment, file), 'utf8');
  return parse(text) as Record<string, Json>;
}

function hpaSummary(system: string, environment: string, workload: string) {
  const hpa = overlayObject(system, environment, `${workload}-hpa.yaml`);
  const spec = hpa.spec as {
    minReplicas: number;
    maxReplicas: number;
    metrics: Array<Record<string, Record<string, Record<string, Json>>>>;
    behavior: Record<
      'scaleUp' | 'scaleDown',
      {
        stabilizationWindowSeconds: number;
        selectPolicy: string;
        policies: Array<{ type: string; value: number; periodSeconds: number }>;
      }
    >;
  };
  const metrics = spec.metrics.map((metric) => {
    const type = String(metric.type);
    const body = metric[type.charAt(0).toLowerCase() + type.slice(1)] ?? {};
    const name = String(body.metric?.name ?? body.name ?? '');
    const target = body.target ?? {};
    const goal = target.averageUtilization ?? target.averageValue ?? target.value;
    return `${type} ${name} ${String(goal)}`;
  });
  const direction = (key: 'scaleUp' | 'scaleDown'): string => {
    const rules = spec.behavior[key];
    const policies = rules.policies
      .map((policy) => `${policy.type} ${policy.value}/${policy.periodSeconds}s`)
      .join(` ${rules.selectPolicy} `);
    return `${rules.stabilizationWindowSeconds}s window, ${policies}`;
  };
  return {
    replicas: `${spec.minReplicas}-${spec.maxReplicas}`,
    metrics,
    scaleUp: direction('scaleUp'),
    scaleDown: direction('scaleDown'),
  };
}

describe('opifex (opifex-scalability.md)', () => {
  it('L2O optimizer: GPU > 85% or queue > 10; up 50% per 60s; down 10% per 60s after 5 min', () => {
    expect(hpaSummary('opifex', 'production', 'l2o-optimizer')).toEqual({
      replicas: '2-20',
      metrics: ['Pods gpu_utilization 85', 'Pods opifex_l2o_queue_length 10'],
      scaleUp: '0s window, Percent 50/60s',
      scaleDown: '300s window, Percent 10/60s',
    });
  });

  it('neural operator: GPU > 90%; up 100% per 120s; down 20% per 120s after 10 min', () => {
    expect(hpaSummary('opifex', 'production', 'neural-operator')).toEqual({
      replicas: '2-15',
      metrics: ['Pods gpu_utilization 90'],
      scaleUp: '0s window, Percent 100/120s',
      scaleDown: '600s window, Percent 20/120s',
    });
  });

  it('benchmarking: queue > 3; up 75% per 180s; down 25% per 180s after 15 min', () => {
    expect(hpaSummary('opifex', 'production', 'benchmarking')).toEqual({
      replicas: '2-10',
      metrics: ['Pods opifex_benchmark_queue_length 3'],
      scaleUp: '0s window, Percent 75/180s',
      scaleDown: '900s window, Percent 25/180s',
    });
  });

  it('quota: 50 GPUs under the key Kubernetes enforces, 200 CPU, 800Gi', () => {
    const quota = overlayObject('opifex', 'production', 'quotas.yaml');
    expect(quota.spec).toEqual({
      hard: { 'requests.cpu': '200', 'requests.memory': '800Gi', 'requests.nvidia.com/gpu': '50' },
    });
  });

  it('priority classes: the five of the seed, normal-priority the default', () => {
    const text = fs.readFileSync(
      path.join(ROOT, 'overlays/opifex/clusters/default/priority-classes.yaml'),
      'utf8',
    );
    const classes = text
      .split(/^---$/m)
      .map(
        (document) =>
          parse(document) as { metadata: { name: string }; value: number; globalDefault: boolean },
      )
      .map(
        (object) =>
          `${object.metadata.name} ${object.value}${object.globalDefault ? ' default' : ''}`,
      )
      .sort();
    expect(classes).toEqual([
      'cpu-workload 500',
      'gpu-workload 1000',
      'high-priority 900',
      'low-priority 50',
      'normal-priority 100 default',
    ]);
  });

  it('ingress: one for both GPU services; Let’s Encrypt TLS, 1000 requests/min, 300s timeouts, 100MB bodies', () => {
    const ingress = overlayObject('opifex', 'production', 'opifex-api-ingress.yaml');
    expect((ingress.metadata as { annotations: Record<string, string> }).annotations).toEqual({
      'cert-manager.io/cluster-issuer': 'letsencrypt-prod',
      'nginx.ingress.kubernetes.io/limit-rpm': '1000',
      'nginx.ingress.kubernetes.io/proxy-body-size': '100m',
      'nginx.ingress.kubernetes.io/proxy-read-timeout': '300',
      'nginx.ingress.kubernetes.io/proxy-send-timeout': '300',
    });
    const rules = (
      ingress.spec as {
        rules: {
          host: string;
          http: { paths: { path: string; backend: { service: { name: string } } }[] };
        }[];
      }
    ).rules;
    expect(
      rules.flatMap((rule) =>
        rule.http.paths.map((entry) => `${rule.host}${entry.path} ${entry.backend.service.name}`),
      ),
    ).toEqual([
      'api.opifex.example.com/api/v1/l2o l2o-optimizer-service',
      'api.opifex.example.com/api/v1/neural-operators neural-operator-service',
    ]);
  });

  it('names: the seed’s hpa/*-hpa.yaml and vpa/*-vpa.yaml objects', () => {
    const name = (file: string): unknown =>
      (overlayObject('opifex', 'production', file).metadata as { name: string }).name;
    for (const workload of [
      'l2o-optimizer',
      'neural-operator',
      'benchmarking',
      'community-platform',
    ]) {
      expect(name(`${workload}-hpa.yaml`)).toBe(`${workload}-hpa`);
    }
    for (const workload of ['l2o-optimizer', 'neural-operator']) {
      expect(name(`${workload}-vpa.yaml`)).toBe(`${workload}-vpa`);
    }
  });

  it('placement: preferred node affinity, weight 100, on the seed’s instance types', () => {
    const pools: Record<string, string[]> = {
      'l2o-optimizer': ['p3.8xlarge', 'p3.16xlarge', 'p4d.24xlarge'],
      'neural-operator': ['p3.8xlarge', 'p3.16xlarge', 'p4d.24xlarge'],
      benchmarking: ['c5.4xlarge', 'c5.9xlarge', 'c5.18xlarge'],
    };
    for (const [workload, types] of Object.entries(pools)) {
      const patch = overlayObject('opifex', 'production', `${workload}-patch.yaml`);
      const affinity = (
        patch.spec as {
          template: { spec: { affinity: { nodeAffinity: Record<string, Json> } } };
        }
      ).template.spec.affinity.nodeAffinity;
      expect(affinity).toEqual({
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            preference: {
              matchExpressions: [
                { key: 'node.kubernetes.io/instance-type', operator: 'In', values: types },
              ],
            },
          },
        ],
      });
    }
  });

  it('alerts: HPAScalingStuck for 5m and ClusterAutoscalerFailing for 2m', () => {
    const rule = overlayObject('opifex', 'production', 'alerts.yaml');
    const rules = (
      rule.spec as { groups: { rules: { alert: string; expr: string; for: string }[] }[] }
    ).groups.flatMap((group) => group.rules);
    expect(rules.map((entry) => [entry.alert, entry.expr, entry.for])).toEqual([
      [
        'HPAScalingStuck',
        'increase(kube_horizontalpodautoscaler_status_current_replicas[10m]) == 0 AND kube_horizontalpodautoscaler_status_desired_replicas > kube_horizontalpodautoscaler_status_current_replicas',
        '5m',
      ],
      ['ClusterAutoscalerFailing', 'increase(cluster_autoscaler_errors_total[10m]) > 5', '2m'],
    ]);
  });
});

describe('sutazai (sutazai-autoscaling.md)', () => {
  it('backend: 2-20, CPU 70%, agent queue depth 20 of the exporter, p95 5s; 60s/300s cooldowns', () => {
    expect(hpaSummary('sutazai', 'production', 'sutazai-backend')).toEqual({
      replicas: '2-20',
      metrics: [
        'Resource cpu 70',
        'Pods sutazai_inference_duration_seconds_p95 5',
        'Object ai_agent_queue_depth 20',
      ],
      scaleUp: '60s window, Percent 100/60s Max Pods 4/60s',
      scaleDown: '300s window, Percent 10/60s Max Pods 1/60s',
    });
  });

  it('VPA: still acting, but on memory only, next to the CPU HPA', () => {
    const vpa = overlayObject('sutazai', 'production', 'sutazai-backend-vpa.yaml');
    expect(vpa.spec).toMatchObject({
      updatePolicy: { updateMode: 'Recreate' },
      resourcePolicy: {
        containerPolicies: [
          {
            containerName: 'sutazai-backend',
            controlledResources: ['memory'],
            minAllowed: { memory: '2Gi' },
            maxAllowed: { memory: '16Gi' },
          },
        ],
      },
    });
  });

  it('the seed’s names: HPA sutazai-backend-hpa, VPA sutazai-backend-vpa', () => {
    const hpa = overlayObject('sutazai', 'production', 'sutazai-backend-hpa.yaml');
    const vpa = overlayObject('sutazai', 'production', 'sutazai-backend-vpa.yaml');
    expect((hpa.metadata as { name: string }).name).toBe('sutazai-backend-hpa');
    expect((vpa.metadata as { name: string }).name).toBe('sutazai-backend-vpa');
  });

  it('Ingress sutazai-core-ingress: /api to the backend, retries on errors for 5s and 3 tries', () => {
    const ingress = overlayObject('sutazai', 'production', 'sutazai-core-ingress-ingress.yaml');
    expect(ingress.metadata).toMatchObject({
      name: 'sutazai-core-ingress',
      annotations: {
        'nginx.ingress.kubernetes.io/proxy-next-upstream':
          'error timeout invalid_header http_500 http_502 http_503',
        'nginx.ingress.kubernetes.io/proxy-next-upstream-timeout': '5',
        'nginx.ingress.kubernetes.io/proxy-next-upstream-tries': '3',
      },
    });
    const rules = (ingress.spec as { rules: Array<{ http: { paths: Json[] } }> }).rules;
    expect(rules[0]?.http.paths).toMatchObject([
      { path: '/api', backend: { service: { name: 'sutazai-backend' } } },
    ]);
  });

  it('alerts: HighCPUUsage as the seed has it, ScalingEventFailure on HPA conditions', () => {
    const rule = overlayObject('sutazai', 'production', 'alerts.yaml');
    const rules = (rule.spec as { groups: Array<{ rules: Array<Record<string, Json>> }> }).groups[0]
      ?.rules;
    expect(rules).toMatchObject([
      {
        alert: 'HighCPUUsage',
        expr: 'avg(rate(container_cpu_usage_seconds_total[5m])) > 0.8',
        for: '5m',
        annotations: { summary: 'High CPU usage detected' },
      },
      {
        alert: 'ScalingEventFailure',
        annotations: { summary: 'Auto-scaling event failed' },
      },
    ]);
    expect(rules?.[1]?.for).toBeUndefined();
    expect(String(rules?.[1]?.expr)).toContain('kube_horizontalpodautoscaler_status_condition');
  });
});

describe('ai-inference (ai-inference-scaling.md)', () => {
  it('3-20 pods on CPU 70%, memory 75%, GPU 70%, 50 RPS, p95 1.5s, queue 10; up 4 pods per 30s, down 1 pod after 5 min', () => {
    expect(hpaSummary('ai-inference', 'production', 'ai-inference')).toEqual({
      replicas: '3-20',
      metrics: [
        'Resource cpu 70',
        'Resource memory 75',
        'Pods gpu_utilization 70',
        'Pods inference_requests_per_second 50',
        'Pods inference_response_time_seconds_p95 1500m',
        'Pods inference_queue_depth 10',
      ],
      scaleUp: '0s window, Pods 4/30s',
      scaleDown: '300s window, Pods 1/60s',
    });
  });

  it('PDB: min 2 available in production, 1 in the smaller staging', () => {
    expect(overlayObject('ai-inference', 'production', 'ai-inference-pdb.yaml').spec).toMatchObject(
      { minAvailable: 2 },
    );
    expect(overlayObject('ai-inference', 'staging', 'ai-inference-pdb.yaml').spec).toMatchObject({
      minAvailable: 1,
    });
    expect(hpaSummary('ai-inference', 'staging', 'ai-inference').replicas).toBe('2-4');
  });

  it('the HPA under the name of the seed’s own command: kubectl get hpa ai-inference-hpa', () => {
    for (const environment of ['production', 'staging']) {
      const hpa = overlayObject('ai-inference', environment, 'ai-inference-hpa.yaml');
      expect((hpa.metadata as { name: string }).name).toBe('ai-inference-hpa');
    }
  });

  it('VPA: recommendation-only, beside the HPA on cpu and memory', () => {
    const vpa = overlayObject('ai-inference', 'production', 'ai-inference-vpa.yaml');
    expect(vpa.spec).toMatchObject({
      updatePolicy: { updateMode: 'Off' },
      resourcePolicy: { containerPolicies: [{ controlledResources: ['cpu', 'memory'] }] },
    });
  });

  it('GPU placement by the seed’s node-type=gpu-inference label, no instance type', () => {
    const patch = fs.readFileSync(
      path.join(ROOT, 'overlays/ai-inference/production/ai-inference-patch.yaml'),
      'utf8',
    );
    expect(patch).toContain('key: node-type');
    expect(patch).not.toContain('node.kubernetes.io/instance-type');
  });

  it('alerts: the thresholds of the seed’s list', () => {
    const rules = (
      overlayObject('ai-inference', 'production', 'ai-inference-alerts.yaml').spec as {
        groups: Array<{
          rules: Array<{ alert: string; expr: string; labels: { severity: string } }>;
        }>;
      }
    ).groups.flatMap((group) => group.rules);
    const rule = (name: string) => rules.find((candidate) => candidate.alert === name);
    expect(rule('WorkloadLatencyP95High')?.expr).toMatch(/> 2\s*$/);
    expect(rule('WorkloadErrorRateHigh')?.expr).toMatch(/> 0\.05\s*$/);
    expect(rule('AIInferenceAvailabilitySLOBreach')?.expr).toMatch(/< 0\.999\s*$/);
    expect(rule('AIInferenceGPUUtilizationHigh')?.expr).toMatch(/> 95\s*$/);
    expect(rule('AIInferenceMemoryHigh')?.expr).toMatch(/> 0\.9\s*$/);
    expect(rule('AIInferenceCacheHitRateLow')?.expr).toMatch(/< 0\.7\s*$/);
    expect(rule('AIInferenceGPUUtilizationLow')?.expr).toMatch(/< 30\s*$/);
    expect(
      [
        'AIInferencePodNotReady',
        'AIInferenceModelLoadFailed',
        'AIInferenceAvailabilitySLOBreach',
      ].map((name) => rule(name)?.labels.severity),
    ).toEqual(['critical', 'critical', 'critical']);
    expect(rule('AIInferenceThroughputLow')?.labels.severity).toBe('info');
  });
});

describe('hsof (hsof-scaling-runbook.md)', () => {
  it('2-10 on CPU 70%, memory 80%, hsof_gpu_utilization_percent 85; up 100%/60s after 60s, down 50%/60s after 300s', () => {
    expect(hpaSummary('hsof', 'production', 'hsof-main')).toEqual({
      replicas: '2-10',
      metrics: ['Resource cpu 70', 'Resource memory 80', 'Pods hsof_gpu_utilization_percent 85'],
      scaleUp: '60s window, Percent 100/60s',
      scaleDown: '300s window, Percent 50/60s',
    });
  });

  it('VPA hsof-main: recommendations only (Off), cpu 1-16, memory 4Gi-64Gi, beside the HPA on cpu and memory', () => {
    const vpa = overlayObject('hsof', 'production', 'hsof-main-vpa.yaml');
    expect((vpa.metadata as Record<string, Json>).name).toBe('hsof-main');
    expect(vpa.spec).toMatchObject({
      targetRef: { kind: 'Deployment', name: 'hsof-main' },
      updatePolicy: { updateMode: 'Off' },
      resourcePolicy: {
        containerPolicies: [
          {
            containerName: 'hsof',
            minAllowed: { cpu: '1', memory: '4Gi' },
            maxAllowed: { cpu: '16', memory: '64Gi' },
          },
        ],
      },
    });
  });

  it('pods on the node-type=gpu-node nodes (no instance type), preferred anti-affinity on the hostname at weight 100', () => {
    const patch = overlayObject('hsof', 'production', 'hsof-main-patch.yaml');
    const text = JSON.stringify(patch);
    expect(text).not.toContain('node.kubernetes.io/instance-type');
    expect(patch.spec).toMatchObject({
      template: {
        spec: {
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [
                  {
                    matchExpressions: [{ key: 'node-type', operator: 'In', values: ['gpu-node'] }],
                  },
                ],
              },
            },
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [
                {
                  weight: 100,
                  podAffinityTerm: {
                    labelSelector: { matchLabels: { app: 'hsof' } },
                    topologyKey: 'kubernetes.io/hostname',
                  },
                },
              ],
            },
          },
          containers: [
            {
              name: 'hsof',
              resources: {
                requests: { cpu: '4', memory: '16Gi', 'nvidia.com/gpu': '1' },
                limits: { cpu: '8', memory: '32Gi', 'nvidia.com/gpu': '1' },
              },
            },
          ],
        },
      },
    });
  });

  it('Ingress hsof-main on https://hsof.company.com', () => {
    const ingress = overlayObject('hsof', 'production', 'hsof-main-ingress.yaml');
    expect((ingress.metadata as Record<string, Json>).name).toBe('hsof-main');
    expect(ingress.spec).toMatchObject({
      tls: [{ hosts: ['hsof.company.com'] }],
      rules: [{ host: 'hsof.company.com' }],
    });
  });
});

describe('llm-platform (llm-platform-autoscaling.md)', () => {
  it('Open WebUI: 3-10 on CPU 70%, memory 80%; up at once by 2 pods or 50% per minute, down 1 pod/min after 5 min', () => {
    expect(hpaSummary('llm-platform', 'production', 'open-webui')).toEqual({
      replicas: '3-10',
      metrics: ['Resource cpu 70', 'Resource memory 80'],
      scaleUp: '0s window, Percent 50/60s Max Pods 2/60s',
      scaleDown: '300s window, Pods 1/60s',
    });
  });

  it('Ollama: 2-5 on GPU memory 70%, CPU 75%, memory 80%; up 1 pod/min after 60s, down 1 pod per 5 min after 10 min', () => {
    expect(hpaSummary('llm-platform', 'production', 'ollama')).toEqual({
      replicas: '2-5',
      metrics: ['Resource cpu 75', 'Resource memory 80', 'Pods gpu_memory_utilization 70'],
      scaleUp: '60s window, Pods 1/60s',
      scaleDown: '600s window, Pods 1/300s',
    });
  });

  it('serves gpu_memory_utilization from DCGM FB_USED and FB_FREE (the seed divided by a series that is not exported)', () => {
    // Both environments share cluster aks-llm, whose directory holds the adapter's rules.
    const adapter = overlayObject('llm-platform', 'clusters/aks-llm', 'prometheus-adapter.yaml');
    const config = String((adapter.data as Record<string, string>)['config.yaml']);
    expect(config).toContain('as: gpu_memory_utilization');
    expect(config).toContain('DCGM_FI_DEV_FB_FREE');
    expect(config).not.toContain('DCGM_FI_DEV_FB_TOTAL');
    // The seed's second rule, in bytes (DCGM counts MiB).
    expect(config).toContain('as: gpu_memory_used_bytes');
    expect(config).toContain('* 1048576');
  });

  it('keeps the seed’s HPA names, open-webui-hpa and ollama-hpa', () => {
    for (const environment of ['production', 'staging']) {
      for (const workload of ['open-webui', 'ollama']) {
        const hpa = overlayObject('llm-platform', environment, `${workload}-hpa.yaml`);
        expect((hpa.metadata as Record<string, Json>).name).toBe(`${workload}-hpa`);
      }
    }
  });

  it('holds Ollama to the GPU nodes by their gpu=true label, not an instance type ("Standard_NC4as_T4_v3 or similar")', () => {
    const patch = JSON.stringify(overlayObject('llm-platform', 'production', 'ollama-patch.yaml'));
    expect(patch).toContain('"key":"gpu","operator":"In","values":["true"]');
    expect(patch).not.toContain('node.kubernetes.io/instance-type');
    expect(patch).toContain('"nvidia.com/gpu":"1"');
  });
});
