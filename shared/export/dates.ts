// The dateline's own date forms; every other date is written by shared/dates.ts.
import { formatMonthDay, zonedParts, type DateOptions } from '../dates';

// AP style: five months are short enough to spell out.
export const AP_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** "Nov. 25" in English, otherwise the language's own month and day ("ថ្ងៃទី២៥ ខែវិច្ឆិកា"). */
export function formatDatelineDate(iso: string, options: DateOptions): string {
  if (!/^en\b/i.test(options.language)) return formatMonthDay(iso, options);
  const { month, day } = zonedParts(iso, options.timeZone);
  return `${AP_MONTHS[month - 1] ?? ''} ${day}`.trim();
}
