import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryTree } from '../_utils.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HAS_PRE_COMMIT = spawnSync('pre-commit', ['--version']).status === 0;

/** An HPA (minReplicas on line 7) with the Deployment and PDB that make it otherwise clean. */
const HPA = (name: string, min: number, max: number): string =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}\n  minReplicas: ${min}\n  maxReplicas: ${max}\n  metrics:\n    - type: Resource\n      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0.0\n          resources:\n            requests: {cpu: 100m, memory: 128Mi}\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${name}\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: ${name}}\n`;

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
    scratch = temporaryTree('precommit');
    home = temporaryTree('precommit-home');
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

  it('scaleplan-compile-check passes on current overlays and fails after a hand edit', () => {
    // A repository whose root holds a ScalePlan and its compiled overlays.
    const repository = temporaryTree('precommit-spec');
    fs.cpSync(path.join(ROOT, 'fixtures/specs/minimal'), repository, { recursive: true });
    const run = (...args: string[]): { status: number | null; output: string } => {
      const result = spawnSync(args[0] ?? '', args.slice(1), {
        cwd: repository,
        encoding: 'utf8',
        env: { ...process.env, PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' },
        timeout: 300_000,
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    };
    run('git', 'init', '-q');
    run('git', 'add', '.');
    const hook = () =>
      run(
        'pre-commit',
        'try-repo',
        ROOT,
        'scaleplan-compile-check',
        '--files',
        'overlays/default/web-hpa.yaml',
      );

    const current = hook();
    expect(current.output).toMatch(/scaleplan compile --check\.+Passed/);
    expect(current.status).toBe(0);

    fs.appendFileSync(path.join(repository, 'overlays/default/web-hpa.yaml'), '# edited by hand\n');
    run('git', 'add', '.');
    const edited = hook();
    expect(edited.status).toBe(1);
    expect(edited.output).toMatch(/scaleplan compile --check\.+Failed/);
    expect(edited.output).toContain('web-hpa.yaml');
    fs.rmSync(repository, { recursive: true, force: true });
  }, 600_000);
});
