import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/lint/result.js';
import { REPOSITORY_URL } from '../../src/format/project.js';
import {
  buildSarifLog,
  clip,
  FINGERPRINT_KEY,
  GITHUB_CODE_SCANNING_LIMITS,
  sarifRegion,
  toUriReference,
  type SarifLog,
  type SarifResult,
} from '../../src/format/sarif.js';
import { runCli } from '../cli/helpers.js';
import { CONTEXT, FULL_CONTEXT, manyFindings, RESULT } from './results.js';
import { sarifSchemaErrors } from './sarif-schema.js';

function results(log: SarifLog): SarifResult[] {
  return log.runs[0].results;
}

function fingerprint(result: SarifResult | undefined): string {
  return result?.partialFingerprints[FINGERPRINT_KEY] ?? 'missing';
}

describe('sarif: the official SARIF 2.1.0 schema', () => {
  it('accepts the hand-built result with every rule of the registry', () => {
    expect(sarifSchemaErrors(buildSarifLog(RESULT, FULL_CONTEXT))).toEqual([]);
    expect(sarifSchemaErrors(JSON.parse(JSON.stringify(buildSarifLog(RESULT, CONTEXT))))).toEqual(
      [],
    );
  });

  it('rejects what it should (the validator is not a no-op)', () => {
    const log = JSON.parse(JSON.stringify(buildSarifLog(RESULT, CONTEXT))) as SarifLog;
    const region = results(log)[0]?.locations[0]?.physicalLocation.region;
    if (!region) {
      throw new Error('no region');
    }
    region.startColumn = 0;
    expect(sarifSchemaErrors(log).map((error) => error.instancePath)).toContain(
      '/runs/0/results/0/locations/0/physicalLocation/region/startColumn',
    );
    const unencoded = JSON.parse(JSON.stringify(buildSarifLog(RESULT, CONTEXT))) as SarifLog;
    const artifact = results(unencoded)[2]?.locations[0]?.physicalLocation.artifactLocation;
    if (!artifact) {
      throw new Error('no artifact location');
    }
    artifact.uri = 'apps/a file.yaml';
    expect(sarifSchemaErrors(unencoded)).not.toEqual([]);
  });

  it('accepts what `scaleplan lint --format sarif` prints for the shop example', async () => {
    const run = await runCli(['lint', 'fixtures/examples/shop', '--format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(results(log).length).toBeGreaterThan(3);
    expect(log.runs[0].tool.driver.rules.length).toBe(Object.keys(FULL_CONTEXT.rules).length);
    for (const result of results(log)) {
      const { region, artifactLocation } = result.locations[0]?.physicalLocation ?? {};
      expect(artifactLocation?.uri).toMatch(/^fixtures\/examples\/shop\/[a-z]+\.yaml$/);
      expect(Math.min(...Object.values(region ?? {}))).toBeGreaterThanOrEqual(1);
      expect(log.runs[0].tool.driver.rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    }
  });
});

describe('sarif: machine fixes', () => {
  it('carries a fix as fixes[].artifactChanges and a refusal as fixRefused, valid SARIF', () => {
    const base = RESULT.findings[0];
    if (!base) {
      throw new Error('RESULT has no finding');
    }
    const edit = { file: 'k8s/web.yaml', line: 7, column: 1, endLine: 8, endColumn: 1 };
    const fixed: Finding = {
      ...base,
      fix: 'Delete spec.replicas.',
      autofix: {
        edits: [
          { ...edit, start: 80, end: 95, text: '' },
          {
            ...edit,
            line: 9,
            endLine: 9,
            column: 3,
            endColumn: 3,
            start: 110,
            end: 110,
            text: 'x',
          },
        ],
      },
    };
    const refused: Finding = {
      ...base,
      line: base.line + 1,
      autofix: { refused: 'Set by a generator.' },
    };
    const log = buildSarifLog(
      { ...RESULT, findings: [fixed, refused], suppressed: [] },
      FULL_CONTEXT,
    );
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [withFix, withRefusal] = results(log);
    expect(withFix?.fixes).toEqual([
      {
        description: { text: 'Delete spec.replicas.' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'k8s/web.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 7, startColumn: 1, endLine: 8, endColumn: 1 },
                insertedContent: { text: '' },
              },
              {
                deletedRegion: { startLine: 9, startColumn: 3, endLine: 9, endColumn: 3 },
                insertedContent: { text: 'x' },
              },
            ],
          },
        ],
      },
    ]);
    expect(withRefusal?.fixes).toBeUndefined();
    expect(withRefusal?.properties?.fixRefused).toBe('Set by a generator.');
  });
});

describe('sarif: GitHub code scanning constraints', () => {
  const log = buildSarifLog(RESULT, FULL_CONTEXT);
  const limits = GITHUB_CODE_SCANNING_LIMITS;

  it('gives every rule a name, short and full description within the limits, help and a level', () => {
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'scaleplan', informationUri: REPOSITORY_URL });
    for (const rule of driver.rules) {
      expect(rule.name.length).toBeGreaterThan(0);
      expect(rule.name.length).toBeLessThanOrEqual(limits.ruleName);
      expect(rule.shortDescription.text).toMatch(/^(Require|Disallow|Enforce) .+\.$/);
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(limits.shortDescription);
      expect(rule.fullDescription.text.length).toBeGreaterThan(20);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(limits.fullDescription);
      expect(rule.help.text).toContain('How to fix: ');
      expect(rule.help.markdown).toMatch(/\*\*Incorrect:\*\*\n\n```yaml\n/);
      expect(rule.helpUri).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${rule.id}.md`);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
      expect(rule.properties.tags.length).toBeLessThanOrEqual(limits.tagsPerRule);
    }
  });

  it('cuts a rationale longer than 1,024 characters for fullDescription but keeps it whole in help', () => {
    const long = log.runs[0].tool.driver.rules.filter(
      (rule) => (FULL_CONTEXT.rules[rule.id]?.rationale.length ?? 0) > limits.fullDescription,
    );
    expect(long.length).toBeGreaterThan(0);
    for (const rule of long) {
      expect(rule.help.text.startsWith(FULL_CONTEXT.rules[rule.id]?.rationale ?? '?')).toBe(true);
      expect(rule.fullDescription.text).toMatch(/[.…]$/);
    }
    expect(clip('One. Two. Three.', 100)).toBe('One. Two. Three.');
    expect(clip('First sentence here. Second sentence is long.', 30)).toBe('First sentence here.');
    expect(clip('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('has one location per result, a relative percent-encoded path and 1-based regions', () => {
    expect(results(log).length).toBeLessThanOrEqual(limits.resultsPerRun);
    for (const [index, result] of results(log).entries()) {
      expect(result.locations).toHaveLength(1);
      const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? {};
      expect(artifactLocation?.uriBaseId).toBe('%SRCROOT%');
      expect(artifactLocation?.uri).not.toMatch(/^[a-z][a-z0-9+.-]*:|[\s#?]/i);
      const finding = [...RESULT.findings, ...RESULT.suppressed][index];
      expect(decodeURIComponent(artifactLocation?.uri ?? '')).toBe(finding?.file);
      expect(region?.startLine).toBe(finding?.line);
      expect(region?.startColumn).toBe(finding?.column);
      expect(region?.endColumn).toBe(finding?.endColumn);
    }
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  });
});

describe('sarif: content', () => {
  const log = buildSarifLog(RESULT, CONTEXT);

  it('maps severities to levels and keeps the message, the object and related locations', () => {
    expect(results(log).map((result) => result.level)).toEqual([
      'error',
      'error',
      'warning',
      'note',
      'error',
      'error',
    ]);
    const duplicate = results(log)[1];
    expect(duplicate?.locations[0]?.logicalLocations).toEqual([
      {
        name: 'web',
        fullyQualifiedName: 'Service/shop/web',
        kind: 'resource',
        properties: { apiVersion: 'v1', kind: 'Service', namespace: 'shop' },
      },
    ]);
    expect(duplicate?.relatedLocations).toEqual([
      expect.objectContaining({
        id: 0,
        message: { text: 'First defined here.' },
        physicalLocation: {
          artifactLocation: { uri: 'apps/shop/svc.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 12 },
        },
      }),
    ]);
    expect(results(log)[0]?.properties).toEqual({ fix: 'Set minReplicas to 3 or less.' });
    expect(results(log)[3]?.properties).toEqual({ approximateLocation: true });
  });

  it('keeps suppressed findings as results with an inSource suppression and its justification', () => {
    const suppressed = results(log).filter((result) => result.suppressions);
    expect(suppressed.map((result) => result.suppressions)).toEqual([
      [
        {
          kind: 'inSource',
          status: 'accepted',
          justification: 'being migrated, see <JIRA-1> @ops | team',
          properties: { suppressedBy: 'comment' },
        },
      ],
      [
        {
          kind: 'inSource',
          status: 'accepted',
          justification: 'scaleplan.dev/ignore annotation (no reason given)',
          properties: { suppressedBy: 'annotation' },
        },
      ],
    ]);
    expect(
      results(log)
        .slice(0, 4)
        .every((result) => !result.suppressions),
    ).toBe(true);
  });

  it('never writes a 0 or an end before the start', () => {
    expect(sarifRegion({ line: 0, column: 0, endLine: 0, endColumn: 0 })).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(sarifRegion({ line: 5, column: 9, endLine: 4, endColumn: 2 })).toEqual({
      startLine: 5,
      startColumn: 9,
      endLine: 5,
      endColumn: 9,
    });
    expect(sarifRegion({ line: 5, column: 9, endLine: 7, endColumn: 2 })).toEqual({
      startLine: 5,
      startColumn: 9,
      endLine: 7,
      endColumn: 2,
    });
  });

  it('encodes paths as URI references', () => {
    expect(toUriReference('apps/svc, copy (1).yaml')).toBe('apps/svc%2C%20copy%20(1).yaml');
    expect(toUriReference('c:weird/a#b?c%d.yaml')).toBe('c%3Aweird/a%23b%3Fc%25d.yaml');
    expect(toUriReference('dir\\win.yaml')).toBe('dir/win.yaml');
    expect(toUriReference('<stdin>')).toBe('%3Cstdin%3E');
    expect(toUriReference('bad\ud800.yaml')).toBe('bad%EF%BF%BD.yaml');
  });
});

describe('sarif: partialFingerprints', () => {
  function shifted(finding: Finding, lines: number): Finding {
    return { ...finding, line: finding.line + lines, endLine: finding.endLine + lines };
  }

  it('are identical across runs and unique within one', () => {
    const first = results(buildSarifLog(RESULT, CONTEXT)).map(fingerprint);
    const second = results(buildSarifLog(structuredClone(RESULT), CONTEXT)).map(fingerprint);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const value of first) {
      expect(value).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
  });

  it('survive lines added above the object and a changed number in the message', () => {
    const [finding] = RESULT.findings;
    if (!finding) {
      throw new Error('no finding');
    }
    const before = fingerprint(
      results(buildSarifLog({ ...RESULT, findings: [finding] }, CONTEXT))[0],
    );
    const moved: LintResult = { ...RESULT, findings: [shifted(finding, 10)] };
    expect(fingerprint(results(buildSarifLog(moved, CONTEXT))[0])).toBe(before);
    const renumbered: LintResult = {
      ...RESULT,
      findings: [
        { ...finding, message: finding.message.replace('minReplicas 5', 'minReplicas 7') },
      ],
    };
    expect(fingerprint(results(buildSarifLog(renumbered, CONTEXT))[0])).toBe(before);
    const otherObject: LintResult = {
      ...RESULT,
      findings: [{ ...finding, object: { ...finding.object!, name: 'other' } }],
    };
    expect(fingerprint(results(buildSarifLog(otherObject, CONTEXT))[0])).not.toBe(before);
  });

  it('tell apart findings that differ only in position', () => {
    const [finding] = manyFindings(1).findings;
    if (!finding) {
      throw new Error('no finding');
    }
    const twice: LintResult = { ...manyFindings(1), findings: [finding, shifted(finding, 5)] };
    const values = results(buildSarifLog(twice, CONTEXT)).map(fingerprint);
    expect(values[0]?.endsWith(':1')).toBe(true);
    expect(values[1]?.endsWith(':2')).toBe(true);
    expect(values[0]?.split(':')[0]).toBe(values[1]?.split(':')[0]);
  });
});
