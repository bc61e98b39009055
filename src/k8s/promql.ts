import type { parser as PromQLParser } from '@prometheus-io/lezer-promql';
import {
  type PromQLProblem,
  TYPE_NAMES,
  RENAMED_FUNCTIONS,
  SIMPLE_ESCAPES,
} from './promql-signatures.js';
import { firstNonBlank, TypeChecker } from './promql-typecheck.js';
import { loadRE2 } from './promql-regex.js';

/**
 * PromQL checks for rule expressions: the syntax, with Prometheus' own lezer grammar
 * (`@prometheus-io/lezer-promql`, the grammar of the Prometheus UI), then the checks that
 * Prometheus' parser makes after the grammar and the lezer grammar leaves out: value types
 * of function arguments, aggregations and binary operators, where ranges, `offset` and `@`
 * may stand, string escapes and selectors that would match every series.
 *
 * The grammar is that of Prometheus 3: functions it removed (`holt_winters`) are unknown.
 */

type Tree = ReturnType<typeof PromQLParser.parse>;

let parser: typeof PromQLParser | undefined;

/**
 * Loads the PromQL grammar (a sixth of the lint bundle) and the RE2 engine for label matcher
 * regexes: only runs with PrometheusRules pay for parsing them. checkPromQL needs them loaded
 * first; the rule's `prepare` step does that.
 */
export async function loadPromQL(): Promise<void> {
  parser ??= (await import('@prometheus-io/lezer-promql')).parser;
  // Prometheus compiles matcher regexes with Go's regexp (RE2 syntax), which rejects what
  // JavaScript's RegExp allows (lookaround, backreferences) and reads some escapes and
  // classes otherwise; re2js is a pure-JavaScript port of RE2 with Go's syntax and messages.
  await loadRE2();
}

/**
 * The first problem Prometheus would report for this expression, or undefined when it is
 * valid. `asRule`: the expression is a recording or alerting rule's, which Prometheus
 * evaluates as an instant query, so it must return an instant vector or a scalar.
 */
export function checkPromQL(expr: string, asRule = true): PromQLProblem | undefined {
  if (expr.trim() === '') {
    return { from: 0, to: 0, message: 'the expression is empty' };
  }
  if (!parser) {
    throw new Error('checkPromQL: the grammar is not loaded; await loadPromQL() first');
  }
  const tree = parser.parse(lezerCompatible(expr));
  const syntax = stringProblem(tree, expr) ?? syntaxProblem(tree, expr);
  if (syntax) {
    return syntax;
  }
  const checker = new TypeChecker(expr);
  const root = tree.topNode.firstChild;
  const type = root ? checker.typeOf(root) : undefined;
  if (checker.problem) {
    return checker.problem;
  }
  if (asRule && root && (type === 'matrix' || type === 'string')) {
    return {
      from: root.from,
      to: root.to,
      message: `a rule's expression must return an instant vector or a scalar, but this one returns ${TYPE_NAMES[type]}`,
    };
  }
  return undefined;
}

/**
 * The expression with two spellings Prometheus' lexer reads and the lezer grammar does not,
 * rewritten to the same length so that every offset stays put: a number with a trailing dot
 * (`5.`, Go's float syntax) loses the dot, and a keyword that can only be followed by `(` or
 * a duration (`offset`, `on`, `ignoring`, `group_left`, `group_right`) but stands before `{`
 * is a metric name, so it becomes an identifier of the same length. Inside a string these
 * rewrites change nothing the checks read: strings are sliced from the original text.
 */
function lezerCompatible(expr: string): string {
  return expr
    .replace(/(?<![\w.])(\d+)\.(?![\w.])/g, '$1 ')
    .replace(
      /(?<![\w:])(?:offset|on|ignoring|group_left|group_right)(?=\s*\{)/g,
      (word) => `_${word.slice(1)}`,
    );
}

/** Unterminated strings and escapes Prometheus' lexer rejects. */
function stringProblem(tree: Tree, expr: string): PromQLProblem | undefined {
  let problem: PromQLProblem | undefined;
  tree.iterate({
    enter(node) {
      if (problem) {
        return false;
      }
      if (node.name !== 'StringLiteral') {
        return undefined;
      }
      const text = expr.slice(node.from, node.to);
      const quote = text[0] ?? '';
      if (text.length < 2 || !text.endsWith(quote) || (quote !== '`' && endsEscaped(text))) {
        problem = {
          from: node.from,
          to: node.from + 1,
          message: 'this string is never closed (its closing quote is missing)',
        };
        return false;
      }
      if (quote === '`') {
        return false;
      }
      const escape = invalidEscape(text.slice(1, -1), quote);
      if (escape !== undefined) {
        problem = {
          from: node.from + 1 + escape,
          to: node.from + 3 + escape,
          message: `"${text.slice(1 + escape, 3 + escape)}" is not an escape sequence in a PromQL string (write "\\\\" for a backslash, or use a \`backtick\` string for regular expressions)`,
        };
      }
      return false;
    },
  });
  return problem;
}

/** True when the closing quote of `text` is itself escaped (`"abc\"`). */
function endsEscaped(text: string): boolean {
  let backslashes = 0;
  for (let index = text.length - 2; index > 0 && text[index] === '\\'; index--) {
    backslashes++;
  }
  return backslashes % 2 === 1;
}

/** Offset of the first escape Prometheus' lexer does not know, in the string's body. */
function invalidEscape(body: string, quote: string): number | undefined {
  for (let index = 0; index < body.length; index++) {
    if (body[index] !== '\\') {
      continue;
    }
    const next = body[index + 1] ?? '';
    const rest = body.slice(index + 1);
    const valid =
      SIMPLE_ESCAPES.has(next) ||
      next === quote ||
      /^[0-7]{3}/.test(rest) ||
      /^x[0-9a-fA-F]{2}/.test(rest) ||
      /^u[0-9a-fA-F]{4}/.test(rest) ||
      /^U[0-9a-fA-F]{8}/.test(rest);
    if (!valid) {
      return index;
    }
    index++;
  }
  return undefined;
}

function syntaxProblem(tree: Tree, expr: string): PromQLProblem | undefined {
  let error: { from: number; to: number } | undefined;
  tree.iterate({
    enter(node) {
      if (error) {
        return false;
      }
      if (node.type.isError) {
        error = { from: node.from, to: node.to };
        return false;
      }
      return undefined;
    },
  });
  if (!error) {
    return undefined;
  }
  const contentEnd = expr.replace(/(?:\s|#[^\n]*)+$/, '').length;
  if (error.from >= contentEnd) {
    const unclosed = unclosedBracket(expr);
    if (unclosed) {
      return {
        from: unclosed.offset,
        to: unclosed.offset + 1,
        message: `"${unclosed.bracket}" is never closed`,
      };
    }
    return {
      from: contentEnd,
      to: contentEnd,
      message: 'the expression ends where more is expected',
    };
  }
  const start = firstNonBlank(expr, error.from);
  const token = tokenAt(expr, start);
  // `name(` where name is not a function: the grammar reads a metric name, then fails at `(`.
  if (token === '(') {
    const before = /([A-Za-z_:][\w:]*)\s*$/.exec(expr.slice(0, start));
    if (
      before?.[1] &&
      !/^(?:by|without|on|ignoring|group_left|group_right|bool)$/i.test(before[1])
    ) {
      const name = before[1];
      const from = start - (expr.slice(0, start).length - (before.index ?? 0));
      return {
        from,
        to: from + name.length,
        message: `"${name}" is not a PromQL function${RENAMED_FUNCTIONS[name] ? ` (${RENAMED_FUNCTIONS[name]})` : ''}`,
      };
    }
  }
  if (token === ')' || token === ']' || token === '}') {
    const open = unclosedBracket(expr.slice(0, start));
    const expected = open && CLOSING[open.bracket];
    if (expected && expected !== token) {
      return {
        from: start,
        to: start + 1,
        message: `unexpected "${token}": "${open.bracket}" is still open, so "${expected}" is missing before it`,
      };
    }
  }
  return { from: start, to: start + token.length, message: `unexpected "${token}"` };
}

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** The token that starts at `offset`: a name, a number or duration, or one character. */
function tokenAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^(?:[A-Za-z_:][\w:]*|\d[\w.]*|[=!<>]=|=~|!~|\S)/.exec(rest);
  return match?.[0] ?? rest.slice(0, 1);
}

/** The innermost bracket left open at the end of the expression (strings and comments skipped). */
function unclosedBracket(text: string): { bracket: string; offset: number } | undefined {
  const open: { bracket: string; offset: number }[] = [];
  const closing: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '"' || char === "'" || char === '`') {
      const end = char === '`' ? text.indexOf('`', index + 1) : closingQuote(text, index);
      if (end === -1) {
        return undefined;
      }
      index = end;
    } else if (char === '#') {
      const end = text.indexOf('\n', index);
      index = end === -1 ? text.length : end;
    } else if (char === '(' || char === '[' || char === '{') {
      open.push({ bracket: char, offset: index });
    } else if (char in closing) {
      if (open.at(-1)?.bracket !== closing[char]) {
        return undefined;
      }
      open.pop();
    }
  }
  return open.at(-1);
}

function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') {
      index++;
    } else if (text[index] === quote) {
      return index;
    } else if (text[index] === '\n') {
      return -1;
    }
  }
  return -1;
}
