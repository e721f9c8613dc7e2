// The one rule naming exported articles' files: the single export, the edition, the links pages
// make to each other and the preview's canonical address all take a page's name from here.
import type { Article } from './article';
import { SlugAllocator, slugify } from './slug';

type Named = Pick<Article, 'id' | 'headline'>;

/** A page's file: "<slug>.html", or "<slug><suffix>" in another format. */
export function pageFileName(article: Named, suffix = '.html'): string {
  return `${slugify(article.headline, article.id)}${suffix}`;
}

/**
 * Each article's file in one edition folder: its slug, made unique in the order the articles
 * were created, so the older of two "Rain" stories keeps "rain". `reserved` names the folder's
 * own files ("index", "ticker").
 */
export function editionFileNames(
  articles: readonly Pick<Article, 'id' | 'headline' | 'createdAt'>[],
  suffix: string,
  reserved: readonly string[] = [],
): Map<string, string> {
  const slugs = new SlugAllocator(reserved);
  const byAge = [...articles].sort((a, b) =>
    a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
  );
  return new Map(
    byAge.map((article) => [
      article.id,
      `${slugs.allocate(slugify(article.headline, article.id))}${suffix}`,
    ]),
  );
}
