import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { escapeCommandData, escapeCommandProperty, formatGithub } from '../../src/format/github.js';
import { formatJunit } from '../../src/format/junit.js';
import { formatJson } from '../../src/format/json.js';
import {
  escapeMarkdownText,
  GITHUB_COMMENT_LIMIT,
  renderMarkdown,
} from '../../src/format/markdown.js';
import { formatSarif } from '../../src/format/sarif.js';
import { formatText } from '../../src/format/text.js';
import { runCli } from '../cli/helpers.js';
import { CONTEXT, manyFindings, RESULT } from './results.js';

const SNAPSHOTS = path.join(import.meta.dirname, '__snapshots__');

function sarifValidator(): (data: unknown) => boolean {
  const schema = JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, 'schemas/sarif-2.1.0.json'), 'utf8'),
  ) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return (data) => {
    const valid = validate(data);
    if (!valid) {
      throw new Error(JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    }
    return valid;
  };
}

describe('formatters', () => {
  it.each([
    ['text.txt', formatText],
    ['json.json', formatJson],
    ['sarif.json', formatSarif],
    ['github.txt', formatGithub],
    ['junit.xml', formatJunit],
  ] as const)('%s matches its snapshot', async (name, formatter) => {
    await expect(formatter(RESULT, CONTEXT)).toMatchFileSnapshot(path.join(SNAPSHOTS, name));
  });

  it('markdown matches its snapshot (with links and a marker)', async () => {
    await expect(
      renderMarkdown(RESULT, CONTEXT, {
        marker: '<!-- scaleplan:summary -->',
        linkBase: 'https://github.com/o/r/blob/abc/',
      }),
    ).toMatchFileSnapshot(path.join(SNAPSHOTS, 'markdown.md'));
  });
});

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, columns never 0', () => {
    const log = JSON.parse(formatSarif(RESULT, CONTEXT)) as {
      runs: Array<{
        results: Array<{
          locations: Array<{ physicalLocation: { region: Record<string, number> } }>;
          suppressions?: unknown[];
        }>;
        tool: { driver: { rules: Array<{ helpUri: string; help: { text: string } }> } };
      }>;
    };
    expect(sarifValidator()(log)).toBe(true);
    const run = log.runs[0];
    expect(run?.results).toHaveLength(4);
    for (const result of run?.results ?? []) {
      expect(result.locations[0]?.physicalLocation.region.startColumn).toBeGreaterThan(0);
    }
    expect(run?.results.filter((result) => result.suppressions)).toHaveLength(1);
    expect(
      run?.tool.driver.rules.every(
        (rule) => rule.helpUri.endsWith('.md') && rule.help.text.length > 20,
      ),
    ).toBe(true);
  });

  it('validates what `scaleplan lint --format sarif` prints for the example', async () => {
    const run = await runCli(['lint', 'fixtures/examples/shop', '--format', 'sarif']);
    expect(run.code).toBe(1);
    expect(sarifValidator()(JSON.parse(run.stdout))).toBe(true);
  });
});

describe('markdown', () => {
  it('escapes manifest-controlled text: no HTML, no mentions, no links, no broken tables', () => {
    const body = renderMarkdown(RESULT, CONTEXT);
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/(^|[^\w])@octocat/);
    expect(body).not.toMatch(/[^\\]\]\(javascript:/);
    for (const line of body
      .split('\n')
      .filter((entry) => entry.startsWith('| ') && !entry.startsWith('| ---'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    }
    expect(escapeMarkdownText('a\nb|c')).toBe('a b\\|c');
    expect(escapeMarkdownText('<!-- x -->')).not.toContain('<!--');
  });

  it('says all clear when there are no findings', () => {
    const body = renderMarkdown(
      {
        findings: [],
        suppressed: [],
        summary: { ...RESULT.summary, errors: 0, infos: 0, suppressed: 0 },
      },
      CONTEXT,
    );
    expect(body).toContain('No scaling problems found');
  });

  it('truncates 5,000 findings under the comment limit and says how many were left out', () => {
    const body = renderMarkdown(manyFindings(5000), CONTEXT, { marker: '<!-- m -->' });
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    const left = Number(/_(\d+) more findings were left out/.exec(body)?.[1]);
    const shown = (body.match(/^\| 🛑 /gm) ?? []).length;
    expect(left + shown).toBe(5000);
    expect(body.startsWith('<!-- m -->')).toBe(true);
  });

  it('keeps everything when it fits exactly', () => {
    const result = manyFindings(30);
    const full = renderMarkdown(result, CONTEXT, { maxLength: 1_000_000 });
    expect(renderMarkdown(result, CONTEXT, { maxLength: full.length })).toBe(full);
    expect(renderMarkdown(result, CONTEXT, { maxLength: full.length - 1 })).toMatch(
      /1 more finding was left out/,
    );
  });
});

describe('github', () => {
  it('escapes like @actions/core and keeps columns only on one-line findings', () => {
    expect(escapeCommandData('50%\r\nx')).toBe('50%25%0D%0Ax');
    expect(escapeCommandProperty('a:b,c')).toBe('a%3Ab%2Cc');
    const lines = formatGithub(RESULT, CONTEXT).trimEnd().split('\n');
    expect(lines[1]).toMatch(
      /^::error file=apps\/shop\/svc%2C copy\.yaml,line=3,endLine=3,col=9,endColumn=12,title=duplicate-object::/,
    );
    expect(lines[2]).toMatch(
      /^::notice file=apps\/batch\/hpa\.yaml,line=8,endLine=9,title=hpa-min-max::/,
    );
  });
});

describe('junit', () => {
  it('escapes XML and reports a clean run as one passing case', () => {
    const xml = formatJunit(RESULT, CONTEXT);
    expect(xml).not.toMatch(/<img/);
    expect(xml).toContain('&lt;img');
    const clean = formatJunit({ findings: [], suppressed: [], summary: RESULT.summary }, CONTEXT);
    expect(clean).toContain('failures="0"');
    expect(clean).toContain('<testcase classname="scaleplan" name="lint"/>');
  });
});

describe('lint --format and --output', () => {
  it.each(['sarif', 'github', 'markdown', 'junit'])('%s writes to --output', async (format) => {
    const output = path.join(
      fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'scaleplan-out-')),
      `report.${format}`,
    );
    const run = await runCli([
      'lint',
      'fixtures/examples/shop',
      '--format',
      format,
      '--output',
      output,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(output, 'utf8')).toContain('hpa-min-max');
  });
});
