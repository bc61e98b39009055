import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../_utils.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

  it('offers scaleplan-fix: lint --fix of the staged files with the repository as context', () => {
    expect(hooks.map((hook) => hook.id)).toEqual([
      'scaleplan-lint',
      'scaleplan-fix',
      'scaleplan-compile-check',
    ]);
    const fix = hooks.find((hook) => hook.id === 'scaleplan-fix');
    expect(fix).toMatchObject({ language: 'node', entry: 'scaleplan lint --fix --cache --root .' });
  });
});
