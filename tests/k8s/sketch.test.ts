/**
 * Sketches (src/k8s/manifest.ts sketchOf): a deferred object answers a sketched field from
 * its sketch alone, with exactly what the decoded object gives, on every object of the
 * fixture trees and on objects of odd shapes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DeferredObject,
  identityOf,
  Manifest,
  sketchedPaths,
  sketchOf,
  type JsonObject,
} from '../../src/k8s/manifest.js';
import { CORE_WORKLOAD_KINDS, podTemplatePath } from '../../src/k8s/workloads.js';
import { parseSourceFile } from '../../src/source/parse.js';
import { SourceFile } from '../../src/source/source-file.js';
import type { FieldPath } from '../../src/source/locate.js';
import { ROOT, yamlFilesUnder } from '../_utils.js';

const file = new SourceFile('sketch.yaml', '');

/** The object as the cache serves it: deferred, counting how often its content is decoded. */
function deferred(object: JsonObject): { manifest: Manifest; decodes: () => number } {
  let decodes = 0;
  const identity = identityOf(object);
  const sketch = sketchOf(object);
  const text = sketch === undefined ? undefined : JSON.stringify(sketch);
  const content = {
    objectAt: () => {
      decodes++;
      return object;
    },
    sketchAt: () => (text === undefined ? undefined : (JSON.parse(text) as JsonObject)),
  };
  const manifest = new Manifest(
    new DeferredObject(
      identity.apiVersion,
      identity.kind,
      identity.name,
      identity.namespace,
      content,
      0,
      text === undefined ? -1 : 0,
    ),
    file,
    0,
    [],
    'default',
  );
  return { manifest, decodes: () => decodes };
}

/** The sketched paths of the object's kind, and paths below and beside them. */
function probes(object: JsonObject): FieldPath[] {
  const probes: FieldPath[] = [];
  for (const prefix of sketchedPaths(String(object.kind)) ?? []) {
    probes.push([...prefix], [...prefix, 'no-such-field'], [...prefix, 0]);
    const value = new Manifest(object, file, 0, [], 'default').get(prefix);
    if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        probes.push([...prefix, Array.isArray(value) ? Number(key) : key]);
      }
    }
  }
  return probes;
}

function expectSketchAnswers(object: JsonObject): void {
  const loaded = new Manifest(object, file, 0, [], 'default');
  const { manifest, decodes } = deferred(object);
  for (const probe of probes(object)) {
    expect(manifest.get(probe), `${loaded.toString()} ${probe.join('.')}`).toEqual(
      loaded.get(probe),
    );
  }
  expect(decodes(), loaded.toString()).toBe(0);
  if (object.kind === 'Service') {
    expect(manifest.labels).toEqual(loaded.labels);
    expect(decodes()).toBe(0);
  }
}

describe('object sketches', () => {
  it('answer every sketched field of the fixture trees as the decoded object does', () => {
    let sketched = 0;
    for (const tree of ['fixtures/real', 'fixtures/examples', 'fixtures/rules']) {
      for (const yamlFile of yamlFilesUnder(path.join(ROOT, tree))) {
        const source = new SourceFile(yamlFile, fs.readFileSync(yamlFile, 'utf8'));
        for (const { value } of parseSourceFile(source).documents) {
          if (
            typeof value !== 'object' ||
            value === null ||
            Array.isArray(value) ||
            typeof (value as JsonObject).kind !== 'string' ||
            !sketchedPaths((value as JsonObject).kind as string)
          ) {
            continue;
          }
          expectSketchAnswers(value as JsonObject);
          sketched++;
        }
      }
    }
    // The trees hold workloads, Services, autoscalers and PDBs by the hundred.
    expect(sketched).toBeGreaterThan(300);
  });

  it('answer for odd shapes: no spec, a spec that is not a map, null and scalar fields', () => {
    const shapes: JsonObject[] = [
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'a' } },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'a' }, spec: [] },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'a' }, spec: 'x' },
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'a' },
        spec: { replicas: null, ordinals: { start: 2 }, template: { metadata: null } },
      },
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'a' },
        spec: { jobTemplate: { spec: { template: { metadata: { labels: { a: 1 } } } } } },
      },
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a', labels: ['x'] } },
      { apiVersion: 'v1', kind: 'Service', metadata: 'x' },
      {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: 'a' },
        spec: { selector: {}, minAvailable: 1 },
      },
      {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'a' },
        spec: { scaleTargetRef: { kind: 'Deployment', name: 'a' }, maxReplicas: '3' },
      },
      {
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'ScaledObject',
        metadata: { name: 'a' },
        spec: { scaleTargetRef: { name: 'a' }, minReplicaCount: 0 },
      },
    ];
    shapes.forEach(expectSketchAnswers);
  });

  it('decode the object for a field outside the sketch', () => {
    const object: JsonObject = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'a' },
      spec: { selector: { matchLabels: { app: 'a' } }, minAvailable: 1 },
    };
    const { manifest, decodes } = deferred(object);
    expect(manifest.get(['spec', 'selector', 'matchLabels', 'app'])).toBe('a');
    expect(decodes()).toBe(0);
    expect(manifest.get(['spec', 'minAvailable'])).toBe(1);
    expect(manifest.get(['spec'])).toEqual(object.spec);
    expect(decodes()).toBe(1);
  });

  it('cover the pod template labels, replicas and ordinals of every core workload kind', () => {
    for (const kind of CORE_WORKLOAD_KINDS) {
      const template = podTemplatePath(kind);
      if (template === undefined) {
        continue; // A Pod is its own template; its labels are read from the object.
      }
      const paths = (sketchedPaths(kind) ?? []).map((entry) => entry.join('.'));
      expect(paths, kind).toEqual(
        expect.arrayContaining([
          [...template, 'metadata', 'labels'].join('.'),
          'spec.replicas',
          'spec.ordinals',
        ]),
      );
    }
  });
});
