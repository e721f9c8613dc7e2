// twitter:title fits 70 characters: the short headline first, else the headline cut at a word.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { makeArticle } from '../../test-support/shared/sample-articles';
import { DEFAULT_PUBLICATION } from '../publication';
import { renderArticlePage } from './page';
import { SOCIAL_TITLE_LIMIT, socialTitle } from './social-title';

const LONG =
  'Government announces new ferry timetable for the Mekong crossings at Neak Loeung and Prek Tamak';
const length = (text: string) =>
  Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length;

describe('socialTitle', () => {
  it('keeps a headline that fits as it is', () => {
    expect(socialTitle('Ferry returns to Kratie', '')).toBe('Ferry returns to Kratie');
  });

  it('uses the short headline when the writer set one', () => {
    expect(socialTitle(LONG, 'New ferry timetable for the Mekong')).toBe(
      'New ferry timetable for the Mekong',
    );
  });

  it('cuts a long headline at a word, with an ellipsis, within 70 characters', () => {
    const title = socialTitle(LONG, '');
    expect(title).toBe('Government announces new ferry timetable for the Mekong crossings at…');
    expect(length(title)).toBeLessThanOrEqual(SOCIAL_TITLE_LIMIT);
    expect(LONG.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('cuts a Khmer headline within 70 whole letters', () => {
    const khmer =
      'រាជរដ្ឋាភិបាលប្រកាសកាលវិភាគសាឡាងថ្មីសម្រាប់ការឆ្លងទន្លេមេគង្គនៅអ្នកលឿងនិងព្រែកតាមាក់ពេលព្រឹកនេះ ដើម្បីជួយអ្នកដំណើររាប់ពាន់នាក់ដែលធ្វើដំណើរជារៀងរាល់ថ្ងៃ';
    const title = socialTitle(khmer, '');
    expect(length(title)).toBeLessThanOrEqual(SOCIAL_TITLE_LIMIT);
    expect(title.endsWith('…')).toBe(true);
    expect(khmer.startsWith(title.slice(0, -1))).toBe(true);
  });
});

describe('the page’s twitter:title', () => {
  const parse = (html: string) => {
    const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
    return new window.DOMParser().parseFromString(html, 'text/html');
  };
  const meta = (html: string, name: string) =>
    parse(html).querySelector(`meta[name="${name}"]`)?.getAttribute('content');
  const context = { publication: DEFAULT_PUBLICATION };

  it('is the cut headline while og:title keeps it whole', () => {
    const html = renderArticlePage(makeArticle({ headline: LONG }), context);
    expect(length(meta(html, 'twitter:title')!)).toBeLessThanOrEqual(SOCIAL_TITLE_LIMIT);
    const og = parse(html).querySelector('meta[property="og:title"]');
    expect(og?.getAttribute('content')).toBe(LONG);
  });

  it('is the short headline when set', () => {
    const html = renderArticlePage(
      makeArticle({ headline: LONG, shortHeadline: 'Ferry timetable changes' }),
      context,
    );
    expect(meta(html, 'twitter:title')).toBe('Ferry timetable changes');
  });
});
