import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/errors.ts
var ScaleplanError = class extends Error {
  constructor(code, message, location, options) {
    super(message, options);
    this.code = code;
    this.location = location;
  }
  code;
  location;
  name = "ScaleplanError";
  /** `file:line:col: message`, or just the message. */
  format() {
    if (!this.location)
      return this.message;
    let { file, line, column } = this.location;
    return `${line === void 0 ? file : column === void 0 ? `${file}:${line}` : `${file}:${line}:${column}`}: ${this.message}`;
  }
};
function isScaleplanError(error) {
  return error instanceof ScaleplanError;
}

export {
  ScaleplanError,
  isScaleplanError
};
