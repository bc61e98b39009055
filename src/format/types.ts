import type { LintResult } from '../lint/result.js';
import type { RuleMeta, Severity } from '../lint/rule.js';

export type FormatName = 'text' | 'json' | 'sarif' | 'github' | 'markdown' | 'junit';
export const FORMAT_NAMES: readonly FormatName[] = [
  'text',
  'json',
  'sarif',
  'github',
  'markdown',
  'junit',
];

export interface FormatContext {
  /** Metadata of every rule, by id (help text for SARIF, titles for annotations). */
  rules: Readonly<Record<string, RuleMeta<string, unknown>>>;
  /** Colours for a terminal. */
  color?: boolean;
  /** Tool version, for SARIF and JUnit. */
  version: string;
  /**
   * The lowest severity that fails the run (`--fail-on`, default `error`): JUnit reports
   * findings at or above it as failures and the others as skipped.
   */
  failOn?: Severity;
}

/** Formatters are pure: results in, text out. */
export type Formatter = (result: LintResult, context: FormatContext) => string;
