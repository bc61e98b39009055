/*
 * The checks Prometheus' parser makes after the grammar: value types of function arguments,
 * aggregations and binary operators, where ranges, `offset` and `@` may stand, and selectors
 * that would match every series. One job in one class: it walks every node kind of the
 * grammar, which is why this file is longer than most.
 */
import {
  type SyntaxNode,
  type PromQLType,
  type PromQLProblem,
  TYPE_NAMES,
  FUNCTIONS,
  AGGREGATION_PARAMETERS,
  COMPARISONS,
  SET_OPERATORS,
  OPERATOR_NODES,
} from './promql-signatures.js';
import { regexError, regexMatchesEmpty } from './promql-regex.js';

/**
 * An expression as Prometheus' parser groups it. The lezer grammar leaves the postfix
 * modifiers (`offset`, `@`, ranges, subqueries) without precedence, so its tree can hang
 * `offset` on a whole binary expression (`a - b offset 5m` as `(a - b) offset 5m`); the
 * checker re-groups the operands and operators of every chain of them by Prometheus'
 * precedence (promql/parser/generated_parser.y): `or` < `and`, `unless` < comparisons <
 * `+ -` < `* / % atan2` and unary signs < `^` (right-associative) < `offset` < `@`, ranges,
 * subqueries, `anchored` and `smoothed` (always shifted, so they bind tightest).
 */
export type Grouped =
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

export type PostfixKind = 'offset' | 'at' | 'range' | 'subquery' | 'anchored' | 'smoothed';

export type ChainItem =
  | { kind: 'operand'; operand: Grouped }
  | { kind: 'prefix'; from: number }
  | { kind: 'binary'; operator: SyntaxNode; modifiers: SyntaxNode[] }
  | { kind: 'postfix'; modifier: PostfixKind; from: number; to: number };

export const POSTFIX_NODES: Readonly<Record<string, PostfixKind>> = {
  OffsetExpr: 'offset',
  StepInvariantExpr: 'at',
  MatrixSelector: 'range',
  SubqueryExpr: 'subquery',
  AnchoredExpr: 'anchored',
  SmoothedExpr: 'smoothed',
};

/** Precedence levels of generated_parser.y, lowest first. */
export const BINARY_LEVELS: Readonly<Record<string, number>> = {
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
export const UNARY_OPERAND_POWER = 2 * 5 + 1;
export const OFFSET_POWER = 2 * 7;
export const POSTFIX_POWER = 2 * 8;

/** What a selector already carries, for the checks Prometheus makes when it adds a modifier. */
export interface SelectorState {
  kind: 'vector' | 'matrix' | 'subquery';
  offset: boolean;
  at: boolean;
}

export interface Typed {
  type: PromQLType | undefined;
  selector?: SelectorState;
}

/** Type inference over a syntax tree without errors, keeping the first problem. */
export class TypeChecker {
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

export function children(node: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    result.push(child);
  }
  return result;
}

export function hint(name: string, expected: PromQLType, actual: PromQLType): string {
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
export function unquote(text: string): string {
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

export function firstNonBlank(text: string, from: number): number {
  let index = from;
  while (index < text.length && /\s/.test(text[index] ?? '')) {
    index++;
  }
  return index;
}
