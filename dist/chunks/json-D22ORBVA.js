import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import "./chunk-VXV2MXR7.js";

// src/format/json.ts
var JSON_FORMAT_VERSION = 1, formatJson = (result) => `${JSON.stringify({ version: 1, findings: result.findings, suppressed: result.suppressed, summary: result.summary }, null, 2)}
`;
export {
  JSON_FORMAT_VERSION,
  formatJson
};
