import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  toWellFormed
} from "./chunk-U6H5YBYH.js";
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
${location.file}:${location.line}:${location.column}: ${location.message}`
  );
  return `${finding.message}${related.join("")}`;
}
function annotationCommand(finding) {
  let properties = [
    ["file", finding.file],
    ["line", finding.line],
    ["endLine", finding.endLine]
  ];
  finding.line === finding.endLine && properties.push(["col", finding.column], ["endColumn", finding.endColumn]), properties.push(["title", finding.ruleId]);
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
