import { describe, expect, it } from 'vitest';
import { articleLabel, findArticles, linkStatus } from './ticker-links';
import { testSummary } from '../../../test-support/shared/sample-articles';

const summary = (id: string, headline: string, shortHeadline = '') =>
  testSummary(id, { headline, shortHeadline });

const water = summary('water-plant-1', 'Groundbreaking of Bakheng Water Treatment Plant Phase 3');
const markets = summary(
  'markets-fund-1',
  'Cambodia Allocates $100 Million to Stabilize Agricultural Markets',
  'Farm markets get $100m',
);
const library = new Map([water, markets].map((article) => [article.id, article]));

describe('linkStatus', () => {
  it('reports no link and web links as they are', () => {
    expect(linkStatus({ text: 'A' }, library)).toEqual({ kind: 'none' });
    expect(linkStatus({ text: 'A', link: { kind: 'url', url: 'https://x.org' } }, library)).toEqual(
      { kind: 'url', url: 'https://x.org' },
    );
  });

  it('finds the linked article and sees the text still matches its ticker text', () => {
    const status = linkStatus(
      { text: 'Farm markets get $100m ', link: { kind: 'article', articleId: markets.id } },
      library,
    );
    expect(status).toMatchObject({ kind: 'article', currentText: 'Farm markets get $100m' });
    expect(status).toMatchObject({ differs: false });
  });

  it('sees when the article was retitled since', () => {
    const status = linkStatus(
      { text: 'Old headline', link: { kind: 'article', articleId: water.id } },
      library,
    );
    expect(status).toMatchObject({ kind: 'article', differs: true, currentText: water.headline });
  });

  it('does not offer an empty headline in place of the text', () => {
    const blank = summary('blank-article-1', '  ');
    const status = linkStatus(
      { text: 'Something', link: { kind: 'article', articleId: blank.id } },
      new Map([[blank.id, blank]]),
    );
    expect(status).toMatchObject({ kind: 'article', differs: false });
  });

  it('flags an article that is gone or in the trash, but only once the library is known', () => {
    const link = { kind: 'article', articleId: 'gone-article-1' } as const;
    expect(linkStatus({ text: 'A', link }, library)).toEqual({
      kind: 'missing',
      articleId: 'gone-article-1',
    });
    const trashed = { ...water, trashedAt: '2024-01-02T00:00:00.000Z' };
    expect(
      linkStatus(
        { text: 'A', link: { kind: 'article', articleId: water.id } },
        new Map([[water.id, trashed]]),
      ).kind,
    ).toBe('missing');
    expect(linkStatus({ text: 'A', link }, undefined).kind).toBe('pending');
  });
});

describe('findArticles', () => {
  const articles = [
    water,
    markets,
    summary('korea-talks-1', 'Cambodia and South Korea Discuss Investment'),
    summary('trashed-one-1', 'Cambodia in the trash'),
  ];
  articles[3] = { ...articles[3]!, trashedAt: '2024-01-02T00:00:00.000Z' };

  it('lists the most recent articles when nothing is typed, never trashed ones', () => {
    expect(findArticles(articles, '  ').map((article) => article.id)).toEqual([
      'water-plant-1',
      'markets-fund-1',
      'korea-talks-1',
    ]);
    expect(findArticles(articles, '', 1)).toHaveLength(1);
  });

  it('matches every word in any case, in headline or short headline, prefix matches first', () => {
    expect(findArticles(articles, 'cambodia').map((article) => article.id)).toEqual([
      'markets-fund-1',
      'korea-talks-1',
    ]);
    expect(findArticles(articles, 'korea INVEST').map((article) => article.id)).toEqual([
      'korea-talks-1',
    ]);
    expect(findArticles(articles, 'farm').map((article) => article.id)).toEqual(['markets-fund-1']);
    expect(findArticles(articles, 'phase bakheng')[0]?.id).toBe('water-plant-1');
    expect(findArticles(articles, 'Cambodia and')[0]?.id).toBe('korea-talks-1');
    expect(findArticles(articles, 'nothing like this')).toEqual([]);
  });
});

describe('articleLabel', () => {
  it('falls back to the short headline, then to a placeholder', () => {
    expect(articleLabel({ headline: ' H ', shortHeadline: 'S' }, 'Untitled')).toBe('H');
    expect(articleLabel({ headline: '', shortHeadline: 'S' }, 'Untitled')).toBe('S');
    expect(articleLabel({ headline: '', shortHeadline: '' }, 'Untitled')).toBe('Untitled');
  });
});
