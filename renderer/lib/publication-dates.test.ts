import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { setInterfaceLocale } from '../i18n/intl';
import { formatDay, formatFull } from './format';
import { setPublicationDates } from './publication-dates';

// 23:30 on 1 December in Phnom Penh; 16:30 UTC.
const LATE = '2026-12-01T16:30:00.000Z';

afterEach(() => {
  setPublicationDates(DEFAULT_PUBLICATION);
  setInterfaceLocale('en');
});

describe('times the app shows', () => {
  it('follow the publication’s time zone, as its pages and export folders do', () => {
    setPublicationDates({ ...DEFAULT_PUBLICATION, timeZone: 'Asia/Phnom_Penh' });
    expect(formatFull(LATE)).toMatch(/^Dec 1, 2026, 11:30\sPM$/);
    setPublicationDates({ ...DEFAULT_PUBLICATION, timeZone: 'UTC' });
    expect(formatFull(LATE)).toMatch(/^Dec 1, 2026, 4:30\sPM$/);
  });

  it('read in Khmer in the Khmer interface, whatever the browser’s own Khmer data', () => {
    setInterfaceLocale('km');
    setPublicationDates({ ...DEFAULT_PUBLICATION, timeZone: 'Asia/Phnom_Penh' });
    expect(formatFull(LATE)).toBe('ថ្ងៃទី១ ខែធ្នូ ឆ្នាំ២០២៦ ម៉ោង ២៣:៣០');
    expect(formatDay(LATE)).toBe('ថ្ងៃទី១ ខែធ្នូ ឆ្នាំ២០២៦');
  });
});
