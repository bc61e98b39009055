/**
 * Lines of a pull request's new file version that GitHub accepts review comments on: the
 * added and context lines of the diff hunks (RIGHT side). A comment anywhere else makes
 * GitHub reject the whole review with 422 "Pull request review thread line must be part of
 * the diff".
 */
export function commentableLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) {
    return lines;
  }
  let newLine = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      newLine = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) {
      continue;
    }
    if (line.startsWith('+')) {
      lines.add(newLine);
      newLine++;
    } else if (line.startsWith(' ')) {
      lines.add(newLine);
      newLine++;
    } else if (line.startsWith('\\')) {
      // "\ No newline at end of file" belongs to the previous line.
      continue;
    }
    // Removed lines ('-') exist only on the LEFT side.
  }
  return lines;
}
