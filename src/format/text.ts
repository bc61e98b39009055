import type { Finding } from '../lint/result.js';
import type { Severity } from '../lint/rule.js';
import { terminalSafe } from './text-safety.js';
import type { Formatter } from './types.js';

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * `path:line:col  severity  message  rule-id`, grouped by file (a blank line between files),
 * then a summary line. Colour only when asked (the CLI asks on a TTY).
 */
export const formatText: Formatter = (result, context) => {
  const paint = (style: keyof typeof COLORS, text: string): string =>
    context.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text;
  const groups = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const group = groups.get(finding.file);
    if (group) {
      group.push(finding);
    } else {
      groups.set(finding.file, [finding]);
    }
  }
  const blocks: string[] = [];
  for (const findings of groups.values()) {
    const lines = findings.map((finding) => {
      const position = `${terminalSafe(finding.file)}:${finding.line}:${finding.column}`;
      const related = (finding.related ?? []).map(
        (location) =>
          `\n    ${paint('dim', `${terminalSafe(location.file)}:${location.line}:${location.column}  ${terminalSafe(location.message)}`)}`,
      );
      return `${position}  ${paint(finding.severity, finding.severity)}  ${terminalSafe(finding.message)}  ${paint('dim', terminalSafe(finding.ruleId))}${related.join('')}`;
    });
    blocks.push(lines.join('\n'));
  }
  const { errors, warnings, infos, suppressed, objects, files } = result.summary;
  const total = errors + warnings + infos;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;
  const suffix = `${plural(objects, 'object')} in ${plural(files, 'file')}${suppressed > 0 ? `, ${suppressed} suppressed` : ''}`;
  const summary =
    total === 0
      ? `${paint('bold', 'No problems')} (${suffix}).`
      : `${paint('bold', plural(total, 'problem'))} (${counts}) in ${suffix}.`;
  const fixable = result.findings.filter(
    (finding) => finding.autofix && 'edits' in finding.autofix,
  ).length;
  const fixNote =
    result.summary.fixed !== undefined
      ? ` Fixed ${plural(result.summary.fixed, 'problem')}; ${total} remain.`
      : fixable > 0
        ? ` ${fixable} fixable with --fix.`
        : '';
  const line = `${summary}${fixNote}`;
  return blocks.length === 0 ? `${line}\n` : `${blocks.join('\n\n')}\n\n${line}\n`;
};
