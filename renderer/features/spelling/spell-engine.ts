// The spelling checker itself, as plain code the worker runs and the tests call: a Hunspell
// dictionary read by nspell, plus the newsroom's own words (names of people and places).
import nspell from 'nspell';
import { normalWord } from './spell-words';

export interface SpellEngine {
  isCorrect(word: string): boolean;
  /** Up to `limit` replacements, the newsroom's close matches first. */
  suggest(word: string, limit?: number): string[];
  /** Replaces the newsroom's words. */
  setNewsroomWords(words: readonly string[]): void;
}

export function createSpellEngine(aff: string, dic: string): SpellEngine {
  const spell = nspell(aff, dic);
  let newsroom = new Set<string>();
  // Newsroom words handed to nspell (so it can suggest them), never dictionary words.
  const lent = new Set<string>();

  const inNewsroom = (word: string) => {
    const bare = word.replace(/'s$/i, '');
    return [word, bare].some(
      (form) =>
        newsroom.has(form) ||
        // "SOKHA" in a headline, or a lower-case entry at the start of a sentence.
        newsroom.has(form.toLowerCase()) ||
        [...newsroom].some((entry) => entry.toUpperCase() === form),
    );
  };

  return {
    isCorrect(word) {
      const normal = normalWord(word);
      return inNewsroom(normal) || spell.correct(normal);
    },
    suggest(word, limit = 6) {
      const normal = normalWord(word);
      const close = [...newsroom].filter((entry) => nearlySame(entry, normal));
      const curly = word.includes('’');
      const fromDictionary = spell
        .suggest(normal)
        .map((suggestion) => (curly ? suggestion.replace(/'/g, '’') : suggestion));
      return [...new Set([...close, ...fromDictionary])].slice(0, limit);
    },
    setNewsroomWords(words) {
      newsroom = new Set(words.map(normalWord));
      for (const word of lent) {
        if (!newsroom.has(word)) {
          spell.remove(word);
          lent.delete(word);
        }
      }
      for (const word of newsroom) {
        if (lent.has(word) || spell.correct(word)) continue;
        spell.add(word);
        lent.add(word);
      }
    },
  };
}

/** One letter added, dropped, changed or two swapped: the mistakes typing a name makes. */
function nearlySame(entry: string, word: string): boolean {
  const a = entry.toLowerCase();
  const b = word.toLowerCase();
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const tailA = a.slice(i);
  const tailB = b.slice(i);
  return (
    tailA.slice(1) === tailB.slice(1) ||
    tailA.slice(1) === tailB ||
    tailA === tailB.slice(1) ||
    (tailA[0] === tailB[1] && tailA[1] === tailB[0] && tailA.slice(2) === tailB.slice(2))
  );
}
