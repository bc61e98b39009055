import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  REPOSITORY_URL,
  ruleDocsUrl
} from "./chunk-WCLTFLMX.js";
import {
  toWellFormed
} from "./chunk-UIWROO7M.js";
import "./chunk-VXV2MXR7.js";

// src/format/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json", SOURCE_ROOT_ID = "%SRCROOT%", FINGERPRINT_KEY = "scaleplanFinding/v1", GITHUB_CODE_SCANNING_LIMITS = {
  ruleName: 255,
  shortDescription: 1024,
  fullDescription: 1024,
  tagsPerRule: 20,
  locationsPerResult: 10,
  resultsPerRun: 25e3
}, LEVEL = { error: "error", warning: "warning", info: "note" }, PROBLEM_SEVERITY = {
  error: "error",
  warning: "warning",
  info: "recommendation"
};
function atLeastOne(value) {
  return Number.isInteger(value) && value >= 1 ? value : 1;
}
function sarifRegion(span) {
  let startLine = atLeastOne(span.line), startColumn = atLeastOne(span.column), endLine = Math.max(startLine, atLeastOne(span.endLine)), endColumn = atLeastOne(span.endColumn);
  return endLine === startLine && endColumn < startColumn && (endColumn = startColumn), { startLine, startColumn, endLine, endColumn };
}
function toUriReference(file) {
  return toWellFormed(file).replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function physicalLocation(span) {
  return {
    artifactLocation: { uri: toUriReference(span.file), uriBaseId: SOURCE_ROOT_ID },
    region: sarifRegion(span)
  };
}
function objectIdentity(object) {
  return object ? `${object.kind}/${object.namespace ?? ""}/${object.name ?? ""}` : "";
}
function logicalLocations(object) {
  if (object)
    return [
      {
        name: object.name ?? "",
        fullyQualifiedName: objectIdentity(object),
        kind: "resource",
        properties: {
          apiVersion: object.apiVersion,
          kind: object.kind,
          ...object.namespace !== void 0 ? { namespace: object.namespace } : {}
        }
      }
    ];
}
function sarifFix(description, edits) {
  let files = [...new Set(edits.map((edit) => edit.file))];
  return {
    description: { text: description },
    artifactChanges: files.map((file) => ({
      artifactLocation: { uri: toUriReference(file), uriBaseId: SOURCE_ROOT_ID },
      replacements: edits.filter((edit) => edit.file === file).map((edit) => ({
        deletedRegion: {
          startLine: edit.line,
          startColumn: edit.column,
          endLine: edit.endLine,
          endColumn: edit.endColumn
        },
        insertedContent: { text: edit.text }
      }))
    }))
  };
}
function location(span, object, extra = {}) {
  let logical = logicalLocations(object);
  return {
    ...extra,
    physicalLocation: physicalLocation(span),
    ...logical ? { logicalLocations: logical } : {}
  };
}
function identity(finding) {
  return [
    finding.ruleId,
    finding.messageId,
    finding.file,
    objectIdentity(finding.object),
    finding.message.replace(/\d+(?:\.\d+)?/g, "#")
  ].join("\0");
}
function fingerprints(findings) {
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let key = identity(finding), group = groups.get(key);
    group ? group.push(finding) : groups.set(key, [finding]);
  }
  let result = /* @__PURE__ */ new Map();
  for (let [key, group] of groups) {
    let hash = createHash("sha256").update(toWellFormed(key)).digest("hex").slice(0, 32);
    group.slice().sort((a, b) => a.line - b.line || a.column - b.column).forEach((finding, index) => result.set(finding, `${hash}:${index + 1}`));
  }
  return result;
}
function clip(text, max) {
  if (text.length <= max)
    return text;
  let head = text.slice(0, max - 1), sentenceEnd = head.lastIndexOf(". ");
  return sentenceEnd > max / 2 ? head.slice(0, sentenceEnd + 1) : `${head.trimEnd()}\u2026`;
}
function fenced(code, language) {
  let longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length)), fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}
${code.replace(/\n+$/, "")}
${fence}`;
}
function pascalCase(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
}
function ruleDescriptor(id, meta) {
  let limits = GITHUB_CODE_SCANNING_LIMITS, { incorrect, correct } = meta.examples;
  return {
    id,
    name: clip(pascalCase(id), limits.ruleName),
    shortDescription: { text: clip(`${meta.description}.`, limits.shortDescription) },
    fullDescription: { text: clip(meta.rationale, limits.fullDescription) },
    help: {
      text: [
        meta.rationale,
        `How to fix: ${meta.remediation}`,
        `Incorrect:
${incorrect.replace(/\n+$/, "")}`,
        `Correct:
${correct.replace(/\n+$/, "")}`,
        `Documentation: ${ruleDocsUrl(id)}`
      ].join(`

`),
      markdown: [
        meta.rationale,
        `**How to fix:** ${meta.remediation}`,
        `**Incorrect:**

${fenced(incorrect, "yaml")}`,
        `**Correct:**

${fenced(correct, "yaml")}`
      ].join(`

`)
    },
    helpUri: ruleDocsUrl(id),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: ["kubernetes", "scaling", meta.category],
      precision: "very-high",
      "problem.severity": PROBLEM_SEVERITY[meta.severity],
      category: meta.category,
      scope: meta.scope,
      kinds: [...meta.kinds]
    }
  };
}
function relatedLocation(related, id) {
  return location(related, related.object, { id, message: { text: related.message } });
}
var NO_REASON = {
  annotation: "scaleplan.dev/ignore annotation (no reason given)",
  comment: "# scaleplan-ignore comment (no reason given)"
};
function buildSarifLog(result, context) {
  let ruleIds = Object.keys(context.rules).sort(), ruleIndex = new Map(ruleIds.map((id, index) => [id, index])), rules = ruleIds.map((id) => {
    let meta = context.rules[id];
    if (!meta)
      throw new Error(`No metadata for rule ${id}.`);
    return ruleDescriptor(id, meta);
  }), all = [...result.findings, ...result.suppressed], fingerprintOf = fingerprints(all), toResult = (finding) => {
    let entry = {
      ruleId: finding.ruleId,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [location(finding, finding.object)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf.get(finding) ?? "" }
    }, index = ruleIndex.get(finding.ruleId);
    index !== void 0 && (entry.ruleIndex = index), finding.related && finding.related.length > 0 && (entry.relatedLocations = finding.related.map((related, id) => relatedLocation(related, id))), finding.suppression && (entry.suppressions = [
      {
        kind: "inSource",
        status: "accepted",
        justification: finding.suppression.justification ?? NO_REASON[finding.suppression.kind],
        properties: { suppressedBy: finding.suppression.kind }
      }
    ]), finding.autofix && "edits" in finding.autofix && (entry.fixes = [sarifFix(finding.fix ?? `Fix ${finding.ruleId}.`, finding.autofix.edits)]);
    let refused = finding.autofix && "refused" in finding.autofix ? finding.autofix.refused : void 0;
    return (finding.fix !== void 0 || finding.approximate || refused !== void 0) && (entry.properties = {
      ...finding.fix !== void 0 ? { fix: finding.fix } : {},
      ...refused !== void 0 ? { fixRefused: refused } : {},
      ...finding.approximate ? { approximateLocation: !0 } : {}
    }), entry;
  };
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "scaleplan",
            version: context.version,
            semanticVersion: context.version,
            informationUri: REPOSITORY_URL,
            rules
          }
        },
        originalUriBaseIds: {
          [SOURCE_ROOT_ID]: { description: { text: "The directory scaleplan ran in." } }
        },
        columnKind: "utf16CodeUnits",
        results: all.map(toResult)
      }
    ]
  };
}
var formatSarif = (result, context) => `${JSON.stringify(buildSarifLog(result, context), null, 2)}
`;
export {
  FINGERPRINT_KEY,
  GITHUB_CODE_SCANNING_LIMITS,
  SARIF_SCHEMA_URI,
  SOURCE_ROOT_ID,
  buildSarifLog,
  clip,
  formatSarif,
  sarifRegion,
  toUriReference
};
