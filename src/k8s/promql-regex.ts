/*
 * Label matcher regexes as Prometheus compiles them: Go's RE2 syntax (re2js), `.` matching
 * newlines, anchored.
 */
import type { RE2JS as RE2 } from 're2js';

let re2: typeof RE2 | undefined;

/** Loads re2js; `loadPromQL` calls it, so only runs with PrometheusRules pay for it. */
export async function loadRE2(): Promise<void> {
  re2 ??= (await import('re2js')).RE2JS;
}

/** Prometheus' matcher regex for a pattern: Go RE2 syntax, `.` matching newlines, anchored. */
export function compileMatcherRegex(pattern: string): RE2 {
  if (!re2) {
    throw new Error('checkPromQL: RE2 is not loaded; await loadPromQL() first');
  }
  return re2.compile(`^(?s:${pattern})$`);
}

/** Why Go's regexp rejects a matcher's pattern (its own words), or undefined when it compiles. */
export function regexError(pattern: string): string | undefined {
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
export function regexMatchesEmpty(pattern: string): boolean | undefined {
  try {
    return compileMatcherRegex(pattern).matches('');
  } catch {
    return undefined;
  }
}
