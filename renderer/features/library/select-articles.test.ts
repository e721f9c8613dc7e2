import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/article';
import { NO_FILTERS, selectArticles } from './select-articles';
import { testSummary } from '../../../test-support/shared/sample-articles';

const article = testSummary;

const library = [
  article('a', {
    headline: 'Zoo opens',
    status: 'approved',
    section: 'News',
    updatedAt: '2026-11-03T00:00:00.000Z',
  }),
  article('b', {
    headline: 'apple harvest',
    status: 'draft',
    section: 'Business',
    language: 'km',
    updatedAt: '2026-11-05T00:00:00.000Z',
  }),
  article('c', {
    headline: 'Market 10',
    status: 'approved',
    section: 'Business',
    updatedAt: '2026-11-04T00:00:00.000Z',
  }),
  article('d', {
    headline: 'Market 9',
    status: 'edited',
    section: 'News',
    updatedAt: '2026-11-01T00:00:00.000Z',
  }),
];
const ids = (list: ArticleSummary[]) => list.map((item) => item.id);

describe('selectArticles', () => {
  it('sorts by last change, newest first', () => {
    expect(ids(selectArticles(library, NO_FILTERS, 'changed'))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts by headline the way people read numbers and capitals', () => {
    expect(ids(selectArticles(library, NO_FILTERS, 'headline'))).toEqual(['b', 'd', 'c', 'a']);
  });

  it('keeps the given order for relevance', () => {
    expect(ids(selectArticles([library[3]!, library[0]!], NO_FILTERS, 'relevance'))).toEqual([
      'd',
      'a',
    ]);
  });

  it('filters by status, section and language together', () => {
    expect(ids(selectArticles(library, { ...NO_FILTERS, status: 'approved' }, 'changed'))).toEqual([
      'c',
      'a',
    ]);
    expect(
      ids(
        selectArticles(
          library,
          { status: 'approved', section: 'Business', language: '' },
          'changed',
        ),
      ),
    ).toEqual(['c']);
    expect(ids(selectArticles(library, { ...NO_FILTERS, language: 'km' }, 'changed'))).toEqual([
      'b',
    ]);
    expect(selectArticles(library, { ...NO_FILTERS, section: 'Sport' }, 'changed')).toEqual([]);
  });

  it('does not reorder the array it was given', () => {
    const copy = [...library];
    selectArticles(library, NO_FILTERS, 'headline');
    expect(library).toEqual(copy);
  });
});
