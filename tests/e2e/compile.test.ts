import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTERS } from '../../src/compile/init.js';
import { loadConfig } from '../../src/lint/config/find.js';
import type { LintResult } from '../../src/lint/result.js';
import { lintLoaded, runSettings } from '../../src/lint/lint.js';
import { addFile, type LoadedSet } from '../../src/load/load.js';
import { rules } from '../../src/lint/rules/index.js';
import { SourceFile } from '../../src/source/source-file.js';
import { runCli } from '../cli/helpers.js';
import { scratchSpace } from '../_utils.js';

// The compiled overlays against the real kubectl and the whole rule registry: every
// environment builds, the build lints clean, `scaleplan build` prints exactly what kubectl
// prints, and `scaleplan init` starters compile and build as they are.

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = scratchSpace('compile-e2e');

function kustomize(directory: string): string {
  const result = spawnSync('kubectl', ['kustomize', directory], { encoding: 'utf8' });
  expect(result.stderr, `kubectl kustomize ${directory}`).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/**
 * Lints a built stream with every rule of the registry at its default severity; `cluster` is
 * the build of the environment's cluster directory, deployed beside it (context only).
 */
async function lintBuilt(
  text: string,
  kubeVersion?: string,
  cluster?: string,
): Promise<LintResult> {
  const config = loadConfig(undefined, scratch.root);
  const settings = runSettings(kubeVersion !== undefined ? { kubeVersion } : {}, config);
  const empty = (): LoadedSet => ({
    label: 'built',
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: [],
  });
  const set = empty();
  addFile(set, new SourceFile('built.yaml', text), settings.defaultNamespace);
  if (cluster !== undefined) {
    const context = empty();
    addFile(context, new SourceFile('cluster.yaml', cluster), settings.defaultNamespace);
    set.context = context.manifests;
  }
  return lintLoaded([set], config, settings, { cwd: scratch.root, rules });
}

/** The directories a compile wrote: the environments, then `clusters/<cluster>`. */
function compiledDirectories(overlays: string): string[] {
  const environments = fs.readdirSync(overlays).filter((name) => name !== 'clusters');
  const clusters = fs.existsSync(path.join(overlays, 'clusters'))
    ? fs.readdirSync(path.join(overlays, 'clusters')).map((name) => `clusters/${name}`)
    : [];
  return [...environments.sort(), ...clusters.sort()];
}

function describeFindings(result: LintResult): string[] {
  return result.findings.map(
    (finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${finding.message}`,
  );
}

const GOLDEN: Record<string, { environments: string[]; kubeVersion?: string }> = {
  minimal: { environments: ['default'] },
  full: { environments: ['production', 'staging'], kubeVersion: '1.31' },
  'no-operator': { environments: ['default'], kubeVersion: '1.31' },
  shared: { environments: ['production', 'staging'], kubeVersion: '1.30' },
};

it('runs with a non-empty rule registry', () => {
  expect(rules.length).toBeGreaterThan(10);
});

describe.each(Object.entries(GOLDEN))('golden spec %s', (name, { environments, kubeVersion }) => {
  describe.each(environments)('environment %s', (environment) => {
    const overlay = path.join(ROOT, `fixtures/specs/${name}/overlays/${environment}`);

    it('builds with kubectl kustomize and lints clean under every rule', async () => {
      const built = kustomize(overlay);
      const cluster = path.join(ROOT, `fixtures/specs/${name}/overlays/clusters/default`);
      const result = await lintBuilt(
        built,
        kubeVersion,
        fs.existsSync(cluster) ? kustomize(cluster) : undefined,
      );
      expect(result.summary.objects).toBeGreaterThan(3);
      expect(describeFindings(result)).toEqual([]);
    });

    it('scaleplan build prints exactly what kubectl kustomize prints', async () => {
      const run = await runCli([
        'build',
        `fixtures/specs/${name}/scaleplan.yaml`,
        '--env',
        environment,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(kustomize(overlay));
    });
  });
});

describe('what the overlays do once built', () => {
  const staging = kustomize(path.join(ROOT, 'fixtures/specs/full/overlays/staging'));
  const documents = staging.split(/^---\n/m);
  const find = (kind: string, name: string): string =>
    documents.find(
      (document) => document.includes(`kind: ${kind}\n`) && document.includes(`  name: ${name}\n`),
    ) ?? '';

  it('removes spec.replicas from autoscaled workloads and fixes it for the others', () => {
    expect(find('Deployment', 'staging-ollama')).not.toMatch(/^ {2}replicas:/m);
    // `replicas: null` in the patch works whether or not the base sets the field.
    expect(find('Deployment', 'staging-webui')).not.toMatch(/^ {2}replicas:/m);
    expect(find('StatefulSet', 'staging-qdrant')).toMatch(/^ {2}replicas: 3$/m);
  });

  it('rewrites VPA, KEDA and Object-metric references when names get a prefix', () => {
    expect(find('VerticalPodAutoscaler', 'staging-ollama')).toContain('    name: staging-ollama\n');
    expect(find('ScaledObject', 'staging-worker')).toContain('    name: staging-worker\n');
    expect(find('HorizontalPodAutoscaler', 'staging-webui')).toContain(
      '        name: staging-webui\n',
    );
  });

  it('leaves the prometheus-adapter rules to the cluster directory, in the adapter namespace', () => {
    // One ConfigMap for the cluster, unprefixed: the adapter reads one configuration.
    expect(find('ConfigMap', 'staging-llm-platform-prometheus-adapter')).toBe('');
    const cluster = kustomize(path.join(ROOT, 'fixtures/specs/full/overlays/clusters/default'));
    expect(cluster).toContain('  name: llm-platform-prometheus-adapter\n  namespace: monitoring\n');
    expect(find('Deployment', 'staging-ollama')).toContain('  namespace: llm-staging\n');
    expect(
      documents.every((document) => !/^ {2}namespace: (?!llm-staging\n)/m.test(document)),
    ).toBe(true);
  });

  it('sets a GPU limit equal to its request and keeps the base tolerations', () => {
    const ollama = find('Deployment', 'staging-ollama');
    expect(ollama.match(/nvidia\.com\/gpu: "1"/g)).toHaveLength(2);
    expect(ollama.match(/key: dedicated/g)).toHaveLength(1);
    expect(ollama).toContain('key: nvidia.com/gpu');
  });

  it('scopes the HPA alerts to the HPA, through the name prefix and KEDA', () => {
    expect(find('PrometheusRule', 'staging-ollama-scaling')).toContain(
      'namespace="llm-staging",horizontalpodautoscaler="staging-ollama"}',
    );
    expect(find('PrometheusRule', 'staging-worker-scaling')).toContain(
      'horizontalpodautoscaler="keda-hpa-staging-worker"}',
    );
  });
});

describe('scaleplan build', () => {
  it('needs --env when the spec has several environments', async () => {
    const run = await runCli(['build', 'fixtures/specs/full/scaleplan.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'has several environments (production, staging); choose one with --env NAME.',
    );
  });

  it('prints lint findings on stderr and fails on errors, unless --no-lint', async () => {
    const repo = path.join(scratch.root, 'build-lint');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'fixtures/specs/minimal'), repo, { recursive: true });
    fs.rmSync(path.join(repo, 'overlays'), { recursive: true });
    // A workload the spec does not manage, with a GPU request and no limit.
    fs.writeFileSync(
      path.join(repo, 'base/trainer.yaml'),
      `apiVersion: apps/v1
kind: Deployment
metadata: {name: trainer}
spec:
  selector: {matchLabels: {app: trainer}}
  template:
    metadata: {labels: {app: trainer}}
    spec:
      containers:
        - name: trainer
          image: trainer:1
          resources:
            requests: {cpu: "1", memory: 1Gi, nvidia.com/gpu: "1"}
`,
    );
    fs.appendFileSync(path.join(repo, 'base/kustomization.yaml'), '  - trainer.yaml\n');
    const run = await runCli(['build'], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(await kustomizeOverlayOf(repo));
    // Findings point at lines of what was printed on stdout.
    expect(run.stderr).toMatch(
      /^<stdout>:35:29 {2}error {2}Container "trainer" of Deployment "trainer" requests 1 nvidia\.com\/gpu without a limit.* {2}extended-resource-limits$/m,
    );
    expect(run.stdout.split('\n')[34]).toContain('nvidia.com/gpu: "1"');
    const unchecked = await runCli(['build', '--no-lint'], { cwd: repo });
    expect(unchecked).toMatchObject({ code: 0, stderr: '', stdout: run.stdout });
  });
});

/** kubectl kustomize of what `compile` writes for a repo's default environment. */
async function kustomizeOverlayOf(repo: string): Promise<string> {
  const copy = path.join(scratch.root, `copy-${path.basename(repo)}`);
  fs.cpSync(repo, copy, { recursive: true });
  const compiled = await runCli(['compile'], { cwd: copy });
  expect(compiled.code, compiled.stderr).toBe(0);
  return kustomize(path.join(copy, 'overlays/default'));
}

describe.each(Object.keys(STARTERS))('scaleplan init --example %s', (example) => {
  it('writes a spec and base that compile, build and lint clean as they are', async () => {
    const repo = path.join(scratch.root, `init-${example}`);
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    const init = await runCli(['init', '--example', example], { cwd: repo });
    expect(init.code).toBe(0);
    expect(init.stderr).toMatch(/^Wrote scaleplan\.yaml, base\/[^\n]*Next: scaleplan compile\n$/);
    expect(fs.readFileSync(path.join(repo, 'scaleplan.yaml'), 'utf8')).toMatch(/^# /);
    const compiled = await runCli(['compile'], { cwd: repo });
    expect(compiled.stderr).toMatch(/^Compiled scaleplan\.yaml into overlays/);
    expect(compiled.code).toBe(0);
    const overlays = path.join(repo, 'overlays');
    const directories = compiledDirectories(overlays);
    const cluster = directories.find((directory) => directory.startsWith('clusters/'));
    const clusterBuild =
      cluster !== undefined ? kustomize(path.join(overlays, cluster)) : undefined;
    for (const directory of directories) {
      const built = kustomize(path.join(overlays, directory));
      const result = await lintBuilt(
        built,
        undefined,
        directory === cluster ? undefined : clusterBuild,
      );
      expect(describeFindings(result)).toEqual([]);
    }
    const again = await runCli(['init', '--example', example], { cwd: repo });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('scaleplan.yaml already exists; init never overwrites a spec.');
  });
});

it('scaleplan init keeps an existing base and refuses unknown examples', async () => {
  const repo = path.join(scratch.root, 'init-existing');
  fs.mkdirSync(path.join(repo, 'base'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'base/kustomization.yaml'), 'resources: []\n');
  const run = await runCli(['init'], { cwd: repo });
  expect(run.code).toBe(0);
  expect(run.stderr).toContain('base/ already exists and was left alone');
  expect(fs.readFileSync(path.join(repo, 'base/kustomization.yaml'), 'utf8')).toBe(
    'resources: []\n',
  );
  const unknown = await runCli(['init', '--example', 'nope'], { cwd: path.join(scratch.root) });
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain(
    'Unknown example "nope"; choose one of web, gpu-inference, queue-worker.',
  );
});
