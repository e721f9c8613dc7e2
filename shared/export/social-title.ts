// The title a social card shows: cards cut long titles wherever they like, so the page gives one
// that fits: the short headline when the writer set one, else the headline cut at a word.
import { oneLine } from './one-line';

/** What Twitter/X and most cards show of a title before cutting it themselves. */
export const SOCIAL_TITLE_LIMIT = 70;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function socialTitle(headline: string, shortHeadline: string): string {
  const title = oneLine(shortHeadline) || oneLine(headline);
  // A title of no more code units than the limit has no more letters either.
  if (title.length <= SOCIAL_TITLE_LIMIT) return title;
  // Printable ASCII is one letter per code unit; only other text needs the segmenter.
  const letters = PRINTABLE_ASCII.test(title)
    ? title.split('')
    : Array.from(graphemes.segment(title), (part) => part.segment);
  if (letters.length <= SOCIAL_TITLE_LIMIT) return title;
  // One place for the ellipsis; a cut at a space keeps whole words, and text without spaces
  // (Khmer) is cut between letters, the same on every machine.
  const cut = letters.slice(0, SOCIAL_TITLE_LIMIT - 1).join('');
  const space = cut.lastIndexOf(' ');
  const kept = space > cut.length / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
