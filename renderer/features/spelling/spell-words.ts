// Finds the words of a paragraph worth checking: Latin-script words, with their places in the
// text. Khmer (and any script without a dictionary here), numbers, web and e-mail addresses and
// all-capital abbreviations are left alone.

export interface FoundWord {
  word: string;
  start: number;
  end: number;
}

/** Letters of the Latin script with an apostrophe inside (don't, Sokha’s). */
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)*/g;
/** A run of text without spaces that is an address: https://..., www..., name@host. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)|@|\.(?:com|org|net|gov|edu|kh|uk)\b/i;

export function findWords(text: string): FoundWord[] {
  const found: FoundWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const end = start + word.length;
    if (word.length < 2) continue;
    // Part of a longer token with digits or an underscore (COVID19, 3rd, file_name).
    if (/[\d_]/.test(text[start - 1] ?? '') || /[\d_]/.test(text[end] ?? '')) continue;
    if (word === word.toUpperCase()) continue;
    if (ADDRESS.test(tokenAround(text, start, end))) continue;
    found.push({ word, start, end });
  }
  return found;
}

/** The text between the spaces on either side of a word. */
function tokenAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]!)) to += 1;
  return text.slice(from, to);
}

/** The form the dictionary and the newsroom's list are looked up in. */
export function normalWord(word: string): string {
  return word.replace(/’/g, "'");
}
