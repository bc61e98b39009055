import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0", BUILD = "81ff27c39fc940a0";

export {
  VERSION,
  BUILD
};
