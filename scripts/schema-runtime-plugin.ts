import path from 'node:path';
import type { Plugin } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const VALIDATE_PACKAGE = `${path.sep}@kubernetes-models${path.sep}validate${path.sep}`;

/**
 * Bundles the kubernetes-models validators with scaleplan's own formats and Go-regexp
 * stand-ins (see src/k8s/schema-formats.ts and go-regexp.ts): the originals pull in
 * 180 kB of formats no schema uses, and re2-wasm cannot run from a bundle at all.
 */
export function schemaRuntimePlugin(): Plugin {
  return {
    name: 'scaleplan-schema-runtime',
    setup(build) {
      build.onResolve({ filter: /^@kubernetes-models\/validate\/runtime\/re2$/ }, () => ({
        path: path.join(ROOT, 'src/k8s/go-regexp.ts'),
      }));
      build.onResolve({ filter: /^\.\/formats\.js$/ }, (args) =>
        args.importer.includes(VALIDATE_PACKAGE)
          ? { path: path.join(ROOT, 'src/k8s/schema-formats.ts') }
          : undefined,
      );
    },
  };
}
