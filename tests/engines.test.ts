/**
 * `engines` in package.json is a promise: scaleplan runs on every Node.js it names. The
 * installed tree must agree, or `npm ci` warns EBADENGINE and a user cannot tell which of
 * the two is true.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

interface LockedPackage {
  version?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

/**
 * Build inputs that declare a newer Node.js than ours, and why that is true all the same.
 * kubernetes-models 5 is the only maintained source of the Kubernetes 1.36 schemas
 * (resource.k8s.io/v1 device claims for GPUs, MutatingAdmissionPolicy, container restart
 * rules); 4.x stops before them. Its maintainers raised `engines` to 22 when Node.js 20 left
 * maintenance, not for an API the packages use (their code calls none of Node.js 22's
 * additions: no groupBy, withResolvers, Set methods or getBuiltinModule): they hold JSON
 * schemas and ajv-generated
 * validators (@kubernetes-models/prometheus-operator declares no engines). They are
 * devDependencies because dist/ bundles what scaleplan uses of them
 * (esbuild, target node20, lowers or refuses syntax Node.js 20 lacks), and the whole test
 * suite, schema-invalid included, runs on Node.js 20 in CI. `npm ci` in a checkout therefore
 * prints EBADENGINE for exactly these, and for nothing a user of the package installs.
 */
const BUILD_INPUTS_AHEAD_OF_OUR_ENGINES = new Set([
  'kubernetes-models',
  '@kubernetes-models/apimachinery',
  '@kubernetes-models/autoscaler',
  '@kubernetes-models/base',
  '@kubernetes-models/keda',
  '@kubernetes-models/validate',
]);

function packageName(lockPath: string): string {
  return lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

interface Ahead {
  name: string;
  version: string;
  node: string;
  dev: boolean;
}

/** Locked packages whose `engines.node` does not pass `fits`, in name order. */
function lockedPackagesWhere(fits: (node: string) => boolean): Ahead[] {
  const ahead: Ahead[] = [];
  for (const [lockPath, locked] of Object.entries(lock.packages)) {
    if (lockPath === '' || Array.isArray(locked.engines)) {
      continue;
    }
    const node = locked.engines?.node;
    if (node === undefined || semver.validRange(node) === null || fits(node)) {
      continue;
    }
    ahead.push({
      name: packageName(lockPath),
      version: locked.version ?? '?',
      node,
      dev: locked.dev === true,
    });
  }
  return ahead.sort((a, b) => a.name.localeCompare(b.name));
}

const OURS = manifest.engines.node;
const OLDEST = semver.minVersion(OURS)?.version ?? '';

describe('engines', () => {
  it('names a Node.js range that includes the one running this suite', () => {
    expect(semver.satisfies(process.versions.node, manifest.engines.node)).toBe(true);
  });

  it('holds for every package a user of scaleplan installs, on every version it names', () => {
    const installed = lockedPackagesWhere((node) => semver.subset(OURS, node));
    expect(installed.filter((locked) => !locked.dev)).toEqual([]);
  });

  it('holds for the development tree on the oldest Node.js it names, but for the build inputs above', () => {
    // npm checks engines against the running Node.js: what `npm ci` on the oldest supported
    // version warns about is exactly this list.
    const warned = lockedPackagesWhere((node) => semver.satisfies(OLDEST, node));
    expect(warned.filter((locked) => !BUILD_INPUTS_AHEAD_OF_OUR_ENGINES.has(locked.name))).toEqual(
      [],
    );
    expect(new Set(warned.map((locked) => locked.name))).toEqual(BUILD_INPUTS_AHEAD_OF_OUR_ENGINES);
    for (const name of BUILD_INPUTS_AHEAD_OF_OUR_ENGINES) {
      expect(manifest.dependencies[name], name).toBeUndefined();
    }
  });

  it('pins content-type (from @octokit/request) to 2.1.0, whose engines fit ours', () => {
    const overridden = Object.entries(lock.packages).find(
      ([lockPath]) => packageName(lockPath) === 'content-type',
    );
    expect(overridden?.[1].version).toBe('2.1.0');
    const node = (overridden?.[1].engines as { node: string } | undefined)?.node ?? '*';
    expect(semver.subset(OURS, node)).toBe(true);
  });
});
