import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';
import { temporaryTree } from '../_utils.js';

const CLI = path.join(ROOT, 'dist/cli.js');

describe('the built CLI and closed or full streams', () => {
  it('lint | head -1 ends quietly (EPIPE), with the run’s own exit status', () => {
    const directory = temporaryTree('epipe');
    const documents = Array.from(
      { length: 3000 },
      (_, index) =>
        `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web-${index}\nspec:\n  minReplicas: 5\n  maxReplicas: 3\n`,
    );
    fs.writeFileSync(path.join(directory, 'many.yaml'), documents.join('---\n'));
    const run = spawnSync(
      'sh',
      ['-c', `node "${CLI}" lint many.yaml 2>stderr.txt | head -1 >/dev/null; echo $?`],
      { cwd: directory, encoding: 'utf8' },
    );
    // sh has no PIPESTATUS: the status echoed is head's; the CLI's stderr is what matters.
    expect(run.stdout.trim()).toBe('0');
    expect(fs.readFileSync(path.join(directory, 'stderr.txt'), 'utf8')).toBe('');
    const status = spawnSync(
      'bash',
      ['-c', `node "${CLI}" lint many.yaml | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      { cwd: directory, encoding: 'utf8' },
    );
    expect(status.stderr).toBe('');
    expect(status.stdout.trim()).toBe('1');
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('bare scaleplan writes usage to stderr only and exits 2', () => {
    const run = spawnSync('node', [CLI], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: scaleplan/);
  });
});
