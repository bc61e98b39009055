import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { KustomizeSourceMap } from '../../src/load/kustomize/source-map.js';
import type { JsonObject } from '../../src/k8s/manifest.js';
import { SourceCache } from '../../src/load/kustomize/kustomization.js';
import { toLocation, type FieldPath, type LocateTarget } from '../../src/source/locate.js';
import { scratchSpace } from '../_utils.js';

// The source map without kubectl: the rendered objects are written out by hand (as
// `kubectl kustomize` renders them), the kustomizations are real files.

const scratch = scratchSpace('source-map');

function project(files: Record<string, string>): string {
  const directory = scratch.tree();
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    fs.writeFileSync(path.join(directory, file), text);
  }
  return directory;
}

interface Locate {
  (path: FieldPath, target?: LocateTarget): string;
  file: string;
}

/** A locator for one rendered object, answering `file:line:col` (`~` when approximate). */
function locator(
  root: string,
  overlay: string,
  rendered: string,
  origin: { file?: string; configuredIn?: string; generator?: string },
): Locate {
  const map = KustomizeSourceMap.build(path.join(root, overlay), new SourceCache(root));
  const resolved = map.locatorFor(parse(rendered) as JsonObject, {
    ...(origin.file ? { file: path.join(root, origin.file) } : {}),
    ...(origin.configuredIn ? { configuredIn: path.join(root, origin.configuredIn) } : {}),
    ...(origin.generator ? { generator: origin.generator } : {}),
  });
  if (!resolved) {
    throw new Error('the object was not resolved');
  }
  const locate = ((fieldPath: FieldPath, target: LocateTarget = 'value') => {
    const range = resolved.locate(fieldPath, target);
    if (!range) {
      return 'nowhere';
    }
    const location = toLocation(range);
    return `${location.file}:${location.line}:${location.column}${location.approximate ? ' ~' : ''}`;
  }) as Locate;
  locate.file = resolved.file.path;
  return locate;
}

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  labels: {tier: frontend}',
  'spec:',
  '  replicas: 2',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: registry.example.com/web:1.0',
  '          env:',
  '            - {name: A, value: "1"}',
  '',
].join('\n');

describe('KustomizeSourceMap', () => {
  it('maps inline block patches in a CRLF file line by line', () => {
    const root = project({
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': DEPLOYMENT,
      'overlay/kustomization.yaml': [
        'resources:',
        '  - ../base',
        'patches:',
        '  - patch: |',
        '      apiVersion: apps/v1',
        '      kind: Deployment',
        '      metadata:',
        '        name: web',
        '',
        '      spec:',
        '        minReadySeconds: 30',
        '',
      ].join('\r\n'),
    });
    const locate = locator(root, 'overlay', `${DEPLOYMENT}  minReadySeconds: 30\n`, {
      file: 'base/deployment.yaml',
    });
    expect(locate.file).toBe('base/deployment.yaml');
    expect(locate(['spec', 'minReadySeconds'])).toBe('overlay/kustomization.yaml:11:26');
    expect(locate(['spec', 'minReadySeconds'], 'key')).toBe('overlay/kustomization.yaml:11:9');
    expect(locate(['spec', 'replicas'])).toBe('base/deployment.yaml:7:13');
  });

  it('follows JSON 6902 pointers with escaped keys and appended items', () => {
    const root = project({
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': DEPLOYMENT,
      'overlay/kustomization.yaml': [
        'resources: [../base]',
        'patches:',
        '  - target: {kind: Deployment, labelSelector: "tier in (frontend,api)"}',
        '    path: ops.yaml',
        '',
      ].join('\n'),
      'overlay/ops.yaml': [
        '- op: add',
        '  path: /metadata/annotations',
        '  value: {}',
        '- op: add',
        '  path: /metadata/annotations/scaleplan.dev~1ignore',
        '  value: pdb-missing',
        '- op: add',
        '  path: /spec/template/spec/containers/0/env/-',
        '  value:',
        '    name: B',
        '    value: "2"',
        '- op: copy',
        '  from: /spec/replicas',
        '  path: /spec/minReadySeconds',
        '',
      ].join('\n'),
    });
    const rendered = `${DEPLOYMENT.replace('labels: {tier: frontend}', 'labels: {tier: frontend}\n  annotations: {scaleplan.dev/ignore: pdb-missing}').replace('- {name: A, value: "1"}', '- {name: A, value: "1"}\n            - {name: B, value: "2"}')}  minReadySeconds: 2\n`;
    const locate = locator(root, 'overlay', rendered, { file: 'base/deployment.yaml' });
    const env: FieldPath = ['spec', 'template', 'spec', 'containers', 0, 'env'];
    expect(locate(['metadata', 'annotations', 'scaleplan.dev/ignore'])).toBe(
      'overlay/ops.yaml:6:10',
    );
    expect(locate([...env, 1, 'value'])).toBe('overlay/ops.yaml:11:12');
    expect(locate([...env, 0, 'value'])).toBe('base/deployment.yaml:14:32');
    // A copied value comes from elsewhere: the operation, approximate.
    expect(locate(['spec', 'minReadySeconds'])).toBe('overlay/ops.yaml:14:9 ~');
  });

  it('attributes images to the images entry that produced them (newName, digest)', () => {
    const root = project({
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': DEPLOYMENT,
      'overlay/kustomization.yaml': [
        'resources: [../base]',
        'images:',
        '  - name: registry.example.com/web',
        '    newName: mirror.example.com/web',
        '    digest: sha256:0123',
        '  - name: busybox',
        '    newTag: "1.37"',
        '',
      ].join('\n'),
    });
    const rendered = DEPLOYMENT.replace(
      'registry.example.com/web:1.0',
      'mirror.example.com/web@sha256:0123',
    );
    const locate = locator(root, 'overlay', rendered, { file: 'base/deployment.yaml' });
    expect(locate(['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe(
      'overlay/kustomization.yaml:5:13',
    );
    expect(locate(['spec', 'template', 'spec', 'containers', 0, 'image'], 'key')).toBe(
      'overlay/kustomization.yaml:5:5',
    );
  });

  it('lets a later writer win, and checks values so a patch that did not win is passed over', () => {
    const root = project({
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': DEPLOYMENT,
      'mid/kustomization.yaml': [
        'resources: [../base]',
        'nameSuffix: -v2',
        'patches:',
        '  - path: replicas.yaml',
        '',
      ].join('\n'),
      'mid/replicas.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 5\n',
      'top/kustomization.yaml': 'resources: [../mid]\nreplicas:\n  - name: web-v2\n    count: 7\n',
    });
    const seven = DEPLOYMENT.replace('name: web\n', 'name: web-v2\n').replace(
      'replicas: 2',
      'replicas: 7',
    );
    expect(
      locator(root, 'top', seven, { file: 'base/deployment.yaml' })(['spec', 'replicas']),
    ).toBe('top/kustomization.yaml:4:12');
    // Had `replicas:` not applied (say the render said 5), the middle patch spells it.
    const five = seven.replace('replicas: 7', 'replicas: 5');
    expect(locator(root, 'top', five, { file: 'base/deployment.yaml' })(['spec', 'replicas'])).toBe(
      'mid/replicas.yaml:6:13',
    );
    // A value no source spells: the last writer of the field, approximate.
    const nine = seven.replace('replicas: 7', 'replicas: 9');
    expect(locator(root, 'top', nine, { file: 'base/deployment.yaml' })(['spec', 'replicas'])).toBe(
      'top/kustomization.yaml:4:12 ~',
    );
    // The suffixed name is still the base's name.
    expect(
      locator(root, 'top', seven, { file: 'base/deployment.yaml' })(['metadata', 'name']),
    ).toBe('base/deployment.yaml:4:9');
  });

  it('resolves fields nobody spells to the nearest ancestor, preferring the base', () => {
    const root = project({
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': DEPLOYMENT,
      'overlay/kustomization.yaml':
        'resources: [../base]\npatches:\n  - patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: web}\n      spec:\n        template:\n          spec:\n            containers:\n              - name: web\n                resources: {limits: {cpu: "1"}}\n',
    });
    const rendered = DEPLOYMENT.replace(
      '          env:',
      '          resources: {limits: {cpu: "1"}}\n          env:',
    );
    const locate = locator(root, 'overlay', rendered, { file: 'base/deployment.yaml' });
    const container: FieldPath = ['spec', 'template', 'spec', 'containers', 0];
    // Deeper in the patch than in the base: the patch's `limits`.
    expect(locate([...container, 'resources', 'limits', 'memory'])).toBe(
      'overlay/kustomization.yaml:12:29 ~',
    );
    // Equally deep in both: the base.
    expect(locate([...container, 'securityContext'])).toBe('base/deployment.yaml:11:11 ~');
    expect(locate(['spec', 'template', 'spec', 'priorityClassName'])).toBe(
      'base/deployment.yaml:9:5 ~',
    );
  });

  it('points generated objects at their generator entry, through prefixes and the hash', () => {
    const root = project({
      'base/kustomization.yaml': [
        'configMapGenerator:',
        '  - name: settings',
        '    literals:',
        '      - MODE=fast',
        '    files:',
        '      - config.json',
        '',
      ].join('\n'),
      'base/config.json': '{}',
      'overlay/kustomization.yaml': 'resources: [../base]\nnamePrefix: prod-\n',
    });
    const locate = locator(
      root,
      'overlay',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: prod-settings-5fkg8h7g2b\ndata:\n  MODE: fast\n  config.json: "{}"\n',
      { configuredIn: 'base/kustomization.yaml', generator: 'ConfigMapGenerator' },
    );
    expect(locate.file).toBe('base/kustomization.yaml');
    expect(locate(['metadata', 'name'])).toBe('base/kustomization.yaml:2:11');
    expect(locate(['data', 'MODE'])).toBe('base/kustomization.yaml:4:9');
    expect(locate(['data', 'config.json'])).toBe('base/kustomization.yaml:6:9 ~');
    expect(locate(['metadata', 'labels'])).toBe('base/kustomization.yaml:2:11 ~');
  });
});
