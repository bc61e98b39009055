import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/compile/write.js';
import { runCli } from '../cli/helpers.js';
import { scratchSpace } from '../_utils.js';

// Writing, --check, and the path rules, on a copy of the minimal golden spec in a scratch.root
// repository (a directory with .git).

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = scratchSpace('write');

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
});

/** Every file below a directory with its content, for before/after comparisons. */
function snapshot(directory: string): Record<string, string> {
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

const cli = (...argv: string[]): ReturnType<typeof runCli> => runCli(argv, { cwd: repo });

describe('compile writes overlays', () => {
  it('writes DIR/<env>/ and leaves no staging directory behind', async () => {
    const run = await cli('compile');
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe('Compiled scaleplan.yaml into overlays: 6 files for default.\n');
    expect(fs.readdirSync(path.join(repo, 'overlays'))).toEqual(['default']);
    expect(Object.keys(snapshot(path.join(repo, 'overlays'))).sort()).toEqual([
      'default/.scaleplan-owned',
      'default/RUNBOOK.md',
      'default/kustomization.yaml',
      'default/web-alerts.yaml',
      'default/web-hpa.yaml',
      'default/web-patch.yaml',
      'default/web-pdb.yaml',
    ]);
  });

  it('gives identical bytes when compiled again, and replaces edited generated files', async () => {
    await cli('compile');
    const first = snapshot(path.join(repo, 'overlays'));
    fs.appendFileSync(path.join(repo, 'overlays/default/web-hpa.yaml'), '# hand edit\n');
    await cli('compile');
    expect(snapshot(path.join(repo, 'overlays'))).toEqual(first);
  });

  it('keeps the files it did not write in an environment directory, and says so', async () => {
    await cli('compile');
    const first = snapshot(path.join(repo, 'overlays'));
    fs.writeFileSync(path.join(repo, 'overlays/default/extra-patch.yaml'), 'kind: Patch\n');
    fs.mkdirSync(path.join(repo, 'overlays/default/patches'));
    fs.writeFileSync(path.join(repo, 'overlays/default/patches/limits.yaml'), 'x: 1\n');
    fs.symlinkSync('extra-patch.yaml', path.join(repo, 'overlays/default/link.yaml'));
    const run = await cli('compile');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'Kept 3 files that scaleplan did not write: overlays/default/extra-patch.yaml, overlays/default/link.yaml, overlays/default/patches/limits.yaml.',
    );
    expect(snapshot(path.join(repo, 'overlays'))).toEqual({
      ...first,
      'default/extra-patch.yaml': 'kind: Patch\n',
      'default/link.yaml': 'kind: Patch\n',
      'default/patches/limits.yaml': 'x: 1\n',
    });
    expect(fs.readlinkSync(path.join(repo, 'overlays/default/link.yaml'))).toBe('extra-patch.yaml');
    // --check: the user's files are not differences.
    expect((await cli('compile', '--check')).code).toBe(0);
  });

  it('keeps a hand-written environment directory that has no generated file yet', async () => {
    fs.mkdirSync(path.join(repo, 'overlays/default'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'overlays/default/notes.txt'), 'mine\n');
    expect((await cli('compile')).code).toBe(0);
    expect(fs.readFileSync(path.join(repo, 'overlays/default/notes.txt'), 'utf8')).toBe('mine\n');
    expect(fs.existsSync(path.join(repo, 'overlays/default/kustomization.yaml'))).toBe(true);
  });

  it('refuses to overwrite a hand-written file where a generated one goes (exit 2, nothing changed)', async () => {
    fs.mkdirSync(path.join(repo, 'overlays/default'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'overlays/default/kustomization.yaml'), 'resources: [mine]\n');
    const before = snapshot(repo);
    const run = await cli('compile');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'overlays/default/kustomization.yaml was not written by scaleplan (it has no generated header and is not in .scaleplan-owned)',
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(repo)).toEqual(before);
  });

  it('writes into -o DIR, relative to the working directory', async () => {
    expect((await cli('compile', '-o', 'deploy/overlays')).code).toBe(0);
    const kustomization = fs.readFileSync(
      path.join(repo, 'deploy/overlays/default/kustomization.yaml'),
      'utf8',
    );
    expect(kustomization).toContain('  - ../../../base\n');
    expect(kustomization.split('\n')[0]).toBe(
      '# Generated by scaleplan from ../../../scaleplan.yaml; do not edit. Change the spec and run "scaleplan compile".',
    );
  });

  it('leaves files beside the environment directories alone', async () => {
    fs.mkdirSync(path.join(repo, 'overlays'));
    fs.writeFileSync(path.join(repo, 'overlays/README.md'), 'ours\n');
    await cli('compile');
    expect(fs.readFileSync(path.join(repo, 'overlays/README.md'), 'utf8')).toBe('ours\n');
  });

  it('compiles only the environments asked for with --env', async () => {
    fs.appendFileSync(
      path.join(repo, 'scaleplan.yaml'),
      '  environments:\n    staging: {namespace: web-staging}\n    production: {namespace: web}\n',
    );
    expect((await cli('compile', '--env', 'staging')).code).toBe(0);
    expect(fs.readdirSync(path.join(repo, 'overlays'))).toEqual(['staging']);
    const unknown = await cli('compile', '--env', 'prod');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'The spec scaleplan.yaml has no environment "prod"; it has production, staging.',
    );
  });
});

describe('compile --check', () => {
  it('passes on a fresh compile and writes nothing', async () => {
    await cli('compile');
    const before = snapshot(repo);
    const run = await cli('compile', '--check');
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe('overlays is up to date with scaleplan.yaml.\n');
    expect(snapshot(repo)).toEqual(before);
  });

  it('fails listing changed, missing and extra files, and writes nothing', async () => {
    await cli('compile');
    fs.appendFileSync(path.join(repo, 'overlays/default/web-hpa.yaml'), '# edit\n');
    fs.rmSync(path.join(repo, 'overlays/default/web-pdb.yaml'));
    // A generated file the spec no longer makes is extra; a file of the user's is not.
    fs.writeFileSync(
      path.join(repo, 'overlays/default/extra.yaml'),
      '# Generated by scaleplan from ../../scaleplan.yaml; do not edit.\nx: 1\n',
    );
    fs.writeFileSync(path.join(repo, 'overlays/default/mine.yaml'), 'x: 1\n');
    const before = snapshot(repo);
    const run = await cli('compile', '--check');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'overlays/default/extra.yaml (extra)',
        'overlays/default/web-hpa.yaml (changed)',
        'overlays/default/web-pdb.yaml (missing)',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toContain('3 files in overlays differ from what scaleplan.yaml compiles to');
    expect(snapshot(repo)).toEqual(before);
    await cli('compile');
    expect(fs.existsSync(path.join(repo, 'overlays/default/extra.yaml'))).toBe(false);
    expect(fs.readFileSync(path.join(repo, 'overlays/default/mine.yaml'), 'utf8')).toBe('x: 1\n');
  });

  it('fails when the spec changed since the overlays were written', async () => {
    await cli('compile');
    const spec = path.join(repo, 'scaleplan.yaml');
    fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('max: 10', 'max: 12'));
    const run = await cli('compile', '--check');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'overlays/default/RUNBOOK.md (changed)\noverlays/default/web-hpa.yaml (changed)\n',
    );
  });

  it('reports a generated environment the spec no longer has, and compile removes it', async () => {
    fs.appendFileSync(path.join(repo, 'scaleplan.yaml'), '  environments:\n    old: {}\n');
    await cli('compile');
    const spec = path.join(repo, 'scaleplan.yaml');
    fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('    old: {}', '    new: {}'));
    const run = await cli('compile', '--check');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('overlays/old/ (extra)\n');
    expect(run.stdout).toContain('overlays/new/kustomization.yaml (missing)\n');
    await cli('compile');
    expect(fs.readdirSync(path.join(repo, 'overlays'))).toEqual(['new']);
  });

  it('removes only the generated files of an environment the spec no longer has', async () => {
    fs.appendFileSync(path.join(repo, 'scaleplan.yaml'), '  environments:\n    old: {}\n');
    await cli('compile');
    fs.writeFileSync(path.join(repo, 'overlays/old/mine.yaml'), 'x: 1\n');
    const spec = path.join(repo, 'scaleplan.yaml');
    fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('    old: {}', '    new: {}'));
    expect((await cli('compile')).code).toBe(0);
    expect(snapshot(path.join(repo, 'overlays/old'))).toEqual({ 'mine.yaml': 'x: 1\n' });
  });
});

describe('a failed compile changes nothing', () => {
  it('leaves the old overlays untouched when the spec has errors (exit 2)', async () => {
    await cli('compile');
    const before = snapshot(repo);
    const spec = path.join(repo, 'scaleplan.yaml');
    fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('min: 2', 'min: 20'));
    const after = { ...before, 'scaleplan.yaml': fs.readFileSync(spec, 'utf8') };
    const run = await cli('compile');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'scaleplan: scaleplan.yaml:13:23: spec.workloads.web.replicas.min: min (20) is above max (10); the autoscaler needs min ≤ max.',
    );
    expect(run.stderr).toContain('nothing was written.');
    expect(snapshot(repo)).toEqual(after);
  });

  it('leaves the old files when writing fails before the renames', () => {
    const output = path.join(repo, 'overlays');
    fs.mkdirSync(path.join(output, 'default'), { recursive: true });
    fs.writeFileSync(path.join(output, 'default/kustomization.yaml'), 'old\n');
    // A file and a directory of the same name: the staging write fails half-way.
    const files = new Map([
      ['default/kustomization.yaml', 'new\n'],
      ['default/a', 'file\n'],
      ['default/a/b', 'under a file\n'],
    ]);
    expect(() =>
      writeOutput(files, { directory: output, environments: ['default'], complete: true }),
    ).toThrow();
    expect(snapshot(output)).toEqual({ 'default/kustomization.yaml': 'old\n' });
  });

  it('puts every old environment back when a rename fails half-way', () => {
    const output = path.join(repo, 'overlays');
    for (const environment of ['a', 'b']) {
      fs.mkdirSync(path.join(output, environment), { recursive: true });
      fs.writeFileSync(path.join(output, environment, 'old.yaml'), `old ${environment}\n`);
    }
    // Environment b's staged directory disappears before the renames, so moving it into
    // place fails after a has been swapped.
    const files = new Map([
      ['a/new.yaml', 'new a\n'],
      ['b/new.yaml', 'new b\n'],
    ]);
    const beforePublish = (): void => {
      const staging = fs.readdirSync(output).find((name) => name.startsWith('.scaleplan-staging-'));
      fs.rmSync(path.join(output, staging ?? '', 'new/b'), { recursive: true });
    };
    expect(() =>
      writeOutput(files, {
        directory: output,
        environments: ['a', 'b'],
        complete: false,
        beforePublish,
      }),
    ).toThrow();
    expect(snapshot(output)).toEqual({ 'a/old.yaml': 'old a\n', 'b/old.yaml': 'old b\n' });
  });
});

describe('paths that leave the repository are refused', () => {
  const outside = path.join(scratch.root, 'outside');

  it('an output directory outside the repository', async () => {
    const run = await cli('compile', '-o', '../outside-overlays');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is outside the repository');
    expect(fs.existsSync(path.join(scratch.root, 'outside-overlays'))).toBe(false);
  });

  it('an output directory that is a symlink out of the repository', async () => {
    fs.mkdirSync(outside, { recursive: true });
    fs.symlinkSync(outside, path.join(repo, 'overlays'));
    const run = await cli('compile');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('leads outside the repository through a symlink');
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('the repository root itself as output', async () => {
    const run = await cli('compile', '-o', '.');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is the repository root');
  });

  it('a base outside the repository, missing, a file, or without kustomization', async () => {
    const spec = path.join(repo, 'scaleplan.yaml');
    const text = fs.readFileSync(spec, 'utf8');
    const attempt = async (base: string): Promise<string> => {
      fs.writeFileSync(spec, text.replace('base: ./base', `base: ${base}`));
      const run = await cli('compile');
      expect(run.code).toBe(2);
      expect(fs.existsSync(path.join(repo, 'overlays'))).toBe(false);
      return run.stderr.split('\n')[0] ?? '';
    };
    expect(await attempt('../../etc')).toMatch(
      /^scaleplan: scaleplan\.yaml:7:9: spec\.base: the base "\.\.\/\.\.\/etc" is outside the repository/,
    );
    expect(await attempt('./nope')).toMatch(/spec\.base: the base "\.\/nope" does not exist/);
    expect(await attempt('./base/deployment.yaml')).toMatch(
      /is a file; overlays can only build from a Kustomize directory/,
    );
    fs.mkdirSync(path.join(repo, 'empty'));
    expect(await attempt('./empty')).toMatch(/has no kustomization\.yaml/);
  });

  it('a base that is a symlink out of the repository', async () => {
    fs.cpSync(path.join(repo, 'base'), path.join(outside, 'base'), { recursive: true });
    fs.rmSync(path.join(repo, 'base'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'base'), path.join(repo, 'base'));
    const run = await cli('compile');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a symlink to');
    expect(run.stderr).toContain('symlinks out of the repository are not followed');
  });

  it('a base whose kustomization builds from a directory outside the repository', async () => {
    fs.mkdirSync(path.join(outside, 'shared'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'shared/kustomization.yaml'), 'resources: []\n');
    const relative = path.relative(path.join(repo, 'base'), path.join(outside, 'shared'));
    fs.appendFileSync(path.join(repo, 'base/kustomization.yaml'), `  - ${relative}\n`);
    const run = await cli('compile');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the base builds from ${relative}`);
    expect(run.stderr).toContain('references out of the repository are not followed');
  });
});
