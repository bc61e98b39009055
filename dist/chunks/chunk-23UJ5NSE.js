import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0", BUILD = "953d9c6ba724ae84";

export {
  VERSION,
  BUILD
};
