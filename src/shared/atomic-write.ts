import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to `target` so that a reader sees the old or the new content, never half of
 * it: into a temporary file of its own name in the same directory (two writers at once each
 * rename a whole file into place), then renamed over the target. The temporary file is
 * removed when anything fails, and the error is thrown on.
 */
export function writeFileAtomically(
  target: string,
  text: string | Uint8Array,
  options: { mode?: number } = {},
): void {
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.getBuiltinModule('node:crypto').randomUUID()}.tmp`,
  );
  try {
    fs.writeFileSync(temporary, text, {
      flag: 'wx',
      ...(options.mode !== undefined ? { mode: options.mode } : {}),
    });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
