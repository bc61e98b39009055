import type { Finding, LintResult } from '../../src/lint/result.js';
import { rules } from '../../src/lint/rules/index.js';
import type { FormatContext } from '../../src/format/types.js';

// Only the rules the results name, so snapshots do not change whenever a rule is added.
const NAMED_RULES = new Set(['hpa-min-max', 'duplicate-object', 'pdb-blocks-eviction']);

export const CONTEXT: FormatContext = {
  rules: Object.fromEntries(
    rules.filter((rule) => NAMED_RULES.has(rule.id)).map((rule) => [rule.id, rule.meta]),
  ),
  version: '0.0.0-test',
};

/** Every rule of the registry, as the CLI passes them. */
export const FULL_CONTEXT: FormatContext = {
  rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.meta])),
  version: '0.0.0-test',
};

/** An object name an attacker controls: HTML, a mention, links, table and code syntax. */
export const HOSTILE_NAME =
  '@octocat <img src=x onerror=alert(1)> <script>alert(1)</script> | [x](javascript:alert(1)) `rm -rf` #12 <!-- $\\color{red}x$';

/**
 * A hand-built result: related locations, a fix hint, an approximate position, findings
 * suppressed by comment (with a reason) and by annotation (without), and hostile,
 * manifest-controlled names and paths (HTML, mentions, `|`, newlines, unicode, a control
 * character). Carriage returns and lone surrogates, which a snapshot file cannot keep, are
 * tested per format.
 */
export const RESULT: LintResult = {
  findings: [
    {
      ruleId: 'hpa-min-max',
      messageId: 'minAboveMax',
      severity: 'error',
      message: `HorizontalPodAutoscaler "${HOSTILE_NAME}" has minReplicas 5 above maxReplicas 3; the API server rejects it and the workload never scales.`,
      file: 'apps/shop/hpa.yaml',
      line: 7,
      column: 16,
      endLine: 7,
      endColumn: 17,
      object: {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        namespace: 'shop',
        name: HOSTILE_NAME,
      },
      fix: 'Set minReplicas to 3 or less.',
    },
    {
      ruleId: 'duplicate-object',
      messageId: 'duplicate',
      severity: 'error',
      message:
        'Service "web" is defined more than once in namespace "shop"; the later one silently replaces the earlier on apply.',
      file: 'apps/shop/svc, copy (1).yaml',
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
      ruleId: 'pdb-blocks-eviction',
      messageId: 'alwaysBlocks',
      severity: 'warning',
      message:
        'PodDisruptionBudget "zähler\nline two\u0007 ✓ 🚀" sets maxUnavailable 0, which allows no voluntary eviction at any replica count; node drains hang.',
      file: 'apps/ünï cöde/日本 #1?%.yaml',
      line: 12,
      column: 3,
      endLine: 12,
      endColumn: 19,
      object: {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        namespace: 'zähler',
        name: 'zähler\nline two',
      },
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
      suppression: { kind: 'comment', justification: 'being migrated, see <JIRA-1> @ops | team' },
    },
    {
      ruleId: 'duplicate-object',
      messageId: 'duplicate',
      severity: 'error',
      message:
        'Service "old" is defined more than once in namespace "legacy"; the later one silently replaces the earlier on apply.',
      file: 'apps/legacy/svc.yaml',
      line: 2,
      column: 9,
      endLine: 2,
      endColumn: 12,
      object: { apiVersion: 'v1', kind: 'Service', namespace: 'legacy', name: 'old' },
      suppression: { kind: 'annotation' },
    },
  ],
  summary: {
    errors: 2,
    warnings: 1,
    infos: 1,
    suppressed: 2,
    files: 6,
    objects: 12,
    skippedDocuments: 1,
  },
};

export const CLEAN: LintResult = {
  findings: [],
  suppressed: [],
  summary: {
    errors: 0,
    warnings: 0,
    infos: 0,
    suppressed: 0,
    files: 3,
    objects: 7,
    skippedDocuments: 0,
  },
};

/** `count` error findings in `count` files, like a big repository's first run. */
export function manyFindings(count: number, severity: Finding['severity'] = 'error'): LintResult {
  const findings: Finding[] = Array.from({ length: count }, (_, index) => ({
    ruleId: 'hpa-min-max',
    messageId: 'minAboveMax',
    severity,
    message: `HorizontalPodAutoscaler "app-${index}" has minReplicas 5 above maxReplicas 3; the API server rejects it and the workload never scales.`,
    file: `apps/app-${index}/hpa.yaml`,
    line: 7,
    column: 16,
    endLine: 7,
    endColumn: 17,
    object: {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      namespace: 'apps',
      name: `app-${index}`,
    },
  }));
  return {
    findings,
    suppressed: [],
    summary: {
      errors: severity === 'error' ? count : 0,
      warnings: severity === 'warning' ? count : 0,
      infos: severity === 'info' ? count : 0,
      suppressed: 0,
      files: count,
      objects: count,
      skippedDocuments: 0,
    },
  };
}
