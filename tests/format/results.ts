import type { LintResult } from '../../src/lint/engine.js';
import { rules } from '../../src/lint/rules/index.js';
import type { FormatContext } from '../../src/format/types.js';

// Only the rules the results name, so snapshots do not change whenever a rule is added.
export const CONTEXT: FormatContext = {
  rules: Object.fromEntries(
    rules
      .filter((rule) => rule.id === 'hpa-min-max' || rule.id === 'duplicate-object')
      .map((rule) => [rule.id, rule.meta]),
  ),
  version: '0.0.0-test',
};

/** A hand-built result: related locations, a suppression, and hostile, manifest-controlled names. */
export const RESULT: LintResult = {
  findings: [
    {
      ruleId: 'hpa-min-max',
      messageId: 'minAboveMax',
      severity: 'error',
      message:
        'HorizontalPodAutoscaler "@octocat <img src=x onerror=alert(1)> | [x](javascript:alert(1)) `rm` #12" has minReplicas 5 above maxReplicas 3; the API server rejects it and the workload never scales.',
      file: 'apps/shop/hpa.yaml',
      line: 7,
      column: 16,
      endLine: 7,
      endColumn: 17,
      object: {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        namespace: 'shop',
        name: '@octocat <img src=x onerror=alert(1)> | [x](javascript:alert(1)) `rm` #12',
      },
    },
    {
      ruleId: 'duplicate-object',
      messageId: 'duplicate',
      severity: 'error',
      message:
        'Service "web" is defined more than once in namespace "shop"; the later one silently replaces the earlier on apply.',
      file: 'apps/shop/svc, copy.yaml',
      line: 3,
      column: 9,
      endLine: 3,
      endColumn: 12,
      object: { apiVersion: 'v1', kind: 'Service', namespace: 'shop', name: 'web' },
      related: [
        {
          file: 'apps/shop/svc.yaml',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 12,
          message: 'First defined here.',
          object: { apiVersion: 'v1', kind: 'Service', namespace: 'shop', name: 'web' },
        },
      ],
    },
    {
      ruleId: 'hpa-min-max',
      messageId: 'minEqualsMax',
      severity: 'info',
      message:
        'HorizontalPodAutoscaler "batch" has minReplicas equal to maxReplicas (3), so it can never scale; set a lower minReplicas or drop the HPA and set replicas.',
      file: 'apps/batch/hpa.yaml',
      line: 8,
      column: 16,
      endLine: 9,
      endColumn: 3,
      approximate: true,
      object: { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', name: 'batch' },
    },
  ],
  suppressed: [
    {
      ruleId: 'hpa-min-max',
      messageId: 'minAboveMax',
      severity: 'error',
      message:
        'HorizontalPodAutoscaler "legacy" has minReplicas 4 above maxReplicas 2; the API server rejects it and the workload never scales.',
      file: 'apps/legacy/hpa.yaml',
      line: 9,
      column: 16,
      endLine: 9,
      endColumn: 17,
      object: {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        namespace: 'legacy',
        name: 'legacy',
      },
      suppression: { kind: 'comment', justification: 'being migrated, see JIRA-1' },
    },
  ],
  summary: {
    errors: 2,
    warnings: 0,
    infos: 1,
    suppressed: 1,
    files: 4,
    objects: 12,
    skippedDocuments: 1,
  },
};

export function manyFindings(count: number): LintResult {
  const findings = Array.from({ length: count }, (_, index) => ({
    ruleId: 'hpa-min-max',
    messageId: 'minAboveMax',
    severity: 'error' as const,
    message: `HorizontalPodAutoscaler "app-${index}" has minReplicas 5 above maxReplicas 3; the API server rejects it and the workload never scales.`,
    file: `apps/app-${index}/hpa.yaml`,
    line: 7,
    column: 16,
    endLine: 7,
    endColumn: 17,
  }));
  return {
    findings,
    suppressed: [],
    summary: {
      errors: count,
      warnings: 0,
      infos: 0,
      suppressed: 0,
      files: count,
      objects: count,
      skippedDocuments: 0,
    },
  };
}
