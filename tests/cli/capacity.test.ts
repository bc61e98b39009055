import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const SHOP = 'fixtures/examples/shop';

describe('scaleplan capacity', () => {
  it('prints the report as text by default', async () => {
    const run = await runCli(['capacity', SHOP]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'namespace shop: 8 pods at max scale, requests cpu 14, memory 49Gi, GPU 6',
        '  Deployment recommender: 2–6 replicas, per pod cpu 2, memory 8Gi, GPU 1',
        '  Deployment storefront: 2–2 replicas, per pod cpu 1, memory 512Mi',
        '  quota gpu-quota requests.cpu: 14 at max of 8 (EXCEEDS)',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON without the manifests behind the rows', async () => {
    const run = await runCli(['capacity', SHOP, '--format', 'json']);
    const report = JSON.parse(run.stdout) as { namespaces: { workloads: object[] }[] };
    expect(report.namespaces[0]?.workloads[0]).not.toHaveProperty('manifest');
    expect(report.namespaces[0]?.workloads[0]).toMatchObject({
      name: 'recommender',
      maxReplicas: 6,
    });
  });

  it('compares with a base directory: the same tree is unchanged', async () => {
    const run = await runCli(['capacity', SHOP, '--base', '.']);
    expect(run.stdout).toBe('Capacity unchanged.\n');
  });

  it('refuses an unknown format with exit 2', async () => {
    const run = await runCli(['capacity', SHOP, '--format', 'sarif']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown format "sarif" for capacity');
  });
});
