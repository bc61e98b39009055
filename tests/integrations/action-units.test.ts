import { describe, expect, it } from 'vitest';
import { commentableLines } from '../../src/integrations/action/diff.js';
import { retryDelayMs } from '../../src/integrations/action/github.js';
import {
  fixSuggestion,
  reviewComments,
  suggestionBlock,
} from '../../src/integrations/action/pull-request.js';
import { lintSources } from '../../src/lint/sources.js';
import hpaReplicasPinned from '../../src/lint/rules/hpa-replicas-pinned.js';
import pdbBlocks from '../../src/lint/rules/pdb-blocks-eviction.js';

describe('commentableLines', () => {
  it('keeps added and context lines of each hunk, on the new side', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' a',
      '-b',
      '+B',
      '+C',
      ' d',
      '@@ -20,2 +21,3 @@',
      ' x',
      '+y',
      ' z',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...commentableLines(patch)]).toEqual([1, 2, 3, 4, 21, 22, 23]);
  });

  it('has nothing for a binary or very large file without a patch', () => {
    expect(commentableLines(undefined).size).toBe(0);
  });
});

describe('retryDelayMs', () => {
  const error = (status: number, headers: Record<string, string> = {}, message = '') => ({
    status,
    message,
    response: { headers },
  });

  it('waits as GitHub asks on rate limits', () => {
    expect(retryDelayMs(error(429, { 'retry-after': '3' }), 0)).toBe(3000);
    expect(
      retryDelayMs(
        error(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '110' }),
        0,
        100_000,
      ),
    ).toBe(10_000);
    expect(retryDelayMs(error(403, {}, 'You have exceeded a secondary rate limit'), 1)).toBe(2000);
  });

  it('backs off on server errors and gives up on everything else', () => {
    expect(retryDelayMs(error(502), 2)).toBe(4000);
    expect(
      retryDelayMs(error(403, {}, 'Resource not accessible by integration'), 0),
    ).toBeUndefined();
    expect(retryDelayMs(error(422), 0)).toBeUndefined();
    expect(retryDelayMs(new Error('boom'), 0)).toBeUndefined();
  });
});

describe('fix suggestions in review comments', () => {
  const text = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: web}',
    'spec:',
    '  replicas: 3',
    '  selector: {matchLabels: {app: web}}',
    '---',
    'apiVersion: autoscaling/v2',
    'kind: HorizontalPodAutoscaler',
    'metadata: {name: web}',
    'spec:',
    '  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}',
    '  minReplicas: 2',
    '  maxReplicas: 4',
    '',
  ].join('\n');
  const lines = text.split('\n').length - 1;
  const result = lintSources({ 'k8s/web.yaml': text }, { rules: [hpaReplicasPinned, pdbBlocks] });
  const patch = `@@ -0,0 +1,${lines} @@\n${text
    .split('\n')
    .slice(0, lines)
    .map((line) => `+${line}`)
    .join('\n')}`;

  it('suggests the fixed lines when the edit is inside the changed lines', () => {
    const { comments } = reviewComments(
      result.findings,
      [{ filename: 'k8s/web.yaml', status: 'added', patch }],
      new Set(),
      (finding) => finding.ruleId,
      (finding) => fixSuggestion(finding, result.fixSources),
    );
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ path: 'k8s/web.yaml', line: 5, side: 'RIGHT' });
    expect(comments[0]?.startLine).toBeUndefined();
    // An empty suggestion deletes the line.
    expect(comments[0]?.body).toMatch(/^hpa-replicas-pinned\n\n```suggestion\n```\n\n<!-- /);
  });

  it('suggests nothing when a replaced line is outside the diff', () => {
    const { comments } = reviewComments(
      result.findings,
      [{ filename: 'k8s/web.yaml', status: 'modified', patch: '@@ -1,1 +5,1 @@\n+  replicas: 3' }],
      new Set(),
      (finding) => finding.ruleId,
      () => ({ startLine: 5, line: 6, text: 'x' }),
    );
    expect(comments[0]).toMatchObject({ line: 5 });
    expect(comments[0]?.body).not.toContain('```suggestion');
  });

  it('replaces a value within its line', () => {
    const pdb =
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec:\n  maxUnavailable: 0 # none\n  selector: {matchLabels: {app: web}}\n';
    const linted = lintSources({ 'pdb.yaml': pdb }, { rules: [pdbBlocks] });
    const [finding] = linted.findings;
    expect(finding && fixSuggestion(finding, linted.fixSources)).toEqual({
      startLine: 5,
      line: 5,
      text: '  maxUnavailable: 1 # none',
    });
    expect(suggestionBlock({ startLine: 5, line: 5, text: 'a: 1' })).toBe(
      '```suggestion\na: 1\n```',
    );
  });
});
