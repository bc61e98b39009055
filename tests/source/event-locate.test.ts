import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventTree, locateInEventTree } from '../../src/source/event-locate.js';
import { locateInDocument, type FieldPath } from '../../src/source/locate.js';
import { parseSourceFile } from '../../src/source/parse.js';
import { SourceFile } from '../../src/source/source-file.js';
import { ROOT, yamlFilesUnder as yamlFiles } from '../_utils.js';

function allPaths(value: unknown, trail: FieldPath = []): FieldPath[] {
  const paths: FieldPath[] = [trail];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...allPaths(item, [...trail, index])));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      paths.push(...allPaths(child, [...trail, key]));
    }
  }
  return paths;
}

/**
 * Every fixture and overlay file that parses without problems, twice: located from js-yaml
 * events, and from the yaml Document (parsed up front).
 */
function* parsedFixtures() {
  for (const file of [
    ...yamlFiles(path.join(ROOT, 'fixtures')),
    ...yamlFiles(path.join(ROOT, 'overlays')),
  ]) {
    const text = fs.readFileSync(file, 'utf8');
    const fromEvents = SourceFile.fromBytes(file, Buffer.from(text));
    const { documents, problems } = parseSourceFile(fromEvents);
    if (problems.length > 0) {
      continue;
    }
    const fromYaml = SourceFile.fromBytes(file, Buffer.from(text));
    fromYaml.yaml();
    yield { file, fromEvents, fromYaml, documents };
  }
}

describe('positions from js-yaml events', () => {
  it('agree with the yaml Document for every field of every fixture and overlay', () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const { file, fromEvents, fromYaml, documents } of parsedFixtures()) {
      for (const document of documents) {
        const yamlDocument = fromYaml.documentByOrdinal(document.ordinal);
        if (!yamlDocument) {
          continue;
        }
        for (const fieldPath of [
          ...allPaths(document.value),
          ['spec', 'absent'],
          ['metadata', 'absent', 'deeper'],
        ]) {
          for (const target of ['key', 'value'] as const) {
            compared++;
            const expected = locateInDocument(fromYaml, yamlDocument, fieldPath, target);
            const actual = fromEvents.locateField(document.ordinal, fieldPath, target);
            const same =
              expected?.start === actual?.start &&
              expected?.end === actual?.end &&
              expected?.approximate === actual?.approximate;
            // yaml counts a comment line that ends a nested block as part of it; events do not.
            const trailingComment =
              expected !== undefined &&
              /\n\s*#[^\n]*\n?\s*$/.test(fromYaml.text.slice(expected.start, expected.end));
            // A file that ends in spaces without a newline: yaml counts them into the last
            // block, events end it at the last scalar.
            const trailingSpace =
              expected !== undefined &&
              actual !== undefined &&
              expected.end === fromYaml.text.length &&
              actual.end < expected.end &&
              /^[ \t]+$/.test(fromYaml.text.slice(actual.end, expected.end));
            if (
              !same &&
              !(expected?.start === actual?.start && (trailingComment || trailingSpace))
            ) {
              disagreements.push(
                `${path.relative(ROOT, file)} ${JSON.stringify(fieldPath)} ${target}: yaml ${expected?.start}-${expected?.end} events ${actual?.start}-${actual?.end}`,
              );
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it('give the map pairs of every key as the yaml Document does (the fixer reads them)', () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const { file, fromEvents, fromYaml, documents } of parsedFixtures()) {
      for (const document of documents) {
        for (const fieldPath of allPaths(document.value)) {
          const key = fromEvents.locateField(document.ordinal, fieldPath, 'key');
          if (!key || key.approximate) {
            continue;
          }
          compared++;
          const expected = fromYaml.keyPairAt(key.start);
          const actual = fromEvents.keyPairAt(key.start);
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            disagreements.push(
              `${path.relative(ROOT, file)} ${JSON.stringify(fieldPath)}: yaml ${JSON.stringify(expected)} events ${JSON.stringify(actual)}`,
            );
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(5_000);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it.each([
    ['a:\n  b:\nc: 1\n', ['a', 'b'], 7],
    ['x: 1\nrules:\n', ['rules'], 11],
    ['- name: g\n  rules:\n', [0, 'rules'], 18],
  ] as const)(
    'places an empty value right after its key, as yaml does: %j',
    (text, fieldPath, start) => {
      const fromEvents = SourceFile.fromBytes('empty.yaml', Buffer.from(text));
      const { documents } = parseSourceFile(fromEvents);
      const ordinal = documents[0]?.ordinal ?? 0;
      const fromYaml = SourceFile.fromBytes('empty.yaml', Buffer.from(text));
      fromYaml.yaml();
      const yamlDocument = fromYaml.documentByOrdinal(ordinal);
      expect(yamlDocument).toBeDefined();
      for (const trail of [[...fieldPath], fieldPath.slice(0, -1)]) {
        const expected = yamlDocument && locateInDocument(fromYaml, yamlDocument, trail, 'value');
        const actual = fromEvents.locateField(ordinal, trail, 'value');
        expect([actual?.start, actual?.end]).toEqual([expected?.start, expected?.end]);
      }
      expect(fromEvents.locateField(ordinal, [...fieldPath], 'value')?.start).toBe(start);
    },
  );

  it('gives up (and the caller falls back to yaml) when events cannot be paired', () => {
    // Empty sequence items produce no events.
    expect(buildEventTree('items:\n  -\n  - a\n', 0)).toBeUndefined();
    const tree = buildEventTree('a:\n  b: [1, 2]\n', 10);
    expect(tree && locateInEventTree(tree, ['a', 'b', 1], 'value')).toEqual({ start: 22, end: 23 });
  });
});
