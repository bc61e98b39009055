import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRuleExamples } from '../src/lint/rule-examples.js';
import { rules } from '../src/lint/rules/index.js';
import { ruleIds } from '../scripts/generated-files.js';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('rule registry', () => {
  it('lists exactly the rule files, sorted', () => {
    expect(rules.map((rule) => rule.id)).toEqual(ruleIds());
  });

  it('documents --fix for every rule whose example it fixes', async () => {
    const fixing: string[] = [];
    for (const rule of rules) {
      const { incorrect } = await lintRuleExamples(rule);
      if (incorrect.some((finding) => finding.autofix && 'edits' in finding.autofix)) {
        fixing.push(rule.id);
      }
    }
    expect(fixing).toEqual([
      'deprecated-api',
      'extended-resource-limits',
      'hpa-replicas-pinned',
      'hpa-scale-down-unstabilized',
      'pdb-blocks-eviction',
      'quota-extended-resource-key',
    ]);
    expect(fixing.filter((id) => !rules.find((rule) => rule.id === id)?.meta.autofix)).toEqual([]);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s follows the conventions',
    (id, rule) => {
      const { meta } = rule;
      expect(fs.existsSync(path.join(ROOT, 'src/lint/rules', `${id}.ts`))).toBe(true);
      expect(
        fs.existsSync(path.join(ROOT, 'tests/lint/rules', `${id}.test.ts`)),
        'one test file per rule',
      ).toBe(true);
      expect(
        fs.existsSync(path.join(ROOT, 'docs/rules', `${id}.md`)),
        'one doc page per rule',
      ).toBe(true);
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(meta.description).toMatch(/^(Require|Disallow|Enforce) /);
      expect(meta.description).not.toMatch(/\.$/);
      for (const [messageId, message] of Object.entries(meta.messages)) {
        expect(message, messageId).toMatch(/^[A-Z{"].*(\.|\}\})$/s);
      }
      expect(meta.rationale.length).toBeGreaterThan(40);
      expect(meta.remediation.length).toBeGreaterThan(10);
      const optionNames = Object.keys(meta.optionsSchema?.properties ?? {});
      expect(Object.keys(meta.defaultOptions as object).sort()).toEqual(optionNames.sort());
    },
  );

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s: the incorrect example fires and the correct one stays silent',
    async (_id, rule) => {
      const { incorrect, correct } = await lintRuleExamples(rule);
      expect(incorrect.length).toBeGreaterThan(0);
      expect(correct).toEqual([]);
    },
  );
});
