import { failsAt, type Finding } from '../lint/result.js';
import { ruleDocsUrl } from './project.js';
import { toWellFormed } from './text-safety.js';
import type { Formatter } from './types.js';

// Characters XML 1.0 cannot carry at all, even as character references.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Text made safe for an XML 1.0 attribute value or text node: markup characters and quotes
 * as entities; tab, CR and LF as character references (an attribute keeps them, a parser
 * would otherwise turn them into spaces); characters XML cannot carry (other C0 controls,
 * U+FFFE, U+FFFF, lone surrogates) dropped or replaced by U+FFFD.
 */
export function escapeXml(value: string): string {
  return toWellFormed(value)
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

function objectName(finding: Finding): string {
  const object = finding.object;
  if (!object) {
    return '';
  }
  return `${object.kind} ${object.namespace ? `${object.namespace}/` : ''}${object.name ?? ''}`;
}

/** The test case's name: the object and file, without the line, so CI history can follow it. */
function caseName(finding: Finding): string {
  const object = objectName(finding);
  return object ? `${object} in ${finding.file}` : `${finding.file}:${finding.line}`;
}

/** The body of a failure: where, what, the object, related locations, the fix, the docs. */
function details(finding: Finding): string {
  const lines = [
    `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}`,
  ];
  if (finding.object) {
    lines.push(`Object: ${objectName(finding)} (${finding.object.apiVersion})`);
  }
  for (const related of finding.related ?? []) {
    lines.push(`Related: ${related.file}:${related.line}:${related.column}: ${related.message}`);
  }
  if (finding.fix) {
    lines.push(`Fix: ${finding.fix}`);
  }
  lines.push(`Rule: ${ruleDocsUrl(finding.ruleId)}`);
  return lines.join('\n');
}

interface Case {
  finding: Finding;
  outcome: 'failure' | 'skipped';
  reason: string;
}

function testCase({ finding, outcome, reason }: Case): string {
  const head = `    <testcase${attributes({
    name: caseName(finding),
    classname: `scaleplan.${finding.ruleId}`,
    file: finding.file,
    line: finding.line,
    time: 0,
  })}>`;
  const body =
    outcome === 'failure'
      ? `      <failure${attributes({ message: finding.message, type: finding.severity })}>${escapeXml(details(finding))}</failure>`
      : `      <skipped${attributes({ message: reason })}/>\n      <system-out>${escapeXml(details(finding))}</system-out>`;
  return `${head}\n${body}\n    </testcase>`;
}

function suite(name: string, cases: readonly Case[], body: string): string {
  const failures = cases.filter((entry) => entry.outcome === 'failure').length;
  return `  <testsuite${attributes({
    name,
    tests: Math.max(1, cases.length),
    failures,
    errors: 0,
    skipped: cases.length - failures,
    time: 0,
  })}>\n${body}\n  </testsuite>`;
}

/**
 * JUnit XML. One test suite per rule that reported something (rules are the checks, so CI
 * dashboards show which checks fail and follow each across builds), one test case per
 * finding, named by its object and file. Findings at or above `failOn` (default `error`)
 * are `<failure>`s; findings below it and suppressed findings are `<skipped>` with the
 * reason, so they show without failing the build. A clean run is one passing test case,
 * so CI shows that the lint ran.
 */
export const formatJunit: Formatter = (result, context) => {
  const failOn = context.failOn ?? 'error';
  const cases: Case[] = [
    ...result.findings.map((finding): Case => {
      const fails = failsAt(finding.severity, failOn);
      return {
        finding,
        outcome: fails ? 'failure' : 'skipped',
        reason: `${finding.severity} is below --fail-on ${failOn}`,
      };
    }),
    ...result.suppressed.map((finding): Case => ({
      finding,
      outcome: 'skipped',
      reason: `suppressed by ${finding.suppression?.kind === 'annotation' ? 'the scaleplan.dev/ignore annotation' : 'a scaleplan-ignore comment'}${finding.suppression?.justification ? `: ${finding.suppression.justification}` : ''}`,
    })),
  ];
  const byRule = new Map<string, Case[]>();
  for (const entry of cases) {
    const list = byRule.get(entry.finding.ruleId) ?? [];
    list.push(entry);
    byRule.set(entry.finding.ruleId, list);
  }
  const suites = [...byRule.keys()].sort().map((ruleId) => {
    const ruleCases = byRule.get(ruleId) ?? [];
    return suite(ruleId, ruleCases, ruleCases.map(testCase).join('\n'));
  });
  if (suites.length === 0) {
    const { objects, files } = result.summary;
    const name = `lint: ${objects} object${objects === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
    suites.push(
      suite(
        'scaleplan',
        [],
        `    <testcase${attributes({ name, classname: 'scaleplan', time: 0 })}/>`,
      ),
    );
  }
  const failures = cases.filter((entry) => entry.outcome === 'failure').length;
  const totals = attributes({
    name: `scaleplan ${context.version}`,
    tests: Math.max(1, cases.length),
    failures,
    errors: 0,
    skipped: cases.length - failures,
    time: 0,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${totals}>\n${suites.join('\n')}\n</testsuites>\n`;
};
