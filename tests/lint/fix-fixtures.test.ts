import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import type { Finding } from '../../src/lint/result.js';
import type { AnyRule } from '../../src/lint/rule.js';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';
import { ROOT } from '../_utils.js';

/** The rules that fix, each with the fixtures of its own whose findings it fixes. */
const FIXABLE = rules.filter(
  (rule) => rule.meta.autofix !== undefined && rule.id !== 'hpa-min-max',
);

const hasEdits = (finding: Finding): boolean =>
  finding.autofix !== undefined && 'edits' in finding.autofix && finding.autofix.edits.length > 0;

async function lintOne(rule: AnyRule, text: string): Promise<Finding[]> {
  const settings = rule.id === 'deprecated-api' ? { kubeVersion: '1.26' } : {};
  return (
    await lintSourcesPrepared({ 'case.yaml': text }, { rules: [rule], settings })
  ).findings.filter((finding) => finding.ruleId === rule.id);
}

async function fixAll(rule: AnyRule, text: string): Promise<{ text: string; passes: number }> {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const fixed = applyFixes(new Map([['case.yaml', current]]), await lintOne(rule, current));
    const next = fixed.texts.get('case.yaml');
    if (next === undefined) {
      return { text: current, passes: pass };
    }
    current = next;
  }
  throw new Error('fixes did not settle in 10 passes');
}

/** Lines removed and added from `before` to `after` (CR dropped), as sorted lists. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const count = (text: string) => {
    const counts = new Map<string, number>();
    for (const line of text.replace(/\r/g, '').split('\n')) {
      counts.set(line, (counts.get(line) ?? 0) + 1);
    }
    return counts;
  };
  const a = count(before);
  const b = count(after);
  const difference = (x: Map<string, number>, y: Map<string, number>) =>
    [...x]
      .flatMap(([line, n]) => Array<string>(Math.max(0, n - (y.get(line) ?? 0))).fill(line))
      .sort();
  return { removed: difference(a, b), added: difference(b, a) };
}

const cases = FIXABLE.flatMap((rule) => {
  const directory = path.join(ROOT, 'fixtures/rules', rule.id);
  return (
    fs
      .readdirSync(directory)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ rule, name, text: fs.readFileSync(path.join(directory, name), 'utf8') }))
      // Block scalars and multi-line strings would take an inserted comment line as content.
      .filter(({ text }) => !/[|>][-+]?\s*$/m.test(text) && !/^\s*#.*scaleplan-ignore/m.test(text))
  );
});

describe('fixes on mutated rule fixtures (property)', () => {
  it('has fixable fixtures for every fixable rule', async () => {
    const fixing = new Set<string>();
    for (const { rule, text } of cases) {
      if ((await lintOne(rule, text)).some(hasEdits)) {
        fixing.add(rule.id);
      }
    }
    expect([...fixing].sort()).toEqual(FIXABLE.map((rule) => rule.id).sort());
  });

  it.each(cases.map((entry) => [`${entry.rule.id}/${entry.name}`, entry] as const))(
    '%s: comments and CRLF survive, the same lines change, a second fix is a no-op',
    async (_, { rule, text }) => {
      const original = await fixAll(rule, text);
      const lines = text.split('\n');
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.integer({ min: 0, max: lines.length - 1 }), { maxLength: 6 }),
          fc.boolean(),
          async (positions, crlf) => {
            const mutatedLines = lines.flatMap((line, index) =>
              positions.includes(index) ? [`# mutation ${index}`, line] : [line],
            );
            const mutated = mutatedLines.join('\n').replace(/\n/g, crlf ? '\r\n' : '\n');
            const fixed = await fixAll(rule, mutated);
            expect(fixed.passes).toBe(original.passes);
            // Only the lines the fix changes on the fixture change; comments and CRLF stay.
            expect(changedLines(mutated, fixed.text)).toEqual(changedLines(text, original.text));
            expect(
              fixed.text
                .replace(/\r\n/g, '\n')
                .split('\n')
                .filter((line) => line.startsWith('# mutation')),
            ).toHaveLength(positions.length);
            if (crlf) {
              expect(fixed.text.replace(/\r\n/g, '')).not.toContain('\n');
            }
            // Every finding with edits is gone; a second fix changes nothing.
            expect((await lintOne(rule, fixed.text)).filter(hasEdits)).toEqual([]);
          },
        ),
        { numRuns: 15 },
      );
    },
  );
});
