import { describe, expect, it } from 'vitest';
import { plural, pluralForm } from './plural';

describe('plural', () => {
  it('writes the count with the English form it takes', () => {
    expect([0, 1, 2, 21].map((count) => plural(count, 'article'))).toEqual([
      '0 articles',
      '1 article',
      '2 articles',
      '21 articles',
    ]);
    expect(plural(1, 'file was', 'files were')).toBe('1 file was');
    expect(plural(4, 'file was', 'files were')).toBe('4 files were');
  });

  it('follows the language: Khmer has one form for every count', () => {
    const forms = { one: 'អត្ថបទមួយ', other: 'អត្ថបទ' };
    expect([1, 2].map((count) => pluralForm(count, forms, 'km'))).toEqual(['អត្ថបទ', 'អត្ថបទ']);
  });

  it('uses the categories a language has beyond one and other', () => {
    // Welsh tells zero, one, two, few, many and other apart.
    const forms = {
      zero: 'zero',
      one: 'one',
      two: 'two',
      few: 'few',
      many: 'many',
      other: 'other',
    };
    expect([0, 1, 2, 3, 6, 4].map((count) => pluralForm(count, forms, 'cy'))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('falls back to the other form when a category has none', () => {
    expect(pluralForm(2, { one: 'was', other: 'were' }, 'cy')).toBe('were');
  });
});
