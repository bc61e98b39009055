/**
 * Runs every peer case of tests/peers/cases/ through the one harness (tests/peers/harness.ts)
 * and checks that the agreement table in docs/peer-comparison.md is the one these results
 * produce, so the documented agreement cannot drift from the code. `UPDATE_PEER_TABLE=1`
 * rewrites the table instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS as AUTOSCALING_PDB } from './cases/autoscaling-pdb.js';
import { GROUPS as COVERAGE } from './cases/coverage.js';
import { GROUPS as HOUSE_RULES } from './cases/house-rules.js';
import { GROUPS as KYVERNO_CHAINSAW } from './cases/kyverno-chainsaw.js';
import { GROUPS as KYVERNO_STATES } from './cases/kyverno-states.js';
import { GROUPS as REFERENCES } from './cases/references.js';
import { GROUPS as REQUESTS } from './cases/requests.js';
import { GROUPS as SCHEMAS } from './cases/schema-deprecation.js';
import { GROUPS as SCALING } from './cases/scaling-checks.js';
import {
  agreementTable,
  agrees,
  mistakes,
  reported,
  ROOT,
  TABLE_END,
  TABLE_START,
  undocumented,
  type Disagreement,
  type PeerGroup,
} from './harness.js';

const GROUPS: PeerGroup[] = [
  ...AUTOSCALING_PDB,
  ...REQUESTS,
  ...REFERENCES,
  ...SCALING,
  ...COVERAGE,
  ...KYVERNO_STATES,
  ...SCHEMAS,
  ...HOUSE_RULES,
  ...KYVERNO_CHAINSAW,
];
const DOC = path.join(ROOT, 'docs/peer-comparison.md');

for (const group of GROUPS) {
  describe(`${group.topic}: ${group.tool}`, () => {
    it.each(
      group.cases.map(
        (testCase) =>
          [`${testCase.check}: ${testCase.fixture} → ${testCase.rule}`, testCase] as const,
      ),
    )('%s', async (_name, testCase) => {
      const actual = await reported(testCase);
      expect(actual).toEqual(testCase.scaleplan);
      expect(
        agrees(testCase, actual),
        testCase.disagreement ? 'a listed disagreement must be one' : 'verdicts must agree',
      ).toBe(testCase.disagreement === undefined);
      if (testCase.disagreement) {
        expect(undocumented(testCase.disagreement), 'whose, why and a Kubernetes source').toBe(
          undefined,
        );
      }
    });
  });
}

describe('a disagreement must be documented', () => {
  const source = 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/';
  const why = 'The budget allows no eviction at the minimum replica count of its workload.';
  it.each([
    ['no disagreement', undefined],
    ['no category', { why, source } as unknown as Disagreement],
    ['an unknown category', { whose: 'theirs', why, source } as unknown as Disagreement],
    ['no reason', { whose: 'peer', why: '', source } as Disagreement],
    ['no Kubernetes source', { whose: 'ours', why, source: 'trust me' } as Disagreement],
  ])('%s is rejected', (_name, disagreement) => {
    expect(undocumented(disagreement)).toEqual(expect.any(String));
  });
  it('whose, why and a kubernetes.io or k/k source are accepted', () => {
    expect(undocumented({ whose: 'deliberate', why, source })).toBeUndefined();
    expect(
      undocumented({
        whose: 'ours',
        why,
        source: 'kubernetes/kubernetes:pkg/apis/policy/validation/validation.go',
      }),
    ).toBeUndefined();
  });
});

describe('docs/peer-comparison.md', () => {
  it('prints the agreement table these cases produce', async () => {
    const generated = `${TABLE_START}\n\n${await agreementTable(GROUPS)}\n\nOur mistakes among the disagreements:\n\n${await mistakes(GROUPS, 'ours')}\n\nThe peers' mistakes among the disagreements:\n\n${await mistakes(GROUPS, 'peer')}\n\n${TABLE_END}`;
    const text = fs.readFileSync(DOC, 'utf8');
    const start = text.indexOf(TABLE_START);
    const end = text.indexOf(TABLE_END);
    expect(start, 'the doc has the table markers').toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const current = text.slice(start, end + TABLE_END.length);
    if (process.env.UPDATE_PEER_TABLE === '1' && current !== generated) {
      fs.writeFileSync(DOC, text.slice(0, start) + generated + text.slice(end + TABLE_END.length));
      return;
    }
    expect(current).toBe(generated);
  });
});
