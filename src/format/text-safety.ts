// Unpaired UTF-16 surrogates: JavaScript strings can hold them, UTF-8, XML and URIs cannot.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every unpaired surrogate replaced by U+FFFD (String#toWellFormed, ES2024). */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}
