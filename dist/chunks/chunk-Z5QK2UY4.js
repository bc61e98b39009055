import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  DOCS_BASE_URL
} from "./chunk-BLLZAX7D.js";
import {
  require_runtime
} from "./chunk-PAAWLEMI.js";
import {
  __toESM
} from "./chunk-VXV2MXR7.js";

// src/generated/markdown-template.js
var import_runtime = __toESM(require_runtime(), 1), markdownTemplate = import_runtime.default.template({ 0: function(container, depth0, helpers, partials, data) {
  var stack1;
  return `
> [!WARNING]
> ` + ((stack1 = container.lambda(container.strict(depth0, "note", { start: { line: 6, column: 5 }, end: { line: 6, column: 9 } }), depth0)) != null ? stack1 : "") + `
`;
}, 1: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 ?? (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName))
      return parent[propertyName];
  };
  return `
| | Location | Problem | Rule |
| --- | --- | --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "shown"), { name: "each", hash: {}, fn: container.program(2, data, 0), inverse: container.noop, data, loc: { start: { line: 12, column: 0 }, end: { line: 14, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "folded"), "length"), { name: "if", hash: {}, fn: container.program(3, data, 0), inverse: container.noop, data, loc: { start: { line: 15, column: 0 }, end: { line: 26, column: 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "omitted"), { name: "if", hash: {}, fn: container.program(4, data, 0), inverse: container.noop, data, loc: { start: { line: 27, column: 0 }, end: { line: 30, column: 7 } } })) != null ? stack1 : "");
}, 2: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda;
  return "| " + ((stack1 = alias2(alias1(depth0, "icon", { start: { line: 13, column: 5 }, end: { line: 13, column: 9 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "location", { start: { line: 13, column: 18 }, end: { line: 13, column: 26 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "message", { start: { line: 13, column: 35 }, end: { line: 13, column: 42 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "rule", { start: { line: 13, column: 51 }, end: { line: 13, column: 55 } }), depth0)) != null ? stack1 : "") + ` |
`;
}, 3: function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName))
      return parent[propertyName];
  };
  return `
<details><summary>` + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "folded"), "length", { start: { line: 17, column: 20 }, end: { line: 17, column: 33 } }), depth0)) + ` more</summary>

| | Location | Problem | Rule |
| --- | --- | --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 ?? (container.nullContext || {}), lookupProperty(depth0, "folded"), { name: "each", hash: {}, fn: container.program(2, data, 0), inverse: container.noop, data, loc: { start: { line: 21, column: 0 }, end: { line: 23, column: 9 } } })) != null ? stack1 : "") + `
</details>
`;
}, 4: function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression;
  return `
_` + alias3(alias2(alias1(depth0, "omitted", { start: { line: 29, column: 3 }, end: { line: 29, column: 10 } }), depth0)) + " more " + alias3(alias2(alias1(depth0, "omittedNoun", { start: { line: 29, column: 20 }, end: { line: 29, column: 31 } }), depth0)) + ` left out to stay within GitHub's comment size limit; the annotations, the job summary and the SARIF report have them all._
`;
}, 5: function(container, depth0, helpers, partials, data) {
  return `
\u2705 No scaling problems found.
`;
}, 6: function(container, depth0, helpers, partials, data) {
  return " \xB7 " + container.escapeExpression(container.lambda(container.strict(depth0, "suppressed", { start: { line: 36, column: 106 }, end: { line: 36, column: 116 } }), depth0)) + " suppressed";
}, compiler: [8, ">= 4.3.0"], main: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 ?? (container.nullContext || {}), alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName))
      return parent[propertyName];
  };
  return ((stack1 = alias2(alias1(depth0, "marker", { start: { line: 1, column: 3 }, end: { line: 1, column: 9 } }), depth0)) != null ? stack1 : "") + `
### ` + ((stack1 = alias2(alias1(depth0, "title", { start: { line: 2, column: 7 }, end: { line: 2, column: 12 } }), depth0)) != null ? stack1 : "") + ": " + ((stack1 = alias2(alias1(depth0, "headline", { start: { line: 2, column: 20 }, end: { line: 2, column: 28 } }), depth0)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "note"), { name: "if", hash: {}, fn: container.program(0, data, 0), inverse: container.noop, data, loc: { start: { line: 3, column: 0 }, end: { line: 7, column: 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "hasFindings"), { name: "if", hash: {}, fn: container.program(1, data, 0), inverse: container.program(5, data, 0), data, loc: { start: { line: 8, column: 0 }, end: { line: 34, column: 7 } } })) != null ? stack1 : "") + `
<sub>scaleplan ` + alias4(alias2(alias1(depth0, "version", { start: { line: 36, column: 17 }, end: { line: 36, column: 24 } }), depth0)) + " \xB7 " + alias4(alias2(alias1(depth0, "objects", { start: { line: 36, column: 31 }, end: { line: 36, column: 38 } }), depth0)) + " " + alias4(alias2(alias1(depth0, "objectsNoun", { start: { line: 36, column: 43 }, end: { line: 36, column: 54 } }), depth0)) + " in " + alias4(alias2(alias1(depth0, "files", { start: { line: 36, column: 62 }, end: { line: 36, column: 67 } }), depth0)) + " " + alias4(alias2(alias1(depth0, "filesNoun", { start: { line: 36, column: 72 }, end: { line: 36, column: 81 } }), depth0)) + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "suppressed"), { name: "if", hash: {}, fn: container.program(6, data, 0), inverse: container.noop, data, loc: { start: { line: 36, column: 83 }, end: { line: 36, column: 136 } } })) != null ? stack1 : "") + `</sub>
`;
}, useData: !0 });

// src/format/escape.ts
function escapeMarkdownText(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]|~])/g, "\\$1").replace(/@/g, "@\u2060").replace(/#(?=\w)/g, "#\u2060").replace(/:\/\//g, ":\u2060//");
}
function encodeLinkPath(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

// src/format/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536, DEFAULT_MAX_LENGTH = 65e3, VISIBLE_ROWS = 25, ICONS = { error: "\u{1F6D1}", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" }, RANK = { error: 0, warning: 1, info: 2 };
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function row(finding, linkBase) {
  let where = `${escapeMarkdownText(finding.file)}:${finding.line}:${finding.column}`, location = linkBase ? `[${where}](${linkBase}${encodeLinkPath(finding.file)}#L${finding.line})` : where;
  return {
    icon: ICONS[finding.severity],
    location,
    message: escapeMarkdownText(finding.message),
    rule: `[\`${finding.ruleId}\`](${DOCS_BASE_URL}${finding.ruleId}.md)`
  };
}
function renderMarkdown(result, context, options = {}) {
  let maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH, rows = [...result.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]).map((finding) => row(finding, options.linkBase)), { errors, warnings, infos, suppressed, objects, files } = result.summary, counts = [
    errors > 0 ? plural(errors, "error") : "",
    warnings > 0 ? plural(warnings, "warning") : "",
    infos > 0 ? `${infos} info` : ""
  ].filter(Boolean).join(", "), render = (kept) => markdownTemplate({
    marker: options.marker ?? "",
    title: options.title ?? "scaleplan",
    headline: rows.length === 0 ? "all clear" : counts,
    note: options.note ?? "",
    hasFindings: rows.length > 0,
    shown: rows.slice(0, Math.min(kept, VISIBLE_ROWS)),
    folded: rows.slice(VISIBLE_ROWS, kept),
    omitted: rows.length - kept,
    omittedNoun: rows.length - kept === 1 ? "finding was" : "findings were",
    version: context.version,
    objects,
    objectsNoun: objects === 1 ? "object" : "objects",
    files,
    filesNoun: files === 1 ? "file" : "files",
    suppressed
  }).replace(/\n{3,}/g, `

`), body = render(rows.length);
  if (body.length <= maxLength)
    return body;
  let low = 0, high = rows.length;
  for (; low < high; ) {
    let middle = Math.ceil((low + high) / 2);
    render(middle).length <= maxLength ? low = middle : high = middle - 1;
  }
  return body = render(low), body;
}
var formatMarkdown = (result, context) => renderMarkdown(result, context);

export {
  escapeMarkdownText,
  GITHUB_COMMENT_LIMIT,
  DEFAULT_MAX_LENGTH,
  renderMarkdown,
  formatMarkdown
};
