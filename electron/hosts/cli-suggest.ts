// "Did you mean …?" for a mistyped command or option: the closest known word, when it is near
// enough to be a slip of the keyboard (a letter missed, added, changed or two swapped).

/** Damerau-Levenshtein distance (optimal string alignment): edits, counting a swap as one. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The known word nearest to `word`, if it is within a typo's reach; ties go to the first. */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const reach = Math.min(2, Math.max(1, Math.floor(typed.length / 3)));
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(typed, candidate);
    if (distance <= reach && (!best || distance < best.distance))
      best = { word: candidate, distance };
  }
  return best?.word;
}

/** A sentence listing words the way a person would: "a, b and c". */
export function listWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * The first option in `argv` that is not one of `known` (long names, without dashes), worded
 * with the nearest of `suggested` (the options of the command typed); undefined when every
 * option is known. Stops at "--".
 */
export function unknownOptionMessage(
  argv: readonly string[],
  known: readonly string[],
  {
    suggested = known,
    shortNames = [],
  }: { suggested?: readonly string[]; shortNames?: string[] } = {},
): string | undefined {
  for (const token of argv) {
    if (token === '--') return undefined;
    if (!token.startsWith('-') || token === '-') continue;
    const long = token.startsWith('--');
    const name = token.slice(long ? 2 : 1).split('=')[0]!;
    if (long ? known.includes(name) : shortNames.includes(name)) continue;
    const shown = long ? `--${name}` : `-${name}`;
    const near = closestWord(name, suggested);
    return near
      ? `Unknown option ${shown}. Did you mean --${near}?`
      : `Unknown option ${shown}. The options here are ${listWords(suggested.map((option) => `--${option}`))}.`;
  }
  return undefined;
}
