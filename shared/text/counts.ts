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

export function countWords(text: string, language = 'en'): number {
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
