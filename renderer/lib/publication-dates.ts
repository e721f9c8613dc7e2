// How the app writes dates and times, from the publication's settings: its time zone for every
// time shown (History, the library, the trash), as exported pages use it. Kept outside React so
// the formatting helpers and the store's notices read the same settings.
import { dateOptions, type DateOptions } from '../../shared/dates';
import { DEFAULT_PUBLICATION, type Publication } from '../../shared/publication';

type DateSettings = Pick<Publication, 'timeZone' | 'khmerDigits' | 'khmerDateStyle'>;

let settings: DateSettings = DEFAULT_PUBLICATION;

/** Called whenever the publication's settings are loaded or saved. */
export function setPublicationDates(publication: DateSettings): void {
  settings = publication;
}

/** The publication's way of writing dates, in `language`. */
export function appDateOptions(language: string): DateOptions {
  return dateOptions(settings, language);
}
