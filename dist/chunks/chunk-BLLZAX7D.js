import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/format/markdown-links.ts
var DOCS_BASE_URL = "https://github.com/scaleplan-dev/scaleplan/blob/main/docs/rules/";

export {
  DOCS_BASE_URL
};
