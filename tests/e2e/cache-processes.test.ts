/**
 * The lint cache shared by processes that run at once (two pre-commit hooks, a hook and an
 * editor): every run reports what an uncached run reports, and the cache left behind is
 * whole and serves the next run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FORMAT } from '../../src/load/parse-cache.js';
import { ROOT, scratchSpace } from '../_utils.js';

const scratch = scratchSpace('cache-processes');
const CLI = path.join(ROOT, 'src/cli/bin.ts');
/** tsx's loader by URL: the runs' working directory has no node_modules to find it in. */
const TSX = import.meta.resolve('tsx');

function lintProcess(
  cwd: string,
  args: string[],
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, 'lint', ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('the lint cache across processes', () => {
  it('stays whole when runs write it at once, and every run reports the same', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 40; index++) {
      files[`svc-${index}.yaml`] =
        `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: svc-${index}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: svc-${index}}\n  minReplicas: 1\n  maxReplicas: 4\n`;
    }
    const directory = scratch.tree(files);
    const cache = path.join(directory, 'shared-cache', path.sep);
    const uncached = await lintProcess(directory, ['.', '--format', 'json']);
    expect(uncached.code).toBe(0);
    const report = JSON.parse(uncached.stdout) as { findings: unknown[] };
    expect(report.findings.length).toBeGreaterThanOrEqual(40);
    const runs = await Promise.all(
      [0, 1, 2].map(() =>
        lintProcess(directory, ['.', '--format', 'json', '--cache', '--cache-location', cache]),
      ),
    );
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(uncached.stdout);
    }
    // Only the cache itself is left: no temporary file of any of the writers.
    expect(fs.readdirSync(cache)).toEqual(['lint.cache']);
    const after = await lintProcess(directory, [
      '.',
      '--format',
      'json',
      '--cache',
      '--cache-location',
      cache,
    ]);
    expect(after.stdout).toBe(uncached.stdout);
    expect(fs.readFileSync(path.join(cache, 'lint.cache'), 'utf8')).toMatch(
      new RegExp(`^\\{"scaleplanCache":${CACHE_FORMAT},`),
    );
  }, 120_000);
});
