/*
 * Reading input files within the run's limits: the byte and document budget, and file reads
 * whose failures are clear exit-2 errors naming the file.
 */
import fs from 'node:fs';
import { ScaleplanError } from '../errors.js';
import { SourceFile } from '../source/source-file.js';
import { DEFAULT_LIMITS, type InputLimits } from './limits.js';

/** Counts what a run has read against its limits; exceeding one is an exit-2 error. */
export class InputBudget {
  private bytes = 0;
  private documents = 0;
  readonly limits: InputLimits;

  constructor(limits: Partial<InputLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  addFile(shownPath: string, size: number): void {
    if (size > this.limits.maxFileBytes) {
      throw new ScaleplanError(
        'INPUT_TOO_LARGE',
        `${shownPath} is ${formatBytes(size)}, above the limit of ${formatBytes(this.limits.maxFileBytes)} per file; raise limits.maxFileBytes in .scaleplan.yaml if it really is a manifest.`,
        { file: shownPath },
      );
    }
    this.bytes += size;
    if (this.bytes > this.limits.maxTotalBytes) {
      throw new ScaleplanError(
        'INPUT_TOO_LARGE',
        `The input is larger than ${formatBytes(this.limits.maxTotalBytes)} in all (reached at ${shownPath}); lint fewer paths or raise limits.maxTotalBytes in .scaleplan.yaml.`,
        { file: shownPath },
      );
    }
  }

  addDocuments(shownPath: string, count: number): void {
    this.documents += count;
    if (this.documents > this.limits.maxDocuments) {
      throw new ScaleplanError(
        'INPUT_TOO_LARGE',
        `The input holds more than ${this.limits.maxDocuments.toLocaleString('en')} YAML documents (reached at ${shownPath}); lint fewer paths or raise limits.maxDocuments in .scaleplan.yaml.`,
        { file: shownPath },
      );
    }
  }
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes} bytes`;
}
export function fileSize(absolutePath: string, shownPath: string): number {
  try {
    return fs.statSync(absolutePath).size;
  } catch (error) {
    throw new ScaleplanError(
      'INPUT_UNREADABLE',
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      undefined,
      {
        cause: error,
      },
    );
  }
}

export const READ_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file (deleted while linting, or a dangling symlink)',
  EISDIR: 'it is a directory',
  ELOOP: 'too many levels of symlinks (a symlink loop)',
  EIO: 'input/output error',
};

export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code) {
    return `${READ_ERRORS[code] ?? 'the system refused'} (${code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

export function readSourceFile(absolutePath: string, shownPath: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    throw new ScaleplanError(
      'INPUT_UNREADABLE',
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      undefined,
      {
        cause: error,
      },
    );
  }
  return SourceFile.fromBytes(shownPath, bytes, absolutePath);
}
