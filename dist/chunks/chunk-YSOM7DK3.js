import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0", BUILD = "ae15cc17f0d39f7d";

export {
  VERSION,
  BUILD
};
