import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, emptyFields, type Article } from '../../shared/article';
import { SearchIndex } from './search-index';
import { best } from './search-scores';

function article(id: string, headline: string, text: string): Article {
  return {
    ...emptyFields(),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    revision: 1,
    headline,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe('search scores', () => {
  it('picks the same best hits as sorting every match', () => {
    const scores = new Map<string, number>();
    for (let i = 0; i < 500; i += 1) scores.set(`a${i}`, ((i * 7919) % 211) / 7);
    const sorted = [...scores]
      .map(([id, score]) => ({ id, score }))
      .sort((a, b) => b.score - a.score);
    for (const limit of [1, 5, 50, 499, 500, 600]) {
      expect(best(scores, limit).map((hit) => hit.score)).toEqual(
        sorted.slice(0, limit).map((hit) => hit.score),
      );
    }
    expect(best(scores, 0)).toEqual([]);
  });

  it('finds an article saved after the same query ran, and loses one changed since', () => {
    const index = new SearchIndex();
    index.upsert(article('a', 'Flood in the north', 'Rivers rose overnight.'));
    expect(ids(index.search('flood', 50))).toEqual(['a']);
    index.upsert(article('b', 'Flood warnings', 'The flood reached the market.'));
    expect(ids(index.search('flood', 50)).sort()).toEqual(['a', 'b']);
    index.upsert(article('a', 'Dry season', 'Rivers fell overnight.'));
    expect(ids(index.search('flood', 50))).toEqual(['b']);
    index.remove('b');
    expect(index.search('flood', 50)).toEqual([]);
  });

  it('matches the word being typed by its beginning and the others whole', () => {
    const index = new SearchIndex();
    index.upsert(article('a', 'Flood in the north', 'Farmers lost the harvest.'));
    index.upsert(article('b', 'Flooding market', 'Farm prices rose.'));
    expect(ids(index.search('flo', 50)).sort()).toEqual(['a', 'b']);
    expect(ids(index.search('farm flood', 50)).sort()).toEqual(['b']);
    expect(ids(index.search('flood farm', 50))).toEqual(['a']);
    // Asking again gives the same answer, and changing it does not change what is remembered.
    const first = index.search('flood farm', 1);
    first[0]!.score = -1;
    expect(index.search('flood farm', 1)[0]!.score).toBeGreaterThan(0);
  });

  it('ranks a headline match above a body match for every word of the query', () => {
    const index = new SearchIndex();
    index.upsert(article('body', 'Council meeting', 'Talk of rice and the river flood.'));
    index.upsert(article('head', 'Rice flood', 'The council met.'));
    expect(ids(index.search('rice flood', 50))).toEqual(['head', 'body']);
  });
});
