import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson, JSON_FORMAT_VERSION } from '../../src/format/json.js';
import { FORMAT_NAMES } from '../../src/format/types.js';
import { ROOT } from '../cli/helpers.js';
import { CONTEXT, RESULT } from './results.js';

const DOCS = fs.readFileSync(path.join(ROOT, 'docs/output-formats.md'), 'utf8');

/** Every key that occurs anywhere in a JSON value, with its parents (`object.kind`). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => keyPaths(item, prefix));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => [
      prefix ? `${prefix}.${key}` : key,
      ...keyPaths(child, prefix ? `${prefix}.${key}` : key),
    ]);
  }
  return [];
}

describe('docs/output-formats.md', () => {
  it('has a section for every format', () => {
    for (const name of FORMAT_NAMES) {
      expect(DOCS).toMatch(new RegExp(`^## ${name}$`, 'm'));
    }
  });

  it('documents every field of the json document', () => {
    const document = JSON.parse(formatJson(RESULT, CONTEXT)) as Record<string, unknown>;
    expect(document.version).toBe(JSON_FORMAT_VERSION);
    const fields = new Set(
      keyPaths(document).map((key) =>
        key.replace(/^(findings|suppressed)\./, '').replace(/^related\.(?!object)/, ''),
      ),
    );
    for (const field of fields) {
      const name = field.split('.').at(-1) ?? field;
      expect(DOCS, `docs/output-formats.md must describe "${field}"`).toContain(`\`${name}\``);
    }
    for (const summaryField of Object.keys(RESULT.summary)) {
      expect(DOCS).toContain(`\`${summaryField}\``);
    }
  });

  it('lists the exit codes and every option of renderMarkdown', () => {
    expect(DOCS).toMatch(/^## Exit codes$/m);
    for (const code of ['0', '1', '2']) {
      expect(DOCS).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
    }
    const source = fs.readFileSync(path.join(ROOT, 'src/format/markdown.ts'), 'utf8');
    const options = /export interface MarkdownOptions \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const names = [...options.matchAll(/^ {2}(\w+)\?:/gm)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      expect(DOCS).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    }
  });
});
