/** Codes of errors that end a run with exit status 2 (usage, config, unreadable input). */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG_INVALID'
  | 'CONFIG_NOT_FOUND'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_TOO_LARGE'
  | 'KUSTOMIZE_UNAVAILABLE'
  | 'KUSTOMIZE_FAILED'
  | 'KUSTOMIZE_BOUNDED'
  | 'SPEC_INVALID'
  | 'COMPILE_FAILED'
  | 'OUTPUT_LOCKED'
  | 'OUTPUT_CONFLICT'
  | 'UNSAFE_PATH';

export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
}

/**
 * An expected failure caused by the user's input or environment. Adapters print its message
 * and exit with status 2; anything else thrown is a bug.
 */
export class ScaleplanError extends Error {
  override readonly name = 'ScaleplanError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly location?: ErrorLocation,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** `file:line:col: message`, or just the message. */
  format(): string {
    if (!this.location) {
      return this.message;
    }
    const { file, line, column } = this.location;
    const position =
      line === undefined
        ? file
        : column === undefined
          ? `${file}:${line}`
          : `${file}:${line}:${column}`;
    return `${position}: ${this.message}`;
  }
}

export function isScaleplanError(error: unknown): error is ScaleplanError {
  return error instanceof ScaleplanError;
}
