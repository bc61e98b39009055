/*
 * What every check reports through: the problems of one spec, deduplicated, with their
 * positions; quantities and the Kubernetes version as the checks read them.
 */
import { isExtendedResource, parseQuantity } from '../../k8s/quantity.js';
import type { FieldPath } from '../../source/locate.js';
import { GPU_RESOURCE, type BaseInfo } from '../base.js';
import { problemAt, problemInScalar, type SpecSource } from '../load.js';
import type { SpecProblem } from '../problems.js';
import { type EnvironmentView } from '../resolve.js';
import { type ScalePlan } from '../types.js';

/** The adapter settings every environment of a cluster must share (one adapter per cluster). */
export const ADAPTER_SETTINGS = [
  'adapterNamespace',
  'adapterConfigMap',
  'adapterRulesFrom',
  'adapterRulesOnly',
  'adapterRules',
  'dcgm',
] as const;

/** JSON with object keys sorted: how two values are compared and shown. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    typeof entry === 'object' && entry !== null && !Array.isArray(entry)
      ? Object.fromEntries(
          Object.entries(entry as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : entry,
  );
}

export function quotedNames(views: readonly EnvironmentView[]): string {
  return views.map((view) => `"${view.name}"`).join(', ');
}

/** The longest a stabilization window may be (Kubernetes validation). */
export const MAX_STABILIZATION_SECONDS = 3600;
/** The longest a scaling policy period may be (Kubernetes validation). */
export const MAX_PERIOD_SECONDS = 1800;

/** Quota keys the shorthands write, so `hard` cannot set them a second time. */
export const QUOTA_SHORTHAND_KEYS: Readonly<Record<string, string>> = {
  'requests.cpu': 'cpu',
  cpu: 'cpu',
  'requests.memory': 'memory',
  memory: 'memory',
  [`requests.${GPU_RESOURCE}`]: 'gpu',
  pods: 'pods',
  'limits.cpu': 'limits.cpu',
  'limits.memory': 'limits.memory',
};

export const QUANTITY_EXAMPLES = 'such as 500m, "2", 512Mi or 8Gi';

/**
 * A quota key naming an extended resource (`nvidia.com/gpu`) without the `requests.` prefix.
 * Object counts (`count/jobs.batch`) and storage-class keys (`….storageclass.storage.k8s.io/…`)
 * also contain a slash and are fine.
 */
export function isUnprefixedExtendedResource(key: string): boolean {
  if (key.startsWith('requests.') || key.startsWith('limits.') || key.startsWith('count/')) {
    return false;
  }
  const domain = key.slice(0, key.indexOf('/'));
  return isExtendedResource(key) && !domain.endsWith('k8s.io');
}

export function describeQuantityProblem(value: unknown): string {
  return `${JSON.stringify(value)} is not a Kubernetes quantity; expected a non-negative amount ${QUANTITY_EXAMPLES}.`;
}

export class Checker {
  readonly problems: SpecProblem[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly plan: ScalePlan,
    readonly source: SpecSource,
    readonly base: BaseInfo | undefined,
  ) {}

  report(path: FieldPath, message: string, target: 'key' | 'value' = 'value'): void {
    this.add(problemAt(this.source, path, message, target));
  }

  /** A problem at characters `from`–`to` of a string field's value (see problemInScalar). */
  reportInside(
    path: FieldPath,
    message: string,
    inside: { value: string; from: number; to: number },
  ): void {
    this.add(problemInScalar(this.source, path, message, inside));
  }

  private add(problem: SpecProblem): void {
    const message = problem.message;
    const key = `${problem.line}:${problem.column}:${message}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      this.problems.push(problem);
    }
  }

  /** A quantity field: must parse and not be negative. Returns the value in base units. */
  quantity(path: FieldPath, value: unknown): number | undefined {
    if (value === undefined) {
      return undefined;
    }
    const parsed = parseQuantity(value);
    if (parsed === undefined || parsed < 0) {
      this.report(path, describeQuantityProblem(value));
      return undefined;
    }
    return parsed;
  }

  /** Whether the spec's kubeVersion is 1.x with x below `minor` (false when unset). */
  kubeMinorBelow(minor: number): boolean {
    const version = /^v?(\d+)\.(\d+)/.exec(this.plan.spec.kubeVersion ?? '');
    return version !== null && Number(version[1]) === 1 && Number(version[2]) < minor;
  }
}
