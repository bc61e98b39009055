import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  ruleDocsUrl
} from "./chunk-WCLTFLMX.js";
import {
  failsAt
} from "./chunk-CYHD5KSS.js";
import "./chunk-7ZPS2RFJ.js";
import "./chunk-MI7DVUIV.js";
import {
  toWellFormed
} from "./chunk-UIWROO7M.js";
import "./chunk-VXV2MXR7.js";

// src/format/junit.ts
var NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function escapeXml(value) {
  return toWellFormed(value).replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
function attributes(values) {
  return Object.entries(values).map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`).join("");
}
function objectName(finding) {
  let object = finding.object;
  return object ? `${object.kind} ${object.namespace ? `${object.namespace}/` : ""}${object.name ?? ""}` : "";
}
function caseName(finding) {
  let object = objectName(finding);
  return object ? `${object} in ${finding.file}` : `${finding.file}:${finding.line}`;
}
function details(finding) {
  let lines = [
    `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}`
  ];
  finding.object && lines.push(`Object: ${objectName(finding)} (${finding.object.apiVersion})`);
  for (let related of finding.related ?? [])
    lines.push(`Related: ${related.file}:${related.line}:${related.column}: ${related.message}`);
  return finding.fix && lines.push(`Fix: ${finding.fix}`), lines.push(`Rule: ${ruleDocsUrl(finding.ruleId)}`), lines.join(`
`);
}
function testCase({ finding, outcome, reason }) {
  let head = `    <testcase${attributes({
    name: caseName(finding),
    classname: `scaleplan.${finding.ruleId}`,
    file: finding.file,
    line: finding.line,
    time: 0
  })}>`, body = outcome === "failure" ? `      <failure${attributes({ message: finding.message, type: finding.severity })}>${escapeXml(details(finding))}</failure>` : `      <skipped${attributes({ message: reason })}/>
      <system-out>${escapeXml(details(finding))}</system-out>`;
  return `${head}
${body}
    </testcase>`;
}
function suite(name, cases, body) {
  let failures = cases.filter((entry) => entry.outcome === "failure").length;
  return `  <testsuite${attributes({
    name,
    tests: Math.max(1, cases.length),
    failures,
    errors: 0,
    skipped: cases.length - failures,
    time: 0
  })}>
${body}
  </testsuite>`;
}
var formatJunit = (result, context) => {
  let failOn = context.failOn ?? "error", cases = [
    ...result.findings.map((finding) => {
      let fails = failsAt(finding.severity, failOn);
      return {
        finding,
        outcome: fails ? "failure" : "skipped",
        reason: `${finding.severity} is below --fail-on ${failOn}`
      };
    }),
    ...result.suppressed.map((finding) => ({
      finding,
      outcome: "skipped",
      reason: `suppressed by ${finding.suppression?.kind === "annotation" ? "the scaleplan.dev/ignore annotation" : "a scaleplan-ignore comment"}${finding.suppression?.justification ? `: ${finding.suppression.justification}` : ""}`
    }))
  ], byRule = /* @__PURE__ */ new Map();
  for (let entry of cases) {
    let list = byRule.get(entry.finding.ruleId) ?? [];
    list.push(entry), byRule.set(entry.finding.ruleId, list);
  }
  let suites = [...byRule.keys()].sort().map((ruleId) => {
    let ruleCases = byRule.get(ruleId) ?? [];
    return suite(ruleId, ruleCases, ruleCases.map(testCase).join(`
`));
  });
  if (suites.length === 0) {
    let { objects, files } = result.summary, name = `lint: ${objects} object${objects === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
    suites.push(
      suite(
        "scaleplan",
        [],
        `    <testcase${attributes({ name, classname: "scaleplan", time: 0 })}/>`
      )
    );
  }
  let failures = cases.filter((entry) => entry.outcome === "failure").length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites${attributes({
    name: `scaleplan ${context.version}`,
    tests: Math.max(1, cases.length),
    failures,
    errors: 0,
    skipped: cases.length - failures,
    time: 0
  })}>
${suites.join(`
`)}
</testsuites>
`;
};
export {
  escapeXml,
  formatJunit
};
