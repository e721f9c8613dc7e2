// The dateline that opens the story, in the publication's house style: plain "Phnom Penh:"
// (as the seed pages write it) or agency "PHNOM PENH, Nov. 25 —", each with the date and
// agency the dateline carries: "PHNOM PENH, Dec. 1 (Reuters) —".
import type { ArticleFields } from '../article';
import { dateParts } from '../import/dateline-date';
import { splitDateline, type DatelineParts } from '../import/dateline';
import { formatDate, type DateOptions } from '../dates';
import type { DatelineStyle } from '../publication';
import { AP_MONTHS, formatDatelineDate } from './dates';

export interface WrittenDateline {
  /** The dateline itself, e.g. "PHNOM PENH, Nov. 25"; what JSON-LD and ninjs carry. */
  text: string;
  /** What follows it before the story: ":", " ៖" or " —". */
  separator: string;
}

export interface DatelineOptions extends DateOptions {
  style: DatelineStyle;
  /** ISO date of the story, for the agency style. */
  date?: string;
}

const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;
// A separator the writer typed is replaced by the house one.
const TRAILING_SEPARATOR = /[\s:\u17d6—–-]+$/u;
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;

/** The dateline an article carries: its place, and the date and agency when it has them. */
export function datelineOf(
  article: Pick<ArticleFields, 'dateline' | 'datelineDate' | 'datelineAgency'>,
): DatelineParts {
  const date = article.datelineDate?.trim();
  const agency = article.datelineAgency?.trim();
  return { place: article.dateline, ...(date ? { date } : {}), ...(agency ? { agency } : {}) };
}

export function writeDateline(
  dateline: DatelineParts,
  options: DatelineOptions,
): WrittenDateline | undefined {
  const typed = dateline.place.replace(/\s+/g, ' ').trim().replace(TRAILING_SEPARATOR, '');
  if (typed === '') return undefined;
  // A date or agency typed into the place ("Kampong Cham, Dec. 22") counts as given.
  const parts = {
    ...splitDateline(typed),
    ...(dateline.date ? { date: dateline.date } : {}),
    ...(dateline.agency ? { agency: dateline.agency } : {}),
  };
  const agency = parts.agency ? ` (${parts.agency})` : '';
  if (options.style === 'plain') {
    const date = parts.date ? `, ${plainDate(parts.date, options)}` : '';
    // Khmer pages close the dateline with the Khmer colon, as the Khmer seed page does.
    const separator = KHMER.test(parts.place) ? ' \u17d6' : ':';
    return { text: `${parts.place}${date}${agency}`, separator };
  }
  // "PHNOM PENH, Cambodia": only the city is set in capitals.
  const comma = parts.place.indexOf(',');
  const place =
    comma >= 0
      ? parts.place.slice(0, comma).toUpperCase() + parts.place.slice(comma)
      : parts.place.toUpperCase();
  const date = parts.date
    ? agencyDate(parts.date, options)
    : options.date
      ? formatDatelineDate(options.date, options)
      : '';
  return { text: `${place}${date ? `, ${date}` : ''}${agency}`, separator: ' —' };
}

/** The dateline as written before the story's first word. */
export function datelineLead(written: WrittenDateline): string {
  return `${written.text}${written.separator}`;
}

/** A dateline date as the plain style writes it: as given, or spelled out when it is ISO. */
function plainDate(date: string, options: DateOptions): string {
  return ISO_DAY.test(date) ? formatDate(date, { ...options, timeZone: 'UTC' }) : date;
}

/** "Dec. 1", with the year when it is not the story's: "Dec. 3, 2010". */
function agencyDate(date: string, options: DatelineOptions): string {
  if (ISO_DAY.test(date)) {
    const day = formatDatelineDate(date, { ...options, timeZone: 'UTC' });
    const year = date.slice(0, 4);
    return options.date?.startsWith(year) ? day : `${day}, ${year}`;
  }
  const parts = /^en\b/i.test(options.language) || !KHMER.test(date) ? dateParts(date) : undefined;
  return parts ? `${AP_MONTHS[parts.month - 1]} ${parts.day}` : date;
}
