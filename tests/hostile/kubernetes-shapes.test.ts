import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';

interface JsonFinding {
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

describe('wrong Kubernetes shapes end as findings, never as crashes', () => {
  it('explains every broken field at its line', async () => {
    const run = await runCli([
      'lint',
      'fixtures/hostile/kubernetes-shapes.yaml',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    const at = (line: number, ruleId: string): JsonFinding | undefined =>
      findings.find((finding) => finding.line === line && finding.ruleId === ruleId);
    expect(at(8, 'schema-invalid')?.message).toMatch(/minReplicas/);
    expect(at(16, 'schema-invalid')?.message).toMatch(/selector/);
    expect(at(21, 'schema-invalid')?.message).toMatch(/containers/);
    expect(at(28, 'schema-invalid')?.message).toMatch(/replicas/);
    expect(
      findings.some((finding) => finding.line === 39 && /1\.5\.3Gi|cpu/.test(finding.message)),
    ).toBe(true);
    expect(
      findings.some(
        (finding) => finding.line === 46 && /150%|maxUnavailable/.test(finding.message),
      ),
    ).toBe(true);
    // The List's broken items are parse errors; its good item is linted.
    expect(at(59, 'parse-error')).toBeDefined();
    expect(at(60, 'parse-error')).toBeDefined();
  });
});
