// Scores a query word by word and keeps only the best hits: each word's scores per article are
// remembered until the index changes, so typing a query ("flood", "flood m", "flood mi") or
// running it again scores only the word that is new, and the best `limit` articles are picked
// without sorting every match (a common word matches most of a newsroom's articles). Words are
// scored from the index's postings into typed arrays (search-postings.ts), with the scores and
// the order of equal scores MiniSearch's own search gives.
import type MiniSearch from 'minisearch';
import { keepNewest } from '../../shared/keep-newest';
import {
  documentScores,
  fieldLengthsOf,
  internalsOf,
  type FieldLengths,
  type WordScores,
} from './search-postings';

/**
 * Words (and queries) whose scores are remembered until the index changes: a common word's
 * scores over 10,000 articles take about 200 KB.
 */
const REMEMBERED = 16;

export interface ScoredId {
  id: string;
  score: number;
}

/** Maps an index document (an article or one of its segments) to its article's id. */
export type ArticleOf = (documentId: string) => string;

export class TermScores {
  private readonly scores = new Map<string, WordScores>();
  /** The best hits of recent queries, by their words and how many were asked for. */
  private readonly answers = new Map<string, ScoredId[]>();
  /** One number per document of the index, all 0 between two uses. */
  private scratch = new Float64Array(0);
  /** Read from the index when first needed after it changed. */
  private lengths: FieldLengths | undefined;

  /** Forgets every remembered score: the index changed. */
  clear(): void {
    this.scores.clear();
    this.answers.clear();
    this.lengths = undefined;
  }

  /**
   * The `limit` best articles holding every one of `terms`, best first; `segmented` says whether
   * any article is indexed in more than one document.
   */
  top(
    index: MiniSearch,
    terms: string[],
    limit: number,
    articleOf: ArticleOf,
    segmented: boolean,
  ): ScoredId[] {
    const key = `${limit}\u0000${terms.join('\u0000')}`;
    let answer = this.answers.get(key);
    if (!answer) {
      // The rarest words first would be quicker, but the last is the one being typed: it alone
      // matches by its beginning, so "flo" finds "flood".
      const words = terms.map((term, position) =>
        this.wordScores(index, term, position === terms.length - 1, articleOf, segmented),
      );
      answer = bestOfAll(index, words, limit, articleOf);
      keepNewest(this.answers, key, answer, REMEMBERED);
    }
    return answer.map((hit) => ({ ...hit }));
  }

  private wordScores(
    index: MiniSearch,
    term: string,
    prefix: boolean,
    articleOf: ArticleOf,
    segmented: boolean,
  ): WordScores {
    const key = `${prefix ? '*' : '='}${term}`;
    const known = this.scores.get(key);
    if (known) return known;
    const fuzzy = term.length > 4 ? 0.2 : false;
    const scores = searchedAsItself(index, term)
      ? this.fromPostings(index, term, prefix, fuzzy, articleOf, segmented)
      : fromSearch(index, term, prefix, fuzzy, articleOf);
    keepNewest(this.scores, key, scores, REMEMBERED);
    return scores;
  }

  /** Each article's best score over its documents, as the postings give them. */
  private fromPostings(
    index: MiniSearch,
    term: string,
    prefix: boolean,
    fuzzy: number | false,
    articleOf: ArticleOf,
    segmented: boolean,
  ): WordScores {
    const internals = internalsOf(index);
    if (this.scratch.length < internals._nextId) {
      this.scratch = new Float64Array(internals._nextId + 1024);
    }
    const into = this.scratch;
    this.lengths ??= fieldLengthsOf(index);
    const docs = documentScores(index, term, prefix, fuzzy, this.lengths, into);
    const keys = new Int32Array(docs.length);
    const scores = new Float64Array(docs.length);
    const ranks = new Int32Array(docs.length);
    if (!segmented) {
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i]!;
        keys[i] = doc;
        scores[i] = into[doc]!;
        ranks[i] = i;
        into[doc] = 0;
      }
      return { keys, scores, ranks };
    }
    // An article's segments count once, with the best of their scores; MiniSearch would list
    // the article where that best document comes.
    const slots = new Map<string, number>();
    let count = 0;
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i]!;
      const score = into[doc]!;
      into[doc] = 0;
      const article = articleOf(internals._documentIds.get(doc)!);
      const slot = slots.get(article);
      if (slot === undefined) {
        slots.set(article, count);
        keys[count] = internals._idToShortId.get(article) ?? doc;
        scores[count] = score;
        ranks[count] = i;
        count += 1;
      } else if (score > scores[slot]!) {
        scores[slot] = score;
        ranks[slot] = i;
      }
    }
    return {
      keys: keys.subarray(0, count),
      scores: scores.subarray(0, count),
      ranks: ranks.subarray(0, count),
    };
  }
}

/** Whether MiniSearch would search `term` as that one word (it splits the query again). */
function searchedAsItself(index: MiniSearch, term: string): boolean {
  const { tokenize, processTerm } = internalsOf(index)._options;
  const words = tokenize(term);
  return words.length === 1 && processTerm(words[0]!) === term;
}

/** The word scored by MiniSearch's own search: for a word its tokenizer splits again. */
function fromSearch(
  index: MiniSearch,
  term: string,
  prefix: boolean,
  fuzzy: number | false,
  articleOf: ArticleOf,
): WordScores {
  const { _idToShortId: shortIds } = internalsOf(index);
  const slots = new Map<string, number>();
  const keys: number[] = [];
  const scores: number[] = [];
  const ranks: number[] = [];
  index.search(term, { prefix, fuzzy, combineWith: 'OR' }).forEach((hit, position) => {
    const article = articleOf(String(hit.id));
    const slot = slots.get(article);
    const key = shortIds.get(article);
    if (key === undefined) return;
    if (slot === undefined) {
      slots.set(article, keys.length);
      keys.push(key);
      scores.push(hit.score);
      ranks.push(position);
    } else if (hit.score > scores[slot]!) {
      scores[slot] = hit.score;
      ranks[slot] = position;
    }
  });
  return {
    keys: Int32Array.from(keys),
    scores: Float64Array.from(scores),
    ranks: Int32Array.from(ranks),
  };
}

/**
 * The `limit` articles holding every word with the best sums, best first. Equal sums keep the
 * order MiniSearch lists the first word's matches in: by that word's score, then as first met.
 */
function bestOfAll(
  index: MiniSearch,
  words: WordScores[],
  limit: number,
  articleOf: ArticleOf,
): ScoredId[] {
  const [first, ...others] = words;
  if (!first || limit <= 0) return [];
  const internals = internalsOf(index);
  const size = Math.max(internals._nextId, 1);
  const totals = new Float64Array(size);
  const matched = new Int32Array(size);
  for (let i = 0; i < first.keys.length; i += 1) {
    totals[first.keys[i]!] = first.scores[i]!;
    matched[first.keys[i]!] = 1;
  }
  others.forEach((word, position) => {
    for (let i = 0; i < word.keys.length; i += 1) {
      const key = word.keys[i]!;
      if (matched[key] !== position + 1) continue;
      totals[key] = totals[key]! + word.scores[i]!;
      matched[key] = position + 2;
    }
  });
  const better = (a: number, b: number): boolean => {
    const ta = totals[first.keys[a]!]!;
    const tb = totals[first.keys[b]!]!;
    if (ta !== tb) return ta > tb;
    if (first.scores[a] !== first.scores[b]) return first.scores[a]! > first.scores[b]!;
    return first.ranks[a]! < first.ranks[b]!;
  };
  const top: number[] = [];
  for (let i = 0; i < first.keys.length; i += 1) {
    if (matched[first.keys[i]!] !== words.length) continue;
    if (top.length === limit && !better(i, top[top.length - 1]!)) continue;
    let at = top.length;
    while (at > 0 && better(i, top[at - 1]!)) at -= 1;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return top.map((i) => ({
    id: articleOf(internals._documentIds.get(first.keys[i]!)!),
    score: totals[first.keys[i]!]!,
  }));
}
