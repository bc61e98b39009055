/**
 * Manifest-controlled text (object names, file paths, messages that quote them) made safe
 * for a GitHub comment: no HTML, no @-mentions or #-references that ping people, no Markdown
 * syntax (links, emphasis, code, headings), and no characters that break a table row.
 */
export function escapeMarkdownText(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      // Control characters other than tab would corrupt the comment.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_{}[\]|~])/g, '\\$1')
      // A zero-width joiner after @ and before a number after # keeps GitHub from linking.
      .replace(/@/g, '@\u2060')
      .replace(/#(?=\w)/g, '#\u2060')
      .replace(/:\/\//g, ':\u2060//')
  );
}

/** A path for a link target: percent-encoded, so it cannot end the link early. */
export function encodeLinkPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
