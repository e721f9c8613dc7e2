// The library's filter and sort controls.
import { ARTICLE_LANGUAGES, ARTICLE_STATUSES } from '../../../shared/article';
import { useT } from '../../i18n/intl-root';
import { languageLabel, statusLabel } from '../../lib/article-words';
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
  const t = useT();
  const all = t('library.all');
  return (
    <div className="filter-bar" role="group" aria-label={t('library.filterAndSort')}>
      <label>
        {t('library.status')}
        <select
          value={filters.status}
          onChange={(event) =>
            onFilters({ ...filters, status: event.target.value as LibraryFilters['status'] })
          }
        >
          <option value="">{all}</option>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(t, status)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.section')}
        <select
          value={filters.section}
          onChange={(event) => onFilters({ ...filters, section: event.target.value })}
        >
          <option value="">{all}</option>
          {sections.map((section) => (
            <option key={section} value={section}>
              {section}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.language')}
        <select
          value={filters.language}
          onChange={(event) => onFilters({ ...filters, language: event.target.value })}
        >
          <option value="">{all}</option>
          {ARTICLE_LANGUAGES.map((language) => (
            <option key={language.tag} value={language.tag}>
              {languageLabel(t, language.tag)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.sortBy')}
        <select value={sort} onChange={(event) => onSort(event.target.value as LibrarySort)}>
          {searching && <option value="relevance">{t('library.sortRelevance')}</option>}
          <option value="changed">{t('library.sortChanged')}</option>
          <option value="headline">{t('library.sortHeadline')}</option>
        </select>
      </label>
    </div>
  );
}
