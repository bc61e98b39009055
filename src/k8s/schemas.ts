/**
 * Kubernetes schema checks on top of the precompiled validators of kubernetes-models and its
 * CRD siblings (see scripts/schema-index.ts). Validators are imported per kind, on first use,
 * by `loadSchemas`; `checkObject` then works synchronously and turns ajv's raw errors into
 * one problem per invalid field, pointing at that field.
 */
import { PerType } from './per-type.js';
import { SCHEMA_KUBERNETES_VERSION, SCHEMAS, loadFieldShapes } from '../generated/schema-index.js';
import type { FieldPath } from '../source/locate.js';
import { asObject, type JsonObject } from './manifest.js';
import { validatorOf, type FieldShape, type SchemaValidator } from './schema-validator.js';
import type { SchemaProblem } from './schema-problem.js';
import { interpretErrors } from './schema-errors.js';
import {
  nameProblems,
  nameFormatProblems,
  disruptionBudgetProblems,
  collectRangeProblems,
  collectUnknownFields,
} from './server-checks.js';

export { SCHEMA_KUBERNETES_VERSION };
export type { SchemaProblem, SchemaProblemKind } from './schema-problem.js';

/** Something with an apiVersion and a kind (a Manifest). */
export interface TypedObject {
  readonly apiVersion: string;
  readonly kind: string;
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

/** What checkObject needs of a kind, found once per kind (see checksOf). */
interface KindChecks {
  validate: SchemaValidator;
  /** The kind's root in the field table, when the table knows it. */
  shape: number | undefined;
}

/** By apiVersion, then kind: no key string is built per object. */
const kindChecks = new Map<string, Map<string, KindChecks>>();

/** The checks of the object's kind, when its validator and the field table are loaded. */
function checksOf(object: TypedObject): KindChecks | undefined {
  const known = kindChecks.get(object.apiVersion)?.get(object.kind);
  if (known) {
    return known;
  }
  const key = schemaKey(object);
  const validate = validators.get(key);
  if (!validate || !fieldTable) {
    return undefined;
  }
  const checks: KindChecks = { validate, shape: fieldTable.roots[key] };
  let byKind = kindChecks.get(object.apiVersion);
  if (!byKind) {
    byKind = new Map();
    kindChecks.set(object.apiVersion, byKind);
  }
  byKind.set(object.kind, checks);
  return checks;
}

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
  const seen = new PerType<true>();
  for (const object of objects) {
    seen.get(object.apiVersion, object.kind, () => {
      const key = schemaKey(object);
      if (!validators.has(key) && hasSchema(object)) {
        missing.add(key);
      }
      return true;
    });
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
  const checks = checksOf(object);
  if (!checks || !fieldTable) {
    if (!hasSchema(object)) {
      return undefined;
    }
    throw new Error(
      `The schema of ${schemaKey(object)} was not loaded: await loadSchemas() (the rule's prepare step) first.`,
    );
  }
  const { validate } = checks;
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
    const shape = checks.shape;
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
