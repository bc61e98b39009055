import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKey } from '../../src/source/json-duplicates.js';
import { resolveKubectlNumber } from '../../src/source/kubectl-scalars.js';
import { parseSourceFile } from '../../src/source/parse.js';
import { SourceFile } from '../../src/source/source-file.js';

describe('resolveKubectlNumber follows go-yaml v2 (sigs.k8s.io/yaml)', () => {
  it.each([
    ['012', 10],
    ['-012', -10],
    ['0', 0],
    ['08', 8], // not octal: go-yaml falls through to its float pattern
    ['09.5', 9.5],
    ['0o12', 10],
    ['0b101', 5],
    ['-0b101', -5],
    ['0x1F', 31],
    ['+0x1f', 31],
    ['1_000', 1000],
    ['0_x1F', 31], // underscores go before anything else
    ['+12', 12],
    ['1e3', 1000],
    ['1.', 1],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['.inf', Infinity],
    ['18446744073709551615', 2 ** 64],
  ])('%s → %d', (text, value) => {
    expect(resolveKubectlNumber(text)).toBe(value);
  });

  it.each(['1:30', '0x', '0b2', 'one', '._5', '1.5.3', '', '2001-12-14', '-18446744073709551616x'])(
    '%s stays a string',
    (text) => {
      expect(resolveKubectlNumber(text)).toBeUndefined();
    },
  );
});

describe('both YAML parsers read numbers as kubectl does', () => {
  const values = (text: string): unknown =>
    parseSourceFile(new SourceFile('a.yaml', text)).documents[0]?.value;
  const body = 'a: 012\nb: 0b11\nc: 1_000\nd: "012"\ne: 1:30\nf: +0x10\ng: !!float 3\n';
  const expected = { a: 10, b: 3, c: 1000, d: '012', e: '1:30', f: 16, g: 3 };

  it('the fast parser (js-yaml)', () => {
    expect(values(body)).toEqual(expected);
  });

  it('the full parser (`yaml`, taken for files with anchors)', () => {
    expect(values(`${body}h: &h 012\ni: *h\n`)).toEqual({ ...expected, h: 10, i: 10 });
  });

  it('the position parser agrees on keys and values', () => {
    const file = new SourceFile('a.yaml', body);
    parseSourceFile(file);
    expect(file.documentByOrdinal(0)?.toJS()).toEqual(expected);
  });
});

describe('findDuplicateJsonKey', () => {
  it('finds the second key, nested, after escapes and arrays', () => {
    const text = '{"a": [{"b": 1}, {"b": 2}], "c": {"d": "}{,\\"", "\\u0064": 3}}';
    const duplicate = findDuplicateJsonKey(text);
    expect(duplicate?.key).toBe('d');
    expect(text.slice(duplicate?.start, duplicate?.end)).toBe('"\\u0064"');
  });

  it('is silent when keys repeat only across objects or as values', () => {
    expect(
      findDuplicateJsonKey('{"a": {"a": "a"}, "b": ["a", "a"], "c": [{"a": 1}, {"a": 2}]}'),
    ).toBe(undefined);
  });

  it('turns into one parse problem at the second key', () => {
    const text = '{"kind": "Service",\n "kind": "Pod"}\n';
    const result = parseSourceFile(new SourceFile('a.json', text));
    expect(result.documents).toEqual([]);
    expect(result.problems).toMatchObject([
      { code: 'DUPLICATE_KEY', start: text.lastIndexOf('"kind"') },
    ]);
  });
});

describe('lone CR line endings', () => {
  it('count as line breaks, with offsets unchanged', () => {
    const file = new SourceFile('a.yaml', 'a: 1\rb: 2\r\nc: 3\n');
    expect(file.text.length).toBe(16);
    expect(file.position(file.text.indexOf('b'))).toEqual({ line: 2, column: 1 });
    expect(file.position(file.text.indexOf('c'))).toEqual({ line: 3, column: 1 });
    expect(file.lineText(2)).toBe('b: 2');
  });
});
