import { isEnabled } from '../plan/model.js';
import { hpaName } from './autoscalers.js';
import { metadata, type EnvironmentContext, type WorkloadContext } from './context.js';
import type { Json } from './yaml.js';

const KUBE_STATE_METRICS = 'job="kube-state-metrics"';
const RUNBOOKS = 'https://runbooks.prometheus-operator.dev/runbooks/kubernetes';

export interface AlertSummary {
  alert: string;
  condition: string;
  for: string;
  severity: string;
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

export function prometheusRule(
  environment: EnvironmentContext,
  workload: WorkloadContext,
  alerts: WorkloadAlerts,
): Json | undefined {
  if (alerts.rules.length === 0 || !isEnabledAlerts(workload)) {
    return undefined;
  }
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: metadata(
      workload.names.prometheusRule,
      workload.namespace,
      environment.prometheus.ruleLabels,
    ),
    spec: { groups: [{ name: `scaleplan.${workload.name}`, rules: alerts.rules }] },
  };
}

function isEnabledAlerts(workload: WorkloadContext): boolean {
  return workload.spec.alerts === undefined || isEnabled(workload.spec.alerts);
}
