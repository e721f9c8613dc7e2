// The date a dateline gives, in the ways agencies write it: "December 3, 2010", "Dec. 1",
// "Dec 1", "5 June", "Monday", "2010-12-03", and Khmer "ថ្ងៃទី៣ ខែធ្នូ ឆ្នាំ២០១០".

import { KHMER_MONTHS as KM_MONTHS } from '../dates';

const SPACE = String.raw`[^\S\n]`;
const EN_MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const KM_MONTH = `(?:${KM_MONTHS.join('|')})`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:19|20)\d\d`;
const KM_DIGITS = '[0-9\u17E0-\u17E9]';
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;

/** A dateline's date as a regular-expression source, for the dateline matcher to embed. */
export const DATE_SOURCE = [
  String.raw`${YEAR}-[01]\d-[0-3]\d`,
  String.raw`(?:${WEEKDAY},?${SPACE})?${EN_MONTH}${SPACE}?${DAY}(?:,?${SPACE}${YEAR})?`,
  String.raw`(?:${WEEKDAY},?${SPACE})?${DAY}${SPACE}${EN_MONTH}(?:,?${SPACE}${YEAR})?`,
  WEEKDAY,
  `(?:ថ្ងៃទី${SPACE}?)?${KM_DIGITS}{1,2}${SPACE}?(?:ខែ${SPACE}?)?${KM_MONTH}(?:${SPACE}?(?:ឆ្នាំ${SPACE}?)?${KM_DIGITS}{4})?`,
].join('|');

const WHOLE_DATE = new RegExp(`^(?:${DATE_SOURCE})$`, 'iu');

/**
 * The date as the article keeps it: an ISO date ("2010-12-03") when the year is given,
 * otherwise the text as written ("Dec 1"); undefined when the text is not a date.
 */
export function readDatelineDate(text: string): string | undefined {
  const written = text.replace(/\s+/g, ' ').trim();
  if (!WHOLE_DATE.test(written)) return undefined;
  const parts = dateParts(written);
  if (!parts?.year) return written;
  const { year, month, day } = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  // "February 30, 2011" is kept as written rather than turned into a day that does not exist.
  if (date.getUTCMonth() !== month - 1) return written;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month (1-12), day and year a written date names, when it names a month and a day. */
export function dateParts(
  written: string,
): { month: number; day: number; year?: number } | undefined {
  const iso = /^(\d{4})-(\d\d)-(\d\d)$/.exec(written);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const text = toLatinDigits(written);
  const month = monthOf(text);
  const day = /(?:^|\D)([0-3]?\d)(?:st|nd|rd|th)?(?!\d)/i.exec(text.replace(/\b\d{4}\b/, ''));
  if (!month || !day) return undefined;
  const year = /\b((?:19|20)\d\d)\b/.exec(text);
  return { month, day: Number(day[1]), ...(year ? { year: Number(year[1]) } : {}) };
}

function monthOf(text: string): number | undefined {
  const khmer = KM_MONTHS.findIndex((name) => text.includes(name));
  if (khmer >= 0) return khmer + 1;
  const english = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(text);
  if (!english) return undefined;
  return 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(english[1]!.toLowerCase()) / 3 + 1;
}

function toLatinDigits(text: string): string {
  return text.replace(/[\u17E0-\u17E9]/g, (digit) => String(digit.charCodeAt(0) - 0x17e0));
}
