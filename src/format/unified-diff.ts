/** A file's text before and after a change, under its display path. */
export interface TextChange {
  file: string;
  before: string;
  after: string;
}

const CONTEXT = 3;

/** Lines of a text, and whether the last one lacks a line break. */
function splitLines(text: string): { lines: string[]; missingEol: boolean } {
  if (text === '') {
    return { lines: [], missingEol: false };
  }
  const lines = text.split('\n');
  const missingEol = lines.at(-1) !== '';
  if (!missingEol) {
    lines.pop();
  }
  return { lines, missingEol };
}

type Op = { kind: ' ' | '-' | '+'; line: string; oldIndex: number; newIndex: number };

/**
 * The line operations from `a` to `b`: the common head and tail are kept, the middle (small
 * for a fix) is diffed by longest common subsequence, or replaced whole when too large.
 */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    head++;
  }
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const ops: Op[] = [];
  for (let index = 0; index < head; index++) {
    ops.push({ kind: ' ', line: a[index] ?? '', oldIndex: index, newIndex: index });
  }
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if (midA.length * midB.length > 4_000_000) {
    midA.forEach((line, index) =>
      ops.push({ kind: '-', line, oldIndex: head + index, newIndex: head }),
    );
    midB.forEach((line, index) =>
      ops.push({ kind: '+', line, oldIndex: head + midA.length, newIndex: head + index }),
    );
  } else {
    const width = midB.length + 1;
    const lengths = new Uint32Array((midA.length + 1) * width);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lengths[i * width + j] =
          midA[i] === midB[j]
            ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
            : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        ops.push({ kind: ' ', line: midA[i] ?? '', oldIndex: head + i, newIndex: head + j });
        i++;
        j++;
      } else if (
        j >= midB.length ||
        (i < midA.length &&
          (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))
      ) {
        ops.push({ kind: '-', line: midA[i] ?? '', oldIndex: head + i, newIndex: head + j });
        i++;
      } else {
        ops.push({ kind: '+', line: midB[j] ?? '', oldIndex: head + i, newIndex: head + j });
        j++;
      }
    }
  }
  for (let index = 0; index < tail; index++) {
    const oldIndex = a.length - tail + index;
    const newIndex = b.length - tail + index;
    ops.push({ kind: ' ', line: a[oldIndex] ?? '', oldIndex, newIndex });
  }
  return ops;
}

/**
 * A unified diff (`diff -u`, `git apply` reads it) of each change, files in the order given,
 * with three lines of context; `\ No newline at end of file` where a side ends without one.
 */
export function unifiedDiff(changes: readonly TextChange[]): string {
  return changes.map(fileDiff).join('');
}

function fileDiff(change: TextChange): string {
  const before = splitLines(change.before);
  const after = splitLines(change.after);
  const ops = diffLines(before.lines, after.lines);
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  if (changed.length === 0) {
    return '';
  }
  const out = [`--- a/${change.file}\n`, `+++ b/${change.file}\n`];
  let index = 0;
  while (index < changed.length) {
    const first = changed[index] ?? 0;
    let last = first;
    while (index + 1 < changed.length && (changed[index + 1] ?? 0) - last <= CONTEXT * 2 + 1) {
      index++;
      last = changed[index] ?? last;
    }
    index++;
    const start = Math.max(0, first - CONTEXT);
    const end = Math.min(ops.length, last + CONTEXT + 1);
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    const oldStart = (hunk[0]?.oldIndex ?? 0) + (oldCount > 0 ? 1 : 0);
    const newStart = (hunk[0]?.newIndex ?? 0) + (newCount > 0 ? 1 : 0);
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@\n`);
    for (const op of hunk) {
      out.push(`${op.kind}${op.line}\n`);
      const lastOld = op.kind !== '+' && op.oldIndex === before.lines.length - 1;
      const lastNew = op.kind !== '-' && op.newIndex === after.lines.length - 1;
      if (
        (lastOld && before.missingEol && op.kind === '-') ||
        (lastNew && after.missingEol && op.kind === '+') ||
        (op.kind === ' ' && lastOld && before.missingEol)
      ) {
        out.push('\\ No newline at end of file\n');
      }
    }
  }
  return out.join('');
}
