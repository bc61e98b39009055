import fs from 'node:fs';
import path from 'node:path';

// Shared with the linter (config extends), so they live with the other path helpers.
export { isWithin, repositoryRoot } from '../source/paths.js';

/**
 * Where a path really leads: symlinks of its existing part resolved, the part that does not
 * exist yet appended as written. Used for outputs that may not exist.
 */
export function resolvedTarget(target: string): string {
  const absolute = path.resolve(target);
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      const real = fs.realpathSync(existing);
      return path.join(real, ...missing.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) {
        return absolute;
      }
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}

/** The `/`-separated relative path from one directory to another (for kustomization files). */
export function posixRelative(from: string, to: string): string {
  const relative = path.relative(from, to).split(path.sep).join('/');
  return relative === '' ? '.' : relative;
}
