import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/format/text-safety.ts
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toWellFormed(text) {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
var TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g, TERMINAL_CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
function visible(character) {
  return `\\x${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}
function terminalSafe(text) {
  return toWellFormed(text).replace(TERMINAL_CONTROL, visible);
}
function terminalSafeLines(text) {
  return toWellFormed(text).replace(TERMINAL_CONTROL_BUT_NEWLINE, visible);
}

export {
  toWellFormed,
  terminalSafe,
  terminalSafeLines
};
