import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);

// src/shared/closest.ts
function closestMatch(word, candidates, options = {}) {
  let allowed = options.maxDistance ?? Math.max(1, Math.floor(Math.max(word.length, 3) / 3)), lower = word.toLowerCase(), best, bestDistance = 1 / 0;
  for (let candidate of candidates) {
    let distance = editDistance(lower, candidate.toLowerCase());
    distance < bestDistance && (best = candidate, bestDistance = distance);
  }
  return best !== void 0 && bestDistance <= allowed ? best : void 0;
}
function editDistance(a, b) {
  let beforePrevious = [], previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let current = [i];
    for (let j = 1; j <= b.length; j++) {
      let substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution), i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (current[j] = Math.min(current[j] ?? 0, (beforePrevious[j - 2] ?? 0) + 1));
    }
    beforePrevious = previous, previous = current;
  }
  return previous[b.length] ?? 0;
}
function closestName(name, candidates) {
  return closestMatch(name, [...candidates].sort(), {
    maxDistance: Math.min(2, Math.floor(name.length / 3))
  });
}

export {
  closestMatch,
  editDistance,
  closestName
};
