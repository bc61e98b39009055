/* eslint-disable @typescript-eslint/no-explicit-any -- parsed YAML documents are read by property access in the assertions */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { compileSpec, type CompiledSpec } from '../../src/compile/index.js';
import { SpecInvalidError } from '../../src/plan/problems.js';
import { scratchSpace } from '../_utils.js';

// The monitoring fields of a spec, compiled from text against a real base (the no-operator
// golden's): alerting rules of the spec's own, checked as Prometheus checks them with the
// problem at its line and column; the DCGM labels and adapter rules; scrape annotations
// (tests/e2e/compile.test.ts builds and lints that golden with kubectl).

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASE = path.join(ROOT, 'fixtures/specs/no-operator/base');
const env = { PATH: process.env.PATH ?? '' };
const scratch = scratchSpace('monitoring');

const HEAD = `apiVersion: scaleplan.dev/v1alpha1
kind: ScalePlan
metadata: {name: orders}
spec:
  base: ./base
  namespace: orders
`;

/** An `api` workload; `extra` lines go under it (six spaces in). */
function api(extra = ''): string {
  return `  workloads:
    api:
      resources: {requests: {cpu: 500m, memory: 512Mi}}
      replicas: {min: 2, max: 6}
      scaleOn: {cpu: 70%}
${extra}`;
}

function directoryWith(spec: string): string {
  const directory = scratch.tree({ 'scaleplan.yaml': `${HEAD}${spec}` }, 'spec');
  fs.cpSync(BASE, path.join(directory, 'base'), { recursive: true });
  return directory;
}

async function compiled(spec: string): Promise<CompiledSpec> {
  return compileSpec({ cwd: directoryWith(spec), env });
}

/** The problems of a spec as `line:column field: message`; none when it compiles. */
async function problems(spec: string): Promise<string[]> {
  try {
    await compiled(spec);
    return [];
  } catch (error) {
    if (!(error instanceof SpecInvalidError)) {
      throw error;
    }
    return error.problems.map(
      (problem) => `${problem.line}:${problem.column} ${problem.field}: ${problem.message}`,
    );
  }
}

function documents(result: CompiledSpec, file: string): Record<string, any>[] {
  const text = result.files.get(file);
  expect(text, file).toBeDefined();
  return parseAllDocuments(text ?? '').map((document) => document.toJS() as Record<string, any>);
}

function rulesOf(result: CompiledSpec, file: string): Record<string, any>[] {
  const [rule] = documents(result, file);
  return rule?.spec.groups[0].rules as Record<string, any>[];
}

describe('alerting rules of the spec', () => {
  it('puts the plan-wide rules into the group alerts.group names', async () => {
    const result = await compiled(`  alerts:
    group: autoscaling
    rules:
      - {alert: OrdersDown, expr: 'absent(up{namespace="orders"})'}
${api()}`);
    const [plan] = documents(result, 'default/alerts.yaml');
    expect(plan?.spec.groups.map((group: { name: string }) => group.name)).toEqual(['autoscaling']);
  });

  it('go after the generated ones of the workload, and into alerts.yaml for the plan', async () => {
    const result = await compiled(`  alerts:
    rules:
      - alert: OrdersDown
        expr: absent(up{namespace="orders"})
        for: 10m
        severity: critical
        annotations: {summary: Nothing is scraped.}
${api(`      alerts:
        severity: info
        rules:
          - alert: CheckoutFailing
            expr: sum(rate(orders_checkout_failures_total[5m])) > 1
            keep_firing_for: 5m
            labels: {team: shop}
`)}`);
    const workload = rulesOf(result, 'default/api-alerts.yaml');
    expect(workload.map((rule) => rule.alert)).toEqual([
      'KubeHpaReplicasMismatch',
      'KubeHpaMaxedOut',
      'CheckoutFailing',
    ]);
    expect(workload[2]).toEqual({
      alert: 'CheckoutFailing',
      expr: 'sum(rate(orders_checkout_failures_total[5m])) > 1',
      keep_firing_for: '5m',
      labels: { severity: 'info', team: 'shop', workload: 'api' },
    });
    const [plan] = documents(result, 'default/alerts.yaml');
    expect(plan?.metadata.name).toBe('orders-alerts');
    expect(plan?.spec.groups).toEqual([
      {
        name: 'scaleplan.orders',
        rules: [
          {
            alert: 'OrdersDown',
            expr: 'absent(up{namespace="orders"})',
            for: '10m',
            labels: { severity: 'critical' },
            annotations: { summary: 'Nothing is scraped.' },
          },
        ],
      },
    ]);
    expect(documents(result, 'default/kustomization.yaml')[0]?.resources).toContain('alerts.yaml');
    const runbook = result.files.get('default/RUNBOOK.md') ?? '';
    expect(runbook).toContain(
      '| `CheckoutFailing` | the expression below holds | at once | info |',
    );
    expect(runbook).toContain('```promql\nsum(rate(orders_checkout_failures_total[5m])) > 1\n```');
    expect(runbook).toContain('## Plan alerts');
    expect(runbook).toContain('| `OrdersDown` | Nothing is scraped. | 10m | critical |');
  });

  it('are replaced by an environment’s rules, and turned off with enabled: false', async () => {
    const result = await compiled(`  alerts:
    rules:
      - {alert: OrdersDown, expr: absent(up)}
${api(`      alerts:
        rules:
          - {alert: Slow, expr: vector(1)}
`)}  environments:
    staging:
      namespace: orders-staging
      alerts: {rules: [{alert: StagingDown, expr: absent(up)}]}
      workloads:
        api:
          alerts: {enabled: false}
    production: {}
`);
    expect(rulesOf(result, 'staging/alerts.yaml').map((rule) => rule.alert)).toEqual([
      'StagingDown',
    ]);
    expect(result.files.has('staging/api-alerts.yaml')).toBe(false);
    expect(rulesOf(result, 'production/alerts.yaml').map((rule) => rule.alert)).toEqual([
      'OrdersDown',
    ]);
    expect(rulesOf(result, 'production/api-alerts.yaml').map((rule) => rule.alert)).toContain(
      'Slow',
    );
  });

  it('are refused with invalid PromQL, at the token in the spec', async () => {
    expect(
      await problems(
        api(`      alerts:
        rules:
          - alert: Broken
            expr: sum(rate(http_requests_total)) > 1
`),
      ),
    ).toEqual([
      '15:28 spec.workloads.api.alerts.rules[0].expr: the expression is not valid PromQL: argument 1 of rate() must be a range vector, not an instant vector (add a range: rate(metric[5m])); Prometheus would refuse the whole rule group. Fix the expression.',
    ]);
  });

  it('point into a block scalar at the line of the mistake, and in an environment override', async () => {
    const found = await problems(`  alerts:
    rules:
      - alert: Broken
        expr: |
          sum by (pod) (
            rate(x[5m]) +
          )
${api()}  environments:
    staging:
      alerts:
        rules:
          - {alert: Broken, expr: 'up{job=~"("}'}
    production: {namespace: orders-production}
`);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^13:11 spec\.alerts\.rules\[0\]\.expr: the expression is not valid PromQL/,
    );
    expect(found[1]).toMatch(
      /^23:45 spec\.environments\.staging\.alerts\.rules\[0\]\.expr: the expression is not valid PromQL: .*regular expression/,
    );
  });

  it('check durations, templates, severity and names within a group', async () => {
    const found = await problems(
      api(`      alerts:
        latencyP95: 1s
        rules:
          - {alert: A, expr: vector(1), for: 5m1h}
          - {alert: A, expr: vector(1), severity: critical}
          - {alert: A, expr: vector(1), labels: {severity: warning}}
          - {alert: WorkloadLatencyP95High, expr: vector(1)}
          - alert: B
            expr: vector(1)
            severity: info
            labels: {severity: info}
            annotations: {summary: '{{ $labels.pod '}
`),
    );
    expect(found).toEqual([
      '15:46 spec.workloads.api.alerts.rules[0].for: "5m1h" is not a Prometheus duration: units go from the largest to the smallest, each once (30s, 5m, 1h30m, 1d).',
      '17:21 spec.workloads.api.alerts.rules[2].alert: group "scaleplan.api" already has an alert "A" with the same labels (rules[0]); Prometheus would evaluate both into one alert. Give them different labels (such as severity) or a different name, or remove one.',
      '18:21 spec.workloads.api.alerts.rules[3].alert: the compiler already writes an alert "WorkloadLatencyP95High" into group "scaleplan.api"; name this one differently (or set the built-in alert\'s fields under alerts).',
      '22:22 spec.workloads.api.alerts.rules[4].labels.severity: severity is already set to "info" by the rule\'s severity; set it in one place.',
      '23:37 spec.workloads.api.alerts.rules[4].annotations.summary: the template is not valid: an action opened with a double brace is never closed (its closing double brace is missing); Prometheus would refuse the whole rule group (the variables are $labels, $value, $externalLabels and $externalURL).',
    ]);
  });

  it('are schema-checked like every field: required expr, a misspelt key', async () => {
    const found = await problems(
      api(`      alerts:
        rules:
          - alert: A
            exp: vector(1)
            anotations: {summary: x}
`),
    );
    expect(found.join('\n')).toContain('`expr` is required');
    expect(found.join('\n')).toContain('did you mean `annotations`?');
    expect(found.map((line) => line.slice(0, line.indexOf(' ')))).toEqual([
      '14:13',
      '15:13',
      '16:13',
    ]);
  });
});

describe('prometheus-adapter rules and DCGM labels', () => {
  const GPU = `  nodePools:
    t4: {instanceTypes: [g4dn.xlarge], gpus: 1, cpu: "4", memory: 16Gi, max: 4}
  workloads:
    api:
      resources: {requests: {cpu: 500m, memory: 512Mi, gpu: 1}}
      replicas: {min: 1, max: 4}
      scaleOn: {gpu: 80%}
      placement: {nodePool: t4}
`;

  function adapterConfig(result: CompiledSpec): Record<string, any> {
    const [configMap] = documents(result, 'clusters/default/prometheus-adapter.yaml');
    return parse(configMap?.data['config.yaml'] as string) as Record<string, any>;
  }

  it('map exported_pod by default and the labels of prometheus.dcgm when set', async () => {
    const standard = await compiled(GPU);
    expect(adapterConfig(standard).rules[0].seriesQuery).toBe(
      'DCGM_FI_DEV_GPU_UTIL{exported_namespace!="",exported_pod!=""}',
    );
    const honoured = await compiled(`  prometheus:
    dcgm: {podLabel: pod, namespaceLabel: k8s_namespace}
${GPU}`);
    expect(adapterConfig(honoured).rules[0]).toMatchObject({
      seriesQuery: 'DCGM_FI_DEV_GPU_UTIL{k8s_namespace!="",pod!=""}',
      resources: {
        overrides: { k8s_namespace: { resource: 'namespace' }, pod: { resource: 'pod' } },
      },
    });
    const runbook = honoured.files.get('default/RUNBOOK.md') ?? '';
    expect(runbook).toContain('the labels `pod`/`k8s_namespace` (`prometheus.dcgm`)');
  });

  it('take the spec’s own rules: replacing the generated rule of a metric, or added', async () => {
    const result = await compiled(`  prometheus:
    adapterRules:
      rules:
        - seriesQuery: 'DCGM_FI_DEV_GPU_UTIL{pod!=""}'
          resources: {template: <<.Resource>>}
          name: {as: gpu_utilization}
          metricsQuery: max(<<.Series>>{<<.LabelMatchers>>}) by (<<.GroupBy>>)
      externalRules:
        - seriesQuery: 'queue_messages_ready{queue!=""}'
          resources: {namespaced: false}
          name: {matches: ^queue_messages_ready$, as: queue_ready}
          metricsQuery: sum(<<.Series>>{<<.LabelMatchers>>})
${GPU}`);
    expect(adapterConfig(result)).toEqual({
      rules: [
        {
          seriesQuery: 'DCGM_FI_DEV_GPU_UTIL{pod!=""}',
          resources: { template: '<<.Resource>>' },
          name: { as: 'gpu_utilization' },
          metricsQuery: 'max(<<.Series>>{<<.LabelMatchers>>}) by (<<.GroupBy>>)',
        },
      ],
      externalRules: [
        {
          seriesQuery: 'queue_messages_ready{queue!=""}',
          resources: { namespaced: false },
          name: { matches: '^queue_messages_ready$', as: 'queue_ready' },
          metricsQuery: 'sum(<<.Series>>{<<.LabelMatchers>>})',
        },
      ],
    });
  });

  it('are checked: the series query as PromQL, the name pattern as a Go regexp', async () => {
    expect(
      await problems(`  prometheus:
    adapterRules:
      externalRules:
        - seriesQuery: 'queue_messages_ready{queue!=""'
          name: {matches: '^queue_(?=ready)$', as: queue_ready}
          metricsQuery: sum(<<.Series>>{<<.LabelMatchers>>})
${api()}`),
    ).toEqual([
      '10:45 spec.prometheus.adapterRules.externalRules[0].seriesQuery: the series query is not valid PromQL: "{" is never closed; prometheus-adapter would find no series for "queue_ready". Fix the query.',
      '11:27 spec.prometheus.adapterRules.externalRules[0].name.matches: this is not a regular expression prometheus-adapter can compile (Go RE2 syntax): invalid or unsupported Perl syntax at "(?=".',
    ]);
  });

  it('must agree between the environments of one cluster', async () => {
    const found = await problems(`${GPU}  environments:
    a: {namespace: a}
    b: {namespace: b, prometheus: {dcgm: {podLabel: pod}}}
`);
    expect(found.some((line) => line.includes('prometheus.dcgm differs'))).toBe(true);
  });

  it('leave the DCGM note out of the RUNBOOK of a plan without GPU metrics', async () => {
    const result = await compiled(
      api(`      scaleOn: {cpu: 70%, requestsPerSecond: 10}
`).replace('      scaleOn: {cpu: 70%}\n', ''),
    );
    const runbook = result.files.get('default/RUNBOOK.md') ?? '';
    expect(runbook).toContain('## Metrics pipeline');
    expect(runbook).not.toMatch(/dcgm|DCGM|exported_pod/);
  });
});

describe('scrape: annotations', () => {
  const PLAIN = `  prometheus: {scrape: annotations}
${api(`      monitoring: {port: metrics}
      alerts: {latencyP95: 1s}
`)}`;

  it('annotates the pods instead of writing a ServiceMonitor, and writes rule files', async () => {
    const result = await compiled(PLAIN);
    expect([...result.files.keys()].some((file) => file.includes('servicemonitor'))).toBe(false);
    const [patch] = documents(result, 'default/api-patch.yaml');
    expect(patch?.spec.template.metadata.annotations).toEqual({
      'prometheus.io/path': '/metrics',
      'prometheus.io/port': '9102',
      'prometheus.io/scrape': 'true',
    });
    const [rules] = documents(result, 'default/api-alerts.yaml');
    expect(rules?.kind).toBe('ConfigMap');
    const file = parse(rules?.data['api-scaling.rules.yaml'] as string) as Record<string, any>;
    expect(file.groups[0].name).toBe('scaleplan.api');
    expect(file.groups[0].rules.map((rule: any) => rule.alert)).toContain('WorkloadLatencyP95High');
    expect(result.files.get('default/RUNBOOK.md')).toContain(
      'Monitoring without the Prometheus Operator',
    );
  });

  it('refuses a Service port whose target no container names', async () => {
    const directory = directoryWith(PLAIN);
    const manifest = path.join(directory, 'base/api.yaml');
    fs.writeFileSync(
      manifest,
      fs.readFileSync(manifest, 'utf8').replace('targetPort: http-metrics', 'targetPort: prom'),
    );
    await expect(compileSpec({ cwd: directory, env })).rejects.toThrow(
      'port "metrics" of Service "api" targets the container port "prom", which no container of Deployment "api" names; the prometheus.io/port annotation needs its number.',
    );
  });

  it('refuses ServiceMonitor settings', async () => {
    expect(
      await problems(`  prometheus: {scrape: annotations}
${api(`      monitoring: {port: metrics, interval: 15s}
`)}`),
    ).toEqual([
      '13:35 spec.workloads.api.monitoring.interval: interval is a ServiceMonitor setting; with prometheus.scrape: annotations the Prometheus scrape job sets it for every pod. Remove it, or scrape through the Prometheus Operator (prometheus.scrape: serviceMonitor).',
    ]);
  });
});
