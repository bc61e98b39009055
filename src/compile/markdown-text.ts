/** Text for a Markdown table cell or list item: no pipes, no line breaks, no raw HTML. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

/** Inline code (a backtick inside becomes a quote). */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
