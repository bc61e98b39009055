import fs from 'node:fs';
import type { Document } from 'yaml';
import specSchema from '../../schemas/scaleplan.schema.json' with { type: 'json' };
import { ScaleplanError } from '../errors.js';
import { validateSpec, type ValidationError } from '../generated/validate-spec.js';
import { closestMatch } from '../shared/closest.js';
import {
  cleanYamlMessage,
  describeType,
  describeValue,
  pointerToPath,
  valueAt,
} from '../shared/schema-wording.js';
import { loadAllFast } from '../source/parse.js';
import { locateInScalar } from '../source/scalar-offsets.js';
import { locateInDocument, type FieldPath, type LocateTarget } from '../source/locate.js';
import { SourceFile } from '../source/source-file.js';
import { describeField, type SpecProblem } from './problems.js';
import type { ScalePlan } from './types.js';

/** A spec read from text, with what is needed to point at its fields. */
export interface SpecSource {
  file: SourceFile;
  readonly document: Document.Parsed | undefined;
}

/**
 * A source whose `yaml` Document is parsed only when a problem needs a position: a valid
 * spec read by the fast parser never pays for the positional parse.
 */
function lazySource(file: SourceFile): SpecSource {
  let parsed = false;
  let document: Document.Parsed | undefined;
  return {
    file,
    get document() {
      if (!parsed) {
        parsed = true;
        document = file.yaml().documents.find((entry) => entry.contents !== null);
      }
      return document;
    },
  };
}

export interface ParsedSpec {
  /** Present when the text is valid YAML that passes the schema. */
  spec?: ScalePlan;
  source: SpecSource;
  problems: SpecProblem[];
}

const TEMPLATE_HINT =
  'The spec contains a template expression ({{ … }}); a ScalePlan is plain YAML, so render the template first.';

/** Aliases a spec may expand before it is refused as an alias bomb. */
const MAX_ALIAS_COUNT = 1000;

/** A problem at a field of the spec (key or value), or at the nearest ancestor present. */
export function problemAt(
  source: SpecSource,
  path: FieldPath,
  message: string,
  target: LocateTarget = 'value',
): SpecProblem {
  const range = source.document
    ? locateInDocument(source.file, source.document, path, target)
    : undefined;
  const start = source.file.position(range?.start ?? 0);
  const end = source.file.position(Math.max((range?.end ?? 1) - 1, range?.start ?? 0));
  return {
    file: source.file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column + 1,
    field: describeField(path),
    message,
  };
}

/**
 * A problem inside a string field (a PromQL expression, an alert template): at the characters
 * `from`–`to` of its value when the source spells the value out, else at the whole value.
 */
export function problemInScalar(
  source: SpecSource,
  path: FieldPath,
  message: string,
  inside: { value: string; from: number; to: number },
): SpecProblem {
  const whole = problemAt(source, path, message);
  const scalar = source.document
    ? locateInDocument(source.file, source.document, path, 'value')
    : undefined;
  const range =
    scalar && !scalar.approximate
      ? locateInScalar(scalar, inside.value, inside.from, inside.to)
      : undefined;
  if (!range) {
    return whole;
  }
  const start = source.file.position(range.start);
  const end = source.file.position(Math.max(range.end - 1, range.start));
  return {
    ...whole,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column + 1,
  };
}

/** Reads a spec file; a file that cannot be read is an exit-2 error naming it. */
export function readSpecFile(absolutePath: string, shownPath: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ScaleplanError(
      code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      code === 'ENOENT'
        ? `No spec at ${shownPath}; run "scaleplan init" to write a starter scaleplan.yaml, or name the spec file.`
        : `Cannot read the spec ${shownPath} (${code ?? 'unknown error'}).`,
      { file: shownPath },
      { cause: error },
    );
  }
  return SourceFile.fromBytes(shownPath, bytes, absolutePath);
}

/**
 * Text → spec, or every problem with its position: YAML syntax (duplicate keys included),
 * then the schema (unknown keys get the closest known key at that place). Semantic checks
 * come after, on the spec this returns (see `checkSpec`).
 */
export function parseSpec(file: SourceFile): ParsedSpec {
  if (!file.encodingProblem) {
    const values = loadAllFast(file.text);
    // One document that the fast parser reads: the usual case. Anything else (no document,
    // several, syntax errors, anchors) takes the positional parse, which reports it.
    if (values?.length === 1 && values[0] !== null && values[0] !== undefined) {
      return validated(values[0], lazySource(file));
    }
  }
  let source: SpecSource = { file, document: undefined };
  const problems: SpecProblem[] = [];
  const fileProblem = (offset: number, message: string): SpecProblem => {
    const position = file.position(offset);
    return { file: file.path, ...position, field: '', message };
  };
  if (file.encodingProblem) {
    problems.push(fileProblem(file.encodingProblem.offset, file.encodingProblem.message));
    return { source, problems };
  }
  const documents = file.yaml().documents.filter((document) => document.contents !== null);
  const document = documents[0];
  if (!document) {
    problems.push(
      fileProblem(
        0,
        'The spec is empty; expected a ScalePlan (apiVersion: scaleplan.dev/v1alpha1, kind: ScalePlan, metadata, spec). Run "scaleplan init" for a starter.',
      ),
    );
    return { source, problems };
  }
  source = { file, document };
  for (const extra of documents.slice(1)) {
    problems.push(
      fileProblem(
        extra.range[0],
        'A spec file holds one ScalePlan; this is a second YAML document. Put each plan in its own file.',
      ),
    );
  }
  for (const error of document.errors) {
    const lastContent = Math.max(0, file.text.trimEnd().length - 1);
    problems.push(
      fileProblem(
        Math.min(error.pos[0], lastContent),
        `The spec is not valid YAML: ${cleanYamlMessage(error.message)}${
          file.text.includes('{{') ? ` ${TEMPLATE_HINT}` : ''
        }`,
      ),
    );
  }
  if (problems.length > 0) {
    return { source, problems };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    problems.push(
      fileProblem(
        document.range[0],
        `The spec cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    return { source, problems };
  }
  return validated(value, source);
}

/** The spec if the value passes the schema, else the schema's problems at their fields. */
function validated(value: unknown, source: SpecSource): ParsedSpec {
  if (!validateSpec(value)) {
    const problems: SpecProblem[] = [];
    const template = /\{\{[^\n]*\}\}/.exec(source.file.text);
    if (template) {
      const position = source.file.position(template.index);
      problems.push({ file: source.file.path, ...position, field: '', message: TEMPLATE_HINT });
    }
    problems.push(...schemaProblems(validateSpec.errors ?? [], value, source));
    return { source, problems };
  }
  return { spec: value as ScalePlan, source, problems: [] };
}

type SchemaNode = Record<string, unknown>;

/** The schema node at a JSON pointer (`#/definitions/workload/properties/scaleOn`). */
function schemaAt(pointer: string): SchemaNode | undefined {
  let node: unknown = specSchema;
  for (const raw of pointer.replace(/^#\/?/, '').split('/')) {
    if (raw === '') {
      continue;
    }
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'object' && node !== null ? (node as SchemaNode) : undefined;
}

function resolveRef(node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref;
  return typeof ref === 'string' ? schemaAt(ref) : node;
}

/**
 * The schema node that describes the value at an instance path, found by walking the schema
 * (`properties`, then `additionalProperties`, then `items`, through `$ref`s). Ajv's own
 * `schemaPath` is relative to whichever `$ref` it was compiled in, so it cannot be used.
 */
function schemaForInstance(path: FieldPath): SchemaNode | undefined {
  let node = resolveRef(specSchema as SchemaNode);
  for (const segment of path) {
    if (!node) {
      return undefined;
    }
    const properties = node.properties as Record<string, SchemaNode> | undefined;
    const next =
      typeof segment === 'string' && properties?.[segment] !== undefined
        ? properties[segment]
        : typeof segment === 'number' && typeof node.items === 'object'
          ? (node.items as SchemaNode)
          : typeof node.additionalProperties === 'object'
            ? (node.additionalProperties as SchemaNode)
            : undefined;
    node = resolveRef(next);
  }
  return node;
}

function schemaPathOf(error: ValidationError): string {
  return (error as ValidationError & { schemaPath?: string }).schemaPath ?? '';
}

/** What a `pattern` means, in words, for the patterns the schema uses. */
function describePattern(pattern: string): string {
  if (pattern === '\\S') {
    return 'a non-empty string';
  }
  if (pattern.includes('{0,251}')) {
    return 'a Kubernetes name: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit';
  }
  if (pattern.startsWith('^[A-Za-z0-9]')) {
    return 'a name of letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
  }
  if (pattern.includes('{0,61}')) {
    return 'a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit, at most 63 characters';
  }
  if (pattern.includes('(ms|s|m|h)')) {
    return 'a duration such as "30s", "5m" or "1h30m"';
  }
  if (pattern === '^[1-9][0-9]*%$') {
    return 'a percentage such as "75%"';
  }
  if (pattern.startsWith('^[a-zA-Z_:]')) {
    return 'a Prometheus metric name (letters, digits, "_" and ":")';
  }
  if (pattern.startsWith('^v?[0-9]+')) {
    return 'a Kubernetes version as "MAJOR.MINOR", such as "1.30"';
  }
  if (pattern.startsWith('^https?://')) {
    return 'an http:// or https:// URL';
  }
  if (pattern === '^/') {
    return 'a path starting with "/"';
  }
  if (pattern.startsWith('^[0-9]+(\\.[0-9]+)?%$')) {
    return 'a percentage such as "1%" or "0.5%"';
  }
  if (pattern.startsWith('^[0-9]+[kKmMgG]')) {
    return 'a size such as "10m", "1g" or "0"';
  }
  if (pattern.startsWith('^(\\*\\.)?')) {
    return 'a host name such as "app.example.com"';
  }
  if (pattern.startsWith('^[0-9]+%$')) {
    return 'a percentage such as "25%"';
  }
  return 'a Kubernetes name: lower-case letters, digits and "-", starting and ending with a letter or digit';
}

/** What an `anyOf` of the schema accepts, in words. */
function describeAlternatives(node: SchemaNode | undefined): string {
  const branches = Array.isArray(node?.anyOf) ? (node.anyOf as SchemaNode[]) : [];
  const patterns = branches.map((branch) => String(branch.pattern ?? ''));
  if (patterns.includes('^[1-9][0-9]*%$')) {
    return 'a percentage such as "75%" (or the whole number 75)';
  }
  if (patterns.includes('^[0-9]+%$')) {
    return 'a whole number or a percentage, such as 1 or "25%"';
  }
  if (branches.some((branch) => branch.maximum === 65535)) {
    return 'a port number (1–65535) or a port name';
  }
  return 'a quantity such as 500m, "2" or 8Gi';
}

/** The known keys of the map at an instance path. */
function knownKeys(path: FieldPath): string[] {
  const properties = schemaForInstance(path)?.properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

/**
 * Ajv errors → problems. `anyOf` failures are reported once, as the alternatives, instead of
 * one error per branch; every other error is its own problem.
 */
function schemaProblems(
  errors: readonly ValidationError[],
  root: unknown,
  source: SpecSource,
): SpecProblem[] {
  const anyOfs = errors.filter((error) => error.keyword === 'anyOf');
  const branchOfAnyOf = (error: ValidationError): boolean =>
    anyOfs.some(
      (anyOf) =>
        error.instancePath.startsWith(anyOf.instancePath) &&
        schemaPathOf(error).startsWith(`${schemaPathOf(anyOf)}/`),
    );
  const seen = new Set<string>();
  const problems: SpecProblem[] = [];
  for (const error of errors) {
    if (branchOfAnyOf(error) || error.keyword === 'if' || error.keyword === 'propertyNames') {
      continue;
    }
    const problem = schemaProblem(error, root, source);
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function schemaProblem(error: ValidationError, root: unknown, source: SpecSource): SpecProblem {
  const path = pointerToPath(error.instancePath);
  const value = valueAt(root, path);
  const params = error.params;
  const expected = (what: string): string => `expected ${what}, not ${describeValue(value)}.`;
  const propertyName = (error as ValidationError & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const message = `\`${propertyName}\` cannot be used as a name here: expected ${describePattern(String(params.pattern))}.`;
    return {
      ...problemAt(source, [...path, propertyName], message, 'key'),
      field: describeField(path),
    };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = knownKeys(path);
      const suggestion = closestMatch(key, known);
      const message = suggestion
        ? `unknown key \`${key}\`, did you mean \`${suggestion}\`?`
        : `unknown key \`${key}\`; known keys here: ${known.map((name) => `\`${name}\``).join(', ')}.`;
      // Pointed at the key; named by the map it is in (where the known keys belong).
      return { ...problemAt(source, [...path, key], message, 'key'), field: describeField(path) };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const description = schemaForInstance([...path, missing])?.description;
      const hint = typeof description === 'string' ? ` (${firstSentence(description)})` : '';
      return problemAt(source, path, `\`${missing}\` is required${hint}.`, 'key');
    }
    case 'anyOf':
      return problemAt(source, path, expected(describeAlternatives(schemaForInstance(path))));
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((entry) => JSON.stringify(entry));
      const suggestion =
        typeof value === 'string'
          ? closestMatch(
              value,
              (params.allowedValues as unknown[]).filter(
                (entry): entry is string => typeof entry === 'string',
              ),
            )
          : undefined;
      const tail = suggestion ? ` Did you mean "${suggestion}"?` : '';
      return problemAt(source, path, `${expected(`one of ${allowed.join(', ')}`)}${tail}`);
    }
    case 'const':
      return problemAt(source, path, expected(JSON.stringify(params.allowedValue)));
    case 'type': {
      const type = String(params.type);
      if (path[path.length - 1] === 'kubeVersion' && typeof value === 'number') {
        return problemAt(
          source,
          path,
          `expected a string such as "1.30", not the number ${String(value)}: YAML reads an unquoted 1.30 as the number 1.3, so quote it.`,
        );
      }
      return problemAt(source, path, expected(describeType(type)));
    }
    case 'pattern':
      return problemAt(source, path, expected(describePattern(String(params.pattern))));
    case 'minimum':
      return problemAt(source, path, expected(`a number of at least ${String(params.limit)}`));
    case 'exclusiveMinimum':
      return problemAt(source, path, expected(`a number above ${String(params.limit)}`));
    case 'maximum':
      return problemAt(source, path, expected(`a number of at most ${String(params.limit)}`));
    case 'minItems':
      return problemAt(
        source,
        path,
        `expected at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}.`,
      );
    case 'minProperties':
      return problemAt(
        source,
        path,
        `expected at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}.`,
      );
    case 'uniqueItems':
      return problemAt(
        source,
        path,
        `entries ${String(params.j)} and ${String(params.i)} are the same; list each once.`,
      );
    case 'minLength':
      return problemAt(source, path, expected('a non-empty string'));
    case 'maxLength':
      return problemAt(source, path, expected(`at most ${String(params.limit)} characters`));
    default:
      return problemAt(source, path, `${error.message ?? 'is invalid'}.`);
  }
}

function firstSentence(text: string): string {
  const match = /^(.*?[.:])(\s|$)/.exec(text);
  return (match?.[1] ?? text).replace(/[.:]$/, '');
}
