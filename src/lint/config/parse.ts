/*
 * Reading one config file: one YAML document, valid against schemas/config.schema.json; every
 * problem is an exit-2 error with file and line.
 */
import type { Document } from 'yaml';
import { ScaleplanError, type ErrorLocation } from '../../errors.js';
import { validateConfig } from '../../generated/validate-config.js';
import { locateInDocument } from '../../source/locate.js';
import type { SourceFile } from '../../source/source-file.js';
import { cleanYamlMessage } from '../../shared/schema-wording.js';
import { errorPlace, pickError, describeError } from './messages.js';
import { type ConfigFile } from './types.js';

/** Parses and validates a config file; problems are exit-2 errors with file and line. */
export function parseConfig(source: SourceFile): ConfigFile {
  return parseConfigDocument(source).config;
}

export function parseConfigDocument(source: SourceFile): {
  config: ConfigFile;
  document: Document.Parsed | undefined;
} {
  const documents = source.yaml().documents;
  const second = documents[1];
  if (second) {
    const start = second.contents?.range?.[0] ?? second.range?.[0] ?? 0;
    throw new ScaleplanError(
      'CONFIG_INVALID',
      'A config file holds one YAML document; this is a second one. Merge the settings into the first, or name the other file in extends.',
      { file: source.path, ...source.position(start) },
    );
  }
  const document = documents[0];
  // An empty file (or one with only comments) is a config that changes nothing.
  if (!document) {
    return { config: {}, document: undefined };
  }
  const firstError = document.errors[0];
  if (firstError) {
    // Errors found at the end of the input (an unclosed bracket) point at the last content.
    const lastContent = Math.max(0, source.text.trimEnd().length - 1);
    throw new ScaleplanError(
      'CONFIG_INVALID',
      `The config is not valid YAML: ${cleanYamlMessage(firstError.message)}`,
      { file: source.path, ...source.position(Math.min(firstError.pos[0], lastContent)) },
    );
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ScaleplanError(
      'CONFIG_INVALID',
      `The config cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      { file: source.path, line: 1, column: 1 },
    );
  }
  if (!validateConfig(value)) {
    const error = pickError(validateConfig.errors ?? [], value);
    const { path: fieldPath, target } = errorPlace(error);
    throw new ScaleplanError('CONFIG_INVALID', describeError(error, value), {
      ...locate(source, document, fieldPath, target),
    });
  }
  return { config: value as ConfigFile, document };
}

export function locate(
  source: SourceFile,
  document: Document.Parsed | undefined,
  fieldPath: readonly (string | number)[],
  target: 'key' | 'value',
): ErrorLocation {
  const range = document ? locateInDocument(source, document, fieldPath, target) : undefined;
  const position = range ? source.position(range.start) : { line: 1, column: 1 };
  return { file: source.path, ...position };
}
