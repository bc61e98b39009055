import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import rule from '../../../src/lint/rules/unknown-api-version.js';
import { rules } from '../../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../../src/lint/sources.js';
import { ROOT, ruleTester } from '../../_utils.js';

const DIR = 'fixtures/rules/unknown-api-version';

ruleTester().run(rule, {
  valid: [{ name: 'served, removed, foreign and unknown kinds', fixture: `${DIR}/served.yaml` }],
  invalid: [
    {
      fixture: `${DIR}/unserved.yaml`,
      errors: [
        {
          messageId: 'unserved',
          line: 2,
          column: 13,
          severity: 'error',
          messageIncludes: [
            'PodDisruptionBudget "web" has apiVersion v1',
            'Use apiVersion: policy/v1.',
          ],
        },
        { messageId: 'unserved', line: 11, column: 13, messageIncludes: ['apiVersion: apps/v1.'] },
        {
          messageId: 'unserved',
          line: 25,
          column: 13,
          messageIncludes: ['apiVersion: autoscaling/v1 or apiVersion: autoscaling/v2.'],
        },
      ],
    },
    {
      fixture: `${DIR}/not-counted.yaml`,
      errors: [{ messageId: 'unserved', line: 19, column: 13 }],
    },
  ],
});

describe('objects under an unserved apiVersion count for no rule', () => {
  it('a v1 PodDisruptionBudget neither protects nor blocks a Deployment', async () => {
    const file = `${DIR}/not-counted.yaml`;
    const result = await lintSourcesPrepared(
      { [file]: fs.readFileSync(path.join(ROOT, file), 'utf8') },
      // The budget rules, which would count the object if ManifestSet did not leave it out.
      {
        rules: rules.filter(
          (candidate) => candidate.id.startsWith('pdb-') || candidate.id === rule.id,
        ),
      },
    );
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.line}`)).toEqual([
      'pdb-missing 5',
      'unknown-api-version 19',
    ]);
  });
});
