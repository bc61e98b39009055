import { describe, expect, it, vi } from 'vitest';
import { SCHEMAS } from '../../src/generated/schema-index.js';
import { checkObject, loadSchemas } from '../../src/k8s/schemas.js';
import type { JsonObject } from '../../src/k8s/manifest.js';

/** A service of the shape the benchmark generates: Deployment, Service, HPA, PDB, ServiceMonitor. */
function service(index: number): JsonObject[] {
  const name = `svc-${index}`;
  const namespace = `team-${index % 20}`;
  const labels = { app: name, tier: 'web' };
  const metadata = { name, namespace, labels };
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata,
      spec: {
        selector: { matchLabels: labels },
        strategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' } },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: 'app',
                image: `registry.example.com/${name}:1.${index % 7}`,
                ports: [{ name: 'http', containerPort: 8080 }],
                resources: {
                  requests: { cpu: '250m', memory: '256Mi' },
                  limits: { memory: index % 50 === 0 ? '512 MB' : '512Mi' },
                },
                readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata,
      spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: index % 100 === 0 ? 'two' : 2,
        maxReplicas: 10,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
          },
        ],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
      },
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata,
      spec: { maxUnavailable: 1, selector: { matchLabels: labels } },
    },
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata,
      spec: { selector: { matchLabels: labels }, endpoints: [{ port: 'http', interval: '30s' }] },
    },
  ];
}

describe('schema checks at scale', () => {
  it('checks 10,000 objects quickly, loading each validator once', async () => {
    const objects = Array.from({ length: 2000 }, (_, index) => service(index))
      .flat()
      .map((object) => ({
        apiVersion: String(object.apiVersion),
        kind: String(object.kind),
        object,
      }));
    expect(objects).toHaveLength(10_000);
    const loads = Object.values(SCHEMAS).map((entry) => vi.spyOn(entry, 'load'));

    const start = performance.now();
    await loadSchemas(objects);
    await loadSchemas(objects); // a second set of the same kinds loads nothing
    let problems = 0;
    for (const object of objects) {
      problems += checkObject(object, { unknownFields: true, limit: 10 })?.length ?? 0;
    }
    const elapsed = performance.now() - start;

    // Every 50th limit and every 100th minReplicas is wrong.
    expect(problems).toBe(40 + 20);
    expect(loads.reduce((sum, spy) => sum + spy.mock.calls.length, 0)).toBe(5);
    // Generous: about 0.2 s on a laptop. Compiling a schema per object would take minutes.
    expect(elapsed).toBeLessThan(5_000);
  });
});
