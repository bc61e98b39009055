/**
 * The "did you mean" of every message: the candidate closest to a misspelt word, by
 * case-insensitive edit distance with transpositions (hpa-min-mxa → hpa-min-max is one
 * edit), when it is close enough to be what was meant. Ties go to the earlier candidate.
 */
export function closestMatch(
  word: string,
  candidates: readonly string[],
  options: { maxDistance?: number } = {},
): string | undefined {
  const allowed = options.maxDistance ?? Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        current[j] = Math.min(current[j] ?? 0, (beforePrevious[j - 2] ?? 0) + 1);
      }
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known name closest to a misspelt one: same letters ignoring case, or ≤ 2 edits. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  // Sorted, so that of two names equally close the first in name order is offered.
  return closestMatch(name, [...candidates].sort(), {
    maxDistance: Math.min(2, Math.floor(name.length / 3)),
  });
}
