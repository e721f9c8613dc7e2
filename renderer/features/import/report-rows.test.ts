import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/import/types';
import { setInterfaceLocale, t } from '../../i18n/intl';
import { reportRows as rowsIn, tickerButtonLabel as labelIn } from './report-rows';

const reportRows = (report: ImportReport) => rowsIn(report, t);
const tickerButtonLabel = (count: number) => labelIn(count, t);

const report = (recognised: Partial<ImportReport['recognised']>): ImportReport => ({
  format: 'text',
  recognised: {
    language: 'en',
    paragraphs: 0,
    relatedLinks: 0,
    relatedSection: false,
    ...recognised,
  },
  tickerHeadlines: [],
  notices: [],
});

describe('reportRows', () => {
  it('lists what was found, and says what was not', () => {
    const rows = reportRows(
      report({ headline: 'Budget Passed', dateline: 'ភ្នំពេញ', language: 'km', paragraphs: 1 }),
    );
    expect(rows.map((row) => [row.label, row.value, row.found])).toEqual([
      ['Headline', 'Budget Passed', true],
      ['Dateline', 'ភ្នំពេញ', true],
      ['Byline', 'Not found', false],
      ['Language', 'Khmer', true],
      ['Body', '1 paragraph', true],
      ['Related News', 'No section', false],
    ]);
  });

  it('marks values taken from the page with its language', () => {
    const rows = reportRows(report({ headline: 'ចំណងជើង', language: 'km' }));
    expect(rows[0]?.lang).toBe('km');
    expect(rows[1]?.lang).toBeUndefined();
  });

  it('counts related links, including an empty Related News section', () => {
    expect(reportRows(report({ relatedSection: true })).at(-1)?.value).toBe('0 links');
    expect(reportRows(report({ relatedSection: true, relatedLinks: 3 })).at(-1)?.value).toBe(
      '3 links',
    );
  });
});

describe('in Khmer', () => {
  it('words the rows and the ticker button from the Khmer catalog', () => {
    setInterfaceLocale('km');
    try {
      const rows = reportRows(report({ language: 'km', paragraphs: 3, relatedSection: true }));
      expect(rows.map((row) => row.label)).toEqual([
        'ចំណងជើង',
        'ទីកន្លែងព័ត៌មាន',
        'អ្នកសរសេរ',
        'ភាសា',
        'តួអត្ថបទ',
        'ព័ត៌មានទាក់ទង',
      ]);
      expect(rows[3]?.value).toBe('ខ្មែរ');
      expect(rows[4]?.value).toBe('3 កថាខណ្ឌ');
      expect(tickerButtonLabel(5)).toBe('បន្ថែមចំណងជើង 5 ទៅព័ត៌មានរត់');
    } finally {
      setInterfaceLocale('en');
    }
  });
});

describe('tickerButtonLabel', () => {
  it('counts headlines', () => {
    expect(tickerButtonLabel(1)).toBe('Add 1 headline to the ticker');
    expect(tickerButtonLabel(5)).toBe('Add 5 headlines to the ticker');
  });
});
