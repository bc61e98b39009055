import type { FieldPath } from '../source/locate.js';

/** One invalid field of an object, as the schema checks report it (worded by the rule). */
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
