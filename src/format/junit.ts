import type { Finding } from '../lint/engine.js';
import type { Formatter } from './types.js';

/** XML text and attribute escaping, dropping characters XML 1.0 cannot carry. */
export function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/**
 * JUnit XML: one test suite per file, one test case per finding (classname = rule id), each a
 * `<failure>` whose type is the severity. A clean run is one passing test case, so CI systems
 * show that the lint ran.
 */
export const formatJunit: Formatter = (result, context) => {
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.file);
    if (list) {
      list.push(finding);
    } else {
      byFile.set(finding.file, [finding]);
    }
  }
  const suites: string[] = [];
  for (const [file, findings] of byFile) {
    const cases = findings.map((finding) => {
      const name = `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}`;
      const object = finding.object
        ? `${finding.object.kind} ${finding.object.namespace ? `${finding.object.namespace}/` : ''}${finding.object.name ?? ''}\n`
        : '';
      return `    <testcase classname="${escapeXml(finding.ruleId)}" name="${escapeXml(name)}" file="${escapeXml(finding.file)}" line="${finding.line}">\n      <failure type="${finding.severity}" message="${escapeXml(finding.message)}">${escapeXml(`${object}${finding.file}:${finding.line}:${finding.column}: ${finding.message}`)}</failure>\n    </testcase>`;
    });
    suites.push(
      `  <testsuite name="${escapeXml(file)}" tests="${findings.length}" failures="${findings.length}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  if (suites.length === 0) {
    suites.push(
      `  <testsuite name="scaleplan" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="scaleplan" name="lint"/>\n  </testsuite>`,
    );
  }
  const total = Math.max(1, result.findings.length);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="scaleplan ${escapeXml(context.version)}" tests="${total}" failures="${result.findings.length}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
