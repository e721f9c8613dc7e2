// The library's filter and sort controls.
import { ARTICLE_LANGUAGES, ARTICLE_STATUSES, STATUS_LABELS } from '../../../shared/article';
import type { LibraryFilters, LibrarySort } from './select-articles';

interface LibraryFiltersProps {
  filters: LibraryFilters;
  sort: LibrarySort;
  sections: string[];
  searching: boolean;
  onFilters: (filters: LibraryFilters) => void;
  onSort: (sort: LibrarySort) => void;
}

export function LibraryFilterBar(props: LibraryFiltersProps) {
  const { filters, sort, sections, searching, onFilters, onSort } = props;
  return (
    <div className="filter-bar" role="group" aria-label="Filter and sort">
      <label>
        Status
        <select
          value={filters.status}
          onChange={(event) =>
            onFilters({ ...filters, status: event.target.value as LibraryFilters['status'] })
          }
        >
          <option value="">All</option>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Section
        <select
          value={filters.section}
          onChange={(event) => onFilters({ ...filters, section: event.target.value })}
        >
          <option value="">All</option>
          {sections.map((section) => (
            <option key={section} value={section}>
              {section}
            </option>
          ))}
        </select>
      </label>
      <label>
        Language
        <select
          value={filters.language}
          onChange={(event) => onFilters({ ...filters, language: event.target.value })}
        >
          <option value="">All</option>
          {ARTICLE_LANGUAGES.map((language) => (
            <option key={language.tag} value={language.tag}>
              {language.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort by
        <select value={sort} onChange={(event) => onSort(event.target.value as LibrarySort)}>
          {searching && <option value="relevance">Best match</option>}
          <option value="changed">Last change</option>
          <option value="headline">Headline</option>
        </select>
      </label>
    </div>
  );
}
