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
      return (await import("./text-LYGQO7YO.js")).formatText;
    case "json":
      return (await import("./json-D22ORBVA.js")).formatJson;
    case "sarif":
      return (await import("./sarif-X6T2ZTXE.js")).formatSarif;
    case "github":
      return (await import("./github-JU3YKGUW.js")).formatGithub;
    case "markdown":
      return (await import("./markdown-2JXTYCAK.js")).formatMarkdown;
    case "junit":
      return (await import("./junit-CDNN477U.js")).formatJunit;
  }
}

export {
  FORMAT_NAMES,
  loadFormatter
};
