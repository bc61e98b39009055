// Unpaired UTF-16 surrogates: JavaScript strings can hold them, UTF-8, XML and URIs cannot.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every unpaired surrogate replaced by U+FFFD (String#toWellFormed, ES2024). */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

// C0 controls (ESC, CR, BS, BEL, …), DEL and C1 controls (a lone U+009B is a CSI on many
// terminals); bidi overrides are left alone: they reorder, they do not command the terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- as above
const TERMINAL_CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

function visible(character: string): string {
  return `\\x${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * `text` as a terminal may show it: every control character written as `\xHH`, so a name
 * from a manifest or a file name cannot clear the screen, set the clipboard (OSC 52), hide
 * a link (OSC 8), rewrite the line (CR, BS) or start a new one.
 */
export function terminalSafe(text: string): string {
  return toWellFormed(text).replace(TERMINAL_CONTROL, visible);
}

/** `terminalSafe` for multi-line text of our own (help, stderr), keeping its line breaks. */
export function terminalSafeLines(text: string): string {
  return toWellFormed(text).replace(TERMINAL_CONTROL_BUT_NEWLINE, visible);
}
