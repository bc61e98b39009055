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

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await bundle(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
}
