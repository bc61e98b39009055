/**
 * compile against the output directory it writes: hand-written files, outputs that would hold
 * its own inputs, two compiles at once, and a compile killed while it publishes. Concurrent and
 * killed runs are real processes of the bundled CLI, paused at the publish step by
 * SCALEPLAN_TEST_PAUSE_BEFORE_PUBLISH (inert when unset).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli/helpers.js';
import { scratchSpace } from '../_utils.js';

const CLI = path.join(ROOT, 'dist/cli.js');
const scratch = scratchSpace('compile-output');

let repo: string;
let counter = 0;

beforeEach(() => {
  repo = path.join(scratch.root, `repo-${counter++}`);
  fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'fixtures/specs/minimal/base'), path.join(repo, 'base'), {
    recursive: true,
  });
  fs.copyFileSync(
    path.join(ROOT, 'fixtures/specs/minimal/scaleplan.yaml'),
    path.join(repo, 'scaleplan.yaml'),
  );
  fs.appendFileSync(
    path.join(repo, 'scaleplan.yaml'),
    '  environments:\n    staging: {namespace: web-staging}\n    production: {namespace: web}\n',
  );
});

const cli = (...argv: string[]): ReturnType<typeof runCli> => runCli(argv, { cwd: repo });

function files(directory: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(directory, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(child);
      } else {
        result[child] = fs.readFileSync(path.join(directory, child), 'utf8');
      }
    }
  };
  walk('');
  return result;
}

interface Paused {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  gate: string;
}

/** A compile of the bundled CLI that stops after staging, before its first rename. */
async function pausedCompile(): Promise<Paused> {
  const gate = path.join(scratch.root, `gate-${counter}-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(gate, '');
  const child = spawn(process.execPath, [CLI, 'compile'], {
    cwd: repo,
    env: { ...process.env, SCALEPLAN_TEST_PAUSE_BEFORE_PUBLISH: gate },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  const deadline = Date.now() + 20_000;
  while (!fs.existsSync(`${gate}.ready`)) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the paused compile never reached the publish step');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { child, done, gate };
}

describe('outputs that would hold compile’s own inputs are refused', () => {
  it('-o inside the base', async () => {
    const before = files(repo);
    const run = await cli('compile', '-o', 'base/overlays');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is inside the base');
    expect(files(repo)).toEqual(before);
  });

  it('-o . with an environment named base', async () => {
    const spec = path.join(repo, 'scaleplan.yaml');
    fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('    staging:', '    base:'));
    fs.mkdirSync(path.join(repo, 'deploy'));
    fs.renameSync(spec, path.join(repo, 'deploy/scaleplan.yaml'));
    fs.renameSync(path.join(repo, 'base'), path.join(repo, 'deploy/base'));
    const before = files(repo);
    const run = await runCli(['compile', 'scaleplan.yaml', '-o', '.'], {
      cwd: path.join(repo, 'deploy'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'The environment "base" would be written to base, which holds the base',
    );
    expect(files(repo)).toEqual(before);
  });

  it('-o .git (and below it)', async () => {
    for (const output of ['.git', '.git/hooks']) {
      const run = await cli('compile', '-o', output);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("inside the repository's .git directory");
    }
    expect(fs.readdirSync(path.join(repo, '.git'))).toEqual([]);
  });

  it('-o an existing file: one line, exit 2, the file untouched', async () => {
    fs.writeFileSync(path.join(repo, 'notes.txt'), 'mine\n');
    const run = await cli('compile', '-o', 'notes.txt');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'scaleplan: notes.txt: The output directory notes.txt exists and is not a directory; compile does not replace it. Give a directory (the default is overlays/ beside the spec).',
    ]);
    expect(fs.readFileSync(path.join(repo, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('a spec nested 50,000 levels deep: one readable line, exit 2', async () => {
    fs.writeFileSync(
      path.join(repo, 'deep.yaml'),
      `apiVersion: scaleplan.dev/v1alpha1\nkind: ScalePlan\nmetadata: {name: x}\nspec:\n  base: ./base\n  deep: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\n`,
    );
    const run = await cli('compile', 'deep.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nested too deeply');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('two compiles at once', () => {
  it('the second fails with one line while the first holds the lock; the first completes', async () => {
    const first = await pausedCompile();
    try {
      const second = await cli('compile');
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(
        /^scaleplan: overlays: Another scaleplan compile \(pid \d+\) is writing overlays; wait for it to finish and run compile again\.\n$/,
      );
    } finally {
      fs.rmSync(first.gate, { force: true });
    }
    const result = await first.done;
    expect(result.code, result.stderr).toBe(0);
    expect(fs.readdirSync(path.join(repo, 'overlays')).sort()).toEqual(['production', 'staging']);
    expect((await cli('compile', '--check')).code).toBe(0);
  }, 60_000);
});

describe('a compile killed while it publishes', () => {
  it('SIGKILL after staging: --check reports it, lint is not broken, the next compile recovers', async () => {
    expect((await cli('compile')).code).toBe(0);
    const spec = path.join(repo, 'scaleplan.yaml');
    fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('max: 10', 'max: 12'));
    const paused = await pausedCompile();
    paused.child.kill('SIGKILL');
    expect((await paused.done).signal).toBe('SIGKILL');
    const overlays = path.join(repo, 'overlays');
    const staging = fs.readdirSync(overlays).filter((name) => name.startsWith('.scaleplan-'));
    expect(staging.some((name) => name.startsWith('.scaleplan-staging-'))).toBe(true);

    const check = await cli('compile', '--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^overlays\/\.scaleplan-staging-\w+\/ \(interrupted\)$/m);

    const lint = await cli('lint', 'overlays', '--format', 'json');
    expect(lint.code, lint.stderr).not.toBe(2);

    const again = await cli('compile');
    expect(again.code, again.stderr).toBe(0);
    expect(fs.readdirSync(overlays).sort()).toEqual(['production', 'staging']);
    expect((await cli('compile', '--check')).code).toBe(0);
  }, 60_000);

  it('killed between two renames: the environment moved aside is put back, the stale lock taken over', async () => {
    expect((await cli('compile')).code).toBe(0);
    const overlays = path.join(repo, 'overlays');
    fs.writeFileSync(path.join(overlays, 'staging/mine.yaml'), 'x: 1\n');
    const before = files(path.join(overlays, 'staging'));
    // The state a SIGKILL leaves after `staging` was renamed into old/ and before its new
    // directory was renamed into place; the killed compile's lock names a pid that is gone.
    const stagingDirectory = path.join(overlays, '.scaleplan-staging-killed');
    fs.mkdirSync(path.join(stagingDirectory, 'new'), { recursive: true });
    fs.mkdirSync(path.join(stagingDirectory, 'old'));
    fs.renameSync(path.join(overlays, 'staging'), path.join(stagingDirectory, 'old/staging'));
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    fs.writeFileSync(path.join(overlays, '.scaleplan-lock'), `${dead.pid}\n`);

    const check = await cli('compile', '--check');
    expect(check.stdout).toContain('overlays/.scaleplan-staging-killed/ (interrupted)\n');
    expect(check.stdout).toContain('overlays/staging/kustomization.yaml (missing)\n');

    const again = await cli('compile');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(
      'overlays/staging/ was put back from a compile that was interrupted before it finished.',
    );
    expect(again.stderr).toContain(
      'Kept 1 file that scaleplan did not write: overlays/staging/mine.yaml.',
    );
    expect(fs.readdirSync(overlays).sort()).toEqual(['production', 'staging']);
    expect(files(path.join(overlays, 'staging'))).toEqual(before);
  }, 60_000);
});
