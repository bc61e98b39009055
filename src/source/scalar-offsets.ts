import type { SourceRange } from './locate.js';

/**
 * Maps a range of a scalar's *value* (offsets into the string a rule sees, such as a
 * PromQL `expr`) back to the source text of that scalar, so a finding can point at the
 * exact token inside a value: plain, single- or double-quoted (YAML or JSON), literal
 * (`|`) or folded (`>`) block scalars.
 *
 * YAML only changes whitespace when it folds or indents a scalar, and quoting only adds
 * escapes; so every non-blank character of the value is the next non-blank character of the
 * source, once indentation, line breaks and escape backslashes are skipped. The alignment
 * is verified character by character: when the source does not spell the value out that way
 * (an escape such as `\x41`, a value that Kustomize rewrote, a range that is not the
 * scalar) the answer is undefined and the caller points at the whole value instead.
 */
export function locateInScalar(
  scalar: SourceRange,
  value: string,
  from: number,
  to: number,
): SourceRange | undefined {
  const offsets = alignScalar(scalar.file.text.slice(scalar.start, scalar.end), value);
  if (!offsets) {
    return undefined;
  }
  const mapped = (index: number): number | undefined => {
    const offset = offsets[index];
    return offset === undefined || offset < 0 ? undefined : scalar.start + offset;
  };
  const start = Math.max(0, Math.min(from, value.length));
  const end = Math.max(start, Math.min(to, value.length));
  // The non-blank characters inside the range, else the next one, else the end of the
  // last one before it (an error at the end of the value, "expected more").
  let first: number | undefined;
  let last: number | undefined;
  for (let index = start; index < end; index++) {
    if (mapped(index) !== undefined) {
      first ??= index;
      last = index;
    }
  }
  if (first !== undefined && last !== undefined) {
    return range(scalar, mapped(first) ?? 0, (mapped(last) ?? 0) + 1);
  }
  for (let index = start; index < value.length; index++) {
    const offset = mapped(index);
    if (offset !== undefined) {
      return range(scalar, offset, offset + 1);
    }
  }
  for (let index = start - 1; index >= 0; index--) {
    const offset = mapped(index);
    if (offset !== undefined) {
      return range(scalar, offset + 1, offset + 2);
    }
  }
  return undefined;
}

function range(scalar: SourceRange, start: number, end: number): SourceRange {
  return { file: scalar.file, start, end };
}

const BLANK = /[ \t\r\n]/;

/** Escapes whose value is a blank character: `\n`, `\t`, `\ ` and a tab after `\`. */
const BLANK_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', ' ': ' ', '\t': '\t' };

/**
 * For each character of `value`, its offset in `source` (the scalar as written, quotes or
 * block header included); -1 for blank characters, which folding may have produced.
 * Undefined when the source does not spell out the value.
 */
export function alignScalar(source: string, value: string): number[] | undefined {
  const style = source[0];
  let position = 0;
  if (style === '|' || style === '>') {
    // The header line (indicators and an optional comment) is not content.
    const lineEnd = source.indexOf('\n');
    if (lineEnd === -1) {
      return value.trim() === '' ? value.split('').map(() => -1) : undefined;
    }
    position = lineEnd + 1;
  } else if (style === '"' || style === "'") {
    position = 1;
  }
  const doubleQuoted = style === '"';
  const singleQuoted = style === "'";
  const offsets: number[] = [];
  for (const char of value) {
    if (BLANK.test(char)) {
      // Written as an escape in a double-quoted scalar, or as itself.
      if (
        doubleQuoted &&
        source[position] === '\\' &&
        BLANK_ESCAPES[source[position + 1] ?? ''] === char
      ) {
        position += 2;
      } else if (source[position] === char) {
        position += 1;
      }
      offsets.push(-1);
      continue;
    }
    let found = -1;
    while (position < source.length) {
      const current = source[position];
      if (current === char && !(singleQuoted && char === "'" && source[position + 1] !== "'")) {
        found = position;
        position += singleQuoted && char === "'" ? 2 : 1;
        break;
      }
      if (current !== undefined && BLANK.test(current)) {
        position += 1;
      } else if (
        doubleQuoted &&
        current === '\\' &&
        (source[position + 1] === char ||
          source[position + 1] === '\n' ||
          source[position + 1] === '\r')
      ) {
        // `\"`, `\\`, `\/` stand for the next character; `\` before a line break joins lines.
        position += 1;
      } else if (doubleQuoted && current === '\\' && BLANK_ESCAPES[source[position + 1] ?? '']) {
        // `\t`, `\n`: a blank of the value that folding left unaligned.
        position += 2;
      } else {
        return undefined;
      }
    }
    if (found === -1) {
      return undefined;
    }
    offsets.push(found);
  }
  return offsets;
}
