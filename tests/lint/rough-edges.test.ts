/**
 * Rough edges seen on public manifests (issue 11): nothing leaks onto stderr from the YAML
 * library, and no message prints a map or list as "[object Object]".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rules } from '../../src/lint/rules/index.js';
import { lintSourcesPrepared } from '../../src/lint/sources.js';
import { parseSourceFile } from '../../src/source/parse.js';
import { SourceFile } from '../../src/source/source-file.js';

/** A Helm template's `{{ … }}` after a key is, to YAML, a map whose key is a map. */
const HELM_LABELS = `apiVersion: v1
kind: ConfigMap
metadata:
  name: a
  labels: {{ include "labels" . }}
`;
/** A second document with a duplicate key makes js-yaml reject the file: `yaml` reads it. */
const HELM_AND_DUPLICATE = `${HELM_LABELS}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: b
  name: c
`;

describe('YAML library warnings', () => {
  const warnings: string[] = [];
  const listener = (warning: Error): void => {
    warnings.push(warning.message);
  };
  beforeEach(() => {
    warnings.length = 0;
    process.on('warning', listener);
  });
  afterEach(() => {
    process.off('warning', listener);
  });

  it('a collection key emits no process warning (it would print on stderr)', async () => {
    const file = new SourceFile('helm.yaml', HELM_AND_DUPLICATE);
    const result = parseSourceFile(file);
    expect(result.documents.length).toBeGreaterThan(0);
    await lintSourcesPrepared({ 'helm.yaml': HELM_AND_DUPLICATE }, { rules });
    // process.emitWarning delivers on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([]);
  });
});

describe('no "[object Object]" in messages', () => {
  const cases: Array<[name: string, text: string]> = [
    ['a Helm template as a key (fast parse)', HELM_LABELS],
    ['a Helm template as a key (full parse)', HELM_AND_DUPLICATE],
    [
      'a Service selector value that is a map',
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: {name: web}}\n  ports: [{port: 80}]\n',
    ],
    [
      'matchExpressions values that are maps',
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web}\nspec:\n  maxUnavailable: 1\n  selector:\n    matchExpressions: [{key: app, operator: In, values: [{a: 1}, web]}]\n',
    ],
    ['a kind that is a map, without apiVersion', 'kind: {a: 1}\nmetadata: {name: web}\n'],
  ];

  it.each(cases)('%s', async (_name, text) => {
    const result = await lintSourcesPrepared({ 'x.yaml': text }, { rules });
    expect(result.findings.length).toBeGreaterThan(0);
    for (const finding of result.findings) {
      expect(finding.message, finding.ruleId).not.toContain('[object Object]');
    }
  });

  it('the key is shown as it is spelled', async () => {
    const result = await lintSourcesPrepared({ 'x.yaml': HELM_LABELS }, { rules });
    const schema = result.findings.find((finding) => finding.ruleId === 'schema-invalid');
    expect(schema?.message).toContain('metadata.labels["{ include \\"labels\\" . }"]');
  });
});
