import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/format/types.ts
var FORMAT_NAMES = [
  "text",
  "json",
  "sarif",
  "github",
  "markdown",
  "junit"
];

// src/format/index.ts
async function loadFormatter(name) {
  switch (name) {
    case "text":
      return (await import("./text-5S4WXKVG.js")).formatText;
    case "json":
      return (await import("./json-D22ORBVA.js")).formatJson;
    case "sarif":
      return (await import("./sarif-QIRE6R5W.js")).formatSarif;
    case "github":
      return (await import("./github-FQSS5XUG.js")).formatGithub;
    case "markdown":
      return (await import("./markdown-HELL2D3A.js")).formatMarkdown;
    case "junit":
      return (await import("./junit-XJHWT5NQ.js")).formatJunit;
  }
}

export {
  FORMAT_NAMES,
  loadFormatter
};
