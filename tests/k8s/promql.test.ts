import { beforeAll, describe, expect, it } from 'vitest';
import { checkPromQL, loadPromQL } from '../../src/k8s/promql.js';

beforeAll(loadPromQL);

/** kubernetes-mixin alerts/apps_alerts.libsonnet, as rendered by kube-prometheus. */
const KUBE_HPA_REPLICAS_MISMATCH = `(kube_horizontalpodautoscaler_status_desired_replicas{job="kube-state-metrics"}
  !=
kube_horizontalpodautoscaler_status_current_replicas{job="kube-state-metrics"})
  and
(kube_horizontalpodautoscaler_status_current_replicas{job="kube-state-metrics"}
  >
kube_horizontalpodautoscaler_spec_min_replicas{job="kube-state-metrics"})
  and
(kube_horizontalpodautoscaler_status_current_replicas{job="kube-state-metrics"}
  <
kube_horizontalpodautoscaler_spec_max_replicas{job="kube-state-metrics"})
  and
changes(kube_horizontalpodautoscaler_status_current_replicas{job="kube-state-metrics"}[15m]) == 0
`;
const KUBE_HPA_MAXED_OUT = `(
  kube_horizontalpodautoscaler_status_current_replicas{job="kube-state-metrics"}
    ==
  kube_horizontalpodautoscaler_spec_max_replicas{job="kube-state-metrics"}
)
and on(namespace, horizontalpodautoscaler, cluster) (
  kube_horizontalpodautoscaler_spec_max_replicas{job="kube-state-metrics"}
    !=
  kube_horizontalpodautoscaler_spec_min_replicas{job="kube-state-metrics"}
)
`;

describe('checkPromQL: valid expressions', () => {
  it.each([
    ['kubernetes-mixin KubeHpaReplicasMismatch', KUBE_HPA_REPLICAS_MISMATCH],
    ['kubernetes-mixin KubeHpaMaxedOut', KUBE_HPA_MAXED_OUT],
    ['aggregation with by', 'sum(rate(http_requests_total{job="api"}[5m])) by (job)'],
    ['aggregation with by first', 'sum by (le) (rate(x_bucket[5m]))'],
    ['histogram_quantile', 'histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m]))) > 0.5'],
    ['offset inside a function', 'rate(foo[5m] offset 1h)'],
    ['negative offset', 'foo offset -5m'],
    ['subquery', 'max_over_time(rate(foo[1m])[1h:5m])'],
    ['subquery with default resolution and offset', 'avg_over_time(foo[10m:] offset 1h)'],
    ['@ with a timestamp', 'foo @ 1609746000'],
    ['@ start() and offset', 'foo @ start() offset 5m'],
    ['scalar comparison with bool', 'scalar(foo) > bool 1'],
    ['vector matching', 'foo / on(job) group_left(instance) bar'],
    ['ignoring', 'a - ignoring(instance) b'],
    ['set operators', 'up == 0 unless on(job) absent(up)'],
    ['topk and quantile', 'topk(3, foo) or quantile(0.9, foo)'],
    ['count_values', 'count_values("version", build_info)'],
    ['label_replace', 'label_replace(up, "host", "$1", "instance", "(.*):.*")'],
    ['label_join with many labels', 'label_join(up, "id", "-", "a", "b", "c")'],
    ['optional arguments', 'round(foo) + round(foo, 0.5) + hour() + hour(foo)'],
    ['unary minus and plus', '-foo + +bar * -1'],
    ['regular expression in a backtick string', 'foo{path=~`/api/\\d+`}'],
    ['escaped backslash in a regular expression', 'foo{path=~"/api/\\\\d+"}'],
    ['selector with only a non-empty matcher', '{job="api"}'],
    ['quoted metric name', '{"http.requests"}'],
    ['a comment', 'up # no series: down\n'],
    ['scalar result', 'time() - 60'],
    ['numbers of every form', '0x1F + 1e3 + Inf + .5'],
    ['predict_linear', 'predict_linear(node_filesystem_free_bytes[6h], 4 * 3600) < 0'],
    ['vector()', 'vector(1)'],
  ])('%s', (_name, expr) => {
    expect(checkPromQL(expr)).toBeUndefined();
  });
});

describe('checkPromQL: precedence as Prometheus parses it', () => {
  it.each([
    [
      'offset binds tighter than "-" and ">=" (KubernetesContainerOomKiller)',
      'kube_pod_container_status_restarts_total - kube_pod_container_status_restarts_total offset 10m >= 1',
    ],
    ['offset binds tighter than a unary minus', '-a offset 1m'],
    ['offset on the right operand of an aggregation', 'sum(a) - b offset 5m'],
    [
      '@ on both operands (Prometheus parse_test.go)',
      'metric{job="1"} @ 50 + metric{job="1"} @ 100',
    ],
    ['@ on the right operand of "^"', '2 ^ a @ 100'],
    ['offset and @ in either order', 'a @ 3 offset 1m + a offset 1m @ 3'],
    ['offset on the right operand of a set operator', 'a and b offset 1m > 1'],
    ['range on the right operand', 'sum(rate(a[5m])) / rate(b[5m] offset 1h)'],
    ['subquery with @ after a parenthesis', 'max_over_time((foo + bar @ 1234)[5m:] @ 1603775019)'],
    ['bool between scalars under a sign', '-1 > bool 2'],
    ['a number with a trailing dot', '5. > bool 1'],
    ['a keyword as a metric name', 'offset{step="1s"}'],
  ])('%s', (_name, expr) => {
    expect(checkPromQL(expr)).toBeUndefined();
  });

  it.each([
    ['offset on a parenthesis', '(a - b) offset 10m', 8, 14, 'offset can only follow'],
    [
      'offset on an aggregation before "+"',
      'sum(a) offset 1m + b',
      7,
      13,
      'offset can only follow',
    ],
    ['a sign binds looser than a range', '-a[5m]', 0, 6, 'a sign (+ or -) only applies'],
    ['a range binds tighter than "-"', 'a - b[5m]', 4, 9, '"-" works on scalars'],
    [
      'offset twice on the right operand',
      'a + b offset 1m offset 2m',
      16,
      22,
      'offset may only be set once',
    ],
    ['@ twice', 'a offset 1m @ 3 @ 4', 16, 17, '@ may only be set once'],
    ['"^" binds tighter than "<": a scalar comparison', '1 < 2 ^ 3', 2, 3, 'needs bool'],
    ['a sign binds looser than "^"', '-"x" ^ 2', 1, 4, '"^" works on scalars'],
  ])('%s', (_name, expr, from, to, message) => {
    const problem = checkPromQL(expr);
    expect(problem?.message).toContain(message);
    expect(problem).toMatchObject({ from, to });
  });
});

describe('checkPromQL: matcher regexes as Go RE2', () => {
  it.each([
    ['case-insensitive flag', 'up{job=~"(?i)api"}'],
    ['a digit class in a backtick string', 'up{path=~`/api/\\d+`}'],
    ['anything, with a metric name', 'up{job=~".*"}'],
    ['a negative regex', 'up{job!~"api|web"}'],
    ['a POSIX class', 'up{job=~"[[:alpha:]]+"}'],
    ['a closing parenthesis that the anchoring group balances', 'up{job=~"a)|(b"}'],
    ['a quoted label name', '{"my.label"=~"x+", __name__="up"}'],
  ])('%s', (_name, expr) => {
    expect(checkPromQL(expr)).toBeUndefined();
  });

  it.each([
    ['an unclosed group', 'up{job=~"(foo"}', 9, 13, 'missing closing )'],
    ['a negative regex with an unclosed group', 'up{job!~"(foo"}', 9, 13, 'missing closing )'],
    ['lookahead', 'up{job=~"a(?=b)"}', 9, 15, 'invalid or unsupported Perl syntax at "(?="'],
    ['a backreference', 'up{job=~`(a)\\1`}', 9, 14, 'invalid escape sequence at "\\1"'],
    ['a reversed range', '{"x"=~"[z-a]", job="a"}', 7, 12, 'invalid character class range'],
    ['a nested repetition', 'up{job=~"a**"}', 9, 12, 'invalid nested repetition operator'],
  ])('%s', (_name, expr, from, to, message) => {
    const problem = checkPromQL(expr);
    expect(problem?.message).toContain(message);
    expect(problem?.message).toContain('Go RE2');
    expect(problem).toMatchObject({ from, to });
  });
});

describe('checkPromQL: syntax problems', () => {
  it.each([
    ['empty', '   ', 0, 0, 'the expression is empty'],
    ['unclosed parenthesis', 'sum(rate(foo[5m])', 3, 4, '"(" is never closed'],
    ['unclosed brace', 'foo{job="a"', 3, 4, '"{" is never closed'],
    ['unclosed bracket', 'rate(foo[5m)', 11, 12, '"]" is missing before it'],
    ['missing operand', 'foo +', 5, 5, 'the expression ends where more is expected'],
    ['two selectors', 'foo bar', 4, 7, 'unexpected "bar"'],
    ['stray closing parenthesis', 'foo)', 3, 4, 'unexpected ")"'],
    ['for inside expr', 'up == 0 for 5m', 8, 11, 'unexpected "for"'],
    ['unknown function', 'rate(x[5m]) / unknwn(y)', 14, 20, '"unknwn" is not a PromQL function'],
    [
      'removed function',
      'holt_winters(x[5m], 0.5, 0.5)',
      0,
      12,
      'renamed it double_exponential_smoothing',
    ],
    ['unterminated string', 'foo{a="b}', 6, 7, 'this string is never closed'],
    ['escaped closing quote', 'foo{a="b\\"}', 6, 7, 'this string is never closed'],
    ['invalid escape', 'foo{path=~"/api/\\d+"}', 16, 18, '"\\d" is not an escape sequence'],
  ])('%s', (_name, expr, from, to, message) => {
    const problem = checkPromQL(expr);
    expect(problem).toMatchObject({ from, to });
    expect(problem?.message).toContain(message);
  });
});

describe('checkPromQL: type problems Prometheus reports when it loads the rule', () => {
  it.each([
    ['rate of an instant vector', 'rate(foo)', 5, 8, 'argument 1 of rate() must be a range vector'],
    ['range in an instant-vector function', 'abs(foo[5m])', 4, 11, 'must be an instant vector'],
    ['vector for a scalar', 'clamp_max(foo, bar)', 15, 18, 'scalar(...)'],
    ['too many arguments', 'round(foo, 1, 2)', 0, 16, 'round() takes 1 to 2 arguments, not 3'],
    ['too few arguments', 'label_replace(up, "a")', 0, 22, 'takes 5 arguments, not 2'],
    ['aggregation of a range', 'sum(foo[5m])', 4, 11, 'sum() aggregates an instant vector'],
    ['aggregation without its parameter', 'topk(foo)', 0, 9, 'topk() takes a scalar parameter'],
    ['aggregation parameter of the wrong type', 'count_values(1, foo)', 13, 14, 'must be a string'],
    ['two arguments to avg', 'avg(foo, bar)', 0, 13, 'avg() takes one instant vector'],
    ['comparison of a range', 'foo[5m] > 0', 0, 7, '">" works on scalars and instant vectors'],
    ['scalar comparison without bool', '1 < 2', 2, 3, 'needs bool'],
    ['bool on arithmetic', 'foo + bool bar', 4, 5, 'bool only applies to comparisons'],
    ['set operator with a scalar', 'foo and 1', 4, 7, '"and" combines two instant vectors'],
    ['grouping with a set operator', 'a or on(x) group_left b', 11, 21, 'many-to-many'],
    ['matching with a scalar', 'foo * on(a) 2', 6, 8, 'one side here is a scalar'],
    ['offset after a function', 'rate(foo[5m]) offset 1h', 14, 20, 'offset can only follow'],
    ['offset after an aggregation', 'sum(foo) offset 5m', 9, 15, 'offset can only follow'],
    ['@ after an aggregation', 'sum(foo) @ 100', 9, 10, '@ can only follow'],
    ['offset twice', 'foo offset 1m offset 2m', 14, 20, 'offset may only be set once'],
    ['range after offset', 'rate(foo offset 1h [5m])', 18, 23, 'must come before offset'],
    ['range on a parenthesis', '(foo)[5m]', 5, 9, 'use a subquery'],
    [
      'subquery of a scalar',
      'max_over_time(time()[5m:])',
      20,
      25,
      'a subquery needs an instant vector',
    ],
    ['sign on a string', '-"x"', 0, 4, 'a sign (+ or -) only applies'],
    ['selector matching everything', '{job=~".*"}', 0, 11, 'would select every series'],
    ['empty selector value', '{job=""}', 0, 8, 'would select every series'],
    ['range vector result', 'foo[5m]', 0, 7, 'returns a range vector'],
    ['string result', '"x"', 0, 3, 'returns a string'],
  ])('%s', (_name, expr, from, to, message) => {
    const problem = checkPromQL(expr);
    expect(problem?.message).toContain(message);
    expect(problem).toMatchObject({ from, to });
  });

  it('accepts a range vector result outside rules', () => {
    expect(checkPromQL('foo[5m]', false)).toBeUndefined();
  });
});
