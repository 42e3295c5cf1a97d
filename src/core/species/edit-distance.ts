// Optimal-string-alignment distance (Damerau-Levenshtein where a transposed pair counts as one edit),
// bounded: the search only needs to know whether two tokens are within 1 or 2 edits, so it stops as soon
// as a whole row exceeds the bound. Rows are reused across calls: the search calls this thousands of times
// per keystroke.

let rowBefore = new Int32Array(64);
let rowAbove = new Int32Array(64);
let row = new Int32Array(64);

function ensureRowLength(length: number): void {
  if (row.length >= length) return;
  rowBefore = new Int32Array(length);
  rowAbove = new Int32Array(length);
  row = new Int32Array(length);
}

/**
 * Edits from `typed` to `candidate`, or to the closest prefix of `candidate` when `againstPrefix`
 * (the word still being typed). Returns `max + 1` for anything farther than `max`.
 */
export function boundedEditDistance(typed: string, candidate: string, max: number, againstPrefix: boolean): number {
  const target = againstPrefix ? candidate.slice(0, typed.length + max) : candidate;
  const n = typed.length;
  const m = target.length;
  if (!againstPrefix && Math.abs(n - m) > max) return max + 1;
  ensureRowLength(m + 1);
  for (let j = 0; j <= m; j++) rowAbove[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let rowMinimum = i;
    const typedCode = typed.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const targetCode = target.charCodeAt(j - 1);
      const substitution = (rowAbove[j - 1] ?? 0) + (typedCode === targetCode ? 0 : 1);
      let best = Math.min((rowAbove[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && typedCode === target.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === targetCode) {
        best = Math.min(best, (rowBefore[j - 2] ?? 0) + 1);
      }
      row[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    if (rowMinimum > max) return max + 1;
    const spare = rowBefore;
    rowBefore = rowAbove;
    rowAbove = row;
    row = spare;
  }
  // After the last swap the final row is in rowAbove.
  let distance = rowAbove[m] ?? max + 1;
  if (againstPrefix) for (let j = Math.max(0, n - max); j < m; j++) distance = Math.min(distance, rowAbove[j] ?? distance);
  return Math.min(distance, max + 1);
}
