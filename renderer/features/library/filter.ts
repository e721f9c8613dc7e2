// Case- and accent-insensitive headline filter for the library's search box.
import type { ArticleSummary } from '../../../shared/article';

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function filterByHeadline(articles: ArticleSummary[], query: string): ArticleSummary[] {
  const terms = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return articles;
  return articles.filter((article) => {
    const headline = normalizeForSearch(article.headline);
    return terms.every((term) => headline.includes(term));
  });
}
