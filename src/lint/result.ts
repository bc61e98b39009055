import type { Location } from '../source/locate.js';
import { ScaleplanError } from '../errors.js';
import type { ObjectRef } from '../k8s/manifest.js';
import type { Autofix, FixSource } from './fix.js';
import { SEVERITIES, type AnyRule, type RuleMeta, type Severity } from './rule.js';

export interface RelatedLocation extends Location {
  message: string;
  object?: ObjectRef;
}

export interface Suppression {
  kind: 'annotation' | 'comment';
  justification?: string;
}

/** One problem, as every output format sees it (positions 1-based, end exclusive). */
export interface Finding extends Location {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  object?: ObjectRef;
  related?: RelatedLocation[];
  fix?: string;
  /** The machine fix `--fix` applies (edits), or why there is none (refused). */
  autofix?: Autofix;
  suppression?: Suppression;
}

export interface LintSummary {
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
  files: number;
  objects: number;
  skippedDocuments: number;
  /** Findings `--fix` fixed (present only when it ran); the others are what remains. */
  fixed?: number;
}

export interface LintResult {
  findings: Finding[];
  suppressed: Finding[];
  summary: LintSummary;
  /** The texts the findings' fixes edit, by display path (absent when no finding has edits). */
  fixSources?: Map<string, FixSource>;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Whether a finding of this severity fails a run whose threshold is `failOn`. */
export function failsAt(severity: Severity, failOn: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/** The findings at or above `failOn`: the policy of every adapter (exit 1, failed check, no sync). */
export function failingFindings(result: Pick<LintResult, 'findings'>, failOn: Severity): Finding[] {
  return result.findings.filter((finding) => failsAt(finding.severity, failOn));
}

/**
 * A fail-on threshold as a user wrote it (default `error`); `setting` names where it was
 * written (`--fail-on`, the Action's `fail-on` input, the plugin's parameter) for the message.
 */
export function parseFailOn(value: string | undefined, setting = '--fail-on'): Severity {
  const failOn = value ?? 'error';
  if (!(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new ScaleplanError(
      'USAGE',
      `${setting} must be error, warning or info, not "${failOn}".`,
    );
  }
  return failOn as Severity;
}

/** Rule metadata by id, as the formatters take it. */
export function rulesMeta(rules: readonly AnyRule[]): Record<string, RuleMeta<string, unknown>> {
  return Object.fromEntries(rules.map((rule) => [rule.id, rule.meta]));
}
