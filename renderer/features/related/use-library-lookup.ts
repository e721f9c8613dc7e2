// The library as the app last read it, by article id: what a related link's article is called
// now, and whether it is still there.
import { useMemo } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import { useAppStore } from '../../store';

/** Undefined until the library has been read, so no link is flagged as missing too early. */
export function useLibraryLookup(): ReadonlyMap<string, ArticleSummary> | undefined {
  const articles = useAppStore((state) => state.articles);
  const loaded = useAppStore((state) => state.loaded);
  return useMemo(
    () => (loaded ? new Map(articles.map((article) => [article.id, article])) : undefined),
    [articles, loaded],
  );
}
