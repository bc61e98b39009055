import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { schemaRuntimePlugin } from './schema-runtime-plugin.js';

const ROOT = path.resolve(import.meta.dirname, '..');

// CommonJS dependencies call require(); ESM output needs one. esbuild adds the line to every
// file; bundle() keeps it only where the identifier is used (see withoutUnusedRequire).
const REQUIRE_BANNER =
  "import { createRequire as __scaleplanCreateRequire } from 'node:module';\nconst require = __scaleplanCreateRequire(import.meta.url);";

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
    // Start-up parses every chunk a run imports (~2 MB for a small lint): without the
    // indentation and comments that is a quarter less text to scan. Names are kept, so stack
    // traces still read.
    minifyWhitespace: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [schemaRuntimePlugin()],
    define: { __SCALEPLAN_BUILD__: JSON.stringify(buildId()) },
    banner: { js: REQUIRE_BANNER },
  });
  withoutUnusedRequire(outdir);
  const cli = path.join(outdir, 'cli.js');
  fs.writeFileSync(
    cli,
    `#!/usr/bin/env node\n${fs.readFileSync(cli, 'utf8').replace(/^#!.*\n/, '')}`,
  );
  fs.chmodSync(cli, 0o755);
}

/**
 * Drops the require banner from the files that never name `require`: all but the one that
 * holds esbuild's `__require` helper (the others import that) and a few that mention it in
 * a string. Each createRequire costs a module resolution at start-up, and a small lint
 * imports some forty chunks.
 */
function withoutUnusedRequire(outdir: string): void {
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        walk(file);
      } else if (entry.name.endsWith('.js')) {
        const text = fs.readFileSync(file, 'utf8');
        const code = text.replace(`${REQUIRE_BANNER}\n`, '');
        if (code !== text && !/(?<![\w$.])require\b/.test(code)) {
          fs.writeFileSync(file, code);
        }
      }
    }
  };
  walk(outdir);
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
