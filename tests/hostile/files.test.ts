import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { temporaryTree } from '../_utils.js';

describe('hostile file trees', () => {
  it('lints a directory of 100,000 small files in bounded time and memory', async () => {
    const directory = temporaryTree('100k');
    for (let folder = 0; folder < 100; folder++) {
      fs.mkdirSync(path.join(directory, `team-${folder}`));
      for (let index = 0; index < 1000; index++) {
        fs.writeFileSync(
          path.join(directory, `team-${folder}`, `config-${index}.yaml`),
          `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${folder}-${index}\n  namespace: team-${folder}\ndata: {key: "value"}\n`,
        );
      }
    }
    const started = Date.now();
    const heapBefore = process.memoryUsage().rss;
    const run = await runCli(['lint', directory, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.code, run.stderr).toBe(0);
    const summary = (JSON.parse(run.stdout) as { summary: { files: number; objects: number } })
      .summary;
    expect(summary).toMatchObject({ files: 100_000, objects: 100_000 });
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(1024 * 1024 * 1024);
    fs.rmSync(directory, { recursive: true, force: true });
  }, 180_000);

  it('reports a path that does not exist as a usage error naming it', async () => {
    const run = await runCli(['lint', 'no/such/place.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no/such/place.yaml');
  });

  it('ends a symlink loop', async () => {
    const directory = temporaryTree('loop');
    fs.mkdirSync(path.join(directory, 'a'));
    fs.writeFileSync(
      path.join(directory, 'a/cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\n',
    );
    fs.symlinkSync(directory, path.join(directory, 'a/loop'));
    const run = await runCli(['lint', directory, '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: { objects: number } }).summary.objects).toBe(1);
    fs.rmSync(directory, { recursive: true, force: true });
  });
});
