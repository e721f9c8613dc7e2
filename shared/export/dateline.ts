// The dateline that opens the story, in the publication's house style:
// plain "Phnom Penh:" (as the seed pages write it) or agency "PHNOM PENH, Nov. 25 —".
import type { DatelineStyle } from '../publication';
import { formatDatelineDate } from './dates';

export interface WrittenDateline {
  /** The dateline itself, e.g. "PHNOM PENH, Nov. 25"; what JSON-LD and ninjs carry. */
  text: string;
  /** What follows it before the story: ":", " ៖" or " —". */
  separator: string;
}

export interface DatelineOptions {
  style: DatelineStyle;
  language: string;
  timeZone: string;
  /** ISO date of the story, for the agency style. */
  date?: string;
}

const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;
// A separator the writer typed is replaced by the house one.
const TRAILING_SEPARATOR = /[\s:\u17d6—–-]+$/u;

export function writeDateline(
  dateline: string,
  options: DatelineOptions,
): WrittenDateline | undefined {
  const place = dateline.replace(/\s+/g, ' ').trim().replace(TRAILING_SEPARATOR, '');
  if (place === '') return undefined;
  if (options.style === 'plain') {
    // Khmer pages close the dateline with the Khmer colon, as the Khmer seed page does.
    return { text: place, separator: KHMER.test(place) ? ' \u17d6' : ':' };
  }
  // "Kampong Cham, Dec. 22" already carries its date: only the place is set in capitals.
  const comma = place.indexOf(',');
  if (comma >= 0) {
    return { text: place.slice(0, comma).toUpperCase() + place.slice(comma), separator: ' —' };
  }
  const date = options.date
    ? formatDatelineDate(options.date, options.language, options.timeZone)
    : '';
  return { text: date ? `${place.toUpperCase()}, ${date}` : place.toUpperCase(), separator: ' —' };
}

/** The dateline as written before the story's first word. */
export function datelineLead(written: WrittenDateline): string {
  return `${written.text}${written.separator}`;
}
