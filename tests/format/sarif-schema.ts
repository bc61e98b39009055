import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The official OASIS SARIF 2.1.0 schema (errata 01; see schemas/README.md). It is written
 * in JSON Schema draft-04, which Ajv 8 reads as draft-07 once the draft-04 `id` is called
 * `$id`: the schema uses no keyword whose meaning changed between the two drafts (no
 * boolean `exclusiveMinimum`/`exclusiveMaximum`), and Ajv checks that against the draft-07
 * meta-schema when it compiles.
 */
function officialSchema(): Record<string, unknown> {
  const { id, $schema, ...rest } = JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, 'schemas/sarif-schema-2.1.0.json'), 'utf8'),
  ) as { id: string; $schema: string } & Record<string, unknown>;
  if ($schema !== 'http://json-schema.org/draft-04/schema#') {
    throw new Error(`Unexpected meta-schema ${$schema}.`);
  }
  return { $id: id, ...rest };
}

let compiled: (((data: unknown) => boolean) & { errors?: ErrorObject[] | null }) | undefined;

/** The schema errors of a SARIF log (empty when it is valid). */
export function sarifSchemaErrors(log: unknown): ErrorObject[] {
  if (!compiled) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: true });
    addFormats.default(ajv);
    compiled = ajv.compile(officialSchema());
  }
  return compiled(log) ? [] : [...(compiled.errors ?? [])];
}
