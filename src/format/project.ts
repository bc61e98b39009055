/** The project's repository: SARIF `informationUri` and every rule documentation link. */
export const REPOSITORY_URL = 'https://github.com/scaleplan-dev/scaleplan';

/** The generated documentation page of a rule (docs/rules/<id>.md). */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
