import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeManifestSet } from '../../bench/generate.js';
import { loadConfig } from '../../src/lint/config/find.js';
import { lintSets, prepareRules } from '../../src/lint/engine.js';
import { lint, runSettings } from '../../src/lint/lint.js';
import { loadInputs, type LoadedSet } from '../../src/load/load.js';
import { rules } from '../../src/lint/rules/index.js';
import { collectInputs } from '../../src/load/inputs.js';
import { scratchSpace } from '../_utils.js';

// The algorithmic shape of linting: cross-object rules look objects up in the set's index
// instead of scanning the set per object, so doubling the objects about doubles the time.
// A quadratic rule would quadruple it; the bounds leave room for noise, not for that.

const SMALL = 5000;
const LARGE = 2 * SMALL;
/** Linear is 2; quadratic is 4. */
const MAX_GROWTH = 3;
/** Below this a rule's time is mostly timer and GC noise, too small to judge its shape. */
const NOISE_FLOOR_MS = 30;

const scratch = scratchSpace('scaling');

const config = (() => {
  fs.writeFileSync(path.join(scratch.root, '.scaleplan.yaml'), 'extends: strict\n');
  return loadConfig(undefined, scratch.root);
})();
const settings = runSettings({}, config);

function generate(objects: number): string {
  const directory = path.join(scratch.root, `set-${objects}`);
  // Findings-heavy: every workload has findings, so reporting and positions are measured too.
  writeManifestSet(directory, { objects, findingsHeavy: true });
  return directory;
}

async function load(directory: string): Promise<LoadedSet[]> {
  const inputs = collectInputs([directory], {
    cwd: scratch.root,
    ignore: [],
    ignoreBase: scratch.root,
  });
  return loadInputs(inputs, {
    cwd: scratch.root,
    defaultNamespace: settings.defaultNamespace,
    env: process.env,
    readStdin: () => Promise.resolve(''),
  });
}

/** Fastest of several runs: the least disturbed by GC and other processes. */
function fastest(runs: number, run: () => void): number {
  let best = Infinity;
  for (let attempt = 0; attempt < runs; attempt++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('lint time grows linearly with the objects', () => {
  const small = generate(SMALL);
  const large = generate(LARGE);

  it('for the whole run: reading, parsing, every rule, reporting', async () => {
    const timeLint = async (directory: string): Promise<number> => {
      let best = Infinity;
      for (let attempt = 0; attempt < 3; attempt++) {
        const start = performance.now();
        const report = await lint({ paths: [directory], cwd: scratch.root, env: process.env });
        best = Math.min(best, performance.now() - start);
        expect(report.summary.objects).toBeGreaterThan(SMALL - 5);
      }
      return best;
    };
    await timeLint(small); // warm-up: module loading and JIT
    const smallMs = await timeLint(small);
    const largeMs = await timeLint(large);
    expect(largeMs / smallMs, `${smallMs.toFixed(0)} ms → ${largeMs.toFixed(0)} ms`).toBeLessThan(
      MAX_GROWTH,
    );
  }, 120_000);

  it('for every rule on its own', async () => {
    const smallSets = await load(small);
    const largeSets = await load(large);
    await prepareRules(rules, [...smallSets, ...largeSets]);
    const timeRule = (rule: (typeof rules)[number], sets: LoadedSet[]): number =>
      fastest(5, () => {
        lintSets(sets, { rules: [rule], config, settings, cwd: scratch.root });
      });
    const growth: string[] = [];
    let judged = 0;
    for (const rule of rules) {
      timeRule(rule, smallSets); // warm-up
      // A rule over the bound is measured again (up to three times in all): a GC pause in
      // one measurement is noise, a quadratic rule is over the bound every time.
      let verdict: { smallMs: number; largeMs: number } | undefined;
      for (let attempt = 0; attempt < 3; attempt++) {
        const smallMs = timeRule(rule, smallSets);
        const largeMs = timeRule(rule, largeSets);
        verdict = { smallMs, largeMs };
        if (largeMs < NOISE_FLOOR_MS || largeMs / smallMs < MAX_GROWTH) {
          break;
        }
      }
      if (!verdict || verdict.largeMs < NOISE_FLOOR_MS) {
        continue;
      }
      judged++;
      if (verdict.largeMs / verdict.smallMs >= MAX_GROWTH) {
        growth.push(
          `${rule.id}: ${verdict.smallMs.toFixed(1)} ms → ${verdict.largeMs.toFixed(1)} ms`,
        );
      }
    }
    // Every rule at least builds the set's index, so some rules are always above the floor.
    expect(judged).toBeGreaterThan(0);
    expect(growth).toEqual([]);
  }, 120_000);
});
