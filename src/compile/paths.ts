import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository a spec belongs to: the nearest ancestor of its directory holding `.git`
 * (a directory, or a file for worktrees and submodules), else the spec's own directory.
 * Returned as a real path, so containment checks see through symlinks.
 */
export function repositoryRoot(specDirectory: string): string {
  const start = realPath(specDirectory);
  let current = start;
  for (;;) {
    if (fs.existsSync(path.join(current, '.git'))) {
      return current;
    }
    const parent = path.dirname(current);
    if (parent === current) {
      return start;
    }
    current = parent;
  }
}

function realPath(target: string): string {
  try {
    return fs.realpathSync(target);
  } catch {
    return path.resolve(target);
  }
}

/** True when `child` is `parent` or below it (both absolute, already resolved). */
export function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

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
