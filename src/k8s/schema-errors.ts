/*
 * ajv's raw errors as one problem per invalid field: the most useful error of each field,
 * worded with shared/schema-wording.ts.
 */
import type { FieldPath } from '../source/locate.js';
import { asObject } from './manifest.js';
import { type SchemaError } from './schema-validator.js';
import type { SchemaProblem } from './schema-problem.js';
import { describeType, describeValue, fieldName } from '../shared/schema-wording.js';

export interface PathInfo {
  path: FieldPath;
  value: unknown;
  present: boolean;
}

/** Resolves a JSON Pointer against the object: array indexes become numbers. */
export function resolvePointer(root: unknown, pointer: string): PathInfo {
  const path: (string | number)[] = [];
  let value: unknown = root;
  let present = true;
  if (pointer === '') {
    return { path, value, present };
  }
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value) && /^\d+$/.test(segment)) {
      path.push(Number(segment));
      value = value[Number(segment)];
    } else {
      path.push(segment);
      const object = asObject(value);
      present =
        present && object !== undefined && Object.prototype.hasOwnProperty.call(object, segment);
      value = object?.[segment];
    }
  }
  return { path, value, present };
}

export function joinAlternatives(items: readonly string[]): string {
  if (items.length <= 1) {
    return items[0] ?? '';
  }
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A hint for the YAML mistakes behind most type errors: quoting. */
export function typeHint(expected: readonly string[], value: unknown): string {
  const expectsNumber = expected.includes('integer') || expected.includes('number');
  if (typeof value === 'string' && expectsNumber && !expected.includes('string')) {
    const number = Number(value);
    if (value.trim() !== '' && Number.isFinite(number)) {
      return ' (remove the quotes)';
    }
  }
  if (
    expected.length === 1 &&
    expected[0] === 'string' &&
    (typeof value === 'number' || typeof value === 'boolean')
  ) {
    return ` (quote it: "${String(value)}")`;
  }
  return '';
}

export const FORMAT_DESCRIPTIONS: Record<string, string> = {
  quantity: 'a quantity such as 500m, 2, 512Mi or 4Gi',
  int32: 'a 32-bit integer',
  int64: 'a 64-bit integer',
  double: 'a number',
  byte: 'base64-encoded data',
  'date-time': 'an RFC 3339 date-time such as 2024-01-31T12:00:00Z',
};

/** Patterns that have a name people know, so the message need not print the regex. */
export const KNOWN_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\(\(\[0-9\]\+\)y\)\?/, 'a Prometheus duration such as 30s, 1m or 1h30m'],
];

export function describePattern(pattern: string): string {
  const known = KNOWN_PATTERNS.find(([test]) => test.test(pattern));
  return known ? known[1] : `text matching ${pattern}`;
}

/** Type names in the order a message lists alternatives: "an integer or a string". */
export const TYPE_ORDER = ['integer', 'number', 'string', 'boolean', 'object', 'array', 'null'];

export function errorKey(error: SchemaError): string {
  return `${error.instancePath}\u0000${error.keyword}\u0000${JSON.stringify(error.params)}`;
}

/**
 * Picks the most useful error per field. ajv reports every branch of a `oneOf`/`anyOf`
 * (int-or-string and quantity fields) plus the `oneOf` itself; when the value has the type of
 * one branch, that branch's own error (a format) is the useful one, else the types combine
 * ("an integer or a string").
 */
export function interpretErrors(root: unknown, rawErrors: readonly SchemaError[]): SchemaProblem[] {
  const seen = new Set<string>();
  const byPath = new Map<string, SchemaError[]>();
  for (const error of rawErrors) {
    const key = errorKey(error);
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const group = byPath.get(error.instancePath);
    if (group) {
      group.push(error);
    } else {
      byPath.set(error.instancePath, [error]);
    }
  }
  const problems: SchemaProblem[] = [];
  for (const [pointer, errors] of byPath) {
    const info = resolvePointer(root, pointer);
    for (const error of errors.filter((candidate) => candidate.keyword === 'required')) {
      const missing = String(error.params.missingProperty ?? '');
      const fieldPath = [...info.path, missing];
      problems.push({
        kind: 'missingField',
        // The parent's key; a missing top-level field points at `kind`.
        path: info.path.length === 0 ? ['kind'] : info.path,
        target: 'key',
        field: fieldName(fieldPath),
        data: {
          where: info.path.length === 0 ? 'at the top level' : `under ${fieldName(info.path)}`,
        },
      });
    }
    const additional = errors.filter((candidate) => candidate.keyword === 'additionalProperties');
    for (const error of additional) {
      const property = String(error.params.additionalProperty ?? '');
      const fieldPath = [...info.path, property];
      problems.push({
        kind: 'unknownField',
        path: fieldPath,
        target: 'key',
        field: fieldName(fieldPath),
        data: { hint: '' },
      });
    }
    const rest = errors.filter(
      (candidate) =>
        candidate.keyword !== 'required' && candidate.keyword !== 'additionalProperties',
    );
    const problem = pickValueProblem(info, rest);
    if (problem) {
      problems.push(problem);
    }
  }
  return problems;
}

export const COMBINATORS = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if']);

export function pickValueProblem(
  info: PathInfo,
  errors: readonly SchemaError[],
): SchemaProblem | undefined {
  if (errors.length === 0) {
    return undefined;
  }
  const field = fieldName(info.path);
  const base = { path: info.path, target: 'value' as const, field };
  const specific = errors.filter(
    (error) => error.keyword !== 'type' && !COMBINATORS.has(error.keyword),
  );
  const types = errors.filter((error) => error.keyword === 'type');
  const branched = errors.some((error) => COMBINATORS.has(error.keyword));
  // Outside a oneOf, a type error is the whole story; inside one, a branch whose type fits
  // the value reports the real problem (format, pattern, enum).
  if (types.length > 0 && (!branched || specific.length === 0)) {
    const expected = [...new Set(types.map((error) => String(error.params.type)))].sort(
      (a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b),
    );
    return {
      ...base,
      kind: 'invalidType',
      data: {
        expected: joinAlternatives(expected.map((type) => describeType(type))),
        actual: describeValue(info.value),
        hint: typeHint(expected, info.value),
      },
    };
  }
  const error = specific[0] ?? errors[0];
  if (!error) {
    return undefined;
  }
  const actual = describeValue(info.value);
  switch (error.keyword) {
    case 'enum':
    case 'const': {
      const allowed = Array.isArray(error.params.allowedValues)
        ? error.params.allowedValues
        : [error.params.allowedValue];
      return {
        ...base,
        kind: 'invalidValue',
        data: { allowed: joinAlternatives(allowed.map((value) => JSON.stringify(value))), actual },
      };
    }
    case 'format': {
      const format = String(error.params.format);
      return {
        ...base,
        kind: 'invalidFormat',
        data: { actual, format: FORMAT_DESCRIPTIONS[format] ?? `in the ${format} format` },
      };
    }
    case 'pattern':
      return {
        ...base,
        kind: 'invalidFormat',
        data: { actual, format: describePattern(String(error.params.pattern)) },
      };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const comparison = String(error.params.comparison ?? '');
      return {
        ...base,
        kind: 'outOfRange',
        data: { actual, bound: `${comparison} ${String(error.params.limit)}`.trim() },
      };
    }
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
    case 'minProperties':
    case 'maxProperties': {
      const limit = Number(error.params.limit);
      const what = error.keyword.endsWith('Items')
        ? 'item'
        : error.keyword.endsWith('Length')
          ? 'character'
          : 'entry';
      const bound = error.keyword.startsWith('min') ? 'at least' : 'at most';
      return {
        ...base,
        kind: 'outOfRange',
        data: { actual, bound: `${bound} ${limit} ${what}${limit === 1 ? '' : 's'}` },
      };
    }
    default:
      return {
        ...base,
        kind: 'invalid',
        data: { detail: `it fails the schema's ${error.keyword} check` },
      };
  }
}
