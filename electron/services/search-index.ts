// Ranked full-text search over the library, kept up to date as articles are saved rather than
// rebuilt for each query. Khmer runs are split into words with Intl.Segmenter, since Khmer is
// written without spaces between words.
import MiniSearch from 'minisearch';
import type { Article } from '../../shared/article';
import { docToPlainText } from '../../shared/text/doc-text';

interface IndexedArticle {
  id: string;
  headline: string;
  standfirst: string;
  body: string;
}

const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
const khmerWords = new Intl.Segmenter('km', { granularity: 'word' });

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const chunk of text.split(SPACE_OR_PUNCTUATION)) {
    if (!chunk) continue;
    if (!KHMER.test(chunk)) {
      tokens.push(chunk);
      continue;
    }
    for (const segment of khmerWords.segment(chunk)) {
      if (segment.isWordLike) tokens.push(segment.segment);
    }
  }
  return tokens;
}

export class SearchIndex {
  private readonly index = new MiniSearch<IndexedArticle>({
    fields: ['headline', 'standfirst', 'body'],
    storeFields: [],
    tokenize,
    processTerm: (term) => term.replace(/\u200b/g, '').toLocaleLowerCase() || null,
    searchOptions: {
      boost: { headline: 3, standfirst: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });

  upsert(article: Article): void {
    const doc: IndexedArticle = {
      id: article.id,
      headline: article.headline,
      standfirst: article.standfirst,
      body: docToPlainText(article.body),
    };
    if (this.index.has(article.id)) this.index.replace(doc);
    else this.index.add(doc);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Ids with their scores, best first. */
  search(query: string, limit: number): { id: string; score: number }[] {
    if (query.trim() === '') return [];
    return this.index
      .search(query)
      .slice(0, limit)
      .map((hit) => ({ id: String(hit.id), score: hit.score }));
  }

  get size(): number {
    return this.index.documentCount;
  }
}
