/*
 * The parts of RUNBOOK.md about monitoring: how Prometheus finds the workloads (the Prometheus
 * Operator, or scrape annotations), the alert tables with the expressions of the spec's own
 * rules, and the DCGM labels when a workload scales on a GPU metric.
 */
import { isEnabled } from '../plan/model.js';
import {
  planRuleName,
  ruleFileKey,
  workloadRuleName,
  type AlertSummary,
  type WorkloadAlerts,
} from './alerts.js';
import type { EnvironmentContext } from './context.js';
import { cell, code } from './markdown-text.js';

export interface AlertRows {
  rows: { alert: string; condition: string; for: string; severity: string }[];
  /** The PromQL of the spec's own rules, shown under the table. */
  expressions: { alert: string; expr: string }[];
}

export function alertRows(summaries: readonly AlertSummary[]): AlertRows {
  return {
    rows: summaries.map((alert) => ({
      alert: code(alert.alert),
      condition: cell(alert.condition),
      for: alert.for,
      severity: alert.severity,
    })),
    expressions: summaries.flatMap((alert) =>
      alert.expr !== undefined ? [{ alert: code(alert.alert), expr: alert.expr }] : [],
    ),
  };
}

/** Whether a workload of the environment scales on a dcgm-exporter series. */
function usesDcgm(environment: EnvironmentContext): boolean {
  return environment.workloads.some(
    (workload) =>
      workload.autoscaler !== 'none' &&
      (workload.spec.scaleOn?.gpu !== undefined || workload.spec.scaleOn?.gpuMemory !== undefined),
  );
}

/** Where the GPU metrics come from, only when a workload scales on one. */
export function dcgmNote(environment: EnvironmentContext): string | undefined {
  if (!usesDcgm(environment)) {
    return undefined;
  }
  const { pod, namespace } = environment.prometheus.dcgm;
  const configured = environment.view.prometheus.dcgm !== undefined;
  return `GPU metrics come from dcgm-exporter, the GPU's pod named by the labels ${code(pod)}/${code(namespace)}${configured ? ` (${code('prometheus.dcgm')})` : ` (its series scraped without honorLabels; set ${code('prometheus.dcgm')} when yours carry ${code('pod')}/${code('namespace')})`}.`;
}

/**
 * What the monitoring objects assume: the Prometheus Operator for ServiceMonitors and
 * PrometheusRules, or a Prometheus with a `kubernetes-pods` job and rule files.
 */
export function monitoringFact(
  environment: EnvironmentContext,
  alerts: ReadonlyMap<string, WorkloadAlerts>,
  planAlerts: WorkloadAlerts,
): string | undefined {
  const scraped = environment.workloads.filter(
    (workload) =>
      isEnabled(workload.spec.monitoring) &&
      workload.service !== undefined &&
      workload.spec.monitoring?.port !== undefined,
  );
  const ruleObjects = [
    ...(planAlerts.rules.length > 0 ? [planRuleName(environment)] : []),
    ...environment.workloads.flatMap((workload) =>
      (alerts.get(workload.name)?.rules.length ?? 0) > 0 ? [workloadRuleName(workload)] : [],
    ),
  ];
  if (scraped.length === 0 && ruleObjects.length === 0) {
    return undefined;
  }
  if (environment.prometheus.scrape === 'annotations') {
    const parts = [];
    if (scraped.length > 0) {
      parts.push(
        `the pods of ${scraped.map((workload) => code(workload.name)).join(', ')} carry ${code('prometheus.io/scrape')}, ${code('prometheus.io/port')} and ${code('prometheus.io/path')} for Prometheus' ${code('kubernetes-pods')} scrape job`,
      );
    }
    if (ruleObjects.length > 0) {
      parts.push(
        `the alerts are Prometheus rule files in the ConfigMaps ${ruleObjects.map((name) => `${code(name)} (key ${code(ruleFileKey(name))})`).join(', ')}: mount them into Prometheus and list them in ${code('rule_files')}`,
      );
    }
    return `Monitoring without the Prometheus Operator (${code('prometheus.scrape: annotations')}): ${parts.join('; ')}.`;
  }
  const labels = Object.entries(environment.prometheus.ruleLabels)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => code(`${key}: ${value}`));
  const kinds = [
    ...(scraped.length > 0 ? ['ServiceMonitors'] : []),
    ...(ruleObjects.length > 0 ? ['PrometheusRules'] : []),
  ].join(' and ');
  const selection =
    labels.length > 0
      ? `whose selectors match ${labels.join(', ')} (${code('prometheus.ruleLabels')})`
      : `whose selectors match them without labels (none set in ${code('prometheus.ruleLabels')}; kube-prometheus-stack's default selectors want ${code('release: <release name>')})`;
  return `Monitoring: the ${kinds} are Prometheus Operator resources; the operator (kube-prometheus-stack, say) must run in the cluster, with a Prometheus ${selection}. Without the operator, set ${code('prometheus.scrape: annotations')}.`;
}
