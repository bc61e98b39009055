import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  terminalSafe,
  toWellFormed
} from "./chunk-UIWROO7M.js";
import "./chunk-VXV2MXR7.js";

// src/format/github.ts
var COMMAND = {
  error: "error",
  warning: "warning",
  info: "notice"
};
function escapeCommandData(value) {
  return toWellFormed(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(value) {
  return escapeCommandData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationMessage(finding) {
  let related = (finding.related ?? []).map(
    (location) => `
${terminalSafe(location.file)}:${location.line}:${location.column}: ${terminalSafe(location.message)}`
  );
  return `${terminalSafe(finding.message)}${related.join("")}`;
}
function annotationCommand(finding) {
  let properties = [
    ["file", terminalSafe(finding.file)],
    ["line", finding.line],
    ["endLine", finding.endLine]
  ];
  finding.line === finding.endLine && properties.push(["col", finding.column], ["endColumn", finding.endColumn]), properties.push(["title", terminalSafe(finding.ruleId)]);
  let rendered = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${COMMAND[finding.severity]} ${rendered}::${escapeCommandData(annotationMessage(finding))}`;
}
var formatGithub = (result) => result.findings.map((finding) => `${annotationCommand(finding)}
`).join("");
export {
  annotationCommand,
  escapeCommandData,
  escapeCommandProperty,
  formatGithub
};
