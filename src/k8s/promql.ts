import type { parser as PromQLParser } from '@prometheus-io/lezer-promql';
import type { RE2JS as RE2 } from 're2js';

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
let re2: typeof RE2 | undefined;

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
  re2 ??= (await import('re2js')).RE2JS;
}
type SyntaxNode = Tree['topNode'];

export type PromQLType = 'scalar' | 'vector' | 'matrix' | 'string';

export interface PromQLProblem {
  /** Offsets into the expression; `from === to` for "something is missing here". */
  from: number;
  to: number;
  /** Lower-case sentence without a final period, for a rule message. */
  message: string;
}

const TYPE_NAMES: Readonly<Record<PromQLType, string>> = {
  scalar: 'a scalar',
  vector: 'an instant vector',
  matrix: 'a range vector',
  string: 'a string',
};

/** Functions Prometheus 3 removed or renamed, with what to write instead. */
const RENAMED_FUNCTIONS: Readonly<Record<string, string>> = {
  holt_winters: 'Prometheus 3 renamed it double_exponential_smoothing (an experimental function)',
};

interface Signature {
  args: readonly PromQLType[];
  /** 0: exactly `args`; n > 0: the last argument is optional and may repeat up to n times; -1: unlimited. */
  variadic: number;
  returns: PromQLType;
}

const S = 'scalar';
const V = 'vector';
const M = 'matrix';
const STR = 'string';

function signatures(
  names: string,
  args: readonly PromQLType[],
  returns: PromQLType = V,
  variadic = 0,
): [string, Signature][] {
  return names.split(' ').map((name) => [name, { args, variadic, returns }]);
}

/** Prometheus' function table (promql/parser/functions.go): argument and return types. */
const FUNCTIONS: ReadonlyMap<string, Signature> = new Map([
  ...signatures(
    'abs absent acos acosh asin asinh atan atanh ceil cos cosh deg exp floor histogram_avg ' +
      'histogram_count histogram_sum histogram_stddev histogram_stdvar ln log10 log2 rad sgn ' +
      'sin sinh sort sort_desc sqrt tan tanh timestamp',
    [V],
  ),
  ...signatures(
    'absent_over_time avg_over_time changes count_over_time delta deriv first_over_time ' +
      'idelta increase irate last_over_time mad_over_time max_over_time min_over_time ' +
      'present_over_time rate resets stddev_over_time stdvar_over_time sum_over_time ' +
      'ts_of_first_over_time ts_of_max_over_time ts_of_min_over_time ts_of_last_over_time',
    [M],
  ),
  ...signatures(
    'day_of_month day_of_week day_of_year days_in_month hour minute month year',
    [V],
    V,
    1,
  ),
  ...signatures('clamp', [V, S, S]),
  ...signatures('clamp_max clamp_min', [V, S]),
  ...signatures('round', [V, S], V, 1),
  ...signatures('histogram_fraction', [S, S, V]),
  ...signatures('histogram_quantile', [S, V]),
  ...signatures('histogram_quantiles', [V, STR, S, S], V, 9),
  ...signatures('double_exponential_smoothing', [M, S, S]),
  ...signatures('predict_linear', [M, S]),
  ...signatures('quantile_over_time', [S, M]),
  ...signatures('info', [V, V], V, 1),
  ...signatures('label_replace', [V, STR, STR, STR, STR]),
  ...signatures('label_join', [V, STR, STR, STR], V, -1),
  ...signatures('sort_by_label sort_by_label_desc', [V, STR], V, -1),
  ...signatures('scalar', [V], S),
  ...signatures('vector', [S]),
  ...signatures('pi time start end range step', [], S),
]);

/** Aggregations that take a parameter before the vector, and its type. */
const AGGREGATION_PARAMETERS: Readonly<Record<string, PromQLType>> = {
  topk: S,
  bottomk: S,
  limitk: S,
  limit_ratio: S,
  quantile: S,
  count_values: STR,
};

const COMPARISONS = new Set(['Eql', 'Neq', 'Gtr', 'Lss', 'Gte', 'Lte', 'TrimUpper', 'TrimLower']);
const SET_OPERATORS = new Set(['And', 'Or', 'Unless']);
const OPERATOR_NODES = new Set([
  'Pow',
  'Mul',
  'Div',
  'Mod',
  'Atan2',
  'Add',
  'Sub',
  ...COMPARISONS,
  ...SET_OPERATORS,
]);

/** Escapes Prometheus' lexer accepts after a backslash, besides the string's own quote. */
const SIMPLE_ESCAPES = new Set(['a', 'b', 'f', 'n', 'r', 't', 'v', '\\']);

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

function firstNonBlank(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index] ?? '')) {
    index++;
  }
  return index;
}

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

/**
 * An expression as Prometheus' parser groups it. The lezer grammar leaves the postfix
 * modifiers (`offset`, `@`, ranges, subqueries) without precedence, so its tree can hang
 * `offset` on a whole binary expression (`a - b offset 5m` as `(a - b) offset 5m`); the
 * checker re-groups the operands and operators of every chain of them by Prometheus'
 * precedence (promql/parser/generated_parser.y): `or` < `and`, `unless` < comparisons <
 * `+ -` < `* / % atan2` and unary signs < `^` (right-associative) < `offset` < `@`, ranges,
 * subqueries, `anchored` and `smoothed` (always shifted, so they bind tightest).
 */
type Grouped =
  | { kind: 'atom'; node: SyntaxNode; from: number; to: number }
  | { kind: 'number'; from: number; to: number }
  | { kind: 'unary'; operand: Grouped; from: number; to: number }
  | {
      kind: 'binary';
      operator: SyntaxNode;
      modifiers: SyntaxNode[];
      left: Grouped;
      right: Grouped;
      from: number;
      to: number;
    }
  | {
      kind: 'postfix';
      modifier: PostfixKind;
      /** The modifier itself: `offset 5m`, `@ 100`, `[5m]`. */
      token: { from: number; to: number };
      operand: Grouped;
      from: number;
      to: number;
    };

type PostfixKind = 'offset' | 'at' | 'range' | 'subquery' | 'anchored' | 'smoothed';

type ChainItem =
  | { kind: 'operand'; operand: Grouped }
  | { kind: 'prefix'; from: number }
  | { kind: 'binary'; operator: SyntaxNode; modifiers: SyntaxNode[] }
  | { kind: 'postfix'; modifier: PostfixKind; from: number; to: number };

const POSTFIX_NODES: Readonly<Record<string, PostfixKind>> = {
  OffsetExpr: 'offset',
  StepInvariantExpr: 'at',
  MatrixSelector: 'range',
  SubqueryExpr: 'subquery',
  AnchoredExpr: 'anchored',
  SmoothedExpr: 'smoothed',
};

/** Precedence levels of generated_parser.y, lowest first. */
const BINARY_LEVELS: Readonly<Record<string, number>> = {
  Or: 1,
  And: 2,
  Unless: 2,
  Eql: 3,
  Neq: 3,
  Gtr: 3,
  Lss: 3,
  Gte: 3,
  Lte: 3,
  TrimUpper: 3,
  TrimLower: 3,
  Add: 4,
  Sub: 4,
  Mul: 5,
  Div: 5,
  Mod: 5,
  Atan2: 5,
  Pow: 6,
};
/** Binding powers: level × 2, the right side one higher for left-associative operators. */
const UNARY_OPERAND_POWER = 2 * 5 + 1;
const OFFSET_POWER = 2 * 7;
const POSTFIX_POWER = 2 * 8;

/** What a selector already carries, for the checks Prometheus makes when it adds a modifier. */
interface SelectorState {
  kind: 'vector' | 'matrix' | 'subquery';
  offset: boolean;
  at: boolean;
}

interface Typed {
  type: PromQLType | undefined;
  selector?: SelectorState;
}

/** Type inference over a syntax tree without errors, keeping the first problem. */
class TypeChecker {
  problem: PromQLProblem | undefined;

  constructor(private readonly expr: string) {}

  typeOf(node: SyntaxNode): PromQLType | undefined {
    return this.problem ? undefined : this.check(this.group(node)).type;
  }

  /** Flattens a chain of operators and operands in source order, then groups it as Prometheus does. */
  private group(node: SyntaxNode): Grouped {
    const items: ChainItem[] = [];
    this.flatten(node, items);
    let position = 0;
    const parse = (minimum: number): Grouped => {
      let left = prefix();
      for (;;) {
        const item = items[position];
        if (!item) {
          return left;
        }
        if (item.kind === 'postfix') {
          if ((item.modifier === 'offset' ? OFFSET_POWER : POSTFIX_POWER) < minimum) {
            return left;
          }
          position++;
          left = {
            kind: 'postfix',
            modifier: item.modifier,
            token: item,
            operand: left,
            from: left.from,
            to: item.to,
          };
        } else if (item.kind === 'binary') {
          const level = BINARY_LEVELS[item.operator.name] ?? 0;
          if (2 * level < minimum) {
            return left;
          }
          position++;
          const right = parse(item.operator.name === 'Pow' ? 2 * level : 2 * level + 1);
          left = {
            kind: 'binary',
            operator: item.operator,
            modifiers: item.modifiers,
            left,
            right,
            from: left.from,
            to: right.to,
          };
        } else {
          return left;
        }
      }
    };
    const prefix = (): Grouped => {
      const item = items[position++];
      if (item?.kind === 'prefix') {
        const operand = parse(UNARY_OPERAND_POWER);
        return { kind: 'unary', operand, from: item.from, to: operand.to };
      }
      if (item?.kind === 'operand') {
        return item.operand;
      }
      throw new Error(`PromQL chain out of order at ${item ? item.kind : 'its end'}`);
    };
    return parse(0);
  }

  private flatten(node: SyntaxNode, items: ChainItem[]): void {
    const postfix = POSTFIX_NODES[node.name];
    if (postfix) {
      const [inner] = this.expressions(node);
      if (!inner) {
        throw new Error(`PromQL ${node.name} without an expression`);
      }
      this.flatten(inner, items);
      const keyword = inner.nextSibling;
      const from =
        postfix === 'range' || postfix === 'subquery'
          ? firstNonBlank(this.expr, inner.to)
          : (keyword?.from ?? inner.to);
      items.push({ kind: 'postfix', modifier: postfix, from, to: node.to });
      return;
    }
    switch (node.name) {
      case 'BinaryExpr': {
        const [left, right] = this.expressions(node);
        const operator = children(node).find((child) => OPERATOR_NODES.has(child.name));
        if (!left || !right || !operator) {
          throw new Error('PromQL BinaryExpr without operands or operator');
        }
        this.flatten(left, items);
        items.push({
          kind: 'binary',
          operator,
          modifiers: children(node).filter(
            (child) => child.from >= operator.to && child.to <= right.from,
          ),
        });
        this.flatten(right, items);
        return;
      }
      case 'UnaryExpr': {
        const [inner] = this.expressions(node);
        if (!inner) {
          throw new Error('PromQL UnaryExpr without an expression');
        }
        items.push({ kind: 'prefix', from: node.from });
        this.flatten(inner, items);
        return;
      }
      case 'NumberDurationLiteral': {
        // `-1` is one token in the lezer grammar, a sign and a number in Prometheus'.
        const signed = /^[-+]/.test(this.text(node));
        if (signed) {
          items.push({ kind: 'prefix', from: node.from });
        }
        const from = signed ? firstNonBlank(this.expr, node.from + 1) : node.from;
        items.push({ kind: 'operand', operand: { kind: 'number', from, to: node.to } });
        return;
      }
      default:
        items.push({
          kind: 'operand',
          operand: { kind: 'atom', node, from: node.from, to: node.to },
        });
    }
  }

  private check(grouped: Grouped): Typed {
    if (this.problem) {
      return { type: undefined };
    }
    switch (grouped.kind) {
      case 'number':
        return { type: 'scalar' };
      case 'atom':
        return this.atom(grouped.node);
      case 'unary':
        return { type: this.unary(grouped) };
      case 'binary':
        return { type: this.binary(grouped) };
      case 'postfix':
        return this.postfix(grouped);
    }
  }

  private atom(node: SyntaxNode): Typed {
    switch (node.name) {
      case 'StringLiteral':
        return { type: 'string' };
      case 'VectorSelector':
        this.checkSelector(node);
        return { type: 'vector', selector: { kind: 'vector', offset: false, at: false } };
      case 'ParenExpr':
        return { type: this.inner(node) };
      case 'FunctionCall':
        return { type: this.functionCall(node) };
      case 'AggregateExpr':
        return { type: this.aggregation(node) };
      default:
        return { type: undefined };
    }
  }

  private postfix(grouped: Extract<Grouped, { kind: 'postfix' }>): Typed {
    const { operand, token } = grouped;
    const inner = this.check(operand);
    if (this.problem) {
      return { type: undefined };
    }
    const selector = inner.selector;
    switch (grouped.modifier) {
      case 'range':
        if (selector?.kind !== 'vector') {
          return this.failTyped(
            { from: operand.to, to: grouped.to },
            'a range [...] can only follow a series selector; for a range over an expression, use a subquery [range:resolution]',
          );
        }
        if (selector.offset || selector.at) {
          return this.failTyped(
            { from: operand.to, to: grouped.to },
            'a range [...] must come before offset and @, directly after the selector (foo[5m] offset 1h)',
          );
        }
        return { type: 'matrix', selector: { kind: 'matrix', offset: false, at: false } };
      case 'subquery':
        if (inner.type !== undefined && inner.type !== 'vector') {
          return this.failTyped(
            { from: operand.to, to: grouped.to },
            `a subquery needs an instant vector, but its expression is ${TYPE_NAMES[inner.type]}`,
          );
        }
        return { type: 'matrix', selector: { kind: 'subquery', offset: false, at: false } };
      case 'offset':
      case 'at': {
        const word = grouped.modifier === 'offset' ? 'offset' : '@';
        const keyword = { from: token.from, to: token.from + (word === 'offset' ? 6 : 1) };
        if (!selector) {
          return this.failTyped(
            keyword,
            `${word} can only follow a series selector, a range or a subquery, not a computed expression (move it inside, onto the selector)`,
          );
        }
        const key = grouped.modifier;
        if (selector[key]) {
          return this.failTyped(keyword, `${word} may only be set once on a selector`);
        }
        return { type: inner.type, selector: { ...selector, [key]: true } };
      }
      case 'anchored':
      case 'smoothed':
        return inner;
    }
  }

  private failTyped(node: { from: number; to: number }, message: string): Typed {
    this.fail(node, message);
    return { type: undefined };
  }

  private fail(node: { from: number; to: number }, message: string): undefined {
    this.problem ??= { from: node.from, to: node.to, message };
    return undefined;
  }

  private text(node: { from: number; to: number }): string {
    return this.expr.slice(node.from, node.to);
  }

  private expressions(node: SyntaxNode): SyntaxNode[] {
    return children(node).filter((child) => child.type.is('Expr'));
  }

  private inner(node: SyntaxNode): PromQLType | undefined {
    const inner = this.expressions(node)[0];
    return inner ? this.typeOf(inner) : undefined;
  }

  private checkSelector(node: SyntaxNode): void {
    const parts = children(node);
    for (const entry of children(parts.find((child) => child.name === 'LabelMatchers') ?? node)) {
      const operator = entry.getChild('MatchOp')?.firstChild?.name;
      const literal = entry.getChild('StringLiteral');
      if ((operator === 'EqlRegex' || operator === 'NeqRegex') && literal) {
        const error = regexError(unquote(this.text(literal)));
        if (error !== undefined) {
          this.fail(
            { from: literal.from + 1, to: Math.max(literal.from + 1, literal.to - 1) },
            `this regular expression is not valid in Prometheus, which reads matchers as Go RE2 syntax anchored at both ends: ${error}`,
          );
          return;
        }
      }
    }
    if (parts.some((child) => child.name === 'Identifier')) {
      return;
    }
    const matchers = parts.find((child) => child.name === 'LabelMatchers');
    const entries = matchers ? children(matchers) : [];
    // `{"metric.name"}`: a quoted metric name.
    if (entries.some((entry) => entry.name === 'QuotedLabelName')) {
      return;
    }
    const matchesEmpty = (entry: SyntaxNode): boolean => {
      const operator = entry.getChild('MatchOp')?.firstChild?.name;
      const literal = entry.getChild('StringLiteral');
      const value = literal ? unquote(this.text(literal)) : undefined;
      if (operator === undefined || value === undefined) {
        return false;
      }
      switch (operator) {
        case 'EqlSingle':
          return value === '';
        case 'Neq':
          return value !== '';
        case 'EqlRegex':
          return regexMatchesEmpty(value) ?? false;
        case 'NeqRegex': {
          const matches = regexMatchesEmpty(value);
          return matches === undefined ? false : !matches;
        }
        default:
          return false;
      }
    };
    if (entries.every(matchesEmpty)) {
      this.fail(
        node,
        'a selector needs a metric name or at least one label matcher that does not match the empty string (it would select every series)',
      );
    }
  }

  private unary(grouped: Extract<Grouped, { kind: 'unary' }>): PromQLType | undefined {
    const node = grouped;
    const type = this.check(grouped.operand).type;
    if (type === 'matrix' || type === 'string') {
      return this.fail(
        node,
        `a sign (+ or -) only applies to a scalar or an instant vector, not ${TYPE_NAMES[type]}`,
      );
    }
    return type;
  }

  private functionCall(node: SyntaxNode): PromQLType | undefined {
    const identifier = node.getChild('FunctionIdentifier');
    const body = node.getChild('FunctionCallBody');
    if (!identifier || !body) {
      return undefined;
    }
    const name = this.text(identifier);
    const signature = FUNCTIONS.get(name);
    const args = this.expressions(body);
    const types = args.map((arg) => this.typeOf(arg));
    if (!signature || this.problem) {
      return signature?.returns;
    }
    const required = signature.variadic === 0 ? signature.args.length : signature.args.length - 1;
    const maximum =
      signature.variadic === 0
        ? signature.args.length
        : signature.variadic < 0
          ? Infinity
          : required + signature.variadic;
    if (args.length < required || args.length > maximum) {
      const expected =
        required === maximum
          ? `${required} argument${required === 1 ? '' : 's'}`
          : maximum === Infinity
            ? `at least ${required} arguments`
            : `${required} to ${maximum} arguments`;
      return this.fail(node, `${name}() takes ${expected}, not ${args.length}`);
    }
    args.forEach((arg, index) => {
      const expected = signature.args[Math.min(index, signature.args.length - 1)];
      const actual = types[index];
      if (expected && actual && expected !== actual) {
        this.fail(
          arg,
          `argument ${index + 1} of ${name}() must be ${TYPE_NAMES[expected]}, not ${TYPE_NAMES[actual]}${hint(name, expected, actual)}`,
        );
      }
    });
    return signature.returns;
  }

  private aggregation(node: SyntaxNode): PromQLType | undefined {
    const operator = node.getChild('AggregateOp');
    const body = node.getChild('FunctionCallBody');
    if (!operator || !body) {
      return undefined;
    }
    const name = this.text(operator).toLowerCase();
    const args = this.expressions(body);
    const types = args.map((arg) => this.typeOf(arg));
    if (this.problem) {
      return undefined;
    }
    const parameter = AGGREGATION_PARAMETERS[name];
    const expected = parameter ? 2 : 1;
    if (args.length !== expected) {
      return this.fail(
        node,
        parameter
          ? `${name}() takes ${TYPE_NAMES[parameter]} parameter and an instant vector, not ${args.length} argument${args.length === 1 ? '' : 's'}`
          : `${name}() takes one instant vector, not ${args.length} arguments`,
      );
    }
    const vectorIndex = expected - 1;
    if (parameter) {
      const parameterType = types[0];
      const arg = args[0];
      if (arg && parameterType && parameterType !== parameter) {
        return this.fail(
          arg,
          `the parameter of ${name}() must be ${TYPE_NAMES[parameter]}, not ${TYPE_NAMES[parameterType]}`,
        );
      }
    }
    const vectorType = types[vectorIndex];
    const vectorArg = args[vectorIndex];
    if (vectorArg && vectorType && vectorType !== 'vector') {
      return this.fail(
        vectorArg,
        `${name}() aggregates an instant vector, not ${TYPE_NAMES[vectorType]}${vectorType === 'matrix' ? ' (wrap the range in a function such as rate() or avg_over_time())' : ''}`,
      );
    }
    return 'vector';
  }

  private binary(grouped: Extract<Grouped, { kind: 'binary' }>): PromQLType | undefined {
    const { left, right, operator, modifiers } = grouped;
    const leftType = this.check(left).type;
    const rightType = this.check(right).type;
    if (this.problem) {
      return undefined;
    }
    const symbol = this.text(operator);
    const hasBool = modifiers.some((child) => child.name === 'BoolModifier');
    const matching = modifiers.find((child) => child.name === 'MatchingModifierClause');
    const comparison = COMPARISONS.has(operator.name);
    const setOperator = SET_OPERATORS.has(operator.name);
    for (const [side, type] of [
      [left, leftType],
      [right, rightType],
    ] as const) {
      if (type === 'matrix' || type === 'string') {
        return this.fail(
          side,
          `"${symbol}" works on scalars and instant vectors, not on ${TYPE_NAMES[type]}${type === 'matrix' ? ' (wrap the range in a function such as rate())' : ''}`,
        );
      }
    }
    if (hasBool && !comparison) {
      return this.fail(operator, `bool only applies to comparisons, not to "${symbol}"`);
    }
    if (leftType === 'scalar' && rightType === 'scalar' && comparison && !hasBool) {
      return this.fail(
        operator,
        `a comparison between two scalars needs bool ("${symbol} bool"), which returns 0 or 1`,
      );
    }
    if (setOperator && (leftType === 'scalar' || rightType === 'scalar')) {
      return this.fail(
        operator,
        `"${symbol}" combines two instant vectors; it cannot take a scalar`,
      );
    }
    if (matching) {
      const grouping = children(matching).find(
        (child) => child.name === 'GroupLeft' || child.name === 'GroupRight',
      );
      const onIgnoring = children(matching).find(
        (child) => child.name === 'On' || child.name === 'Ignoring',
      );
      const labels = matching.getChild('GroupingLabels');
      if (
        (leftType === 'scalar' || rightType === 'scalar') &&
        labels &&
        children(labels).length > 0
      ) {
        return this.fail(
          onIgnoring ?? matching,
          'on(...) and ignoring(...) match the labels of two instant vectors; one side here is a scalar',
        );
      }
      if (setOperator && grouping) {
        return this.fail(
          grouping,
          `"${symbol}" already matches many-to-many; ${this.text(grouping)} is not allowed with it`,
        );
      }
    }
    return leftType === 'scalar' && rightType === 'scalar'
      ? 'scalar'
      : leftType && rightType
        ? 'vector'
        : undefined;
  }
}

function children(node: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    result.push(child);
  }
  return result;
}

function hint(name: string, expected: PromQLType, actual: PromQLType): string {
  if (expected === 'matrix' && actual === 'vector') {
    return ` (add a range: ${name}(metric[5m]))`;
  }
  if (expected === 'vector' && actual === 'matrix') {
    return ` (a range [...] belongs inside a function such as rate(), not in ${name}())`;
  }
  if (expected === 'scalar' && actual === 'vector') {
    return ' (scalar(...) turns a one-element vector into a scalar)';
  }
  return '';
}

/** The value of a PromQL string literal (escapes already validated). */
function unquote(text: string): string {
  const body = text.slice(1, -1);
  if (text.startsWith('`')) {
    return body;
  }
  const simple: Readonly<Record<string, string>> = {
    a: '\u0007',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
  };
  return body.replace(
    /\\(?:([0-7]{3})|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs,
    (_, octal?: string, hex?: string, u4?: string, u8?: string, char?: string) => {
      const code = octal ? parseInt(octal, 8) : parseInt(hex ?? u4 ?? u8 ?? '', 16);
      if (!Number.isNaN(code)) {
        return String.fromCodePoint(code);
      }
      return simple[char ?? ''] ?? char ?? '';
    },
  );
}

/** Prometheus' matcher regex for a pattern: Go RE2 syntax, `.` matching newlines, anchored. */
function compileMatcherRegex(pattern: string): RE2 {
  if (!re2) {
    throw new Error('checkPromQL: RE2 is not loaded; await loadPromQL() first');
  }
  return re2.compile(`^(?s:${pattern})$`);
}

/** Why Go's regexp rejects a matcher's pattern (its own words), or undefined when it compiles. */
function regexError(pattern: string): string | undefined {
  try {
    compileMatcherRegex(pattern);
    return undefined;
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'RE2JSSyntaxException') {
      throw error;
    }
    const syntax = error as Error & { error?: unknown; input?: unknown };
    const description =
      typeof syntax.error === 'string'
        ? syntax.error
        : error.message.replace(/^error parsing regexp: /, '');
    // The fragment Go quotes, unless it is the whole wrapped pattern (`missing closing )`).
    const fragment =
      typeof syntax.input === 'string' && !syntax.input.startsWith('^(?s:') ? syntax.input : '';
    return fragment ? `${description} at "${fragment}"` : description;
  }
}

/** Whether a label matcher's regular expression (as Prometheus compiles it) matches the empty string. */
function regexMatchesEmpty(pattern: string): boolean | undefined {
  try {
    return compileMatcherRegex(pattern).matches('');
  } catch {
    return undefined;
  }
}
