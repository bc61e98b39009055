import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';
import { ROOT, SEED_SYSTEMS, systemDirectory } from './systems.js';

// Each seed system's README says which mistakes of the seed's own YAML the linter catches.
// `seed-original.yaml` holds that YAML; this test keeps the README honest: every mistake it
// names is reported, on the line the README's excerpt has it, and every rule that reports
// something on the seed's YAML is one the README explains.

interface Expected {
  ruleId: string;
  /** Line of the finding in seed-original.yaml; undefined when the rule may pick the field. */
  line?: number;
}

const EXPECTED: Readonly<Record<string, readonly Expected[]>> = {
  opifex: [
    { ruleId: 'hpa-min-replicas', line: 14 },
    { ruleId: 'hpa-unsupported-resource-metric', line: 19 },
    { ruleId: 'schema-invalid', line: 20 },
    { ruleId: 'schema-invalid', line: 26 },
    { ruleId: 'quota-extended-resource-key', line: 37 },
    { ruleId: 'pdb-missing', line: 45 },
    { ruleId: 'gpu-without-placement' },
  ],
  sutazai: [
    { ruleId: 'schema-invalid', line: 24 },
    { ruleId: 'hpa-vpa-conflict', line: 41 },
    { ruleId: 'pdb-missing', line: 56 },
  ],
  hsof: [{ ruleId: 'pdb-missing', line: 75 }],
  'llm-platform': [
    { ruleId: 'schema-invalid', line: 8 },
    { ruleId: 'schema-invalid', line: 29 },
  ],
};

const registered = new Set(rules.map((rule) => rule.id));

const WITH_ORIGINAL = SEED_SYSTEMS.filter((system) =>
  fs.existsSync(path.join(ROOT, systemDirectory(system), 'seed-original.yaml')),
);

it('has the seed YAML of every system whose seed shows YAML', () => {
  // ai-inference's seed is a summary without YAML; the others show their HPAs and more.
  expect(WITH_ORIGINAL.map((system) => system.name).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(WITH_ORIGINAL)('the $name seed', (system) => {
  const directory = path.join(ROOT, systemDirectory(system));
  const file = `${systemDirectory(system)}/seed-original.yaml`;
  const readme = fs.readFileSync(path.join(directory, 'README.md'), 'utf8');
  const expected = EXPECTED[system.name] ?? [];
  const lint = () =>
    lintSourcesPrepared(
      { [file]: fs.readFileSync(path.join(directory, 'seed-original.yaml'), 'utf8') },
      { rules },
    );

  const active = expected.filter((entry) => registered.has(entry.ruleId));
  const pending = expected.filter((entry) => !registered.has(entry.ruleId));

  it('reports every mistake the README names, where the seed has it', async () => {
    const findings = (await lint()).findings;
    for (const entry of active) {
      const matching = findings.filter(
        (finding) =>
          finding.ruleId === entry.ruleId &&
          (entry.line === undefined || finding.line === entry.line),
      );
      expect(matching.length, `${entry.ruleId} at line ${entry.line ?? 'any'}`).toBeGreaterThan(0);
    }
    expect(findings.length).toBeGreaterThanOrEqual(active.length);
  });

  it('explains in the README every rule that fires on the seed YAML', async () => {
    const fired = [...new Set((await lint()).findings.map((finding) => finding.ruleId))].sort();
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.filter((ruleId) => !readme.includes(`\`${ruleId}\``))).toEqual([]);
    for (const entry of expected) {
      expect(readme, `README names ${entry.ruleId}`).toContain(`\`${entry.ruleId}\``);
    }
  });

  for (const entry of pending) {
    // A rule of the contract that is not in the registry yet: the README already names it.
    it.todo(`reports ${entry.ruleId} once that rule is in the registry`);
  }
});
