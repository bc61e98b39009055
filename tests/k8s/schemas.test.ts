import { describe, expect, it } from 'vitest';
import { checkObject, hasSchema, loadSchemas, schemaSource } from '../../src/k8s/schemas.js';
import { closestName } from '../../src/shared/closest.js';
import { describeValue, fieldName } from '../../src/shared/schema-wording.js';
import type { JsonObject } from '../../src/k8s/manifest.js';

function typed(object: JsonObject) {
  return {
    apiVersion: String(object.apiVersion),
    kind: String(object.kind),
    object,
  };
}

const OPTIONS = { unknownFields: true, limit: 10 };

describe('schema index', () => {
  it('covers the kinds scaleplan rules and compiler touch, and the CRDs it knows', () => {
    for (const [apiVersion, kind] of [
      ['apps/v1', 'Deployment'],
      ['apps/v1', 'StatefulSet'],
      ['autoscaling/v2', 'HorizontalPodAutoscaler'],
      ['policy/v1', 'PodDisruptionBudget'],
      ['v1', 'ResourceQuota'],
      ['v1', 'LimitRange'],
      ['scheduling.k8s.io/v1', 'PriorityClass'],
      ['networking.k8s.io/v1', 'Ingress'],
      ['autoscaling.k8s.io/v1', 'VerticalPodAutoscaler'],
      ['monitoring.coreos.com/v1', 'ServiceMonitor'],
      ['monitoring.coreos.com/v1', 'PrometheusRule'],
      ['keda.sh/v1alpha1', 'ScaledObject'],
    ]) {
      expect(
        hasSchema({ apiVersion: apiVersion ?? '', kind: kind ?? '' }),
        `${apiVersion} ${kind}`,
      ).toBe(true);
    }
    expect(schemaSource({ apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject' })).toBe('crd');
    expect(schemaSource({ apiVersion: 'v1', kind: 'Service' })).toBe('kubernetes');
    expect(hasSchema({ apiVersion: 'example.com/v1', kind: 'Widget' })).toBe(false);
  });

  it('refuses to check a kind whose validator was not loaded (a caller bug)', () => {
    expect(() =>
      checkObject(
        typed({ apiVersion: 'node.k8s.io/v1', kind: 'RuntimeClass', handler: 'runc' }),
        OPTIONS,
      ),
    ).toThrow(/was not loaded/);
  });

  it('returns undefined for kinds without a schema', () => {
    expect(
      checkObject(typed({ apiVersion: 'example.com/v1', kind: 'Widget' }), OPTIONS),
    ).toBeUndefined();
  });
});

describe('checkObject', () => {
  it('reports one problem per field, the most useful error of a oneOf', async () => {
    const object = typed({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'web' },
      spec: { maxUnavailable: { value: 1 }, minAvailable: '50%' },
    });
    await loadSchemas([object]);
    const problems = checkObject(object, OPTIONS) ?? [];
    expect(problems.map((problem) => [problem.kind, problem.field, problem.data.expected])).toEqual(
      [['invalidType', 'spec.maxUnavailable', 'a whole number or a string']],
    );
  });

  it('does not report unknown fields inside free-form values', async () => {
    const object = typed({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        names: { kind: 'Widget', plural: 'widgets' },
        scope: 'Namespaced',
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: {
              openAPIV3Schema: {
                type: 'object',
                'x-kubernetes-preserve-unknown-fields': true,
                properties: { spec: { type: 'object', default: { anything: 1 } } },
              },
            },
          },
        ],
      },
    });
    await loadSchemas([object]);
    expect(checkObject(object, OPTIONS)).toEqual([]);
  });

  it('reports input too deep for the recursive validators instead of crashing', async () => {
    let schema: JsonObject = { type: 'string' };
    for (let depth = 0; depth < 100_000; depth++) {
      schema = { type: 'object', properties: { a: schema } };
    }
    const object = typed({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'deep.example.com' },
      spec: {
        group: 'example.com',
        names: { kind: 'Deep', plural: 'deeps' },
        scope: 'Namespaced',
        versions: [
          { name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: schema } },
        ],
      },
    });
    await loadSchemas([object]);
    expect(
      checkObject(object, OPTIONS)?.map((problem) => [problem.kind, problem.data.detail]),
    ).toEqual([['invalid', 'it is nested too deeply to validate']]);
  });

  it('keeps the first problems in document order when capped', async () => {
    const object = typed({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'a', zeta: 1, alpha: 2 },
      data: 5,
    });
    await loadSchemas([object]);
    expect(
      (checkObject(object, { unknownFields: true, limit: 2 }) ?? []).map(
        (problem) => problem.field,
      ),
    ).toEqual(['metadata.zeta', 'metadata.alpha']);
  });
});

describe('message helpers', () => {
  it('names fields as kubectl explain does', () => {
    expect(fieldName(['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe(
      'spec.template.spec.containers[0].image',
    );
    expect(fieldName(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe(
      'metadata.labels["app.kubernetes.io/name"]',
    );
    expect(fieldName([])).toBe('(the object)');
    const deep = [
      'spec',
      'versions',
      0,
      'schema',
      ...Array<string>(20).fill('properties'),
      'a',
      'type',
    ];
    expect(fieldName(deep)).toBe('spec.versions[0].schema.….properties.properties.a.type');
  });

  it('describes values', () => {
    expect(describeValue('two')).toBe('"two"');
    expect(describeValue(3)).toBe('3');
    expect(describeValue(null)).toBe('empty');
    expect(describeValue([])).toBe('a list');
    expect(describeValue({})).toBe('a map');
    expect(describeValue('x'.repeat(60))).toMatch(/^"x{37}\.\.\."$/);
  });

  it('suggests the closest known name', () => {
    expect(closestName('replica', ['replicas', 'selector'])).toBe('replicas');
    expect(closestName('minreplicas', ['minReplicas', 'maxReplicas'])).toBe('minReplicas');
    expect(closestName('foo', ['replicas', 'selector'])).toBeUndefined();
    expect(closestName('ab', ['ac'])).toBeUndefined();
  });
});
