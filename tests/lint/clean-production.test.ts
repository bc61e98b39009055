/**
 * No false alarms: a well-configured production set (requests set, HPA with a safe
 * scale-down, PDBs with maxUnavailable 1, no pinned replicas, VPA in Off mode, Service,
 * Ingress, ServiceMonitor, PrometheusRule, PriorityClass, a ResourceQuota that fits at
 * maximum scale) yields no warning or error from any built-in rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';

const DIR = 'fixtures/examples/clean-production';
const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(path.join(ROOT, DIR)).sort()) {
    files[`${DIR}/${name}`] = fs.readFileSync(path.join(ROOT, DIR, name), 'utf8');
  }
  return files;
}

describe('clean production set', () => {
  it('lints clean under every built-in rule', async () => {
    const result = await lintSourcesPrepared(sources(), { rules });
    const problems = result.findings
      .filter((finding) => finding.severity !== 'info')
      .map(
        (finding) =>
          `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}: ${finding.message}`,
      );
    expect(problems).toEqual([]);
    // The set really was read: every object, none skipped, nothing suppressed.
    expect(result.summary.objects).toBe(14);
    expect(result.summary.skippedDocuments).toBe(0);
    expect(result.suppressed).toEqual([]);
  });

  // Controls: one change each, and the rule that guards it fires. They show that the silence
  // above comes from the configuration, not from a set the rules never looked at.
  const controls: Array<[change: string, ruleId: string, from: string, to: string]> = [
    ['the VPA switched to Auto', 'hpa-vpa-conflict', 'updateMode: "Off"', 'updateMode: "Auto"'],
    ['HPA minReplicas 1', 'hpa-min-replicas', '  minReplicas: 3', '  minReplicas: 1'],
    [
      'replicas pinned on the Deployment',
      'hpa-replicas-pinned',
      '  labels: {app: web}\nspec:\n',
      '  labels: {app: web}\nspec:\n  replicas: 3\n',
    ],
  ];

  it.each(controls)('control: %s fires %s', async (_change, ruleId, from, to) => {
    const files = sources();
    const web = `${DIR}/web.yaml`;
    expect(files[web]).toContain(from);
    files[web] = (files[web] ?? '').replace(from, to);
    const result = await lintSourcesPrepared(files, { rules });
    expect(result.findings.map((finding) => finding.ruleId)).toContain(ruleId);
  });
});
