import { defineConfig } from 'vitest/config';

/** Tests that mock modules or count module-level loads need a fresh module graph per file. */
const ISOLATED = ['tests/integrations/**/*.test.ts', 'tests/k8s/schemas-throughput.test.ts'];
/** Tests that spawn kubectl, pre-commit or the bundle, or generate large inputs. */
const SLOW = [
  'tests/e2e/**/*.test.ts',
  'tests/capacity/**/*.test.ts',
  'tests/hostile/**/*.test.ts',
  'tests/perf/**/*.test.ts',
  'tests/real/**/*.test.ts',
  // Whole-repository sweeps (every generator, every fixture's positions, the bundle, every
  // RUNBOOK chart through mermaid, random scoped runs): in npm test, kept out of check:quick.
  'tests/generated.test.ts',
  'tests/source/event-locate.test.ts',
  'tests/dist.test.ts',
  'tests/compile/scale-chart.test.ts',
  'tests/lint/scoped-equivalence.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    pool: 'threads',
    projects: [
      {
        extends: true,
        // Sharing the module graph between files makes the suite several times faster:
        // most files load the whole rule set.
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...ISOLATED, ...SLOW],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
      { extends: true, test: { name: 'slow', include: SLOW, isolate: true } },
    ],
  },
});
