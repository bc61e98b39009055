import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0", BUILD = "e2ff1524a81dd2c0";

export {
  VERSION,
  BUILD
};
