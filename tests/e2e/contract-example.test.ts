import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { ROOT, scratchSpace } from '../_utils.js';

// The example spec of the product contract compiles as the contract writes it: read from
// ../shared/docs/product.md itself (beside the repository, as the peer corpus is), not from a
// copy that could drift from it. Only its base is ours: the Deployment and Service it names.

const CONTRACT = path.resolve(ROOT, '../shared/docs/product.md');
const scratch = scratchSpace('contract-example');

/** The first YAML block of the contract's "ScalePlan spec" section. */
function exampleSpec(markdown: string): string {
  const section = markdown.slice(markdown.indexOf('## ScalePlan spec'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!block?.[1]) {
    throw new Error('product.md: no yaml block under "## ScalePlan spec"');
  }
  return block[1];
}

const BASE = `apiVersion: apps/v1
kind: Deployment
metadata: {name: ollama, labels: {app: ollama}}
spec:
  replicas: 2
  selector: {matchLabels: {app: ollama}}
  template:
    metadata: {labels: {app: ollama}}
    spec:
      containers:
        - name: ollama
          image: ollama/ollama:0.5.7
          ports: [{name: http, containerPort: 11434}, {name: metrics, containerPort: 9090}]
---
apiVersion: v1
kind: Service
metadata: {name: ollama, labels: {app: ollama}}
spec:
  selector: {app: ollama}
  ports:
    - {name: http, port: 11434, targetPort: http}
    - {name: metrics, port: 9090, targetPort: metrics}
`;

describe.skipIf(!fs.existsSync(CONTRACT))('the contract example spec', () => {
  it('compiles, every directory builds with kubectl kustomize, and lints without errors', async () => {
    const spec = exampleSpec(fs.readFileSync(CONTRACT, 'utf8'));
    // The parts issue 17 found refused: a recommendation-only VPA beside an HPA on cpu.
    expect(spec).toContain('vpa: {mode: "Off"}');
    expect(spec).toContain('cpu: 75%');
    const directory = scratch.tree(
      {
        'scaleplan.yaml': spec,
        'base/kustomization.yaml': 'resources: [ollama.yaml]\n',
        'base/ollama.yaml': BASE,
      },
      'spec',
    );
    const compiled = await runCli(['compile', 'scaleplan.yaml', '-o', 'out'], { cwd: directory });
    expect(compiled.stderr).toContain('Compiled scaleplan.yaml into out');
    expect(compiled.code).toBe(0);
    const built = ['staging', 'production', 'clusters/default'].map((name) => {
      const result = spawnSync('kubectl', ['kustomize', path.join(directory, 'out', name)], {
        encoding: 'utf8',
      });
      expect(result.stderr, name).toBe('');
      expect(result.status, name).toBe(0);
      return result.stdout;
    });
    expect(built[1]).toContain('kind: VerticalPodAutoscaler');
    expect(built[1]).toMatch(/updateMode: "?Off"?/);
    const linted = await runCli(
      ['lint', '--format', 'json', 'out/staging', 'out/production', 'out/clusters/default'],
      { cwd: directory },
    );
    const findings = (JSON.parse(linted.stdout) as { findings: { severity: string }[] }).findings;
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
