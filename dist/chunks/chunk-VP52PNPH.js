import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  terminalSafe
} from "./chunk-UIWROO7M.js";

// src/format/text.ts
var COLORS = {
  error: ["\x1B[31m", "\x1B[39m"],
  warning: ["\x1B[33m", "\x1B[39m"],
  info: ["\x1B[36m", "\x1B[39m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  bold: ["\x1B[1m", "\x1B[22m"]
};
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
var formatText = (result, context) => {
  let paint = (style, text) => context.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text, groups = /* @__PURE__ */ new Map();
  for (let finding of result.findings) {
    let group = groups.get(finding.file);
    group ? group.push(finding) : groups.set(finding.file, [finding]);
  }
  let blocks = [];
  for (let findings of groups.values()) {
    let lines = findings.map((finding) => {
      let position = `${terminalSafe(finding.file)}:${finding.line}:${finding.column}`, related = (finding.related ?? []).map(
        (location) => `
    ${paint("dim", `${terminalSafe(location.file)}:${location.line}:${location.column}  ${terminalSafe(location.message)}`)}`
      );
      return `${position}  ${paint(finding.severity, finding.severity)}  ${terminalSafe(finding.message)}  ${paint("dim", terminalSafe(finding.ruleId))}${related.join("")}`;
    });
    blocks.push(lines.join(`
`));
  }
  let { errors, warnings, infos, suppressed, objects, files } = result.summary, total = errors + warnings + infos, counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}`, suffix = `${plural(objects, "object")} in ${plural(files, "file")}${suppressed > 0 ? `, ${suppressed} suppressed` : ""}`, summary = total === 0 ? `${paint("bold", "No problems")} (${suffix}).` : `${paint("bold", plural(total, "problem"))} (${counts}) in ${suffix}.`, fixable = result.findings.filter(
    (finding) => finding.autofix && "edits" in finding.autofix
  ).length, fixNote = result.summary.fixed !== void 0 ? ` Fixed ${plural(result.summary.fixed, "problem")}; ${total} remain.` : fixable > 0 ? ` ${fixable} fixable with --fix.` : "", line = `${summary}${fixNote}`;
  return blocks.length === 0 ? `${line}
` : `${blocks.join(`

`)}

${line}
`;
};

export {
  formatText
};
