/**
 * The string and number formats the kubernetes-models validators use, for the bundle.
 *
 * The validators import `formats` from `@kubernetes-models/validate`, which spreads every
 * format of ajv-formats and its draft-2019 add-on (URI, e-mail and IDN parsers among them)
 * into one object: about 180 kB that each run would load before its first validation,
 * while the schemas use six formats. scripts/build.ts resolves that import here instead;
 * scripts/schema-index.ts fails when a schema starts using a format missing below, and
 * tests/k8s/schema-runtime.test.ts checks that each one agrees with the original.
 * Each entry keeps the original's shape, since the precompiled code calls `validate(data)`
 * on functions and `validate.test(data)` on regular expressions.
 */

/** Format names the kubernetes-models schemas use (checked by the generator). */
export const SCHEMA_FORMAT_NAMES = ['byte', 'date-time', 'double', 'int32', 'int64', 'quantity'];

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** Standard base64 with padding, as Kubernetes writes Secret data. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** resource.Quantity: a signed decimal, then a binary or decimal suffix or an exponent. */
const QUANTITY =
  /^[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)(?:[KMGTPE]i|[YZEPTGMkhdcmunpfazy]|da|[eE][+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+))?$/;

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * RFC 3339 date-time with a mandatory offset, accepting exactly what the validators' original
 * format (ajv-formats) accepts: times past 23:59:59 local only where the offset makes them
 * 23:59 UTC (the leap-second rule, applied to any second).
 */
function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const sign = match[7] === '-' ? -1 : 1;
  const offsetHours = Number(match[8] ?? 0);
  const offsetMinutes = Number(match[9] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return false;
  }
  if (offsetHours > 23 || offsetMinutes > 59) {
    return false;
  }
  if (hour <= 23 && minute <= 59 && second <= 59) {
    return true;
  }
  const utcMinute = minute - sign * offsetMinutes;
  const utcHour = hour - sign * offsetHours - (utcMinute < 0 ? 1 : 0);
  // As the original (ajv-formats) does: past 23:59 local time only as 23:59 UTC, any second.
  return (
    second <= 60 && (utcMinute === 59 || utcMinute === -1) && (utcHour === 23 || utcHour === -1)
  );
}

export const formats = {
  int32: {
    type: 'number',
    validate: (value: number): boolean =>
      Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX,
  },
  int64: { type: 'number', validate: (value: number): boolean => Number.isInteger(value) },
  double: { type: 'number', validate: (): boolean => true },
  byte: { type: 'string', validate: (value: string): boolean => BASE64.test(value) },
  quantity: { type: 'string', validate: QUANTITY },
  'date-time': { type: 'string', validate: isDateTime },
};
