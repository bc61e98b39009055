import { alertRuleLabels, isEnabled } from '../plan/model.js';
import type { AlertRuleSpec } from '../plan/types.js';
import { hpaName } from './autoscalers.js';
import { metadata, sorted, type EnvironmentContext, type WorkloadContext } from './context.js';
import { toYaml, type Json } from './yaml.js';

const KUBE_STATE_METRICS = 'job="kube-state-metrics"';
const RUNBOOKS = 'https://runbooks.prometheus-operator.dev/runbooks/kubernetes';

export interface AlertSummary {
  alert: string;
  condition: string;
  for: string;
  severity: string;
  /** The PromQL of a rule the spec writes itself, shown under the table. */
  expr?: string;
}

export interface WorkloadAlerts {
  rules: Json[];
  summaries: AlertSummary[];
}

/**
 * The alerts of one workload: KubeHpaMaxedOut and KubeHpaReplicasMismatch exactly as the
 * kubernetes-mixin writes them (alerts/apps_alerts.libsonnet), scoped to this workload's HPA
 * by namespace and name; and the SLO alerts the spec asks for.
 */
export function workloadAlerts(
  environment: EnvironmentContext,
  workload: WorkloadContext,
): WorkloadAlerts {
  const alerts = workload.spec.alerts;
  const rules: Json[] = [];
  const summaries: AlertSummary[] = [];
  if (alerts?.enabled === false) {
    return { rules, summaries };
  }
  const namespace = workload.finalNamespace;
  const scope = [
    KUBE_STATE_METRICS,
    ...(namespace !== undefined ? [`namespace=${JSON.stringify(namespace)}`] : []),
    `horizontalpodautoscaler=${JSON.stringify(hpaName(environment, workload))}`,
  ].join(',');
  const metric = (name: string): string => `kube_horizontalpodautoscaler_${name}{${scope}}`;
  if (workload.autoscaler !== 'none') {
    const mismatchFor = alerts?.replicasMismatchFor ?? '15m';
    rules.push({
      alert: 'KubeHpaReplicasMismatch',
      expr: [
        `(${metric('status_desired_replicas')}`,
        '  !=',
        `${metric('status_current_replicas')})`,
        '  and',
        `(${metric('status_current_replicas')}`,
        '  >',
        `${metric('spec_min_replicas')})`,
        '  and',
        `(${metric('status_current_replicas')}`,
        '  <',
        `${metric('spec_max_replicas')})`,
        '  and',
        `changes(${metric('status_current_replicas')}[15m]) == 0`,
        '',
      ].join('\n'),
      for: mismatchFor,
      labels: { severity: 'warning', workload: workload.name },
      annotations: {
        summary: 'HPA has not matched desired number of replicas.',
        description: `HPA {{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} has not matched the desired number of replicas for longer than ${mismatchFor}.`,
        runbook_url: `${RUNBOOKS}/kubehpareplicasmismatch`,
      },
    });
    summaries.push({
      alert: 'KubeHpaReplicasMismatch',
      condition:
        'desired replicas differ from current replicas, between min and max, with no change in 15m',
      for: mismatchFor,
      severity: 'warning',
    });
    const maxedOutFor = alerts?.maxedOutFor ?? '15m';
    rules.push({
      alert: 'KubeHpaMaxedOut',
      expr: [
        '(',
        `  ${metric('status_current_replicas')}`,
        '    ==',
        `  ${metric('spec_max_replicas')}`,
        ')',
        'and on(namespace, horizontalpodautoscaler, cluster) (',
        `  ${metric('spec_max_replicas')}`,
        '    !=',
        `  ${metric('spec_min_replicas')}`,
        ')',
        '',
      ].join('\n'),
      for: maxedOutFor,
      labels: { severity: 'warning', workload: workload.name },
      annotations: {
        summary: 'HPA is running at max replicas',
        description: `HPA {{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} has been running at max replicas for longer than ${maxedOutFor}.`,
        runbook_url: `${RUNBOOKS}/kubehpamaxedout`,
      },
    });
    summaries.push({
      alert: 'KubeHpaMaxedOut',
      condition: `running at max replicas (${workload.bounds.max})`,
      for: maxedOutFor,
      severity: 'warning',
    });
  }
  const pods = [
    ...(namespace !== undefined ? [`namespace=${JSON.stringify(namespace)}`] : []),
    `pod=~${JSON.stringify(workload.podPattern)}`,
  ];
  const severity = alerts?.severity ?? 'warning';
  const holdFor = alerts?.for ?? '5m';
  const sloAnnotations = (summary: string, description: string): Record<string, Json> => {
    const result: Record<string, Json> = { summary, description };
    if (alerts?.runbookUrl !== undefined) {
      result.runbook_url = alerts.runbookUrl;
    }
    return result;
  };
  if (alerts?.latencyP95 !== undefined) {
    const threshold = alerts.latencyP95;
    rules.push({
      alert: 'WorkloadLatencyP95High',
      expr: `histogram_quantile(0.95, sum by (le) (rate(${workload.latencyMetric}_bucket{${pods.join(',')}}[5m]))) > ${secondsValue(threshold)}\n`,
      for: holdFor,
      labels: { severity, workload: workload.name },
      annotations: sloAnnotations(
        `p95 latency of ${workload.name} is above ${threshold}.`,
        `The 95th percentile of ${workload.latencyMetric} for ${workload.name} has been above ${threshold} for ${holdFor}.`,
      ),
    });
    summaries.push({
      alert: 'WorkloadLatencyP95High',
      condition: `p95 of ${workload.latencyMetric} above ${threshold}`,
      for: holdFor,
      severity,
    });
  }
  if (alerts?.errorRate !== undefined) {
    const ratio = Number(alerts.errorRate.replace('%', '')) / 100;
    const requests = workload.requestsMetric;
    const failures =
      workload.errorsMetric !== undefined
        ? `${workload.errorsMetric}{${pods.join(',')}}`
        : `${requests}{${[...pods, workload.errorMatcher].join(',')}}`;
    const failuresInWords =
      workload.errorsMetric !== undefined
        ? `${workload.errorsMetric} against ${requests}`
        : `${requests} with ${workload.errorMatcher}`;
    rules.push({
      alert: 'WorkloadErrorRateHigh',
      expr: [
        `sum(rate(${failures}[5m]))`,
        '  /',
        `sum(rate(${requests}{${pods.join(',')}}[5m]))`,
        `  > ${String(Math.round(ratio * 1e9) / 1e9)}`,
        '',
      ].join('\n'),
      for: holdFor,
      labels: { severity, workload: workload.name },
      annotations: sloAnnotations(
        `Error rate of ${workload.name} is above ${alerts.errorRate}.`,
        `More than ${alerts.errorRate} of the requests to ${workload.name} (${failuresInWords}) have failed for ${holdFor}.`,
      ),
    });
    summaries.push({
      alert: 'WorkloadErrorRateHigh',
      condition: `share of failed requests (${failuresInWords}) above ${alerts.errorRate}`,
      for: holdFor,
      severity,
    });
  }
  for (const rule of alerts?.rules ?? []) {
    const compiled = customRule(rule, { severity, workload: workload.name });
    rules.push(compiled.rule);
    summaries.push(compiled.summary);
  }
  return { rules, summaries };
}

/** A rule the spec writes itself: verbatim, with `severity` folded into its labels. */
function customRule(
  rule: AlertRuleSpec,
  defaults: { severity: string; workload?: string },
): { rule: Json; summary: AlertSummary } {
  const labels = sorted(alertRuleLabels(rule, defaults));
  const result: Record<string, Json> = { alert: rule.alert, expr: rule.expr };
  if (rule.for !== undefined) {
    result.for = rule.for;
  }
  if (rule.keep_firing_for !== undefined) {
    result.keep_firing_for = rule.keep_firing_for;
  }
  result.labels = labels;
  if (rule.annotations !== undefined && Object.keys(rule.annotations).length > 0) {
    result.annotations = sorted(rule.annotations);
  }
  return {
    rule: result,
    summary: {
      alert: rule.alert,
      condition: rule.annotations?.summary ?? 'the expression below holds',
      for: rule.for ?? 'at once',
      severity: labels.severity ?? '',
      expr: rule.expr.trim(),
    },
  };
}

/** The plan-wide alerts of an environment (`spec.alerts`), in group `scaleplan.<plan>`. */
export function planAlerts(environment: EnvironmentContext): WorkloadAlerts {
  const alerts = environment.view.alerts;
  const rules: Json[] = [];
  const summaries: AlertSummary[] = [];
  if (alerts.enabled !== false) {
    for (const rule of alerts.rules ?? []) {
      const compiled = customRule(rule, { severity: 'warning' });
      rules.push(compiled.rule);
      summaries.push(compiled.summary);
    }
  }
  return { rules, summaries };
}

function secondsValue(duration: string): string {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(duration);
  if (!match) {
    return duration;
  }
  const factor = { ms: 0.001, s: 1, m: 60, h: 3600 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  return String(Math.round(Number(match[1]) * factor * 1e6) / 1e6);
}

/**
 * The object holding one group of rules: a PrometheusRule (the Prometheus Operator's CRD), or
 * with `prometheus.scrape: annotations` a ConfigMap with the group as a Prometheus rule file
 * (key `<name>.rules.yaml`) for a Prometheus without the operator to mount and list in
 * `rule_files`.
 */
function ruleObject(
  environment: EnvironmentContext,
  name: string,
  namespace: string | undefined,
  group: string,
  rules: Json[],
): Json {
  const groups = [{ name: group, rules }];
  if (environment.prometheus.scrape === 'annotations') {
    return {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: metadata(name, namespace, environment.prometheus.ruleLabels),
      data: { [ruleFileKey(name)]: toYaml({ groups }) },
    };
  }
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: metadata(name, namespace, environment.prometheus.ruleLabels),
    spec: { groups },
  };
}

/** The ConfigMap key of a rule file (`scrape: annotations`). */
export function ruleFileKey(name: string): string {
  return `${name}.rules.yaml`;
}

/** The name of a workload's rule object (PrometheusRule or rule-file ConfigMap). */
export function workloadRuleName(workload: WorkloadContext): string {
  return workload.names.prometheusRule;
}

/** The name of the plan-wide rule object. */
export function planRuleName(environment: EnvironmentContext): string {
  return `${environment.plan.metadata.name}-alerts`;
}

export function prometheusRule(
  environment: EnvironmentContext,
  workload: WorkloadContext,
  alerts: WorkloadAlerts,
): Json | undefined {
  if (alerts.rules.length === 0 || !isEnabledAlerts(workload)) {
    return undefined;
  }
  return ruleObject(
    environment,
    workloadRuleName(workload),
    workload.namespace,
    `scaleplan.${workload.name}`,
    alerts.rules,
  );
}

/** The rule object of the plan-wide alerts, when the plan has any. */
export function planPrometheusRule(
  environment: EnvironmentContext,
  alerts: WorkloadAlerts,
): Json | undefined {
  if (alerts.rules.length === 0) {
    return undefined;
  }
  return ruleObject(
    environment,
    planRuleName(environment),
    environment.objectNamespace,
    environment.view.alerts.group ?? `scaleplan.${environment.plan.metadata.name}`,
    alerts.rules,
  );
}

function isEnabledAlerts(workload: WorkloadContext): boolean {
  return workload.spec.alerts === undefined || isEnabled(workload.spec.alerts);
}
