// The library: every article, newest change first, with the desk's filters and a ranked search
// over headline, standfirst and body. The list is virtualized so 10,000 articles scroll smoothly.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import { usePreferences } from '../../lib/use-preferences';
import { useRovingFocus } from '../../lib/roving-focus';
import { EditionButton } from '../export/edition-button';
import { ImportButton } from '../import/import-button';
import { ArticleRow } from './article-row';
import { LibraryFilterBar } from './library-filters';
import './library.css';
import { ProblemsBanner } from './problems-banner';
import {
  NO_FILTERS,
  selectArticles,
  type LibraryFilters,
  type LibrarySort,
} from './select-articles';
import { useSearch } from './use-search';

const ROW_HEIGHT = 88;

export function LibraryView() {
  const t = useT();
  const articles = useAppStore((state) => state.articles);
  const loaded = useAppStore((state) => state.loaded);
  const reading = useAppStore((state) => state.reading);
  const preferences = usePreferences();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [chosenSort, setSort] = useState<LibrarySort>('changed');
  const search = useSearch(query);
  const searching = search.results !== undefined;
  // Relevance only means something for search results; a new search starts with it.
  const sort: LibrarySort = !searching && chosenSort === 'relevance' ? 'changed' : chosenSort;

  const visible = useMemo(() => {
    if (!search.results) return selectArticles(articles, filters, sort);
    // Search results carry the summary as indexed; the store has the freshest one.
    const byId = new Map(articles.map((article) => [article.id, article]));
    const fresh = search.results.flatMap((hit) => byId.get(hit.id) ?? []);
    return selectArticles(fresh, filters, sort);
  }, [articles, search.results, filters, sort]);

  const sections = useMemo(() => {
    const inUse = articles.map((article) => article.section).filter(Boolean);
    return [...new Set([...(preferences?.sections ?? []), ...inUse])];
  }, [articles, preferences]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  // The list is one Tab stop; the arrow keys go from article to article, Home and End to the ends
  // (which the virtual list may first have to draw).
  const list = useRef<HTMLUListElement>(null);
  const onListKey = useRovingFocus(list, '.article-open', 'vertical', (edge) => {
    virtualizer.scrollToIndex(edge === 'first' ? 0 : visible.length - 1);
    requestAnimationFrame(() => {
      const rows = list.current?.querySelectorAll<HTMLElement>('.article-open');
      (edge === 'first' ? rows?.[0] : rows?.[rows.length - 1])?.focus();
    });
  });

  const filtered = filters !== NO_FILTERS && Object.values(filters).some(Boolean);
  return (
    <div className="library-screen">
      <header className="screen-header">
        <h1>{t('library.title')}</h1>
        <input
          type="search"
          className="search"
          aria-label={t('library.searchLabel')}
          placeholder={t('library.searchPlaceholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            if (event.target.value.trim() && !query.trim()) setSort('relevance');
          }}
        />
        <ImportButton />
        <EditionButton />
        <button
          type="button"
          className="primary"
          onClick={() => void useAppStore.getState().newArticle()}
        >
          {t('library.newArticle')}
        </button>
      </header>
      <LibraryFilterBar
        filters={filters}
        sort={sort}
        sections={sections}
        searching={searching}
        onFilters={setFilters}
        onSort={setSort}
      />
      <ProblemsBanner />
      {search.error && (
        <p role="alert" className="banner banner-error">
          {t('library.searchFailed', { reason: search.error })}
        </p>
      )}
      <p className="list-summary" aria-live="polite">
        {loaded &&
          (reading
            ? t('library.reading', { shown: articles.length })
            : t(listSummary(searching, filtered), {
                shown: visible.length,
                total: articles.length,
              }))}
      </p>
      {loaded && visible.length === 0 && (
        <p className="screen-message">
          {articles.length === 0
            ? t('library.empty')
            : searching
              ? t('library.noMatch', { query: query.trim() })
              : t('library.noFilterMatch')}
        </p>
      )}
      <div ref={scroller} className="article-list-scroller">
        <ul
          ref={list}
          onKeyDown={onListKey}
          className="article-list"
          aria-label={t('library.articles')}
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

/** Which summary line the list shows: found by a search, narrowed by filters, or all. */
function listSummary(searching: boolean, filtered: boolean): string {
  if (searching) return 'library.found';
  return filtered ? 'library.filtered' : 'library.count';
}
