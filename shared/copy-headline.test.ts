import { describe, expect, it } from 'vitest';
import { copyHeadline } from './copy-headline';

describe('a copy’s headline', () => {
  it('says it is a copy in the article’s language', () => {
    expect(copyHeadline('Floods recede', 'en')).toBe('Floods recede (copy)');
    expect(copyHeadline('ទឹកជំនន់ស្រក', 'km')).toBe('ទឹកជំនន់ស្រក (ច្បាប់ចម្លង)');
    expect(copyHeadline('', 'en-GB')).toBe('(copy)');
  });

  it('does not stack the mark on a copy of a copy', () => {
    expect(copyHeadline('Floods recede (copy)', 'en')).toBe('Floods recede (copy)');
  });
});
