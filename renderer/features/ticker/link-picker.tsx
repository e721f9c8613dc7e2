// Chooses where a ticker item points: an article of the library, found by its headline, or a
// typed web address. Only http(s) addresses are taken; anything else is refused with a reason.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ArticleSummary, LinkTarget } from '../../../shared/article';
import { useT } from '../../i18n/intl-root';
import { refusalText } from '../../lib/refusal-text';
import { useAppStore } from '../../store';
import { checkTickerUrl } from './ticker-checks';
import { articleLabel, findArticles } from './ticker-links';
import './ticker-links.css';

/** The shape of an address, the same in every language. */
const ADDRESS_EXAMPLE = 'https://';

interface LinkPickerProps {
  /** The item's place in the list, counted from 1: names the picker's fields. */
  itemNumber: number;
  current: LinkTarget | undefined;
  onPick: (link: LinkTarget, article?: ArticleSummary) => void;
  onClose: () => void;
}

export function LinkPicker({ itemNumber, current, onPick, onClose }: LinkPickerProps) {
  const id = useId();
  const t = useT();
  const articles = useAppStore((state) => state.articles);
  const [query, setQuery] = useState('');
  const [address, setAddress] = useState(current?.kind === 'url' ? current.url : '');
  const [error, setError] = useState('');
  const matches = useMemo(() => findArticles(articles, query), [articles, query]);

  const submitAddress = (event: FormEvent) => {
    event.preventDefault();
    const check = checkTickerUrl(address);
    if (!check.ok) {
      setError(refusalText(t, check));
      return;
    }
    onPick({ kind: 'url', url: check.url });
  };

  return (
    <div
      className="ticker-link-picker"
      role="group"
      aria-label={t('ticker.picker', { number: itemNumber })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="ticker-link-column">
        <label htmlFor={`${id}-find`}>{t('ticker.picker.library')}</label>
        <input
          id={`${id}-find`}
          type="search"
          className="ticker-input"
          placeholder={t('ticker.picker.search')}
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
        />
        {matches.length === 0 ? (
          <p className="ticker-hint">
            {t(articles.length === 0 ? 'ticker.picker.no-articles' : 'ticker.picker.no-match')}
          </p>
        ) : (
          <ul
            className="ticker-link-matches"
            aria-label={t('ticker.picker.matches', { number: itemNumber })}
          >
            {matches.map((article) => (
              <li key={article.id}>
                <button
                  type="button"
                  className="ticker-link-match"
                  aria-current={
                    current?.kind === 'article' && current.articleId === article.id
                      ? 'true'
                      : undefined
                  }
                  onClick={() => onPick({ kind: 'article', articleId: article.id }, article)}
                >
                  {articleLabel(article, t('article.untitled'))}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <form className="ticker-link-column" onSubmit={submitAddress} noValidate>
        <label htmlFor={`${id}-url`}>{t('ticker.picker.address')}</label>
        <div className="ticker-link-address">
          <input
            id={`${id}-url`}
            type="url"
            className="ticker-input"
            placeholder={ADDRESS_EXAMPLE}
            value={address}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error`}
            onChange={(event) => {
              setAddress(event.target.value);
              setError('');
            }}
          />
          <button type="submit">{t('ticker.picker.use-address')}</button>
        </div>
        <p id={`${id}-error`} className="ticker-link-error" role="alert">
          {error}
        </p>
      </form>
      <button type="button" className="ticker-link-cancel" onClick={onClose}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
