import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeXml, formatJunit } from '../../src/format/junit.js';
import type { LintResult } from '../../src/lint/result.js';
import { CLEAN, CONTEXT, HOSTILE_NAME, manyFindings, RESULT } from './results.js';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict XML 1.0 parse (saxes refuses anything not well-formed, bad characters included). */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(
        Object.entries(tag.attributes).map(([key, value]) => [key, String(value)]),
      ),
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) {
      current.text += text;
    }
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  const [document] = root.children;
  if (!document) {
    throw new Error('empty document');
  }
  return document;
}

function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...all(child, name),
  ]);
}

describe('junit', () => {
  const xml = formatJunit(RESULT, CONTEXT);
  const document = parseXml(xml);

  it('is well-formed XML with a suite per rule and a case per finding', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(document.name).toBe('testsuites');
    expect(document.attributes).toMatchObject({
      name: 'scaleplan 0.0.0-test',
      tests: '6',
      failures: '2',
      errors: '0',
      skipped: '4',
    });
    expect(
      document.children.map((suite) => [suite.attributes.name, suite.attributes.tests]),
    ).toEqual([
      ['duplicate-object', '2'],
      ['hpa-min-max', '3'],
      ['pdb-blocks-eviction', '1'],
    ]);
    for (const suite of document.children) {
      const cases = all(suite, 'testcase');
      expect(String(cases.length)).toBe(suite.attributes.tests);
      expect(String(cases.filter((entry) => all(entry, 'failure').length > 0).length)).toBe(
        suite.attributes.failures,
      );
      expect(String(cases.filter((entry) => all(entry, 'skipped').length > 0).length)).toBe(
        suite.attributes.skipped,
      );
    }
  });

  it('fails findings at --fail-on and skips the ones below it and the suppressed ones', () => {
    const cases = all(document, 'testcase');
    const outcome = (entry: XmlElement): string =>
      all(entry, 'failure').length > 0
        ? 'failure'
        : (all(entry, 'skipped')[0]?.attributes.message ?? 'pass');
    expect(cases.map((entry) => [entry.attributes.classname, outcome(entry)])).toEqual([
      ['scaleplan.duplicate-object', 'failure'],
      ['scaleplan.duplicate-object', 'suppressed by the scaleplan.dev/ignore annotation'],
      ['scaleplan.hpa-min-max', 'failure'],
      ['scaleplan.hpa-min-max', 'info is below --fail-on error'],
      [
        'scaleplan.hpa-min-max',
        'suppressed by a scaleplan-ignore comment: being migrated, see <JIRA-1> @ops | team',
      ],
      ['scaleplan.pdb-blocks-eviction', 'warning is below --fail-on error'],
    ]);
    const strict = parseXml(formatJunit(RESULT, { ...CONTEXT, failOn: 'info' }));
    expect(strict.attributes).toMatchObject({ failures: '4', skipped: '2' });
    const lenient = parseXml(formatJunit(RESULT, { ...CONTEXT, failOn: 'warning' }));
    expect(lenient.attributes).toMatchObject({ failures: '3', skipped: '3' });
  });

  it('keeps hostile names, newlines and unicode exactly, as escaped XML', () => {
    const hpa = all(document, 'testcase').find(
      (entry) =>
        all(entry, 'failure').length > 0 && entry.attributes.classname === 'scaleplan.hpa-min-max',
    );
    expect(hpa?.attributes.name).toBe(
      `HorizontalPodAutoscaler shop/${HOSTILE_NAME} in apps/shop/hpa.yaml`,
    );
    const failure = all(hpa ?? document, 'failure')[0];
    expect(failure?.attributes.message).toBe(RESULT.findings[0]?.message);
    expect(failure?.attributes.type).toBe('error');
    expect(failure?.text).toContain(
      'apps/shop/hpa.yaml:7:16: error: HorizontalPodAutoscaler "@octocat <img',
    );
    expect(failure?.text).toContain('Fix: Set minReplicas to 3 or less.');
    expect(failure?.text).toContain(
      'Rule: https://github.com/scaleplan-dev/scaleplan/blob/main/docs/rules/hpa-min-max.md',
    );
    const pdb = all(document, 'testcase').find(
      (entry) => entry.attributes.classname === 'scaleplan.pdb-blocks-eviction',
    );
    expect(pdb?.attributes.name).toBe(
      'PodDisruptionBudget zähler/zähler\nline two in apps/ünï cöde/日本 #1?%.yaml',
    );
    expect(pdb?.attributes.file).toBe('apps/ünï cöde/日本 #1?%.yaml');
    expect(pdb?.attributes.line).toBe('12');
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('\u0007');
    const duplicate = all(document, 'failure').find((entry) => entry.text.includes('Related: '));
    expect(duplicate?.text).toContain('Related: apps/shop/svc.yaml:4:9: First defined here.');
  });

  it('reports a clean run as one passing test case', () => {
    const clean = parseXml(formatJunit(CLEAN, CONTEXT));
    expect(clean.attributes).toMatchObject({ tests: '1', failures: '0', skipped: '0' });
    expect(all(clean, 'testcase').map((entry) => entry.attributes.name)).toEqual([
      'lint: 7 objects in 3 files',
    ]);
  });

  it('stays well-formed for any text, control characters and lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.string({ unit: 'binary', maxLength: 1 }),
            fc.constantFrom('\ud800', '\udfff', '\u0000', '\u001b', '\r', '\ufffe', ']]>', '&#0;'),
          ),
        }),
        fc.string({ unit: 'binary', minLength: 1 }),
        (message, name) => {
          const [finding] = manyFindings(1).findings;
          if (!finding?.object) {
            throw new Error('no finding');
          }
          const result: LintResult = {
            ...manyFindings(1),
            findings: [{ ...finding, message, object: { ...finding.object, name } }],
          };
          const parsed = parseXml(formatJunit(result, CONTEXT));
          const failure = all(parsed, 'failure')[0];
          const expected = message
            .replace(
              /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
              '\ufffd',
            )
            // eslint-disable-next-line no-control-regex
            .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
          expect(failure?.attributes.message).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('escapes markup, quotes and whitespace that attributes would lose', () => {
    expect(escapeXml(`<a href="x">'&'</a>\t\n\r`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#9;&#10;&#13;',
    );
    expect(escapeXml('a\u0000b\u000bc\ud800d')).toBe('abc\ufffdd');
  });
});
