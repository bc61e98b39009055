import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/format/github.js';
import { terminalSafe, terminalSafeLines } from '../../src/format/text-safety.js';
import { formatText } from '../../src/format/text.js';
import type { Finding, LintResult } from '../../src/lint/result.js';
import { runCli } from '../cli/helpers.js';
import { CONTEXT, RESULT } from './results.js';

// eslint-disable-next-line no-control-regex -- the characters under test
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const HOSTILE = [
  '\u001b[2J\u001b[H', // clear screen
  '\u001b]52;c;cm0gLXJmIH4=\u0007', // OSC 52: write the clipboard
  '\u001b]8;;https://evil.example\u001b\\here\u001b]8;;\u001b\\', // OSC 8 link
  'ok\rFAKE',
  'abc\b\b\b',
  '\u0007',
  '\u009b31m',
];

function withHostile(text: string): LintResult {
  const first = RESULT.findings[0] as Finding;
  const finding: Finding = {
    ...first,
    file: `k8s/${text}\nname.yaml`,
    message: `HorizontalPodAutoscaler "${text}" is wrong.`,
    related: [
      {
        file: `x${text}.yaml`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        message: `see ${text}`,
      },
    ],
  };
  return { ...RESULT, findings: [finding] };
}

describe('terminal-bound strings', () => {
  it.each(HOSTILE)('text and github formats print no control character of %j', (text) => {
    const plain = formatText(withHostile(text), { ...CONTEXT, color: false });
    expect(plain).not.toMatch(CONTROL);
    expect(plain).toContain('\\x');
    const github = formatGithub(withHostile(text), CONTEXT);
    expect(github).not.toMatch(CONTROL);
    // One annotation: a newline in a file name does not start a second command.
    expect(github.trimEnd().split('\n')).toHaveLength(1);
  });

  it('leaves no control character in any string, and printable text unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(terminalSafe(text)).not.toMatch(ANY_CONTROL);
        expect(terminalSafeLines(text)).not.toMatch(CONTROL);
        expect(terminalSafeLines(text).split('\n')).toHaveLength(text.split('\n').length);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const printable = text.replace(new RegExp(ANY_CONTROL.source, 'g'), '');
        expect(terminalSafe(printable)).toBe(printable);
      }),
    );
  });

  it('escapes file names on the CLI stderr', async () => {
    const run = await runCli(['lint', 'no/such/\u001b]52;c;eA==\u0007\u001b[2J.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('\\x1B]52');
    expect(run.stderr).not.toMatch(CONTROL);
  });
});
