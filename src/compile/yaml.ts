import jsYaml from 'js-yaml';

/** A JSON-like value as the generators build it; keys keep their insertion order. */
export type Json =
  string | number | boolean | null | undefined | readonly Json[] | { readonly [key: string]: Json };

const DUMP_OPTIONS: jsYaml.DumpOptions = {
  indent: 2,
  lineWidth: -1,
  noRefs: true,
  quotingType: '"',
  sortKeys: false,
  // Generators leave optional fields undefined; they are omitted, as JSON.stringify does.
  skipInvalid: true,
};

/**
 * The one YAML style of every generated file: block style, two-space indentation, sequences
 * indented under their key, no line folding (PromQL stays on the lines it was written on),
 * multi-line strings as literal blocks, keys in the order the generator wrote them.
 *
 * js-yaml's dumper rather than `yaml`'s: it is about three times faster on large specs, and
 * it quotes the YAML 1.1 booleans (`"Off"`, `"on"`, `"yes"`), which `kubectl apply`
 * (go-yaml v2 underneath) would otherwise read as booleans: a VPA with `updateMode: Off`
 * unquoted is rejected by the API server.
 */
export function toYaml(value: Json): string {
  return jsYaml.dump(value, DUMP_OPTIONS);
}

/** Several documents in one file, separated by `---`. */
export function toYamlStream(documents: readonly Json[]): string {
  return documents.map(toYaml).join('---\n');
}
