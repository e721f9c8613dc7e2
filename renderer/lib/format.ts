// Dates and numbers the way the lists show them, in the interface's language. Components pass the
// intl they render with, so what they show changes with the language.
import type { IntlShape } from 'react-intl';
import { formatDateTime, formatShortDate } from '../../shared/dates';
import { currentIntl } from '../i18n/intl';
import { appDateOptions } from './publication-dates';

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

export function formatRelative(iso: string, now = Date.now(), intl = currentIntl()): string {
  let amount = (Date.parse(iso) - now) / 1000;
  if (Math.abs(amount) < 45) return intl.formatMessage({ id: 'time.justNow' });
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) {
      return intl.formatRelativeTime(Math.round(amount), unit, { numeric: 'auto' });
    }
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
