/** Types shared by the generated schema index and the schema checks (see schemas.ts). */

/** One ajv error, as the precompiled kubernetes-models validators report them. */
export interface SchemaError {
  /** JSON Pointer of the offending value (`/spec/minReplicas`). */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A precompiled ajv validator (ajv standalone code: `errors` is set after each call). */
export type SchemaValidator = ((data: unknown) => boolean) & {
  errors?: SchemaError[] | null;
};

export interface SchemaEntry {
  /** `kubernetes` for built-in APIs, `crd` for the custom resources scaleplan knows. */
  source: 'kubernetes' | 'crd';
  load: () => Promise<SchemaValidator>;
}

/** Known properties (`p`), array items (`a`) or map values (`m`); -1 accepts any value. */
export type FieldShape = { p: Readonly<Record<string, number>> } | { a: number } | { m: number };

/** What a kubernetes-models class looks like from here: its prototype validates `this`. */
interface ModelClass {
  prototype: { validate(this: unknown): void };
}

/**
 * Adapts a model class of the CRD packages, which do not export their `_schemas`, to a
 * validator. The class's `validate` runs the same precompiled function on `this` and throws
 * ajv's ValidationError (with `errors`) when it fails; the object is not copied.
 */
export function modelValidator(model: ModelClass): SchemaValidator {
  const validate: SchemaValidator = (data: unknown): boolean => {
    try {
      model.prototype.validate.call(data);
      validate.errors = null;
      return true;
    } catch (error) {
      const errors = (error as { errors?: unknown }).errors;
      if (!Array.isArray(errors)) {
        throw error;
      }
      validate.errors = errors as SchemaError[];
      return false;
    }
  };
  return validate;
}
