import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRenderer } from '../../src/source/kustomize.js';
import { runCli } from '../cli/helpers.js';

// Renderer discovery and failures, with the real kubectl and fake `kustomize` scripts.

const OVERLAY = 'fixtures/kustomize/chain/overlays/prod';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'scaleplan-renderer-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

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
  const directory = path.join(scratch, name);
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

  it("reports a failing build with kustomize's own message and the path (exit 2)", async () => {
    const failing = fakeKustomize(
      'failing',
      "echo \"Error: accumulating resources: accumulation err='accumulating resources from 'missing.yaml''\" >&2\nexit 1",
    );
    const run = await runCli(['lint', OVERLAY], { env: { PATH: failing } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `scaleplan: ${OVERLAY}/kustomization.yaml: kustomize build ${OVERLAY} failed: accumulating resources: accumulation err='accumulating resources from 'missing.yaml''\n`,
    );
  });

  it('shows kubectl failures without klog decoration or the temporary wrapper', async () => {
    const broken = path.join(scratch, 'broken-overlay');
    fs.mkdirSync(broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'kustomization.yaml'), 'resources:\n  - missing.yaml\n');
    const run = await runCli(['lint', 'broken-overlay'], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^scaleplan: broken-overlay\/kustomization\.yaml: kubectl kustomize broken-overlay failed: accumulating resources: .*'broken-overlay\/missing\.yaml'.*no such file or directory/,
    );
    expect(run.stderr).not.toMatch(
      /scaleplan-kustomize-|run\.go|command failed|must resolve to a file/,
    );
  });

  it('reports an unknown kustomization field the way Kustomize words it', async () => {
    const invalid = path.join(scratch, 'invalid-overlay');
    fs.mkdirSync(invalid, { recursive: true });
    fs.writeFileSync(path.join(invalid, 'kustomization.yaml'), 'resourcez:\n  - a.yaml\n');
    const run = await runCli(['lint', 'invalid-overlay'], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'scaleplan: invalid-overlay/kustomization.yaml: kubectl kustomize invalid-overlay failed: invalid Kustomization: json: unknown field "resourcez"\n',
    );
  });
});
