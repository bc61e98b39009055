import fs from 'node:fs';
import path from 'node:path';
import { generatedFiles, ROOT } from './generated-files.js';

/** Writes every generated file; `--check` only lists the stale ones and exits 1. */
const check = process.argv.includes('--check');
const files = await generatedFiles();
const stale: string[] = [];
for (const [relative, content] of Object.entries(files)) {
  const absolute = path.join(ROOT, relative);
  const current = fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : undefined;
  if (current !== content) {
    stale.push(relative);
    if (!check) {
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
      fs.writeFileSync(absolute, content);
    }
  }
}
const docsDirectory = path.join(ROOT, 'docs/rules');
for (const name of fs.existsSync(docsDirectory) ? fs.readdirSync(docsDirectory) : []) {
  const relative = `docs/rules/${name}`;
  if (!(relative in files)) {
    stale.push(`${relative} (orphan)`);
    if (!check) {
      fs.rmSync(path.join(ROOT, relative));
    }
  }
}
if (check && stale.length > 0) {
  console.error(
    `Generated files are stale (run npm run generate):\n${stale.map((file) => `  ${file}`).join('\n')}`,
  );
  process.exit(1);
}
console.error(check ? 'Generated files are current.' : `Wrote ${stale.length} generated file(s).`);
