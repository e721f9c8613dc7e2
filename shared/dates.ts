// Dates and times as Dateline shows them, in one place for the page, the preview, History, the
// library list and the command line: always in the publication's time zone, and for Khmer in
// Dateline's own words and digits, since browsers' Intl data often lacks Khmer (Chromium's
// gives "December 1, 2026" where Node's gives "1 ធ្នូ 2026").
import type { KhmerDateStyle, Publication } from './publication';

export interface DateOptions {
  /** The language the date is written in: the article's, or the interface's. */
  language: string;
  timeZone: string;
  /** Khmer dates in Khmer digits (១២), as Khmer papers print them; true unless set. */
  khmerDigits?: boolean;
  /** "ថ្ងៃទី១ ខែធ្នូ ឆ្នាំ២០២៦" (full, the default) or "១ ធ្នូ ២០២៦" (short). */
  khmerDateStyle?: KhmerDateStyle;
}

export const KHMER_MONTHS = [
  'មករា',
  'កុម្ភៈ',
  'មីនា',
  'មេសា',
  'ឧសភា',
  'មិថុនា',
  'កក្កដា',
  'សីហា',
  'កញ្ញា',
  'តុលា',
  'វិច្ឆិកា',
  'ធ្នូ',
];

/** How the publication writes dates in `language`. */
export function dateOptions(
  publication: Pick<Publication, 'timeZone' | 'khmerDigits' | 'khmerDateStyle'>,
  language: string,
): DateOptions {
  return {
    language,
    timeZone: publication.timeZone,
    ...(publication.khmerDigits === undefined ? {} : { khmerDigits: publication.khmerDigits }),
    ...(publication.khmerDateStyle ? { khmerDateStyle: publication.khmerDateStyle } : {}),
  };
}

const isKhmer = (language: string) => /^km\b/i.test(language);

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      // A language tag Intl does not accept still gets a date; a bad time zone is a real error.
      if (!(error instanceof RangeError) || locale === 'en') throw error;
      format = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, format);
  }
  return format;
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The calendar date and clock time of `iso` in `timeZone`, the same in every Intl build. */
export function zonedParts(iso: string | Date, timeZone: string): ZonedParts {
  const parts = formatter('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/** Western digits as Khmer digits: 2026 -> ២០២៦. */
export function khmerNumerals(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x17e0 + Number(digit)));
}

const khmerDigitsOf = (options: DateOptions, text: string) =>
  options.khmerDigits === false ? text : khmerNumerals(text);

/** The day and month: "ថ្ងៃទី១ ខែធ្នូ", "១ ធ្នូ", or the language's own ("December 1"). */
export function formatMonthDay(iso: string | Date, options: DateOptions): string {
  const { month, day } = zonedParts(iso, options.timeZone);
  if (!isKhmer(options.language)) {
    return formatter(options.language, {
      month: 'long',
      day: 'numeric',
      timeZone: options.timeZone,
    }).format(new Date(iso));
  }
  const name = KHMER_MONTHS[month - 1]!;
  return khmerDigitsOf(
    options,
    options.khmerDateStyle === 'short' ? `${day} ${name}` : `ថ្ងៃទី${day} ខែ${name}`,
  );
}

/** A day as a reader sees it: "December 1, 2026", "ថ្ងៃទី១ ខែធ្នូ ឆ្នាំ២០២៦" or "១ ធ្នូ ២០២៦". */
export function formatDate(iso: string | Date, options: DateOptions): string {
  if (!isKhmer(options.language)) {
    return formatter(options.language, { dateStyle: 'long', timeZone: options.timeZone }).format(
      new Date(iso),
    );
  }
  const { year } = zonedParts(iso, options.timeZone);
  const monthDay = formatMonthDay(iso, options);
  const shownYear = khmerDigitsOf(options, String(year));
  return options.khmerDateStyle === 'short'
    ? `${monthDay} ${shownYear}`
    : `${monthDay} ឆ្នាំ${shownYear}`;
}

/** A moment: "Dec 1, 2026, 10:00 AM", or "ថ្ងៃទី១ ខែធ្នូ ឆ្នាំ២០២៦ ម៉ោង ១០:០០" in Khmer. */
export function formatDateTime(iso: string | Date, options: DateOptions): string {
  if (!isKhmer(options.language)) {
    return formatter(options.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: options.timeZone,
    }).format(new Date(iso));
  }
  const { hour, minute } = zonedParts(iso, options.timeZone);
  const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return `${formatDate(iso, options)} ម៉ោង ${khmerDigitsOf(options, clock)}`;
}

/** A short day for lists: "Dec 1, 2026", or the Khmer date. */
export function formatShortDate(iso: string | Date, options: DateOptions): string {
  if (isKhmer(options.language)) return formatDate(iso, options);
  return formatter(options.language, { dateStyle: 'medium', timeZone: options.timeZone }).format(
    new Date(iso),
  );
}
