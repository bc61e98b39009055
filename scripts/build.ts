import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { schemaRuntimePlugin } from './schema-runtime-plugin.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Bundles the CLI, the library and the Action into dist/ (committed: the Action and the
 * pre-commit hook run from it). Code split, so each entry loads only what it runs.
 */
export async function bundle(outdir = path.join(ROOT, 'dist')): Promise<void> {
  fs.rmSync(outdir, { recursive: true, force: true });
  const entryPoints: Record<string, string> = {
    cli: 'src/cli/bin.ts',
    index: 'src/index.ts',
  };
  for (const [name, file] of Object.entries({ action: 'src/integrations/action/index.ts' })) {
    if (fs.existsSync(path.join(ROOT, file))) {
      entryPoints[name] = file;
    }
  }
  await build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    minifySyntax: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [schemaRuntimePlugin()],
    define: { __SCALEPLAN_BUILD__: JSON.stringify(buildId()) },
    // CommonJS dependencies call require(); ESM output needs one.
    banner: {
      js: "import { createRequire as __scaleplanCreateRequire } from 'node:module';\nconst require = __scaleplanCreateRequire(import.meta.url);",
    },
  });
  const cli = path.join(outdir, 'cli.js');
  fs.writeFileSync(
    cli,
    `#!/usr/bin/env node\n${fs.readFileSync(cli, 'utf8').replace(/^#!.*\n/, '')}`,
  );
  fs.chmodSync(cli, 0o755);
}

/**
 * A hash of what the bundle is made of (src/ and the lockfile): the lint cache is keyed by
 * it, so a cache written by another build is never trusted. Deterministic, so that
 * rebuilding the same tree gives the same dist/.
 */
function buildId(): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        walk(file);
      } else {
        files.push(file);
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  files.push(path.join(ROOT, 'package-lock.json'));
  for (const file of files.sort()) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await bundle(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
}
