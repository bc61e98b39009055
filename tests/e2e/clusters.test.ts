import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { compileSpec, writeCompiled } from '../../src/compile/index.js';
import { clusterEnvironments, resolveEnvironment } from '../../src/plan/resolve.js';
import { isClusterScoped } from '../../src/k8s/manifest.js';
import { runCli } from '../cli/helpers.js';

// Issue 13: environments that share a cluster own disjoint objects. For every spec of
// fixtures/ (the goldens and the seeds), each built directory of the compiled output — every
// environment and every cluster directory — is checked against the others with the real
// kubectl: no object (kind, namespace, name) is in two outputs of one cluster, every
// namespaced object of an environment is in that environment's namespace, no cluster-scoped
// object is in an environment, and every directory builds and lints clean (an environment
// with its cluster directory beside it, as they are deployed).

const ROOT = path.resolve(import.meta.dirname, '../..');
const env = { PATH: process.env.PATH ?? '' };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'scaleplan-clusters-e2e-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const RECOMMENDED = path.join(scratch, 'recommended.yaml');
fs.writeFileSync(RECOMMENDED, 'extends: recommended\n');

function specsBelow(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'overlays' || entry.name === 'base' ? [] : specsBelow(relative);
    }
    return entry.name === 'scaleplan.yaml' ? [path.relative(ROOT, relative)] : [];
  });
}

const SPECS = specsBelow(path.join(ROOT, 'fixtures')).sort();

function kustomize(directory: string): string {
  const result = spawnSync('kubectl', ['kustomize', directory], { encoding: 'utf8' });
  expect(result.stderr, `kubectl kustomize ${directory}`).toBe('');
  expect(result.status, `kubectl kustomize ${directory}`).toBe(0);
  return result.stdout;
}

interface Identity {
  kind: string;
  namespace: string;
  name: string;
}

function identities(stream: string): Identity[] {
  return parseAllDocuments(stream).map((document) => {
    const object = document.toJS() as {
      kind: string;
      metadata: { name: string; namespace?: string };
    };
    return {
      kind: object.kind,
      namespace: object.metadata.namespace ?? '',
      name: object.metadata.name,
    };
  });
}

const key = (object: Identity): string => `${object.kind}/${object.namespace}/${object.name}`;

async function lintClean(directories: string[], kubeVersion: string | undefined): Promise<void> {
  const run = await runCli([
    'lint',
    ...directories,
    '--format',
    'json',
    '--config',
    RECOMMENDED,
    '--fail-on',
    'warning',
    ...(kubeVersion !== undefined ? ['--kube-version', kubeVersion] : []),
  ]);
  const report = JSON.parse(run.stdout) as {
    findings: { ruleId: string; severity: string; file: string; line: number; message: string }[];
  };
  expect(
    report.findings
      .filter((finding) => finding.severity !== 'info')
      .map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}: ${finding.message}`),
  ).toEqual([]);
  expect(run.code).toBe(0);
}

/**
 * Compiles a spec into a scratch directory and checks the layout of every cluster; returns
 * the built objects by directory.
 */
async function checkLayout(
  spec: string,
  cwd: string,
  label: string,
): Promise<Map<string, Identity[]>> {
  const output = fs.mkdtempSync(path.join(scratch, `${label}-`));
  const compiled = await compileSpec({ cwd, env, spec, output }, { outputInsideRepository: false });
  writeCompiled(compiled);
  const built = new Map<string, Identity[]>();
  for (const directory of compiled.directories) {
    built.set(directory, identities(kustomize(path.join(output, directory))));
  }
  for (const [cluster, environments] of clusterEnvironments(compiled.plan)) {
    const owner = new Map<string, string>();
    const clusterDirectory = `clusters/${cluster}`;
    for (const directory of [...environments, clusterDirectory]) {
      for (const object of built.get(directory) ?? []) {
        expect(owner.get(key(object)), `${key(object)} in ${directory}`).toBeUndefined();
        owner.set(key(object), directory);
      }
    }
    for (const environment of environments) {
      const namespace = resolveEnvironment(compiled.plan, environment).namespace;
      const objects = built.get(environment) ?? [];
      expect(objects.length).toBeGreaterThan(3);
      for (const object of objects) {
        expect(isClusterScoped(object.kind), `${key(object)} in ${environment}`).toBe(false);
        if (namespace !== undefined) {
          expect(object.namespace, `${key(object)} in ${environment}`).toBe(namespace);
        }
      }
      // An environment lints clean with its cluster directory beside it, as it is deployed.
      await lintClean(
        [
          path.join(output, environment),
          ...(built.has(clusterDirectory) ? [path.join(output, clusterDirectory)] : []),
        ],
        compiled.plan.spec.kubeVersion,
      );
    }
    if (built.has(clusterDirectory)) {
      await lintClean([path.join(output, clusterDirectory)], compiled.plan.spec.kubeVersion);
    }
  }
  return built;
}

describe.each(SPECS)('%s', (spec) => {
  it('gives each environment only its namespace and each cluster its shared objects, once', async () => {
    const built = await checkLayout(spec, ROOT, path.basename(path.dirname(spec)));
    expect(built.size).toBeGreaterThan(0);
  }, 120_000);
});

it('finds every spec of fixtures/, the goldens and the five seeds', () => {
  expect(SPECS).toContain('fixtures/specs/full/scaleplan.yaml');
  expect(SPECS.filter((spec) => spec.startsWith('fixtures/seeds/'))).toHaveLength(5);
});

describe('two environments on two clusters', () => {
  const repository = fs.mkdtempSync(path.join(scratch, 'two-clusters-'));
  fs.mkdirSync(path.join(repository, '.git'));
  fs.cpSync(path.join(ROOT, 'fixtures/specs/full'), repository, { recursive: true });
  fs.rmSync(path.join(repository, 'overlays'), { recursive: true, force: true });
  const specFile = path.join(repository, 'scaleplan.yaml');
  const text = fs.readFileSync(specFile, 'utf8');
  const split = text.replace(
    /^ {4}staging:\n {6}namespace: llm-staging\n/m,
    '    staging:\n      cluster: east\n      namespace: llm-staging\n',
  );
  expect(split).not.toBe(text);
  fs.writeFileSync(specFile, split);

  it('gives each cluster directory its own copy, and the overlays stay as above', async () => {
    const built = await checkLayout('scaleplan.yaml', repository, 'two-clusters');
    expect([...built.keys()].sort()).toEqual([
      'clusters/default',
      'clusters/east',
      'production',
      'staging',
    ]);
    const classes = (directory: string): string[] =>
      (built.get(directory) ?? [])
        .filter((object) => object.kind === 'PriorityClass')
        .map((object) => object.name)
        .sort();
    expect(classes('clusters/default')).toEqual(['batch', 'gpu-workload', 'normal-priority']);
    expect(classes('clusters/east')).toEqual(classes('clusters/default'));
    for (const directory of ['clusters/default', 'clusters/east']) {
      expect(built.get(directory)).toContainEqual({
        kind: 'ConfigMap',
        namespace: 'monitoring',
        name: 'llm-platform-prometheus-adapter',
      });
    }
  }, 120_000);
});
