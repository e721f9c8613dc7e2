import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, SlugAllocator, slugify } from './slug';

const ID = 'abcdefgh-1234';

describe('slugify', () => {
  it('joins the lowercase words of the headline with dashes', () => {
    expect(slugify('Battambang Rice Farmers Share Solar Pumps', ID)).toBe(
      'battambang-rice-farmers-share-solar-pumps',
    );
    expect(slugify('  <b>Fish & "Chips"</b> -- at the Market!  ', ID)).toBe(
      'b-fish-chips-b-at-the-market',
    );
    expect(slugify('COVID-19: 2,300 New Cases', ID)).toBe('covid-19-2-300-new-cases');
  });

  it('folds diacritics and letters without them to ASCII', () => {
    expect(slugify('Café Owners Meet in Hà Nội', ID)).toBe('cafe-owners-meet-in-ha-noi');
    expect(slugify('Đà Nẵng Straße Ærø Łódź', ID)).toBe('da-nang-strasse-aero-lodz');
  });

  it('keeps words with apostrophes whole', () => {
    expect(slugify('Farmers’ Market Won’t Close', ID)).toBe('farmers-market-wont-close');
    expect(slugify("Don't Panic", ID)).toBe('dont-panic');
  });

  it('falls back to the id when the headline has no Latin letter', () => {
    expect(slugify('ភ្លៀងធ្លាក់ខ្លាំងនៅភ្នំពេញ', ID)).toBe(ID);
    expect(slugify('ភ្លៀង ២០២៦ 2026', ID)).toBe(ID);
    expect(slugify('', ID)).toBe(ID);
    expect(slugify('!!! ---', ID)).toBe(ID);
  });

  it('keeps the Latin words of a mixed headline', () => {
    expect(slugify('ភ្លៀង in Phnom Penh', ID)).toBe('in-phnom-penh');
  });

  it('stops at a whole word before the length limit', () => {
    const headline = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const slug = slugify(headline, ID);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(/^word0-word1-.*-word\d+$/);
    expect(headline.replace(/ /g, '-').startsWith(`${slug}-`)).toBe(true);
    expect(slugify('a'.repeat(200), ID)).toBe('a'.repeat(SLUG_MAX_LENGTH));
  });

  it('never gives a name Windows refuses', () => {
    expect(slugify('CON', ID)).toBe('con-story');
    expect(slugify('Nul', ID)).toBe('nul-story');
    expect(slugify('Con Artists Jailed', ID)).toBe('con-artists-jailed');
  });
});

describe('SlugAllocator', () => {
  it('numbers repeats from 2 and avoids reserved names', () => {
    const slugs = new SlugAllocator(['index', 'ticker']);
    expect(
      ['rain', 'rain', 'index', 'rain', 'rain-2', 'ticker'].map((s) => slugs.allocate(s)),
    ).toEqual(['rain', 'rain-2', 'index-2', 'rain-3', 'rain-2-2', 'ticker-2']);
  });
});
