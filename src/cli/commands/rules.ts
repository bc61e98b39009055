import { ScaleplanError } from '../../errors.js';
import { closestMatch } from '../../shared/closest.js';
import { lintRuleExamples } from '../../lint/rule-examples.js';
import { rules } from '../../lint/rules/index.js';
import type { AnyRule } from '../../lint/rule.js';
import { EXIT_OK, type CliIo, type ExitCode } from '../io.js';
import { parseCommandArgs } from '../args.js';

export const RULES_HELP = `Usage: scaleplan rules [RULE-ID]

Without an argument, list every rule with its default severity. With a rule id, explain
the rule: why it matters, how to fix it, its options, and a failing and a passing example.
`;

function indent(text: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

async function explain(rule: AnyRule): Promise<string> {
  const { meta } = rule;
  const examples = await lintRuleExamples(rule);
  const options = Object.entries(meta.optionsSchema?.properties ?? {}).map(
    ([name, schema]) =>
      `  ${name} (default ${JSON.stringify((meta.defaultOptions as Record<string, unknown>)[name])}): ${schema.description}`,
  );
  const sections = [
    `${rule.id}  [${meta.severity}]  ${meta.scope === 'set' ? 'cross-object' : 'single object'}`,
    `${meta.description}.`,
    `Why it matters:\n  ${meta.rationale}`,
    `How to fix:\n  ${meta.remediation}`,
    ...(meta.autofix ? [`With --fix:\n  ${meta.autofix}`] : []),
    `Failing example:\n${indent(meta.examples.incorrect)}\n  reports:\n${examples.incorrect.map((finding) => `    ${finding.line}:${finding.column}  ${finding.message}`).join('\n')}`,
    `Passing example:\n${indent(meta.examples.correct)}`,
  ];
  if (options.length > 0) {
    sections.push(`Options:\n${options.join('\n')}`);
  }
  sections.push(`Docs: docs/rules/${rule.id}.md`);
  return `${sections.join('\n\n')}\n`;
}

export async function rulesCommand(argv: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('rules', argv, {
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(RULES_HELP);
    return EXIT_OK;
  }
  const [id, ...rest] = positionals;
  if (rest.length > 0) {
    throw new ScaleplanError('USAGE', 'scaleplan rules takes at most one rule id.');
  }
  if (id === undefined) {
    const width = Math.max(...rules.map((rule) => rule.id.length));
    io.stdout(
      `${rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.meta.severity.padEnd(7)}  ${rule.meta.description}`).join('\n')}\n`,
    );
    return EXIT_OK;
  }
  const rule = rules.find((candidate) => candidate.id === id);
  if (!rule) {
    const suggestion = closestMatch(
      id,
      rules.map((candidate) => candidate.id),
    );
    throw new ScaleplanError(
      'USAGE',
      `Unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} Run "scaleplan rules" for the list.`,
    );
  }
  io.stdout(await explain(rule));
  return EXIT_OK;
}
