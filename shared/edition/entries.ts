// The edition's articles as the index and the feed list them: newest first, each with the facts
// its page states, so the lists never disagree with the pages.
import type { Article } from '../article';
import { collectFacts, type ArticleFacts } from '../export/facts';
import type { EditionEntry } from './types';

/** What the index and the feed need of a page: its file, its article's id and age, its facts. */
export interface ListedEntry {
  entry: { article: Pick<Article, 'id' | 'createdAt'>; file: string };
  facts: ListedFacts;
}

/** The facts of a page the lists print (not its links, which only the page itself has). */
export type ListedFacts = Omit<ArticleFacts, 'related' | 'ticker'>;

/** Newest first by the date each page shows, then the latest change; ties broken by headline and id. */
export function listEntries(entries: readonly EditionEntry[]): ListedEntry[] {
  return sortListed(
    entries.map((entry) => ({ entry, facts: collectFacts(entry.article, entry.context) })),
  );
}

/** Entries whose facts are known already (an edition keeps them as it writes each page), sorted. */
export function sortListed(listed: ListedEntry[]): ListedEntry[] {
  return listed.sort(
    (a, b) =>
      compareDesc(a.facts.displayDate, b.facts.displayDate) ||
      compareDesc(a.facts.modifiedAt, b.facts.modifiedAt) ||
      compareAsc(a.facts.headline, b.facts.headline) ||
      compareAsc(a.entry.article.id, b.entry.article.id),
  );
}

/** The language most of the articles are in (the first listed on a tie), or English. */
export function editionLanguage(listed: readonly ListedEntry[]): string {
  const counts = new Map<string, number>();
  for (const { facts } of listed) counts.set(facts.language, (counts.get(facts.language) ?? 0) + 1);
  let best = 'en';
  let most = 0;
  for (const [language, count] of counts) {
    if (count > most) [best, most] = [language, count];
  }
  return best;
}

// Code-point order, not the locale's: the same bytes on every machine.
const compareAsc = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareDesc = (a: string, b: string) => compareAsc(b, a);
