import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  toWellFormed
} from "./chunk-UIWROO7M.js";

// src/format/escape.ts
var WORD_JOINER = "\u2060";
function escapeMarkdownText(text) {
  return toWellFormed(text).replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, " ").replace(/\t/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, "\\$&").replace(/\$/g, "<span>$$</span>").replace(/^(\s*)([#=+-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2").replace(/@/g, `@${WORD_JOINER}`).replace(/#(?=\w)/g, `#${WORD_JOINER}`).replace(/\b(gh)-(?=\d)/gi, `$1${WORD_JOINER}-`).replace(/:\/\//g, `:${WORD_JOINER}//`).replace(/\b(www)\./gi, `$1${WORD_JOINER}.`);
}
function encodeLinkPath(path) {
  return toWellFormed(path).replace(/\\/g, "/").split("/").map(
    (segment) => encodeURIComponent(segment).replace(
      /[()'*!]/g,
      (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
}

export {
  escapeMarkdownText,
  encodeLinkPath
};
