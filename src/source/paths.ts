import fs from 'node:fs';
import path from 'node:path';

/** Path as shown to users: relative to the working directory, with `/`. */
export function displayPath(cwd: string, absolutePath: string): string {
  const relative = path.relative(cwd, absolutePath);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** A path with `/` separators, for glob matching. */
export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * The repository a directory belongs to: the nearest ancestor holding `.git`
 * (a directory, or a file for worktrees and submodules), else the directory itself.
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
