// What the catalog tests check in a message, the same for the page's catalogs and the desktop
// host's: its placeholders, and whether its Khmer holds English words.
import { parse } from '@formatjs/icu-messageformat-parser';

/** Latin-script words a Khmer newsroom writes as they are. */
export const KEPT_IN_LATIN = new Set([
  'Dateline',
  'HTML',
  'URL',
  'ninjs',
  'Atom',
  'JSON',
  'Word',
  'docx',
  'txt',
  'Ctrl',
  'Cmd',
  'Shift',
  'Alt',
  'Enter',
  'Esc',
  'Tab',
  'UTC',
  'UTF',
  'PDF',
  'Open',
  'Graph',
  // Photo formats and what a photo's metadata is called.
  'JPEG',
  'PNG',
  'WebP',
  'AVIF',
  'SVG',
  'GPS',
  'MB',
]);

type Elements = ReturnType<typeof parse>;

/** The words of a message a reader sees, in every plural and select branch. */
export function literalText(elements: Elements): string {
  let text = '';
  for (const element of elements) {
    if (element.type === 0) text += ` ${element.value}`;
    if ('options' in element) {
      for (const option of Object.values(element.options)) text += literalText(option.value);
    }
    if ('children' in element) text += literalText(element.children);
  }
  return text;
}

export function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Elements) => {
    for (const element of elements) {
      if ('value' in element && element.type !== 0 && typeof element.value === 'string') {
        names.add(element.value);
      }
      if ('options' in element) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if ('children' in element) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/**
 * What is wrong with a Khmer message: words but no Khmer letter, or Latin words other than the
 * names kept as they are. Empty when it is fine.
 */
export function englishInKhmer(message: string): string[] {
  const text = literalText(parse(message));
  const hasWords = /[\p{L}]/u.test(text);
  if (hasWords && !/[\u1780-\u17ff]/u.test(text)) return [text.trim()];
  const latin = text.match(/[A-Za-z][A-Za-z.'’-]*/g) ?? [];
  return latin.filter((word) => !KEPT_IN_LATIN.has(word.replace(/[.'’-]+$/, '')));
}
