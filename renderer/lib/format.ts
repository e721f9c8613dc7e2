// Dates and numbers the way the lists show them, in the interface's language. Components pass the
// intl they render with, so what they show changes with the language.
import type { IntlShape } from 'react-intl';
import { formatDateTime, formatShortDate } from '../../shared/dates';
import { currentIntl } from '../i18n/intl';
import { appDateOptions } from './publication-dates';

/** How long ago, unit by unit; worded from the catalogs, since Chromium's Intl may lack Khmer. */
const STEPS: [string, number][] = [
  ['time.minutesAgo', 60],
  ['time.hoursAgo', 24],
  ['time.daysAgo', 7],
  ['time.weeksAgo', 4.35],
  ['time.monthsAgo', 12],
  ['time.yearsAgo', Number.POSITIVE_INFINITY],
];

export function formatRelative(iso: string, now = Date.now(), intl = currentIntl()): string {
  const seconds = (now - Date.parse(iso)) / 1000;
  if (Math.abs(seconds) < 45) return intl.formatMessage({ id: 'time.justNow' });
  // A time ahead of this computer's clock is shown as it is.
  if (seconds < 0) return formatFull(iso, intl);
  let amount = seconds / 60;
  for (const [id, size] of STEPS) {
    if (amount < size)
      return intl.formatMessage({ id }, { count: Math.max(1, Math.round(amount)) });
    amount /= size;
  }
  return formatFull(iso, intl);
}

// Days and times in the publication's time zone, as its pages and export folders show them.
export function formatDay(iso: string, intl: IntlShape = currentIntl()): string {
  return formatShortDate(iso, appDateOptions(intl.locale));
}

export function formatFull(iso: string, intl: IntlShape = currentIntl()): string {
  return formatDateTime(iso, appDateOptions(intl.locale));
}
