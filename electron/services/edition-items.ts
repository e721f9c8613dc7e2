// What an edition keeps of each article once its page is written, so that it never holds the
// articles themselves: the order to write them in (from the listing and the publication record),
// the count the listing already made and the facts the index and the feed print.
import type { Article, ArticleSummary } from '../../shared/article';
import type { ListedEntry, ListedFacts } from '../../shared/edition';
import type { PublishedDates } from '../../shared/edition/export-context';
import type { ArticleFacts } from '../../shared/export/facts';
import { oneLine } from '../../shared/export/one-line';
import { UNTITLED_ARTICLE } from '../../shared/related';

/**
 * Newest first, as the index lists them, by what the listing and the record say before any
 * article is read: an edition stopped half-way has the latest news.
 */
export function writingOrder(
  summaries: readonly ArticleSummary[],
  known: (id: string) => PublishedDates | undefined,
  now: Date,
): string[] {
  const at = now.toISOString();
  const keyed = summaries.map((summary) => {
    const dates =
      summary.status === 'approved'
        ? (known(summary.id) ?? { publishedAt: at, modifiedAt: at })
        : undefined;
    return {
      id: summary.id,
      shown: dates?.publishedAt ?? summary.updatedAt,
      changed: dates?.modifiedAt ?? summary.updatedAt,
      headline: oneLine(summary.headline) || UNTITLED_ARTICLE,
    };
  });
  keyed.sort(
    (a, b) =>
      compare(b.shown, a.shown) ||
      compare(b.changed, a.changed) ||
      compare(a.headline, b.headline) ||
      compare(a.id, b.id),
  );
  return keyed.map((item) => item.id);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The word count the listing made of this very article, when its page would count the same
 * text in the same language: the page then does not count it again.
 */
export function knownWordCount(
  summary: ArticleSummary | undefined,
  article: Article,
): number | undefined {
  if (!summary || summary.revision !== article.revision) return undefined;
  if (summary.updatedAt !== article.updatedAt || summary.language !== article.language) {
    return undefined;
  }
  const language = article.language;
  return language !== '' && language === language.trim() ? summary.wordCount : undefined;
}

/** The index's and the feed's entry for a written page. */
export function listedEntry(article: Article, file: string, facts: ArticleFacts): ListedEntry {
  const { related: _related, ticker: _ticker, ...listed } = facts;
  return {
    entry: { article: { id: article.id, createdAt: article.createdAt }, file },
    facts: listed satisfies ListedFacts,
  };
}
