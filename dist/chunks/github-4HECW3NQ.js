import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import "./chunk-VXV2MXR7.js";

// src/format/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeCommandData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(value) {
  return escapeCommandData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var formatGithub = (result) => result.findings.map((finding) => {
  let properties = [
    ["file", finding.file],
    ["line", finding.line],
    ["endLine", finding.endLine]
  ];
  finding.line === finding.endLine && properties.push(["col", finding.column], ["endColumn", finding.endColumn]), properties.push(["title", finding.ruleId]);
  let rendered = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${COMMAND[finding.severity]} ${rendered}::${escapeCommandData(finding.message)}
`;
}).join("");
export {
  escapeCommandData,
  escapeCommandProperty,
  formatGithub
};
