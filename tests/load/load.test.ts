import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScaleplanError } from '../../src/errors.js';
import { loadInputs, type LoadedSet } from '../../src/load/load.js';
import type { Manifest } from '../../src/k8s/manifest.js';
import { collectInputs } from '../../src/load/inputs.js';
import { toLocation, type FieldPath } from '../../src/source/locate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
afterEach(() => vi.restoreAllMocks());

async function load(operands: string[], stdin = ''): Promise<LoadedSet[]> {
  return loadInputs(collectInputs(operands, { cwd: ROOT }), {
    cwd: ROOT,
    defaultNamespace: 'default',
    env: {},
    readStdin: () => Promise.resolve(stdin),
  });
}

/** `file:line:col-endLine:endCol` and the exact text of a field's byte range. */
function field(manifest: Manifest, fieldPath: FieldPath): { at: string; text: string } {
  const range = manifest.locate(fieldPath);
  if (!range) {
    throw new Error(`${manifest.toString()} has no ${fieldPath.join('.')}`);
  }
  const location = toLocation(range);
  return {
    at: `${location.file}:${location.line}:${location.column}-${location.endLine}:${location.endColumn}`,
    text: range.file.text.slice(range.start, range.end),
  };
}

describe('loadInputs', () => {
  it('reads multi-document files, Lists (any *List) and JSON; every object keeps its file and field ranges', async () => {
    const [set] = await load(['fixtures/inputs/mixed']);
    expect(set?.label).toBe('files');
    expect(set?.manifests.map((manifest) => `${manifest.kind}/${manifest.name}`)).toEqual([
      'HorizontalPodAutoscaler/worker',
      'ConfigMap/settings',
      'HorizontalPodAutoscaler/api',
      'Deployment/web',
      'HorizontalPodAutoscaler/web',
      'Deployment/api',
    ]);
    expect(set?.skippedDocuments).toBe(1);
    expect(set?.problems).toEqual([]);
    const byKey = (kind: string, name: string): Manifest => {
      const found = set?.manifests.find((entry) => entry.kind === kind && entry.name === name);
      if (!found) {
        throw new Error(`${kind}/${name} was not loaded`);
      }
      return found;
    };
    const mixed = 'fixtures/inputs/mixed';
    // JSON: positions inside the JSON text.
    expect(field(byKey('HorizontalPodAutoscaler', 'worker'), ['spec', 'minReplicas'])).toEqual({
      at: `${mixed}/hpa.json:7:20-7:21`,
      text: '7',
    });
    // A List item: its fields, not the List's.
    const api = byKey('HorizontalPodAutoscaler', 'api');
    expect(api.basePath).toEqual(['items', 1]);
    expect(field(api, ['spec', 'maxReplicas'])).toEqual({
      at: `${mixed}/list.yml:17:20-17:21`,
      text: '3',
    });
    expect(
      field(byKey('Deployment', 'api'), ['spec', 'template', 'spec', 'containers', 0, 'image']),
    ).toEqual({
      at: `${mixed}/nested/deep/deployments.yaml:17:22-17:34`,
      text: 'busybox:1.36',
    });
    // The second object of a file with an empty document between.
    const web = byKey('HorizontalPodAutoscaler', 'web');
    expect(web.documentOrdinal).toBe(1);
    expect(field(web, ['spec', 'scaleTargetRef'])).toEqual({
      at: `${mixed}/multi.yaml:24:19-24:69`,
      text: '{apiVersion: apps/v1, kind: Deployment, name: web}',
    });
    expect(field(byKey('Deployment', 'web'), ['spec', 'replicas'])).toEqual({
      at: `${mixed}/multi.yaml:7:13-7:14`,
      text: '3',
    });
  });

  it('keeps broken documents as problems at their line and still loads the other files', async () => {
    const [set] = await load(['fixtures/inputs/broken']);
    expect(
      set?.problems.map((problem) => {
        const location = toLocation(problem.range);
        return `${problem.kind} ${location.file}:${location.line}:${location.column} ${problem.message}`;
      }),
    ).toEqual([
      'syntax fixtures/inputs/broken/broken.yaml:6:8 Missing closing "quote.',
      'not-an-object fixtures/inputs/broken/not-an-object.yaml:1:1 The document has kind "Deployment" but no apiVersion.',
      'not-an-object fixtures/inputs/broken/not-an-object.yaml:7:1 metadata must be a map.',
    ]);
    expect(set?.manifests.map((manifest) => `${manifest.file.path} ${manifest.kind}`)).toEqual([
      'fixtures/inputs/broken/hpa.yaml HorizontalPodAutoscaler',
    ]);
  });

  it('reads stdin as <stdin>', async () => {
    const [set] = await load(
      ['-'],
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: web}\n',
    );
    expect(
      set?.manifests.map((manifest) => `${manifest.file.path} ${manifest.kind}/${manifest.name}`),
    ).toEqual(['<stdin> Service/web']);
    expect(set?.manifests[0] && field(set.manifests[0], ['metadata', 'name'])).toEqual({
      at: '<stdin>:6:20-6:23',
      text: 'web',
    });
  });

  it('stops with the path when a file cannot be read (exit 2)', async () => {
    const read = fs.readFileSync;
    vi.spyOn(fs, 'readFileSync').mockImplementation(((
      file: fs.PathOrFileDescriptor,
      options: unknown,
    ) => {
      if (String(file).endsWith('list.yml')) {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      }
      return (read as (file: fs.PathOrFileDescriptor, options: unknown) => unknown)(file, options);
    }) as typeof fs.readFileSync);
    const failure = await load(['fixtures/inputs/mixed']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ScaleplanError);
    expect((failure as ScaleplanError).code).toBe('INPUT_UNREADABLE');
    expect((failure as ScaleplanError).message).toBe(
      'Cannot read fixtures/inputs/mixed/list.yml: permission denied (EACCES).',
    );
  });
});
