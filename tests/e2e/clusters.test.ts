import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { compileSpec, writeCompiled } from '../../src/compile/index.js';
import { clusterEnvironments, resolveEnvironment } from '../../src/plan/resolve.js';
import { isClusterScoped } from '../../src/k8s/manifest.js';
import { runCli } from '../cli/helpers.js';
import { scratchSpace } from '../_utils.js';

// Issue 13: environments that share a cluster own disjoint objects. For every spec of
// fixtures/ (the goldens and the seeds), each built directory of the compiled output — every
// environment and every cluster directory — is checked against the others with the real
// kubectl: no object (kind, namespace, name) is in two outputs of one cluster, every
// namespaced object of an environment is in that environment's namespace, no cluster-scoped
// object is in an environment, and every directory builds and lints clean (an environment
// with its cluster directory beside it, as they are deployed).

const ROOT = path.resolve(import.meta.dirname, '../..');
const env = { PATH: process.env.PATH ?? '' };
const scratch = scratchSpace('clusters-e2e');
const RECOMMENDED = path.join(scratch.root, 'recommended.yaml');
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
 * Compiles a spec into a scratch.root directory and checks the layout of every cluster; returns
 * the built objects by directory.
 */
async function checkLayout(
  spec: string,
  cwd: string,
  label: string,
): Promise<Map<string, Identity[]>> {
  const output = scratch.tree({}, label);
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
  const repository = scratch.tree();
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

describe('several ScalePlans on one cluster share the one prometheus-adapter', () => {
  // Team B's plan writes only its rules file; team A's plan owns the adapter's ConfigMap and
  // merges team B's file (prometheus.adapterRulesFrom).
  const repository = scratch.tree();
  fs.mkdirSync(path.join(repository, '.git'));
  fs.cpSync(path.join(ROOT, 'fixtures/specs/full'), path.join(repository, 'team-a'), {
    recursive: true,
  });
  fs.cpSync(path.join(ROOT, 'fixtures/specs/minimal'), path.join(repository, 'team-b'), {
    recursive: true,
  });
  for (const team of ['team-a', 'team-b']) {
    fs.rmSync(path.join(repository, team, 'overlays'), { recursive: true, force: true });
  }
  const rulesFile = '../team-b/overlays/clusters/default/prometheus-adapter-rules.yaml';
  const teamA = path.join(repository, 'team-a/scaleplan.yaml');
  const teamB = path.join(repository, 'team-b/scaleplan.yaml');
  fs.writeFileSync(
    teamA,
    fs
      .readFileSync(teamA, 'utf8')
      .replace('  prometheus:\n', `  prometheus:\n    adapterRulesFrom: [${rulesFile}]\n`),
  );
  const teamBSpec = (series: string): string =>
    fs
      .readFileSync(path.join(ROOT, 'fixtures/specs/minimal/scaleplan.yaml'), 'utf8')
      .replace(
        '  base: ./base\n',
        '  base: ./base\n  namespace: team-b\n  prometheus: {adapterRulesOnly: true}\n',
      )
      .replace(
        '        cpu: 70%\n',
        `        cpu: 70%\n        metrics: [{name: web_queue_depth, series: ${series}, averageValue: 5}]\n`,
      );
  const compileTeam = (team: string, ...extra: string[]) =>
    runCli(['compile', `${team}/scaleplan.yaml`, ...extra], { cwd: repository });
  const configMap = (): string =>
    fs.readFileSync(
      path.join(repository, 'team-a/overlays/clusters/default/prometheus-adapter.yaml'),
      'utf8',
    );

  it('merges the rules of both plans into one ConfigMap, owned by one directory', async () => {
    fs.writeFileSync(teamB, teamBSpec('web_queue'));
    const b = await compileTeam('team-b');
    expect(b.code, b.stderr).toBe(0);
    const bCluster = path.join(repository, 'team-b/overlays/clusters/default');
    expect(fs.readdirSync(bCluster).sort()).toEqual([
      '.scaleplan-owned',
      'RUNBOOK.md',
      'kustomization.yaml',
      'prometheus-adapter-rules.yaml',
    ]);
    // Team B's cluster directory deploys nothing: the ConfigMap is team A's.
    expect(identities(kustomize(bCluster))).toEqual([]);
    expect(fs.readFileSync(path.join(bCluster, 'RUNBOOK.md'), 'utf8')).toContain(
      'another ScalePlan of the cluster writes the adapter',
    );
    const a = await compileTeam('team-a');
    expect(a.code, a.stderr).toBe(0);
    const config = configMap();
    expect(config).toContain('as: web_queue_depth');
    expect(config).toContain('as: ollama_queue_depth');
    expect(config).toContain('^web_queue$');
    const built = identities(
      kustomize(path.join(repository, 'team-a/overlays/clusters/default')),
    ).filter((object) => object.kind === 'ConfigMap');
    expect(built).toEqual([
      { kind: 'ConfigMap', namespace: 'monitoring', name: 'llm-platform-prometheus-adapter' },
    ]);
    expect(
      fs.readFileSync(path.join(repository, 'team-a/overlays/clusters/default/RUNBOOK.md'), 'utf8'),
    ).toContain(`Merged from \`${rulesFile}\``);
  }, 120_000);

  it("notices when the other plan's rules change, and refuses a metric defined twice", async () => {
    fs.writeFileSync(teamB, teamBSpec('web_jobs_waiting'));
    expect((await compileTeam('team-b')).code).toBe(0);
    const check = await compileTeam('team-a', '--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      'team-a/overlays/clusters/default/prometheus-adapter.yaml (changed)\n',
    );
    expect((await compileTeam('team-a')).code).toBe(0);
    expect(configMap()).toContain('^web_jobs_waiting$');
    // Team B now serves ollama_queue_depth from another series than team A does.
    fs.writeFileSync(
      teamB,
      teamBSpec('web_jobs_waiting').replace('name: web_queue_depth', 'name: ollama_queue_depth'),
    );
    expect((await compileTeam('team-b')).code).toBe(0);
    const before = configMap();
    const conflict = await compileTeam('team-a');
    expect(conflict.code).toBe(2);
    expect(conflict.stderr).toMatch(
      /team-a\/scaleplan\.yaml:\d+:\d+: spec\.prometheus\.adapterRulesFrom\[0\]: the metric "ollama_queue_depth" is served by prometheus-adapter of cluster "default" with one rule, but the rules file ".*" defines it differently from environment "production"/,
    );
    expect(configMap()).toBe(before);
  }, 120_000);
});

describe('compile of an old layout', () => {
  it('says which files moved to the cluster directory, in --check and when it writes', async () => {
    const repository = scratch.tree();
    fs.mkdirSync(path.join(repository, '.git'));
    fs.cpSync(path.join(ROOT, 'fixtures/specs/full'), repository, { recursive: true });
    // The layout before cluster directories: the PriorityClasses and the adapter's ConfigMap
    // in every environment, written (with the generated header) by that compile.
    for (const environment of ['production', 'staging']) {
      for (const file of ['priority-classes.yaml', 'prometheus-adapter.yaml']) {
        fs.copyFileSync(
          path.join(repository, 'overlays/clusters/default', file),
          path.join(repository, 'overlays', environment, file),
        );
      }
    }
    fs.rmSync(path.join(repository, 'overlays/clusters'), { recursive: true });
    const check = await runCli(['compile', '--check'], { cwd: repository });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(
      '  overlays/staging/priority-classes.yaml -> overlays/clusters/default/priority-classes.yaml\n',
    );
    expect(check.stdout).toContain('overlays/clusters/default/kustomization.yaml (missing)\n');
    expect(check.stdout).toContain('overlays/production/prometheus-adapter.yaml (extra)\n');
    const run = await runCli(['compile'], { cwd: repository });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "Moved cluster-wide objects out of the environment overlays (an overlay now holds only its namespace's objects):\n",
    );
    expect(run.stderr).toContain(
      '  overlays/production/prometheus-adapter.yaml -> overlays/clusters/default/prometheus-adapter.yaml\n',
    );
    expect(run.stderr).toContain('plugin parameter env: clusters/default');
    expect(fs.existsSync(path.join(repository, 'overlays/staging/priority-classes.yaml'))).toBe(
      false,
    );
    expect((await runCli(['compile', '--check'], { cwd: repository })).code).toBe(0);
  }, 120_000);
});

describe('scaleplan lint of an environment deployed with its cluster directory', () => {
  const lintIds = async (directory: string): Promise<string[]> => {
    const run = await runCli(['lint', directory, '--format', 'json', '--config', RECOMMENDED]);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string }[] };
    return report.findings.map((finding) => `${finding.ruleId} ${path.basename(finding.file)}`);
  };

  it('finds the PriorityClasses through scaleplan.dev/deployed-with, and only beside the overlay', async () => {
    const copy = scratch.tree();
    fs.cpSync(path.join(ROOT, 'fixtures/seeds/opifex'), path.join(copy, 'fixtures/seeds/opifex'), {
      recursive: true,
    });
    fs.cpSync(path.join(ROOT, 'overlays/opifex'), path.join(copy, 'overlays/opifex'), {
      recursive: true,
    });
    const production = path.join(copy, 'overlays/opifex/production');
    expect(await lintIds(production)).toEqual([]);
    const kustomization = path.join(production, 'kustomization.yaml');
    const text = fs.readFileSync(kustomization, 'utf8');
    expect(text).toContain('    scaleplan.dev/deployed-with: ../clusters/default\n');
    // Without the annotation the overlay alone names classes it does not hold.
    fs.writeFileSync(kustomization, text.replace(/^metadata:\n(?: {2,}.*\n)+/m, ''));
    const missing = await lintIds(production);
    expect(missing.length).toBeGreaterThan(0);
    expect(new Set(missing.map((finding) => finding.split(' ')[0]))).toEqual(
      new Set(['priority-class-missing']),
    );
    // A directory outside the overlay's parent is never rendered for it.
    fs.cpSync(path.join(copy, 'overlays/opifex/clusters/default'), path.join(copy, 'elsewhere'), {
      recursive: true,
    });
    fs.writeFileSync(kustomization, text.replace('../clusters/default', '../../../elsewhere'));
    expect(await lintIds(production)).toEqual(missing);
  }, 120_000);
});
