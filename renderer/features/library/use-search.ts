// Ranked search over the library (headline, standfirst and body), asked for shortly after
// typing pauses. Undefined while there is no query.
import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import { api, messageOf } from '../../api/client';

const SEARCH_DELAY_MS = 120;
const MAX_RESULTS = 500;

export interface SearchState {
  results: ArticleSummary[] | undefined;
  error: string;
}

export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ results: undefined, error: '' });
  useEffect(() => {
    const trimmed = query.trim();
    let current = true;
    const timer = setTimeout(
      () => {
        if (!trimmed) {
          setState({ results: undefined, error: '' });
          return;
        }
        api.searchArticles({ query: trimmed, limit: MAX_RESULTS }).then(
          (hits) => current && setState({ results: hits.map((hit) => hit.article), error: '' }),
          (error) => current && setState({ results: [], error: messageOf(error) }),
        );
      },
      trimmed ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  return state;
}
