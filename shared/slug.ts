// Slugs for exported articles: the words of the headline, so a page's address reads like its
// story ("rice-farmers-share-solar-pumps.html", "សម្ដេចតេជោ-បញ្ជីគណៈរដ្ឋមន្ត្រីថ្មី.html").

/** Past this many characters a slug is cut at the last whole word. */
export const SLUG_MAX_LENGTH = 80;
/**
 * Past this many UTF-8 bytes too: a Khmer letter takes three, and a file name may take 255 in
 * all, so a Khmer slug keeps room for the longest suffix and a number that makes it unique.
 */
export const SLUG_MAX_BYTES = 120;

// Letters that carry no combining mark to strip, so NFKD alone would drop them.
const FOLDED: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

// Names Windows refuses for a file whatever its extension ("con.html" cannot be created).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

// Khmer letters, signs and digits; the Khmer punctuation (U+17D4-U+17DA) separates words.
const KHMER_RUN = /[\u1780-\u17d3\u17db-\u17dd\u17e0-\u17e9\u19e0-\u19ff]+/gu;
const LATIN_OR_KHMER_WORD = /[a-z0-9]+|[\u1780-\u17d3\u17db-\u17dd\u17e0-\u17e9\u19e0-\u19ff]+/gu;
const encoder = new TextEncoder();
const fits = (slug: string) =>
  slug.length <= SLUG_MAX_LENGTH && encoder.encode(slug).length <= SLUG_MAX_BYTES;

/**
 * The slug of a headline: its Latin words in lowercase ASCII, diacritics folded, and its Khmer
 * words as written, joined with "-", cut at a whole word within SLUG_MAX_LENGTH characters and
 * SLUG_MAX_BYTES bytes. A headline with neither (digits or another script only) gives
 * `fallback`, the article's id, which is already a safe file name.
 */
export function slugify(headline: string, fallback: string): string {
  // Khmer is kept apart before the Latin letters are folded: NFKD would split its vowels.
  const khmer: string[] = [];
  const latin = headline
    .replace(/[\ue000-\uf8ff]/g, ' ')
    .normalize('NFC')
    .replace(KHMER_RUN, (run) => ` ${String.fromCharCode(0xe000 + khmer.push(run) - 1)} `)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþı]/g, (letter) => FOLDED[letter] ?? letter)
    // "Farmers' market" and "don't" keep their words whole.
    .replace(/['’]/g, '')
    .replace(/[\ue000-\uf8ff]/g, (mark) => khmer[mark.charCodeAt(0) - 0xe000]!);
  const words = latin.match(LATIN_OR_KHMER_WORD) ?? [];
  if (!words.some((word) => /[a-z\u1780-\u17b3\u19e0-\u19ff]/.test(word))) return fallback;
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (!fits(next)) break;
    slug = next;
  }
  // A first word longer than the limit is cut where the limit falls, never inside a letter.
  if (slug === '') slug = cutWord(words[0]!);
  return WINDOWS_RESERVED.test(slug) ? `${slug}-story` : slug;
}

/** The longest start of `word` within the limits that does not end before a vowel sign or subscript. */
function cutWord(word: string): string {
  const chars = Array.from(word);
  let end = chars.length;
  while (end > 0 && (!fits(chars.slice(0, end).join('')) || breaksLetter(chars, end))) end -= 1;
  return chars.slice(0, end || 1).join('');
}

// A mark, or the sign that stacks the next consonant (U+17D2), binds to what is beside it.
const breaksLetter = (chars: string[], end: number) =>
  end < chars.length && (/\p{M}/u.test(chars[end]!) || chars[end - 1] === '\u17d2');

/**
 * Hands out slugs unique within one export: the second "rain" becomes "rain-2", the third
 * "rain-3". Names the export writes itself ("index", "ticker") can be reserved up front.
 */
export class SlugAllocator {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name);
  }

  allocate(slug: string): string {
    let candidate = slug;
    for (let n = 2; this.taken.has(candidate); n += 1) candidate = `${slug}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}
