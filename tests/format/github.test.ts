import * as core from '@actions/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  annotationCommand,
  escapeCommandData,
  escapeCommandProperty,
  formatGithub,
} from '../../src/format/github.js';
import { terminalSafe } from '../../src/format/text-safety.js';
import type { Finding } from '../../src/lint/result.js';
import { CLEAN, CONTEXT, RESULT } from './results.js';

interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/**
 * How the Actions runner reads a workflow command line (actions/runner `ActionCommand`):
 * `::name key=value,key=value::message`, then it unescapes `%0D`, `%0A`, `%3A`, `%2C` and
 * finally `%25` (so an escaped `%` never forms a new escape).
 */
function parseCommand(line: string): ParsedCommand {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) {
    throw new Error(`Not a workflow command: ${line}`);
  }
  const unescape = (value: string, property: boolean): string => {
    let result = value.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property) {
      result = result.replace(/%3A/g, ':').replace(/%2C/g, ',');
    }
    return result.replace(/%25/g, '%');
  };
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const equals = pair.indexOf('=');
    properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), true);
  }
  return { command: match[1] ?? '', properties, message: unescape(match[3] ?? '', false) };
}

/** What @actions/core itself prints for an annotation. */
function toolkitAnnotation(
  severity: 'error' | 'warning' | 'notice',
  message: string,
  properties: core.AnnotationProperties,
): string {
  let written = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written += String(chunk);
    return true;
  });
  try {
    core[severity](message, properties);
  } finally {
    spy.mockRestore();
  }
  return written.replace(/\r?\n$/, '');
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'hpa-min-max',
    messageId: 'minAboveMax',
    severity: 'error',
    message: 'HorizontalPodAutoscaler "web" has minReplicas 5 above maxReplicas 3.',
    file: 'k8s/hpa.yaml',
    line: 7,
    column: 16,
    endLine: 7,
    endColumn: 17,
    ...overrides,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('github: workflow commands', () => {
  it('prints one annotation per finding, notice for info, nothing for suppressed findings', () => {
    const lines = formatGithub(RESULT, CONTEXT).trimEnd().split('\n');
    expect(lines.map((line) => parseCommand(line).command)).toEqual([
      'error',
      'error',
      'warning',
      'notice',
    ]);
    expect(lines[1]).toBe(
      '::error file=apps/shop/svc%2C copy (1).yaml,line=3,endLine=3,col=9,endColumn=12,title=duplicate-object::Service "web" is defined more than once in namespace "shop"; the later one silently replaces the earlier on apply.%0Aapps/shop/svc.yaml:4:9: First defined here.',
    );
    expect(formatGithub(CLEAN, CONTEXT)).toBe('');
  });

  it('gives columns only when the finding starts and ends on one line', () => {
    const oneLine = parseCommand(annotationCommand(finding({})));
    expect(oneLine.properties).toEqual({
      file: 'k8s/hpa.yaml',
      line: '7',
      endLine: '7',
      col: '16',
      endColumn: '17',
      title: 'hpa-min-max',
    });
    const spanning = parseCommand(annotationCommand(finding({ endLine: 9, endColumn: 3 })));
    expect(spanning.properties).toEqual({
      file: 'k8s/hpa.yaml',
      line: '7',
      endLine: '9',
      title: 'hpa-min-max',
    });
  });

  it('escapes exactly as @actions/core does', () => {
    expect(escapeCommandData('50%\r\nx:y,z')).toBe('50%25%0D%0Ax:y,z');
    expect(escapeCommandProperty('50%\r\nx:y,z')).toBe('50%25%0D%0Ax%3Ay%2Cz');
    expect(escapeCommandData('%0A')).toBe('%250A');
  });

  it('cannot be broken out of by a manifest-controlled newline', () => {
    const hostile = finding({
      message: 'Bad name "x\n::error file=evil.yaml::pwned\r\n::stop-commands::token"',
      file: 'dir,line=1::error/a:b.yaml',
    });
    const output = formatGithub(
      { findings: [hostile], suppressed: [], summary: CLEAN.summary },
      CONTEXT,
    );
    expect(output.split('\n').filter(Boolean)).toHaveLength(1);
    const parsed = parseCommand(output.trimEnd());
    expect(parsed.properties.file).toBe('dir,line=1::error/a:b.yaml');
    // The runner's log is a terminal too: the newline arrives as visible text, not a line break.
    expect(parsed.message).toBe(terminalSafe(hostile.message));
    expect(parsed.message).toContain('\\x0A::error file=evil.yaml');
  });

  it('round-trips any text, control characters made visible, and agrees with @actions/core', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary', minLength: 1 }),
        fc.string({ unit: 'grapheme-ascii', minLength: 1 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 500 }),
        (message, file, ruleId, line, column) => {
          // 'binary' strings hold any code point but never a lone surrogate half.
          const input = finding({
            message,
            file,
            ruleId,
            line,
            column,
            endLine: line,
            endColumn: column + 1,
          });
          const ours = parseCommand(annotationCommand(input));
          expect(ours.message).toBe(terminalSafe(message));
          expect(ours.properties.file).toBe(terminalSafe(file));
          expect(ours.properties.title).toBe(terminalSafe(ruleId));
          const theirs = parseCommand(
            toolkitAnnotation('error', terminalSafe(message), {
              title: terminalSafe(ruleId),
              file: terminalSafe(file),
              startLine: line,
              endLine: line,
              startColumn: column,
              endColumn: column + 1,
            }),
          );
          expect(ours).toEqual(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('replaces lone surrogates, which the runner cannot read as UTF-8', () => {
    expect(escapeCommandData('a\ud800b')).toBe('a\ufffdb');
  });
});
