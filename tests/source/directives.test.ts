import { describe, expect, it } from 'vitest';
import {
  directiveCovers,
  directivesAbove,
  enclosingDocumentLine,
} from '../../src/source/directives.js';
import { SourceFile } from '../../src/source/source-file.js';

const TEXT = [
  '# scaleplan-ignore hpa-min-max -- whole document', // 1
  'apiVersion: autoscaling/v2', // 2
  'kind: HorizontalPodAutoscaler', // 3
  'spec:', // 4
  '  # a plain comment', // 5
  '  #   scaleplan-ignore   pdb-missing, hpa-min-replicas', // 6
  '  minReplicas: 1', // 7
  '  maxReplicas: 1', // 8
  '---', // 9
  '# scaleplan-ignore', // 10
  '---', // 11
  'kind: ConfigMap', // 12
  '# scaleplan-ignoreall', // 13
  'data: {}', // 14
  '',
].join('\n');

describe('# scaleplan-ignore directives', () => {
  const file = new SourceFile('hpa.yaml', TEXT);

  it('reads the run of comment lines directly above a line', () => {
    expect(directivesAbove(file, 7)).toEqual([
      { rules: ['pdb-missing', 'hpa-min-replicas'], line: 6 },
    ]);
    // The directive stops at the first line that is not a comment.
    expect(directivesAbove(file, 8)).toEqual([]);
    expect(directivesAbove(file, 2)).toEqual([
      { rules: ['hpa-min-max'], line: 1, justification: 'whole document' },
    ]);
  });

  it('reaches across document markers, and without rule ids covers every rule', () => {
    const [directive] = directivesAbove(file, 12);
    expect(directive).toEqual({ rules: ['all'], line: 10 });
    expect(directive && directiveCovers(directive, 'anything')).toBe(true);
  });

  it('needs the word to end: scaleplan-ignoreall is not a directive', () => {
    expect(directivesAbove(file, 14)).toEqual([]);
  });

  it('covers only the rules it names', () => {
    const [directive] = directivesAbove(file, 7);
    expect(directive && directiveCovers(directive, 'hpa-min-replicas')).toBe(true);
    expect(directive && directiveCovers(directive, 'hpa-min-max')).toBe(false);
  });

  it('finds the first line of the document that holds an offset', () => {
    expect(enclosingDocumentLine(file, TEXT.indexOf('maxReplicas'))).toBe(2);
    expect(enclosingDocumentLine(file, TEXT.indexOf('data:'))).toBe(12);
    expect(enclosingDocumentLine(new SourceFile('plain.yaml', 'kind: X\n'), 0)).toBeUndefined();
  });
});
