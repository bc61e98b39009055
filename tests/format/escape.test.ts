import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { encodeLinkPath, escapeMarkdownText } from '../../src/format/escape.js';

const WJ = '\u2060';

/** GitHub-flavoured Markdown rendered as a table cell, the way the comment uses the text. */
function cellHtml(text: string): string {
  const html = marked.parse(`| a | b |\n| --- | --- |\n| x | ${escapeMarkdownText(text)} |\n`, {
    gfm: true,
    async: false,
  });
  const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => match[1] ?? '');
  expect(cells, `the text must stay in one cell: ${html}`).toHaveLength(2);
  return cells[1] ?? '';
}

/** The text a reader sees in a cell: tags removed, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const HOSTILE: Array<[string, string]> = [
  ['HTML tag', '<img src=x onerror=alert(1)>'],
  ['script', '<script>alert(document.cookie)</script>'],
  ['HTML comment that would hide the rest', '<!-- hidden'],
  ['closing a details block', '</details></table>'],
  ['entity', '&#60;b&#62;bold&#60;/b&#62; &commat;octocat'],
  ['mention', '@octocat please look'],
  ['team mention', '@my-org/admins'],
  ['issue reference', 'fixes #1 and owner/repo#2 and GH-3'],
  ['markdown link', '[click me](javascript:alert(1))'],
  ['image', '![x](https://evil.example/pixel.png)'],
  ['reference link', '[x][1]\n\n[1]: https://evil.example'],
  ['autolink', '<https://evil.example> https://evil.example www.evil.example'],
  ['code span', '`rm -rf /`'],
  ['emphasis', '**bold** _it_ ~~gone~~'],
  ['table pipes', 'a | b | c'],
  ['escaped pipe', 'a \\| b'],
  ['newline that ends the row', 'web\n| injected | row |'],
  ['carriage return', 'web\r\n# heading'],
  ['unicode line separator', 'web\u2028second'],
  ['heading', '# Title'],
  ['list', '- item'],
  ['ordered list', '1. item'],
  ['quote', '> quoted'],
  ['setext', '==='],
  ['math', '$\\color{red}{\\text{approved}}$'],
  ['control characters', 'a\u0000b\u0007c\u001bd\u007fe\u009bf'],
  ['bidi override', 'abc\u202edcba\u2066x\u2069'],
  ['lone surrogate', 'x\ud800y'],
  ['unicode', 'zähler 日本 ✓ 🚀 \u{1F469}\u200D\u{1F4BB}'],
];

describe('escapeMarkdownText', () => {
  it.each(HOSTILE)('%s: one cell, no HTML, no link, no formatting', (_, text) => {
    const html = cellHtml(text);
    // The only tag escaping may produce is the <span> around a dollar.
    expect(html.replace(/<\/?span>/g, '')).not.toMatch(/<[a-z!/]/i);
    expect(html).not.toMatch(/ (href|src)="/);
  });

  it.each(HOSTILE)('%s: the reader still sees the text', (_, text) => {
    const expected = text
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/\r\n|[\r\n\u2028\t]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
    expect(visible(cellHtml(text)).replaceAll(WJ, '')).toBe(expected);
  });

  it('breaks mentions, references and autolinks with an invisible word joiner', () => {
    expect(escapeMarkdownText('@octocat')).toBe(`@${WJ}octocat`);
    expect(escapeMarkdownText('#12')).toBe(`\\#${WJ}12`);
    expect(escapeMarkdownText('see #12')).toBe(`see #${WJ}12`);
    expect(escapeMarkdownText('GH-3')).toBe(`GH${WJ}-3`);
    expect(escapeMarkdownText('https://x.example')).toBe(`https:${WJ}//x.example`);
    expect(escapeMarkdownText('www.x.example')).toBe(`www${WJ}.x.example`);
    // GitHub links a mention when @ follows a non-word character and a name follows it.
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeMarkdownText(text)).not.toMatch(/@[a-z0-9]/i);
        expect(escapeMarkdownText(text)).not.toMatch(/#\d/);
      }),
    );
  });

  it('never lets a line break, a raw < or an unescaped pipe through, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeMarkdownText(text);
        expect(escaped).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
        expect(escaped.replace(/<\/?span>/g, '')).not.toContain('<');
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*\|/);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[`[\]]/);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdownText('Deployment "web" requests 500m cpu (limit 1).')).toBe(
      'Deployment "web" requests 500m cpu (limit 1).',
    );
  });
});

describe('encodeLinkPath', () => {
  it('keeps slashes and encodes everything that could end the link or the path', () => {
    expect(encodeLinkPath('apps/svc (copy).yaml')).toBe('apps/svc%20%28copy%29.yaml');
    expect(encodeLinkPath('a/b#c?d%e.yaml')).toBe('a/b%23c%3Fd%25e.yaml');
    expect(encodeLinkPath('a/<x>"\'.yaml')).toBe('a/%3Cx%3E%22%27.yaml');
    expect(encodeLinkPath('日本/x.yaml')).toBe('%E6%97%A5%E6%9C%AC/x.yaml');
  });

  it('makes a link whose target is the whole path, for any path', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (file) => {
        const html = marked.parse(`[x](https://h.example/${encodeLinkPath(file)})`, {
          gfm: true,
          async: false,
        });
        const href = /href="([^"]*)"/.exec(html)?.[1] ?? '';
        expect(decodeURIComponent(href.replace(/&amp;/g, '&'))).toBe(
          `https://h.example/${file.replace(/\\/g, '/')}`,
        );
      }),
      { numRuns: 300 },
    );
  });
});
