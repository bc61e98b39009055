/** A key that repeats an earlier key of the same JSON object, with its offsets. */
export interface DuplicateJsonKey {
  key: string;
  start: number;
  end: number;
}

interface Frame {
  keys: Set<string> | undefined;
  expectKey: boolean;
}

const STRUCTURE = /["{}[\],]/g;

/**
 * The first duplicate key of a JSON text that JSON.parse accepted. JSON.parse keeps the last
 * value silently, which can hide a wrong value under a right one; YAML files report it.
 * Only strings and brackets need looking at: the text is known to be valid JSON.
 */
export function findDuplicateJsonKey(text: string): DuplicateJsonKey | undefined {
  const stack: Frame[] = [];
  STRUCTURE.lastIndex = 0;
  for (let match = STRUCTURE.exec(text); match; match = STRUCTURE.exec(text)) {
    const index = match.index;
    const top = stack[stack.length - 1];
    switch (text[index]) {
      case '{':
        stack.push({ keys: new Set(), expectKey: true });
        break;
      case '[':
        stack.push({ keys: undefined, expectKey: false });
        break;
      case '}':
      case ']':
        stack.pop();
        break;
      case ',':
        if (top?.keys) {
          top.expectKey = true;
        }
        break;
      default: {
        const end = closingQuote(text, index);
        STRUCTURE.lastIndex = end + 1;
        if (top?.keys && top.expectKey) {
          top.expectKey = false;
          const raw = text.slice(index, end + 1);
          const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
          if (top.keys.has(key)) {
            return { key, start: index, end: end + 1 };
          }
          top.keys.add(key);
        }
      }
    }
  }
  return undefined;
}

/** Offset of the quote that closes the string opening at `start`. */
function closingQuote(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === '\\') {
      backslashes++;
    }
    if (backslashes % 2 === 0) {
      return quote;
    }
    quote = text.indexOf('"', quote + 1);
  }
  return text.length - 1;
}
