import { toWellFormed } from './text-safety.js';

// Invisible, so GitHub's mention, reference and autolink patterns no longer match, and the
// reader still sees the original characters.
const WORD_JOINER = '\u2060';

/**
 * Manifest-controlled text (object names, file paths, messages that quote them) made safe
 * to put inline into a GitHub comment, job summary or table cell:
 * - one line: CR, LF and other line breaks become spaces, so nothing can end a table row or
 *   start a block (heading, list, quote, code);
 * - no HTML: `&`, `<`, `>` become entities, so no tag, comment (`<!--`) or entity survives;
 * - no Markdown: `\`, backticks, `*`, `_`, `[`, `]`, `|`, `~` are backslash-escaped (no
 *   links, images, emphasis, code spans or extra table cells); a leading `#`, `>`, `-`, `+`,
 *   `=` or `1.` is escaped too; `$` becomes `<span>$</span>`, the form GitHub documents for a
 *   literal dollar next to math;
 * - no pings or references: `@user`, `@org/team`, `#123`, `GH-123` and `www.`/`scheme://`
 *   autolinks get an invisible word joiner (U+2060);
 * - no control characters, bidirectional overrides or lone surrogates.
 */
export function escapeMarkdownText(text: string): string {
  return (
    toWellFormed(text)
      .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
      .replace(/\t/g, ' ')
      // C0 and C1 control characters, and the bidi controls of "Trojan Source" spoofing.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      .replace(/\$/g, '<span>$$</span>')
      .replace(/^(\s*)([#=+-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
      .replace(/@/g, `@${WORD_JOINER}`)
      .replace(/#(?=\w)/g, `#${WORD_JOINER}`)
      .replace(/\b(gh)-(?=\d)/gi, `$1${WORD_JOINER}-`)
      .replace(/:\/\//g, `:${WORD_JOINER}//`)
      .replace(/\b(www)\./gi, `$1${WORD_JOINER}.`)
  );
}

/**
 * A repository path for a link target: every segment percent-encoded, parentheses too, so
 * it can neither end the link destination nor leave the path.
 */
export function encodeLinkPath(path: string): string {
  return toWellFormed(path)
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[()'*!]/g,
        (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}
