import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScaleplanError } from '../../src/errors.js';
import { collectInputs, type Input } from '../../src/load/inputs.js';
import { scratchSpace } from '../_utils.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = scratchSpace('inputs');
afterEach(() => vi.restoreAllMocks());

/** Writes files (path → text) under a fresh directory and returns it. */
function tree(files: Record<string, string>): string {
  const directory = scratch.tree();
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    fs.writeFileSync(path.join(directory, file), text);
  }
  return directory;
}

function shown(inputs: readonly Input[]): string[] {
  return inputs.map((input) => `${input.kind} ${input.displayPath}`);
}

function collect(operands: string[], cwd: string, ignore?: string[]): string[] {
  return shown(collectInputs(operands, { cwd, ...(ignore ? { ignore, ignoreBase: cwd } : {}) }));
}

const MANIFEST = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';

describe('collectInputs', () => {
  it('finds .yaml, .yml and .json files recursively, in name order', () => {
    expect(collect(['fixtures/inputs/mixed'], ROOT)).toEqual([
      'file fixtures/inputs/mixed/hpa.json',
      'file fixtures/inputs/mixed/list.yml',
      'file fixtures/inputs/mixed/multi.yaml',
      'file fixtures/inputs/mixed/nested/deep/deployments.yaml',
      'file fixtures/inputs/mixed/values.yaml',
    ]);
  });

  it('keeps operand order, reads each file once, and takes - for stdin', () => {
    expect(
      collect(
        [
          'fixtures/inputs/mixed/multi.yaml',
          '-',
          'fixtures/inputs/mixed/list.yml',
          './fixtures/inputs/mixed/multi.yaml',
          '-',
        ],
        ROOT,
      ),
    ).toEqual([
      'file fixtures/inputs/mixed/multi.yaml',
      'stdin <stdin>',
      'file fixtures/inputs/mixed/list.yml',
    ]);
  });

  it('skips node_modules and .git', () => {
    const directory = tree({
      'app.yaml': MANIFEST,
      'node_modules/chart/app.yaml': MANIFEST,
      '.git/hooks/app.yaml': MANIFEST,
      'sub/node_modules/x.yaml': MANIFEST,
      '.github/workflows/ci.yaml': 'on: push\n',
    });
    expect(collect(['.'], directory)).toEqual(['file .github/workflows/ci.yaml', 'file app.yaml']);
  });

  it('follows symlinks without looping, and reads a file reached twice once', () => {
    const directory = tree({ 'apps/web.yaml': MANIFEST });
    fs.symlinkSync('..', path.join(directory, 'apps', 'loop'));
    fs.symlinkSync(path.join(directory, 'apps'), path.join(directory, 'alias'));
    fs.symlinkSync('web.yaml', path.join(directory, 'apps', 'same.yaml'));
    fs.symlinkSync('missing.yaml', path.join(directory, 'apps', 'dangling.yaml'));
    expect(collect(['.'], directory)).toEqual(['file apps/web.yaml']);
  });

  it('expands minimatch globs, and says when nothing matches', () => {
    expect(collect(['fixtures/inputs/mixed/**/*.yaml'], ROOT)).toEqual([
      'file fixtures/inputs/mixed/multi.yaml',
      'file fixtures/inputs/mixed/nested/deep/deployments.yaml',
      'file fixtures/inputs/mixed/values.yaml',
    ]);
    expect(collect(['fixtures/inputs/mixed/*.{json,yml}'], ROOT)).toEqual([
      'file fixtures/inputs/mixed/hpa.json',
      'file fixtures/inputs/mixed/list.yml',
    ]);
    expect(() => collect(['fixtures/inputs/mixed/*.toml'], ROOT)).toThrow(
      'No files match the pattern "fixtures/inputs/mixed/*.toml".',
    );
  });

  it('reports a missing operand as an input error', () => {
    try {
      collect(['no/such/file.yaml'], ROOT);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ScaleplanError);
      expect((error as ScaleplanError).code).toBe('INPUT_NOT_FOUND');
      expect((error as ScaleplanError).message).toBe(
        'No such file or directory: no/such/file.yaml',
      );
    }
  });

  it('leaves out what the config ignores, explicit operands included', () => {
    const directory = tree({
      'app.yaml': MANIFEST,
      'vendor/chart/a.yaml': MANIFEST,
      'generated/b.yaml': MANIFEST,
      'tests/c.fixture.yaml': MANIFEST,
    });
    const ignore = ['vendor/**', 'generated/', '**/*.fixture.yaml'];
    expect(collect(['.'], directory, ignore)).toEqual(['file app.yaml']);
    expect(collect(['vendor/chart/a.yaml', 'generated', 'app.yaml'], directory, ignore)).toEqual([
      'file app.yaml',
    ]);
  });

  it('renders leaf kustomizations of a directory, not the bases and components they use', () => {
    const directory = tree({
      'base/kustomization.yaml': '# the base\nresources: [deployment.yaml]\n',
      'base/deployment.yaml': MANIFEST,
      'components/gpu/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
      'overlays/prod/kustomization.yaml':
        'resources:\n  - "../../base"   # quoted, with a comment\n  - ../../shared/extra.yaml\ncomponents: [../../components/gpu]\n',
      'overlays/staging/Kustomization': 'bases:\n- ../../base\n',
      'shared/extra.yaml': MANIFEST,
      'shared/own.yaml': MANIFEST,
      'standalone/kustomization.yml': 'resources: [cm.yaml]\n',
      'standalone/cm.yaml': MANIFEST,
    });
    expect(collect(['.'], directory)).toEqual([
      // shared/extra.yaml is part of overlays/prod's render; shared/own.yaml is not.
      'file shared/own.yaml',
      'kustomize overlays/prod',
      'kustomize overlays/staging',
      'kustomize standalone',
    ]);
  });

  it('renders a named kustomization directory or file as it is, and keeps roots of a cycle', () => {
    const directory = tree({
      'base/kustomization.yaml': 'resources: [cm.yaml]\n',
      'base/cm.yaml': MANIFEST,
      'a/kustomization.yaml': 'resources: [../b]\n',
      'b/kustomization.yaml': 'resources: [../a]\n',
    });
    expect(collect(['base'], directory)).toEqual(['kustomize base']);
    expect(collect(['base/kustomization.yaml'], directory)).toEqual(['kustomize base']);
    // Kustomize rejects the cycle itself; scaleplan renders both so it can say so.
    expect(collect(['a', 'b'], directory)).toEqual(['kustomize a', 'kustomize b']);
    const cycle = tree({
      'a/kustomization.yaml': 'resources: [../b]\n',
      'b/kustomization.yaml': 'resources: [../a]\n',
    });
    expect(collect(['.'], cycle)).toEqual(['kustomize a', 'kustomize b']);
  });

  it('stops with the directory when one cannot be read', () => {
    const directory = tree({ 'ok/app.yaml': MANIFEST, 'locked/app.yaml': MANIFEST });
    const readdir = fs.readdirSync;
    vi.spyOn(fs, 'readdirSync').mockImplementation(((target: fs.PathLike, options: unknown) => {
      if (String(target).endsWith('locked')) {
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(target)}'`), {
          code: 'EACCES',
        });
      }
      return (readdir as (target: fs.PathLike, options: unknown) => unknown)(target, options);
    }) as typeof fs.readdirSync);
    try {
      collect(['.'], directory);
      throw new Error('accepted');
    } catch (error) {
      expect((error as ScaleplanError).code).toBe('INPUT_UNREADABLE');
      expect((error as ScaleplanError).message).toBe(
        `Cannot read directory ${path.join(directory, 'locked')}: EACCES (permission denied, scandir '${path.join(directory, 'locked')}')`,
      );
    }
  });

  it('rejects operands that are neither files nor directories', () => {
    expect(() => collect(['/dev/null'], ROOT)).toThrow(
      '/dev/null is neither a file nor a directory, so it cannot be linted.',
    );
  });
});
