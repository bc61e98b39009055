import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/prometheus-rule-invalid.js';
import schemaInvalid from '../../../src/lint/rules/schema-invalid.js';
import { lintSourcesPrepared } from '../../../src/lint/sources.js';
import { ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/prometheus-rule-invalid';

ruleTester().run(rule, {
  valid: [
    {
      name: 'kubernetes-mixin HPA alerts and PromQL with functions, aggregations, offsets, subqueries and @',
      fixture: `${DIR}/kubernetes-mixin.yaml`,
    },
    { fixture: `${DIR}/malformed.yaml` },
    {
      name: 'matcher regexes that RE2 accepts: (?i), \\d, .*, POSIX classes, named groups',
      fixture: `${DIR}/matcher-regex-valid.yaml`,
    },
  ],
  invalid: [
    {
      name: 'broken PromQL, pointed at inside plain, quoted and block scalars',
      fixture: `${DIR}/broken-expr.yaml`,
      errors: [
        {
          messageId: 'exprInvalid',
          line: 11,
          column: 36,
          endColumn: 39,
          severity: 'error',
          messageIncludes: ['Alert "WebDown" in group "web.rules"', 'unexpected "for"'],
        },
        {
          messageId: 'exprInvalid',
          line: 13,
          column: 75,
          endColumn: 78,
          messageIncludes: ['"\\d" is not an escape sequence'],
        },
        {
          messageId: 'exprInvalid',
          line: 15,
          column: 27,
          endColumn: 44,
          messageIncludes: ['argument 1 of rate() must be a range vector'],
        },
        {
          messageId: 'exprInvalid',
          line: 18,
          column: 16,
          endColumn: 17,
          messageIncludes: ['"(" is never closed'],
        },
        {
          messageId: 'exprInvalid',
          line: 23,
          column: 13,
          endColumn: 31,
          messageIncludes: ['"histogram_quantlie" is not a PromQL function'],
        },
        {
          messageId: 'exprInvalid',
          line: 26,
          column: 52,
          messageIncludes: ['Recording rule "job:requests:offset"', 'offset can only follow'],
        },
        {
          messageId: 'exprInvalid',
          line: 28,
          column: 17,
          endColumn: 36,
          messageIncludes: ['returns a range vector'],
        },
      ],
    },
    {
      name: 'durations, alert or record, recording-rule fields, group names and templates',
      fixture: `${DIR}/rule-shapes.yaml`,
      errors: [
        {
          messageId: 'durationInvalid',
          line: 8,
          column: 17,
          messageIncludes: ['Group "durations"', 'interval "30 seconds"', 'such as "30s"'],
        },
        {
          messageId: 'durationInvalid',
          line: 12,
          column: 16,
          endColumn: 25,
          messageIncludes: ['for "5 minutes"', 'such as "5m"'],
        },
        {
          messageId: 'durationInvalid',
          line: 15,
          column: 28,
          messageIncludes: ['keep_firing_for "1.5h"'],
        },
        {
          messageId: 'durationInvalid',
          line: 18,
          column: 16,
          messageIncludes: ['for 300', '"300s"', 'not a number'],
        },
        {
          messageId: 'neitherAlertNorRecord',
          line: 21,
          column: 11,
          messageIncludes: ['The rule at rules[0] of group "kinds"'],
        },
        { messageId: 'bothAlertAndRecord', line: 24, column: 11 },
        { messageId: 'exprMissing', line: 26, column: 11, messageIncludes: ['"NoExpr"'] },
        {
          messageId: 'recordingRuleField',
          line: 30,
          column: 11,
          messageIncludes: ['"job:up:count"', 'sets for'],
        },
        { messageId: 'recordingRuleField', line: 31, column: 11, messageIncludes: ['annotations'] },
        {
          messageId: 'groupNameMissing',
          line: 33,
          column: 7,
          messageIncludes: ['spec.groups[2]'],
        },
        { messageId: 'groupNameDuplicate', line: 36, column: 13, messageIncludes: ['"kinds"'] },
        {
          messageId: 'templateInvalid',
          line: 43,
          column: 35,
          endColumn: 41,
          messageIncludes: ['annotations.summary', '$label is not defined'],
        },
        {
          messageId: 'templateInvalid',
          line: 44,
          column: 36,
          messageIncludes: ['annotations.description', 'never closed'],
        },
      ],
    },
    {
      name: 'matcher regexes that Go RE2 rejects, pointed at the regex string',
      fixture: `${DIR}/matcher-regex.yaml`,
      errors: [
        {
          messageId: 'exprInvalid',
          line: 10,
          column: 53,
          endColumn: 57,
          messageIncludes: ['Go RE2 syntax', 'missing closing )'],
        },
        {
          messageId: 'exprInvalid',
          line: 12,
          column: 27,
          endColumn: 41,
          messageIncludes: ['invalid or unsupported Perl syntax at "(?!"'],
        },
        {
          messageId: 'exprInvalid',
          line: 15,
          column: 27,
          endColumn: 32,
          messageIncludes: ['invalid escape sequence at "\\1"'],
        },
      ],
    },
    {
      name: 'a PrometheusRule in JSON',
      files: {
        'rules.json':
          '{"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule", "metadata": {"name": "j"},\n "spec": {"groups": [{"name": "g", "rules": [{"alert": "A", "expr": "sum(rate(x[5m]) > 0"}]}]}}\n',
      },
      errors: [{ messageId: 'exprInvalid', line: 2, column: 73, file: 'rules.json' }],
    },
  ],
});

describe('prometheus-rule-invalid and schema-invalid', () => {
  it('report a bad duration once, from prometheus-rule-invalid, at the value', async () => {
    const text = fs.readFileSync(`${DIR}/rule-shapes.yaml`, 'utf8');
    const result = await lintSourcesPrepared(
      { 'rule-shapes.yaml': text },
      { rules: [rule, schemaInvalid] },
    );
    const durations = result.findings.filter(
      (finding) =>
        finding.line === 8 || finding.line === 12 || finding.line === 15 || finding.line === 18,
    );
    expect(durations.map((finding) => [finding.ruleId, finding.line, finding.column])).toEqual([
      ['prometheus-rule-invalid', 8, 17],
      ['prometheus-rule-invalid', 12, 16],
      ['prometheus-rule-invalid', 15, 28],
      ['prometheus-rule-invalid', 18, 16],
    ]);
  });

  it('leave other schema problems of a PrometheusRule to schema-invalid', async () => {
    const result = await lintSourcesPrepared(
      {
        'r.yaml':
          'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: r\nspec:\n  groups:\n    - name: g\n      partial_response_strategy: sometimes\n      rules:\n        - alert: A\n          expr: up == 0\n          for: 5m\n',
      },
      { rules: [rule, schemaInvalid] },
    );
    expect(result.findings.map((finding) => [finding.ruleId, finding.line])).toEqual([
      ['schema-invalid', 8],
    ]);
  });
});
