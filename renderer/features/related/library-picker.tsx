// Finds a library article by its headline or text and hands it to the related list. A combobox:
// arrow keys move through the results, Enter picks, Escape closes the list.
import { useId, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import type { RelatedCheck } from '../../../shared/related';
import { useT } from '../../i18n/intl-root';
import { statusLabel } from '../../lib/article-words';
import { refusalText } from '../../lib/refusal-text';
import { useLibrarySearch } from './use-library-search';

interface LibraryPickerProps {
  selfId: string;
  /** Ids of the articles already in the list, marked in the results. */
  linkedIds: ReadonlySet<string>;
  language: string;
  onPick: (article: ArticleSummary) => RelatedCheck;
}

export function LibraryPicker({ selfId, linkedIds, language, onPick }: LibraryPickerProps) {
  const id = useId();
  const t = useT();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [refusal, setRefusal] = useState('');
  const search = useLibrarySearch(typed);
  const hits = search.hits;
  const expanded = open && search.query !== '' && hits.length > 0;
  const activeHit = expanded ? hits[active] : undefined;

  const change = (value: string) => {
    setTyped(value);
    setOpen(true);
    setActive(-1);
    setRefusal('');
  };

  const pick = (article: ArticleSummary) => {
    const result = onPick(article);
    if (result.ok) {
      change('');
      setOpen(false);
    } else {
      setRefusal(refusalText(t, result));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : count - 1);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + count) % count);
    } else if (event.key === 'Enter') {
      // Enter picks a highlighted result, or the only one there is.
      const chosen = activeHit ?? (expanded && count === 1 ? hits[0] : undefined);
      if (chosen) {
        event.preventDefault();
        pick(chosen.article);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (typed !== '') {
        event.preventDefault();
        change('');
      }
    }
  };

  let hint = '';
  if (search.error) hint = t('related.search.failed', { reason: search.error });
  else if (search.searching && hits.length === 0) hint = t('related.search.searching');
  else if (!search.searching && search.query !== '' && hits.length === 0)
    hint = t('related.search.none', { query: search.query });

  return (
    <div className="related-picker">
      <label htmlFor={`${id}-input`} className="related-label">
        {t('related.search')}
      </label>
      <input
        id={`${id}-input`}
        className="field-input"
        type="text"
        role="combobox"
        lang={language}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('related.search.placeholder')}
        value={typed}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-results`}
        aria-activedescendant={activeHit ? `${id}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={`${id}-results`}
        role="listbox"
        aria-label={t('related.search.results')}
        className="related-results"
        hidden={!expanded}
      >
        {hits.map(({ article }, index) => (
          <li
            key={article.id}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === active}
            className="related-result"
            // Keep focus in the search box, so the list stays open while the mouse picks.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(index)}
            onClick={() => pick(article)}
          >
            <span className="related-result-headline" lang={article.language}>
              {article.headline.trim() || t('article.untitled')}
            </span>
            <span className={`badge badge-${article.status}`}>
              {statusLabel(t, article.status)}
            </span>
            {article.id === selfId && (
              <span className="related-result-note">{t('related.search.this-article')}</span>
            )}
            {linkedIds.has(article.id) && (
              <span className="related-result-note">{t('related.search.linked')}</span>
            )}
          </li>
        ))}
      </ul>
      <p id={`${id}-hint`} className="related-hint" aria-live="polite">
        {hint}
      </p>
      {refusal && (
        <p role="alert" className="related-error">
          {refusal}
        </p>
      )}
    </div>
  );
}
