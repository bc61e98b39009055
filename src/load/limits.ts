import { DEFAULT_RENDER_BOUNDS } from './kustomize/render.js';

/** Bounds on what one run reads, so hostile input ends in a clear error, not exhaustion. */
export interface InputLimits {
  /** Largest single file, in bytes. */
  maxFileBytes: number;
  /** All files of a run together, in bytes. */
  maxTotalBytes: number;
  /** YAML documents in a run. */
  maxDocuments: number;
  /** Seconds one renderer run may take. */
  renderTimeoutSeconds: number;
  /** Address space of one renderer run, in MiB. */
  renderMemoryMiB: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxDocuments: 250_000,
  renderTimeoutSeconds: DEFAULT_RENDER_BOUNDS.timeoutSeconds,
  renderMemoryMiB: DEFAULT_RENDER_BOUNDS.memoryMiB,
};
