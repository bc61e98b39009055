import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { temporaryTree } from '../_utils.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `scaleplan argocd generate` exactly as the CMP server runs it: the plugin's command in the
 * application directory, with the build environment and plugin parameters as variables.
 */
function generate(appPath: string, variables: Record<string, string>): Promise<Run> {
  const child = spawn('node', [CLI, 'argocd', 'generate'], {
    cwd: appPath,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: os.tmpdir(),
      ARGOCD_APP_NAME: 'scaleplan-test',
      ARGOCD_APP_NAMESPACE: 'argocd',
      ARGOCD_APP_PROJECT_NAME: 'default',
      ARGOCD_APP_REVISION: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      ARGOCD_APP_REVISION_SHORT: 'ec26c3e',
      ARGOCD_APP_SOURCE_PATH: path.relative(ROOT, appPath),
      ARGOCD_APP_SOURCE_REPO_URL: 'https://github.com/example/gitops.git',
      ARGOCD_APP_SOURCE_TARGET_REVISION: 'main',
      KUBE_VERSION: '1.30.4',
      KUBE_API_VERSIONS: 'v1,apps/v1,autoscaling/v2,policy/v1',
      ...variables,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

function kustomize(directory: string): string {
  const result = spawnSync('kubectl', ['kustomize', directory], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(result.stderr);
  }
  return result.stdout;
}

const SEEDS = fs.existsSync(path.join(ROOT, 'fixtures/seeds'))
  ? fs.readdirSync(path.join(ROOT, 'fixtures/seeds')).sort()
  : [];
/** Every directory an Application syncs: each environment, and each cluster directory. */
const CASES = SEEDS.flatMap((system) => {
  const overlays = path.join(ROOT, 'overlays', system);
  if (!fs.existsSync(overlays)) {
    return [];
  }
  const environments = fs.readdirSync(overlays).filter((name) => name !== 'clusters');
  const clusters = fs.existsSync(path.join(overlays, 'clusters'))
    ? fs.readdirSync(path.join(overlays, 'clusters')).map((name) => `clusters/${name}`)
    : [];
  return [...environments, ...clusters].sort().map((environment) => [system, environment] as const);
});

describe('Argo CD plugin generate', () => {
  it('has seed systems to run on, with their cluster directories', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
    expect(CASES).toContainEqual(['llm-platform', 'clusters/aks-llm']);
    expect(CASES).toContainEqual(['llm-platform', 'staging']);
  });

  it.each(CASES)(
    "%s / %s: prints exactly the overlay's manifests, as separate documents",
    async (system, environment) => {
      const appPath = path.join(ROOT, 'fixtures/seeds', system);
      const run = await generate(appPath, {
        ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: 'env', string: environment }]),
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe(kustomize(path.join(ROOT, 'overlays', system, environment)));
      const documents = parseAllDocuments(run.stdout);
      expect(Array.isArray(documents) && documents.length).toBeGreaterThan(0);
      for (const document of Array.isArray(documents) ? documents : []) {
        expect(document.get('kind')).not.toBe('List');
      }
      expect(run.stderr).toContain(`environment "${environment}" built and linted`);
    },
    60_000,
  );

  it('takes a cluster directory from ARGOCD_ENV_SCALEPLAN_ENV too, and says when there is none', async () => {
    const appPath = path.join(ROOT, 'fixtures/seeds/llm-platform');
    const run = await generate(appPath, { ARGOCD_ENV_SCALEPLAN_ENV: 'clusters/aks-llm' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(kustomize(path.join(ROOT, 'overlays/llm-platform/clusters/aks-llm')));
    expect(run.stdout).toContain('name: llm-platform-prometheus-adapter\n');
    const missing = await generate(appPath, { ARGOCD_ENV_SCALEPLAN_ENV: 'clusters/default' });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('has no cluster "default"; its environments are on "aks-llm"');
  }, 60_000);

  it('takes the environment from ARGOCD_ENV_SCALEPLAN_ENV (the Application plugin env)', async () => {
    const [system, environment] = CASES[0] ?? ['', ''];
    const run = await generate(path.join(ROOT, 'fixtures/seeds', system), {
      ARGOCD_ENV_SCALEPLAN_ENV: environment,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(100);
  }, 60_000);

  function application(extraBase: Record<string, string>): string {
    const directory = temporaryTree('argocd');
    fs.cpSync(path.join(ROOT, 'fixtures/specs/minimal'), directory, { recursive: true });
    fs.rmSync(path.join(directory, 'overlays'), { recursive: true, force: true });
    for (const [name, text] of Object.entries(extraBase)) {
      fs.writeFileSync(path.join(directory, 'base', name), text);
      fs.appendFileSync(path.join(directory, 'base/kustomization.yaml'), `  - ${name}\n`);
    }
    return directory;
  }

  it('fails the sync with a readable message when lint finds errors; stdout stays empty', async () => {
    // A workload the spec does not manage, with an HPA whose bounds are inverted.
    const directory = application({
      'worker.yaml': [
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: worker\nspec:\n  selector:\n    matchLabels: {app: worker}\n  template:\n    metadata:\n      labels: {app: worker}\n    spec:\n      containers:\n        - name: worker\n          image: registry.example.com/worker:1.0.0\n          resources:\n            requests: {cpu: 100m, memory: 128Mi}\n',
        'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: worker\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: worker}\n  minReplicas: 9\n  maxReplicas: 3\n',
      ].join('---\n'),
    });
    const run = await generate(directory, {});
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/hpa-min-max/);
    expect(run.stderr).toMatch(/not syncing/);
    fs.rmSync(directory, { recursive: true, force: true });
  }, 60_000);

  it('treats parameter values as data, never as shell', async () => {
    const marker = path.join(os.tmpdir(), `scaleplan-pwned-${process.pid}`);
    const directory = application({});
    const run = await generate(directory, {
      ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: 'env', string: `default; touch ${marker}` }]),
      PARAM_ENV: `$(touch ${marker})`,
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/environment/i);
    expect(fs.existsSync(marker)).toBe(false);
    fs.rmSync(directory, { recursive: true, force: true });
  }, 60_000);
});

describe('argocd generate: the spec parameter stays inside the application', () => {
  const other = temporaryTree('argocd-other');
  fs.writeFileSync(path.join(other, 'scaleplan.yaml'), 'secret-of-another-app: true\n');
  const app = temporaryTree('argocd-app');
  fs.symlinkSync(path.join(other, 'scaleplan.yaml'), path.join(app, 'linked.yaml'));
  fs.mkdirSync(path.join(app, 'folder'));

  it.each([
    ['/etc/passwd', 'outside the application directory'],
    [path.join(other, 'scaleplan.yaml'), 'outside the application directory'],
    ['../' + path.basename(other) + '/scaleplan.yaml', 'outside the application directory'],
    ['linked.yaml', 'outside the application directory'],
    ['folder', 'not a regular file'],
  ])('refuses %s in one line, without its content', async (spec, reason) => {
    const cases: Array<Record<string, string>> = [
      { ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: 'spec', string: spec }]) },
      { ARGOCD_ENV_SCALEPLAN_SPEC: spec },
    ];
    for (const variables of cases) {
      const run = await generate(app, variables);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(reason);
      expect(run.stderr).not.toContain('root:');
      expect(run.stderr).not.toContain('secret-of-another-app');
    }
  });
});
