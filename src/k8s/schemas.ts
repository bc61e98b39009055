/**
 * Kubernetes schema checks on top of the precompiled validators of kubernetes-models and its
 * CRD siblings (see scripts/schema-index.ts). Validators are imported per kind, on first use,
 * by `loadSchemas`; `checkObject` then works synchronously and turns ajv's raw errors into
 * one problem per invalid field, pointing at that field.
 */
import { describeNameRule, isValidName, nameRule, type NameRule } from './names.js';
import { SCHEMA_KUBERNETES_VERSION, SCHEMAS, loadFieldShapes } from '../generated/schema-index.js';
import type { FieldPath } from '../source/locate.js';
import { asObject, type JsonObject } from './manifest.js';
import {
  validatorOf,
  type FieldShape,
  type SchemaError,
  type SchemaValidator,
} from './schema-validator.js';
import { closestMatch } from '../shared/closest.js';

export { SCHEMA_KUBERNETES_VERSION };

/** Something with an apiVersion and a kind (a Manifest). */
export interface TypedObject {
  readonly apiVersion: string;
  readonly kind: string;
}

export type SchemaProblemKind =
  | 'invalidType'
  | 'missingField'
  | 'invalidValue'
  | 'invalidFormat'
  | 'outOfRange'
  | 'invalid'
  | 'unknownField';

export interface SchemaProblem {
  kind: SchemaProblemKind;
  path: FieldPath;
  /** `key` for missing and unknown fields (the key is the mistake), else `value`. */
  target: 'key' | 'value';
  /** Human name of the field: `spec.template.spec.containers[0].image`. */
  field: string;
  /** Message data: `expected`, `actual`, `hint`, `allowed`, `format`, `bound`, `detail`. */
  data: Record<string, string>;
}

export interface CheckOptions {
  /** Report fields the schema does not know (strict field validation). */
  unknownFields: boolean;
  /** Most problems reported for one object. */
  limit: number;
}

const validators = new Map<string, SchemaValidator>();
let fieldTable:
  { shapes: readonly FieldShape[]; roots: Readonly<Record<string, number>> } | undefined;

function schemaKey(object: TypedObject): string {
  return `${object.apiVersion}/${object.kind}`;
}

/** Whether scaleplan has a schema for this apiVersion and kind (others are skipped). */
export function hasSchema(object: TypedObject): boolean {
  return Object.prototype.hasOwnProperty.call(SCHEMAS, schemaKey(object));
}

/** `kubernetes` (built-in API) or `crd`, for kinds that have a schema. */
export function schemaSource(object: TypedObject): 'kubernetes' | 'crd' | undefined {
  return hasSchema(object) ? SCHEMAS[schemaKey(object)]?.source : undefined;
}

/**
 * Imports the validators of the kinds among these objects that are not loaded yet, and the
 * field table with the first of them. Start-up pays only for the kinds a run contains.
 */
export async function loadSchemas(objects: Iterable<TypedObject>): Promise<void> {
  const missing = new Set<string>();
  for (const object of objects) {
    const key = schemaKey(object);
    if (!validators.has(key) && hasSchema(object)) {
      missing.add(key);
    }
  }
  if (missing.size === 0) {
    return;
  }
  const loads: Promise<void>[] = [...missing].map(async (key) => {
    const entry = SCHEMAS[key];
    if (entry) {
      validators.set(key, validatorOf(await entry.load()));
    }
  });
  if (!fieldTable) {
    loads.push(
      loadFieldShapes().then((module) => {
        fieldTable = { shapes: module.FIELD_SHAPES, roots: module.FIELD_ROOTS };
      }),
    );
  }
  await Promise.all(loads);
}

/**
 * The schema problems of one object, at most `limit`, in document order.
 * Returns undefined for kinds without a schema. Throws when the kind's validator was not
 * loaded: that is a bug in the caller (`loadSchemas` first).
 */
export function checkObject(
  object: TypedObject & { readonly object: JsonObject },
  options: CheckOptions,
): SchemaProblem[] | undefined {
  const key = schemaKey(object);
  const validate = validators.get(key);
  if (!validate || !fieldTable) {
    if (!hasSchema(object)) {
      return undefined;
    }
    throw new Error(
      `The schema of ${key} was not loaded: await loadSchemas() (the rule's prepare step) first.`,
    );
  }
  const root = object.object;
  let problems: SchemaProblem[];
  try {
    problems = validate(root) ? [] : interpretErrors(root, validate.errors ?? []);
  } catch (error) {
    // The recursive validators (CRD schemas in CustomResourceDefinitions) can run out of
    // stack on absurdly deep input: that is a property of the input, not a bug.
    if (!(error instanceof RangeError)) {
      throw error;
    }
    return [
      {
        kind: 'invalid',
        path: ['kind'],
        target: 'value',
        field: '(the object)',
        data: { detail: 'it is nested too deeply to validate' },
      },
    ];
  }
  const extra = nameProblems(root);
  extra.push(...nameFormatProblems(object.kind, root));
  collectRangeProblems(object.kind, root, extra);
  if (object.kind === 'PodDisruptionBudget') {
    extra.push(...disruptionBudgetProblems(root));
  }
  if (extra.length > 0) {
    const invalidPaths = new Set(problems.map((problem) => problem.path.join('\u0000')));
    for (const problem of extra) {
      if (!invalidPaths.has(problem.path.join('\u0000'))) {
        problems.push(problem);
      }
    }
  }
  if (options.unknownFields) {
    const shape = fieldTable.roots[key];
    if (shape !== undefined) {
      collectUnknownFields(root, shape, [], fieldTable.shapes, problems);
    }
  }
  if (problems.length === 0) {
    return problems;
  }
  return sortProblems(root, problems).slice(0, options.limit);
}

// ---------------------------------------------------------------------------------------
// ajv errors → problems

interface PathInfo {
  path: FieldPath;
  value: unknown;
  present: boolean;
}

/** Resolves a JSON Pointer against the object: array indexes become numbers. */
function resolvePointer(root: unknown, pointer: string): PathInfo {
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

/**
 * `spec.template.spec.containers[0].image`; keys that are not identifiers are quoted. Very
 * deep paths keep their first and last steps around an ellipsis.
 */
export function fieldName(path: FieldPath): string {
  if (path.length > 12) {
    const tail = fieldName(path.slice(-4));
    return `${fieldName(path.slice(0, 4))}.…${tail.startsWith('[') ? '' : '.'}${tail}`;
  }
  let name = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      name += `[${segment}]`;
    } else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) {
      name += name === '' ? segment : `.${segment}`;
    } else {
      name += `[${JSON.stringify(segment)}]`;
    }
  }
  return name === '' ? '(the object)' : name;
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a map of fields',
  array: 'a list',
  null: 'null',
};

/** How a value is shown in a message: strings quoted and shortened, maps and lists named. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  }
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (typeof value === 'object') {
    return 'a map';
  }
  return String(value);
}

function joinAlternatives(items: readonly string[]): string {
  if (items.length <= 1) {
    return items[0] ?? '';
  }
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A hint for the YAML mistakes behind most type errors: quoting. */
function typeHint(expected: readonly string[], value: unknown): string {
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

const FORMAT_DESCRIPTIONS: Record<string, string> = {
  quantity: 'a quantity such as 500m, 2, 512Mi or 4Gi',
  int32: 'a 32-bit integer',
  int64: 'a 64-bit integer',
  double: 'a number',
  byte: 'base64-encoded data',
  'date-time': 'an RFC 3339 date-time such as 2024-01-31T12:00:00Z',
};

/** Patterns that have a name people know, so the message need not print the regex. */
const KNOWN_PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\(\(\[0-9\]\+\)y\)\?/, 'a Prometheus duration such as 30s, 1m or 1h30m'],
];

function describePattern(pattern: string): string {
  const known = KNOWN_PATTERNS.find(([test]) => test.test(pattern));
  return known ? known[1] : `text matching ${pattern}`;
}

/** Type names in the order a message lists alternatives: "an integer or a string". */
const TYPE_ORDER = ['integer', 'number', 'string', 'boolean', 'object', 'array', 'null'];

function errorKey(error: SchemaError): string {
  return `${error.instancePath}\u0000${error.keyword}\u0000${JSON.stringify(error.params)}`;
}

/**
 * Picks the most useful error per field. ajv reports every branch of a `oneOf`/`anyOf`
 * (int-or-string and quantity fields) plus the `oneOf` itself; when the value has the type of
 * one branch, that branch's own error (a format) is the useful one, else the types combine
 * ("an integer or a string").
 */
function interpretErrors(root: unknown, rawErrors: readonly SchemaError[]): SchemaProblem[] {
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

const COMBINATORS = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if']);

function pickValueProblem(
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
        expected: joinAlternatives(expected.map((type) => TYPE_NAMES[type] ?? type)),
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

// ---------------------------------------------------------------------------------------
// Server-side value checks that the OpenAPI schemas do not express

/** The API server needs a name (or generateName) for every object; OpenAPI cannot say so. */
function nameProblems(root: JsonObject): SchemaProblem[] {
  const metadata = asObject(root.metadata);
  const named = (value: unknown): boolean => typeof value === 'string' && value !== '';
  if (named(metadata?.name) || named(metadata?.generateName)) {
    return [];
  }
  if (metadata?.name !== undefined && typeof metadata.name !== 'string') {
    return []; // a type error the validator reports
  }
  return [
    {
      kind: 'missingField',
      path: metadata ? ['metadata'] : ['kind'],
      target: 'key',
      field: 'metadata.name',
      data: { where: metadata ? 'under metadata' : 'as metadata: {name: ...}' },
    },
  ];
}

/**
 * Names the API server refuses (`Bad_Name`): metadata.name by the rule of its kind, and
 * metadata.namespace, which names a Namespace. A name that ends up in a DNS name, a label
 * value or a URL path cannot hold upper case or "_".
 */
function nameFormatProblems(kind: string, root: JsonObject): SchemaProblem[] {
  const metadata = asObject(root.metadata);
  const problems: SchemaProblem[] = [];
  const check = (field: 'name' | 'namespace', rule: NameRule): void => {
    const value = metadata?.[field];
    if (typeof value === 'string' && value !== '' && !isValidName(rule, value)) {
      problems.push({
        kind: 'invalidFormat',
        path: ['metadata', field],
        target: 'value',
        field: `metadata.${field}`,
        data: { actual: describeValue(value), format: describeNameRule(rule) },
      });
    }
  };
  check('name', nameRule(kind));
  check('namespace', 'dns1123Label');
  return problems;
}

/**
 * What the API server's PodDisruptionBudget validation refuses beyond the schema: both
 * minAvailable and maxUnavailable set, and percentages outside 0%–100%.
 */
function disruptionBudgetProblems(root: JsonObject): SchemaProblem[] {
  const spec = asObject(root.spec);
  if (!spec) {
    return [];
  }
  const problems: SchemaProblem[] = [];
  for (const field of ['minAvailable', 'maxUnavailable'] as const) {
    const value = spec[field];
    const percent = typeof value === 'string' ? /^(\d+)%$/.exec(value.trim()) : null;
    if (percent && Number(percent[1]) > 100) {
      problems.push({
        kind: 'outOfRange',
        path: ['spec', field],
        target: 'value',
        field: `spec.${field}`,
        data: { actual: value as string, bound: 'between 0% and 100%' },
      });
    }
  }
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    problems.push({
      kind: 'invalid',
      path: ['spec', 'maxUnavailable'],
      target: 'key',
      field: 'spec.maxUnavailable',
      data: { detail: 'minAvailable and maxUnavailable cannot both be set' },
    });
  }
  return problems;
}

interface RangeCheck {
  kinds: ReadonlySet<string>;
  /** `*` matches every index of a list. */
  path: readonly string[];
  minimum?: number;
  maximum?: number;
  /** Why the API server refuses it, when the bound alone does not say. */
  note?: string;
}

const POD_TEMPLATE_KINDS = [
  'DaemonSet',
  'Deployment',
  'Job',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
];
const REPLICATED_KINDS = new Set([
  'Deployment',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
]);
const HPA = new Set(['HorizontalPodAutoscaler']);

function podSpecChecks(): RangeCheck[] {
  const podSpecPaths: Array<[string[], string[]]> = [
    [['Pod'], ['spec']],
    [['PodTemplate'], ['template', 'spec']],
    [POD_TEMPLATE_KINDS, ['spec', 'template', 'spec']],
    [['CronJob'], ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
  ];
  return podSpecPaths.flatMap(([kinds, podSpec]) =>
    ['containers', 'initContainers'].map((list) => ({
      kinds: new Set(kinds),
      path: [...podSpec, list, '*', 'ports', '*', 'containerPort'],
      minimum: 1,
      maximum: 65535,
    })),
  );
}

/** From the API server's validation code (apps, autoscaling, core); no OpenAPI bound exists. */
const RANGE_CHECKS: readonly RangeCheck[] = [
  { kinds: REPLICATED_KINDS, path: ['spec', 'replicas'], minimum: 0 },
  {
    kinds: HPA,
    path: ['spec', 'minReplicas'],
    minimum: 1,
    note: '0 needs the alpha HPAScaleToZero feature gate',
  },
  { kinds: HPA, path: ['spec', 'maxReplicas'], minimum: 1 },
  ...['scaleUp', 'scaleDown'].flatMap((direction) => [
    {
      kinds: HPA,
      path: ['spec', 'behavior', direction, 'stabilizationWindowSeconds'],
      minimum: 0,
      maximum: 3600,
    },
    { kinds: HPA, path: ['spec', 'behavior', direction, 'policies', '*', 'value'], minimum: 1 },
    {
      kinds: HPA,
      path: ['spec', 'behavior', direction, 'policies', '*', 'periodSeconds'],
      minimum: 1,
      maximum: 1800,
    },
  ]),
  { kinds: new Set(['Service']), path: ['spec', 'ports', '*', 'port'], minimum: 1, maximum: 65535 },
  ...podSpecChecks(),
];

const RANGE_CHECKS_BY_KIND = new Map<string, RangeCheck[]>();
for (const check of RANGE_CHECKS) {
  for (const kind of check.kinds) {
    const checks = RANGE_CHECKS_BY_KIND.get(kind) ?? [];
    checks.push(check);
    RANGE_CHECKS_BY_KIND.set(kind, checks);
  }
}

function describeBound(check: RangeCheck): string {
  const bound =
    check.minimum !== undefined && check.maximum !== undefined
      ? `between ${check.minimum} and ${check.maximum}`
      : check.minimum !== undefined
        ? `>= ${check.minimum}`
        : `<= ${String(check.maximum)}`;
  return check.note ? `${bound} (${check.note})` : bound;
}

function collectRangeProblems(kind: string, root: JsonObject, problems: SchemaProblem[]): void {
  const checks = RANGE_CHECKS_BY_KIND.get(kind);
  if (!checks) {
    return;
  }
  const path: (string | number)[] = [];
  for (const check of checks) {
    walkPattern(root, check, 0, path, problems);
  }
}

/** Follows `check.path` (`*` = every list item), reporting numbers outside the bounds. */
function walkPattern(
  value: unknown,
  check: RangeCheck,
  depth: number,
  path: (string | number)[],
  problems: SchemaProblem[],
): void {
  if (depth === check.path.length) {
    if (typeof value !== 'number') {
      return;
    }
    if (
      (check.minimum !== undefined && value < check.minimum) ||
      (check.maximum !== undefined && value > check.maximum)
    ) {
      problems.push({
        kind: 'outOfRange',
        path: [...path],
        target: 'value',
        field: fieldName(path),
        data: { actual: String(value), bound: describeBound(check) },
      });
    }
    return;
  }
  const segment = check.path[depth] ?? '';
  if (segment === '*') {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        walkPattern(value[index], check, depth + 1, path, problems);
        path.pop();
      }
    }
    return;
  }
  const object = asObject(value);
  if (object && Object.prototype.hasOwnProperty.call(object, segment)) {
    path.push(segment);
    walkPattern(object[segment], check, depth + 1, path, problems);
    path.pop();
  }
}

// ---------------------------------------------------------------------------------------
// Unknown fields

/** Reports keys the schema does not know; `path` is a stack, copied only when reporting. */
function collectUnknownFields(
  value: unknown,
  ref: number,
  path: (string | number)[],
  shapes: readonly FieldShape[],
  problems: SchemaProblem[],
): void {
  const shape = ref < 0 ? undefined : shapes[ref];
  if (!shape || typeof value !== 'object' || value === null) {
    return;
  }
  if ('a' in shape) {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        collectUnknownFields(value[index], shape.a, path, shapes, problems);
        path.pop();
      }
    }
    return;
  }
  if (Array.isArray(value)) {
    return;
  }
  const object = value as JsonObject;
  for (const key in object) {
    const member = object[key];
    const child = 'm' in shape ? shape.m : shape.p[key];
    if (child === undefined) {
      const fieldPath = [...path, key];
      const suggestion = closestName(key, Object.keys((shape as { p: object }).p));
      problems.push({
        kind: 'unknownField',
        path: fieldPath,
        target: 'key',
        field: fieldName(fieldPath),
        data: { hint: suggestion ? ` (did you mean "${suggestion}"?)` : '' },
      });
    } else if (child >= 0 && typeof member === 'object' && member !== null) {
      path.push(key);
      collectUnknownFields(member, child, path, shapes, problems);
      path.pop();
    }
  }
}

/** The known name closest to a misspelt one: same letters ignoring case, or ≤ 2 edits. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  // Sorted, so that of two names equally close the first in name order is offered.
  return closestMatch(name, [...candidates].sort(), {
    maxDistance: Math.min(2, Math.floor(name.length / 3)),
  });
}

// ---------------------------------------------------------------------------------------

/** Orders paths as their fields are written: js-yaml keeps the document's key order. */
function comparePaths(root: unknown, a: FieldPath, b: FieldPath): number {
  let parent: unknown = root;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a[index];
    const right = b[index];
    if (left === right) {
      parent = Array.isArray(parent) ? parent[left as number] : asObject(parent)?.[String(left)];
      continue;
    }
    if (typeof left === 'number' && typeof right === 'number') {
      return left - right;
    }
    const keys = Object.keys(asObject(parent) ?? {});
    const position = (key: string | number | undefined): number => {
      const found = keys.indexOf(String(key));
      return found === -1 ? keys.length : found;
    };
    return position(left) - position(right) || (String(left) < String(right) ? -1 : 1);
  }
  return a.length - b.length;
}

/** Document order (then kind), so the per-object cap keeps the first problems in the file. */
function sortProblems(root: unknown, problems: SchemaProblem[]): SchemaProblem[] {
  return problems.sort(
    (a, b) =>
      comparePaths(root, a.path, b.path) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
}
