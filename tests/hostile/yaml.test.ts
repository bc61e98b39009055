import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { temporaryTree } from '../_utils.js';

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

async function lintJson(
  target: string,
  options: { cwd?: string } = {},
): Promise<{ code: number; findings: JsonFinding[]; stderr: string; stdout: string }> {
  const run = await runCli(['lint', target, '--format', 'json'], options);
  const findings =
    run.code === 2 ? [] : (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
  return { code: run.code, findings, stderr: run.stderr, stdout: run.stdout };
}

const fixture = (name: string): string => `fixtures/hostile/${name}`;

describe('hostile YAML ends as findings, in bounded time', () => {
  it.each([
    ['alias-bomb.yaml', 8, /too many aliases/],
    ['binary.yaml', 1, /binary file/],
    ['invalid-utf8.yaml', 4, /not valid UTF-8/],
    ['tabs.yaml', 4, /Tabs are not allowed/],
    ['duplicate-keys.yaml', 7, /unique/],
    ['unterminated-string.yaml', 6, /quote/],
    ['helm-template.yaml', 4, /helm template/],
    ['json-with-comments.json', 2, /comments/],
    ['duplicate-keys.json', 8, /keys must be unique: "maxReplicas"/],
    ['undefined-alias.yaml', 7, /^Invalid YAML: Undefined alias \*max: no anchor &max/],
  ])('%s → parse-error on line %i', async (name, line, message) => {
    const started = Date.now();
    const { code, findings } = await lintJson(fixture(name));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(code).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'parse-error', file: fixture(name), line });
    expect(findings[0]?.message).toMatch(message);
  });

  it.each(['utf8-bom.yaml', 'utf16le-bom.yaml', 'utf16be-bom.yaml', 'crlf.yaml', 'lone-cr.yaml'])(
    '%s is read, and positions stay exact',
    async (name) => {
      const { findings } = await lintJson(fixture(name));
      // The fixture HPA is minimal (no scaleTargetRef): only its hpa-min-max position matters.
      const positions = findings
        .filter((finding) => finding.ruleId !== 'schema-invalid')
        .map((finding) => [finding.ruleId, finding.line, finding.column]);
      expect(positions).toEqual([['hpa-min-max', 6, 16]]);
    },
  );

  it('reports a duplicate JSON key at the second key, which JSON.parse would let win', async () => {
    const { findings } = await lintJson(fixture('duplicate-keys.json'));
    expect(findings).toMatchObject([{ ruleId: 'parse-error', line: 8, column: 5 }]);
  });

  it('reads YAML 1.1 octal as kubectl does (maxReplicas: 012 is 10)', async () => {
    const { findings } = await lintJson(fixture('yaml11-octal.yaml'));
    const minMax = findings.filter((finding) => finding.ruleId === 'hpa-min-max');
    expect(minMax).toMatchObject([{ line: 7, column: 16 }]);
    expect(minMax[0]?.message).toMatch(/minReplicas 11 above maxReplicas 10/);
  });

  it.each(['empty.yaml', 'empty-documents.yaml', 'scalar-and-sequence-documents.yaml'])(
    '%s has nothing to lint and is not an error',
    async (name) => {
      const { code, findings } = await lintJson(fixture(name));
      expect(code).toBe(0);
      expect(findings).toEqual([]);
    },
  );

  it('reads 10,000-level nesting as a finding, not a crash', async () => {
    const directory = temporaryTree('deep');
    fs.writeFileSync(
      path.join(directory, 'flow.yaml'),
      `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(10000)}${']'.repeat(10000)}\n`,
    );
    fs.writeFileSync(
      path.join(directory, 'block.yaml'),
      `apiVersion: v1\nkind: ConfigMap\ndata:\n${Array.from({ length: 10000 }, (_, index) => `${' '.repeat(index + 1)}k:`).join('\n')} 1\n`,
    );
    const { code, findings } = await lintJson(directory);
    expect(code).toBe(1);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['parse-error', 'parse-error']);
    expect(findings[0]?.message).toMatch(/nested too deeply/);
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('lints a 50 MB file', async () => {
    const directory = temporaryTree('big');
    const document = (index: number): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${index}\ndata:\n  payload: "${'x'.repeat(400)}"\n`;
    const chunks: string[] = [];
    let size = 0;
    for (let index = 0; size < 50 * 1024 * 1024; index++) {
      const text = document(index);
      chunks.push(text);
      size += text.length + 4;
    }
    fs.writeFileSync(path.join(directory, 'big.yaml'), chunks.join('---\n'));
    const started = Date.now();
    const { code, findings } = await lintJson(directory);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(code).toBe(0);
    expect(findings).toEqual([]);
    fs.rmSync(directory, { recursive: true, force: true });
  }, 120_000);

  it('stops at the configured size and document limits with a clear message (exit 2)', async () => {
    const directory = temporaryTree('limits');
    fs.writeFileSync(
      path.join(directory, 'a.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n',
    );
    fs.writeFileSync(path.join(directory, '.scaleplan.yaml'), 'limits: {maxFileBytes: 20}\n');
    const tooBig = await runCli(['lint', 'a.yaml'], { cwd: directory });
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toMatch(
      /a\.yaml is \d+ bytes, above the limit of 20 bytes per file; raise limits\.maxFileBytes/,
    );
    fs.writeFileSync(path.join(directory, '.scaleplan.yaml'), 'limits: {maxDocuments: 1}\n');
    const tooMany = await runCli(['lint', 'a.yaml'], { cwd: directory });
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/more than 1 YAML documents.*limits\.maxDocuments/);
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('gives byte-identical output for the same input', async () => {
    const first = await lintJson('fixtures/hostile');
    const second = await lintJson('fixtures/hostile');
    expect(first.stdout).toBe(second.stdout);
  });
});
