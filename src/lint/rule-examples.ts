import type { Finding } from './engine.js';
import type { AnyRule } from './rule.js';
import { lintSourcesPrepared } from './sources.js';

export interface ExampleResult {
  incorrect: Finding[];
  correct: Finding[];
}

/** Lints a rule's own doc examples with that rule alone (docs, `rules <id>`, tests). */
export async function lintRuleExamples(rule: AnyRule): Promise<ExampleResult> {
  const run = async (text: string): Promise<Finding[]> =>
    (await lintSourcesPrepared({ 'example.yaml': text }, { rules: [rule] })).findings.filter(
      (finding) => finding.ruleId === rule.id,
    );
  return {
    incorrect: await run(rule.meta.examples.incorrect),
    correct: await run(rule.meta.examples.correct),
  };
}
