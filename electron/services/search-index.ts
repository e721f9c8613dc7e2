// Ranked full-text search over the library, kept up to date as articles are saved rather than
// rebuilt for each query. Khmer runs are split into words with Intl.Segmenter, since Khmer is
// written without spaces between words. A long body is indexed in segments, the first at once and
// the rest in the background a slice at a time, so indexing never holds other requests up long.
// Each article is indexed with the stamp (size and time) of the file it was read from, so a saved
// index can be trusted only for the files that have not changed since.
import MiniSearch, { type Options } from 'minisearch';
import type { Article } from '../../shared/article';
import { docToPlainText } from '../../shared/text/doc-text';
import { internalsOf } from './search-postings';
import { TermScores } from './search-scores';
import { WorkBudget } from './work-budget';

interface IndexedText {
  id: string;
  headline?: string;
  standfirst?: string;
  body: string;
}

interface PendingSegment {
  article: string;
  generation: number;
  doc: IndexedText;
}

/** About 8,000 words: indexed in roughly 15 ms. */
export const SEGMENT_CHARS = 50_000;
/** Segment ids add this and a number to the article's id, which never holds it. */
export const SEGMENT_MARK = '\u0000';

const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
const khmerWords = new Intl.Segmenter('km', { granularity: 'word' });
/** Zero-width spaces dropped (looked for first: a replace costs more than the rest), lowercased. */
const processTerm = (term: string) =>
  (term.includes('\u200b') ? term.replace(/\u200b/g, '') : term).toLocaleLowerCase() || null;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  // Neighbouring Khmer chunks are segmented in one call, joined by line breaks: a word never
  // spans one, so the words are those of each chunk alone, at a third of the cost.
  let khmer: string[] = [];
  const segmentKhmer = () => {
    if (khmer.length === 0) return;
    for (const segment of khmerWords.segment(khmer.join('\n'))) {
      if (segment.isWordLike) tokens.push(segment.segment);
    }
    khmer = [];
  };
  for (const chunk of text.split(SPACE_OR_PUNCTUATION)) {
    if (!chunk) continue;
    if (KHMER.test(chunk)) {
      khmer.push(chunk);
      continue;
    }
    segmentKhmer();
    tokens.push(chunk);
  }
  segmentKhmer();
  return tokens;
}

export const INDEX_FIELDS = ['headline', 'standfirst', 'body'];

export const INDEX_OPTIONS: Options<IndexedText> = {
  fields: INDEX_FIELDS,
  storeFields: [],
  tokenize,
  processTerm,
  // Prefix and fuzzy matching are chosen word by word (search-scores.ts).
  searchOptions: { boost: { headline: 3, standfirst: 1.5 } },
};

/** An index read back from disk: the articles' stamps and, for long ones, their segment counts. */
export interface RestoredIndex {
  index: MiniSearch<IndexedText>;
  stamps: Map<string, string>;
  segments: Map<string, number>;
}

export class SearchIndex {
  private readonly index: MiniSearch<IndexedText>;
  /** Every indexed article, with the stamp of the file it came from ('' when not known). */
  private readonly stamps: Map<string, string>;
  /** Articles indexed in more than one segment: how many segments each has in the index. */
  private readonly segments: Map<string, number>;
  private readonly generations = new Map<string, number>();
  private pending: PendingSegment[] = [];
  /** Forgotten whenever the index changes. */
  private readonly scores = new TermScores();
  private draining: Promise<void> | undefined;
  /** Changes asked for while the index is written out, made once it is written. */
  private deferred: (() => void)[] | undefined;

  constructor(restored?: RestoredIndex) {
    this.index = restored?.index ?? new MiniSearch<IndexedText>(INDEX_OPTIONS);
    this.stamps = restored?.stamps ?? new Map();
    this.segments = restored?.segments ?? new Map();
  }

  upsert(article: Article, stamp = ''): void {
    if (this.deferred) {
      this.deferred.push(() => this.upsert(article, stamp));
      return;
    }
    this.remove(article.id);
    this.stamps.set(article.id, stamp);
    const generation = (this.generations.get(article.id) ?? 0) + 1;
    this.generations.set(article.id, generation);
    const [first = '', ...rest] = splitText(docToPlainText(article.body), SEGMENT_CHARS);
    const { id, headline, standfirst } = article;
    this.index.add({ id, headline, standfirst, body: first });
    this.scores.clear();
    if (rest.length === 0) return;
    this.segments.set(id, 1);
    rest.forEach((body, index) => {
      const doc = { id: `${id}${SEGMENT_MARK}${index + 1}`, body };
      this.pending.push({ article: id, generation, doc });
    });
    this.draining ??= this.drain();
  }

  remove(id: string): void {
    if (this.deferred) {
      this.deferred.push(() => this.remove(id));
      return;
    }
    this.generations.set(id, (this.generations.get(id) ?? 0) + 1);
    if (this.index.has(id)) this.index.discard(id);
    const count = this.segments.get(id) ?? 0;
    for (let index = 1; index < count; index += 1)
      this.index.discard(`${id}${SEGMENT_MARK}${index}`);
    this.segments.delete(id);
    this.stamps.delete(id);
    this.scores.clear();
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** The stamp the article was indexed with; undefined when it is not in the index. */
  stampOf(id: string): string | undefined {
    return this.stamps.get(id);
  }

  articleIds(): string[] {
    return [...this.stamps.keys()];
  }

  /** Whether the index is being written out: changes wait until it is written. */
  get writing(): boolean {
    return this.deferred !== undefined;
  }

  /**
   * The index as UTF-8 text, or undefined while segments are still waiting to be indexed (it
   * would be incomplete): a first line with the stamps of its articles and its documents, then
   * one line per word with, per field, its postings as pairs of numbers (a document's short id,
   * a count) in the index's own order. Made a word at a time, so other requests run in between;
   * the index is held still meanwhile (changes wait, and no search may run) and so written whole
   * as it was when asked.
   */
  async serialize(format: { format: string; version: number }): Promise<Uint8Array | undefined> {
    if (this.pending.length > 0 || this.deferred) return undefined;
    this.deferred = [];
    try {
      const internals = internalsOf(this.index);
      // A vacuum rewrites postings a batch at a time; none starts while no document is removed.
      while (internals._currentVacuum) await internals._currentVacuum;
      // From the check phase on, each pause lets timers and I/O through (see cacheText).
      await new Promise<void>((resolve) => setImmediate(resolve));
      const budget = new WorkBudget();
      const chunks: Buffer[] = [];
      let lines: string[] = [];
      let terms = 0;
      const flush = () => {
        if (lines.length > 0) chunks.push(Buffer.from(`${lines.join('\n')}\n`));
        lines = [];
      };
      for (const [term, fields] of internals._index.entries()) {
        if (budget.due) {
          flush();
          await budget.pause();
        }
        const data: Record<number, number[]> = {};
        for (const [field, postings] of fields) {
          const pairs: number[] = [];
          for (const [doc, count] of postings) pairs.push(doc, count);
          data[field] = pairs;
        }
        lines.push(JSON.stringify([term, data]));
        terms += 1;
      }
      flush();
      await budget.pause();
      const head = JSON.stringify({
        ...format,
        articles: Object.fromEntries(this.stamps),
        terms,
        index: {
          documentCount: internals._documentCount,
          nextId: internals._nextId,
          documentIds: Object.fromEntries(internals._documentIds),
          fieldIds: internals._fieldIds,
          fieldLength: Object.fromEntries(internals._fieldLength),
          averageFieldLength: internals._avgFieldLength,
          storedFields: Object.fromEntries(internals._storedFields),
          dirtCount: internals._dirtCount,
          serializationVersion: 2,
        },
      });
      await budget.pause();
      return Buffer.concat([Buffer.from(`${head}\n`), ...chunks]);
    } finally {
      const deferred = this.deferred;
      this.deferred = undefined;
      for (const change of deferred) change();
    }
  }

  /** Resolves once every segment waiting to be indexed is in. */
  async ready(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Ids with their scores, best first: articles holding every word, the last as a beginning. */
  search(query: string, limit: number): { id: string; score: number }[] {
    const terms = new Set(
      tokenize(query)
        .map(processTerm)
        .filter((term) => term !== null),
    );
    if (terms.size === 0) return [];
    return this.scores.top(this.index, [...terms], limit, articleOf, this.segments.size > 0);
  }

  get size(): number {
    return this.index.documentCount - [...this.segments.values()].reduce((a, b) => a + b - 1, 0);
  }

  private async drain(): Promise<void> {
    const budget = new WorkBudget();
    try {
      while (this.pending.length > 0) {
        await budget.pause();
        const next = this.pending.shift()!;
        if (this.generations.get(next.article) !== next.generation) continue;
        this.index.add(next.doc);
        this.scores.clear();
        this.segments.set(next.article, (this.segments.get(next.article) ?? 1) + 1);
      }
    } finally {
      this.draining = undefined;
    }
  }
}

function articleOf(documentId: string): string {
  const mark = documentId.indexOf(SEGMENT_MARK);
  return mark < 0 ? documentId : documentId.slice(0, mark);
}

/** Pieces of about `size` characters, cut at a space or line break where there is one near. */
function splitText(text: string, size: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const space = Math.max(text.lastIndexOf(' ', limit), text.lastIndexOf('\n', limit));
    const end = space > limit - size / 10 ? space + 1 : limit;
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}
