import { describe, expect, it } from 'vitest';
import { documentByOrdinal, locateInDocument, toLocation } from '../../src/source/locate.js';
import { alignScalar, locateInScalar } from '../../src/source/scalar-offsets.js';
import { SourceFile } from '../../src/source/source-file.js';

/** Where `needle` (the n-th occurrence in the value) lands in the file, as line:column-endColumn. */
function where(text: string, key: string, needle: string, occurrence = 0): string {
  const file = new SourceFile(key.endsWith('.json') ? 'case.json' : 'case.yaml', text);
  const document = documentByOrdinal(file, 0);
  if (!document) {
    throw new Error('no document');
  }
  const scalar = locateInDocument(file, document, [key.replace(/\.json$/, '')], 'value');
  const value = String(document.get(key.replace(/\.json$/, '')));
  if (!scalar) {
    throw new Error('no scalar');
  }
  let from = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    from = value.indexOf(needle, from + 1);
  }
  const located = locateInScalar(scalar, value, from, from + needle.length);
  if (!located) {
    return 'unmapped';
  }
  const location = toLocation(located);
  return `${location.line}:${location.column}-${location.endLine}:${location.endColumn}`;
}

describe('locateInScalar', () => {
  it('plain scalars, on one line and folded over several', () => {
    expect(where('expr: sum(rate(x[5m])) by (job)\n', 'expr', 'rate')).toBe('1:11-1:15');
    expect(where('expr: sum(rate(x[5m]))\n  by (job)\n', 'expr', 'job')).toBe('2:7-2:10');
  });

  it('double-quoted scalars with escapes and folded lines', () => {
    const text = 'expr: "up{job=\\"api\\"} ==\n  0 and\\\n  \\tfoo"\n';
    expect(where(text, 'expr', 'api')).toBe('1:17-1:20');
    expect(where(text, 'expr', '0')).toBe('2:3-2:4');
    expect(where(text, 'expr', 'foo')).toBe('3:5-3:8');
  });

  it("single-quoted scalars with '' for a quote", () => {
    const text = "expr: 'up{job=''api''} == 0'\n";
    expect(where(text, 'expr', 'api')).toBe('1:17-1:20');
    expect(where(text, 'expr', '==')).toBe('1:24-1:26');
  });

  it('literal and folded block scalars, with chomping, indentation indicators and a header comment', () => {
    const literal = 'expr: |-  # the alert\n  (\n    foo\n      > 1\n  )\n';
    expect(where(literal, 'expr', 'foo')).toBe('3:5-3:8');
    expect(where(literal, 'expr', '>')).toBe('4:7-4:8');
    const folded = 'expr: >\n  sum(\n  x)\n\n  by (job)\n';
    expect(where(folded, 'expr', 'x')).toBe('3:3-3:4');
    expect(where(folded, 'expr', 'job')).toBe('5:7-5:10');
    const indented = 'expr: |2\n     foo\n';
    expect(where(indented, 'expr', 'foo')).toBe('2:6-2:9');
  });

  it('JSON strings', () => {
    expect(where('{"expr": "rate(x[5m]) > \\"a\\""}', 'expr.json', 'a', 1)).toBe('1:27-1:28');
    expect(where('{"expr": "rate(x[5m]) > \\"a\\""}', 'expr.json', 'x')).toBe('1:16-1:17');
  });

  it('a zero-width range at the end points just after the last character', () => {
    const file = new SourceFile('case.yaml', 'expr: |\n  sum(rate(x[5m])\n');
    const document = documentByOrdinal(file, 0);
    const scalar = document && locateInDocument(file, document, ['expr'], 'value');
    const value = 'sum(rate(x[5m])\n';
    expect(scalar).toBeDefined();
    const located = scalar && locateInScalar(scalar, value, value.length, value.length);
    expect(located && toLocation(located)).toMatchObject({ line: 2, column: 18, endColumn: 19 });
  });

  it('a range over blanks only points at the next character', () => {
    const file = new SourceFile('case.yaml', 'expr: a  b\n');
    const document = documentByOrdinal(file, 0);
    const scalar = document && locateInDocument(file, document, ['expr'], 'value');
    const located = scalar && locateInScalar(scalar, 'a  b', 1, 2);
    expect(located && toLocation(located)).toMatchObject({ line: 1, column: 10 });
  });

  it('gives up when the source does not spell out the value', () => {
    expect(alignScalar('"\\x41b"', 'Ab')).toBeUndefined();
    expect(alignScalar('rate(y)', 'rate(x)')).toBeUndefined();
    expect(alignScalar("'it''s'", "it's")).toEqual([1, 2, 3, 5]);
    expect(where('expr: "\\u0041 > 1"\n', 'expr', '>')).toBe('unmapped');
  });
});
