import { describe, expect, it } from 'vitest';
import type { BaseInfo } from '../../src/plan/base.js';
import { BASE, files, one, workload } from './_helpers.js';

// What issue 17 found the spec could not say: object names, one Ingress for several
// workloads, node pools by labels (required or preferred), a recommendation-only VPA beside
// an HPA on cpu, and the procedures of the RUNBOOK.

const TWO_SERVICES: BaseInfo = {
  ...BASE,
  services: [
    ...BASE.services,
    {
      name: 'gpu',
      namespace: undefined,
      labels: {},
      selector: { app: 'gpu' },
      ports: [{ name: 'grpc', port: 9000 }],
    },
  ],
};

describe('object names', () => {
  it('names the HPA, VPA, PDB and ServiceMonitor as the spec says, and the alerts follow the HPA', () => {
    const all = files(`  workloads:
    web:
      names: {hpa: web-hpa, vpa: web-vpa, pdb: web-pdb, serviceMonitor: web-metrics, prometheusRule: web-rules}
      replicas: {min: 2, max: 8}
      scaleOn: {cpu: 60%}
      vpa: {mode: "Off"}
      monitoring: {port: metrics}
`);
    expect(one(all, 'default/web-hpa.yaml').metadata.name).toBe('web-hpa');
    expect(one(all, 'default/web-vpa.yaml').metadata.name).toBe('web-vpa');
    expect(one(all, 'default/web-pdb.yaml').metadata.name).toBe('web-pdb');
    expect(one(all, 'default/web-servicemonitor.yaml').metadata.name).toBe('web-metrics');
    const rules = one(all, 'default/web-alerts.yaml');
    expect(rules.metadata.name).toBe('web-rules');
    expect(JSON.stringify(rules.spec)).toContain('horizontalpodautoscaler=\\"web-hpa\\"');
    const runbook = all['default/RUNBOOK.md']?.[0] as string;
    expect(runbook).toContain('HorizontalPodAutoscaler `web-hpa`, 2 to 8 replicas');
    expect(runbook).toContain('`kubectl describe hpa web-hpa`');
    expect(runbook).toContain('`kubectl get pdb web-pdb`');
  });

  it("names the HPA KEDA creates through the ScaledObject, since Kustomize prefixes don't reach it", () => {
    const all = files(`  workloads:
    jobs:
      names: {hpa: jobs-hpa, scaledObject: jobs-scaler}
      autoscaler: keda
      replicas: {min: 0, max: 8}
      scaleOn: {metrics: [{name: queue_depth, type: External, averageValue: 5}]}
`);
    const scaled = one(all, 'default/jobs-scaledobject.yaml');
    expect(scaled.metadata.name).toBe('jobs-scaler');
    expect(scaled.spec.advanced.horizontalPodAutoscalerConfig.name).toBe('jobs-hpa');
    expect(all['default/RUNBOOK.md']?.[0]).toContain(
      'KEDA ScaledObject `jobs-scaler` (HPA `jobs-hpa`)',
    );
  });
});

describe('shared Ingress', () => {
  it('one host, one certificate and one rate limit, a path per workload', () => {
    const all = files(
      `  ingresses:
    front:
      host: app.example.com
      tls: {issuer: letsencrypt}
      rateLimitRpm: 100
      routes:
        - {path: /, workload: web}
        - {path: /rpc, workload: gpu, port: grpc}
  workloads:
    web:
      replicas: {min: 2, max: 8}
      scaleOn: {cpu: 60%}
    gpu:
      replicas: {min: 2, max: 4}
      scaleOn: {cpu: 60%}
`,
      TWO_SERVICES,
    );
    const ingress = one(all, 'default/front-ingress.yaml');
    expect(ingress.metadata).toMatchObject({
      name: 'front',
      annotations: {
        'cert-manager.io/cluster-issuer': 'letsencrypt',
        'nginx.ingress.kubernetes.io/limit-rpm': '100',
      },
    });
    expect(ingress.spec.tls).toEqual([{ hosts: ['app.example.com'], secretName: 'front-tls' }]);
    expect(ingress.spec.rules).toEqual([
      {
        host: 'app.example.com',
        http: {
          paths: [
            {
              path: '/',
              pathType: 'Prefix',
              backend: { service: { name: 'web', port: { name: 'http' } } },
            },
            {
              path: '/rpc',
              pathType: 'Prefix',
              backend: { service: { name: 'gpu', port: { name: 'grpc' } } },
            },
          ],
        },
      },
    ]);
    expect(Object.keys(all).filter((path) => path.endsWith('-ingress.yaml'))).toEqual([
      'default/front-ingress.yaml',
    ]);
    expect(all['default/RUNBOOK.md']?.[0]).toContain(
      '| Ingress | app.example.com/rpc (shared Ingress `front`): TLS from `letsencrypt`, 100 requests/min per client |',
    );
  });
});

describe('node pools', () => {
  const pools = `  nodePools:
    gpu: {labels: {pool: gpu}, gpus: 1, min: 0, max: 3}
    typed: {instanceTypes: [g5.xlarge], labels: {pool: typed}, gpus: 1, max: 2}
`;
  const gpuWorkload = (placement: string): string => `${pools}  workloads:
    gpu:
      resources: {requests: {cpu: "1", gpu: 1}}
      replicas: {min: 2, max: 3}
      scaleOn: {cpu: 60%}
      placement: ${placement}
`;

  it('selects by labels alone, required by default', () => {
    const patch = one(files(gpuWorkload('{nodePool: gpu}')), 'default/gpu-patch.yaml');
    expect(patch.spec.template.spec.affinity.nodeAffinity).toEqual({
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          { matchExpressions: [{ key: 'pool', operator: 'In', values: ['gpu'] }] },
        ],
      },
    });
    expect(patch.spec.template.spec.tolerations).toContainEqual({
      key: 'nvidia.com/gpu',
      operator: 'Exists',
      effect: 'NoSchedule',
    });
  });

  it('prefers the pool with a weight, instance types and labels in one term', () => {
    const all = files(gpuWorkload('{nodePool: typed, affinity: preferred, weight: 70}'));
    const patch = one(all, 'default/gpu-patch.yaml');
    expect(patch.spec.template.spec.affinity.nodeAffinity).toEqual({
      preferredDuringSchedulingIgnoredDuringExecution: [
        {
          weight: 70,
          preference: {
            matchExpressions: [
              { key: 'node.kubernetes.io/instance-type', operator: 'In', values: ['g5.xlarge'] },
              { key: 'pool', operator: 'In', values: ['typed'] },
            ],
          },
        },
      ],
    });
    const runbook = all['default/RUNBOOK.md']?.[0] as string;
    expect(runbook).toContain(
      'node pool `typed` (preferred, weight 70: `g5.xlarge`, `pool=typed`); tolerates `nvidia.com/gpu`',
    );
    expect(runbook).toContain(
      "`kubectl get nodes -l 'pool=typed,node.kubernetes.io/instance-type in (g5.xlarge)' --show-labels`",
    );
    expect(runbook).toContain(
      '`eksctl scale nodegroup --cluster CLUSTER --name typed --nodes-min 0 --nodes-max 2`',
    );
  });
});

describe('VPA beside an HPA', () => {
  it('a recommendation-only VPA watches cpu and memory although the HPA scales on cpu', () => {
    const all = files(`  workloads:
    web:
      replicas: {min: 2, max: 8}
      scaleOn: {cpu: 60%, memory: 70%}
      vpa: {mode: "Off"}
`);
    const vpa = one(all, 'default/web-vpa.yaml');
    expect(vpa.spec.updatePolicy).toEqual({ updateMode: 'Off' });
    expect(vpa.spec.resourcePolicy.containerPolicies[0].controlledResources).toEqual([
      'cpu',
      'memory',
    ]);
    expect(all['default/RUNBOOK.md']?.[0]).toContain(
      'VPA mode `Off`: recommends cpu and memory requests (`kubectl describe vpa web`) and never changes a pod',
    );
  });

  it('a VPA that sets requests leaves out what the HPA scales on', () => {
    const vpa = one(
      files(`  workloads:
    web:
      replicas: {min: 2, max: 8}
      scaleOn: {cpu: 60%}
      vpa: {mode: Initial}
`),
      'default/web-vpa.yaml',
    );
    expect(vpa.spec.resourcePolicy.containerPolicies[0].controlledResources).toEqual(['memory']);
  });

  it('the RUNBOOK names a VPA the base keeps outside the spec, with its mode', () => {
    const base: BaseInfo = {
      ...BASE,
      workloads: [workload('web')],
      references: [
        {
          kind: 'VerticalPodAutoscaler',
          name: 'web-recommender',
          namespace: undefined,
          target: { kind: 'Deployment', name: 'web' },
          updateMode: 'Off',
        },
      ],
    };
    const runbook = files(
      `  workloads:
    web:
      replicas: {min: 2, max: 8}
      scaleOn: {cpu: 60%}
`,
      base,
    )['default/RUNBOOK.md']?.[0] as string;
    expect(runbook).toContain(
      "- **VPA `web-recommender` of the base.** The base keeps a VerticalPodAutoscaler (mode `Off`) outside the spec: it only recommends; apply a recommendation through the spec's resources. Move it into the spec (`vpa`) to have it here and in the checks.",
    );
    expect(runbook).toContain('`kubectl describe vpa web-recommender`');
  });
});

describe('RUNBOOK procedures', () => {
  it('changes go through the spec; an emergency pauses the sync first', () => {
    const runbook = files(`  namespace: shop
  workloads:
    web:
      replicas: {min: 2, max: 8}
      scaleOn: {cpu: 60%}
`)['default/RUNBOOK.md']?.[0] as string;
    expect(runbook).toContain(
      'Never `kubectl scale deployment/web` (the HPA sets the count back within 15 s) or `kubectl patch hpa web` (the sync reverts it).',
    );
    const emergency = [
      '  - `argocd app set demo-default --sync-policy none`',
      '  - `kubectl -n shop patch hpa web --type merge -p \'{"spec":{"minReplicas":8}}\'`',
      '  - `argocd app set demo-default --sync-policy automated --self-heal`',
    ].join('\n');
    expect(runbook).toContain(emergency);
    expect(runbook).toContain(
      '  - `kubectl -n shop get pods -l app=web --field-selector=status.phase=Pending`',
    );
    expect(runbook).toContain(
      '  - `kubectl drain NODE --ignore-daemonsets --delete-emptydir-data`',
    );
    expect(runbook).toContain('  - `scaleplan compile ../../scaleplan.yaml -o .. --check`');
  });
});
