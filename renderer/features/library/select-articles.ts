// Which articles the library list shows, and in what order: the desk's filters and sort.
import {
  compareByLastChange,
  type ArticleStatus,
  type ArticleSummary,
} from '../../../shared/article';

export interface LibraryFilters {
  status: ArticleStatus | '';
  section: string;
  language: string;
}

export type LibrarySort = 'relevance' | 'changed' | 'headline';

export const NO_FILTERS: LibraryFilters = { status: '', section: '', language: '' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** `articles` arrive in relevance order when they are search results. */
export function selectArticles(
  articles: readonly ArticleSummary[],
  filters: LibraryFilters,
  sort: LibrarySort,
): ArticleSummary[] {
  const kept = articles.filter(
    (article) =>
      (!filters.status || article.status === filters.status) &&
      (!filters.section || article.section === filters.section) &&
      (!filters.language || article.language === filters.language),
  );
  if (sort === 'headline') {
    return kept.sort(
      (a, b) => collator.compare(a.headline, b.headline) || compareByLastChange(a, b),
    );
  }
  if (sort === 'changed') return kept.sort(compareByLastChange);
  return kept;
}
