import { stringify } from 'yaml';

/** A JSON-like value as the generators build it; keys keep their insertion order. */
export type Json =
  string | number | boolean | null | undefined | readonly Json[] | { readonly [key: string]: Json };

/**
 * The one YAML style of every generated file: block style, two-space indentation, sequences
 * indented under their key, no line folding (PromQL stays on the lines it was written on),
 * multi-line strings as literal blocks, keys in the order the generator wrote them.
 */
export function toYaml(value: Json): string {
  return stringify(value, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    minContentWidth: 0,
    blockQuote: 'literal',
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
    sortMapEntries: false,
    aliasDuplicateObjects: false,
  });
}

/** Several documents in one file, separated by `---`. */
export function toYamlStream(documents: readonly Json[]): string {
  return documents.map(toYaml).join('---\n');
}
