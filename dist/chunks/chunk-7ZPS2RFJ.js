import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/lint/rule.ts
var SEVERITIES = ["error", "warning", "info"];
function formatMessage(ruleId, template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => {
    let value = data[name];
    if (value === void 0)
      throw new Error(`Rule ${ruleId}: message placeholder {{${name}}} has no data.`);
    return String(value);
  });
}

export {
  SEVERITIES,
  formatMessage
};
