import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0", BUILD = "224b36942e77fa6c";

export {
  VERSION,
  BUILD
};
