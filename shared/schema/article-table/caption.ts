// A table's caption: one line of plain words, kept to a length a caption has.
import { dropForbidden } from '../../export/escape';

const CAPTION_LIMIT = 500;

/** A caption as one line of plain words, or null when there is none. */
export function cleanCaption(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const line = dropForbidden(value).replace(/\s+/g, ' ').trim().slice(0, CAPTION_LIMIT);
  return line === '' ? null : line;
}
