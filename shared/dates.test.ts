import { describe, expect, it } from 'vitest';
import {
  dateOptions,
  formatDate,
  formatDateTime,
  formatMonthDay,
  khmerNumerals,
  zonedParts,
} from './dates';
import { DEFAULT_PUBLICATION } from './publication';

// 1 December 2026, 23:30 in Phnom Penh: still 30 November in UTC.
const LATE = '2026-12-01T16:30:00.000Z';
const EARLY = '2026-11-30T18:30:00.000Z';
const phnomPenh = { timeZone: 'Asia/Phnom_Penh' };

describe('formatDate', () => {
  it('writes a Khmer date as Khmer papers print it, in Khmer digits, unless the publication says otherwise', () => {
    expect(formatDate(LATE, { ...phnomPenh, language: 'km' })).toBe('ថ្ងៃទី១ ខែធ្នូ ឆ្នាំ២០២៦');
    expect(formatDate(LATE, { ...phnomPenh, language: 'km', khmerDigits: false })).toBe(
      'ថ្ងៃទី1 ខែធ្នូ ឆ្នាំ2026',
    );
    expect(formatDate(LATE, { ...phnomPenh, language: 'km', khmerDateStyle: 'short' })).toBe(
      '១ ធ្នូ ២០២៦',
    );
    expect(
      formatDate(LATE, {
        ...dateOptions(
          { ...DEFAULT_PUBLICATION, khmerDigits: false, khmerDateStyle: 'short' },
          'km',
        ),
      }),
    ).toBe('1 ធ្នូ 2026');
  });

  it('takes the day in the publication’s time zone, not the machine’s', () => {
    expect(formatDate(EARLY, { ...phnomPenh, language: 'km' })).toBe('ថ្ងៃទី១ ខែធ្នូ ឆ្នាំ២០២៦');
    expect(formatDate(EARLY, { timeZone: 'UTC', language: 'km' })).toBe('ថ្ងៃទី៣០ ខែវិច្ឆិកា ឆ្នាំ២០២៦');
    expect(formatDate(EARLY, { ...phnomPenh, language: 'en' })).toBe('December 1, 2026');
  });

  it('names every month', () => {
    const months = Array.from({ length: 12 }, (_, index) =>
      formatMonthDay(`2026-${String(index + 1).padStart(2, '0')}-15T00:00:00Z`, {
        ...phnomPenh,
        language: 'km',
        khmerDateStyle: 'short',
      }),
    );
    expect(new Set(months).size).toBe(12);
    expect(months[0]).toBe('១៥ មករា');
    expect(months[11]).toBe('១៥ ធ្នូ');
  });
});

describe('formatDateTime', () => {
  it('gives the clock time in the publication’s time zone', () => {
    expect(formatDateTime(LATE, { ...phnomPenh, language: 'km' })).toBe(
      'ថ្ងៃទី១ ខែធ្នូ ឆ្នាំ២០២៦ ម៉ោង ២៣:៣០',
    );
    expect(formatDateTime(LATE, { ...phnomPenh, language: 'en' })).toMatch(/^Dec 1, 2026.*11:30/);
    expect(formatDateTime(LATE, { timeZone: 'UTC', language: 'en' })).toMatch(/4:30/);
  });
});

describe('helpers', () => {
  it('turns digits into Khmer digits and reads zoned parts', () => {
    expect(khmerNumerals('2026-12-01 10:05')).toBe('២០២៦-១២-០១ ១០:០៥');
    expect(zonedParts(LATE, 'Asia/Phnom_Penh')).toEqual({
      year: 2026,
      month: 12,
      day: 1,
      hour: 23,
      minute: 30,
    });
  });
});
