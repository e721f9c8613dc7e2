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
  return countWordsAs(text, language, NEEDS_DICTIONARY.test(text));
}

/**
 * The words of `text` counted by the dictionary segmenter or by the spaced scan, as chosen for
 * a whole text it is part of: its blocks are counted alike, whatever each holds.
 */
export function countWordsAs(text: string, language: string, dictionary: boolean): number {
  return dictionary ? countWordsBySegmenter(text, language) : countSpacedWords(text);
}

/** The words SPACED_WORD finds, counted by the pattern itself: the reference for the scan. */
export function countWordsByPattern(text: string): number {
  return text.match(SPACED_WORD)?.length ?? 0;
}

const OTHER = 0;
const LETTER = 1; // a letter or a mark
const NUMBER = 2;
const CONNECTOR = 3; // \p{Pc}, the underscore and its kin
/** Kinds of the characters below U+10000, worked out once each (255: not yet). */
const kinds = new Uint8Array(0x10000).fill(255);
const IS_LETTER = /[\p{L}\p{M}]/u;
const IS_NUMBER = /\p{N}/u;
const IS_CONNECTOR = /\p{Pc}/u;

function kindOf(code: number): number {
  const known = code < 0x10000 ? kinds[code]! : 255;
  if (known !== 255) return known;
  const char = String.fromCodePoint(code);
  const kind = IS_LETTER.test(char)
    ? LETTER
    : IS_NUMBER.test(char)
      ? NUMBER
      : IS_CONNECTOR.test(char)
        ? CONNECTOR
        : OTHER;
  if (code < 0x10000) kinds[code] = kind;
  return kind;
}

/** Whether `code` between two word characters, the second of `nextKind`, holds them together. */
function joins(code: number, nextKind: number): boolean {
  switch (code) {
    case 0x27: // '
    case 0x2019: // ’
    case 0x2e: // .
      return nextKind === LETTER || nextKind === NUMBER;
    case 0x3a: // :
    case 0xb7: // ·
      return nextKind === LETTER;
    case 0x2c: // ,
    case 0x3b: // ;
      return nextKind === NUMBER;
    default:
      return false;
  }
}

/**
 * The count SPACED_WORD gives, by one pass over the text's code points: several times faster
 * than the pattern over a long article, which the first listing of a library counts thousands of.
 */
function countSpacedWords(text: string): number {
  let words = 0;
  let inWord = false;
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at)!;
    const size = code > 0xffff ? 2 : 1;
    if (kindOf(code) !== OTHER) {
      if (!inWord) words += 1;
      inWord = true;
    } else if (!(
      inWord &&
      at + size < text.length &&
      joins(code, kindOf(text.codePointAt(at + size)!))
    )) {
      inWord = false;
    }
    at += size;
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
