import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-7ZPS2RFJ.js";
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";

// src/lint/result.ts
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
function failsAt(severity, failOn) {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
function failingFindings(result, failOn) {
  return result.findings.filter((finding) => failsAt(finding.severity, failOn));
}
function parseFailOn(value, setting = "--fail-on") {
  let failOn = value ?? "error";
  if (!SEVERITIES.includes(failOn))
    throw new ScaleplanError(
      "USAGE",
      `${setting} must be error, warning or info, not "${failOn}".`
    );
  return failOn;
}
function rulesMeta(rules) {
  return Object.fromEntries(rules.map((rule) => [rule.id, rule.meta]));
}

export {
  failsAt,
  failingFindings,
  parseFailOn,
  rulesMeta
};
