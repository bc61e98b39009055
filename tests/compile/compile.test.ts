/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML documents are read by property access in the assertions */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROFILES } from '../../src/plan/resolve.js';
import { BASE, files, one } from './_helpers.js';

// The pure compiler on hand-made bases: what each part of a spec turns into.

const WEB = `  workloads:
    web:
      resources: {requests: {cpu: 250m, memory: 256Mi}}
      replicas: {min: 2, max: 8}
`;

describe('HorizontalPodAutoscaler', () => {
  it('lists metrics in one canonical order, whatever the order of the spec', () => {
    const a = files(`${WEB}      scaleOn:
        metrics: [{name: queue, averageValue: 5}]
        latency: {target: 2s}
        memory: 80%
        requestsPerSecond: 20
        cpu: 60%
`);
    const b = files(`${WEB}      scaleOn:
        cpu: 60%
        memory: 80%
        requestsPerSecond: 20
        latency: {target: 2s}
        metrics: [{name: queue, averageValue: 5}]
`);
    expect(a).toEqual(b);
    const metrics = one(a, 'default/web-hpa.yaml').spec.metrics as Record<string, any>[];
    expect(metrics.map((metric) => metric.resource?.name ?? metric.pods?.metric.name)).toEqual([
      'cpu',
      'memory',
      'http_requests_per_second',
      'http_request_duration_seconds_p95',
      'queue',
    ]);
    expect(metrics[3]?.pods.target).toEqual({ type: 'AverageValue', averageValue: '2' });
  });

  it('takes behaviour from the profile, with single fields overridden', () => {
    const balanced = one(files(`${WEB}      scaleOn: {cpu: 60%}\n`), 'default/web-hpa.yaml');
    expect(balanced.spec.behavior).toEqual(PROFILES.balanced);
    const tuned = one(
      files(`${WEB}      scaleOn: {cpu: 60%}
      profile: conservative
      scaleUp: {maxPods: 3}
      scaleDown: {stabilization: 15m, period: 10m}
`),
      'default/web-hpa.yaml',
    );
    expect(tuned.spec.behavior).toEqual({
      scaleUp: {
        stabilizationWindowSeconds: 60,
        selectPolicy: 'Max',
        policies: [{ type: 'Pods', value: 3, periodSeconds: 60 }],
      },
      scaleDown: {
        stabilizationWindowSeconds: 900,
        selectPolicy: 'Max',
        policies: [{ type: 'Pods', value: 1, periodSeconds: 600 }],
      },
    });
  });

  it('removes spec.replicas from the workload the HPA owns', () => {
    const patch = one(files(`${WEB}      scaleOn: {cpu: 60%}\n`), 'default/web-patch.yaml');
    expect(patch.spec.replicas).toBeNull();
    expect(patch.spec.template.spec.containers).toEqual([
      { name: 'web', resources: { requests: { cpu: '250m', memory: '256Mi' } } },
    ]);
  });
});

describe('KEDA, VPA and fixed replicas', () => {
  it('makes a ScaledObject instead of an HPA, never both, and renames its target with the overlay', () => {
    const all = files(`${WEB}      autoscaler: keda
      scaleOn:
        cpu: 60%
        metrics: [{name: depth, type: External, averageValue: 10, selector: {queue: a}}]
      vpa: {}
`);
    expect(all['default/web-hpa.yaml']).toBeUndefined();
    const scaledObject = one(all, 'default/web-scaledobject.yaml');
    expect(scaledObject.spec.minReplicaCount).toBe(2);
    expect(scaledObject.spec.triggers).toEqual([
      { type: 'cpu', metricType: 'Utilization', metadata: { value: '60' } },
      {
        type: 'prometheus',
        name: 'depth',
        metricType: 'AverageValue',
        metadata: {
          serverAddress: 'http://prometheus-operated.monitoring.svc:9090',
          query: 'sum(depth{queue="a"})',
          threshold: '10',
        },
      },
    ]);
    expect(all['default/prometheus-adapter.yaml']).toBeUndefined();
    const configuration = one(all, 'default/kustomizeconfig.yaml');
    expect(configuration.nameReference[0].fieldSpecs).toContainEqual({
      kind: 'ScaledObject',
      group: 'keda.sh',
      path: 'spec/scaleTargetRef/name',
    });
  });

  it('keeps what the HPA scales on out of the VPA, in every container', () => {
    const vpa = one(
      files(`${WEB}      scaleOn: {cpu: 60%}\n      vpa: {mode: Recreate}\n`),
      'default/web-vpa.yaml',
    );
    expect(vpa.spec.updatePolicy).toEqual({ updateMode: 'Recreate' });
    expect(vpa.spec.resourcePolicy.containerPolicies).toEqual([
      { containerName: 'web', controlledResources: ['memory'] },
      { containerName: '*', controlledResources: ['memory'] },
    ]);
  });

  it('sets spec.replicas with autoscaler: none and makes no autoscaler', () => {
    const all = files(`  workloads:
    web:
      resources: {requests: {cpu: 250m, memory: 256Mi}}
      autoscaler: none
      replicas: {min: 4}
`);
    expect(one(all, 'default/web-patch.yaml').spec.replicas).toBe(4);
    expect(Object.keys(all).filter((path) => /hpa|scaledobject|alerts/.test(path))).toEqual([]);
  });
});

describe('placement, quotas and disruption', () => {
  const GPU = `  priorityClasses:
    gpu: {value: 1000}
  quotas:
    compute: {gpu: 4, cpu: "20", memory: 40Gi, hard: {count/jobs.batch: 5}}
  nodePools:
    t4: {instanceTypes: [g4dn.xlarge], labels: {pool: t4}, gpus: 1, taints: [{key: dedicated, effect: NoSchedule}]}
  workloads:
    gpu:
      resources: {requests: {cpu: "1", memory: 4Gi, gpu: 1}}
      replicas: {min: 2, max: 4}
      scaleOn: {gpu: 80%}
      placement: {nodePool: t4, spreadZones: required, antiAffinity: required}
      priorityClass: gpu
      disruption: {minAvailable: 1}
`;

  it('patches GPU limit = request, node affinity, tolerations, spread, anti-affinity and priority', () => {
    const all = files(GPU);
    const pod = one(all, 'default/gpu-patch.yaml').spec.template.spec;
    expect(pod.containers[0].resources).toEqual({
      requests: { cpu: '1', memory: '4Gi', 'nvidia.com/gpu': '1' },
      limits: { 'nvidia.com/gpu': '1' },
    });
    expect(pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution).toEqual({
      nodeSelectorTerms: [
        {
          matchExpressions: [
            { key: 'node.kubernetes.io/instance-type', operator: 'In', values: ['g4dn.xlarge'] },
            { key: 'pool', operator: 'In', values: ['t4'] },
          ],
        },
      ],
    });
    expect(pod.tolerations).toEqual([
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' },
    ]);
    expect(pod.topologySpreadConstraints[0].whenUnsatisfiable).toBe('DoNotSchedule');
    expect(pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution).toEqual([
      { labelSelector: { matchLabels: { app: 'gpu' } }, topologyKey: 'kubernetes.io/hostname' },
    ]);
    expect(pod.priorityClassName).toBe('gpu');
    expect(one(all, 'default/gpu-pdb.yaml').spec).toEqual({
      minAvailable: 1,
      selector: { matchLabels: { app: 'gpu' } },
    });
  });

  it('expands the quota shorthands, gpu to requests.nvidia.com/gpu', () => {
    expect(one(files(GPU), 'default/quotas.yaml').spec.hard).toEqual({
      'count/jobs.batch': '5',
      'requests.cpu': '20',
      'requests.memory': '40Gi',
      'requests.nvidia.com/gpu': '4',
    });
  });

  it('serves GPU metrics through prometheus-adapter rules mapping exported_pod', () => {
    const adapter = one(files(GPU), 'clusters/default/prometheus-adapter.yaml');
    const config = parse(adapter.data['config.yaml'] as string) as Record<string, any>;
    expect(config.rules).toEqual([
      {
        seriesQuery: 'DCGM_FI_DEV_GPU_UTIL{exported_namespace!="",exported_pod!=""}',
        resources: {
          overrides: {
            exported_namespace: { resource: 'namespace' },
            exported_pod: { resource: 'pod' },
          },
        },
        name: { matches: '^DCGM_FI_DEV_GPU_UTIL$', as: 'gpu_utilization' },
        metricsQuery: 'avg(<<.Series>>{<<.LabelMatchers>>}) by (<<.GroupBy>>)',
      },
    ]);
    expect(adapter.metadata.namespace).toBe('monitoring');
  });

  it('derives a PDB that never blocks, maxUnavailable 1 by default', () => {
    expect(one(files(`${WEB}      scaleOn: {cpu: 60%}\n`), 'default/web-pdb.yaml').spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: { app: 'web' } },
    });
  });
});

describe('traffic and monitoring', () => {
  it('makes an NGINX Ingress with cert-manager TLS and limits, a ServiceMonitor and a Service label', () => {
    const all = files(`${WEB}      scaleOn: {cpu: 60%}
      ingress: {host: web.example.com, tls: {issuer: letsencrypt, issuerKind: Issuer}, rateLimitRpm: 600, timeout: 2m, maxBodySize: 8m}
      monitoring: {port: metrics}
      alerts: {errorRate: 0.5%}
`);
    const ingress = one(all, 'default/web-ingress.yaml');
    expect(ingress.metadata.annotations).toEqual({
      'cert-manager.io/issuer': 'letsencrypt',
      'nginx.ingress.kubernetes.io/limit-rpm': '600',
      'nginx.ingress.kubernetes.io/proxy-body-size': '8m',
      'nginx.ingress.kubernetes.io/proxy-read-timeout': '120',
      'nginx.ingress.kubernetes.io/proxy-send-timeout': '120',
    });
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls).toEqual([{ hosts: ['web.example.com'], secretName: 'web-tls' }]);
    expect(ingress.spec.rules[0].http.paths[0].backend).toEqual({
      service: { name: 'web', port: { name: 'http' } },
    });
    // The base Service has no labels: the overlay gives it one to be selected by.
    expect(one(all, 'default/web-service-patch.yaml').metadata.labels).toEqual({
      'app.kubernetes.io/name': 'web',
    });
    expect(one(all, 'default/web-servicemonitor.yaml').spec.selector).toEqual({
      matchLabels: { 'app.kubernetes.io/name': 'web' },
    });
    const rules = one(all, 'default/web-alerts.yaml').spec.groups[0].rules as Record<string, any>[];
    expect(rules.map((rule) => rule.alert)).toEqual([
      'KubeHpaReplicasMismatch',
      'KubeHpaMaxedOut',
      'WorkloadErrorRateHigh',
    ]);
    expect(rules[2]?.expr).toBe(
      'sum(rate(http_requests_total{pod=~"web-[a-z0-9]+-[a-z0-9]+",code=~"5.."}[5m]))\n  /\nsum(rate(http_requests_total{pod=~"web-[a-z0-9]+-[a-z0-9]+"}[5m]))\n  > 0.005\n',
    );
  });

  it('selects a Service by its own labels only when they single it out', () => {
    const service = (name: string, labels: Record<string, string>) => ({
      name,
      namespace: undefined,
      labels,
      selector: { app: name },
      ports: [{ name: 'metrics', port: 9090 }],
    });
    const spec = `  workloads:
    web:
      resources: {requests: {cpu: 250m, memory: 256Mi}}
      replicas: {min: 2, max: 8}
      scaleOn: {cpu: 60%}
      monitoring: {port: metrics}
`;
    // Labels every Service shares (a Kustomize labels transformer): a label is added.
    const shared = files(spec, {
      ...BASE,
      services: [service('web', { 'part-of': 'shop' }), service('gpu', { 'part-of': 'shop' })],
    });
    expect(one(shared, 'default/web-servicemonitor.yaml').spec.selector).toEqual({
      matchLabels: { 'part-of': 'shop', 'scaleplan.dev/service': 'web' },
    });
    expect(one(shared, 'default/web-service-patch.yaml').metadata).toEqual({
      name: 'web',
      labels: { 'scaleplan.dev/service': 'web' },
    });
    // Labels of its own: selected by them, nothing added.
    const own = files(spec, {
      ...BASE,
      services: [
        service('web', { 'part-of': 'shop', tier: 'web' }),
        service('gpu', { 'part-of': 'shop' }),
      ],
    });
    expect(one(own, 'default/web-servicemonitor.yaml').spec.selector).toEqual({
      matchLabels: { 'part-of': 'shop', tier: 'web' },
    });
    expect(own['default/web-service-patch.yaml']).toBeUndefined();
    // The same labels in another namespace do not count.
    const elsewhere = files(spec, {
      ...BASE,
      services: [
        service('web', { 'part-of': 'shop' }),
        { ...service('gpu', { 'part-of': 'shop' }), namespace: 'other' },
      ],
    });
    expect(elsewhere['default/web-service-patch.yaml']).toBeUndefined();
  });

  it('counts failures from a separate counter when the service has one', () => {
    const all = files(`${WEB}      scaleOn: {cpu: 60%}
      monitoring: {port: metrics, errorsMetric: web_errors_total}
      alerts: {errorRate: 2%}
`);
    const rules = one(all, 'default/web-alerts.yaml').spec.groups[0].rules as Record<string, any>[];
    expect(rules[2]?.expr).toBe(
      'sum(rate(web_errors_total{pod=~"web-[a-z0-9]+-[a-z0-9]+"}[5m]))\n  /\nsum(rate(http_requests_total{pod=~"web-[a-z0-9]+-[a-z0-9]+"}[5m]))\n  > 0.02\n',
    );
  });

  it('explains the scale-down rate in words in RUNBOOK.md', () => {
    const runbook = files(`${WEB}      scaleOn: {cpu: 60%}\n      profile: conservative\n`)[
      'default/RUNBOOK.md'
    ]?.[0] as string;
    expect(runbook).toContain(
      '- Scale-down: waits until the load has been lower for 10m (the highest recommendation of the window wins), then removes at most 1 pod every 5m. Going from 8 to 2 replicas takes at least 35m after the load drops (10m window, then 25m of removals).',
    );
  });
});
