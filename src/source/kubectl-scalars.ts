import jsYaml from 'js-yaml';
import type { ScalarTag, Tags } from 'yaml';

/**
 * Plain scalars read as numbers the way kubectl reads them. kubectl turns YAML into JSON
 * with sigs.k8s.io/yaml, a fork of go-yaml v2, which keeps YAML 1.1 habits the 1.2 core
 * schema dropped: `012` is octal (10), `0b101` is binary, `1_000` is 1000, `+0x1f` is 31.
 * Both parsers read with these rules, so the value a rule sees is the value the API server
 * gets. go-yaml v2 has no base-60 numbers (`1:30` stays a string), and neither do we.
 *
 * go-yaml v2's resolver, for a plain scalar starting with a sign or a digit: drop every `_`,
 * then Go's strconv.ParseInt(s, 0, 64) (sign, then `0x`, `0o`, `0b`, a leading `0` for
 * octal, or decimal), then ParseUint for values above int64, then a float if the text
 * matches its float pattern. A scalar starting with `.` is a float when Go parses it as one.
 */
export function resolveKubectlNumber(text: string): number | undefined {
  const special = SPECIAL_FLOATS.get(text);
  if (special !== undefined) {
    return special;
  }
  const first = text.charCodeAt(0);
  if (first === DOT) {
    return LEADING_DOT_FLOAT.test(text) ? Number(text) : undefined;
  }
  if (!(first === PLUS || first === MINUS || (first >= ZERO && first <= NINE))) {
    return undefined;
  }
  const plain = text.includes('_') ? text.replaceAll('_', '') : text;
  const integer = GO_INTEGER.exec(plain);
  if (integer) {
    const [, sign = '', digits = ''] = integer;
    const magnitude = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits);
    const value = sign === '-' ? -magnitude : magnitude;
    // Above int64, Go tries ParseUint, which takes no sign.
    if ((value >= INT64_MIN && value <= INT64_MAX) || (sign === '' && value <= UINT64_MAX)) {
      return Number(value);
    }
  }
  return GO_YAML_FLOAT.test(plain) ? Number(plain) : undefined;
}

const DOT = 0x2e;
const PLUS = 0x2b;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt with base 0 (underscores already dropped). */
const GO_INTEGER = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
/** go-yaml v2's yamlStyleFloat. */
const GO_YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** What strconv.ParseFloat accepts after a leading dot (no underscores without a base). */
const LEADING_DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

const SPECIAL_FLOATS = new Map<string, number>([
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((key) => [key, Infinity] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((key) => [key, -Infinity] as const),
  ...['.nan', '.NaN', '.NAN'].map((key) => [key, NaN] as const),
]);

const jsYamlTypes = (jsYaml as unknown as { types: Record<string, jsYaml.Type> }).types;

function jsYamlType(name: string): jsYaml.Type {
  const type = jsYamlTypes[name];
  if (!type) {
    throw new Error(`js-yaml has no "${name}" type`);
  }
  return type;
}

const KUBECTL_NUMBER_JS_YAML = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && resolveKubectlNumber(data) !== undefined,
  construct: (data: string) => resolveKubectlNumber(data),
});

/**
 * js-yaml's schema for manifests: the core schema's null and bool, numbers as kubectl reads
 * them, and merge keys (go-yaml accepts `<<`). `!!float` stays available as an explicit tag.
 */
export const KUBECTL_JS_YAML_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [jsYamlType('null'), jsYamlType('bool'), KUBECTL_NUMBER_JS_YAML, jsYamlType('merge')],
  explicit: [jsYamlType('float')],
});

/** A RegExp whose test is the resolver itself: `yaml` picks a scalar's tag by `test`. */
class ResolverTest extends RegExp {
  constructor(private readonly accepts: (text: string) => boolean) {
    super('');
  }

  override test(text: string): boolean {
    return this.accepts(text);
  }
}

const KUBECTL_NUMBER_TAG: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  // Only for reading: writing numbers stays with the schema's own tags.
  identify: () => false,
  test: new ResolverTest((text) => resolveKubectlNumber(text) !== undefined),
  resolve: (text) => resolveKubectlNumber(text) ?? text,
};

/**
 * `customTags` for `yaml`: kubectl's numbers come first, so they claim every plain scalar
 * they resolve, and `!!int`/`!!float` resolve as go-yaml does (`!!float 3` is 3); the
 * schema's own number tags stay for writing. They claim no plain scalar kubectl would leave a string: each of their patterns
 * is a subset of go-yaml's.
 */
export function kubectlYamlTags(tags: Tags): Tags {
  return [KUBECTL_NUMBER_TAG, { ...KUBECTL_NUMBER_TAG, tag: 'tag:yaml.org,2002:float' }, ...tags];
}
