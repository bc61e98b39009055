import type { Finding } from '../lint/result.js';
import type { Severity } from '../lint/rule.js';
import { terminalSafe, toWellFormed } from './text-safety.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/**
 * A workflow command's message, escaped as @actions/core's `escapeData` does (`%`, CR, LF),
 * so a manifest-controlled newline cannot start a command of its own.
 */
export function escapeCommandData(value: string): string {
  return toWellFormed(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value, escaped as @actions/core's `escapeProperty` does. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The message of an annotation: the finding's, then its related locations, one per line. */
function annotationMessage(finding: Finding): string {
  const related = (finding.related ?? []).map(
    (location) =>
      `\n${terminalSafe(location.file)}:${location.line}:${location.column}: ${terminalSafe(location.message)}`,
  );
  return `${terminalSafe(finding.message)}${related.join('')}`;
}

/** One `::error|warning|notice file=…,line=…::message` line for a finding. */
export function annotationCommand(finding: Finding): string {
  const properties: Array<[string, string | number]> = [
    ['file', terminalSafe(finding.file)],
    ['line', finding.line],
    ['endLine', finding.endLine],
  ];
  // The runner ignores columns of an annotation that spans lines (toolkit documentation).
  if (finding.line === finding.endLine) {
    properties.push(['col', finding.column], ['endColumn', finding.endColumn]);
  }
  properties.push(['title', terminalSafe(finding.ruleId)]);
  const rendered = properties
    .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${COMMAND[finding.severity]} ${rendered}::${escapeCommandData(annotationMessage(finding))}`;
}

/**
 * GitHub Actions workflow commands, one annotation per finding (suppressed findings are
 * left out): `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=<rule id>::message`.
 * A clean run prints nothing.
 */
export const formatGithub: Formatter = (result) =>
  result.findings.map((finding) => `${annotationCommand(finding)}\n`).join('');
