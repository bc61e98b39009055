import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROOT, runCli, type CliRun } from './helpers.js';
import { scratchSpace } from '../_utils.js';

// Loading, configuration, --only-files and exit codes, through `execute` as the CLI runs them.

const scratch = scratchSpace('e2e');
afterEach(() => vi.restoreAllMocks());

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  object?: { kind: string; name?: string; namespace?: string };
  related?: Array<{ file: string; line: number }>;
}

function findings(run: CliRun): JsonFinding[] {
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

/** `rule severity file:line:col`, for the rules named (others land in parallel). */
function brief(run: CliRun, rules: readonly string[]): string[] {
  return findings(run)
    .filter((finding) => rules.includes(finding.ruleId))
    .map(
      (finding) =>
        `${finding.ruleId} ${finding.severity} ${finding.file}:${finding.line}:${finding.column}`,
    );
}

function project(files: Record<string, string>): string {
  const directory = scratch.tree();
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    fs.writeFileSync(path.join(directory, file), text);
  }
  return directory;
}

const CONFIG_MAP =
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n';

describe('broken YAML is a finding, not the end of the run', () => {
  it('reports parse-error at its line and still lints the other files (exit 1)', async () => {
    const run = await runCli(['lint', 'fixtures/inputs/broken', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(brief(run, ['parse-error', 'hpa-min-max'])).toEqual([
      'parse-error error fixtures/inputs/broken/broken.yaml:6:8',
      'hpa-min-max error fixtures/inputs/broken/hpa.yaml:7:16',
      'parse-error error fixtures/inputs/broken/not-an-object.yaml:1:1',
      'parse-error error fixtures/inputs/broken/not-an-object.yaml:7:1',
    ]);
  });

  it('lints stdin beside files', async () => {
    const run = await runCli(
      ['lint', '-', 'fixtures/inputs/broken/broken.yaml', '--format', 'json'],
      {
        stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: v}\ndata: {k: w}\n',
      },
    );
    expect(brief(run, ['parse-error'])).toEqual([
      'parse-error error <stdin>:5:1',
      'parse-error error fixtures/inputs/broken/broken.yaml:6:8',
    ]);
  });
});

describe('exit codes', () => {
  it('0 when nothing reaches --fail-on', async () => {
    const run = await runCli(['lint', '-', '--format', 'json'], { stdin: CONFIG_MAP });
    expect(run.code).toBe(0);
    expect(findings(run)).toEqual([]);
  });

  it('1 for errors, or for warnings with --fail-on warning', async () => {
    expect((await runCli(['lint', 'fixtures/inputs/mixed/hpa.json'])).code).toBe(1);
    const cwd = path.join(ROOT, 'fixtures/config/discovery/apps/web');
    // The discovered config lowers hpa-min-max to a warning.
    expect((await runCli(['lint', 'hpa.yaml'], { cwd })).code).toBe(0);
    expect((await runCli(['lint', 'hpa.yaml', '--fail-on', 'warning'], { cwd })).code).toBe(1);
  });

  it('2 for a path that does not exist or a glob that matches nothing', async () => {
    const missing = await runCli(['lint', 'fixtures/inputs/none.yaml']);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scaleplan: No such file or directory: fixtures/inputs/none.yaml\n',
    });
    const glob = await runCli(['lint', 'fixtures/inputs/**/*.toml']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toBe(
      'scaleplan: No files match the pattern "fixtures/inputs/**/*.toml".\n',
    );
  });

  it('2 for an unreadable file, naming it', async () => {
    const read = fs.readFileSync;
    vi.spyOn(fs, 'readFileSync').mockImplementation(((
      file: fs.PathOrFileDescriptor,
      options: unknown,
    ) => {
      if (String(file).endsWith('hpa.json')) {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }
      return (read as (file: fs.PathOrFileDescriptor, options: unknown) => unknown)(file, options);
    }) as typeof fs.readFileSync);
    const run = await runCli(['lint', 'fixtures/inputs/mixed']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'scaleplan: Cannot read fixtures/inputs/mixed/hpa.json: permission denied (EACCES).\n',
    });
  });

  it('2 for an invalid config, with file, line, column and what was expected', async () => {
    const directory = project({
      '.scaleplan.yaml': 'rules:\n  hpa-min-max: error\n  pdb-mising: warning\n',
      'app.yaml': CONFIG_MAP,
    });
    const discovered = await runCli(['lint', 'app.yaml'], { cwd: directory });
    expect(discovered).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'scaleplan: .scaleplan.yaml:3:3: Unknown rule id "pdb-mising"; did you mean "pdb-missing"? Run "scaleplan rules" to list the rules.\n',
    });
    fs.writeFileSync(path.join(directory, 'other.yaml'), 'kubeVersion: 1.30\n');
    const explicit = await runCli(['lint', 'app.yaml', '--config', 'other.yaml'], {
      cwd: directory,
    });
    expect(explicit.code).toBe(2);
    expect(explicit.stderr).toBe(
      'scaleplan: other.yaml:1:14: kubeVersion must be a string such as "1.30", not the number 1.3: YAML reads an unquoted 1.30 as the number 1.3, so quote it.\n',
    );
    const absent = await runCli(['lint', 'app.yaml', '--config', 'absent.yaml'], {
      cwd: directory,
    });
    expect(absent).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scaleplan: Config file not found: absent.yaml\n',
    });
  });
});

describe('--only-files', () => {
  const files = {
    // An HPA whose target lives in b.yaml, and a ConfigMap that b.yaml defines again.
    'a.yaml': `${CONFIG_MAP}---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 5\n  maxReplicas: 3\n`,
    'b.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\n${CONFIG_MAP}`,
  };
  const rules = ['duplicate-object', 'hpa-min-max', 'hpa-replicas-pinned', 'hpa-target-missing'];

  it('reports only the files named, while rules still see every object', async () => {
    const cwd = project(files);
    const all = await runCli(['lint', '.', '--format', 'json'], { cwd });
    expect(brief(all, rules)).toEqual([
      'hpa-min-max error a.yaml:14:16',
      'hpa-replicas-pinned warning b.yaml:6:3',
      'duplicate-object error b.yaml:20:9',
    ]);
    const onlyB = await runCli(['lint', '.', '--only-files', 'b.yaml', '--format', 'json'], {
      cwd,
    });
    // Findings in b.yaml that need a.yaml to be seen: the HPA and the first ConfigMap.
    expect(brief(onlyB, rules)).toEqual([
      'hpa-replicas-pinned warning b.yaml:6:3',
      'duplicate-object error b.yaml:20:9',
    ]);
    expect(
      findings(onlyB).find((finding) => finding.ruleId === 'duplicate-object')?.related,
    ).toEqual([expect.objectContaining({ file: 'a.yaml', line: 4 })]);
    expect(onlyB.code).toBe(1);
    const onlyA = await runCli(['lint', '.', '--only-files', 'a.yaml', '--format', 'json'], {
      cwd,
    });
    // No hpa-target-missing: the Deployment in b.yaml is still in the set.
    expect(brief(onlyA, rules)).toEqual(['hpa-min-max error a.yaml:14:16']);
  });

  it('decides the exit code from the reported findings only', async () => {
    const cwd = project(files);
    fs.writeFileSync(
      path.join(cwd, 'clean.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: clean\n',
    );
    const none = await runCli(['lint', '.', '--only-files', 'clean.yaml'], { cwd });
    expect(none.code).toBe(0);
    // A glob that matches no file read is a mistake, not a clean run.
    const typo = await runCli(['lint', '.', '--only-files', '*.json'], { cwd });
    expect(typo.code).toBe(2);
    const globbed = await runCli(
      ['lint', '.', '--only-files', 'clean.yaml', '--only-files', '[ab].yaml', '--format', 'json'],
      { cwd },
    );
    expect(brief(globbed, rules)).toHaveLength(3);
    expect(globbed.code).toBe(1);
  });
});

describe('configuration end to end', () => {
  it('applies extends chains, options, overrides and ignore globs', async () => {
    const cwd = path.join(ROOT, 'fixtures/config/chain/team');
    const run = await runCli(['lint', '.', '--format', 'json'], { cwd });
    expect(run.stderr).toBe('');
    expect(brief(run, ['hpa-min-max', 'hpa-scale-down-unstabilized', 'parse-error'])).toEqual([
      // minimumSeconds: 300 from team, severity warning from org/base.yaml over strict's error.
      'hpa-scale-down-unstabilized warning hpa.yaml:14:35',
      // The override of team/.scaleplan.yaml.
      'hpa-min-max info legacy/keep-1.yaml:10:16',
      // org/base.yaml's override is relative to org/, so strict's error stays here.
      'hpa-min-max error legacy/old.yaml:10:16',
      // generated/broken.yaml is ignored: no parse-error.
    ]);
    expect(run.code).toBe(1);
  });

  it('takes namespace and kubeVersion from the config', async () => {
    const cwd = path.join(ROOT, 'fixtures/config/discovery/apps/web');
    const run = await runCli(['lint', 'hpa.yaml', '--format', 'json'], { cwd });
    expect(findings(run).find((finding) => finding.ruleId === 'hpa-min-max')).toMatchObject({
      severity: 'warning',
      object: { kind: 'HorizontalPodAutoscaler', name: 'web', namespace: 'shop' },
    });
  });
});
