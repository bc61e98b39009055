import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  encodeLinkPath,
  escapeMarkdownText
} from "./chunk-QWU66CDN.js";
import {
  ruleDocsUrl
} from "./chunk-WCLTFLMX.js";
import {
  require_runtime
} from "./chunk-PAAWLEMI.js";
import {
  __toESM
} from "./chunk-VXV2MXR7.js";

// src/generated/markdown-template.js
var import_runtime = __toESM(require_runtime(), 1), markdownTemplate = import_runtime.default.template({ 0: function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName))
      return parent[propertyName];
  };
  return `
> [!WARNING]
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 ?? (container.nullContext || {}), lookupProperty(depth0, "note"), { name: "each", hash: {}, fn: container.program(1, data, 0), inverse: container.noop, data, loc: { start: { line: 11, column: 0 }, end: { line: 13, column: 9 } } })) != null ? stack1 : "");
}, 1: function(container, depth0, helpers, partials, data) {
  var stack1;
  return "> " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + `
`;
}, 2: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 ?? (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName))
      return parent[propertyName];
  };
  return `
#### ` + ((stack1 = alias2(alias1(depth0, "icon", { start: { line: 17, column: 8 }, end: { line: 17, column: 12 } }), depth0)) != null ? stack1 : "") + " " + ((stack1 = alias2(alias1(depth0, "label", { start: { line: 17, column: 19 }, end: { line: 17, column: 24 } }), depth0)) != null ? stack1 : "") + " (" + container.escapeExpression(alias2(alias1(depth0, "count", { start: { line: 17, column: 31 }, end: { line: 17, column: 36 } }), depth0)) + `)

| Location | Problem | Rule |
| --- | --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "shown"), { name: "each", hash: {}, fn: container.program(3, data, 0), inverse: container.noop, data, loc: { start: { line: 21, column: 0 }, end: { line: 23, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "folded"), "length"), { name: "if", hash: {}, fn: container.program(4, data, 0), inverse: container.noop, data, loc: { start: { line: 24, column: 0 }, end: { line: 35, column: 7 } } })) != null ? stack1 : "");
}, 3: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda;
  return "| " + ((stack1 = alias2(alias1(depth0, "location", { start: { line: 22, column: 5 }, end: { line: 22, column: 13 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "message", { start: { line: 22, column: 22 }, end: { line: 22, column: 29 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "rule", { start: { line: 22, column: 38 }, end: { line: 22, column: 42 } }), depth0)) != null ? stack1 : "") + ` |
`;
}, 4: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName))
      return parent[propertyName];
  };
  return `
<details><summary>` + container.escapeExpression(alias2(alias1(lookupProperty(depth0, "folded"), "length", { start: { line: 26, column: 20 }, end: { line: 26, column: 33 } }), depth0)) + " more " + ((stack1 = alias2(alias1(depth0, "foldedNoun", { start: { line: 26, column: 44 }, end: { line: 26, column: 54 } }), depth0)) != null ? stack1 : "") + `</summary>

| Location | Problem | Rule |
| --- | --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 ?? (container.nullContext || {}), lookupProperty(depth0, "folded"), { name: "each", hash: {}, fn: container.program(3, data, 0), inverse: container.noop, data, loc: { start: { line: 30, column: 0 }, end: { line: 32, column: 9 } } })) != null ? stack1 : "") + `
</details>
`;
}, 5: function(container, depth0, helpers, partials, data) {
  var stack1;
  return `
\u2705 No scaling problems found in ` + ((stack1 = container.lambda(container.strict(depth0, "scope", { start: { line: 39, column: 34 }, end: { line: 39, column: 39 } }), depth0)) != null ? stack1 : "") + `.
`;
}, 6: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName))
      return parent[propertyName];
  };
  return `
<details><summary>` + container.escapeExpression(alias2(alias1(lookupProperty(depth0, "suppressedRows"), "length", { start: { line: 43, column: 20 }, end: { line: 43, column: 41 } }), depth0)) + " suppressed " + ((stack1 = alias2(alias1(depth0, "suppressedNoun", { start: { line: 43, column: 58 }, end: { line: 43, column: 72 } }), depth0)) != null ? stack1 : "") + `</summary>

| Location | Rule | Reason |
| --- | --- | --- |
` + ((stack1 = lookupProperty(helpers, "each").call(depth0 ?? (container.nullContext || {}), lookupProperty(depth0, "suppressedRows"), { name: "each", hash: {}, fn: container.program(7, data, 0), inverse: container.noop, data, loc: { start: { line: 47, column: 0 }, end: { line: 49, column: 9 } } })) != null ? stack1 : "") + `
</details>
`;
}, 7: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda;
  return "| " + ((stack1 = alias2(alias1(depth0, "location", { start: { line: 48, column: 5 }, end: { line: 48, column: 13 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "rule", { start: { line: 48, column: 22 }, end: { line: 48, column: 26 } }), depth0)) != null ? stack1 : "") + " | " + ((stack1 = alias2(alias1(depth0, "reason", { start: { line: 48, column: 35 }, end: { line: 48, column: 41 } }), depth0)) != null ? stack1 : "") + ` |
`;
}, 8: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda;
  return `
_` + container.escapeExpression(alias2(alias1(depth0, "omitted", { start: { line: 55, column: 3 }, end: { line: 55, column: 10 } }), depth0)) + " more " + ((stack1 = alias2(alias1(depth0, "omittedNoun", { start: { line: 55, column: 21 }, end: { line: 55, column: 32 } }), depth0)) != null ? stack1 : "") + " left out to keep this under " + ((stack1 = alias2(alias1(depth0, "limit", { start: { line: 55, column: 67 }, end: { line: 55, column: 72 } }), depth0)) != null ? stack1 : "") + " characters; `scaleplan lint` lists every finding._\n";
}, 9: function(container, depth0, helpers, partials, data) {
  return " \xB7 " + container.escapeExpression(container.lambda(container.strict(depth0, "suppressed", { start: { line: 58, column: 65 }, end: { line: 58, column: 75 } }), depth0)) + " suppressed";
}, 10: function(container, depth0, helpers, partials, data) {
  var stack1;
  return " \xB7 " + ((stack1 = container.lambda(container.strict(depth0, "skipped", { start: { line: 58, column: 116 }, end: { line: 58, column: 123 } }), depth0)) != null ? stack1 : "") + " without apiVersion and kind skipped";
}, compiler: [8, ">= 4.3.0"], main: function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 ?? (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName))
      return parent[propertyName];
  };
  return ((stack1 = alias2(alias1(depth0, "marker", { start: { line: 6, column: 3 }, end: { line: 6, column: 9 } }), depth0)) != null ? stack1 : "") + `
### ` + ((stack1 = alias2(alias1(depth0, "title", { start: { line: 7, column: 7 }, end: { line: 7, column: 12 } }), depth0)) != null ? stack1 : "") + ": " + ((stack1 = alias2(alias1(depth0, "headline", { start: { line: 7, column: 20 }, end: { line: 7, column: 28 } }), depth0)) != null ? stack1 : "") + `
` + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "note"), { name: "if", hash: {}, fn: container.program(0, data, 0), inverse: container.noop, data, loc: { start: { line: 8, column: 0 }, end: { line: 14, column: 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "sections"), { name: "each", hash: {}, fn: container.program(2, data, 0), inverse: container.noop, data, loc: { start: { line: 15, column: 0 }, end: { line: 36, column: 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "allClear"), { name: "if", hash: {}, fn: container.program(5, data, 0), inverse: container.noop, data, loc: { start: { line: 37, column: 0 }, end: { line: 40, column: 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "suppressedRows"), "length"), { name: "if", hash: {}, fn: container.program(6, data, 0), inverse: container.noop, data, loc: { start: { line: 41, column: 0 }, end: { line: 52, column: 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "omitted"), { name: "if", hash: {}, fn: container.program(8, data, 0), inverse: container.noop, data, loc: { start: { line: 53, column: 0 }, end: { line: 56, column: 7 } } })) != null ? stack1 : "") + `
<sub>scaleplan ` + ((stack1 = alias2(alias1(depth0, "version", { start: { line: 58, column: 18 }, end: { line: 58, column: 25 } }), depth0)) != null ? stack1 : "") + " \xB7 " + ((stack1 = alias2(alias1(depth0, "scope", { start: { line: 58, column: 34 }, end: { line: 58, column: 39 } }), depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "suppressed"), { name: "if", hash: {}, fn: container.program(9, data, 0), inverse: container.noop, data, loc: { start: { line: 58, column: 42 }, end: { line: 58, column: 95 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "skipped"), { name: "if", hash: {}, fn: container.program(10, data, 0), inverse: container.noop, data, loc: { start: { line: 58, column: 95 }, end: { line: 58, column: 169 } } })) != null ? stack1 : "") + `</sub>
`;
}, useData: !0 });

// src/format/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536, DEFAULT_MAX_LENGTH = 65e3, VISIBLE_ROWS = 20, MAX_MESSAGE_LENGTH = 1e3, SECTIONS = [
  { severity: "error", icon: "\u{1F6D1}", label: "Errors", noun: ["error", "errors"] },
  { severity: "warning", icon: "\u26A0\uFE0F", label: "Warnings", noun: ["warning", "warnings"] },
  { severity: "info", icon: "\u2139\uFE0F", label: "Info", noun: ["info", "info"] }
];
function count(amount, [one, many]) {
  return `${amount.toLocaleString("en-US")} ${amount === 1 ? one : many}`;
}
function location(finding, linkBase) {
  let text = escapeMarkdownText(`${finding.file}:${finding.line}:${finding.column}`);
  if (linkBase === void 0)
    return text;
  let lines = finding.endLine > finding.line ? `L${finding.line}-L${finding.endLine}` : `L${finding.line}`;
  return `[${text}](${linkBase}${encodeLinkPath(finding.file)}#${lines})`;
}
function ruleLink(ruleId) {
  return `[${/^[a-z0-9-]+$/.test(ruleId) ? `\`${ruleId}\`` : escapeMarkdownText(ruleId)}](${ruleDocsUrl(ruleId)})`;
}
function cut(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function row(finding, linkBase) {
  return {
    location: location(finding, linkBase),
    message: escapeMarkdownText(cut(finding.message, MAX_MESSAGE_LENGTH)),
    rule: ruleLink(finding.ruleId)
  };
}
function suppressedRow(finding, linkBase) {
  let suppression = finding.suppression, via = suppression?.kind === "annotation" ? "annotation" : "comment", reason = suppression?.justification ? escapeMarkdownText(cut(suppression.justification, MAX_MESSAGE_LENGTH)) : "_no reason given_";
  return {
    location: location(finding, linkBase),
    rule: ruleLink(finding.ruleId),
    reason: `${reason} (${via})`
  };
}
function headline(result) {
  let { errors, warnings, infos } = result.summary, parts = [
    errors > 0 ? count(errors, ["error", "errors"]) : "",
    warnings > 0 ? count(warnings, ["warning", "warnings"]) : "",
    infos > 0 ? count(infos, ["info", "info"]) : ""
  ].filter(Boolean);
  return parts.length === 0 ? "all clear" : `${parts.join(", ")} in ${scope(result)}`;
}
function scope(result) {
  let { objects, files } = result.summary;
  return `${count(objects, ["object", "objects"])} across ${count(files, ["file", "files"])}`;
}
function checkedMarker(marker) {
  if (marker === void 0)
    return "";
  if (!/^<!--(?:(?!-->)[\s\S])*-->$/.test(marker))
    throw new Error(`The marker must be one HTML comment, not ${JSON.stringify(marker)}.`);
  return marker;
}
function renderMarkdown(result, context, options = {}) {
  let maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH, ordered = SECTIONS.flatMap(
    (section) => result.findings.filter((finding) => finding.severity === section.severity).map((finding) => ({ section, row: row(finding, options.linkBase) }))
  ), totals = /* @__PURE__ */ new Map();
  for (let { section } of ordered)
    totals.set(section.severity, (totals.get(section.severity) ?? 0) + 1);
  let suppressedRows = result.suppressed.map(
    (finding) => suppressedRow(finding, options.linkBase)
  ), fixed = {
    marker: checkedMarker(options.marker),
    title: escapeMarkdownText(options.title ?? "scaleplan"),
    headline: headline(result),
    note: options.note ? options.note.split(/\r?\n/) : [],
    allClear: result.findings.length === 0,
    scope: scope(result),
    version: context.version,
    suppressed: result.summary.suppressed,
    skipped: result.summary.skippedDocuments > 0 ? count(result.summary.skippedDocuments, ["document", "documents"]) : "",
    limit: maxLength.toLocaleString("en-US")
  }, render = (kept, withSuppressed) => {
    let sections = SECTIONS.map((section) => {
      let rows = ordered.slice(0, kept).filter((entry) => entry.section === section).map((entry) => entry.row);
      return {
        icon: section.icon,
        label: section.label,
        rows: rows.length,
        count: totals.get(section.severity)?.toLocaleString("en-US") ?? "0",
        shown: rows.slice(0, VISIBLE_ROWS),
        folded: rows.slice(VISIBLE_ROWS),
        foldedNoun: section.noun[rows.length - VISIBLE_ROWS === 1 ? 0 : 1]
      };
    }).filter((section) => section.rows > 0), omitted = ordered.length - kept;
    return `${markdownTemplate({
      ...fixed,
      sections,
      suppressedRows: withSuppressed ? suppressedRows : [],
      suppressedNoun: suppressedRows.length === 1 ? "finding" : "findings",
      omitted: omitted > 0 ? omitted.toLocaleString("en-US") : "",
      omittedNoun: omitted === 1 ? "finding was" : "findings were"
    }).replace(/^\n+/, "").replace(/\n{3,}/g, `

`).trimEnd()}
`;
  }, full = render(ordered.length, !0);
  if (full.length <= maxLength)
    return full;
  let withoutSuppressed = render(ordered.length, !1);
  if (withoutSuppressed.length <= maxLength)
    return withoutSuppressed;
  let low = 0, high = ordered.length;
  for (; low < high; ) {
    let middle = Math.ceil((low + high) / 2);
    render(middle, !1).length <= maxLength ? low = middle : high = middle - 1;
  }
  let body = render(low, !1);
  return body.length <= maxLength ? body : `${body.slice(0, Math.max(0, maxLength - 2))}\u2026
`;
}
var formatMarkdown = (result, context) => renderMarkdown(result, context);

export {
  GITHUB_COMMENT_LIMIT,
  DEFAULT_MAX_LENGTH,
  VISIBLE_ROWS,
  renderMarkdown,
  formatMarkdown
};
