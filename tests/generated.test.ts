import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generatedFiles, ROOT } from '../scripts/generated-files.js';

it('generated files (rule index, docs, config schema, validators, policy packs) are current', async () => {
  const files = await generatedFiles();
  const stale = Object.entries(files)
    .filter(([relative, content]) => {
      const absolute = path.join(ROOT, relative);
      return !fs.existsSync(absolute) || fs.readFileSync(absolute, 'utf8') !== content;
    })
    .map(([relative]) => relative);
  const orphans = fs
    .readdirSync(path.join(ROOT, 'docs/rules'))
    .map((name) => `docs/rules/${name}`)
    .filter((relative) => !(relative in files));
  expect({ stale, orphans }, 'run npm run generate').toEqual({ stale: [], orphans: [] });
});
