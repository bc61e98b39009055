import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HAS_PRE_COMMIT = spawnSync('pre-commit', ['--version']).status === 0;

const HPA = (name: string, min: number, max: number, target = name): string =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${target}}\n  minReplicas: ${min}\n  maxReplicas: ${max}\n`;

let scratch: string;
let home: string;

function git(...args: string[]): void {
  const result = spawnSync('git', args, { cwd: scratch, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  }
}

/** `pre-commit try-repo` against this repository, as its README tells users to try it. */
function tryRepo(hook: string, files: string[]): { status: number | null; output: string } {
  const result = spawnSync('pre-commit', ['try-repo', ROOT, hook, '--files', ...files], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' },
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.runIf(HAS_PRE_COMMIT)('pre-commit hooks (real pre-commit)', () => {
  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'scaleplan-precommit-'));
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'scaleplan-precommit-home-'));
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    fs.mkdirSync(path.join(scratch, 'apps'));
    fs.writeFileSync(path.join(scratch, 'apps/good.yaml'), HPA('web', 2, 6));
    fs.writeFileSync(path.join(scratch, 'apps/bad.yaml'), HPA('api', 5, 3));
    fs.writeFileSync(path.join(scratch, 'notes.yaml'), 'just: values\n');
    git('add', '.');
  });

  afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('scaleplan-lint passes on clean staged files and fails with file:line on a bad one', () => {
    const clean = tryRepo('scaleplan-lint', ['apps/good.yaml', 'notes.yaml']);
    expect(clean.output).toMatch(/scaleplan lint\.+Passed/);
    expect(clean.status).toBe(0);

    const dirty = tryRepo('scaleplan-lint', ['apps/good.yaml', 'apps/bad.yaml']);
    expect(dirty.status).toBe(1);
    expect(dirty.output).toMatch(/scaleplan lint\.+Failed/);
    expect(dirty.output).toMatch(/^apps\/bad\.yaml:7:16 {2}error {2}.*hpa-min-max$/m);
    expect(dirty.output).not.toContain('apps/good.yaml:');
  }, 600_000);
});
