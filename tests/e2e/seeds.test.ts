import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';
import { runCli } from '../cli/helpers.js';
import { OWNED_FILE } from '../../src/compile/ownership.js';
import {
  compiledDirectories,
  filesBelow,
  overlayDirectory,
  ROOT,
  SEED_SYSTEMS,
  specPath,
  systemDirectory,
  type SeedSystem,
} from '../seeds/systems.js';
import { scratchSpace } from '../_utils.js';

// The five seed systems end to end, with the real kubectl: the committed overlays are what
// the specs compile to (byte for byte, every time), they build, every built object passes
// schema-invalid, the built set lints clean under the recommended pack, and
// `compile --check` notices any edit to the committed files.

const scratch = scratchSpace('seeds-e2e');

const RECOMMENDED_CONFIG = path.join(scratch.root, 'recommended.yaml');
fs.writeFileSync(RECOMMENDED_CONFIG, 'extends: recommended\n');

function kustomize(directory: string): string {
  const result = spawnSync('kubectl', ['kustomize', directory], { cwd: ROOT, encoding: 'utf8' });
  expect(result.stderr, `kubectl kustomize ${directory}`).toBe('');
  expect(result.status, `kubectl kustomize ${directory}`).toBe(0);
  return result.stdout;
}

/** `kind/name` of every object of a kubectl kustomize stream. */
function objectsOf(stream: string): string[] {
  return stream
    .split(/^---\n/m)
    .filter((document) => document.trim() !== '')
    .map((document) => {
      const kind = /^kind: (.+)$/m.exec(document)?.[1];
      const name = /^metadata:\n(?: {2}.*\n)*? {2}name: (.+)$/m.exec(document)?.[1];
      return `${kind ?? '?'}/${name ?? '?'}`;
    });
}

/**
 * A throwaway repository holding copies of the system's spec, base and committed overlays at
 * the same relative paths (an empty `.git` marks its root, as compile looks for one).
 */
function copyOfRepository(system: SeedSystem, label: string): string {
  const root = scratch.tree({}, `${system.name}-${label}`);
  fs.mkdirSync(path.join(root, '.git'));
  for (const directory of [systemDirectory(system), overlayDirectory(system)]) {
    fs.cpSync(path.join(ROOT, directory), path.join(root, directory), { recursive: true });
  }
  return root;
}

function readTree(directory: string): Map<string, string> {
  return new Map(
    filesBelow(directory).map((file) => [
      file,
      fs.readFileSync(path.join(directory, file), 'utf8'),
    ]),
  );
}

async function check(system: SeedSystem, cwd: string): Promise<{ code: number; stdout: string }> {
  const run = await runCli(
    ['compile', specPath(system), '-o', overlayDirectory(system), '--check'],
    { cwd },
  );
  return { code: run.code, stdout: run.stdout };
}

it('runs with the rule registry, schema-invalid included', () => {
  expect(rules.length).toBeGreaterThan(10);
  expect(rules.map((rule) => rule.id)).toContain('schema-invalid');
});

describe.each(SEED_SYSTEMS)('seed system $name', (system) => {
  const overlays = overlayDirectory(system);

  it('commits exactly one overlay directory per environment, and one for its cluster', () => {
    const directories = (relative: string): string[] =>
      fs
        .readdirSync(path.join(ROOT, overlays, relative), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    expect(directories('')).toEqual([...system.environments, 'clusters'].sort());
    expect(directories('clusters')).toEqual([system.cluster]);
  });

  it('compile --check passes on the committed overlays', async () => {
    const result = await check(system, ROOT);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });

  it('compiling gives the committed files byte for byte, and again the same', async () => {
    const committed = readTree(path.join(ROOT, overlays));
    const root = copyOfRepository(system, 'recompile');
    for (const attempt of [1, 2]) {
      // Each compile starts from nothing, so that no file survives from the copy.
      fs.rmSync(path.join(root, overlays), { recursive: true, force: true });
      const run = await runCli(['compile', specPath(system), '-o', overlays], { cwd: root });
      expect(run.code, `compile #${attempt}: ${run.stderr}`).toBe(0);
      const compiled = readTree(path.join(root, overlays));
      expect([...compiled.keys()]).toEqual([...committed.keys()]);
      for (const [file, content] of committed) {
        expect(compiled.get(file), `${overlays}/${file} (compile #${attempt})`).toBe(content);
      }
    }
  });

  it('compile --check fails after any committed file is edited, removed or added', async () => {
    const root = copyOfRepository(system, 'edits');
    const directory = path.join(root, overlays);
    expect(await check(system, root)).toEqual({ code: 0, stdout: '' });
    // The owned list says which files compile wrote; --check compares the files themselves.
    const files = filesBelow(directory).filter((file) => path.basename(file) !== OWNED_FILE);
    expect(files.length).toBeGreaterThan(system.environments.length * 4);
    for (const file of files) {
      const absolute = path.join(directory, file);
      const original = fs.readFileSync(absolute, 'utf8');
      // The smallest edit a reviewer could miss: one character of the last line.
      const edited = original.endsWith('\n')
        ? `${original.slice(0, -2)}${original.at(-2) === 'x' ? 'y' : 'x'}\n`
        : `${original}x`;
      fs.writeFileSync(absolute, edited);
      expect(await check(system, root), `after editing ${file}`).toEqual({
        code: 1,
        stdout: `${overlays}/${file} (changed)\n`,
      });
      fs.rmSync(absolute);
      expect(await check(system, root), `after removing ${file}`).toEqual({
        code: 1,
        stdout: `${overlays}/${file} (missing)\n`,
      });
      fs.writeFileSync(absolute, original);
    }
    const environment = system.environments[0] ?? '';
    // A file of the user's beside the generated ones is theirs, not a difference; a file with
    // the generated header that the spec no longer makes is.
    fs.writeFileSync(path.join(directory, environment, 'extra-patch.yaml'), 'kind: ConfigMap\n');
    expect(await check(system, root)).toEqual({ code: 0, stdout: '' });
    fs.writeFileSync(
      path.join(directory, environment, 'extra-patch.yaml'),
      '# Generated by scaleplan from ../../scaleplan.yaml; do not edit.\nkind: ConfigMap\n',
    );
    expect(await check(system, root)).toEqual({
      code: 1,
      stdout: `${overlays}/${environment}/extra-patch.yaml (extra)\n`,
    });
    fs.rmSync(path.join(directory, environment, 'extra-patch.yaml'));
    expect(await check(system, root)).toEqual({ code: 0, stdout: '' });
  }, 120_000);

  it('compile --check fails when the spec changes and the overlays are not recompiled', async () => {
    const root = copyOfRepository(system, 'spec-edit');
    const spec = path.join(root, specPath(system));
    const text = fs.readFileSync(spec, 'utf8');
    const changed = text.replace(
      /max: (\d+)\}/,
      (_match, max: string) => `max: ${Number(max) + 1}}`,
    );
    expect(changed).not.toBe(text);
    fs.writeFileSync(spec, changed);
    const result = await check(system, root);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/-(hpa|scaledobject)\.yaml \(changed\)\n/);
    expect(result.stdout).toContain('/RUNBOOK.md (changed)\n');
  });

  describe.each(compiledDirectories(system))('directory %s', (environment) => {
    const overlay = `${overlays}/${environment}`;
    const isCluster = environment.startsWith('clusters/');

    it('builds with kubectl kustomize, and scaleplan build prints the same stream', async () => {
      const built = kustomize(overlay);
      const objects = objectsOf(built);
      if (isCluster) {
        // The cluster-wide objects only: PriorityClasses and the adapter's rules.
        expect(objects.length).toBeGreaterThan(0);
        expect(objects.every((object) => /^(PriorityClass|ConfigMap)\//.test(object))).toBe(true);
      } else {
        expect(objects.length).toBeGreaterThan(5);
        expect(
          objects.some((object) => /^(HorizontalPodAutoscaler|ScaledObject)\//.test(object)),
        ).toBe(true);
        expect(objects.some((object) => /^PriorityClass\//.test(object))).toBe(false);
      }
      const run = await runCli(['build', specPath(system), '--env', environment]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(built);
    });

    it('every built object passes schema-invalid', async () => {
      const schemaInvalid = rules.find((rule) => rule.id === 'schema-invalid');
      expect(schemaInvalid).toBeDefined();
      if (!schemaInvalid) {
        return;
      }
      const built = kustomize(overlay);
      const settings = system.kubeVersion !== undefined ? { kubeVersion: system.kubeVersion } : {};
      const result = await lintSourcesPrepared(
        { 'built.yaml': built },
        { rules: [schemaInvalid], settings },
      );
      expect(result.summary.objects).toBe(objectsOf(built).length);
      expect(result.findings.map((finding) => `${finding.line}: ${finding.message}`)).toEqual([]);
      // Control: the same stream with one wrong type is reported, so the silence above
      // comes from valid objects, not from objects the rule skipped.
      const broken = isCluster
        ? built.replace(/^( {2}config\.yaml: )\|$/m, '$17\n  rules.yaml: |')
        : built.replace(/^( {2}maxReplicas: )(\d+)$/m, '$1"$2 pods"');
      expect(broken).not.toBe(built);
      const control = await lintSourcesPrepared(
        { 'built.yaml': broken },
        { rules: [schemaInvalid], settings },
      );
      expect(control.findings.map((finding) => finding.ruleId)).toEqual(['schema-invalid']);
    });

    it('scaleplan lint on the overlay finds no warning or error (recommended pack)', async () => {
      const run = await runCli([
        'lint',
        overlay,
        '--format',
        'json',
        '--config',
        RECOMMENDED_CONFIG,
        '--fail-on',
        'warning',
        ...(system.kubeVersion !== undefined ? ['--kube-version', system.kubeVersion] : []),
      ]);
      const report = JSON.parse(run.stdout) as {
        findings: Array<{
          ruleId: string;
          severity: string;
          file: string;
          line: number;
          message: string;
        }>;
        summary: { objects: number; skippedDocuments: number };
      };
      expect(
        report.findings
          .filter((finding) => finding.severity !== 'info')
          .map(
            (finding) => `${finding.file}:${finding.line} ${finding.ruleId}: ${finding.message}`,
          ),
      ).toEqual([]);
      expect(run.code).toBe(0);
      expect(report.summary.objects).toBe(objectsOf(kustomize(overlay)).length);
    });
  });
});
