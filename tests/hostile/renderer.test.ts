import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryTree } from '../_utils.js';
import { ROOT, runCli } from '../cli/helpers.js';

const HAS_KUBECTL =
  spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!HAS_KUBECTL)('the Kustomize renderer is bounded', () => {
  it('stops a build whose remote base never answers, as a parse-error on its kustomization', async () => {
    // Accepts connections and never says a word.
    const sockets: net.Socket[] = [];
    const server = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const directory = temporaryTree('silent');
    fs.writeFileSync(
      path.join(directory, 'kustomization.yaml'),
      `resources:\n  - http://127.0.0.1:${port}/base.yaml\n`,
    );
    const started = Date.now();
    const run = await runCli(['lint', directory], {
      env: { ...process.env, SCALEPLAN_RENDER_TIMEOUT: '3' },
    });
    const elapsed = Date.now() - started;
    sockets.forEach((socket) => socket.destroy());
    server.close();
    // A directory that does not build is a parse-error on its kustomization (the other inputs
    // are still linted): exit 1, the finding names the timeout.
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('parse-error');
    expect(run.stdout).toContain('did not finish within 3 s and was stopped');
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);

  it('refuses a timeout that is not a positive number', async () => {
    const run = await runCli(['lint', 'fixtures/kustomize'], {
      env: { ...process.env, SCALEPLAN_RENDER_TIMEOUT: 'soon' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('SCALEPLAN_RENDER_TIMEOUT must be a positive number');
  });

  it('refuses a timeout that the config sets to zero', async () => {
    const directory = scratchKustomization('resources: []\n');
    fs.writeFileSync(
      path.join(directory, '.scaleplan.yaml'),
      'limits:\n  renderTimeoutSeconds: 0\n',
    );
    const run = await runCli(['lint', '.'], { cwd: directory, env: { ...process.env } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.scaleplan.yaml');
    expect(run.stderr).toContain('renderTimeoutSeconds');
  });

  it('refuses a memory bound that is not a positive number', async () => {
    const run = await runCli(['lint', 'fixtures/kustomize'], {
      env: { ...process.env, SCALEPLAN_RENDER_MEMORY: 'lots' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('SCALEPLAN_RENDER_MEMORY must be a positive number of MiB');
  });

  it('stops a kustomization of 20,000 resources at the timeout the config sets', async () => {
    const lines = ['resources:'];
    const directory = scratchKustomization('');
    for (let index = 0; index < 20_000; index++) {
      fs.writeFileSync(
        path.join(directory, `cm-${index}.yaml`),
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${index}\ndata:\n  a: "1"\n`,
      );
      lines.push(`  - cm-${index}.yaml`);
    }
    fs.writeFileSync(path.join(directory, 'kustomization.yaml'), `${lines.join('\n')}\n`);
    fs.writeFileSync(
      path.join(directory, '.scaleplan.yaml'),
      'limits:\n  renderTimeoutSeconds: 3\n',
    );
    const started = Date.now();
    const run = await runCli(['lint', '.', '--format', 'json'], {
      cwd: directory,
      env: { ...process.env },
    });
    const elapsed = Date.now() - started;
    expect(run.code, run.stderr).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'parse-error', file: 'kustomization.yaml' });
    expect(findings[0]?.message).toContain(
      'kubectl kustomize . did not finish within 3 s and was stopped',
    );
    expect(findings[0]?.message).toContain('raise limits.renderTimeoutSeconds');
    expect(elapsed).toBeLessThan(40_000);
  }, 120_000);

  it('stops a renderer that passes its memory bound, naming the bound', async () => {
    const directory = scratchKustomization('resources:\n  - config.yaml\n');
    fs.writeFileSync(
      path.join(directory, 'config.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\n',
    );
    // Below what kubectl needs to start at all: the bound is applied and reported.
    fs.writeFileSync(path.join(directory, '.scaleplan.yaml'), 'limits:\n  renderMemoryMiB: 64\n');
    const run = await runCli(['lint', '.'], { cwd: directory, env: { ...process.env } });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('kustomization.yaml:1:1');
    expect(run.stdout).toContain(
      'kubectl kustomize . ran out of its 64 MiB memory bound and was stopped',
    );
    // The same directory builds under the default bound.
    fs.rmSync(path.join(directory, '.scaleplan.yaml'));
    const unbounded = await runCli(['lint', '.'], { cwd: directory, env: { ...process.env } });
    expect(unbounded.code, unbounded.stdout).toBe(0);
  }, 60_000);
});

describe.skipIf(!HAS_KUBECTL)('the files a kustomization lists are pre-scanned', () => {
  it('reports an alias bomb in a listed resource at its alias, without running Kustomize on it', async () => {
    const directory = scratchKustomization('resources:\n  - ok.yaml\n  - bomb.yaml\n');
    fs.writeFileSync(
      path.join(directory, 'ok.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n',
    );
    fs.writeFileSync(path.join(directory, 'bomb.yaml'), aliasBomb());
    const started = Date.now();
    const run = await runCli(['lint', '.'], {
      cwd: directory,
      // Kubectl would be stopped by this bound; the pre-scan must not need it.
      env: { ...process.env, SCALEPLAN_RENDER_MEMORY: '1024' },
    });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^bomb\.yaml:7:\d+ +error +Kustomize cannot build this directory/m);
    expect(run.stdout).toContain('billion laughs');
    expect(run.stdout).not.toContain('memory bound');
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 60_000);

  it('follows bases and patches: an alias bomb in a patch of an overlay is found too', async () => {
    const directory = scratchKustomization(
      'resources:\n  - base\npatches:\n  - path: patch.yaml\n',
    );
    fs.mkdirSync(path.join(directory, 'base'));
    fs.writeFileSync(path.join(directory, 'base/kustomization.yaml'), 'resources:\n  - cm.yaml\n');
    fs.writeFileSync(
      path.join(directory, 'base/cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n',
    );
    fs.writeFileSync(path.join(directory, 'patch.yaml'), aliasBomb());
    const run = await runCli(['lint', '.'], { cwd: directory, env: { ...process.env } });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^patch\.yaml:7:\d+ /m);
  });

  it('refuses a listed FIFO instead of waiting on it', async () => {
    const directory = scratchKustomization('resources:\n  - pipe.yaml\n');
    const made = spawnSync('mkfifo', [path.join(directory, 'pipe.yaml')]);
    if (made.status !== 0) {
      return;
    }
    const started = Date.now();
    const run = await runCli(['lint', '.'], { cwd: directory, env: { ...process.env } });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^kustomization\.yaml:2:5 /m);
    expect(run.stdout).toContain('pipe.yaml is not a regular file');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('holds listed files to limits.maxFileBytes like any file it reads (exit 2)', async () => {
    const directory = scratchKustomization('resources:\n  - big.yaml\n');
    fs.writeFileSync(
      path.join(directory, 'big.yaml'),
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  a: "${'x'.repeat(4096)}"\n`,
    );
    fs.writeFileSync(path.join(directory, '.scaleplan.yaml'), 'limits:\n  maxFileBytes: 1024\n');
    const run = await runCli(['lint', '.'], { cwd: directory, env: { ...process.env } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('big.yaml is 4');
    expect(run.stderr).toContain('raise limits.maxFileBytes');
  });

  it('stops compile on an alias bomb in a base that must be rendered, with its position', async () => {
    const repo = scratchKustomization('');
    fs.mkdirSync(path.join(repo, '.git'));
    fs.cpSync(path.join(ROOT, 'fixtures/specs/minimal/base'), path.join(repo, 'base'), {
      recursive: true,
    });
    fs.copyFileSync(
      path.join(ROOT, 'fixtures/specs/minimal/scaleplan.yaml'),
      path.join(repo, 'scaleplan.yaml'),
    );
    fs.rmSync(path.join(repo, 'kustomization.yaml'));
    // A name prefix makes the base one Kustomize must render (not read file by file).
    fs.appendFileSync(
      path.join(repo, 'base/kustomization.yaml'),
      'patches:\n  - path: bomb.yaml\nnamePrefix: shop-\n',
    );
    fs.writeFileSync(path.join(repo, 'base/bomb.yaml'), aliasBomb());
    const run = await runCli(['compile'], { cwd: repo, env: { ...process.env } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/base\/bomb\.yaml:7:\d+/);
    expect(run.stderr).toContain('billion laughs');
    expect(fs.existsSync(path.join(repo, 'overlays'))).toBe(false);
  });
});

interface Finding {
  ruleId: string;
  file: string;
  message: string;
}

function scratchKustomization(kustomization: string): string {
  return temporaryTree('render-bound', { 'kustomization.yaml': kustomization });
}

/** Nine levels of nine aliases: 9^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: bomb', 'data:'];
  lines.push('  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]');
  const names = 'abcdefghi';
  for (let level = 1; level < names.length; level++) {
    const name = names[level] as string;
    const previous = names[level - 1] as string;
    lines.push(`  ${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}
