import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { temporaryTree } from '../_utils.js';

const HPA =
  'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 4\n';

function project(config: string): string {
  const directory = temporaryTree('read');
  fs.writeFileSync(path.join(directory, '.scaleplan.yaml'), config);
  fs.writeFileSync(path.join(directory, 'hpa.yaml'), HPA);
  return directory;
}

describe('extends stays inside the repository and never echoes a file', () => {
  it.each(['/etc/passwd', '/proc/self/environ', '/etc/shadow', '../outside.yaml'])(
    'refuses %s with file, line and no content',
    async (target) => {
      const directory = project(`rules: {}\nextends: ${target}\n`);
      fs.writeFileSync(path.join(directory, '..', 'outside.yaml'), 'rules: {}\n', { flag: 'a' });
      const run = await runCli(['lint', '.'], {
        cwd: directory,
        env: { ...process.env, SCALEPLAN_SECRET_PROBE: 'do-not-print-me' },
      });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^scaleplan: \.scaleplan\.yaml:2:10: extends names /);
      expect(run.stderr).not.toContain('do-not-print-me');
      expect(run.stderr).not.toContain('root:');
      expect(run.stderr).not.toContain('PATH=');
    },
  );

  it('refuses a symlink inside the repository that points out of it', async () => {
    const directory = project('extends: ./base.yaml\n');
    fs.symlinkSync('/etc/passwd', path.join(directory, 'base.yaml'));
    const run = await runCli(['lint', '.'], { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('outside the repository');
    expect(run.stderr).not.toContain('root:');
  });

  it('refuses a FIFO before opening it (which would wait forever)', async () => {
    const directory = project('extends: ./pipe.yaml\n');
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [path.join(directory, 'pipe.yaml')]);
    const run = await runCli(['lint', '.'], { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a regular file');
  });

  it('reaches a shared config elsewhere in the same git checkout', async () => {
    const directory = temporaryTree('repo');
    fs.mkdirSync(path.join(directory, '.git'));
    fs.mkdirSync(path.join(directory, 'shared'));
    fs.mkdirSync(path.join(directory, 'app'));
    fs.writeFileSync(path.join(directory, 'shared/base.yaml'), 'rules:\n  hpa-min-max: off\n');
    fs.writeFileSync(path.join(directory, 'app/.scaleplan.yaml'), 'extends: ../shared/base.yaml\n');
    fs.writeFileSync(path.join(directory, 'app/hpa.yaml'), HPA);
    const run = await runCli(['lint', '.'], { cwd: path.join(directory, 'app') });
    expect(run.stderr).toBe('');
    expect(run.code).toBeLessThan(2);
  });

  it('never echoes the text of a file in the repository that is not a config', async () => {
    const directory = project('extends: ./notes.yaml\n');
    fs.writeFileSync(path.join(directory, 'notes.yaml'), 'token-abc123-secret\n');
    const run = await runCli(['lint', '.'], { cwd: directory });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('notes.yaml:1:1: The config must be a map of settings');
    expect(run.stderr).not.toContain('token-abc123');
  });
});

describe('directory walks stay inside the walked root', () => {
  it('does not follow links out of the tree, and still follows links inside it', async () => {
    const directory = temporaryTree('walk');
    const outside = temporaryTree('walk-outside');
    fs.writeFileSync(path.join(outside, 'secret.yaml'), 'secret-outside: value\n');
    fs.mkdirSync(path.join(directory, 'apps'));
    fs.writeFileSync(path.join(directory, 'apps/hpa.yaml'), HPA);
    fs.symlinkSync('/', path.join(directory, 'root'));
    fs.symlinkSync(outside, path.join(directory, 'elsewhere'));
    fs.symlinkSync('/etc/hosts', path.join(directory, 'hosts.yaml'));
    fs.symlinkSync('/proc/self/environ', path.join(directory, 'environ.yaml'));
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(directory, 'secret.yaml'));
    fs.symlinkSync(path.join(directory, 'apps'), path.join(directory, 'apps-link'));
    const run = await runCli(['lint', '.', '--format', 'json'], { cwd: directory });
    // Each link out is named once on stderr (stdout stays the report); the link inside is not.
    expect(run.stderr.trimEnd().split('\n')).toEqual(
      ['elsewhere', 'environ.yaml', 'hosts.yaml', 'root', 'secret.yaml'].map(
        (link) =>
          `scaleplan lint: notice: ${link} is a symlink out of .; not followed (a directory walk stays inside the directory it was given; name the target to lint it).`,
      ),
    );
    const report = JSON.parse(run.stdout) as { summary: { files: number } };
    expect(report.summary.files).toBe(1);
    expect(run.stdout).not.toContain('secret-outside');
    expect(run.stdout).not.toContain('environ');
    expect(run.stdout).not.toContain('hosts.yaml');
  }, 60_000);

  it('names a link out that a glob would have matched, and no other', async () => {
    const directory = temporaryTree('walk-glob');
    fs.mkdirSync(path.join(directory, 'apps'));
    fs.writeFileSync(path.join(directory, 'apps/hpa.yaml'), HPA);
    fs.symlinkSync('/etc/hosts', path.join(directory, 'apps/hosts.yaml'));
    fs.symlinkSync('/etc/hosts', path.join(directory, 'apps/hosts.txt'));
    const run = await runCli(['lint', 'apps/*.yaml'], { cwd: directory });
    expect(run.stderr).toBe(
      'scaleplan lint: notice: apps/hosts.yaml is a symlink out of apps; not followed (a directory walk stays inside the directory it was given; name the target to lint it).\n',
    );
  });
});
