import type { FieldPath, LocateTarget, SourceRange } from '../source/locate.js';
import type { Manifest } from '../k8s/manifest.js';
import type { ManifestSet } from '../k8s/manifest-set.js';
import type { Fixer, FixResult } from './fix.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type RuleCategory =
  'requests' | 'quota' | 'autoscaling' | 'disruption' | 'references' | 'set';

/** A JSON Schema (draft-07 subset) for a rule's options, with `description`s for the docs. */
export interface OptionsSchema {
  type: 'object';
  properties: Record<
    string,
    {
      type: string;
      description: string;
      minimum?: number;
      maximum?: number;
      [key: string]: unknown;
    }
  >;
  additionalProperties: false;
}

export interface RuleMeta<MessageIds extends string, Options> {
  /** Starts with Require, Disallow or Enforce; no trailing period. */
  description: string;
  severity: Severity;
  category: RuleCategory;
  /** Kinds the rule reports on. */
  kinds: readonly string[];
  /** `object` rules judge one manifest; `set` rules need other objects of the set. */
  scope: 'object' | 'set';
  /** Message templates with `{{placeholders}}`; capitalised, ending with a period. */
  messages: Record<MessageIds, string>;
  /** Why the mistake breaks production (docs and `scaleplan rules <id>`). */
  rationale: string;
  /** What to change. */
  remediation: string;
  /**
   * What `scaleplan lint --fix` changes, or why it changes nothing (docs, `rules <id>`). A
   * rule whose findings carry an `autofix` must say; the docs show its before and after.
   */
  autofix?: string;
  defaultOptions: Options;
  optionsSchema?: OptionsSchema;
  /** Examples shown in docs and by `scaleplan rules <id>`; a test lints both. */
  examples: { incorrect: string; correct: string };
  /** How the check relates to kube-linter, kube-score, Polaris and Kyverno. */
  peers?: string;
}

export interface RelatedDescriptor {
  manifest: Manifest;
  path?: FieldPath;
  target?: LocateTarget;
  message: string;
}

export interface ReportDescriptor<MessageIds extends string> {
  manifest: Manifest;
  /** Field the finding points at (default `metadata.name`). */
  path?: FieldPath;
  target?: LocateTarget;
  /** Explicit range, for findings that are not about a field (parse errors). */
  range?: SourceRange;
  messageId: MessageIds;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity unless the config sets one. */
  severity?: Severity;
  related?: RelatedDescriptor[];
  /** What to change, in words (shown by every format; a suggestion when there is no autofix). */
  fix?: string;
  /**
   * The machine-applicable fix (`scaleplan lint --fix`): edits made through the fixer, or a
   * refusal with its reason. Only for changes that need no value a person must choose.
   */
  autofix?: (fixer: Fixer) => FixResult;
}

export interface RunSettings {
  /** `major.minor`, e.g. `1.30`. */
  kubeVersion: string;
  defaultNamespace: string;
}

export interface RuleContext<MessageIds extends string> {
  readonly set: ManifestSet;
  readonly settings: RunSettings;
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

export type Visitor<Options> = (manifest: Manifest, options: Options) => void;

/** Visitor keys are Kubernetes kinds; `*` visits every object. */
export type RuleVisitors<Options> = Partial<Record<string, Visitor<Options>>>;

export interface Rule<MessageIds extends string = string, Options = unknown> {
  id: string;
  meta: RuleMeta<MessageIds, Options>;
  /**
   * Optional asynchronous set-up, awaited before any visitor runs (see `prepareRules`):
   * loads what the rule needs for these objects only, such as the schema validators of the
   * kinds present, so start-up never pays for kinds a run does not contain. Visitors stay
   * synchronous.
   */
  prepare?(manifests: readonly Manifest[]): Promise<void>;
  create(context: RuleContext<MessageIds>): RuleVisitors<Options>;
}

// Rules are stored in heterogeneous lists; `any` only erases the options type there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<string, any>;

export function defineRule<MessageIds extends string, Options = Record<string, never>>(
  rule: Rule<MessageIds, Options>,
): Rule<MessageIds, Options> {
  return rule;
}

/** Fills `{{placeholders}}`; a missing value is a bug in the rule. */
export function formatMessage(
  ruleId: string,
  template: string,
  data: Record<string, string | number> = {},
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) {
      throw new Error(`Rule ${ruleId}: message placeholder {{${name}}} has no data.`);
    }
    return String(value);
  });
}
