import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { englishInKhmer, placeholders } from '../../test-support/shared/catalog-checks';
import { HOST_CATALOGS, hostLocale, hostWords } from './host-words';

describe('the desktop host catalogs', () => {
  it('hold the same ids in English and Khmer', () => {
    expect(Object.keys(HOST_CATALOGS.km).sort()).toEqual(Object.keys(HOST_CATALOGS.en).sort());
  });

  it('hold valid ICU messages whose placeholders match between the languages', () => {
    for (const [id, english] of Object.entries(HOST_CATALOGS.en)) {
      const khmer = HOST_CATALOGS.km[id] ?? '';
      expect(() => parse(english), id).not.toThrow();
      expect(() => parse(khmer), id).not.toThrow();
      expect(placeholders(khmer), id).toEqual(placeholders(english));
    }
  });

  it('write Khmer in Khmer, with no English words but names kept as they are', () => {
    for (const [id, message] of Object.entries(HOST_CATALOGS.km)) {
      expect(englishInKhmer(message), `${id}: ${message}`).toEqual([]);
    }
  });
});

describe('hostLocale', () => {
  it('follows the Settings choice over the system’s language', () => {
    expect(hostLocale('km', 'en-US')).toBe('km');
    expect(hostLocale('en', 'km-KH')).toBe('en');
  });

  it('follows the system’s language when nothing was chosen, and speaks English otherwise', () => {
    expect(hostLocale(null, 'km-KH')).toBe('km');
    expect(hostLocale(undefined, 'km')).toBe('km');
    expect(hostLocale(null, 'fr-FR')).toBe('en');
  });
});

describe('hostWords', () => {
  it('fills in a message’s values in the chosen language', () => {
    expect(hostWords('en')('start.failedBecause', { reason: 'disk full' })).toBe(
      'Dateline could not start: disk full',
    );
    expect(hostWords('km')('start.failedBecause', { reason: 'disk full' })).toBe(
      'Dateline មិនអាចចាប់ផ្ដើមបានទេ៖ disk full',
    );
  });
});
