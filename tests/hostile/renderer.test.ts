import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';

const HAS_KUBECTL =
  spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!HAS_KUBECTL)('the Kustomize renderer is bounded', () => {
  it('stops a build whose remote base never answers, as a parse-error on its kustomization', async () => {
    // Accepts connections and never says a word.
    const sockets: net.Socket[] = [];
    const server = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'scaleplan-silent-'));
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
});
