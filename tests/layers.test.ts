import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, layerViolations } from '../scripts/check-layers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const src = (file: string): string => path.join(ROOT, 'src', file);

describe('the layering check (npm run lint)', () => {
  it('finds nothing in the tree as it is', () => {
    const graph = importGraph(['src', 'bench', 'scripts']);
    expect(layerViolations(graph)).toEqual([]);
    expect(cycles(graph)).toEqual([]);
  });

  it('reports an import up the layers, between siblings, out of generated and into testing', () => {
    const graph = new Map([
      [src('source/parse.ts'), [src('lint/engine.ts')]],
      [src('plan/check.ts'), [src('lint/config.ts')]],
      [src('generated/schema-index.ts'), [src('k8s/schema-validator.ts')]],
      [src('lint/sources.ts'), [src('testing/rule-tester.ts')]],
      [src('format/text.ts'), [src('lint/result.ts'), src('generated/policies.ts')]],
    ]);
    expect(layerViolations(graph)).toEqual([
      'src/source/parse.ts imports src/lint/engine.ts: source is below lint; imports point down the layers.',
      'src/plan/check.ts imports src/lint/config.ts: plan and lint are siblings and do not import each other.',
      'src/generated/schema-index.ts imports src/k8s/schema-validator.ts: src/generated is a leaf and imports nothing hand-written.',
      'src/lint/sources.ts imports src/testing/rule-tester.ts: production code does not depend on test support.',
    ]);
  });

  it('reports a cycle, type-only imports included', () => {
    const graph = new Map([
      [src('source/a.ts'), [src('source/b.ts')]],
      [src('source/b.ts'), [src('source/c.ts')]],
      [src('source/c.ts'), [src('source/a.ts')]],
      [src('source/d.ts'), [src('source/a.ts')]],
    ]);
    expect(cycles(graph)).toEqual([
      'src/source/a.ts → src/source/b.ts → src/source/c.ts → src/source/a.ts',
    ]);
  });
});
