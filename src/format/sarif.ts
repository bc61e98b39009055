import { createHash } from 'node:crypto';
import type { Finding, RelatedLocation } from '../lint/engine.js';
import type { Severity } from '../lint/rule.js';
import { DOCS_BASE_URL } from './markdown-links.js';
import type { Formatter } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/scaleplan-dev/scaleplan';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

function region(location: {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}): Record<string, number> {
  // SARIF columns are 1-based; GitHub rejects 0 (r-lib/lintr#2550).
  return {
    startLine: Math.max(1, location.line),
    startColumn: Math.max(1, location.column),
    endLine: Math.max(1, location.endLine),
    endColumn: Math.max(1, location.endColumn),
  };
}

function physicalLocation(location: {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}): Record<string, unknown> {
  return {
    artifactLocation: {
      uri: encodeURI(location.file).replace(/#/g, '%23').replace(/\?/g, '%3F'),
      uriBaseId: '%SRCROOT%',
    },
    region: region(location),
  };
}

function logicalLocations(
  finding: Finding | RelatedLocation,
): Record<string, unknown>[] | undefined {
  const object = finding.object;
  if (!object) {
    return undefined;
  }
  const namespace = object.namespace ? `${object.namespace}/` : '';
  return [
    {
      name: object.name ?? '',
      fullyQualifiedName: `${object.kind}/${namespace}${object.name ?? ''}`,
      kind: 'resource',
      properties: {
        apiVersion: object.apiVersion,
        kind: object.kind,
        ...(object.namespace ? { namespace: object.namespace } : {}),
      },
    },
  ];
}

/** Stable across runs and line moves: rule, file, object identity and message. */
function fingerprint(finding: Finding): string {
  const object = finding.object
    ? `${finding.object.kind}/${finding.object.namespace ?? ''}/${finding.object.name ?? ''}`
    : '';
  return createHash('sha256')
    .update(`${finding.ruleId}\u0000${finding.file}\u0000${object}\u0000${finding.message}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * SARIF 2.1.0, one run: rule metadata with help text and URI, results with exact regions,
 * the object as a logical location, related locations, and suppressed findings with their
 * justification (GitHub code scanning shows them as dismissed).
 */
export const formatSarif: Formatter = (result, context) => {
  const ruleIds = Object.keys(context.rules).sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id) => {
    const meta = context.rules[id];
    if (!meta) {
      throw new Error(`No metadata for rule ${id}.`);
    }
    const helpText = `${meta.rationale}\n\nHow to fix: ${meta.remediation}`;
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_, __: string, letter: string) => letter.toUpperCase()),
      shortDescription: { text: `${meta.description}.` },
      fullDescription: { text: meta.rationale },
      help: {
        text: helpText,
        markdown: `${meta.rationale}\n\n**How to fix:** ${meta.remediation}\n\n**Example that fails:**\n\n\`\`\`yaml\n${meta.examples.incorrect.replace(/\n$/, '')}\n\`\`\``,
      },
      helpUri: `${DOCS_BASE_URL}${id}.md`,
      defaultConfiguration: { level: LEVEL[meta.severity] },
      properties: {
        category: meta.category,
        scope: meta.scope,
        tags: ['kubernetes', meta.category],
      },
    };
  });
  const toResult = (finding: Finding): Record<string, unknown> => {
    const entry: Record<string, unknown> = {
      ruleId: finding.ruleId,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: physicalLocation(finding),
          ...(logicalLocations(finding) ? { logicalLocations: logicalLocations(finding) } : {}),
        },
      ],
      partialFingerprints: { 'scaleplanFinding/v1': fingerprint(finding) },
    };
    const index = ruleIndex.get(finding.ruleId);
    if (index !== undefined) {
      entry.ruleIndex = index;
    }
    if (finding.related && finding.related.length > 0) {
      entry.relatedLocations = finding.related.map((related, id) => ({
        id,
        physicalLocation: physicalLocation(related),
        message: { text: related.message },
      }));
    }
    if (finding.suppression) {
      entry.suppressions = [
        {
          kind: 'inSource',
          status: 'accepted',
          ...(finding.suppression.justification
            ? { justification: finding.suppression.justification }
            : {}),
          properties: { via: finding.suppression.kind },
        },
      ];
    }
    if (finding.fix) {
      entry.properties = { fix: finding.fix };
    }
    return entry;
  };
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'scaleplan',
            version: context.version,
            semanticVersion: context.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The directory scaleplan ran in.' } },
        },
        results: [...result.findings, ...result.suppressed].map(toResult),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
