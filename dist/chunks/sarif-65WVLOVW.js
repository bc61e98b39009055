import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  DOCS_BASE_URL
} from "./chunk-BLLZAX7D.js";
import "./chunk-VXV2MXR7.js";

// src/format/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json", INFORMATION_URI = "https://github.com/scaleplan-dev/scaleplan", LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
};
function region(location) {
  return {
    startLine: Math.max(1, location.line),
    startColumn: Math.max(1, location.column),
    endLine: Math.max(1, location.endLine),
    endColumn: Math.max(1, location.endColumn)
  };
}
function physicalLocation(location) {
  return {
    artifactLocation: {
      uri: encodeURI(location.file).replace(/#/g, "%23").replace(/\?/g, "%3F"),
      uriBaseId: "%SRCROOT%"
    },
    region: region(location)
  };
}
function logicalLocations(finding) {
  let object = finding.object;
  if (!object)
    return;
  let namespace = object.namespace ? `${object.namespace}/` : "";
  return [
    {
      name: object.name ?? "",
      fullyQualifiedName: `${object.kind}/${namespace}${object.name ?? ""}`,
      kind: "resource",
      properties: {
        apiVersion: object.apiVersion,
        kind: object.kind,
        ...object.namespace ? { namespace: object.namespace } : {}
      }
    }
  ];
}
function fingerprint(finding) {
  let object = finding.object ? `${finding.object.kind}/${finding.object.namespace ?? ""}/${finding.object.name ?? ""}` : "";
  return createHash("sha256").update(`${finding.ruleId}\0${finding.file}\0${object}\0${finding.message}`).digest("hex").slice(0, 32);
}
var formatSarif = (result, context) => {
  let ruleIds = Object.keys(context.rules).sort(), ruleIndex = new Map(ruleIds.map((id, index) => [id, index])), rules = ruleIds.map((id) => {
    let meta = context.rules[id];
    if (!meta)
      throw new Error(`No metadata for rule ${id}.`);
    let helpText = `${meta.rationale}

How to fix: ${meta.remediation}`;
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase()),
      shortDescription: { text: `${meta.description}.` },
      fullDescription: { text: meta.rationale },
      help: {
        text: helpText,
        markdown: `${meta.rationale}

**How to fix:** ${meta.remediation}

**Example that fails:**

\`\`\`yaml
${meta.examples.incorrect.replace(/\n$/, "")}
\`\`\``
      },
      helpUri: `${DOCS_BASE_URL}${id}.md`,
      defaultConfiguration: { level: LEVEL[meta.severity] },
      properties: {
        category: meta.category,
        scope: meta.scope,
        tags: ["kubernetes", meta.category]
      }
    };
  }), toResult = (finding) => {
    let entry = {
      ruleId: finding.ruleId,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: physicalLocation(finding),
          ...logicalLocations(finding) ? { logicalLocations: logicalLocations(finding) } : {}
        }
      ],
      partialFingerprints: { "scaleplanFinding/v1": fingerprint(finding) }
    }, index = ruleIndex.get(finding.ruleId);
    return index !== void 0 && (entry.ruleIndex = index), finding.related && finding.related.length > 0 && (entry.relatedLocations = finding.related.map((related, id) => ({
      id,
      physicalLocation: physicalLocation(related),
      message: { text: related.message }
    }))), finding.suppression && (entry.suppressions = [
      {
        kind: "inSource",
        status: "accepted",
        ...finding.suppression.justification ? { justification: finding.suppression.justification } : {},
        properties: { via: finding.suppression.kind }
      }
    ]), finding.fix && (entry.properties = { fix: finding.fix }), entry;
  }, log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "scaleplan",
            version: context.version,
            semanticVersion: context.version,
            informationUri: INFORMATION_URI,
            rules
          }
        },
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: {
          "%SRCROOT%": { description: { text: "The directory scaleplan ran in." } }
        },
        results: [...result.findings, ...result.suppressed].map(toResult)
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
export {
  INFORMATION_URI,
  SARIF_SCHEMA_URI,
  formatSarif
};
