import type { Formatter } from './types.js';

/** The version of the `--format json` document; bumped only on incompatible changes. */
export const JSON_FORMAT_VERSION = 1;

/**
 * `{"version": 1, "findings": [...], "suppressed": [...], "summary": {...}}`, documented in
 * docs/output-formats.md. Positions are 1-based; `endColumn` is exclusive.
 */
export const formatJson: Formatter = (result) =>
  `${JSON.stringify({ version: JSON_FORMAT_VERSION, findings: result.findings, suppressed: result.suppressed, summary: result.summary }, null, 2)}\n`;
