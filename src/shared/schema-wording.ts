/*
 * The words of every schema error: the config file, the ScalePlan spec and Kubernetes objects
 * all say what was found, what was expected and what was probably meant the same way. Each
 * validator picks its errors and adds its own hints; how a value, a type, a field path and a
 * "did you mean" are written lives here only.
 */
import { closestMatch } from './closest.js';

export type FieldSegment = string | number;

/** Ajv's instance path (`/spec/template/0`) as field segments; array indices are numbers. */
export function pointerToPath(pointer: string): FieldSegment[] {
  if (pointer === '') {
    return [];
  }
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

export function valueAt(root: unknown, path: readonly FieldSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}

/** The JSON Schema type of a value, integers told from other numbers. */
export function jsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'array';
  }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}

/** JSON Schema type names as YAML authors say them. */
export const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  array: 'a list',
  object: 'a map',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

export function describeType(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** How a found value is shown: strings quoted (long ones shortened), lists and maps named. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) {
    return 'empty';
  }
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  }
  if (typeof value === 'object') {
    return Array.isArray(value) ? 'a list' : 'a map';
  }
  return String(value);
}

/**
 * `spec.template.spec.containers[0].image`; keys that are not identifiers are quoted. Very
 * deep paths keep their first and last steps around an ellipsis.
 */
export function fieldName(path: readonly FieldSegment[]): string {
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

/** `; did you mean "x"?` or the closing full stop. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion ? `; did you mean "${suggestion}"?` : '.';
}

/** `Unknown key "x" in limits; did you mean "y"? Known keys: a, b.` */
export function unknownKey(
  key: string,
  where: string,
  known: readonly string[],
  noun = 'key',
): string {
  const list = known.length > 0 ? ` Known ${noun}s: ${known.join(', ')}.` : '';
  return `Unknown ${noun} "${key}" ${where}${didYouMean(closestMatch(key, known))}${list}`;
}

/** A YAML parser's message without its own position (the finding carries one), as a sentence. */
export function cleanYamlMessage(message: string): string {
  if (message.includes('Maximum call stack size exceeded')) {
    return 'it is nested too deeply to read (a file needs a few levels, not thousands).';
  }
  const firstLine = message.split('\n')[0] ?? message;
  const cleaned = firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
  return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
}
