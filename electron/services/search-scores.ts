// Scores a query word by word and keeps only the best hits: each word's scores per article are
// remembered until the index changes, so typing a query ("flood", "flood m", "flood mi") or
// running it again scores only the word that is new, and the best `limit` articles are picked
// without sorting every match (a common word matches most of a newsroom's articles).
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';

/**
 * Words (and queries) whose scores are remembered until the index changes: a common word's
 * scores over 10,000 articles take about 200 KB.
 */
const REMEMBERED = 16;

export interface ScoredId {
  id: string;
  score: number;
}

export class TermScores {
  private readonly scores = new Map<string, Map<string, number>>();
  /** The best hits of recent queries, by their words and how many were asked for. */
  private readonly answers = new Map<string, ScoredId[]>();

  /** Forgets every remembered score: the index changed. */
  clear(): void {
    this.scores.clear();
    this.answers.clear();
  }

  /** The `limit` best articles holding every one of `terms`, best first. */
  top(
    index: MiniSearch,
    terms: string[],
    limit: number,
    articleOf: (documentId: string) => string,
  ): ScoredId[] {
    const key = `${limit}\u0000${terms.join('\u0000')}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = best(this.match(index, terms, articleOf), limit);
      remember(this.answers, key, answer);
    }
    return answer.map((hit) => ({ ...hit }));
  }

  /**
   * Articles holding every one of `terms`, with the sum of their best score for each; `articleOf`
   * maps an index document (an article or one of its segments) to its article.
   */
  private match(
    index: MiniSearch,
    terms: string[],
    articleOf: (documentId: string) => string,
  ): Map<string, number> {
    let combined: Map<string, number> | undefined;
    // The rarest words first would be quicker, but the last is the one being typed: it alone
    // matches by its beginning, so "flo" finds "flood".
    terms.forEach((term, position) => {
      const last = position === terms.length - 1;
      const scores = this.termScores(index, term, last, articleOf);
      // Never changed in place: the map is remembered.
      if (!combined) {
        combined = scores;
        return;
      }
      const next = new Map<string, number>();
      for (const [id, score] of combined) {
        const more = scores.get(id);
        if (more !== undefined) next.set(id, score + more);
      }
      combined = next;
    });
    return combined ?? new Map();
  }

  private termScores(
    index: MiniSearch,
    term: string,
    prefix: boolean,
    articleOf: (documentId: string) => string,
  ): Map<string, number> {
    const key = `${prefix ? '*' : '='}${term}`;
    const known = this.scores.get(key);
    if (known) return known;
    const options: SearchOptions = {
      prefix,
      fuzzy: term.length > 4 ? 0.2 : false,
      combineWith: 'OR',
    };
    const best = new Map<string, number>();
    for (const hit of index.search(term, options)) {
      const id = articleOf(String(hit.id));
      const previous = best.get(id);
      if (previous === undefined || hit.score > previous) best.set(id, hit.score);
    }
    remember(this.scores, key, best);
    return best;
  }
}

/** Keeps `value` under `key`, forgetting the oldest entry past the limit. */
function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= REMEMBERED) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** The `limit` best-scored ids, best first; equal scores keep the order the ids came in. */
export function best(scores: Map<string, number>, limit: number): ScoredId[] {
  if (limit <= 0) return [];
  const top: ScoredId[] = [];
  for (const [id, score] of scores) {
    if (top.length === limit && score <= top[top.length - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at -= 1;
    top.splice(at, 0, { id, score });
    if (top.length > limit) top.pop();
  }
  return top;
}
