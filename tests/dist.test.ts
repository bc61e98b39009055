import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { bundle } from '../scripts/build.js';
import { temporaryTree } from './_utils.js';

const ROOT = path.resolve(import.meta.dirname, '..');

function listFiles(directory: string, prefix = ''): string[] {
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(directory, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

it('the committed dist/ is what the sources bundle to', async () => {
  const fresh = temporaryTree('dist');
  try {
    await bundle(fresh);
    const committed = path.join(ROOT, 'dist');
    expect(listFiles(committed), 'run npm run build').toEqual(listFiles(fresh));
    for (const file of listFiles(fresh)) {
      expect(
        fs.readFileSync(path.join(committed, file), 'utf8') ===
          fs.readFileSync(path.join(fresh, file), 'utf8'),
        `${file} is stale: run npm run build`,
      ).toBe(true);
    }
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
});
