import { createHash } from 'node:crypto';
import type { FixEdit } from '../lint/fix.js';
import type { Finding, LintResult, RelatedLocation } from '../lint/result.js';
import type { ObjectRef } from '../k8s/manifest.js';
import type { RuleMeta, Severity } from '../lint/rule.js';
import { REPOSITORY_URL, ruleDocsUrl } from './project.js';
import { toWellFormed } from './text-safety.js';
import type { FormatContext, Formatter } from './types.js';

/** The `$schema` GitHub's documentation uses for SARIF 2.1.0. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Result paths are relative to this base: the directory scaleplan ran in. */
export const SOURCE_ROOT_ID = '%SRCROOT%';
/** Key of scaleplan's own entry in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'scaleplanFinding/v1';

/**
 * What GitHub code scanning accepts ("SARIF support for code scanning" and "SARIF results
 * exceed limits" in GitHub's documentation). Rule names and descriptions longer than this
 * are cut; the other limits are far above what one run of scaleplan produces.
 */
export const GITHUB_CODE_SCANNING_LIMITS = {
  ruleName: 255,
  shortDescription: 1024,
  fullDescription: 1024,
  tagsPerRule: 20,
  locationsPerResult: 10,
  resultsPerRun: 25_000,
} as const;

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
// GitHub sorts and filters non-security alerts by `problem.severity`.
const PROBLEM_SEVERITY: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'recommendation',
};

interface SarifMessage {
  text: string;
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string };
  region: SarifRegion;
}

interface SarifLogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: string;
  properties: { apiVersion: string; kind: string; namespace?: string };
}

interface SarifLocation {
  id?: number;
  physicalLocation: SarifPhysicalLocation;
  logicalLocations?: SarifLogicalLocation[];
  message?: SarifMessage;
}

interface SarifSuppression {
  kind: 'inSource';
  status: 'accepted';
  justification: string;
  properties: { suppressedBy: 'annotation' | 'comment' };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: SarifSuppression[];
  fixes?: SarifFix[];
  properties?: { fix?: string; fixRefused?: string; approximateLocation?: true };
}

/** A machine fix (SARIF 3.55): replacements per file, regions 1-based, end exclusive. */
export interface SarifFix {
  description: SarifMessage;
  artifactChanges: {
    artifactLocation: { uri: string; uriBaseId: string };
    replacements: {
      deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number };
      insertedContent: { text: string };
    }[];
  }[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: {
    tags: string[];
    precision: 'very-high';
    'problem.severity': string;
    category: string;
    scope: 'object' | 'set';
    kinds: string[];
  };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: {
        driver: {
          name: string;
          version: string;
          semanticVersion: string;
          informationUri: string;
          rules: SarifRule[];
        };
      };
      originalUriBaseIds: Record<string, { description: SarifMessage }>;
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    },
  ];
}

interface Span {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A 1-based number: SARIF and GitHub reject 0 (GitHub refuses `startColumn: 0`). */
function atLeastOne(value: number): number {
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

/** Lines and columns at least 1, the end never before the start. */
export function sarifRegion(span: Omit<Span, 'file'>): SarifRegion {
  const startLine = atLeastOne(span.line);
  const startColumn = atLeastOne(span.column);
  const endLine = Math.max(startLine, atLeastOne(span.endLine));
  let endColumn = atLeastOne(span.endColumn);
  if (endLine === startLine && endColumn < startColumn) {
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * A relative path as a URI reference: each segment percent-encoded, so spaces, `#`, `?`, `%`
 * and a `:` in the first segment (which would read as a scheme) survive a URI parser.
 */
export function toUriReference(file: string): string {
  return toWellFormed(file)
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function physicalLocation(span: Span): SarifPhysicalLocation {
  return {
    artifactLocation: { uri: toUriReference(span.file), uriBaseId: SOURCE_ROOT_ID },
    region: sarifRegion(span),
  };
}

function objectIdentity(object: ObjectRef | undefined): string {
  return object ? `${object.kind}/${object.namespace ?? ''}/${object.name ?? ''}` : '';
}

/** The object as a logical location: `fullyQualifiedName` is kind/namespace/name. */
function logicalLocations(object: ObjectRef | undefined): SarifLogicalLocation[] | undefined {
  if (!object) {
    return undefined;
  }
  return [
    {
      name: object.name ?? '',
      fullyQualifiedName: objectIdentity(object),
      kind: 'resource',
      properties: {
        apiVersion: object.apiVersion,
        kind: object.kind,
        ...(object.namespace !== undefined ? { namespace: object.namespace } : {}),
      },
    },
  ];
}

function sarifFix(description: string, edits: readonly FixEdit[]): SarifFix {
  const files = [...new Set(edits.map((edit) => edit.file))];
  return {
    description: { text: description },
    artifactChanges: files.map((file) => ({
      artifactLocation: { uri: toUriReference(file), uriBaseId: SOURCE_ROOT_ID },
      replacements: edits
        .filter((edit) => edit.file === file)
        .map((edit) => ({
          deletedRegion: {
            startLine: edit.line,
            startColumn: edit.column,
            endLine: edit.endLine,
            endColumn: edit.endColumn,
          },
          insertedContent: { text: edit.text },
        })),
    })),
  };
}

function location(
  span: Span,
  object: ObjectRef | undefined,
  extra: Pick<SarifLocation, 'id' | 'message'> = {},
): SarifLocation {
  const logical = logicalLocations(object);
  return {
    ...extra,
    physicalLocation: physicalLocation(span),
    ...(logical ? { logicalLocations: logical } : {}),
  };
}

/**
 * What makes a finding the same finding in the next run: rule, message template, file,
 * object, and the message with its numbers blanked (so "minReplicas 5" and "minReplicas 6"
 * stay one alert, while two containers of one object stay two). Lines are left out on
 * purpose: an edit above the object must not turn the finding into a new alert.
 */
function identity(finding: Finding): string {
  return [
    finding.ruleId,
    finding.messageId,
    finding.file,
    objectIdentity(finding.object),
    finding.message.replace(/\d+(?:\.\d+)?/g, '#'),
  ].join('\u0000');
}

/**
 * `partialFingerprints` entries, stable across runs: a hash of the identity plus an
 * ordinal among findings with the same identity (in position order), as GitHub's own
 * `primaryLocationLineHash` does. GitHub's upload action adds that line hash next to ours.
 */
function fingerprints(findings: readonly Finding[]): Map<Finding, string> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = identity(finding);
    const group = groups.get(key);
    if (group) {
      group.push(finding);
    } else {
      groups.set(key, [finding]);
    }
  }
  const result = new Map<Finding, string>();
  for (const [key, group] of groups) {
    const hash = createHash('sha256').update(toWellFormed(key)).digest('hex').slice(0, 32);
    group
      .slice()
      .sort((a, b) => a.line - b.line || a.column - b.column)
      .forEach((finding, index) => result.set(finding, `${hash}:${index + 1}`));
  }
  return result;
}

/** Cut at a sentence end within `max` characters (or hard, with an ellipsis). */
export function clip(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  const head = text.slice(0, max - 1);
  const sentenceEnd = head.lastIndexOf('. ');
  return sentenceEnd > max / 2 ? head.slice(0, sentenceEnd + 1) : `${head.trimEnd()}…`;
}

/** A Markdown code fence longer than any backtick run inside `code`. */
function fenced(code: string, language: string): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${code.replace(/\n+$/, '')}\n${fence}`;
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __: string, letter: string) => letter.toUpperCase());
}

function ruleDescriptor(id: string, meta: RuleMeta<string, unknown>): SarifRule {
  const limits = GITHUB_CODE_SCANNING_LIMITS;
  const { incorrect, correct } = meta.examples;
  return {
    id,
    name: clip(pascalCase(id), limits.ruleName),
    shortDescription: { text: clip(`${meta.description}.`, limits.shortDescription) },
    fullDescription: { text: clip(meta.rationale, limits.fullDescription) },
    help: {
      text: [
        meta.rationale,
        `How to fix: ${meta.remediation}`,
        `Incorrect:\n${incorrect.replace(/\n+$/, '')}`,
        `Correct:\n${correct.replace(/\n+$/, '')}`,
        `Documentation: ${ruleDocsUrl(id)}`,
      ].join('\n\n'),
      markdown: [
        meta.rationale,
        `**How to fix:** ${meta.remediation}`,
        `**Incorrect:**\n\n${fenced(incorrect, 'yaml')}`,
        `**Correct:**\n\n${fenced(correct, 'yaml')}`,
      ].join('\n\n'),
    },
    helpUri: ruleDocsUrl(id),
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: ['kubernetes', 'scaling', meta.category],
      precision: 'very-high',
      'problem.severity': PROBLEM_SEVERITY[meta.severity],
      category: meta.category,
      scope: meta.scope,
      kinds: [...meta.kinds],
    },
  };
}

function relatedLocation(related: RelatedLocation, id: number): SarifLocation {
  return location(related, related.object, { id, message: { text: related.message } });
}

const NO_REASON: Record<'annotation' | 'comment', string> = {
  annotation: 'scaleplan.dev/ignore annotation (no reason given)',
  comment: '# scaleplan-ignore comment (no reason given)',
};

/** The SARIF log as an object (for callers that post-process it); `formatSarif` prints it. */
export function buildSarifLog(result: LintResult, context: FormatContext): SarifLog {
  const ruleIds = Object.keys(context.rules).sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id) => {
    const meta = context.rules[id];
    if (!meta) {
      throw new Error(`No metadata for rule ${id}.`);
    }
    return ruleDescriptor(id, meta);
  });
  const all = [...result.findings, ...result.suppressed];
  const fingerprintOf = fingerprints(all);
  const toResult = (finding: Finding): SarifResult => {
    const entry: SarifResult = {
      ruleId: finding.ruleId,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [location(finding, finding.object)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf.get(finding) ?? '' },
    };
    const index = ruleIndex.get(finding.ruleId);
    if (index !== undefined) {
      entry.ruleIndex = index;
    }
    if (finding.related && finding.related.length > 0) {
      entry.relatedLocations = finding.related.map((related, id) => relatedLocation(related, id));
    }
    if (finding.suppression) {
      entry.suppressions = [
        {
          kind: 'inSource',
          status: 'accepted',
          justification: finding.suppression.justification ?? NO_REASON[finding.suppression.kind],
          properties: { suppressedBy: finding.suppression.kind },
        },
      ];
    }
    if (finding.autofix && 'edits' in finding.autofix) {
      entry.fixes = [sarifFix(finding.fix ?? `Fix ${finding.ruleId}.`, finding.autofix.edits)];
    }
    const refused =
      finding.autofix && 'refused' in finding.autofix ? finding.autofix.refused : undefined;
    if (finding.fix !== undefined || finding.approximate || refused !== undefined) {
      entry.properties = {
        ...(finding.fix !== undefined ? { fix: finding.fix } : {}),
        ...(refused !== undefined ? { fixRefused: refused } : {}),
        ...(finding.approximate ? { approximateLocation: true as const } : {}),
      };
    }
    return entry;
  };
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'scaleplan',
            version: context.version,
            semanticVersion: context.version,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        originalUriBaseIds: {
          [SOURCE_ROOT_ID]: { description: { text: 'The directory scaleplan ran in.' } },
        },
        columnKind: 'utf16CodeUnits',
        results: all.map(toResult),
      },
    ],
  };
}

/**
 * SARIF 2.1.0, one run: every rule with help text, examples and documentation URI; results
 * with exact regions (never 0), the object as a logical location, related locations,
 * suppressed findings with their justification, and fingerprints stable across runs.
 */
export const formatSarif: Formatter = (result, context) =>
  `${JSON.stringify(buildSarifLog(result, context), null, 2)}\n`;
