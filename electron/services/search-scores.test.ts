import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, emptyFields, type Article } from '../../shared/article';
import type MiniSearch from 'minisearch';
import { SEGMENT_MARK, SearchIndex, tokenize } from './search-index';

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

/**
 * The scoring the postings replace: MiniSearch's own search word by word, each article's best
 * document, words combined in the order of the first one's hits, equal sums kept in that order.
 */
function scoredByMiniSearch(search: SearchIndex, query: string, limit: number) {
  const index = (search as unknown as { index: MiniSearch }).index;
  const terms = [...new Set(tokenize(query).map((word) => word.toLocaleLowerCase()))];
  let combined: Map<string, number> | undefined;
  terms.forEach((term, position) => {
    const prefix = position === terms.length - 1;
    const scores = new Map<string, number>();
    for (const hit of index.search(term, { prefix, fuzzy: term.length > 4 ? 0.2 : false })) {
      const id = String(hit.id).split(SEGMENT_MARK)[0]!;
      if (!scores.has(id) || hit.score > scores.get(id)!) scores.set(id, hit.score);
    }
    combined = combined
      ? new Map(
          [...combined]
            .filter(([id]) => scores.has(id))
            .map(([id, s]) => [id, s + scores.get(id)!]),
        )
      : scores;
  });
  return [...(combined ?? new Map<string, number>())]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

describe('search scores', () => {
  it('gives the very hits, scores and order of MiniSearch scoring word by word', () => {
    const words =
      'flood floods flooding farm farmers harvest rice river rivers market ភ្នំពេញ កសិករ ទឹកជំនន់'.split(
        ' ',
      );
    let state = 7;
    const pick = (count: number) =>
      Array.from({ length: count }, () => {
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
        return words[state % words.length]!;
      }).join(' ');
    const index = new SearchIndex();
    const reference = new SearchIndex();
    for (let i = 0; i < 300; i += 1) {
      // Some headlines repeat, so equal scores must keep MiniSearch's order; some articles are
      // saved again, leaving postings of discarded documents behind.
      const item = article(`a${i % 240}`, pick(1 + (i % 4)), pick(5 + (i % 40)));
      index.upsert(i % 7 === 0 ? { ...item, headline: 'Flood farmers' } : item);
      reference.upsert(i % 7 === 0 ? { ...item, headline: 'Flood farmers' } : item);
    }
    for (const query of ['flood', 'flo', 'farmers flood', 'rice riv', 'ភ្នំពេញ', 'កសិករ ទឹក', 'x']) {
      for (const limit of [1, 10, 50, 500]) {
        expect([query, limit, index.search(query, limit)]).toEqual([
          query,
          limit,
          scoredByMiniSearch(reference, query, limit),
        ]);
      }
    }
  });

  it('counts a long article once, with its best segment, as MiniSearch hits would', async () => {
    const long = Array.from({ length: 30_000 }, (_, i) => (i % 997 === 0 ? 'flood' : 'rice')).join(
      ' ',
    );
    const index = new SearchIndex();
    const reference = new SearchIndex();
    for (const target of [index, reference]) {
      target.upsert(article('long', 'Rice report', long));
      target.upsert(article('short', 'Flood', 'Rice and flood.'));
      await target.ready();
    }
    for (const query of ['flood', 'rice', 'rice flo', 'report']) {
      expect(index.search(query, 50)).toEqual(scoredByMiniSearch(reference, query, 50));
    }
    expect(ids(index.search('flood', 50)).sort()).toEqual(['long', 'short']);
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
