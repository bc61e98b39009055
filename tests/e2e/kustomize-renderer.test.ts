import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRenderer } from '../../src/load/kustomize/render.js';
import { runCli } from '../cli/helpers.js';
import { scratchSpace } from '../_utils.js';

// Renderer discovery and failures, with the real kubectl and fake `kustomize` scripts.

const OVERLAY = 'fixtures/kustomize/chain/overlays/prod';
const scratch = scratchSpace('renderer');

function realKubectl(): string {
  for (const directory of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(directory, 'kubectl');
    if (fs.existsSync(candidate)) {
      return candidate;
    }
  }
  throw new Error('these tests need kubectl on PATH');
}

/** A directory holding only an executable `kustomize` script with this body. */
function fakeKustomize(name: string, body: string): string {
  const directory = path.join(scratch.root, name);
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(path.join(directory, 'kustomize'), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return directory;
}

function positions(stdout: string): string[] {
  const report = JSON.parse(stdout) as {
    findings: Array<{ ruleId: string; file: string; line: number; column: number }>;
  };
  return report.findings.map(
    (finding) => `${finding.ruleId} ${finding.file}:${finding.line}:${finding.column}`,
  );
}

describe('Kustomize renderer', () => {
  it('prefers kubectl kustomize, else kustomize build', () => {
    expect(findRenderer({ PATH: path.dirname(realKubectl()) })?.description).toBe(
      'kubectl kustomize',
    );
    const onlyKustomize = fakeKustomize('discovery', 'exit 0');
    expect(findRenderer({ PATH: onlyKustomize })?.description).toBe('kustomize build');
    expect(findRenderer({ PATH: '' })).toBeUndefined();
  });

  it('says clearly that neither kubectl nor kustomize is on PATH (exit 2)', async () => {
    const run = await runCli(['lint', OVERLAY], { env: { PATH: '' } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `scaleplan: ${OVERLAY}: ${OVERLAY} is a Kustomize directory, but neither kubectl nor kustomize is on PATH. Install kubectl (which bundles Kustomize) or kustomize, or lint rendered output with "kustomize build ${OVERLAY} | scaleplan lint -".\n`,
    );
  });

  it('renders with `kustomize build` when only kustomize is on PATH, with the same findings', async () => {
    const viaKustomize = fakeKustomize(
      'delegating',
      `[ "$1" = build ] || { echo "expected build, got $1" >&2; exit 3; }\nexec ${JSON.stringify(realKubectl())} kustomize "$2"`,
    );
    const withKubectl = await runCli(['lint', OVERLAY, '--format', 'json']);
    const withKustomize = await runCli(['lint', OVERLAY, '--format', 'json'], {
      env: { PATH: viaKustomize },
    });
    expect(withKustomize.stderr).toBe('');
    expect(withKustomize.code).toBe(withKubectl.code);
    expect(positions(withKustomize.stdout)).toEqual(positions(withKubectl.stdout));
    expect(positions(withKustomize.stdout).length).toBeGreaterThan(3);
  });

  /** The parse-error findings of a JSON report: `file:line:column message`. */
  function buildFindings(stdout: string): string[] {
    const report = JSON.parse(stdout) as {
      findings: Array<{
        ruleId: string;
        file: string;
        line: number;
        column: number;
        message: string;
      }>;
    };
    return report.findings
      .filter((finding) => finding.ruleId === 'parse-error')
      .map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message}`);
  }

  const PREFIX = 'Kustomize cannot build this directory, so none of its objects was linted: ';
  const SUFFIX = '. Fix the kustomization, or make the remote base reachable (or vendor it).';

  it("reports a failing build with kustomize's own message on its kustomization (a finding)", async () => {
    const failing = fakeKustomize(
      'failing',
      "echo \"Error: accumulating resources: accumulation err='accumulating resources from 'missing.yaml''\" >&2\nexit 1",
    );
    const run = await runCli(['lint', OVERLAY, '--format', 'json'], { env: { PATH: failing } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(buildFindings(run.stdout)).toEqual([
      `${OVERLAY}/kustomization.yaml:1:1 ${PREFIX}kustomize build ${OVERLAY} failed: accumulating resources: accumulation err='accumulating resources from 'missing.yaml''${SUFFIX}`,
    ]);
  });

  it('a remote base out of reach: the directory is reported at that entry, every other input is linted', async () => {
    const remote = path.join(scratch.root, 'remote');
    fs.mkdirSync(path.join(remote, 'overlay'), { recursive: true });
    const url = 'https://github.com/example/platform//deploy/base?ref=v1.0.0';
    fs.writeFileSync(
      path.join(remote, 'overlay/kustomization.yaml'),
      `resources:\n  - deployment.yaml\n  - ${url}\n`,
    );
    fs.writeFileSync(
      path.join(remote, 'other.yaml'),
      'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 1\n  maxReplicas: 3\n',
    );
    // What kubectl says without network, over several lines (deterministic: no git fetch).
    const offline = fakeKustomize(
      'offline',
      `printf '%s\\n' "Error: accumulating resources: accumulation err='accumulating resources from '${url}': failed to run '/usr/bin/git fetch --depth=1 https://github.com/example/platform v1.0.0': fatal: unable to access 'https://github.com/example/platform/': Could not resolve host: github.com" ": exit status 128" >&2\nexit 1`,
    );
    for (const format of ['json', 'text']) {
      const run = await runCli(['lint', 'overlay', 'other.yaml', '--format', format], {
        cwd: remote,
        env: { PATH: offline },
      });
      expect(run.code, format).toBe(1);
      expect(run.stderr, format).toBe('');
      if (format === 'text') {
        expect(run.stdout).toContain(
          'overlay/kustomization.yaml:3:5  error  Kustomize cannot build',
        );
        continue;
      }
      const report = JSON.parse(run.stdout) as {
        findings: Array<{ ruleId: string; file: string }>;
      };
      expect(report.findings.map((finding) => `${finding.ruleId} ${finding.file}`)).toEqual([
        'hpa-target-missing other.yaml',
        'hpa-min-replicas other.yaml',
        'parse-error overlay/kustomization.yaml',
      ]);
      expect(buildFindings(run.stdout)).toEqual([
        `overlay/kustomization.yaml:3:5 ${PREFIX}kustomize build overlay failed: accumulating resources: accumulation err='accumulating resources from '${url}': failed to run '/usr/bin/git fetch --depth=1 https://github.com/example/platform v1.0.0': fatal: unable to access 'https://github.com/example/platform/': Could not resolve host: github.com : exit status 128${SUFFIX}`,
      ]);
    }
  });

  it('shows kubectl failures without klog decoration or the temporary wrapper', async () => {
    const broken = path.join(scratch.root, 'broken-overlay');
    fs.mkdirSync(broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'kustomization.yaml'), 'resources:\n  - missing.yaml\n');
    const run = await runCli(['lint', 'broken-overlay', '--format', 'json'], { cwd: scratch.root });
    expect(run.code).toBe(1);
    const [finding = ''] = buildFindings(run.stdout);
    expect(finding).toMatch(
      /^broken-overlay\/kustomization\.yaml:2:5 Kustomize cannot build this directory, so none of its objects was linted: kubectl kustomize broken-overlay failed: accumulating resources: .*'broken-overlay\/missing\.yaml'.*no such file or directory/,
    );
    expect(finding).not.toMatch(
      /scaleplan-kustomize-|run\.go|command failed|must resolve to a file/,
    );
  });

  it('reports an unknown kustomization field the way Kustomize words it', async () => {
    const invalid = path.join(scratch.root, 'invalid-overlay');
    fs.mkdirSync(invalid, { recursive: true });
    fs.writeFileSync(path.join(invalid, 'kustomization.yaml'), 'resourcez:\n  - a.yaml\n');
    const run = await runCli(['lint', 'invalid-overlay', '--format', 'json'], {
      cwd: scratch.root,
    });
    expect(run.code).toBe(1);
    expect(buildFindings(run.stdout)).toEqual([
      `invalid-overlay/kustomization.yaml:1:1 ${PREFIX}kubectl kustomize invalid-overlay failed: invalid Kustomization: json: unknown field "resourcez"${SUFFIX}`,
    ]);
  });
});
