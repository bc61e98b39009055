/**
 * The bundle swaps two pieces of the kubernetes-models runtime for scaleplan's own
 * (scripts/schema-runtime-plugin.ts); tests run on the originals, so these tests pin that
 * the stand-ins agree with them.
 */
import fc from 'fast-check';
import { formats as original } from '@kubernetes-models/validate';
import { RE2 } from 're2-wasm';
import { describe, expect, it } from 'vitest';
import GoRegExp from '../../src/k8s/go-regexp.js';
import { formats, SCHEMA_FORMAT_NAMES } from '../../src/k8s/schema-formats.js';

type Format = { validate: RegExp | ((value: unknown) => boolean) };

function check(format: Format, value: unknown): boolean {
  return format.validate instanceof RegExp
    ? format.validate.test(String(value))
    : format.validate(value);
}

const ours = formats as unknown as Record<string, Format>;
const theirs = original as unknown as Record<string, Format>;

describe('schema formats', () => {
  it('keeps the shape of each original (function or regular expression)', () => {
    for (const name of SCHEMA_FORMAT_NAMES) {
      expect(ours[name]?.validate instanceof RegExp, name).toBe(
        theirs[name]?.validate instanceof RegExp,
      );
    }
  });

  const samples: Record<string, unknown[]> = {
    int32: [
      0,
      1,
      -1,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      -(2 ** 31) - 1,
      1.5,
      Number.MAX_SAFE_INTEGER,
    ],
    int64: [0, -7, 2 ** 40, 1.25, Number.MAX_SAFE_INTEGER],
    double: [0, 1.5, -3e10],
    byte: ['', 'aGVsbG8=', 'aGVsbG8', 'aGk=', 'a', '====', 'dGVzdA==\n'],
    quantity: [
      '1',
      '500m',
      '1.5',
      '.5',
      '5.',
      '2Gi',
      '1Ki',
      '1k',
      '1K',
      '1e3',
      '1E-3',
      '+1',
      '-2Mi',
      '1.5.3Gi',
      'Gi',
      '1 Gi',
      '1da',
      '1ii',
      '',
    ],
    'date-time': [
      '2024-01-31T12:00:00Z',
      '2024-01-31t12:00:00z',
      '2024-01-31 12:00:00+01:00',
      '2024-01-31T12:00:00.123456Z',
      '2024-01-31T12:00:00',
      '2024-02-29T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-01-31T24:00:00Z',
      '2016-12-31T23:59:60Z',
      '2016-12-31T22:59:60-01:00',
      '2016-12-31T23:58:60Z',
      '2024-01-31T12:00:00+24:00',
      '2024-01-31T12:00:00+0130',
      'not a date',
    ],
  };

  it.each(Object.entries(samples))('%s agrees with the original on edge cases', (name, values) => {
    for (const value of values) {
      expect(check(ours[name] as Format, value), `${name} ${JSON.stringify(value)}`).toBe(
        check(theirs[name] as Format, value),
      );
    }
  });

  it('quantity and date-time agree with the originals on generated strings', () => {
    const digits = fc.stringMatching(/^\d{1,3}$/);
    const quantity = fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        digits,
        fc.constantFrom('', '.', '.5', '.25'),
        fc.constantFrom('', 'm', 'k', 'K', 'Ki', 'Mi', 'da', 'e3', 'E-2', 'x', ' ', 'i'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        quantity,
        (value) =>
          check(ours.quantity as Format, value) === check(theirs.quantity as Format, value),
      ),
    );
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const dateTime = fc
      .tuple(
        fc.integer({ min: 1999, max: 2101 }),
        two(13),
        two(32),
        fc.constantFrom('T', 't', ' '),
        two(25),
        two(61),
        two(61),
        fc.constantFrom('', '.5', '.123'),
        fc.constantFrom('Z', 'z', '', '+01:00', '-01:00', '+0530', '+25:00', '-00:61'),
      )
      .map(
        ([y, mo, d, sep, h, mi, s, frac, tz]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${tz}`,
      );
    fc.assert(
      fc.property(
        dateTime,
        (value) =>
          check(ours['date-time'] as Format, value) === check(theirs['date-time'] as Format, value),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('GoRegExp', () => {
  const patterns = [
    '^(?i)(abort|warn)?$',
    '^((?i)sun|mon|tues|wednes|thurs|fri|satur)day(?:((:(sun|mon|tues|wednes|thurs|fri|satur)day)$)|$)',
  ];
  const inputs = [
    '',
    'abort',
    'Abort',
    'WARN',
    'warning',
    'monday',
    'Monday',
    'sunday:friday',
    'funday',
  ];

  it.each(patterns)('matches what RE2 matches for %s', (pattern) => {
    const go = new GoRegExp(pattern, 'u');
    const re2 = new RE2(pattern, 'u');
    for (const input of inputs) {
      // Never stricter than RE2: a schema pattern must not produce a finding RE2 would not.
      if (re2.test(input)) {
        expect(go.test(input), input).toBe(true);
      }
    }
    expect(go.test('abort') || go.test('monday')).toBe(true);
    expect(go.test('certainly not')).toBe(false);
  });

  it('accepts everything when JavaScript cannot compile the pattern', () => {
    expect(new GoRegExp('(?P<name>a)', 'u').test('anything')).toBe(true);
  });
});
