import fs from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/lint/result.js';
import {
  DEFAULT_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  renderMarkdown,
  VISIBLE_ROWS,
} from '../../src/format/markdown.js';
import { ROOT } from '../cli/helpers.js';
import { CLEAN, CONTEXT, HOSTILE_NAME, manyFindings, RESULT } from './results.js';

const LINK_BASE = 'https://github.com/o/r/blob/abc123/';
const DOCS = 'https://github.com/scaleplan-dev/scaleplan/blob/main/docs/rules/';

function html(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

function leftOut(body: string): number {
  const match =
    /_([\d,]+) more findings? (?:was|were) left out to keep this under [\d,]+ characters/.exec(
      body,
    );
  return match ? Number(match[1]?.replace(/,/g, '')) : 0;
}

function rowsIn(body: string): number {
  return body
    .split('\n')
    .filter((line) => /^\| \S.* \| \S.* \| \S.* \|$/.test(line) && !/^\| (Location|---)/.test(line))
    .length;
}

function mixed(errors: number, warnings: number, infos: number): LintResult {
  const findings: Finding[] = [
    ...manyFindings(errors, 'error').findings,
    ...manyFindings(warnings, 'warning').findings,
    ...manyFindings(infos, 'info').findings,
  ];
  return {
    findings,
    suppressed: [],
    summary: {
      errors,
      warnings,
      infos,
      suppressed: 0,
      files: findings.length,
      objects: findings.length,
      skippedDocuments: 0,
    },
  };
}

describe('markdown: content', () => {
  const body = renderMarkdown(RESULT, CONTEXT, {
    marker: '<!-- scaleplan:summary -->',
    linkBase: LINK_BASE,
  });

  it('starts with the marker and a headline with the counts', () => {
    expect(body.split('\n').slice(0, 2)).toEqual([
      '<!-- scaleplan:summary -->',
      '### scaleplan: 2 errors, 1 warning, 1 info in 12 objects across 6 files',
    ]);
  });

  it('has a table per severity, errors first, with file:line links and rule links', () => {
    const headings = body.split('\n').filter((line) => line.startsWith('#### '));
    expect(headings).toEqual(['#### 🛑 Errors (2)', '#### ⚠️ Warnings (1)', '#### ℹ️ Info (1)']);
    expect(body).toContain(`[apps/shop/hpa.yaml:7:16](${LINK_BASE}apps/shop/hpa.yaml#L7)`);
    expect(body).toContain(`(${LINK_BASE}apps/batch/hpa.yaml#L8-L9)`);
    expect(body).toContain(`(${LINK_BASE}apps/shop/svc%2C%20copy%20%281%29.yaml#L3)`);
    expect(body).toContain(`[\`duplicate-object\`](${DOCS}duplicate-object.md)`);
    const plain = renderMarkdown(RESULT, CONTEXT);
    expect(plain).toContain('| apps/shop/hpa.yaml:7:16 |');
    expect(plain).not.toContain(LINK_BASE);
  });

  it('lists the suppressed findings with their reasons and counts them', () => {
    expect(body).toContain('<details><summary>2 suppressed findings</summary>');
    expect(body).toContain('being migrated, see &lt;JIRA-1&gt; @\u2060ops \\| team (comment)');
    expect(body).toContain('_no reason given_ (annotation)');
    expect(body).toMatch(
      /<sub>scaleplan 0\.0\.0-test · 12 objects across 6 files · 2 suppressed · /,
    );
  });

  it('renders as GitHub-flavoured Markdown with nothing a manifest could inject', () => {
    const rendered = html(body);
    const tags = new Set([...rendered.matchAll(/<([a-z0-9]+)[\s>]/g)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(
      [
        'a',
        'blockquote',
        'code',
        'details',
        'em',
        'h3',
        'h4',
        'p',
        'span',
        'sub',
        'summary',
        'table',
        'tbody',
        'td',
        'th',
        'thead',
        'tr',
      ]
        .filter((tag) => tags.has(tag))
        .sort(),
    );
    expect([...tags]).not.toContain('img');
    expect([...tags]).not.toContain('script');
    for (const href of rendered.matchAll(/href="([^"]*)"/g)) {
      expect(href[1]?.startsWith(LINK_BASE) || href[1]?.startsWith(DOCS)).toBe(true);
    }
    for (const row of rendered.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
      expect(row[1]?.match(/<t[dh][ >]/g)).toHaveLength(3);
    }
    expect(rendered.replace(/<[^>]+>/g, '')).not.toMatch(/@[a-z0-9]|#\d/i);
    expect(rendered).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(rendered).toContain('&lt;!--');
  });

  it('says all clear when nothing was found', () => {
    const clean = renderMarkdown(CLEAN, CONTEXT, { marker: '<!-- m -->' });
    expect(clean).toBe(
      '<!-- m -->\n### scaleplan: all clear\n\n✅ No scaling problems found in 7 objects across 3 files.\n\n<sub>scaleplan 0.0.0-test · 7 objects across 3 files</sub>\n',
    );
  });

  it('shows a note as a warning callout, and escapes the title', () => {
    const noted = renderMarkdown(CLEAN, CONTEXT, {
      title: 'scaleplan @ops <b>',
      note: 'The token is read-only.\nSee the **job summary**.',
    });
    expect(noted).toContain('### scaleplan @\u2060ops &lt;b&gt;: all clear');
    expect(noted).toContain(
      '> [!WARNING]\n> The token is read-only.\n> See the **job summary**.\n',
    );
  });

  it('refuses a marker that is not one HTML comment', () => {
    expect(() => renderMarkdown(CLEAN, CONTEXT, { marker: 'scaleplan' })).toThrow(/marker/);
    expect(() => renderMarkdown(CLEAN, CONTEXT, { marker: '<!-- a --> <b>x</b>' })).toThrow(
      /marker/,
    );
  });

  it('folds the rows of a long severity into <details>', () => {
    const long = renderMarkdown(manyFindings(VISIBLE_ROWS + 25), CONTEXT);
    expect(long).toContain(`#### 🛑 Errors (${VISIBLE_ROWS + 25})`);
    expect(long).toContain('<details><summary>25 more errors</summary>');
    expect(rowsIn(long)).toBe(VISIBLE_ROWS + 25);
    expect(long.indexOf('app-19/')).toBeLessThan(long.indexOf('<details>'));
    expect(long.indexOf('app-20/')).toBeGreaterThan(long.indexOf('<details>'));
  });

  it('cuts a giant manifest-controlled message in its row', () => {
    const giant = manyFindings(1);
    const [finding] = giant.findings;
    if (!finding) {
      throw new Error('no finding');
    }
    finding.message = `Deployment "${'x'.repeat(200_000)}" has no requests.`;
    const rendered = renderMarkdown(giant, CONTEXT);
    expect(rendered.length).toBeLessThan(2_000);
    expect(rendered).toContain('x…');
    expect(leftOut(rendered)).toBe(0);
  });

  it('puts the hostile object name in no place but escaped', () => {
    expect(body).not.toContain(HOSTILE_NAME);
    expect(body).not.toContain('<img');
  });
});

describe('markdown: size limit', () => {
  it('keeps 5,000 findings under the default limit and says how many were left out', () => {
    const body = renderMarkdown(manyFindings(5000), CONTEXT, { marker: '<!-- m -->' });
    expect(DEFAULT_MAX_LENGTH).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(body.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(body.length).toBeGreaterThan(DEFAULT_MAX_LENGTH - 1_000);
    expect(body.startsWith('<!-- m -->\n')).toBe(true);
    expect(body).toContain('#### 🛑 Errors (5,000)');
    const shown = rowsIn(body);
    expect(shown).toBeGreaterThan(100);
    expect(leftOut(body) + shown).toBe(5000);
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
    expect(html(body)).toContain('</details>');
  });

  it('leaves out info before warnings before errors', () => {
    const body = renderMarkdown(mixed(300, 300, 300), CONTEXT, { maxLength: 120_000 });
    expect(body).toContain('#### 🛑 Errors (300)');
    expect(body).toContain('#### ⚠️ Warnings (300)');
    expect(body).not.toContain('#### ℹ️ Info');
    expect(body).toMatch(/^### scaleplan: 300 errors, 300 warnings, 300 info in/m);
    const shown = rowsIn(body);
    expect(shown).toBeGreaterThan(300);
    expect(shown).toBeLessThan(600);
    expect(leftOut(body) + shown).toBe(900);
  });

  it('keeps everything when the body fits exactly, and leaves out one row when it is one short', () => {
    const result = manyFindings(60);
    const full = renderMarkdown(result, CONTEXT, { maxLength: 1_000_000 });
    expect(renderMarkdown(result, CONTEXT, { maxLength: full.length })).toBe(full);
    const short = renderMarkdown(result, CONTEXT, { maxLength: full.length - 1 });
    expect(short.length).toBeLessThanOrEqual(full.length - 1);
    expect(leftOut(short)).toBe(1);
    expect(short).toMatch(/_1 more finding was left out/);
    expect(rowsIn(short)).toBe(59);
  });

  it('drops the suppressed table before any finding', () => {
    const full = renderMarkdown(RESULT, CONTEXT, { maxLength: 1_000_000 });
    const short = renderMarkdown(RESULT, CONTEXT, { maxLength: full.length - 1 });
    expect(short).not.toContain('suppressed findings</summary>');
    expect(short).toContain('· 2 suppressed');
    expect(leftOut(short)).toBe(0);
    expect(rowsIn(short)).toBe(4);
  });

  it('stays within even a tiny limit', () => {
    for (const maxLength of [10, 100, 300]) {
      expect(renderMarkdown(manyFindings(50), CONTEXT, { maxLength }).length).toBeLessThanOrEqual(
        maxLength,
      );
    }
  });
});

describe('markdown: template', () => {
  it('is precompiled into a module that loads only the Handlebars runtime', () => {
    const generated = fs.readFileSync(
      path.join(ROOT, 'src/generated/markdown-template.js'),
      'utf8',
    );
    expect(
      [...generated.matchAll(/^import .* from '([^']+)';$/gm)].map((match) => match[1]),
    ).toEqual(['handlebars/runtime.js']);
    expect(generated).toContain('Source: src/format/templates/markdown.hbs');
    const formatter = fs.readFileSync(path.join(ROOT, 'src/format/markdown.ts'), 'utf8');
    expect(formatter).not.toMatch(/from 'handlebars'/);
  });
});
