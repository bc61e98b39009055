import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import { lintAndFix } from '../../src/lint/fix-run.js';
import type { Finding } from '../../src/lint/result.js';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';
import { scratchSpace } from '../_utils.js';

/** The rules that fix (hpa-min-max documents why it does not). */
const FIXABLE = rules.filter(
  (rule) => rule.meta.autofix !== undefined && rule.id !== 'hpa-min-max',
);

const hasEdits = (finding: Finding): boolean =>
  finding.autofix !== undefined && 'edits' in finding.autofix && finding.autofix.edits.length > 0;

/** The example with every fix of its rule applied in memory, pass after pass. */
async function fixedInMemory(rule: (typeof rules)[number], text: string): Promise<string> {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const settings = rule.id === 'deprecated-api' ? { kubeVersion: '1.26' } : {};
    const { findings } = await lintSourcesPrepared(
      { 'example.yaml': current },
      { rules: [rule], settings },
    );
    const next = applyFixes(
      new Map([['example.yaml', current]]),
      findings.filter((finding) => finding.ruleId === rule.id),
    ).texts.get('example.yaml');
    if (next === undefined) {
      return current;
    }
    current = next;
  }
  throw new Error('fixes did not settle in 10 passes');
}

describe('every rule example fixed through a Kustomize base', () => {
  const scratch = scratchSpace('fix-kustomize');

  it.each(FIXABLE.map((rule) => [rule.id, rule] as const))(
    '%s: the base is fixed, the finding is gone, and the overlay still builds',
    async (id, rule) => {
      const config = `rules:\n${rules.map((other) => `  ${other.id}: ${other.id === id ? 'error' : 'off'}\n`).join('')}`;
      const directory = scratch.tree(
        {
          'base/example.yaml': rule.meta.examples.incorrect,
          'base/kustomization.yaml': 'resources:\n  - example.yaml\n',
          'overlay/kustomization.yaml': 'resources:\n  - ../base\nnamePrefix: prod-\n',
          '.scaleplan.yaml': config,
        },
        id,
      );
      const request = {
        paths: ['overlay'],
        cwd: directory,
        env: { PATH: process.env.PATH ?? '' },
        ...(id === 'deprecated-api' ? { kubeVersion: '1.26' } : {}),
      };
      const outcome = await lintAndFix(request);
      expect(outcome.skipped).toEqual([]);
      expect(outcome.fixed).toBeGreaterThan(0);
      expect(outcome.changes.map((change) => change.file)).toEqual(['base/example.yaml']);
      expect(outcome.report.findings.filter(hasEdits)).toEqual([]);
      expect(fs.readFileSync(path.join(directory, 'base/example.yaml'), 'utf8')).toBe(
        await fixedInMemory(rule, rule.meta.examples.incorrect),
      );
      execFileSync('kubectl', ['kustomize', 'overlay'], { cwd: directory, stdio: 'pipe' });
      const again = await lintAndFix(request);
      expect(again.fixed).toBe(0);
      expect(again.changes).toEqual([]);
    },
  );
});
