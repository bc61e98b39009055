/*
 * What the API server refuses that the OpenAPI schemas do not express (names, budgets, value
 * ranges, patterns), and the fields a schema does not know (strict field validation).
 */
import { describeNameRule, isValidName, nameRule, type NameRule } from './names.js';
import { asObject, type JsonObject } from './manifest.js';
import { type FieldShape } from './schema-validator.js';
import type { SchemaProblem } from './schema-problem.js';
import { closestName } from '../shared/closest.js';
import { describeValue, fieldName } from '../shared/schema-wording.js';

/** The API server needs a name (or generateName) for every object; OpenAPI cannot say so. */
export function nameProblems(root: JsonObject): SchemaProblem[] {
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
export function nameFormatProblems(kind: string, root: JsonObject): SchemaProblem[] {
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
export function disruptionBudgetProblems(root: JsonObject): SchemaProblem[] {
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

export interface RangeCheck {
  kinds: ReadonlySet<string>;
  /** `*` matches every index of a list. */
  path: readonly string[];
  minimum?: number;
  maximum?: number;
  /** Why the API server refuses it, when the bound alone does not say. */
  note?: string;
}

export const POD_TEMPLATE_KINDS = [
  'DaemonSet',
  'Deployment',
  'Job',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
];
export const REPLICATED_KINDS = new Set([
  'Deployment',
  'ReplicaSet',
  'ReplicationController',
  'StatefulSet',
]);
export const HPA = new Set(['HorizontalPodAutoscaler']);

export function podSpecChecks(): RangeCheck[] {
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
export const RANGE_CHECKS: readonly RangeCheck[] = [
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

export const RANGE_CHECKS_BY_KIND = new Map<string, RangeCheck[]>();
for (const check of RANGE_CHECKS) {
  for (const kind of check.kinds) {
    const checks = RANGE_CHECKS_BY_KIND.get(kind) ?? [];
    checks.push(check);
    RANGE_CHECKS_BY_KIND.set(kind, checks);
  }
}

export function describeBound(check: RangeCheck): string {
  const bound =
    check.minimum !== undefined && check.maximum !== undefined
      ? `between ${check.minimum} and ${check.maximum}`
      : check.minimum !== undefined
        ? `>= ${check.minimum}`
        : `<= ${String(check.maximum)}`;
  return check.note ? `${bound} (${check.note})` : bound;
}

export function collectRangeProblems(
  kind: string,
  root: JsonObject,
  problems: SchemaProblem[],
): void {
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
export function walkPattern(
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
export function collectUnknownFields(
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
