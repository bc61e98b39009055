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
