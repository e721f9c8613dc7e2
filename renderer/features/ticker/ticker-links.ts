// Where a ticker item points, as the library stands now: whether its article is still there and
// whether the article's ticker text has changed since; and finding an article to link to.
import { tickerText, type ArticleSummary } from '../../../shared/article';
import type { TickerItem } from '../../../shared/ticker';

export type LinkStatus =
  | { kind: 'none' }
  | { kind: 'url'; url: string }
  /** The library has not been read yet, so nothing can be said about the article. */
  | { kind: 'pending'; articleId: string }
  | { kind: 'missing'; articleId: string }
  | { kind: 'article'; article: ArticleSummary; currentText: string; differs: boolean };

export function linkStatus(
  item: Pick<TickerItem, 'text' | 'link'>,
  library: ReadonlyMap<string, ArticleSummary> | undefined,
): LinkStatus {
  const { link } = item;
  if (!link) return { kind: 'none' };
  if (link.kind === 'url') return { kind: 'url', url: link.url };
  if (!library) return { kind: 'pending', articleId: link.articleId };
  const article = library.get(link.articleId);
  if (!article || article.trashedAt) return { kind: 'missing', articleId: link.articleId };
  const currentText = tickerText(article);
  // An article without any headline has nothing to offer in place of the item's text.
  const differs = currentText !== '' && currentText !== item.text.trim();
  return { kind: 'article', article, currentText, differs };
}

/**
 * What a library article is called in lists: its headline, else its short headline, else
 * `untitled` (the interface's word for an article without either).
 */
export function articleLabel(
  article: Pick<ArticleSummary, 'headline' | 'shortHeadline'>,
  untitled: string,
): string {
  return article.headline.trim() || article.shortHeadline.trim() || untitled;
}

/**
 * Articles whose headline or short headline contains every typed word, those starting with the
 * query first; with no query, the most recently changed (the order the store keeps).
 */
export function findArticles(
  articles: readonly ArticleSummary[],
  query: string,
  limit = 8,
): ArticleSummary[] {
  const live = articles.filter((article) => !article.trashedAt);
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return live.slice(0, limit);
  const wanted = query.trim().toLocaleLowerCase();
  const starting: ArticleSummary[] = [];
  const containing: ArticleSummary[] = [];
  for (const article of live) {
    const headline = article.headline.toLocaleLowerCase();
    const haystack = `${headline}\n${article.shortHeadline.toLocaleLowerCase()}`;
    if (!words.every((word) => haystack.includes(word))) continue;
    (headline.startsWith(wanted) ? starting : containing).push(article);
    if (starting.length >= limit) break;
  }
  return [...starting, ...containing].slice(0, limit);
}
