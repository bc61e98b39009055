import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/lint/config/types.js';
import { addFile, type LoadedSet } from '../../src/load/load.js';
import { lintLoaded } from '../../src/lint/lint.js';
import { defineRule } from '../../src/lint/rule.js';
import { SourceFile } from '../../src/source/source-file.js';

/** A rule whose visitor only works after its asynchronous `prepare` ran for the kinds seen. */
function lazyRule(id: string, prepared: Set<string>) {
  return defineRule({
    id,
    meta: {
      description: 'Require a prepared kind',
      severity: 'error',
      category: 'set',
      kinds: ['*'],
      scope: 'object',
      messages: { seen: 'Saw {{kind}}.' },
      rationale: 'Only for the engine test of the prepare step.',
      remediation: 'Nothing to change.',
      defaultOptions: {},
      examples: { incorrect: '', correct: '' },
    },
    async prepare(manifests) {
      await Promise.resolve();
      manifests.forEach((manifest) => prepared.add(manifest.kind));
    },
    create(context) {
      return {
        '*'(manifest) {
          if (!prepared.has(manifest.kind)) {
            throw new Error(`${manifest.kind} was not prepared`);
          }
          context.report({ manifest, messageId: 'seen', data: { kind: manifest.kind } });
        },
      };
    },
  });
}

function loadedSet(text: string): LoadedSet {
  const set: LoadedSet = {
    label: 'test',
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: [],
  };
  addFile(set, new SourceFile('objects.yaml', text), 'default');
  return set;
}

const config = (rules: ResolvedConfig['rules'] = {}): ResolvedConfig => ({
  baseDirectory: '/',
  rules,
  ignore: [],
  overrides: [],
});
const settings = { kubeVersion: '1.34', defaultNamespace: 'default' };
const objects =
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: b}\n';

describe('prepareRules through lintLoaded', () => {
  it('awaits prepare with every object before any visitor runs', async () => {
    const prepared = new Set<string>();
    const result = await lintLoaded([loadedSet(objects)], config(), settings, {
      cwd: '/',
      rules: [lazyRule('lazy', prepared)],
    });
    expect([...prepared].sort()).toEqual(['ConfigMap', 'Secret']);
    expect(result.findings.map((finding) => finding.message)).toEqual([
      'Saw ConfigMap.',
      'Saw Secret.',
    ]);
  });

  it('does not prepare a rule that the config turns off', async () => {
    const prepared = new Set<string>();
    const result = await lintLoaded(
      [loadedSet(objects)],
      config({ lazy: { severity: 'off' } }),
      settings,
      {
        cwd: '/',
        rules: [lazyRule('lazy', prepared)],
      },
    );
    expect(prepared.size).toBe(0);
    expect(result.findings).toEqual([]);
  });
});
