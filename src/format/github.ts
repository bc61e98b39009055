import type { Severity } from '../lint/rule.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of a workflow command's message, as @actions/core does it. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property values, as @actions/core does it. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub workflow commands, one annotation per finding:
 * `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`. Columns only when the
 * finding starts and ends on one line (the runner ignores them otherwise).
 */
export const formatGithub: Formatter = (result) =>
  result.findings
    .map((finding) => {
      const properties: Array<[string, string | number]> = [
        ['file', finding.file],
        ['line', finding.line],
        ['endLine', finding.endLine],
      ];
      if (finding.line === finding.endLine) {
        properties.push(['col', finding.column], ['endColumn', finding.endColumn]);
      }
      properties.push(['title', finding.ruleId]);
      const rendered = properties
        .map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`)
        .join(',');
      return `::${COMMAND[finding.severity]} ${rendered}::${escapeCommandData(finding.message)}\n`;
    })
    .join('');
