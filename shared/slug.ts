// File names for exported articles: the Latin words of the headline, so a page's address reads
// like its story ("rice-farmers-share-solar-pumps.html").

/** Past this many characters a slug is cut at the last whole word. */
export const SLUG_MAX_LENGTH = 80;

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

/**
 * The slug of a headline: lowercase ASCII words joined with "-", diacritics folded, at most
 * SLUG_MAX_LENGTH characters. A headline with no Latin letter (a Khmer headline) gives `fallback`,
 * the article's id, which is already a safe file name.
 */
export function slugify(headline: string, fallback: string): string {
  const words =
    headline
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[ßæœøđðłþı]/g, (letter) => FOLDED[letter] ?? letter)
      // "Farmers' market" and "don't" keep their words whole.
      .replace(/['’]/g, '')
      .match(/[a-z0-9]+/g) ?? [];
  if (!words.some((word) => /[a-z]/.test(word))) return fallback;
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > SLUG_MAX_LENGTH) break;
    slug = next;
  }
  // A first word longer than the limit is cut where the limit falls.
  if (slug === '') slug = words[0]!.slice(0, SLUG_MAX_LENGTH);
  return WINDOWS_RESERVED.test(slug) ? `${slug}-story` : slug;
}

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
