import { asArray, asObject } from './manifest.js';

export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface SelectorRequirement {
  key: string;
  operator: SelectorOperator;
  values: readonly string[];
}

/** A parsed label selector. `matchesAll` is the empty selector `{}`; `matchesNone` is null. */
export interface LabelSelector {
  matchLabels: Readonly<Record<string, string>>;
  matchExpressions: readonly SelectorRequirement[];
  matchesNone: boolean;
}

export type SelectorParse = { selector: LabelSelector } | { error: string };

const OPERATORS = new Set<string>(['In', 'NotIn', 'Exists', 'DoesNotExist']);

export const MATCH_NOTHING: LabelSelector = {
  matchLabels: {},
  matchExpressions: [],
  matchesNone: true,
};

/**
 * Parses a `metav1.LabelSelector` (`matchLabels` + `matchExpressions`). An absent selector
 * matches nothing; `{}` matches everything (callers decide what an absent selector means for
 * their kind, e.g. policy/v1beta1 PDBs).
 */
export function parseLabelSelector(value: unknown): SelectorParse {
  if (value === undefined || value === null) {
    return { selector: MATCH_NOTHING };
  }
  const object = asObject(value);
  if (!object) {
    return { error: 'a selector must be a map with matchLabels and/or matchExpressions' };
  }
  const matchLabels: Record<string, string> = {};
  const labels = object.matchLabels;
  if (labels !== undefined && labels !== null) {
    const labelMap = asObject(labels);
    if (!labelMap) {
      return { error: 'matchLabels must be a map of strings' };
    }
    for (const [key, labelValue] of Object.entries(labelMap)) {
      if (!isScalar(labelValue)) {
        return { error: `matchLabels.${key} must be a string` };
      }
      matchLabels[key] = String(labelValue);
    }
  }
  const matchExpressions: SelectorRequirement[] = [];
  const expressions = object.matchExpressions;
  if (expressions !== undefined && expressions !== null && !Array.isArray(expressions)) {
    return { error: 'matchExpressions must be a list' };
  }
  for (const entry of asArray(expressions)) {
    const requirement = asObject(entry);
    const key = requirement?.key;
    const operator = requirement?.operator;
    if (typeof key !== 'string' || typeof operator !== 'string' || !OPERATORS.has(operator)) {
      return {
        error:
          'each matchExpressions entry needs a key and an operator of In, NotIn, Exists or DoesNotExist',
      };
    }
    const written = asArray(requirement?.values);
    // A map or list among the values is schema-invalid's finding; as text it would read
    // "[object Object]" in every message that shows the selector.
    if (!written.every(isScalar)) {
      return { error: `matchExpressions values of ${key} must be strings` };
    }
    const values = written.map(String);
    matchExpressions.push({ key, operator: operator as SelectorOperator, values });
  }
  return { selector: { matchLabels, matchExpressions, matchesNone: false } };
}

/** A Service-style selector: a plain map of labels; empty or absent selects no pods. */
export function parseMapSelector(value: unknown): SelectorParse {
  if (value === undefined || value === null) {
    return { selector: MATCH_NOTHING };
  }
  const object = asObject(value);
  if (!object) {
    return { error: 'the selector must be a map of labels' };
  }
  const matchLabels: Record<string, string> = {};
  for (const [key, labelValue] of Object.entries(object)) {
    if (!isScalar(labelValue)) {
      return { error: `selector.${key} must be a string` };
    }
    matchLabels[key] = String(labelValue);
  }
  if (Object.keys(matchLabels).length === 0) {
    return { selector: MATCH_NOTHING };
  }
  return { selector: { matchLabels, matchExpressions: [], matchesNone: false } };
}

/** Values YAML may write unquoted where Kubernetes wants a string (`version: 2`, `canary: true`). */
function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

export function isEmptySelector(selector: LabelSelector): boolean {
  return (
    !selector.matchesNone &&
    Object.keys(selector.matchLabels).length === 0 &&
    selector.matchExpressions.length === 0
  );
}

export function selectorMatches(
  selector: LabelSelector,
  labels: Readonly<Record<string, string>>,
): boolean {
  if (selector.matchesNone) {
    return false;
  }
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    if (labels[key] !== value) {
      return false;
    }
  }
  for (const requirement of selector.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
    const value = labels[requirement.key];
    switch (requirement.operator) {
      case 'In':
        if (!has || value === undefined || !requirement.values.includes(value)) {
          return false;
        }
        break;
      case 'NotIn':
        if (has && value !== undefined && requirement.values.includes(value)) {
          return false;
        }
        break;
      case 'Exists':
        if (!has) {
          return false;
        }
        break;
      case 'DoesNotExist':
        if (has) {
          return false;
        }
        break;
    }
  }
  return true;
}

/** `app=web,tier in (a,b)` for messages. */
export function describeSelector(selector: LabelSelector): string {
  if (selector.matchesNone) {
    return '<none>';
  }
  const parts = Object.entries(selector.matchLabels).map(([key, value]) => `${key}=${value}`);
  for (const requirement of selector.matchExpressions) {
    switch (requirement.operator) {
      case 'In':
        parts.push(`${requirement.key} in (${requirement.values.join(',')})`);
        break;
      case 'NotIn':
        parts.push(`${requirement.key} notin (${requirement.values.join(',')})`);
        break;
      case 'Exists':
        parts.push(requirement.key);
        break;
      case 'DoesNotExist':
        parts.push(`!${requirement.key}`);
        break;
    }
  }
  return parts.length === 0 ? '<everything>' : parts.join(',');
}

/**
 * Parses the string form of a label selector, as `kubectl -l` and Kustomize patch targets
 * (`labelSelector`, `annotationSelector`) write it: `app=web,tier in (a,b),!canary,env!=dev`.
 * An empty string selects everything.
 */
export function parseSelectorString(text: string): SelectorParse {
  const matchLabels: Record<string, string> = {};
  const matchExpressions: SelectorRequirement[] = [];
  for (const part of splitSelector(text)) {
    const term = part.trim();
    if (term === '') {
      continue;
    }
    const set = /^([^\s!=(),]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (set) {
      const values = (set[3] ?? '')
        .split(',')
        .map((value) => value.trim())
        .filter((value) => value !== '');
      matchExpressions.push({
        key: set[1] ?? '',
        operator: set[2] === 'in' ? 'In' : 'NotIn',
        values,
      });
      continue;
    }
    const comparison = /^([^\s!=(),]+)\s*(==|=|!=)\s*([^\s!=(),]*)$/.exec(term);
    if (comparison) {
      const [, key = '', operator, value = ''] = comparison;
      if (operator === '!=') {
        matchExpressions.push({ key, operator: 'NotIn', values: [value] });
      } else {
        matchLabels[key] = value;
      }
      continue;
    }
    const existence = /^(!?)([^\s!=(),]+)$/.exec(term);
    if (existence) {
      matchExpressions.push({
        key: existence[2] ?? '',
        operator: existence[1] === '!' ? 'DoesNotExist' : 'Exists',
        values: [],
      });
      continue;
    }
    return { error: `"${term}" is not a selector requirement` };
  }
  return { selector: { matchLabels, matchExpressions, matchesNone: false } };
}

/** Splits on commas outside parentheses (`a in (x,y),b` → `a in (x,y)`, `b`). */
function splitSelector(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') {
      depth++;
    } else if (char === ')') {
      depth = Math.max(0, depth - 1);
    }
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}
