import { describe, expect, it } from 'vitest';
import type { BaseInfo, BaseWorkload } from '../../src/plan/base.js';
import { parseSpec } from '../../src/plan/load.js';
import type { SpecProblem } from '../../src/plan/problems.js';
import { checkSpec } from '../../src/plan/check/index.js';
import { SourceFile } from '../../src/source/source-file.js';

const HEAD = `apiVersion: scaleplan.dev/v1alpha1
kind: ScalePlan
metadata:
  name: shop
`;

/** Every problem of a spec text, as `line:column field: message`. */
function problems(text: string, base?: BaseInfo): string[] {
  const parsed = parseSpec(new SourceFile('scaleplan.yaml', text));
  const found: SpecProblem[] = parsed.spec
    ? checkSpec(parsed.spec, parsed.source, base)
    : parsed.problems;
  for (const problem of found) {
    expect(problem.file).toBe('scaleplan.yaml');
  }
  return found.map(
    (problem) => `${problem.line}:${problem.column} ${problem.field}: ${problem.message}`,
  );
}

function workload(name: string, overrides: Partial<BaseWorkload> = {}): BaseWorkload {
  return {
    kind: 'Deployment',
    name,
    namespace: undefined,
    selector: { matchLabels: { app: name } },
    templateLabels: { app: name },
    containers: [{ name, kind: 'container', requests: {}, limits: {} }],
    replicas: undefined,
    tolerations: [],
    affinity: undefined,
    topologySpreadConstraints: [],
    priorityClassName: undefined,
    ...overrides,
  };
}

function requesting(name: string): BaseWorkload['containers'][number] {
  return { name, kind: 'container', requests: { cpu: '100m', memory: '128Mi' }, limits: {} };
}

const BASE: BaseInfo = {
  display: './base',
  workloads: [
    workload('web', { containers: [requesting('web')] }),
    workload('api', { containers: [requesting('api')] }),
    workload('db', { kind: 'StatefulSet', containers: [requesting('db')] }),
  ],
  services: [
    {
      name: 'web',
      namespace: undefined,
      labels: { app: 'web' },
      selector: { app: 'web' },
      ports: [
        { name: 'http', port: 80 },
        { name: 'metrics', port: 9090 },
      ],
    },
  ],
  references: [],
  clusterScoped: [],
};

describe('valid specs', () => {
  it('accepts the smallest useful spec with no problem', () => {
    const text = `${HEAD}spec:
  base: ./base
  workloads:
    web:
      resources: {requests: {cpu: 100m}}
      replicas: {min: 2, max: 5}
      scaleOn: {cpu: 70%}
`;
    expect(problems(text, BASE)).toEqual([]);
  });

  it('accepts the contract example spec (schema only)', () => {
    const text = `${HEAD}spec:
  base: ./base
  namespace: ollama
  kubeVersion: "1.30"
  priorityClasses:
    gpu-workload: {value: 1000, description: GPU inference}
  quotas:
    compute: {cpu: "200", memory: 800Gi, gpu: 50}
  nodePools:
    gpu-t4: {instanceTypes: [Standard_NC4as_T4_v3], gpus: 1, cpu: "4", memory: 28Gi, min: 1, max: 5}
  workloads:
    web:
      resources: {requests: {cpu: "2", memory: 8Gi, gpu: 1}, limits: {cpu: "4", memory: 16Gi}}
      replicas: {min: 2, max: 5}
      scaleOn:
        cpu: 75%
        gpuMemory: 70%
        metrics:
          - {name: ollama_queue_depth, averageValue: 10}
      profile: conservative
      scaleUp: {stabilization: 60s, maxPods: 1, period: 60s}
      scaleDown: {stabilization: 10m, maxPods: 1, period: 5m}
      vpa: {mode: "Off"}
      placement: {nodePool: gpu-t4, spreadZones: true, antiAffinity: preferred}
      priorityClass: gpu-workload
      disruption: {maxUnavailable: 1}
      ingress: {host: llm.example.com, paths: [/], port: 80, tls: {issuer: letsencrypt}, rateLimitRpm: 1000, timeout: 300s, maxBodySize: 100m}
      monitoring: {port: metrics, path: /metrics, interval: 30s}
      alerts: {maxedOutFor: 15m, latencyP95: 2s, errorRate: 1%}
  environments:
    staging:
      namespace: ollama-staging
      workloads: {web: {replicas: {min: 2, max: 2}}}
    production: {}
`;
    expect(problems(text, BASE)).toEqual([]);
  });
});

describe('YAML and schema problems, with positions', () => {
  it('reports YAML syntax errors where they are', () => {
    const text = `${HEAD}spec:
  base: ./base
  workloads: [unclosed
`;
    const [problem] = problems(text);
    expect(problem).toMatch(/^7:22 : The spec is not valid YAML: Flow sequence/);
  });

  it('reports duplicate keys', () => {
    const text = `${HEAD}spec:
  base: ./base
  base: ./other
  workloads: {}
`;
    expect(problems(text)[0]).toMatch(/^7:3 : The spec is not valid YAML: Map keys must be unique/);
  });

  it('suggests the close key for a misspelt one, at the key', () => {
    const text = `${HEAD}spec:
  base: ./base
  workloads:
    web:
      replicas: {min: 2, max: 5}
      scaleon:
        cpu: 70%
`;
    expect(problems(text)).toEqual([
      '10:7 spec.workloads.web: unknown key `scaleon`, did you mean `scaleOn`?',
    ]);
  });

  it('lists the known keys when nothing is close', () => {
    const text = `${HEAD}spec:
  base: ./base
  workloads:
    web:
      replicas: {min: 2, max: 5, desired: 3}
      scaleOn: {cpu: 70%}
`;
    expect(problems(text)).toEqual([
      '9:34 spec.workloads.web.replicas: unknown key `desired`; known keys here: `min`, `max`.',
    ]);
  });

  it('explains wrong types, enums (with a suggestion) and formats', () => {
    const text = `${HEAD}spec:
  base: ./base
  kubeVersion: 1.30
  workloads:
    web:
      replicas: {min: two, max: 5}
      scaleOn: {cpu: 70, memory: "80"}
      profile: conservativ
      scaleDown: {stabilization: 10 minutes}
`;
    expect(problems(text)).toEqual([
      '7:16 spec.kubeVersion: expected a string such as "1.30", not the number 1.3: YAML reads an unquoted 1.30 as the number 1.3, so quote it.',
      '10:23 spec.workloads.web.replicas.min: expected a whole number, not "two".',
      '11:34 spec.workloads.web.scaleOn.memory: expected a percentage such as "75%" (or the whole number 75), not "80".',
      '12:16 spec.workloads.web.profile: expected one of "aggressive", "balanced", "conservative", not "conservativ". Did you mean "conservative"?',
      '13:34 spec.workloads.web.scaleDown.stabilization: expected a duration such as "30s", "5m" or "1h30m", not "10 minutes".',
    ]);
  });

  it('names what is required, at the parent key', () => {
    const text = `${HEAD}spec:
  workloads:
    web: {replicas: {max: 3}, scaleOn: {cpu: 50%}}
`;
    expect(problems(text)).toEqual([
      '5:1 spec: `base` is required (Kustomize directory (holding kustomization.yaml) with the workloads, relative to this file).',
    ]);
  });

  it('refuses a wrong apiVersion and an empty file', () => {
    expect(
      problems(HEAD.replace('v1alpha1', 'v1') + 'spec: {base: ., workloads: {a: {}}}\n'),
    ).toEqual(['1:13 apiVersion: expected "scaleplan.dev/v1alpha1", not "scaleplan.dev/v1".']);
    expect(problems('# nothing here\n')[0]).toMatch(/^1:1 : The spec is empty/);
  });

  it('refuses names that cannot be object or directory names', () => {
    const text = `${HEAD}spec:
  base: ./base
  workloads:
    ../web: {replicas: {max: 3}, scaleOn: {cpu: 50%}}
  environments:
    Prod/EU: {}
`;
    expect(problems(text)).toEqual([
      '8:5 spec.workloads: `../web` cannot be used as a name here: expected a Kubernetes name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit.',
      '10:5 spec.environments: `Prod/EU` cannot be used as a name here: expected a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters.',
    ]);
  });

  it('says to render templates first', () => {
    const text = `${HEAD}spec:
  base: {{ .Values.base }}
  workloads: {}
`;
    expect(problems(text)[0]).toMatch(/template expression/);
  });
});

describe('semantic problems, with positions', () => {
  const spec = (workloads: string, extra = ''): string =>
    `${HEAD}spec:
  base: ./base
${extra}  workloads:
${workloads}`;

  it('min above max', () => {
    expect(
      problems(
        spec('    web:\n      replicas: {min: 6, max: 5}\n      scaleOn: {cpu: 70%}\n'),
        BASE,
      ),
    ).toEqual([
      '9:23 spec.workloads.web.replicas.min: min (6) is above max (5); the autoscaler needs min ≤ max.',
    ]);
  });

  it('an autoscaler without max or targets, and an HPA scaling to zero', () => {
    expect(problems(spec('    web:\n      replicas: {min: 0}\n'), BASE)).toEqual([
      '8:5 spec.workloads.web: the autoscaler needs at least one scaleOn target (cpu, memory, gpu, gpuMemory, requestsPerSecond, latency or metrics).',
      '9:7 spec.workloads.web.replicas: replicas.max is required: the HorizontalPodAutoscaler needs an upper bound.',
      '9:23 spec.workloads.web.replicas.min: an HorizontalPodAutoscaler cannot scale to zero (minReplicas 0 needs the alpha HPAScaleToZero gate); use autoscaler: keda, or min: 1.',
    ]);
  });

  it('unknown node pool and priority class, with suggestions', () => {
    const text = spec(
      '    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n      placement: {nodePool: gpu-t5}\n      priorityClass: hihg\n',
      '  priorityClasses:\n    high: {value: 100}\n  nodePools:\n    gpu-t4: {instanceTypes: [a]}\n',
    );
    expect(problems(text, BASE)).toEqual([
      '15:29 spec.workloads.web.placement.nodePool: unknown node pool "gpu-t5"; did you mean "gpu-t4"?',
      '16:22 spec.workloads.web.priorityClass: unknown priority class "hihg"; did you mean "high"?',
    ]);
  });

  it('a GPU without a GPU node pool or toleration', () => {
    const text = spec(
      '    web:\n      resources: {requests: {gpu: 1}}\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n',
      '  nodePools:\n    gpu: {instanceTypes: [g5.xlarge], gpus: 1}\n',
    );
    expect(problems(text, BASE)).toContainEqual(
      '11:35 spec.workloads.web.resources.requests.gpu: the pods request 1 GPU but are placed on no GPU node pool and do not tolerate the "nvidia.com/gpu" taint, so they stay Pending on tainted GPU nodes. Set placement.nodePool to "gpu".',
    );
    const tolerating: BaseInfo = {
      ...BASE,
      workloads: [
        workload('web', {
          tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
        }),
      ],
    };
    expect(problems(text, tolerating).filter((line) => line.includes('GPU'))).toEqual([]);
  });

  it('an environment naming an unknown workload, at the key', () => {
    const text = `${spec('    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n')}  environments:
    prod:
      workloads:
        wbe: {replicas: {max: 8}}
`;
    expect(problems(text, BASE)).toEqual([
      '14:9 spec.environments.prod.workloads.wbe: environment "prod" overrides workload "wbe", which spec.workloads does not define; did you mean "web"?',
    ]);
  });

  it('an environment override that breaks the bounds points at the override', () => {
    const text = `${spec('    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n')}  environments:
    prod:
      workloads:
        web: {replicas: {min: 9}}
`;
    expect(problems(text, BASE)).toEqual([
      '14:31 spec.environments.prod.workloads.web.replicas.min: min (9) is above max (5); the autoscaler needs min ≤ max.',
    ]);
  });

  it('quantities that do not parse', () => {
    const text = spec(
      '    web:\n      resources: {requests: {cpu: 1.5.3, memory: 1.5.3Gi}}\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n',
      '  quotas:\n    q: {cpu: "-1"}\n',
    );
    expect(problems(text, BASE)).toEqual([
      '8:14 spec.quotas.q.cpu: "-1" is not a Kubernetes quantity; expected a non-negative amount such as 500m, "2", 512Mi or 8Gi.',
      '11:35 spec.workloads.web.resources.requests.cpu: "1.5.3" is not a Kubernetes quantity; expected a non-negative amount such as 500m, "2", 512Mi or 8Gi.',
      '11:50 spec.workloads.web.resources.requests.memory: "1.5.3Gi" is not a Kubernetes quantity; expected a non-negative amount such as 500m, "2", 512Mi or 8Gi.',
    ]);
  });

  it('a disruption budget that would block eviction at the minimum', () => {
    expect(
      problems(
        spec(
          '    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n      disruption: {minAvailable: 2}\n',
        ),
        BASE,
      ),
    ).toEqual([
      '11:34 spec.workloads.web.disruption.minAvailable: at the minimum of 2 replicas this budget allows no pod to be evicted, so node drains and cluster-autoscaler scale-down hang. Use maxUnavailable: 1 (the default), or a minAvailable below 2.',
    ]);
    expect(
      problems(
        spec(
          '    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n      disruption: {maxUnavailable: 0%}\n',
        ),
        BASE,
      ),
    ).toHaveLength(1);
  });

  it('a VPA controlling what the HPA scales on', () => {
    expect(
      problems(
        spec(
          '    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n      vpa: {mode: Recreate, controlledResources: [memory, cpu]}\n',
        ),
        BASE,
      ),
    ).toEqual([
      '11:59 spec.workloads.web.vpa.controlledResources[1]: the HPA scales on cpu utilization; a VPA in mode Recreate that also sets cpu requests fights it (each resize moves the utilization the HPA acts on). Leave cpu out, or use mode Off for recommendations only.',
    ]);
  });

  it('a recommendation-only VPA beside an HPA on cpu and memory, as the contract writes it', () => {
    // Mode Off never changes a request, so it cannot move the utilization the HPA reads.
    for (const vpa of [
      '{mode: "Off"}',
      '{}',
      '{mode: "Off", controlledResources: [cpu, memory]}',
    ]) {
      expect(
        problems(
          spec(
            `    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%, memory: 80%}\n      vpa: ${vpa}\n`,
          ),
          BASE,
        ),
        vpa,
      ).toEqual([]);
    }
    expect(
      problems(
        spec(
          '    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%, memory: 80%}\n      vpa: {mode: Initial}\n',
        ),
        BASE,
      ),
    ).toEqual([
      '11:7 spec.workloads.web.vpa: the autoscaler scales on cpu and memory, which leaves a VPA in mode Initial nothing to control (it never sets what the autoscaler scales on); use mode Off for recommendations only, remove vpa, or scale on other metrics.',
    ]);
  });

  it('node pools selected by labels, required or preferred', () => {
    const pools =
      '  nodePools:\n    gpu: {labels: {eks.amazonaws.com/nodegroup: gpu}, gpus: 1}\n    bare: {cpu: "4"}\n';
    expect(
      problems(
        spec(
          '    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n      placement: {nodePool: gpu, affinity: preferred, weight: 50}\n    api:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n      placement: {nodePool: gpu, weight: 50}\n',
          pools,
        ),
      ),
    ).toEqual([
      '9:5 spec.nodePools.bare: node pool "bare" selects no nodes: give labels its nodes carry (such as a node-group label) or instanceTypes (node.kubernetes.io/instance-type).',
      '18:34 spec.workloads.api.placement.weight: weight only applies to affinity: preferred; a required node affinity has no weight.',
    ]);
  });

  it('object names: set per workload, unique per kind', () => {
    expect(
      problems(
        spec(
          '    web:\n      names: {hpa: web-hpa, pdb: api}\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n    api:\n      names: {hpa: web-hpa}\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n',
        ),
        BASE,
      ),
    ).toEqual([
      '9:20 spec.workloads.web.names.hpa: HorizontalPodAutoscaler "web-hpa" is also generated for workload "api"; give one of them another name under names.hpa.',
      '9:34 spec.workloads.web.names.pdb: PodDisruptionBudget "api" is also generated for workload "api"; give one of them another name under names.pdb.',
    ]);
    expect(
      problems(
        spec(
          '    web:\n      names: {hpa: Web_HPA}\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n',
        ),
      ),
    ).toHaveLength(1);
  });

  it('a shared Ingress: workloads, Services, ports and paths it routes to', () => {
    const ingresses =
      '  ingresses:\n    front:\n      host: shop.example.com\n      tls: {issuer: letsencrypt}\n      routes:\n        - {path: /, workload: web, port: http}\n        - {path: /, workload: web}\n        - {path: /api, workload: wbe}\n        - {path: /db, workload: db, port: 5432}\n        - {path: /x, workload: web, port: grpc}\n';
    expect(
      problems(
        spec(
          '    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n    db:\n      kind: StatefulSet\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n',
          ingresses,
        ),
        BASE,
      ),
    ).toEqual([
      '13:18 spec.ingresses.front.routes[1].path: path / is already routed by routes[0]; NGINX would send it to one of them only.',
      '14:34 spec.ingresses.front.routes[2].workload: unknown workload "wbe"; did you mean "web"?',
      '15:33 spec.ingresses.front.routes[3].workload: no Service in the base ./base selects the pods of "db"; add one, or name it with the workload\'s service.',
      '16:43 spec.ingresses.front.routes[4].port: Service "web" has no port named "grpc"; its ports: http (80), metrics (9090).',
    ]);
  });

  it('a workload missing from the base, by kind and name', () => {
    expect(
      problems(
        spec(
          '    wbe:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n    db:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n',
        ),
        BASE,
      ),
    ).toEqual([
      '8:5 spec.workloads.wbe: the base ./base has no Deployment named "wbe"; did you mean "web"?',
      '11:5 spec.workloads.db: the base ./base has StatefulSet "db", not a Deployment; set kind: StatefulSet.',
    ]);
  });

  it('a container, Service port or quota the base cannot satisfy', () => {
    const text = spec(
      '    web:\n      container: wbe\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n      monitoring: {port: metric}\n',
      '  quotas:\n    compute: {cpu: "4"}\n',
    );
    const bare: BaseInfo = {
      ...BASE,
      workloads: [workload('web'), ...BASE.workloads.filter((entry) => entry.name !== 'web')],
    };
    expect(problems(text, bare)).toEqual([
      '8:15 spec.quotas.compute.cpu: quota "compute" constrains requests.cpu, but container "web" of Deployment "web" sets no cpu request, so its pods are rejected at admission. Set it (resources.requests of the workload in the spec, or in the base).',
      '11:18 spec.workloads.web.container: Deployment "web" has no container "wbe"; did you mean "web"?',
      '13:22 spec.workloads.web.scaleOn.cpu: the autoscaler scales on cpu utilization, but container "web" has no cpu request, so the utilization cannot be computed (FailedGetResourceMetric). Give "web" a cpu request in the base.',
      '14:26 spec.workloads.web.monitoring.port: Service "web" has no port named "metric"; did you mean "metrics"?',
    ]);
  });

  it('a quota that the workloads exceed at maximum scale', () => {
    const text = spec(
      '    web:\n      resources: {requests: {cpu: "1", memory: 1Gi}}\n      replicas: {min: 2, max: 10}\n      scaleOn: {cpu: 70%}\n',
      '  quotas:\n    compute: {cpu: "8"}\n',
    );
    const onlyWeb: BaseInfo = { ...BASE, workloads: [workload('web')] };
    expect(problems(text, onlyWeb)).toEqual([
      '8:20 spec.quotas.compute.cpu: at maximum scale the workloads request 10 cpu in all, above quota "compute" (8); scale-out would stop with FailedCreate. Raise the quota, or lower replicas.max or the requests.',
    ]);
  });

  it('a KEDA fallback with cpu triggers', () => {
    expect(
      problems(
        spec(
          '    web:\n      autoscaler: keda\n      replicas: {min: 1, max: 5}\n      scaleOn: {cpu: 70%}\n      keda: {fallbackReplicas: 2}\n',
        ),
        BASE,
      ),
    ).toEqual([
      '12:32 spec.workloads.web.keda.fallbackReplicas: KEDA rejects a fallback on a ScaledObject with cpu or memory triggers (metrics-server has no failure to fall back from); drop fallbackReplicas or scale on Prometheus metrics only.',
    ]);
  });

  it('features newer than the spec kubeVersion', () => {
    const text = spec(
      '    web:\n      replicas: {min: 2, max: 5}\n      scaleOn: {cpu: 70%}\n      scaleDown: {tolerance: 0.05}\n      vpa: {mode: InPlaceOrRecreate, controlledResources: [memory]}\n',
      '  kubeVersion: "1.30"\n',
    );
    expect(problems(text, BASE)).toEqual([
      '12:30 spec.workloads.web.scaleDown.tolerance: a per-HPA tolerance needs Kubernetes 1.33 or newer; kubeVersion is 1.30.',
      '13:19 spec.workloads.web.vpa.mode: InPlaceOrRecreate resizes pods in place, which needs Kubernetes 1.33 or newer; kubeVersion is 1.30. Use Recreate or Initial.',
    ]);
  });

  it('KEDA scaling to zero on pod metrics only', () => {
    expect(
      problems(
        spec(
          '    web:\n      autoscaler: keda\n      replicas: {min: 0, max: 5}\n      scaleOn: {cpu: 70%}\n',
        ),
        BASE,
      ),
    ).toEqual([
      '10:23 spec.workloads.web.replicas.min: at zero replicas there are no pods, so cpu, memory, GPU, request and Pods metrics report nothing and KEDA never wakes the workload; add an External or Object metric (a queue length, say) under scaleOn.metrics, or set min: 1.',
    ]);
  });
});
