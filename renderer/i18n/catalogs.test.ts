import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogFiles, catalogs } from './catalogs';
import { INTERFACE_LOCALES } from './locale';

/** Latin-script words a Khmer newsroom writes as they are. */
const KEPT_IN_LATIN = new Set([
  'Dateline',
  'HTML',
  'URL',
  'ninjs',
  'Atom',
  'JSON',
  'Word',
  'docx',
  'txt',
  'Ctrl',
  'Cmd',
  'Shift',
  'Alt',
  'Enter',
  'Esc',
  'Tab',
  'UTC',
  'PDF',
  'UTF',
  'Open',
  'Graph',
]);

type Elements = ReturnType<typeof parse>;

/** The words of a message a reader sees, in every plural and select branch. */
function literalText(elements: Elements): string {
  let text = '';
  for (const element of elements) {
    if (element.type === 0) text += ` ${element.value}`;
    if ('options' in element) {
      for (const option of Object.values(element.options)) text += literalText(option.value);
    }
    if ('children' in element) text += literalText(element.children);
  }
  return text;
}

function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Elements) => {
    for (const element of elements) {
      if ('value' in element && element.type !== 0 && typeof element.value === 'string') {
        names.add(element.value);
      }
      if ('options' in element) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if ('children' in element) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

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
      const text = literalText(parse(message));
      const hasWords = /[\p{L}]/u.test(text);
      if (hasWords) expect(/[\u1780-\u17ff]/u.test(text), `${id}: ${message}`).toBe(true);
      const latin = text.match(/[A-Za-z][A-Za-z.'’-]*/g) ?? [];
      const foreign = latin.filter((word) => !KEPT_IN_LATIN.has(word.replace(/[.'’-]+$/, '')));
      expect(foreign, `${id}: ${message}`).toEqual([]);
    }
  });
});
