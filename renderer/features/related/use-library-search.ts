// Searches the library as the writer types, waiting for a pause so each keystroke is not a query,
// and ignoring answers to queries that have since changed.
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../shared/api/contract';
import { api, messageOf } from '../../api/client';

export const SEARCH_DELAY_MS = 200;
const RESULT_LIMIT = 8;
/** The contract refuses longer queries. */
const QUERY_LIMIT = 500;

interface Answer {
  query: string;
  hits: SearchHit[];
  error: string;
}

export interface LibrarySearch {
  /** The query typed, trimmed; the hits answer it unless `searching`. */
  query: string;
  hits: SearchHit[];
  error: string;
  searching: boolean;
}

export function useLibrarySearch(typed: string): LibrarySearch {
  const query = typed.trim().slice(0, QUERY_LIMIT);
  const [answer, setAnswer] = useState<Answer>({ query: '', hits: [], error: '' });

  useEffect(() => {
    if (query === '') return;
    let current = true;
    const timer = setTimeout(() => {
      api.searchArticles({ query, limit: RESULT_LIMIT }).then(
        (hits) => current && setAnswer({ query, hits, error: '' }),
        (error) => current && setAnswer({ query, hits: [], error: messageOf(error) }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (query === '') return { query: '', hits: [], error: '', searching: false };
  // Hits for an earlier query are not shown: Enter could pick one the writer did not search for.
  if (answer.query !== query) return { query, hits: [], error: '', searching: true };
  return { ...answer, searching: false };
}
