import { directiveCovers, directivesAbove, enclosingDocumentLine } from '../source/directives.js';
import { documentByOrdinal, toLocation } from '../source/locate.js';
import type { SourceFile } from '../source/source-file.js';
import { RuleSettingsResolver } from './config/resolve.js';
import type { ResolvedConfig } from './config/types.js';
import type { LoadedSet, LoadProblem } from '../load/load.js';
import type { Manifest } from '../k8s/manifest.js';
import { ManifestSet } from '../k8s/manifest-set.js';
import {
  formatMessage,
  type AnyRule,
  type ReportDescriptor,
  type RunSettings,
  type Severity,
} from './rule.js';
import type { Finding, LintResult, Suppression } from './result.js';
import { Fixer, toAutofix, type FixSource } from './fix.js';

export const IGNORE_ANNOTATION = 'scaleplan.dev/ignore';
export const PARSE_ERROR_RULE = 'parse-error';

export type { Finding, LintResult, LintSummary, RelatedLocation, Suppression } from './result.js';

export interface EngineOptions {
  rules: readonly AnyRule[];
  config: ResolvedConfig;
  settings: RunSettings;
  cwd: string;
  /**
   * Scoped evaluation: findings are wanted only on the files this accepts (`--only-files`,
   * pre-commit, the Action's only-changed). The index still holds every object, but rules
   * visit only the objects of accepted files, and every object whose findings may land in
   * another file than its own (rendered Kustomize objects, located through a source map).
   * Exact because a visitor reports only on the object it visits (checked below, in every
   * run) and a plain object's findings are in its own file: so a finding on an accepted file
   * comes from a visit that still happens, and its lookups see the whole set as before.
   * Findings on other files may be missing; the caller filters them out.
   */
  reportOn?: (file: SourceFile) => boolean;
}

const FIXER = new Fixer();
const EMPTY_MANIFESTS: readonly Manifest[] = Object.freeze([]);

interface PendingReport {
  rule: AnyRule;
  descriptor: ReportDescriptor<string>;
}

/**
 * Awaits the `prepare` step of every rule that has one (lazy loading, such as the schema
 * validators of the kinds present). `lint()` calls it; whoever calls `lintSets` directly
 * calls it first.
 */
export async function prepareRules(
  rules: readonly AnyRule[],
  sets: readonly Pick<LoadedSet, 'manifests' | 'context'>[],
): Promise<void> {
  const manifests = sets.flatMap((set) => [...set.manifests, ...(set.context ?? [])]);
  await Promise.all(rules.map((rule) => rule.prepare?.(manifests)));
}

/**
 * Runs every enabled rule over each loaded set and turns reports into sorted findings.
 * Synchronous: rules with a `prepare` step must have been prepared (`prepareRules`).
 */
export function lintSets(sets: readonly LoadedSet[], options: EngineOptions): LintResult {
  const resolver = new RuleSettingsResolver(options.config, options.cwd);
  const enabled = options.rules.filter((rule) => resolver.isEnabledAnywhere(rule.id));
  const parseRule = options.rules.find((rule) => rule.id === PARSE_ERROR_RULE);
  const findings = new Map<string, Finding>();
  const suppressed = new Map<string, Finding>();
  const files = new Set<string>();
  let objects = 0;
  let skippedDocuments = 0;
  const fixSources = new Map<string, FixSource>();

  for (const loaded of sets) {
    loaded.files.forEach((file) => files.add(file.path));
    objects += loaded.manifests.length;
    skippedDocuments += loaded.skippedDocuments;
    const context = new Set(loaded.context ?? []);
    const set = new ManifestSet(
      context.size > 0 ? [...loaded.manifests, ...context] : loaded.manifests,
      options.settings.defaultNamespace,
      options.config.references,
    );
    const visited = options.reportOn ? visitedManifests(set, options.reportOn) : undefined;
    const pending: PendingReport[] = [];
    for (const rule of enabled) {
      runRule(rule, set, visited, options, resolver, pending);
    }
    for (const { rule, descriptor } of pending) {
      // The context is linted where it is itself an input; here it only answers references.
      if (context.has(descriptor.manifest)) {
        continue;
      }
      const finding = toFinding(rule, descriptor, resolver, fixSources);
      if (finding) {
        const key = findingKey(finding);
        (finding.suppression ? suppressed : findings).set(key, finding);
      }
    }
    if (parseRule && resolver.isEnabledAnywhere(PARSE_ERROR_RULE)) {
      for (const problem of loaded.problems) {
        const finding = problemFinding(parseRule, problem, resolver);
        if (finding) {
          (finding.suppression ? suppressed : findings).set(findingKey(finding), finding);
        }
      }
    }
  }

  const result = summarize([...findings.values()], [...suppressed.values()], {
    files: files.size,
    objects,
    skippedDocuments,
  });
  return fixSources.size > 0 ? { ...result, fixSources } : result;
}

/** Sorts findings and counts them; also used after findings are filtered by file. */
export function summarize(
  findings: readonly Finding[],
  suppressed: readonly Finding[],
  counts: { files: number; objects: number; skippedDocuments: number },
): LintResult {
  const sortedFindings = [...findings].sort(compareFindings);
  const sortedSuppressed = [...suppressed].sort(compareFindings);
  const count = (severity: Severity): number =>
    sortedFindings.filter((finding) => finding.severity === severity).length;
  return {
    findings: sortedFindings,
    suppressed: sortedSuppressed,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      suppressed: sortedSuppressed.length,
      ...counts,
    },
  };
}

/** The objects a scoped run visits (see EngineOptions.reportOn), by kind and in set order. */
export function visitedManifests(
  set: Pick<ManifestSet, 'manifests' | 'isIndexed'>,
  reportOn: (file: SourceFile) => boolean,
): Map<string, Manifest[]> {
  const byKind = new Map<string, Manifest[]>([['*', []]]);
  const decided = new Map<SourceFile, boolean>();
  for (const manifest of set.manifests) {
    let accepted = manifest.locatesOutsideItsFile || decided.get(manifest.file);
    if (accepted === undefined) {
      accepted = reportOn(manifest.file);
      decided.set(manifest.file, accepted);
    }
    if (accepted) {
      byKind.get('*')?.push(manifest);
      // As in a full run: '*' visitors see every object, kind visitors only what the set
      // indexes (an object under an API version that does not exist is in no index).
      if (!set.isIndexed(manifest)) {
        continue;
      }
      const list = byKind.get(manifest.kind);
      if (list) {
        list.push(manifest);
      } else {
        byKind.set(manifest.kind, [manifest]);
      }
    }
  }
  return byKind;
}

function runRule(
  rule: AnyRule,
  set: ManifestSet,
  visited: Map<string, Manifest[]> | undefined,
  options: EngineOptions,
  resolver: RuleSettingsResolver,
  pending: PendingReport[],
): void {
  const optionsCache = new Map<string, unknown>();
  // Without overrides every file has the same options: merge them once.
  const sharedOptions = resolver.hasOverrides
    ? undefined
    : { ...(rule.meta.defaultOptions as object), ...resolver.forFile('')[rule.id]?.options };
  const optionsFor = (manifest: Manifest): unknown => {
    if (sharedOptions) {
      return sharedOptions;
    }
    const file = manifest.file.path;
    let merged = optionsCache.get(file);
    if (merged === undefined) {
      const setting = resolver.forFile(file)[rule.id];
      merged = { ...(rule.meta.defaultOptions as object), ...setting?.options };
      optionsCache.set(file, merged);
    }
    return merged;
  };
  let visiting: Manifest | undefined;
  const visitors = rule.create({
    set,
    settings: options.settings,
    report: (descriptor) => {
      // Scoped evaluation relies on this (see EngineOptions.reportOn): a rule that reported on
      // another object than the one it visits would lose findings when that one is skipped.
      if (descriptor.manifest !== visiting) {
        throw new Error(
          `Rule ${rule.id} reported on ${descriptor.manifest.toString()} while visiting ${visiting?.toString() ?? 'nothing'}; a rule reports only on the object it visits.`,
        );
      }
      pending.push({ rule, descriptor });
    },
  });
  for (const [kind, visitor] of Object.entries(visitors)) {
    if (!visitor) {
      continue;
    }
    const manifests = visited
      ? (visited.get(kind) ?? EMPTY_MANIFESTS)
      : kind === '*'
        ? set.manifests
        : set.byKind(kind);
    for (const manifest of manifests) {
      visiting = manifest;
      visitor(manifest, optionsFor(manifest));
    }
  }
  visiting = undefined;
}

function severityFor(
  rule: AnyRule,
  file: string,
  resolver: RuleSettingsResolver,
  reported: Severity | undefined,
): Severity | undefined {
  const configured = resolver.forFile(file)[rule.id]?.severity;
  if (configured === 'off') {
    return undefined;
  }
  return configured ?? reported ?? rule.meta.severity;
}

function annotationSuppression(manifest: Manifest, ruleId: string): Suppression | undefined {
  const value = manifest.annotations[IGNORE_ANNOTATION];
  if (value === undefined) {
    return undefined;
  }
  const [ids = '', justification] = value.split(/\s--\s?/, 2);
  const rules = ids.split(/[\s,]+/).filter(Boolean);
  if (!rules.includes(ruleId) && !rules.includes('all') && !rules.includes('*')) {
    return undefined;
  }
  return justification?.trim()
    ? { kind: 'annotation', justification: justification.trim() }
    : { kind: 'annotation' };
}

function commentSuppression(
  ruleId: string,
  places: ReadonlyArray<{ file: SourceFile; line: number | undefined }>,
): Suppression | undefined {
  for (const { file, line } of places) {
    if (line === undefined) {
      continue;
    }
    const directive = directivesAbove(file, line).find((candidate) =>
      directiveCovers(candidate, ruleId),
    );
    if (directive) {
      return directive.justification
        ? { kind: 'comment', justification: directive.justification }
        : { kind: 'comment' };
    }
  }
  return undefined;
}

function documentStart(manifest: Manifest): number | undefined {
  if (!manifest.file.mentionsIgnoreDirective) {
    return undefined;
  }
  const root = manifest.locate([], 'value');
  if (!root) {
    return undefined;
  }
  // For a List item the "document" is the item; otherwise the document's first line.
  if (manifest.basePath.length > 0) {
    return manifest.file.position(root.start).line;
  }
  const document = documentByOrdinal(manifest.file, manifest.documentOrdinal);
  const start = document?.contents?.range?.[0];
  return start === undefined ? undefined : manifest.file.position(start).line;
}

function toFinding(
  rule: AnyRule,
  descriptor: ReportDescriptor<string>,
  resolver: RuleSettingsResolver,
  fixSources: Map<string, FixSource>,
): Finding | undefined {
  const { manifest } = descriptor;
  const range =
    descriptor.range ??
    manifest.locate(descriptor.path ?? ['metadata', 'name'], descriptor.target ?? 'value') ??
    manifest.locate([], 'value');
  if (!range) {
    throw new Error(
      `Rule ${rule.id} reported on ${manifest.toString()}, which has no source location.`,
    );
  }
  if (range.file !== manifest.file && !manifest.locatesOutsideItsFile) {
    // Scoped evaluation decides by the object's file which findings it can skip.
    throw new Error(
      `Rule ${rule.id} reported on ${manifest.toString()} at a range in ${range.file.path}, outside the object's file.`,
    );
  }
  const severity = severityFor(rule, range.file.path, resolver, descriptor.severity);
  if (!severity) {
    return undefined;
  }
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) {
    throw new Error(`Rule ${rule.id} reported unknown messageId "${descriptor.messageId}".`);
  }
  const location = toLocation(range);
  const finding: Finding = {
    ruleId: rule.id,
    messageId: descriptor.messageId,
    severity,
    message: formatMessage(rule.id, template, descriptor.data),
    ...location,
    object: manifest.ref,
  };
  if (descriptor.related && descriptor.related.length > 0) {
    finding.related = descriptor.related.map((related) => {
      const relatedRange = related.manifest.locate(
        related.path ?? ['metadata', 'name'],
        related.target ?? 'value',
      );
      if (!relatedRange) {
        throw new Error(
          `Rule ${rule.id} pointed at ${related.manifest.toString()}, which has no source location.`,
        );
      }
      return {
        ...toLocation(relatedRange),
        message: related.message,
        object: related.manifest.ref,
      };
    });
  }
  if (descriptor.fix) {
    finding.fix = descriptor.fix;
  }
  if (descriptor.autofix) {
    finding.autofix = toAutofix(descriptor.autofix(FIXER), fixSources);
  }
  // Directives above the field, above the object's document, and (when the field comes from
  // a Kustomize patch) above the patch document.
  const suppression =
    annotationSuppression(manifest, rule.id) ??
    commentSuppression(rule.id, [
      { file: range.file, line: location.line },
      { file: manifest.file, line: documentStart(manifest) },
      ...(range.file === manifest.file
        ? []
        : [{ file: range.file, line: enclosingDocumentLine(range.file, range.start) }]),
    ]);
  if (suppression) {
    finding.suppression = suppression;
  }
  return finding;
}

function problemFinding(
  rule: AnyRule,
  problem: LoadProblem,
  resolver: RuleSettingsResolver,
): Finding | undefined {
  const severity = severityFor(rule, problem.range.file.path, resolver, undefined);
  if (!severity) {
    return undefined;
  }
  const messageId =
    problem.kind === 'syntax'
      ? 'syntax'
      : problem.kind === 'kustomize-build'
        ? 'kustomizeBuild'
        : 'notAnObject';
  const template = rule.meta.messages[messageId];
  if (template === undefined) {
    throw new Error(`Rule ${rule.id} has no message "${messageId}".`);
  }
  const location = toLocation(problem.range);
  const finding: Finding = {
    ruleId: rule.id,
    messageId,
    severity,
    message: formatMessage(rule.id, template, { detail: problem.message }),
    ...location,
  };
  const directive = directivesAbove(problem.range.file, location.line).find((candidate) =>
    directiveCovers(candidate, rule.id),
  );
  if (directive) {
    finding.suppression = directive.justification
      ? { kind: 'comment', justification: directive.justification }
      : { kind: 'comment' };
  }
  return finding;
}

function findingKey(finding: Finding): string {
  return `${finding.file}\u0000${finding.line}\u0000${finding.column}\u0000${finding.ruleId}\u0000${finding.message}`;
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Findings sort by file, line, column, rule id, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compare(a.file, b.file) ||
    compare(a.line, b.line) ||
    compare(a.column, b.column) ||
    compare(a.ruleId, b.ruleId) ||
    compare(a.message, b.message)
  );
}
