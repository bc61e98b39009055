import type { FieldPath } from '../../source/locate.js';
import { locateInScalar } from '../../source/scalar-offsets.js';
import { checkAlertTemplate } from '../../k8s/alert-templates.js';
import { isMonitoringObject, PROMETHEUS_RULE_KIND } from '../../k8s/monitoring.js';
import { parsePrometheusDuration } from '../../k8s/numbers.js';
import { checkPromQL, loadPromQL } from '../../k8s/promql.js';
import { asArray, asObject, type JsonObject, type Manifest } from '../../k8s/manifest.js';
import { defineRule, type ReportDescriptor } from '../rule.js';

type MessageIds =
  | 'exprInvalid'
  | 'exprMissing'
  | 'durationInvalid'
  | 'neitherAlertNorRecord'
  | 'bothAlertAndRecord'
  | 'recordingRuleField'
  | 'templateInvalid'
  | 'groupNameMissing'
  | 'groupNameDuplicate';

const REJECTED =
  'prometheus-operator rejects the whole PrometheusRule (its admission webhook refuses it, and the operator leaves it out of the rule files it gives Prometheus) and none of its rules run';

/** Fields that only alerting rules may set. */
const ALERT_ONLY_FIELDS = ['for', 'keep_firing_for', 'annotations'] as const;

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

export default defineRule<MessageIds>({
  id: 'prometheus-rule-invalid',
  meta: {
    description:
      'Require every rule of a PrometheusRule to load in Prometheus: valid PromQL, durations, alert or record, and named, distinct groups',
    severity: 'error',
    category: 'references',
    kinds: [PROMETHEUS_RULE_KIND],
    scope: 'object',
    messages: {
      exprInvalid:
        '{{subject}} has an expr that is not valid PromQL: {{detail}}; ' +
        REJECTED +
        '. Fix the expression.',
      exprMissing:
        '{{subject}} has no expr; ' + REJECTED + '. Add the PromQL expression the rule evaluates.',
      durationInvalid:
        '{{subject}} has {{field}} {{value}}, which is not a Prometheus duration (whole numbers with units from the largest to the smallest: 30s, 5m, 1h30m, 1d); the PrometheusRule CRD allows only durations there, so the API server rejects the object, and Prometheus could not load the rule either. Write it as a duration{{suggestion}}.',
      neitherAlertNorRecord:
        '{{subject}} has neither alert nor record; every rule is exactly one of the two, so ' +
        REJECTED +
        '. Add alert: <AlertName> for an alerting rule, or record: <metric:name> for a recording rule.',
      bothAlertAndRecord:
        '{{subject}} sets both alert and record; a rule is either an alerting or a recording rule, so ' +
        REJECTED +
        '. Split it into two rules, or remove one of the fields.',
      recordingRuleField:
        'Recording rule "{{record}}" in group "{{group}}" sets {{field}}, which only alerting rules have; ' +
        REJECTED +
        '. Remove {{field}}, or make the rule an alert.',
      templateInvalid:
        '{{subject}} has a template error in {{field}}: {{detail}}; Prometheus checks the templates when it loads the rule, so ' +
        REJECTED +
        '. Fix the template (the variables are $labels, $value, $externalLabels and $externalURL).',
      groupNameMissing:
        'The group at spec.groups[{{index}}] of PrometheusRule "{{name}}" has no name; every rule group needs one, so ' +
        REJECTED +
        '. Give the group a name.',
      groupNameDuplicate:
        'PrometheusRule "{{name}}" has two groups named "{{group}}"; group names must be unique within a rule file ("groupname is repeated in the same file"), so ' +
        REJECTED +
        '. Rename one group or merge them.',
    },
    rationale:
      "prometheus-operator loads every PrometheusRule through Prometheus' own rule-file validation: each expression is parsed as PromQL (syntax, function and operator types, where offset and @ may stand, label matcher regexes), `for`, `keep_firing_for` and the group `interval` and `query_offset` must be Prometheus durations, every rule is exactly one of an alerting (`alert`) or a recording (`record`) rule, recording rules have no `for`, `keep_firing_for` or annotations, alert templates must parse, and groups need distinct names. One mistake and the operator rejects the whole object (the admission webhook, when installed, refuses it at apply time; otherwise the operator skips it and only logs a warning), so every alert in it is silently missing, including the alerts that should page when autoscaling stops working. A bad duration is already refused by the API server (the CRD's pattern); this rule reports it, once, and schema-invalid leaves those four fields to it.\n\n" +
      "How expressions are checked: the syntax with Prometheus' lezer grammar (`@prometheus-io/lezer-promql`, Prometheus 3), then the checks of Prometheus' parser on the expression grouped as that parser groups it: `offset`, `@`, ranges and subqueries bind tighter than every operator (`a - a offset 10m >= 1` is `(a - (a offset 10m)) >= 1`), a sign binds like `*` and looser than `^`, `^` is right-associative, then `* / % atan2`, `+ -`, comparisons (scalar to scalar only with `bool`), `and`/`unless`, `or`. `offset` and `@` may only follow a selector, a range or a subquery, once each. Matcher regexes (`=~`, `!~`) are compiled as Prometheus compiles them, as Go RE2 anchored at both ends (with `re2js`), so lookaround and backreferences are errors. Experimental functions, duration arithmetic and `anchored`/`smoothed` are accepted (they need a feature flag that the rule cannot see). Not checked: the values of literals (a zero or overflowing range or offset, an @ timestamp out of range, duration division by zero), a label in both on() and group_left()/group_right(), a metric name set twice, the label selectors of info(). The test suite runs every expression of Prometheus' own parser tests and the rules of awesome-prometheus-alerts and kube-prometheus.",
    remediation:
      'Fix the field the finding points at; `promtool check rules` on the `spec` (as a rule file) is the reference for what Prometheus accepts. For PromQL: ranges go inside functions (`rate(x[5m])`), `offset` goes on the selector, `by`/`without` on the aggregation, regular expressions in backticks or with `\\\\` for each backslash.',
    defaultOptions: {},
    examples: {
      incorrect:
        'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: web\nspec:\n  groups:\n    - name: web.rules\n      rules:\n        - alert: WebErrorRate\n          expr: sum(rate(http_requests_total{code=~"5.."}[5m]) / sum(rate(http_requests_total[5m])) > 0.05\n          for: 10 minutes\n',
      correct:
        'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: web\nspec:\n  groups:\n    - name: web.rules\n      rules:\n        - alert: WebErrorRate\n          expr: sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05\n          for: 10m\n',
    },
    peers:
      "None of kube-linter, kube-score, Polaris or the Kyverno policies check PrometheusRules; the reference is promtool check rules and prometheus-operator's admission webhook, which run the same validation.",
  },
  async prepare(manifests) {
    if (manifests.some((manifest) => manifest.kind === PROMETHEUS_RULE_KIND)) {
      await loadPromQL();
    }
  },
  create(context) {
    const report = (descriptor: ReportDescriptor<MessageIds>) => context.report(descriptor);

    /** A finding inside a string value: at the exact characters when they can be mapped. */
    const reportInside = (
      manifest: Manifest,
      path: FieldPath,
      value: string,
      problem: { from: number; to: number },
      descriptor: Omit<ReportDescriptor<MessageIds>, 'manifest' | 'path'>,
    ) => {
      const scalar = manifest.locate(path, 'value');
      const range =
        scalar && !scalar.approximate
          ? locateInScalar(scalar, value, problem.from, problem.to)
          : undefined;
      report({ manifest, path, ...descriptor, ...(range ? { range } : {}) });
    };

    const checkRule = (
      manifest: Manifest,
      rule: JsonObject,
      rulePath: FieldPath,
      group: string,
      index: number,
    ) => {
      const alert = nonEmptyString(rule.alert) ? rule.alert : undefined;
      const record = nonEmptyString(rule.record) ? rule.record : undefined;
      const subject = alert
        ? `Alert "${alert}" in group "${group}"`
        : record
          ? `Recording rule "${record}" in group "${group}"`
          : `The rule at rules[${index}] of group "${group}"`;
      if (alert && record) {
        report({
          manifest,
          path: [...rulePath, 'record'],
          target: 'key',
          messageId: 'bothAlertAndRecord',
          data: { subject },
        });
      } else if (!alert && !record) {
        report({
          manifest,
          path: [...rulePath, 'alert'],
          target: 'key',
          messageId: 'neitherAlertNorRecord',
          data: { subject },
        });
      }

      const exprPath = [...rulePath, 'expr'];
      const expr = typeof rule.expr === 'number' ? String(rule.expr) : rule.expr;
      if (expr === undefined || expr === null || expr === '') {
        report({
          manifest,
          path: exprPath,
          target: 'key',
          messageId: 'exprMissing',
          data: { subject },
        });
      } else if (typeof expr === 'string') {
        const problem = checkPromQL(expr);
        if (problem) {
          reportInside(manifest, exprPath, expr, problem, {
            messageId: 'exprInvalid',
            data: { subject, detail: problem.message },
          });
        }
      }

      for (const field of ['for', 'keep_firing_for'] as const) {
        const value = rule[field];
        if (value === undefined || value === null || parsePrometheusDuration(value) !== undefined) {
          continue;
        }
        report({
          manifest,
          path: [...rulePath, field],
          messageId: 'durationInvalid',
          data: {
            subject,
            field,
            value: JSON.stringify(value),
            suggestion: durationSuggestion(value),
          },
        });
      }

      if (record && !alert) {
        for (const field of ALERT_ONLY_FIELDS) {
          const value = rule[field];
          const set =
            field === 'annotations'
              ? Object.keys(asObject(value) ?? {}).length > 0
              : value !== undefined && value !== null && parsePrometheusDuration(value) !== 0;
          if (set) {
            report({
              manifest,
              path: [...rulePath, field],
              target: 'key',
              messageId: 'recordingRuleField',
              data: { record, group, field },
            });
          }
        }
      }

      if (alert) {
        for (const field of ['labels', 'annotations'] as const) {
          for (const [key, text] of Object.entries(asObject(rule[field]) ?? {})) {
            if (typeof text !== 'string') {
              continue;
            }
            const problem = checkAlertTemplate(text);
            if (problem) {
              reportInside(manifest, [...rulePath, field, key], text, problem, {
                messageId: 'templateInvalid',
                data: { subject, field: `${field}.${key}`, detail: problem.message },
              });
            }
          }
        }
      }
    };

    return {
      [PROMETHEUS_RULE_KIND](manifest) {
        if (!isMonitoringObject(manifest)) {
          return;
        }
        const firstByName = new Map<string, number>();
        asArray(manifest.get(['spec', 'groups'])).forEach((entry, groupIndex) => {
          const group = asObject(entry);
          if (!group) {
            return;
          }
          const groupPath: FieldPath = ['spec', 'groups', groupIndex];
          const name = nonEmptyString(group.name) ? group.name : undefined;
          if (name === undefined) {
            if (group.name === undefined || group.name === null || group.name === '') {
              report({
                manifest,
                path: [...groupPath, 'name'],
                target: 'key',
                messageId: 'groupNameMissing',
                data: { index: groupIndex, name: manifest.name },
              });
            }
          } else {
            const first = firstByName.get(name);
            if (first === undefined) {
              firstByName.set(name, groupIndex);
            } else {
              report({
                manifest,
                path: [...groupPath, 'name'],
                messageId: 'groupNameDuplicate',
                data: { name: manifest.name, group: name },
                related: [
                  {
                    manifest,
                    path: ['spec', 'groups', first, 'name'],
                    message: `The first group named "${name}".`,
                  },
                ],
              });
            }
          }
          for (const field of ['interval', 'query_offset'] as const) {
            const value = group[field];
            if (
              value !== undefined &&
              value !== null &&
              parsePrometheusDuration(value) === undefined
            ) {
              report({
                manifest,
                path: [...groupPath, field],
                messageId: 'durationInvalid',
                data: {
                  subject: name
                    ? `Group "${name}" of PrometheusRule "${manifest.name}"`
                    : `The group at spec.groups[${groupIndex}] of PrometheusRule "${manifest.name}"`,
                  field,
                  value: JSON.stringify(value),
                  suggestion: durationSuggestion(value),
                },
              });
            }
          }
          asArray(group.rules).forEach((ruleEntry, ruleIndex) => {
            const rule = asObject(ruleEntry);
            if (rule) {
              checkRule(
                manifest,
                rule,
                [...groupPath, 'rules', ruleIndex],
                name ?? `spec.groups[${groupIndex}]`,
                ruleIndex,
              );
            }
          });
        });
      },
    };
  },
});

const UNIT_WORDS: Readonly<Record<string, string>> = {
  ms: 'ms',
  millisecond: 'ms',
  milliseconds: 'ms',
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  week: 'w',
  weeks: 'w',
};

/** ` such as "5m"` for `5 minutes`, `300`, `5M`; empty when there is no obvious reading. */
function durationSuggestion(value: unknown): string {
  if (typeof value === 'number') {
    return ` (a string with a unit, such as "${value}s" for ${value} seconds; the field is not a number)`;
  }
  if (typeof value !== 'string') {
    return '';
  }
  const words = /^\s*(\d+)\s*([a-zA-Z]+)\s*$/.exec(value);
  const unit = words?.[2] ? UNIT_WORDS[words[2].toLowerCase()] : undefined;
  if (words?.[1] && unit) {
    return ` such as "${words[1]}${unit}"`;
  }
  if (/^\d+$/.test(value.trim())) {
    return ` (a bare number has no unit: "${value.trim()}s" for seconds)`;
  }
  return '';
}
