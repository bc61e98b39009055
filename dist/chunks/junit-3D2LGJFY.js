import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import "./chunk-VXV2MXR7.js";

// src/format/junit.ts
function escapeXml(value) {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
var formatJunit = (result, context) => {
  let byFile = /* @__PURE__ */ new Map();
  for (let finding of result.findings) {
    let list = byFile.get(finding.file);
    list ? list.push(finding) : byFile.set(finding.file, [finding]);
  }
  let suites = [];
  for (let [file, findings] of byFile) {
    let cases = findings.map((finding) => {
      let name = `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}`, object = finding.object ? `${finding.object.kind} ${finding.object.namespace ? `${finding.object.namespace}/` : ""}${finding.object.name ?? ""}
` : "";
      return `    <testcase classname="${escapeXml(finding.ruleId)}" name="${escapeXml(name)}" file="${escapeXml(finding.file)}" line="${finding.line}">
      <failure type="${finding.severity}" message="${escapeXml(finding.message)}">${escapeXml(`${object}${finding.file}:${finding.line}:${finding.column}: ${finding.message}`)}</failure>
    </testcase>`;
    });
    suites.push(
      `  <testsuite name="${escapeXml(file)}" tests="${findings.length}" failures="${findings.length}" errors="0" skipped="0">
${cases.join(`
`)}
  </testsuite>`
    );
  }
  suites.length === 0 && suites.push(
    `  <testsuite name="scaleplan" tests="1" failures="0" errors="0" skipped="0">
    <testcase classname="scaleplan" name="lint"/>
  </testsuite>`
  );
  let total = Math.max(1, result.findings.length);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="scaleplan ${escapeXml(context.version)}" tests="${total}" failures="${result.findings.length}" errors="0">
${suites.join(`
`)}
</testsuites>
`;
};
export {
  escapeXml,
  formatJunit
};
