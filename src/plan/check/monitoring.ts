/*
 * Checks of the Prometheus pieces a spec writes itself. Alerting rules (`spec.alerts.rules`, a
 * workload's `alerts.rules`): what Prometheus checks when it loads a rule file (PromQL,
 * durations, templates), and that the rules of one group can be told apart. Adapter rules
 * (`prometheus.adapterRules`): the series query is PromQL, the name pattern a Go regexp.
 */
import { checkAlertTemplate } from '../../k8s/alert-templates.js';
import { parsePrometheusDuration } from '../../k8s/numbers.js';
import { checkPromQL } from '../../k8s/promql.js';
import { regexError } from '../../k8s/promql-regex.js';
import type { FieldPath } from '../../source/locate.js';
import { alertRuleLabels, generatedAlertNames } from '../model.js';
import { type EnvironmentView, type ResolvedWorkload } from '../resolve.js';
import type { AlertRuleSpec, PrometheusSettings, ScalePlan } from '../types.js';
import { canonicalJson, type Checker } from './checker.js';

/**
 * Whether the plan writes PromQL of its own (alerting or adapter rules), which the checks
 * need the PromQL grammar for: `loadPromQL()` before checkSpec.
 */
export function needsPromQL(plan: ScalePlan): boolean {
  const spec = plan.spec;
  const workloadRules = (workloads: Record<string, { alerts?: { rules?: unknown[] } }> = {}) =>
    Object.values(workloads).some((workload) => (workload.alerts?.rules ?? []).length > 0);
  const adapterRules = (prometheus: PrometheusSettings | undefined) =>
    (prometheus?.adapterRules?.rules ?? []).length > 0 ||
    (prometheus?.adapterRules?.externalRules ?? []).length > 0;
  return (
    (spec.alerts?.rules ?? []).length > 0 ||
    adapterRules(spec.prometheus) ||
    workloadRules(spec.workloads) ||
    Object.values(spec.environments ?? {}).some(
      (environment) =>
        (environment.alerts?.rules ?? []).length > 0 ||
        adapterRules(environment.prometheus) ||
        workloadRules(environment.workloads),
    )
  );
}

/** The adapter rules of `prometheus.adapterRules`: a series query Prometheus can run. */
export function checkAdapterRules(c: Checker, view: EnvironmentView): void {
  for (const list of ['rules', 'externalRules'] as const) {
    (view.prometheus.adapterRules?.[list] ?? []).forEach((rule, index) => {
      const at = (...subPath: FieldPath): FieldPath =>
        view.fieldPath('prometheus', ['adapterRules', list, index, ...subPath]);
      const problem = checkPromQL(rule.seriesQuery);
      if (problem) {
        c.reportInside(
          at('seriesQuery'),
          `the series query is not valid PromQL: ${problem.message}; prometheus-adapter would find no series for "${rule.name.as}". Fix the query.`,
          { value: rule.seriesQuery, from: problem.from, to: problem.to },
        );
      }
      const pattern = rule.name.matches;
      const error = pattern !== undefined ? regexError(pattern) : undefined;
      if (error !== undefined) {
        c.report(
          at('name', 'matches'),
          `this is not a regular expression prometheus-adapter can compile (Go RE2 syntax): ${error}.`,
        );
      }
    });
  }
}

export function checkPlanAlertRules(c: Checker, view: EnvironmentView): void {
  if (view.alerts.enabled === false) {
    return;
  }
  checkGroup(
    c,
    view.alerts.rules ?? [],
    (subPath) => view.fieldPath('alerts', ['rules', ...subPath]),
    `scaleplan.${c.plan.metadata.name}`,
    [],
    { severity: 'warning' },
  );
}

export function checkWorkloadAlertRules(c: Checker, workload: ResolvedWorkload): void {
  const alerts = workload.spec.alerts;
  if (alerts?.enabled === false) {
    return;
  }
  checkGroup(
    c,
    alerts?.rules ?? [],
    (subPath) => workload.fieldPath(['alerts', 'rules', ...subPath]),
    `scaleplan.${workload.name}`,
    generatedAlertNames(workload.spec),
    { severity: alerts?.severity ?? 'warning', workload: workload.name },
  );
}

function checkGroup(
  c: Checker,
  rules: readonly AlertRuleSpec[],
  at: (subPath: FieldPath) => FieldPath,
  group: string,
  generated: readonly string[],
  defaults: { severity: string; workload?: string },
): void {
  const seen = new Map<string, number>();
  rules.forEach((rule, index) => {
    checkRule(c, rule, (...subPath) => at([index, ...subPath]));
    if (generated.includes(rule.alert)) {
      c.report(
        at([index, 'alert']),
        `the compiler already writes an alert "${rule.alert}" into group "${group}"; name this one differently (or set the built-in alert's fields under alerts).`,
      );
      return;
    }
    const identity = `${rule.alert}\u0000${canonicalJson(alertRuleLabels(rule, defaults))}`;
    const first = seen.get(identity);
    if (first === undefined) {
      seen.set(identity, index);
      return;
    }
    c.report(
      at([index, 'alert']),
      `group "${group}" already has an alert "${rule.alert}" with the same labels (rules[${first}]); Prometheus would evaluate both into one alert. Give them different labels (such as severity) or a different name, or remove one.`,
    );
  });
}

function checkRule(
  c: Checker,
  rule: AlertRuleSpec,
  at: (...subPath: FieldPath) => FieldPath,
): void {
  const problem = checkPromQL(rule.expr);
  if (problem) {
    c.reportInside(
      at('expr'),
      `the expression is not valid PromQL: ${problem.message}; Prometheus would refuse the whole rule group. Fix the expression.`,
      { value: rule.expr, from: problem.from, to: problem.to },
    );
  }
  for (const field of ['for', 'keep_firing_for'] as const) {
    const value = rule[field];
    if (value !== undefined && parsePrometheusDuration(value) === undefined) {
      c.report(
        at(field),
        `${JSON.stringify(value)} is not a Prometheus duration: units go from the largest to the smallest, each once (30s, 5m, 1h30m, 1d).`,
      );
    }
  }
  if (rule.severity !== undefined && rule.labels?.severity !== undefined) {
    c.report(
      at('labels', 'severity'),
      `severity is already set to "${rule.severity}" by the rule's severity; set it in one place.`,
      'key',
    );
  }
  for (const field of ['labels', 'annotations'] as const) {
    for (const [key, text] of Object.entries(rule[field] ?? {})) {
      const template = checkAlertTemplate(text);
      if (template) {
        c.reportInside(
          at(field, key),
          `the template is not valid: ${template.message}; Prometheus would refuse the whole rule group (the variables are $labels, $value, $externalLabels and $externalURL).`,
          { value: text, from: template.from, to: template.to },
        );
      }
    }
  }
}
