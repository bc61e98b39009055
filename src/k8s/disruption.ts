import type { FieldPath } from '../source/locate.js';
import type { Manifest } from './manifest.js';
import {
  describeIntOrPercent,
  parseIntOrPercent,
  scaleIntOrPercent,
  type IntOrPercent,
} from './numbers.js';
import {
  isEmptySelector,
  MATCH_NOTHING,
  parseLabelSelector,
  type SelectorParse,
} from './selectors.js';

export const PDB_KIND = 'PodDisruptionBudget';

/** What a PodDisruptionBudget demands, as the disruption controller reads it. */
export type DisruptionPolicy =
  | { field: 'minAvailable' | 'maxUnavailable'; value: IntOrPercent; path: FieldPath }
  /** Neither field: the controller wants 0 healthy pods, so every eviction is allowed. */
  | { field: 'none' }
  /**
   * Both fields, a value that is not an int-or-percent, or a percentage above 100%: the API
   * server rejects the object, so it never blocks anything (schema-invalid reports it).
   */
  | { field: 'invalid' };

export function readDisruptionPolicy(pdb: Manifest): DisruptionPolicy {
  const rawMin = pdb.get(['spec', 'minAvailable']);
  const rawMax = pdb.get(['spec', 'maxUnavailable']);
  const hasMin = rawMin !== undefined && rawMin !== null;
  const hasMax = rawMax !== undefined && rawMax !== null;
  if (hasMin && hasMax) {
    return { field: 'invalid' };
  }
  if (!hasMin && !hasMax) {
    return { field: 'none' };
  }
  const field = hasMin ? 'minAvailable' : 'maxUnavailable';
  const value = parseIntOrPercent(hasMin ? rawMin : rawMax);
  if (!value || (value.kind === 'percent' && value.value > 100)) {
    return { field: 'invalid' };
  }
  return { field, value, path: ['spec', field] };
}

/**
 * The disruptions a PDB allows when `pods` pods are selected and all are healthy, as the
 * disruption controller computes it: percentages of both fields are scaled against the pod
 * count and rounded up (GetScaledValueFromIntOrPercent with roundUp), desiredHealthy is
 * minAvailable or pods − maxUnavailable, and disruptionsAllowed = healthy − desiredHealthy.
 */
export function allowedDisruptions(policy: DisruptionPolicy, pods: number): number {
  switch (policy.field) {
    case 'minAvailable':
      return Math.max(0, pods - scaleIntOrPercent(policy.value, pods, true));
    case 'maxUnavailable': {
      const desiredHealthy = Math.max(0, pods - scaleIntOrPercent(policy.value, pods, true));
      return pods - desiredHealthy;
    }
    case 'none':
      return pods;
    case 'invalid':
      return pods;
  }
}

/** `maxUnavailable: 0` / `"0%"` or `minAvailable: "100%"`: no eviction at any scale. */
export function blocksAtEveryScale(policy: DisruptionPolicy): boolean {
  if (policy.field === 'maxUnavailable') {
    return policy.value.value === 0;
  }
  return (
    policy.field === 'minAvailable' && policy.value.kind === 'percent' && policy.value.value === 100
  );
}

/** `minAvailable 50% = ceil(50% × 3) = 2` — the arithmetic behind a verdict, for messages. */
export function describeDemand(policy: DisruptionPolicy, pods: number): string {
  if (policy.field !== 'minAvailable' && policy.field !== 'maxUnavailable') {
    return policy.field;
  }
  const written = describeIntOrPercent(policy.value);
  if (policy.value.kind === 'int') {
    return `${policy.field} ${written}`;
  }
  const scaled = scaleIntOrPercent(policy.value, pods, true);
  return `${policy.field} ${written} = ceil(${written} × ${pods}) = ${scaled}`;
}

/**
 * A PDB's selector with its API version's meaning: in `policy/v1` an empty selector `{}`
 * selects every pod of the namespace, in `policy/v1beta1` it selects none; an absent (null)
 * selector selects none in both.
 */
export function readPdbSelector(pdb: Manifest): SelectorParse {
  const parsed = parseLabelSelector(pdb.get(['spec', 'selector']));
  if (
    'selector' in parsed &&
    pdb.apiVersion === 'policy/v1beta1' &&
    isEmptySelector(parsed.selector)
  ) {
    return { selector: MATCH_NOTHING };
  }
  return parsed;
}

/** A PDB value the API server refuses, for schema-invalid (see disruptionValueProblems). */
export interface DisruptionValueProblem {
  path: FieldPath;
  field: string;
  actual: string;
  bound: string;
}

/**
 * Negative `minAvailable` / `maxUnavailable` values (`-1`, `"-10%"`), which the API server's
 * ValidatePodDisruptionBudgetSpec refuses (ValidateNonnegativeField, IsValidPercent) while the
 * int-or-string schema accepts them. Percentages above 100% are checked with the schema
 * (src/k8s/schemas.ts); this adds only what it lets through. Only `policy/*` budgets: another
 * apiVersion is not a PodDisruptionBudget the API server serves (unknown-api-version).
 */
export function disruptionValueProblems(pdb: Manifest): DisruptionValueProblem[] {
  if (pdb.kind !== PDB_KIND || pdb.group !== 'policy') {
    return [];
  }
  const problems: DisruptionValueProblem[] = [];
  for (const field of ['minAvailable', 'maxUnavailable'] as const) {
    const value = pdb.get(['spec', field]);
    if (typeof value === 'number' && value < 0) {
      problems.push({
        path: ['spec', field],
        field: `spec.${field}`,
        actual: String(value),
        bound: 'at least 0',
      });
    } else if (typeof value === 'string' && /^\s*-\d+%?\s*$/.test(value)) {
      problems.push({
        path: ['spec', field],
        field: `spec.${field}`,
        actual: `"${value}"`,
        bound: value.includes('%') ? 'between 0% and 100%' : 'at least 0',
      });
    }
  }
  return problems;
}
