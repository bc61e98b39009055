import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../../src/k8s/manifest.js';
import { applyFixes, Fixer, type FixResult, toAutofix } from '../../src/lint/fix.js';
import { writeFixed } from '../../src/lint/fix-run.js';
import type { Finding } from '../../src/lint/result.js';
import { lintSources } from '../../src/lint/sources.js';
import hpaReplicasPinned from '../../src/lint/rules/hpa-replicas-pinned.js';
import pdbBlocksEviction from '../../src/lint/rules/pdb-blocks-eviction.js';
import { addFile, type LoadedSet } from '../../src/load/load.js';
import { SourceFile } from '../../src/source/source-file.js';
import { unifiedDiff } from '../../src/format/unified-diff.js';
import { scratchSpace } from '../_utils.js';

const fixer = new Fixer();

function manifests(text: string, name = 'case.yaml'): Manifest[] {
  const set: LoadedSet = {
    label: 't',
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: [],
  };
  addFile(set, new SourceFile(name, text), 'default');
  return set.manifests;
}

/** The text after one fix. */
function applied(text: string, result: FixResult): string {
  if ('refused' in result) {
    throw new Error(`refused: ${result.refused}`);
  }
  const finding = { ruleId: 'r', autofix: toAutofix(result, new Map()) };
  return applyFixes(new Map([['case.yaml', text]]), [finding]).texts.get('case.yaml') ?? text;
}

function first(text: string): Manifest {
  const manifest = manifests(text)[0];
  if (!manifest) {
    throw new Error('no manifest');
  }
  return manifest;
}

describe('Fixer', () => {
  const D = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n';
  it.each([
    [
      'a block field with its line and trailing comment, CRLF kept',
      `# web\r\n${D.replace(/\n/g, '\r\n')}spec:\r\n  replicas: 3   # pinned\r\n  # the selector\r\n  selector: {}\r\n`,
      ['spec', 'replicas'],
      `# web\r\n${D.replace(/\n/g, '\r\n')}spec:\r\n  # the selector\r\n  selector: {}\r\n`,
    ],
    [
      'a flow field with the comma after it',
      `${D}spec: {replicas: 3, paused: false}\n`,
      ['spec', 'replicas'],
      `${D}spec: {paused: false}\n`,
    ],
    [
      'a flow field with the comma before it',
      `${D}spec: {replicas: 3, paused: false}\n`,
      ['spec', 'paused'],
      `${D}spec: {replicas: 3}\n`,
    ],
    [
      'a field whose value is a block map, and nothing after it',
      `${D}spec:\n  a:\n    b: 1\n    c: 2\n\n  d: 3\n`,
      ['spec', 'a'],
      `${D}spec:\n\n  d: 3\n`,
    ],
  ])('removes %s', (_, text, fieldPath, expected) => {
    expect(applied(text, fixer.removeField(first(text), fieldPath))).toBe(expected);
  });

  it('refuses to leave a map empty, and a field that starts a list item', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n';
    expect(fixer.removeField(first(text), ['spec', 'replicas'])).toEqual({
      refused: 'Removing spec.replicas would leave its parent empty.',
    });
    const list = 'apiVersion: v1\nkind: X\nmetadata: {name: x}\nitems:\n  - a: 1\n    b: 2\n';
    expect(fixer.removeField(first(list), ['items', 0, 'a'])).toHaveProperty('refused');
  });

  it('judges emptiness on the source: a patch that writes only the field is refused', () => {
    const base =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 1\n  paused: false\n';
    const patchText =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 5\n';
    const baseFile = new SourceFile('base/d.yaml', base, '/r/base/d.yaml');
    const patchFile = new SourceFile('overlay/patch.yaml', patchText, '/r/overlay/patch.yaml');
    const rendered = new Manifest(first(base).object, baseFile, 0, [], 'default', (p, t) =>
      (p[0] === 'spec' && p[1] === 'replicas' ? patchFile : baseFile).locateField(0, p, t),
    );
    expect(fixer.removeField(rendered, ['spec', 'replicas'])).toEqual({
      refused: 'Removing spec.replicas would leave its parent empty.',
    });
    const json6902 = new SourceFile(
      'overlay/ops.yaml',
      '- op: add\n  path: /spec\n  value:\n    replicas: 5\n',
      '/r/o.yaml',
    );
    const patched = new Manifest(first(base).object, baseFile, 0, [], 'default', (p, t) =>
      p[0] === 'spec' && p[1] === 'replicas'
        ? { file: json6902, start: t === 'key' ? 37 : 47, end: t === 'key' ? 45 : 48 }
        : baseFile.locateField(0, p, t),
    );
    expect(fixer.replaceValue(patched, ['spec', 'replicas'], 2)).toEqual({
      refused:
        'spec.replicas is set by a JSON 6902 patch in overlay/ops.yaml; edit it there by hand.',
    });
  });

  it('leaves anchored, aliased and tagged values alone', () => {
    const text =
      'apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec:\n  a: &n 1\n  b: *n\n  c: !!int 3\n';
    const manifest = first(text);
    for (const field of ['a', 'b', 'c']) {
      expect(fixer.replaceValue(manifest, ['spec', field], 2)).toHaveProperty('refused');
    }
  });

  it('replaces a scalar in its quoting style', () => {
    const text =
      'apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec:\n  a: \'0\'\n  b: "x"\n  c: 0 # zero\n';
    const manifest = first(text);
    expect(applied(text, fixer.replaceValue(manifest, ['spec', 'a'], '1'))).toContain("a: '1'\n");
    expect(applied(text, fixer.replaceValue(manifest, ['spec', 'b'], 'y'))).toContain('b: "y"\n');
    expect(applied(text, fixer.replaceValue(manifest, ['spec', 'c'], 1))).toContain(
      'c: 1 # zero\n',
    );
    expect(fixer.replaceValue(manifest, ['spec'], 1)).toHaveProperty('refused');
  });

  it('renames a key in its quoting style', () => {
    const text = 'apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec:\n  "nvidia.com/gpu": 4\n';
    expect(
      applied(
        text,
        fixer.renameKey(first(text), ['spec', 'nvidia.com/gpu'], 'requests.nvidia.com/gpu'),
      ),
    ).toBe('apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec:\n  "requests.nvidia.com/gpu": 4\n');
  });

  it('sets a field in the style of its map', () => {
    const block =
      'apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec:\n    a: 1 # one\n    b: 2\r\n';
    expect(applied(block, fixer.setField(first(block), ['spec'], 'c', '3'))).toBe(
      'apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec:\n    a: 1 # one\n    b: 2\r\n    c: 3\r\n',
    );
    const nested = 'apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec:\n  a: 1\n';
    expect(applied(nested, fixer.setField(first(nested), ['spec'], 'limits', { 'x/y': '1' }))).toBe(
      'apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec:\n  a: 1\n  limits:\n    x/y: 1\n',
    );
    const flow = 'apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec: {a: 1}\n';
    expect(applied(flow, fixer.setField(first(flow), ['spec'], 'limits', { 'x/y': '1' }))).toBe(
      'apiVersion: v1\nkind: X\nmetadata: {name: x}\nspec: {a: 1, limits: {x/y: 1}}\n',
    );
  });

  it('refuses fields of a rendered stream (remote base, Helm chart) and of a kustomization', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n  paused: false\n';
    const stream = new SourceFile('overlay (kustomize build)', text);
    const rendered = new Manifest(
      first(text).object,
      stream,
      0,
      [],
      'default',
      (fieldPath, target) => stream.locateField(0, fieldPath, target),
    );
    expect(fixer.removeField(rendered, ['spec', 'replicas'])).toEqual({
      refused:
        'Deployment default/web comes from a remote base or a Helm chart: there is no local file to edit.',
    });
    const kustomization = new SourceFile(
      'overlay/kustomization.yaml',
      text,
      '/k/kustomization.yaml',
    );
    const generated = new Manifest(first(text).object, kustomization, 0, [], 'default', (p, t) =>
      kustomization.locateField(0, p, t),
    );
    expect(fixer.removeField(generated, ['spec', 'replicas'])).toHaveProperty(
      'refused',
      expect.stringContaining('overlay/kustomization.yaml'),
    );
  });
});

describe('applyFixes', () => {
  const edit = (file: string, start: number, end: number, text: string) => ({
    file,
    start,
    end,
    text,
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
  });

  it('applies non-overlapping fixes and defers the overlapping ones', () => {
    const findings = [
      { ruleId: 'b', autofix: { edits: [edit('f', 2, 4, 'XY')] } },
      { ruleId: 'a', autofix: { edits: [edit('f', 0, 1, 'A')] } },
      { ruleId: 'c', autofix: { edits: [edit('f', 3, 5, 'Z')] } },
      { ruleId: 'd', autofix: { refused: 'no' } },
      { ruleId: 'e', autofix: { edits: [edit('g', 0, 0, '>')] } },
    ];
    const result = applyFixes(
      new Map([
        ['f', 'abcdef'],
        ['g', 'x'],
      ]),
      findings,
    );
    expect(Object.fromEntries(result.texts)).toEqual({ f: 'AbXYef', g: '>x' });
    expect(result.applied.map((finding) => finding.ruleId)).toEqual(['a', 'b', 'e']);
    expect(result.deferred.map((finding) => finding.ruleId)).toEqual(['c']);
  });
});

describe('unifiedDiff', () => {
  it('writes hunks with three lines of context', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    expect(unifiedDiff([{ file: 'x.yaml', before, after }])).toBe(
      '--- a/x.yaml\n+++ b/x.yaml\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n',
    );
  });

  it('marks a missing final line break', () => {
    expect(unifiedDiff([{ file: 'x', before: 'a\nb', after: 'a\n' }])).toBe(
      '--- a/x\n+++ b/x\n@@ -1,2 +1,1 @@\n a\n-b\n\\ No newline at end of file\n',
    );
  });
});

describe('writeFixed', () => {
  const scratch = scratchSpace('fix-write');

  it('writes atomically, keeping a byte-order mark and the mode', () => {
    const directory = scratch.tree({}, 'bom');
    const file = path.join(directory, 'a.yaml');
    fs.writeFileSync(file, '\ufeffa: 1\n', { mode: 0o640 });
    expect(writeFixed({ text: 'a: 1\n', absolutePath: file }, 'a: 2\n')).toBeUndefined();
    expect(fs.readFileSync(file, 'utf8')).toBe('\ufeffa: 2\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(directory)).toEqual(['a.yaml']);
  });

  it('leaves a file alone that changed on disk since it was read', () => {
    const directory = scratch.tree({ 'a.yaml': 'a: 1\n# edited meanwhile\n' }, 'changed');
    const file = path.join(directory, 'a.yaml');
    expect(writeFixed({ text: 'a: 1\n', absolutePath: file }, 'a: 2\n')).toBe(
      'it changed on disk since it was read',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('a: 1\n# edited meanwhile\n');
  });
});

/** Applies the fixes of `findings` until none is left; returns each pass's text. */
function fixUntilStable(text: string, lint: (text: string) => Finding[]): string[] {
  const passes = [text];
  for (let pass = 0; pass < 10; pass++) {
    const current = passes.at(-1) ?? text;
    const fixed = applyFixes(new Map([['case.yaml', current]]), lint(current)).texts.get(
      'case.yaml',
    );
    if (fixed === undefined) {
      return passes;
    }
    passes.push(fixed);
  }
  throw new Error('fixes did not settle');
}

describe('fixes on mutated fixtures (property)', () => {
  const layout = fc.record({
    eol: fc.constantFrom('\n', '\r\n'),
    indent: fc.constantFrom('  ', '    '),
    quote: fc.constantFrom('', "'", '"'),
    comment: fc.constantFrom('', ' # pinned', '   #x'),
    header: fc.constantFrom('', '# header\n', '---\n', '%YAML 1.2\n---\n'),
    flowSelector: fc.boolean(),
  });

  it('hpa-replicas-pinned: the finding goes, a second fix is a no-op, only the line changes', () => {
    fc.assert(
      fc.property(layout, ({ eol, indent, quote, comment, header, flowSelector }) => {
        const selector = flowSelector
          ? [`${indent}selector: {matchLabels: {app: web}}`]
          : [
              `${indent}selector:`,
              `${indent}${indent}matchLabels:`,
              `${indent}${indent}${indent}app: web`,
            ];
        const replicas = `${indent}replicas: 3${comment}`;
        const lines = (withReplicas: boolean) => [
          ...header.split('\n').filter(Boolean),
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          `${indent}name: ${quote}web${quote} # the app`,
          'spec:',
          `${indent}# how many`,
          ...(withReplicas ? [replicas] : []),
          ...selector,
          '---',
          'apiVersion: autoscaling/v2',
          'kind: HorizontalPodAutoscaler',
          'metadata: {name: web}',
          'spec:',
          `${indent}scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}`,
          `${indent}maxReplicas: 5`,
        ];
        const text = `${lines(true).join(eol)}${eol}`;
        const lint = (source: string) =>
          lintSources({ 'case.yaml': source }, { rules: [hpaReplicasPinned] }).findings;
        const passes = fixUntilStable(text, lint);
        expect(passes.length).toBe(2);
        expect(passes[1]).toBe(`${lines(false).join(eol)}${eol}`);
        expect(lint(passes[1] ?? '')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('pdb-blocks-eviction: a value replaced in place, nothing else', () => {
    fc.assert(
      fc.property(
        layout,
        fc.constantFrom('0', '"0%"', "'0%'"),
        ({ eol, indent, comment, header }, zero) => {
          const doc = (value: string) =>
            [
              ...header.split('\n').filter(Boolean),
              'apiVersion: policy/v1',
              'kind: PodDisruptionBudget',
              'metadata: {name: web}',
              'spec:',
              `${indent}maxUnavailable: ${value}${comment}`,
              `${indent}selector: {matchLabels: {app: web}}`,
            ].join(eol) + eol;
          const lint = (source: string) =>
            lintSources({ 'case.yaml': source }, { rules: [pdbBlocksEviction] }).findings;
          const passes = fixUntilStable(doc(zero), lint);
          expect(passes.length).toBe(2);
          expect(passes[1]).toBe(doc('1'));
          expect(lint(passes[1] ?? '')).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
