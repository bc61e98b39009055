/** Where rule documentation lives: SARIF helpUri, comment links and annotations use it. */
export const DOCS_BASE_URL = 'https://github.com/scaleplan-dev/scaleplan/blob/main/docs/rules/';
