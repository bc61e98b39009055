/**
 * Scoped evaluation (rules visit only the objects of the reported files) must report on
 * those files exactly what a full run reports: every rule, every finding, suppressions and
 * related locations included. Here on generated sets whose related objects (HPA and target,
 * PDB and workloads, quota and namespace, Service and pods …) are scattered over files at
 * random, with random subsets of files reported; tests/e2e/scoped-fixtures.test.ts does the
 * same on every fixture set of the repository (Kustomize directories rendered).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeManifestSet } from '../../bench/generate.js';
import { lint } from '../../src/lint/lint.js';
import { scratchSpace } from '../_utils.js';

const scratch = scratchSpace('scoped');

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function walk(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    return entry.isDirectory() ? walk(file) : [file];
  });
}

/** Every document of the given YAML files, separately. */
function documentsOf(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split(/^---[ \t]*$/m)
      .filter((document) => /^kind:/m.test(document)),
  );
}

/** The documents dealt out at random to `count` files; returns the directory. */
function scatter(name: string, documents: readonly string[], count: number, next: () => number) {
  const directory = path.join(scratch.root, name);
  const files: string[][] = Array.from({ length: count }, () => []);
  for (const document of documents) {
    files[Math.floor(next() * count)]?.push(document.trim());
  }
  files.forEach((parts, index) => {
    const file = path.join(directory, `part-${String(index).padStart(3, '0')}.yaml`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${parts.join('\n---\n')}\n`);
  });
  return directory;
}

/**
 * Lints the directory once in full, then once scoped per subset of files: the scoped run's
 * findings must be the full run's findings on those files, the same objects and in order.
 */
async function compareSubsets(directory: string, subsets: readonly string[][]): Promise<number> {
  const full = await lint({ paths: [directory], cwd: directory, env: {} });
  let compared = 0;
  for (const reported of subsets) {
    const relative = new Set(reported.map((file) => path.relative(directory, file)));
    const scoped = await lint({
      paths: [directory],
      cwd: directory,
      env: {},
      onlyFiles: [...relative],
    });
    const expected = full.findings.filter((finding) => relative.has(finding.file));
    expect(scoped.findings).toEqual(expected);
    expect(scoped.suppressed).toEqual(
      full.suppressed.filter((finding) => relative.has(finding.file)),
    );
    expect(scoped.summary.objects).toBe(full.summary.objects);
    compared += expected.length;
  }
  return compared;
}

function subset<T>(items: readonly T[], next: () => number, size: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < size && pool.length > 0) {
    chosen.push(...pool.splice(Math.floor(next() * pool.length), 1));
  }
  return chosen;
}

describe('scoped evaluation reports exactly what a full run reports', () => {
  it('on a generated set with related objects scattered over files, for random file subsets', async () => {
    const next = random(14);
    const generated = path.join(scratch.root, 'generated');
    writeManifestSet(generated, { objects: 600 });
    writeManifestSet(path.join(scratch.root, 'generated-heavy'), {
      objects: 200,
      findingsHeavy: true,
    });
    const documents = documentsOf([
      ...walk(generated),
      ...walk(path.join(scratch.root, 'generated-heavy')),
    ]);
    const directory = scatter('scattered', documents, 40, next);
    const files = walk(directory);
    const subsets = [1, 1, 2, 3, 5, 8, 13].map((size) => subset(files, next, size));
    // The comparison is only worth something when there are findings to lose.
    expect(await compareSubsets(directory, subsets)).toBeGreaterThan(50);
  });
});
