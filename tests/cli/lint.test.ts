import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';
import { temporaryTree } from '../_utils.js';

const HPA_MIN_ABOVE_MAX =
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  minReplicas: 5\n  maxReplicas: 3\n';
const HPA_EQUAL =
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  minReplicas: 3\n  maxReplicas: 3\n';

/**
 * The HPAs above are minimal on purpose (no scaleTargetRef), so these tests of the CLI's
 * mechanics turn off schema-invalid, which reports the missing field.
 */
const NO_SCHEMA_CHECK = (() => {
  const directory = temporaryTree('cli-config');
  const file = path.join(directory, 'scaleplan.yaml');
  fs.writeFileSync(file, 'rules:\n  schema-invalid: off\n');
  return ['--config', file];
})();

describe('scaleplan lint', () => {
  it('prints path:line:col  severity  message  rule-id and exits 1 on errors', async () => {
    const run = await runCli(['lint', '-'], { stdin: HPA_MIN_ABOVE_MAX });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^<stdin>:6:16 {2}error {2}HorizontalPodAutoscaler "web" has minReplicas 5 above maxReplicas 3;.* {2}hpa-min-max$/m,
    );
    expect(run.stderr).toBe('');
  });

  it('exits 0 when nothing reaches --fail-on', async () => {
    expect((await runCli(['lint', '-', ...NO_SCHEMA_CHECK], { stdin: HPA_EQUAL })).code).toBe(0);
    expect(
      (await runCli(['lint', '-', '--fail-on', 'info', ...NO_SCHEMA_CHECK], { stdin: HPA_EQUAL }))
        .code,
    ).toBe(1);
  });

  it('prints the versioned JSON document', async () => {
    const run = await runCli(['lint', '-', '--format', 'json', ...NO_SCHEMA_CHECK], {
      stdin: HPA_MIN_ABOVE_MAX,
    });
    const document = JSON.parse(run.stdout) as {
      version: number;
      findings: Array<Record<string, unknown>>;
      suppressed: unknown[];
      summary: Record<string, number>;
    };
    expect(document.version).toBe(1);
    expect(document.findings[0]).toMatchObject({
      ruleId: 'hpa-min-max',
      severity: 'error',
      file: '<stdin>',
      line: 6,
      column: 16,
      endLine: 6,
      endColumn: 17,
      object: {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        namespace: 'default',
        name: 'web',
      },
    });
    expect(document.summary).toMatchObject({ errors: 1, warnings: 0, objects: 1 });
  });

  it('keeps findings suppressed by annotation or comment, apart', async () => {
    const annotated = HPA_MIN_ABOVE_MAX.replace(
      '  name: web\n',
      '  name: web\n  annotations:\n    scaleplan.dev/ignore: "hpa-min-max -- migrating"\n',
    );
    const commented = HPA_MIN_ABOVE_MAX.replace(
      '  minReplicas: 5',
      '  # scaleplan-ignore hpa-min-max -- on purpose\n  minReplicas: 5',
    );
    for (const stdin of [annotated, commented]) {
      const run = await runCli(['lint', '-', '--format', 'json', ...NO_SCHEMA_CHECK], { stdin });
      const document = JSON.parse(run.stdout) as {
        findings: unknown[];
        suppressed: Array<{ suppression: { kind: string; justification: string } }>;
      };
      expect(run.code).toBe(0);
      expect(document.findings).toEqual([]);
      expect(document.suppressed).toHaveLength(1);
      expect(document.suppressed[0]?.suppression.justification).toMatch(/migrating|on purpose/);
    }
  });

  it('reports a missing path as a usage error (exit 2)', async () => {
    const run = await runCli(['lint', 'no/such/dir']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No such file or directory: no/such/dir');
  });

  it('rejects unknown options and formats with exit 2', async () => {
    expect((await runCli(['lint', '--bogus'])).code).toBe(2);
    expect((await runCli(['lint', '--format', 'xml', '-'])).code).toBe(2);
    expect((await runCli(['lint', '--fail-on', 'fatal', '-'])).code).toBe(2);
  });

  it('fails when warnings exceed --max-warnings', async () => {
    const config = 'rules:\n  hpa-min-max: warning\n  schema-invalid: off\n';
    const fs = await import('node:fs');
    const path = await import('node:path');
    const directory = temporaryTree('cli');
    fs.writeFileSync(path.join(directory, '.scaleplan.yaml'), config);
    fs.writeFileSync(path.join(directory, 'hpa.yaml'), HPA_MIN_ABOVE_MAX);
    expect((await runCli(['lint', 'hpa.yaml'], { cwd: directory })).code).toBe(0);
    expect(
      (await runCli(['lint', 'hpa.yaml', '--max-warnings', '0'], { cwd: directory })).code,
    ).toBe(1);
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('lints the bundled example and points into its files', async () => {
    const run = await runCli(['lint', 'fixtures/examples/shop']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^fixtures\/examples\/shop\/web\.yaml:\d+:\d+ {2}error/m);
  });
});

describe('scaleplan rules', () => {
  it('lists every rule', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^hpa-min-max\s+error\s+Require minReplicas/m);
  });

  it('explains one rule with a failing and a passing example', async () => {
    const run = await runCli(['rules', 'hpa-min-max']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Failing example:');
    expect(run.stdout).toContain('Passing example:');
    expect(run.stdout).toMatch(/7:16 {2}HorizontalPodAutoscaler "web" has minReplicas 5/);
  });

  it('rejects an unknown rule id with exit 2', async () => {
    const run = await runCli(['rules', 'no-such-rule']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown rule "no-such-rule"');
  });
});

describe('scaleplan', () => {
  it('rejects an unknown command with exit 2', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });
});
