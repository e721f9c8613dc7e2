import { describe, expect, it } from 'vitest';
import { SLUG_MAX_BYTES, SLUG_MAX_LENGTH, SlugAllocator, slugify } from './slug';

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

  it('keeps the Khmer words of a headline as written, with Khmer punctuation as a break', () => {
    expect(slugify('សម្ដេចតេជោ៖ បញ្ជីគណៈរដ្ឋមន្ត្រីថ្មី ត្រូវបានរៀបចំទុកសម្រាប់ក្មេងជំនាន់ក្រោយ', ID)).toBe(
      'សម្ដេចតេជោ-បញ្ជីគណៈរដ្ឋមន្ត្រីថ្មី',
    );
    expect(slugify('ភ្លៀងធ្លាក់ខ្លាំងនៅភ្នំពេញ។', ID)).toBe('ភ្លៀងធ្លាក់ខ្លាំងនៅភ្នំពេញ');
    expect(slugify('ភ្លៀង ២០២៦ 2026', ID)).toBe('ភ្លៀង-២០២៦-2026');
    expect(slugify('ភ្លៀង in Phnom Penh', ID)).toBe('ភ្លៀង-in-phnom-penh');
  });

  it('cuts a long Khmer headline within the byte limit, never inside a letter', () => {
    const long = 'ភ្លៀងធ្លាក់ខ្លាំងនៅភ្នំពេញ'.repeat(6);
    const slug = slugify(long, ID);
    expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(SLUG_MAX_BYTES);
    expect(long.startsWith(slug)).toBe(true);
    expect(long.charAt(slug.length)).not.toMatch(/\p{M}/u);
    expect(slug.endsWith('\u17d2')).toBe(false);
  });

  it('falls back to the id when the headline has no letter it can keep', () => {
    expect(slugify('២០២៦ 2026', ID)).toBe(ID);
    expect(slugify('Москва', ID)).toBe(ID);
    expect(slugify('', ID)).toBe(ID);
    expect(slugify('!!! ---', ID)).toBe(ID);
    expect(slugify('\ue000\ue001', ID)).toBe(ID);
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
