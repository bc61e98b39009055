/*
 * What a config schema error says: the error worth showing, where it points, and the message
 * in the config's own terms (rule ids, option names, severities).
 */
import configSchema from '../../../schemas/config.schema.json' with { type: 'json' };
import { type ValidationError } from '../../generated/validate-config.js';
import { closestMatch } from '../../shared/closest.js';
import {
  describeType,
  describeValue,
  didYouMean,
  fieldName,
  pointerToPath,
  unknownKey,
  valueAt,
} from '../../shared/schema-wording.js';
import { rules as builtinRules } from '../rules/index.js';

/** Where an error points: the unknown key itself, else the offending value. */
export function errorPlace(error: ValidationError): {
  path: (string | number)[];
  target: 'key' | 'value';
} {
  const base = pointerToPath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    return { path: [...base, String(error.params.additionalProperty)], target: 'key' };
  }
  return { path: base, target: 'value' };
}

/**
 * One error to show. `oneOf` (a severity string, or a `{severity, options}` map) reports the
 * failures of both branches; the deepest error about a value of the type its branch expects
 * explains the mistake.
 */
export function pickError(errors: readonly ValidationError[], root: unknown): ValidationError {
  const relevant = (error: ValidationError): number => {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      return 0;
    }
    const value = valueAt(root, pointerToPath(error.instancePath));
    const schemaPath = (error as ValidationError & { schemaPath?: string }).schemaPath ?? '';
    const inBranch = schemaPath.includes('/oneOf/');
    if (error.keyword === 'enum' && typeof value === 'object' && value !== null) {
      return 1;
    }
    if (error.keyword === 'type' && inBranch) {
      const sibling = errors.some(
        (other) =>
          other !== error &&
          other.keyword !== 'oneOf' &&
          other.keyword !== 'type' &&
          other.instancePath.startsWith(error.instancePath),
      );
      return sibling ? 1 : 2;
    }
    return 3;
  };
  const sorted = [...errors].sort(
    (a, b) =>
      relevant(b) - relevant(a) ||
      pointerToPath(b.instancePath).length - pointerToPath(a.instancePath).length,
  );
  return sorted[0] ?? { instancePath: '', keyword: 'type', message: 'is invalid', params: {} };
}

/** Known keys come from the schema itself, so a new setting is never missing from a hint. */
const SCHEMA_PROPERTIES = configSchema.properties as Record<
  string,
  { properties?: Record<string, unknown> }
>;
export const TOP_LEVEL_KEYS = Object.keys(SCHEMA_PROPERTIES);
const LIMIT_KEYS = Object.keys(SCHEMA_PROPERTIES.limits?.properties ?? {});
const REFERENCE_KEYS = Object.keys(SCHEMA_PROPERTIES.references?.properties ?? {});

/** Rule id → option names, from the rules' own schemas. */
export function ruleOptions(): Map<string, string[]> {
  return new Map(
    builtinRules.map((rule) => [rule.id, Object.keys(rule.meta.optionsSchema?.properties ?? {})]),
  );
}

/** The message for one validation error: where, what was expected, and a likely fix. */
export function describeError(error: ValidationError, root: unknown): string {
  const fieldPath = pointerToPath(error.instancePath);
  const where = fieldPath.length === 0 ? 'the config' : fieldName(fieldPath);
  const value = valueAt(root, fieldPath);
  const params = error.params;
  const last = fieldPath[fieldPath.length - 1];
  const parent = fieldPath[fieldPath.length - 2];
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      if (fieldPath.length === 0) {
        return unknownKey(key, 'in the config', TOP_LEVEL_KEYS);
      }
      if (last === 'rules') {
        const ids = [...ruleOptions().keys()];
        const suggestion = closestMatch(key, ids);
        return `Unknown rule id "${key}"${didYouMean(suggestion)} Run "scaleplan rules" to list the rules.`;
      }
      if (last === 'options' && parent !== undefined) {
        const options = ruleOptions().get(String(parent)) ?? [];
        if (options.length === 0) {
          return `Rule "${String(parent)}" has no options, so "${key}" cannot be set; remove "options".`;
        }
        return unknownKey(key, `for rule "${String(parent)}"`, options, 'option');
      }
      if (parent === 'rules') {
        return unknownKey(key, `in the settings of rule "${String(last)}"`, [
          'severity',
          'options',
        ]);
      }
      if (last === 'limits') {
        return unknownKey(key, 'in limits', LIMIT_KEYS);
      }
      if (last === 'references') {
        return unknownKey(key, 'in references', REFERENCE_KEYS);
      }
      if (parent === 'overrides') {
        return unknownKey(key, `in ${where}`, ['files', 'rules']);
      }
      return unknownKey(key, `in ${where}`, []);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      const what =
        last === 'severity' || parent === 'rules' ? 'a severity' : `one of ${allowed.join(', ')}`;
      return `${where} must be ${what} (${allowed.join(', ')}), not ${describeValue(value)}${didYouMean(suggestion)}`;
    }
    case 'type': {
      const expected = describeType(String(params.type));
      if (last === 'kubeVersion' && typeof value === 'number') {
        return `kubeVersion must be a string such as "1.30", not the number ${String(value)}: YAML reads an unquoted 1.30 as the number 1.3, so quote it.`;
      }
      if (parent === 'rules') {
        return `${where} must be a severity (off, info, warning, error) or a map with severity and options, not ${describeValue(value)}.`;
      }
      if (last === 'extends') {
        return `extends must be a policy pack ("recommended", "strict"), a config file path, or a list of them, not ${describeValue(value)}.`;
      }
      if (fieldPath.length === 0) {
        // A whole file read as one scalar is likely not a config at all: never echo its text.
        return `The config must be a map of settings (${TOP_LEVEL_KEYS.join(', ')}), not ${typeof value === 'string' ? 'text' : describeValue(value)}.`;
      }
      if (params.type === 'array' && typeof value === 'string') {
        return `${where} must be a list, not ${JSON.stringify(value)}; write ${fieldName([last ?? ''])}: [${JSON.stringify(value)}].`;
      }
      return `${where} must be ${expected}, not ${describeValue(value)}.`;
    }
    case 'pattern':
      if (parent === 'assumeExternal') {
        return `${where} must be a namespace (kube-system) or an object as Kind/namespace/name (Service/kube-system/kube-dns), not ${describeValue(value)}.`;
      }
      if (last === 'kubeVersion') {
        return `kubeVersion must be a Kubernetes version as "MAJOR.MINOR" (such as "1.30"), not ${describeValue(value)}.`;
      }
      return `${where} does not have the expected form (${String(params.pattern)}).`;
    case 'required':
      if (parent === 'overrides' || typeof last === 'number') {
        return `${where} needs "${String(params.missingProperty)}": the globs of the files this override applies to.`;
      }
      return `${where} needs "${String(params.missingProperty)}".`;
    case 'minItems':
      return `${where} must list at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}.`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${where} must be at least ${String(params.limit)}, not ${describeValue(value)}.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${where} must be at most ${String(params.limit)}, not ${describeValue(value)}.`;
    default:
      return `${where} ${error.message ?? 'is invalid'}.`;
  }
}
