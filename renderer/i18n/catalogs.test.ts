import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { englishInKhmer, placeholders } from '../../test-support/shared/catalog-checks';
import { catalogFiles, catalogs } from './catalogs';
import { INTERFACE_LOCALES } from './locale';

describe('the interface catalogs', () => {
  it('hold the same ids in English and Khmer, file by file', () => {
    expect(Object.keys(catalogFiles.km).sort()).toEqual(Object.keys(catalogFiles.en).sort());
    for (const [file, english] of Object.entries(catalogFiles.en)) {
      expect(Object.keys(catalogFiles.km[file] ?? {}).sort(), file).toEqual(
        Object.keys(english).sort(),
      );
    }
  });

  it('define each id once, under its feature’s name', () => {
    for (const locale of INTERFACE_LOCALES) {
      const seen = new Map<string, string>();
      for (const [feature, catalog] of Object.entries(catalogFiles[locale])) {
        const file = `${locale}/${feature}.json`;
        for (const id of Object.keys(catalog)) {
          expect(id.startsWith(`${feature}.`), `${id} in ${file}`).toBe(true);
          expect(seen.get(id), `${id} is defined in ${seen.get(id)} and ${file}`).toBeUndefined();
          seen.set(id, file);
        }
      }
    }
  });

  it('hold valid ICU messages whose placeholders match between the languages', () => {
    for (const [id, english] of Object.entries(catalogs.en)) {
      const khmer = catalogs.km[id] ?? '';
      expect(() => parse(english), id).not.toThrow();
      expect(() => parse(khmer), id).not.toThrow();
      expect(placeholders(khmer), id).toEqual(placeholders(english));
    }
  });

  it('write Khmer in Khmer, with no English words but names kept as they are', () => {
    for (const [id, message] of Object.entries(catalogs.km)) {
      expect(englishInKhmer(message), `${id}: ${message}`).toEqual([]);
    }
  });

  it('leave dates and times to Dateline’s own formatting, since the browser may have no Khmer', () => {
    // ICU's date and time arguments go through the browser's Intl, which in Chromium often
    // writes a Khmer interface's dates in English.
    for (const locale of INTERFACE_LOCALES) {
      for (const [id, message] of Object.entries(catalogs[locale])) {
        expect(message, `${locale} ${id}`).not.toMatch(/\{\s*\w+\s*,\s*(?:date|time)\b/);
      }
    }
  });
});
