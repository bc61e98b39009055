/*
 * PromQL value types and Prometheus' tables: function signatures (promql/parser/functions.go),
 * aggregation parameters, operator classes and the escapes its lexer accepts.
 */
import type { parser as PromQLParser } from '@prometheus-io/lezer-promql';

type Tree = ReturnType<typeof PromQLParser.parse>;

export type SyntaxNode = Tree['topNode'];

export type PromQLType = 'scalar' | 'vector' | 'matrix' | 'string';

export interface PromQLProblem {
  /** Offsets into the expression; `from === to` for "something is missing here". */
  from: number;
  to: number;
  /** Lower-case sentence without a final period, for a rule message. */
  message: string;
}

export const TYPE_NAMES: Readonly<Record<PromQLType, string>> = {
  scalar: 'a scalar',
  vector: 'an instant vector',
  matrix: 'a range vector',
  string: 'a string',
};

/** Functions Prometheus 3 removed or renamed, with what to write instead. */
export const RENAMED_FUNCTIONS: Readonly<Record<string, string>> = {
  holt_winters: 'Prometheus 3 renamed it double_exponential_smoothing (an experimental function)',
};

export interface Signature {
  args: readonly PromQLType[];
  /** 0: exactly `args`; n > 0: the last argument is optional and may repeat up to n times; -1: unlimited. */
  variadic: number;
  returns: PromQLType;
}

export const S = 'scalar';
export const V = 'vector';
export const M = 'matrix';
export const STR = 'string';

export function signatures(
  names: string,
  args: readonly PromQLType[],
  returns: PromQLType = V,
  variadic = 0,
): [string, Signature][] {
  return names.split(' ').map((name) => [name, { args, variadic, returns }]);
}

/** Prometheus' function table (promql/parser/functions.go): argument and return types. */
export const FUNCTIONS: ReadonlyMap<string, Signature> = new Map([
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
export const AGGREGATION_PARAMETERS: Readonly<Record<string, PromQLType>> = {
  topk: S,
  bottomk: S,
  limitk: S,
  limit_ratio: S,
  quantile: S,
  count_values: STR,
};

export const COMPARISONS = new Set([
  'Eql',
  'Neq',
  'Gtr',
  'Lss',
  'Gte',
  'Lte',
  'TrimUpper',
  'TrimLower',
]);
export const SET_OPERATORS = new Set(['And', 'Or', 'Unless']);
export const OPERATOR_NODES = new Set([
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
export const SIMPLE_ESCAPES = new Set(['a', 'b', 'f', 'n', 'r', 't', 'v', '\\']);
