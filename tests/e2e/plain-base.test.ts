import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSpec } from '../../bench/generate.js';
import { plainResourceFiles, readBase } from '../../src/compile/read-base.js';
import { scratchSpace } from '../_utils.js';

// A base whose kustomization only lists files is read directly instead of rendered; the
// compiler must see exactly what it sees when Kustomize renders the same base.

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = scratchSpace('plain-base');

function copyBase(from: string, name: string): string {
  const directory = path.join(scratch.root, name);
  fs.cpSync(from, directory, { recursive: true });
  return directory;
}

/** The same base with one more field (Kustomize's default order), so Kustomize renders it. */
function renderedTwin(directory: string): string {
  const twin = `${directory}-rendered`;
  fs.cpSync(directory, twin, { recursive: true });
  fs.appendFileSync(path.join(twin, 'kustomization.yaml'), '\nsortOptions:\n  order: legacy\n');
  return twin;
}

async function read(directory: string): ReturnType<typeof readBase> {
  return readBase({ directory }, { cwd: scratch.root, env: process.env, display: './base' });
}

describe('plain bases', () => {
  const bench = path.join(scratch.root, 'bench');
  writeSpec(bench, { workloads: 30, environments: ['production'] });
  const cases: Record<string, string> = {
    'minimal spec': copyBase(path.join(ROOT, 'fixtures/specs/minimal/base'), 'minimal'),
    'full spec': copyBase(path.join(ROOT, 'fixtures/specs/full/base'), 'full'),
    'benchmark spec': path.join(bench, 'base'),
  };

  it.each(Object.entries(cases))(
    'the %s base reads the same directly as rendered by Kustomize',
    async (_name, directory) => {
      expect(plainResourceFiles(directory)?.length).toBeGreaterThan(0);
      const twin = renderedTwin(directory);
      expect(plainResourceFiles(twin)).toBeUndefined();
      const direct = await read(directory);
      const rendered = await read(twin);
      expect(direct.problems).toEqual([]);
      expect(direct).toEqual(rendered);
    },
  );

  it('renders every base that is more than a list of files', () => {
    const base = (name: string, kustomization: string, files: Record<string, string> = {}) => {
      const directory = path.join(scratch.root, 'shapes', name);
      fs.mkdirSync(directory, { recursive: true });
      fs.writeFileSync(path.join(directory, 'kustomization.yaml'), kustomization);
      for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
        fs.writeFileSync(path.join(directory, file), text);
      }
      return directory;
    };
    const object = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n';
    expect(
      plainResourceFiles(base('plain', 'resources: [a.yaml]\n', { 'a.yaml': object })),
    ).toEqual([path.join(scratch.root, 'shapes/plain/a.yaml')]);
    expect(plainResourceFiles(base('empty', 'kind: Kustomization\n'))).toEqual([]);
    expect(plainResourceFiles(base('blank', ''))).toBeUndefined();
    for (const [name, kustomization, files] of [
      ['labels', 'labels: [{pairs: {a: b}}]\nresources: [a.yaml]\n', { 'a.yaml': object }],
      ['namespace', 'namespace: x\nresources: [a.yaml]\n', { 'a.yaml': object }],
      ['directory', 'resources: [sub]\n', { 'sub/kustomization.yaml': 'resources: []\n' }],
      ['outside', 'resources: [../plain/a.yaml]\n', {}],
      ['remote', 'resources: [https://example.com/a.yaml]\n', {}],
      ['missing', 'resources: [nothere.yaml]\n', {}],
      ['not a list', 'resources: a.yaml\n', { 'a.yaml': object }],
      ['component', 'kind: Component\nresources: [a.yaml]\n', { 'a.yaml': object }],
      ['not yaml', 'resources: [a.yaml\n', { 'a.yaml': object }],
    ] as const) {
      expect(plainResourceFiles(base(name, kustomization, files)), name).toBeUndefined();
    }
  });

  it('leaves what Kustomize refuses to Kustomize, so its message reaches the user', async () => {
    const directory = path.join(scratch.root, 'duplicate');
    fs.mkdirSync(directory, { recursive: true });
    const object = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: same}\n';
    fs.writeFileSync(path.join(directory, 'a.yaml'), object);
    fs.writeFileSync(path.join(directory, 'b.yaml'), object);
    fs.writeFileSync(path.join(directory, 'kustomization.yaml'), 'resources: [a.yaml, b.yaml]\n');
    expect(plainResourceFiles(directory)).toHaveLength(2);
    await expect(read(directory)).rejects.toMatchObject({
      code: 'KUSTOMIZE_FAILED',
      message: expect.stringMatching(/already registered id/) as unknown,
    });

    const nameless = path.join(scratch.root, 'nameless');
    fs.mkdirSync(nameless, { recursive: true });
    fs.writeFileSync(path.join(nameless, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\n');
    fs.writeFileSync(path.join(nameless, 'kustomization.yaml'), 'resources: [a.yaml]\n');
    await expect(read(nameless)).rejects.toMatchObject({ code: 'KUSTOMIZE_FAILED' });
  });
});
