/** An `IntOrString` field such as PDB `minAvailable`: a whole number or a percentage. */
export type IntOrPercent = { kind: 'int'; value: number } | { kind: 'percent'; value: number };

/**
 * Parses an int-or-percent. Kubernetes accepts non-negative integers and strings of the form
 * `N%`; anything else (`"two"`, `1.5`, `-1`) is undefined.
 */
export function parseIntOrPercent(value: unknown): IntOrPercent | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? { kind: 'int', value } : undefined;
  }
  if (typeof value === 'string') {
    const match = /^(\d+)%$/.exec(value.trim());
    if (match) {
      return { kind: 'percent', value: Number(match[1]) };
    }
    // The API server also accepts an integer written as a string.
    if (/^\d+$/.test(value.trim())) {
      return { kind: 'int', value: Number(value.trim()) };
    }
  }
  return undefined;
}

/** Kubernetes' GetScaledValueFromIntOrPercent. */
export function scaleIntOrPercent(value: IntOrPercent, total: number, roundUp: boolean): number {
  if (value.kind === 'int') {
    return value.value;
  }
  const exact = (value.value * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

export function describeIntOrPercent(value: IntOrPercent): string {
  return value.kind === 'percent' ? `${value.value}%` : String(value.value);
}

const DURATION_UNITS: Record<string, number> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31536000,
};

/**
 * Parses a Go / Prometheus duration (`30s`, `1h30m`, `500ms`) into seconds.
 * Returns undefined for anything else.
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  const pattern = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)/gy;
  let total = 0;
  let consumed = 0;
  for (const match of value.matchAll(pattern)) {
    total += Number(match[1]) * (DURATION_UNITS[match[2] ?? ''] ?? 0);
    consumed += match[0].length;
  }
  return consumed === value.length ? total : undefined;
}

/** Prometheus' duration units, largest first: the order `model.ParseDuration` requires. */
const PROMETHEUS_DURATION =
  /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const PROMETHEUS_UNIT_SECONDS = [31536000, 604800, 86400, 3600, 60, 1, 0.001] as const;

/**
 * Parses a Prometheus duration (`for`, `keep_firing_for`, rule group `interval`) into
 * seconds. Stricter than `parseDuration`, as Prometheus' `model.ParseDuration` is: whole
 * numbers only, each unit at most once and from the largest (`y`) to the smallest (`ms`),
 * and `0` on its own. `1.5h`, `30m1h`, `5 minutes` and `""` are undefined.
 */
export function parsePrometheusDuration(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  if (value === '0') {
    return 0;
  }
  const match = PROMETHEUS_DURATION.exec(value);
  if (!match) {
    return undefined;
  }
  let total = 0;
  PROMETHEUS_UNIT_SECONDS.forEach((seconds, index) => {
    const count = match[index + 1];
    if (count !== undefined) {
      total += Number(count) * seconds;
    }
  });
  return total;
}

/** Seconds as a short duration for messages: `90s` → `1m30s`. */
export function formatSeconds(seconds: number): string {
  if (seconds === 0) {
    return '0s';
  }
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      const count = Math.floor(rest / size);
      parts.push(`${count}${unit}`);
      rest -= count * size;
    }
  }
  return parts.join('') || `${seconds}s`;
}
