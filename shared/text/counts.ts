// Word, character and reading-time counts that work for scripts written without spaces (Khmer).

export interface TextCounts {
  words: number;
  characters: number;
  readingMinutes: number;
}

/** Newsroom rule of thumb for adult readers of news copy. */
const WORDS_PER_MINUTE = 230;

const wordSegmenters = new Map<string, Intl.Segmenter>();
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    wordSegmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * Scripts written without spaces between words, which need the dictionary-based segmenter:
 * Thai, Lao, Tibetan, Myanmar, Khmer, CJK and their neighbours.
 */
const NEEDS_DICTIONARY =
  /[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/**
 * Words as Unicode's word-boundary rules see them in space-separated scripts: letters, marks,
 * digits and connectors, held together by an apostrophe or a full stop between letters
 * ("don't", "U.S") and by a comma or full stop between digits ("1,200.50").
 */
const SPACED_WORD =
  /[\p{L}\p{M}\p{N}\p{Pc}]+(?:(?:['’.:·](?=[\p{L}\p{M}])|[.,;'’](?=\p{N}))[\p{L}\p{M}\p{N}\p{Pc}]+)*/gu;

/**
 * True when counting `text` needs the dictionary segmenter. Its dictionaries differ between ICU
 * builds (Chromium's and Node's split the same Khmer differently), so such text is counted by
 * the back end only: one article, one count, wherever it is shown.
 */
export function needsDictionary(text: string): boolean {
  return NEEDS_DICTIONARY.test(text);
}

export function countWords(text: string, language = 'en'): number {
  // The segmenter costs about a millisecond per page; most text does not need it.
  if (!NEEDS_DICTIONARY.test(text)) return text.match(SPACED_WORD)?.length ?? 0;
  let words = 0;
  for (const segment of wordSegmenter(language).segment(text)) {
    if (segment.isWordLike) words += 1;
  }
  return words;
}

/** The segmenter's count, for comparing the fast path with it. */
export function countWordsBySegmenter(text: string, language = 'en'): number {
  let words = 0;
  for (const segment of wordSegmenter(language).segment(text)) {
    if (segment.isWordLike) words += 1;
  }
  return words;
}

/** Characters as a reader sees them: a Khmer consonant with its vowel signs counts once. */
export function countCharacters(text: string): number {
  if (isAscii(text)) return text.length;
  let characters = 0;
  for (const _ of graphemeSegmenter.segment(text)) characters += 1;
  return characters;
}

export function countText(text: string, language = 'en'): TextCounts {
  const words = countWords(text, language);
  return {
    words,
    characters: countCharacters(text),
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}

function isAscii(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text);
}
