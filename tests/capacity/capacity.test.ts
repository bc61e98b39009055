import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCapacity } from '../../src/capacity/compare.js';
import { capacityReport } from '../../src/capacity/report.js';
import { changesMarkdown, changesText, capacityMarkdown } from '../../src/format/capacity.js';
import { ROOT, scratchSpace } from '../_utils.js';

const scratch = scratchSpace('capacity');

function gpuService(maxReplicas: number, gpusPerPod = 2, quota = 8): string {
  return `apiVersion: v1
kind: ResourceQuota
metadata: {name: gpus, namespace: ml}
spec:
  hard: {requests.nvidia.com/gpu: "${quota}", pods: "20"}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: inference, namespace: ml}
spec:
  selector: {matchLabels: {app: inference}}
  template:
    metadata: {labels: {app: inference}}
    spec:
      containers:
        - name: model
          image: registry.example.com/model:1.0.0
          resources:
            requests: {cpu: 500m, memory: 4Gi}
            limits: {nvidia.com/gpu: ${gpusPerPod}}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: inference, namespace: ml}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: inference}
  minReplicas: 2
  maxReplicas: ${maxReplicas}
`;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}

function repository(files: Record<string, string>): string {
  const directory = scratch.tree(files);
  git(directory, 'init', '-q', '-b', 'main');
  git(directory, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
  git(directory, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'base');
  return directory;
}

describe('capacityReport', () => {
  it('counts requests × max replicas per workload and namespace, against the quota', async () => {
    // fixtures/examples/shop: recommender 2–6 replicas of (cpu 2, memory 8Gi, 1 GPU), the
    // storefront 2 replicas (its HPA's max) of (cpu 1, 512Mi): cpu 6 × 2 + 2 × 1 = 14,
    // memory 6 × 8Gi + 2 × 512Mi = 49Gi, GPUs 6; the quota's requests.cpu is 8.
    const report = await capacityReport({
      paths: ['fixtures/examples/shop'],
      cwd: ROOT,
      env: {},
    });
    const shop = report.namespaces.find((namespace) => namespace.namespace === 'shop');
    expect(shop?.podsAtMax).toBe(8);
    expect(shop?.requestsAtMax).toEqual({
      cpu: 14,
      memory: 49 * 2 ** 30,
      'nvidia.com/gpu': 6,
    });
    expect(shop?.workloads.map((w) => [w.name, w.minReplicas, w.maxReplicas])).toEqual([
      ['recommender', 2, 6],
      ['storefront', 2, 2],
    ]);
    expect(shop?.quotas).toEqual([
      { name: 'gpu-quota', key: 'requests.cpu', resource: 'cpu', hard: 8, atMax: 14 },
    ]);
    expect(capacityMarkdown(report)).toContain('| **Total** | 8 | 14 | 49Gi | 6 |');
  });

  it('reads Kustomize directories and judges node pools of a ScalePlan', async () => {
    // llm-platform: ollama 5 replicas of 1 GPU on pool gpu (1 GPU per node): 5 nodes, max 5.
    const report = await capacityReport({
      paths: ['overlays/llm-platform/production'],
      cwd: ROOT,
      // kubectl renders the overlay: it is found on the PATH.
      env: process.env,
      specFile: 'fixtures/seeds/llm-platform/scaleplan.yaml',
    });
    const gpu = report.pools.find((pool) => pool.name === 'gpu');
    expect(gpu?.workloads.map((w) => [w.name, w.pods, w.podsPerNode, w.nodes])).toEqual([
      ['ollama', 5, 1, 5],
    ]);
    expect(gpu?.nodesAtMax).toBe(5);
    expect(report.unbounded.map((workload) => workload.kind)).toEqual(['DaemonSet']);
  });
});

describe('compareCapacity', () => {
  it('reads the base from git without touching the working tree, and says what changed', async () => {
    const repo = repository({ 'k8s/app.yaml': gpuService(4) });
    fs.writeFileSync(path.join(repo, 'k8s/app.yaml'), gpuService(8));
    const before = fs.readFileSync(path.join(repo, 'k8s/app.yaml'), 'utf8');
    const comparison = await compareCapacity({ paths: ['k8s'], cwd: repo, env: {}, base: 'HEAD' });
    // 4 → 8 replicas of 2 GPUs: 8 → 16 against a quota of 8.
    expect(changesText(comparison.changes)).toBe(
      [
        'Pods at max scale in ml: 4 → 8 (quota 20: fits)',
        'cpu at max scale in ml: 2 → 4',
        'memory at max scale in ml: 16Gi → 32Gi',
        'GPU at max scale in ml: 8 → 16 (quota 8: now exceeds)',
        'Deployment inference in ml: maxReplicas 4 → 8',
        '',
      ].join('\n'),
    );
    expect(fs.readFileSync(path.join(repo, 'k8s/app.yaml'), 'utf8')).toBe(before);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo }).toString()).toBe(
      ' M k8s/app.yaml\n',
    );
  });

  it('says nothing when nothing changed, and counts an added directory as new', async () => {
    const repo = repository({ 'k8s/app.yaml': gpuService(4) });
    const same = await compareCapacity({ paths: ['k8s'], cwd: repo, env: {}, base: 'HEAD' });
    expect(same.changes).toEqual([]);
    expect(changesMarkdown(same.changes)).toBe('');
    fs.mkdirSync(path.join(repo, 'new'));
    fs.writeFileSync(path.join(repo, 'new/app.yaml'), gpuService(3, 1, 4).replace(/ml/g, 'ml2'));
    const added = await compareCapacity({ paths: ['new'], cwd: repo, env: {}, base: 'HEAD' });
    expect(changesText(added.changes)).toContain('GPU at max scale in ml2: 0 → 3 (quota 4: fits)');
    expect(changesText(added.changes)).toContain(
      'Deployment inference added in ml2 (up to 3 replicas)',
    );
  });

  it('compares with a directory, and escapes manifest text in Markdown', async () => {
    const base = scratch.tree({ 'app.yaml': gpuService(4) });
    const head = scratch.tree({
      'app.yaml': gpuService(5).replace(/namespace: ml/g, 'namespace: ml'),
    });
    const comparison = await compareCapacity({ paths: ['.'], cwd: head, env: {}, base });
    expect(changesMarkdown(comparison.changes)).toBe(
      [
        '### Capacity at maximum scale',
        '',
        '- Pods at max scale in ml: 4 → 5 (quota 20: fits)',
        '- cpu at max scale in ml: 2 → 2500m',
        '- memory at max scale in ml: 16Gi → 20Gi',
        '- GPU at max scale in ml: 8 → 10 (quota 8: now exceeds)',
        '- Deployment inference in ml: maxReplicas 4 → 5',
        '',
      ].join('\n'),
    );
  });

  it('refuses a base that is neither a directory nor a revision, saying how to fetch it', async () => {
    const repo = repository({ 'k8s/app.yaml': gpuService(4) });
    await expect(
      compareCapacity({ paths: ['k8s'], cwd: repo, env: {}, base: 'origin/nope' }),
    ).rejects.toThrow(/fetch-depth: 0/);
  });
});
