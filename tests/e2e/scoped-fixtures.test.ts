/**
 * Scoped evaluation on every fixture set of the repository: for each set (a rule's fixtures,
 * an example, a seed system, a real-world set, the Kustomize and hostile inputs …), findings
 * reported for some of its files must be exactly the full run's findings on those files.
 * Kustomize directories are rendered (kubectl), so rendered objects, whose findings map back
 * to base and patch files, are covered too. Also every rule fixture at once, its documents
 * dealt out at random over files so that related objects sit in different files.
 *
 * Every run is repeated through a warm lint cache, whose objects are deferred (decoded on
 * first use, see src/load/parse-cache.ts): the same findings, full and scoped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScaleplanError } from '../../src/errors.js';
import { lint, type LintReport } from '../../src/lint/lint.js';
import { ROOT, scratchSpace } from '../_utils.js';

const scratch = scratchSpace('scoped-fixtures');

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
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const file = path.join(directory, entry.name);
      return entry.isDirectory() ? walk(file) : [file];
    });
}

/** One set per folder below these, and the folders that are a set themselves. */
const SET_PARENTS = ['rules', 'examples', 'seeds', 'real', 'kustomize', 'inputs', 'peers', 'specs'];
const SETS = ['hostile'];

function fixtureSets(): string[] {
  const fixtures = path.join(ROOT, 'fixtures');
  return [
    ...SET_PARENTS.flatMap((parent) =>
      fs
        .readdirSync(path.join(fixtures, parent), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(fixtures, parent, entry.name)),
    ),
    ...SETS.map((set) => path.join(fixtures, set)),
  ].sort();
}

async function lintOrError(
  directory: string,
  onlyFiles?: string[],
  cache?: string,
): Promise<LintReport | string> {
  try {
    return await lint({
      paths: [directory],
      cwd: directory,
      env: process.env,
      ...(onlyFiles ? { onlyFiles } : {}),
      ...(cache ? { cache: { location: cache } } : {}),
    });
  } catch (error) {
    if (isScaleplanError(error)) {
      return error.message;
    }
    throw error;
  }
}

const strip = (report: LintReport | string) =>
  typeof report === 'string'
    ? report
    : { findings: report.findings, suppressed: report.suppressed, summary: report.summary };

async function compareSubsets(directory: string, subsets: readonly string[][]): Promise<number> {
  const full = await lintOrError(directory);
  const cache = path.join(scratch.root, 'caches', `${path.basename(directory)}-${cacheCount++}`);
  await lintOrError(directory, undefined, cache);
  const warm = await lintOrError(directory, undefined, cache);
  expect(strip(warm)).toEqual(strip(full));
  let compared = 0;
  for (const relative of subsets) {
    for (const scoped of [
      await lintOrError(directory, relative),
      await lintOrError(directory, relative, cache),
    ]) {
      if (typeof full === 'string') {
        // A set that cannot be linted (a config that does not load) fails the same way.
        expect(scoped).toBe(full);
        continue;
      }
      if (typeof scoped === 'string') {
        throw new Error(`${directory} with --only-files ${relative.join(' ')}: ${scoped}`);
      }
      const wanted = new Set(relative);
      const expected = full.findings.filter((finding) => wanted.has(finding.file));
      expect(scoped.findings).toEqual(expected);
      expect(scoped.suppressed).toEqual(
        full.suppressed.filter((finding) => wanted.has(finding.file)),
      );
      compared += expected.length + scoped.suppressed.length;
    }
  }
  return compared;
}

let cacheCount = 0;

describe('scoped evaluation on every fixture set', () => {
  const next = random(2024);
  let compared = 0;
  for (const directory of fixtureSets()) {
    it(
      path.relative(ROOT, directory),
      async () => {
        const files = walk(directory).map((file) => path.relative(directory, file));
        const subsets: string[][] = [];
        // Every file on its own in small sets, random ones in large sets, and a random half.
        const singles = files.length <= 8 ? files : files.filter(() => next() < 8 / files.length);
        subsets.push(...singles.map((file) => [file]));
        subsets.push(files.filter(() => next() < 0.5));
        compared += await compareSubsets(
          directory,
          subsets.filter((subset) => subset.length > 0),
        );
      },
      120_000,
    );
  }
  it('compared a meaningful number of findings', () => {
    expect(compared).toBeGreaterThan(200);
  });
});

describe('scoped evaluation with related objects in different files', () => {
  it('every rule fixture dealt out at random over 30 files, for random file subsets', async () => {
    const next = random(1414);
    const documents = walk(path.join(ROOT, 'fixtures/rules'))
      .filter((file) => /\.ya?ml$/.test(file))
      .flatMap((file) => fs.readFileSync(file, 'utf8').split(/^---[ \t]*$/m))
      .filter((document) => /^kind:/m.test(document));
    const directory = path.join(scratch.root, 'rule-fixtures');
    const parts: string[][] = Array.from({ length: 30 }, () => []);
    for (const document of documents) {
      parts[Math.floor(next() * parts.length)]?.push(document.trim());
    }
    fs.mkdirSync(directory);
    parts.forEach((part, index) =>
      fs.writeFileSync(path.join(directory, `part-${index}.yaml`), `${part.join('\n---\n')}\n`),
    );
    const files = parts.map((_, index) => `part-${index}.yaml`);
    const subsets = [1, 1, 2, 3, 5, 8].map((size) =>
      files.filter(() => next() < size / files.length).slice(0, size),
    );
    expect(
      await compareSubsets(
        directory,
        subsets.filter((subset) => subset.length > 0),
      ),
    ).toBeGreaterThan(20);
  }, 120_000);
});
