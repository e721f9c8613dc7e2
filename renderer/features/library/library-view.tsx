// The library: every article, newest change first, filtered by a search over headlines.
// The list is virtualized so a library of thousands of articles scrolls smoothly.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { ArticleRow } from './article-row';
import { filterByHeadline } from './filter';
import { ProblemsBanner } from './problems-banner';

const ROW_HEIGHT = 68;

export function LibraryView() {
  const articles = useAppStore((state) => state.articles);
  const loaded = useAppStore((state) => state.loaded);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(
    () => filterByHeadline(articles, deferredQuery),
    [articles, deferredQuery],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <div className="library-screen">
      <header className="screen-header">
        <h1>Library</h1>
        <input
          type="search"
          className="search"
          aria-label="Search headlines"
          placeholder="Search headlines"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button
          type="button"
          className="primary"
          onClick={() => void useAppStore.getState().newArticle()}
        >
          New article
        </button>
      </header>
      <ProblemsBanner />
      {loaded && visible.length === 0 && (
        <p className="screen-message">
          {articles.length === 0
            ? 'No articles yet. Start one with “New article”.'
            : `No headline matches “${query}”.`}
        </p>
      )}
      <div ref={scroller} className="article-list-scroller">
        <ul
          className="article-list"
          aria-label="Articles"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const article = visible[item.index];
            if (!article) return null;
            return (
              <ArticleRow
                key={article.id}
                article={article}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              />
            );
          })}
        </ul>
      </div>
    </div>
  );
}
