// Chooses where a ticker item points: an article of the library, found by its headline, or a
// typed web address. Only http(s) addresses are taken; anything else is refused with a reason.
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ArticleSummary, LinkTarget } from '../../../shared/article';
import { useAppStore } from '../../store';
import { checkTickerUrl } from './ticker-checks';
import { articleLabel, findArticles } from './ticker-links';
import './ticker-links.css';

interface LinkPickerProps {
  /** "ticker item 2": names the picker's fields for assistive technology. */
  itemName: string;
  current: LinkTarget | undefined;
  onPick: (link: LinkTarget, article?: ArticleSummary) => void;
  onClose: () => void;
}

export function LinkPicker({ itemName, current, onPick, onClose }: LinkPickerProps) {
  const id = useId();
  const articles = useAppStore((state) => state.articles);
  const [query, setQuery] = useState('');
  const [address, setAddress] = useState(current?.kind === 'url' ? current.url : '');
  const [error, setError] = useState('');
  const matches = useMemo(() => findArticles(articles, query), [articles, query]);

  const submitAddress = (event: FormEvent) => {
    event.preventDefault();
    const check = checkTickerUrl(address);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    onPick({ kind: 'url', url: check.url });
  };

  return (
    <div
      className="ticker-link-picker"
      role="group"
      aria-label={`Link for ${itemName}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="ticker-link-column">
        <label htmlFor={`${id}-find`}>Article from the library</label>
        <input
          id={`${id}-find`}
          type="search"
          className="ticker-input"
          placeholder="Search headlines"
          value={query}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
        />
        {matches.length === 0 ? (
          <p className="ticker-hint">
            {articles.length === 0 ? 'The library has no articles yet.' : 'No headline matches.'}
          </p>
        ) : (
          <ul className="ticker-link-matches" aria-label={`Articles to link ${itemName} to`}>
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
                  {articleLabel(article)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <form className="ticker-link-column" onSubmit={submitAddress} noValidate>
        <label htmlFor={`${id}-url`}>Or a web address</label>
        <div className="ticker-link-address">
          <input
            id={`${id}-url`}
            type="url"
            className="ticker-input"
            placeholder="https://"
            value={address}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error`}
            onChange={(event) => {
              setAddress(event.target.value);
              setError('');
            }}
          />
          <button type="submit">Use address</button>
        </div>
        <p id={`${id}-error`} className="ticker-link-error" role="alert">
          {error}
        </p>
      </form>
      <button type="button" className="ticker-link-cancel" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}
