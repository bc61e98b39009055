import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { overlayDirectory, ROOT, SEED_SYSTEMS, systemDirectory } from './systems.js';

// Each seed's README has a table of the scaling elements of its seed document and where each
// one is in the compiled output. The table is checked against the committed overlays, so a
// row cannot claim an object, a file or an alert that the compiler does not write; a row
// without output must say why.

export const TABLE_HEADING = '## Seed elements in the compiled output';

/** Kinds a row may name, as `Kind \`name\``. */
const KINDS = [
  'HorizontalPodAutoscaler',
  'ScaledObject',
  'VerticalPodAutoscaler',
  'PodDisruptionBudget',
  'ResourceQuota',
  'PriorityClass',
  'Ingress',
  'ServiceMonitor',
  'PrometheusRule',
  'ConfigMap',
  'Deployment',
  'StatefulSet',
] as const;

export interface ElementRow {
  element: string;
  output: string;
}

/** The rows of the README's element table (header and separator left out). */
export function elementRows(readme: string): ElementRow[] {
  const start = readme.indexOf(TABLE_HEADING);
  if (start < 0) {
    return [];
  }
  const section = readme.slice(start + TABLE_HEADING.length).split(/^## /m)[0] ?? '';
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  return lines.slice(2).map((line) => {
    // Cells are split on pipes outside code spans.
    const cells: string[] = [];
    let current = '';
    let inCode = false;
    for (const character of line.slice(1, line.trimEnd().length - 1)) {
      if (character === '`') {
        inCode = !inCode;
      }
      if (character === '|' && !inCode) {
        cells.push(current.trim());
        current = '';
      } else {
        current += character;
      }
    }
    cells.push(current.trim());
    return { element: cells[0] ?? '', output: cells[cells.length - 1] ?? '' };
  });
}

interface Document {
  kind?: string;
  metadata?: { name?: string };
  spec?: { groups?: { rules?: { alert?: string }[] }[] };
  data?: Record<string, string>;
}

function documents(file: string): Document[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8')).map(
    (document) => document.toJS() as Document,
  );
}

describe.each(SEED_SYSTEMS)('element table of seed $name', (system) => {
  const readme = fs.readFileSync(path.join(ROOT, systemDirectory(system), 'README.md'), 'utf8');
  const overlays = path.join(ROOT, overlayDirectory(system));
  const rows = elementRows(readme);

  it('lists the seed document’s scaling elements', () => {
    expect(readme).toContain(TABLE_HEADING);
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });

  it.each(rows.map((row) => [row.element, row] as const))('%s', (_element, row) => {
    const files = [
      ...row.output.matchAll(/`((?:production|staging|clusters\/[a-z0-9-]+)\/[^`\s]+)`/g),
    ].map((match) => match[1] ?? '');
    if (files.length === 0) {
      // Nothing compiled: the row says so, and why.
      expect(row.output).toMatch(/^Not compiled: /);
      expect(row.output.length, 'the reason').toBeGreaterThan(30);
      return;
    }
    for (const file of files) {
      expect(fs.existsSync(path.join(overlays, file)), file).toBe(true);
    }
    const yamlFiles = files.filter((file) => file.endsWith('.yaml'));
    const objects = yamlFiles.flatMap((file) => documents(path.join(overlays, file)));
    for (const match of row.output.matchAll(
      new RegExp(`\\b(${KINDS.join('|')}) \`([^\`]+)\``, 'g'),
    )) {
      const [, kind, name] = match;
      expect(
        objects.some((object) => object.kind === kind && object.metadata?.name === name),
        `${kind} ${name ?? ''} in ${yamlFiles.join(', ')}`,
      ).toBe(true);
    }
    for (const match of row.output.matchAll(/\balert `([^`]+)`/g)) {
      const alert = match[1] ?? '';
      const written = objects.some(
        (object) =>
          (object.spec?.groups ?? []).some((group) =>
            (group.rules ?? []).some((rule) => rule.alert === alert),
          ) || Object.values(object.data ?? {}).some((text) => text.includes(`alert: ${alert}`)),
      );
      expect(written, `alert ${alert}`).toBe(true);
    }
  });
});
