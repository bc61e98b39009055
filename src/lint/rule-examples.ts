import type { Finding } from './engine.js';
import type { AnyRule } from './rule.js';
import { lintSources } from './testing/lint-sources.js';

export interface ExampleResult {
  incorrect: Finding[];
  correct: Finding[];
}

/** Lints a rule's own doc examples with that rule alone (docs, `rules <id>`, tests). */
export function lintRuleExamples(rule: AnyRule): ExampleResult {
  const run = (text: string): Finding[] =>
    lintSources({ 'example.yaml': text }, { rules: [rule] }).findings.filter(
      (finding) => finding.ruleId === rule.id,
    );
  return { incorrect: run(rule.meta.examples.incorrect), correct: run(rule.meta.examples.correct) };
}
