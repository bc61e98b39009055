import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';
import { temporaryTree } from '../_utils.js';

const SHOP = 'fixtures/examples/shop';

function scratch(): string {
  return temporaryTree('formats');
}

/** What each format must contain for the shop example's HPA with minReplicas above maxReplicas. */
const EXPECTED: Record<string, RegExp> = {
  sarif: /"ruleId": "hpa-min-max"/,
  github:
    /^::error file=fixtures\/examples\/shop\/web\.yaml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=hpa-min-max::HorizontalPodAutoscaler "storefront"/m,
  markdown: /^### scaleplan: \d+ errors?/m,
  junit: /<failure message="HorizontalPodAutoscaler &quot;storefront&quot;/,
};

describe('scaleplan lint --format', () => {
  it.each(Object.keys(EXPECTED))('%s prints the report on stdout and exits 1', async (format) => {
    const run = await runCli(['lint', SHOP, '--format', format]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(EXPECTED[format] ?? /^$/);
    expect(run.stderr).toBe('');
  });

  it.each(Object.keys(EXPECTED))('%s writes to --output and nothing to stdout', async (format) => {
    const output = path.join(scratch(), 'reports', `report.${format}`);
    const run = await runCli(['lint', SHOP, '--format', format, '--output', output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const written = fs.readFileSync(output, 'utf8');
    expect(written).toMatch(EXPECTED[format] ?? /^$/);
    expect(written).toBe((await runCli(['lint', SHOP, '--format', format])).stdout);
  });

  it('resolves --output against the working directory', async () => {
    const directory = scratch();
    fs.cpSync(path.resolve(SHOP), path.join(directory, 'shop'), { recursive: true });
    const run = await runCli(['lint', 'shop', '--format', 'sarif', '--output', 'out/scan.sarif'], {
      cwd: directory,
    });
    expect(run.code).toBe(1);
    const log = JSON.parse(fs.readFileSync(path.join(directory, 'out/scan.sarif'), 'utf8')) as {
      runs: Array<{
        results: Array<{
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
      }>;
    };
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(
      /^shop\//,
    );
  });

  it('refuses an unknown format with exit 2', async () => {
    const run = await runCli(['lint', SHOP, '--format', 'html']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /Unknown format "html"; use one of text, json, sarif, github, markdown, junit/,
    );
  });

  it('marks JUnit failures by --fail-on: warnings are failures only with --fail-on warning', async () => {
    const byError = (await runCli(['lint', SHOP, '--format', 'junit'])).stdout;
    const byWarning = (await runCli(['lint', SHOP, '--format', 'junit', '--fail-on', 'warning']))
      .stdout;
    const failures = (xml: string): number =>
      Number(/<testsuites [^>]*failures="(\d+)"/.exec(xml)?.[1]);
    expect(failures(byWarning)).toBeGreaterThan(failures(byError));
  });

  it('prints nothing for github and an all-clear for markdown when the set is clean', async () => {
    const directory = scratch();
    fs.writeFileSync(
      path.join(directory, 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: shop\ndata: {}\n',
    );
    const github = await runCli(['lint', '.', '--format', 'github'], { cwd: directory });
    expect(github).toEqual({ code: 0, stdout: '', stderr: '' });
    const markdown = await runCli(['lint', '.', '--format', 'markdown'], { cwd: directory });
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/No scaling problems found/);
  });
});
