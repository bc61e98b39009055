import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/source/parse.js';
import { SourceFile } from '../../src/source/source-file.js';

/** Each document found alone (span parse) must be the document the fast parse found. */
function expectSpansAgree(text: string): void {
  const file = new SourceFile('case.yaml', text);
  const { documents } = parseSourceFile(file);
  for (const document of documents) {
    const parsed = file.documentByOrdinal(document.ordinal);
    expect(parsed?.toJS()).toEqual(document.value);
  }
  expect(file.documentByOrdinal(documents.length)).toBeUndefined();
  // Positions are file offsets, the same as in a whole-file parse.
  const whole = new SourceFile('case.yaml', text);
  whole.yaml();
  for (const document of documents) {
    expect(file.documentByOrdinal(document.ordinal)?.contents?.range).toEqual(
      whole.documentByOrdinal(document.ordinal)?.contents?.range,
    );
  }
}

describe('documents parsed one at a time', () => {
  it.each([
    ['plain stream', 'a: 1\n---\nb: 2\n---\nc: 3\n'],
    [
      'leading marker and comments',
      '# top\n---\n# about a\na: 1\n---\n\n# only a comment\n---\nb: [1, 2]\n',
    ],
    ['content on the marker line', '--- {a: 1}\n--- |\n  text\n---\nc: 3\n'],
    ['end markers', 'a: 1\n...\n---\nb: 2\n...\n'],
    ['explicit nulls are skipped', 'a: 1\n--- ~\n---\nnull\n---\nb: 2\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n---\nb: 2\n'],
    [
      'block scalars with dashes inside',
      'a: |\n  --- not a marker, indented\n  text\nb: 2\n---\nc: "--- quoted"\n',
    ],
    ['CRLF', 'a: 1\r\n---\r\nb: 2\r\n'],
    ['a trailing empty document', 'a: 1\n---\n'],
  ])('%s', (_name, text) => {
    expectSpansAgree(text);
  });
});
