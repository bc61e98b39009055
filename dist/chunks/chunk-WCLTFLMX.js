import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/format/project.ts
var REPOSITORY_URL = "https://github.com/scaleplan-dev/scaleplan";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

export {
  REPOSITORY_URL,
  ruleDocsUrl
};
