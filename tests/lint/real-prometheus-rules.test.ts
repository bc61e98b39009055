/**
 * Zero false prometheus-rule-invalid findings on public alert rules that Prometheus loads:
 * samber/awesome-prometheus-alerts (promtool-checked upstream) and kube-prometheus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import prometheusRuleInvalid from '../../src/lint/rules/prometheus-rule-invalid.js';
import schemaInvalid from '../../src/lint/rules/schema-invalid.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function filesUnder(directory: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(path.join(ROOT, directory), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${directory}/${name}`);
}

/** A Prometheus rule file as the `spec` of a PrometheusRule (indenting keeps block scalars intact). */
function asPrometheusRule(file: string, text: string): string {
  const name = file
    .replace(/\.ya?ml$/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase()
    .slice(-60)
    .replace(/^-+/, '');
  const spec = text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `  ${line}`))
    .join('\n');
  return `apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: ${name}\nspec:\n${spec}\n`;
}

function describeFindings(
  findings: readonly { file: string; line: number; ruleId: string; message: string }[],
) {
  return findings.map(
    (finding) => `${finding.file}:${finding.line} ${finding.ruleId}: ${finding.message}`,
  );
}

describe('awesome-prometheus-alerts', () => {
  const DIR = 'fixtures/real/awesome-prometheus-alerts/rules';
  const files = filesUnder(DIR, /\.ya?ml$/);

  it('holds the vendored rule files', () => {
    expect(files.length).toBe(112);
  });

  it('yields no prometheus-rule-invalid or schema-invalid finding on its 954 alerts', async () => {
    const sources = Object.fromEntries(
      files.map((file) => [
        file,
        asPrometheusRule(file, fs.readFileSync(path.join(ROOT, file), 'utf8')),
      ]),
    );
    const alerts = Object.values(sources).reduce(
      (count, text) => count + (text.match(/^\s+- alert: /gm)?.length ?? 0),
      0,
    );
    expect(alerts).toBe(954);
    const result = await lintSourcesPrepared(sources, {
      rules: [prometheusRuleInvalid, schemaInvalid],
    });
    expect(result.summary.objects).toBe(files.length);
    expect(describeFindings(result.findings)).toEqual([]);
  });
});

describe('kube-prometheus PrometheusRules', () => {
  // The rule files of the vendored kube-prometheus set (fixtures/real/kube-prometheus/README.md).
  const DIR = 'fixtures/real/kube-prometheus/manifests';
  const files = filesUnder(DIR, /-prometheusRule\.yaml$/);

  it('yields no prometheus-rule-invalid or schema-invalid finding on its alerting and recording rules', async () => {
    expect(files.length).toBe(8);
    const sources = Object.fromEntries(
      files.map((file) => [file, fs.readFileSync(path.join(ROOT, file), 'utf8')]),
    );
    const rulesCount = Object.values(sources).reduce(
      (count, text) => count + (text.match(/^\s+(?:- )?(?:alert|record): /gm)?.length ?? 0),
      0,
    );
    expect(rulesCount).toBe(234);
    const result = await lintSourcesPrepared(sources, {
      rules: [prometheusRuleInvalid, schemaInvalid],
    });
    expect(result.summary.objects).toBe(files.length);
    expect(describeFindings(result.findings)).toEqual([]);
  });
});
