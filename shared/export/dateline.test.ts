import { describe, expect, it } from 'vitest';
import type { DatelineParts } from '../import/dateline';
import { datelineLead, writeDateline, type DatelineOptions } from './dateline';

const plain: DatelineOptions = { style: 'plain', language: 'en', timeZone: 'Asia/Phnom_Penh' };
const agency = (date: string, language = 'en'): DatelineOptions => ({
  style: 'agency',
  language,
  timeZone: 'Asia/Phnom_Penh',
  date,
});
const lead = (dateline: string | DatelineParts, options: DatelineOptions) => {
  const written = writeDateline(
    typeof dateline === 'string' ? { place: dateline } : dateline,
    options,
  );
  return written && datelineLead(written);
};

describe('writeDateline', () => {
  it('writes the plain style as the seed pages do', () => {
    expect(lead('Phnom Penh', plain)).toBe('Phnom Penh:');
    expect(lead('  Phnom Penh : ', plain)).toBe('Phnom Penh:');
    expect(lead('ភ្នំពេញ', { ...plain, language: 'km' })).toBe('ភ្នំពេញ ៖');
    expect(lead('ភ្នំពេញ ៖', { ...plain, language: 'km' })).toBe('ភ្នំពេញ ៖');
    expect(lead('', plain)).toBeUndefined();
  });

  it('writes the agency style with the date where the publication is', () => {
    expect(lead('Phnom Penh', agency('2025-11-25T05:00:00.000Z'))).toBe('PHNOM PENH, Nov. 25 —');
    // Late evening in London is already the next day in Phnom Penh.
    expect(lead('Phnom Penh', agency('2025-11-24T20:30:00.000Z'))).toBe('PHNOM PENH, Nov. 25 —');
    expect(lead('Siem Reap', agency('2025-03-02T05:00:00.000Z'))).toBe('SIEM REAP, March 2 —');
    expect(lead('Siem Reap', agency('2025-09-30T05:00:00.000Z'))).toBe('SIEM REAP, Sept. 30 —');
  });

  it('keeps a date the writer typed and writes other languages’ dates in them', () => {
    expect(lead('Kampong Cham, Dec. 22', agency('2025-11-25T05:00:00.000Z'))).toBe(
      'KAMPONG CHAM, Dec. 22 —',
    );
    const khmer = lead('ភ្នំពេញ', agency('2025-11-25T05:00:00.000Z', 'km'));
    expect(khmer).toMatch(/^ភ្នំពេញ, .+ —$/);
    expect(khmer).toContain(
      new Intl.DateTimeFormat('km', { month: 'long' }).format(new Date('2025-11-25')),
    );
  });

  it('writes only the place when no date is known', () => {
    expect(writeDateline({ place: 'Kratie' }, { ...plain, style: 'agency' })).toEqual({
      text: 'KRATIE',
      separator: ' —',
    });
  });

  it('writes the dateline’s own date and agency in agency style', () => {
    const now = agency('2025-11-25T05:00:00.000Z');
    expect(lead({ place: 'PHNOM PENH', date: 'Dec 1', agency: 'Reuters' }, now)).toBe(
      'PHNOM PENH, Dec. 1 (Reuters) —',
    );
    expect(lead({ place: 'Phnom Penh', date: 'June 5', agency: 'Xinhua' }, now)).toBe(
      'PHNOM PENH, June 5 (Xinhua) —',
    );
    expect(lead({ place: 'Phnom Penh', date: '2010-12-03', agency: 'AKP' }, now)).toBe(
      'PHNOM PENH, Dec. 3, 2010 (AKP) —',
    );
    expect(lead({ place: 'Siem Reap', date: '2025-03-02' }, now)).toBe('SIEM REAP, March 2 —');
    expect(lead({ place: 'PHNOM PENH, Cambodia', agency: 'AP' }, now)).toBe(
      'PHNOM PENH, Cambodia, Nov. 25 (AP) —',
    );
    expect(lead({ place: 'Bangkok', date: 'Monday', agency: 'AFP' }, now)).toBe(
      'BANGKOK, Monday (AFP) —',
    );
    expect(lead({ place: 'PHNOM PENH, June 30 (Xinhua)' }, now)).toBe(
      'PHNOM PENH, June 30 (Xinhua) —',
    );
  });

  it('keeps the date and agency in the plain style, as the importer reads them back', () => {
    expect(lead({ place: 'PHNOM PENH', date: 'Dec 1', agency: 'Reuters' }, plain)).toBe(
      'PHNOM PENH, Dec 1 (Reuters):',
    );
    expect(lead({ place: 'Phnom Penh', date: '2010-12-03', agency: 'AKP' }, plain)).toBe(
      'Phnom Penh, December 3, 2010 (AKP):',
    );
    expect(lead({ place: 'ភ្នំពេញ', agency: 'FN' }, { ...plain, language: 'km' })).toBe(
      'ភ្នំពេញ (FN) ៖',
    );
  });
});
