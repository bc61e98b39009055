/** The validators the generated schema index loads, adapted to one shape (see schemas.ts). */
import type {
  LoadedSchema,
  ModelClass,
  SchemaError,
  SchemaValidator,
} from '../generated/schema-index.js';

export type { FieldShape } from '../generated/schema-fields.js';
export type {
  LoadedSchema,
  ModelClass,
  SchemaEntry,
  SchemaError,
  SchemaValidator,
} from '../generated/schema-index.js';

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

/** The validator of what a schema entry loaded. */
export function validatorOf(loaded: LoadedSchema): SchemaValidator {
  return 'validate' in loaded ? loaded.validate : modelValidator(loaded.model);
}
