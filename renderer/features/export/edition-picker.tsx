// Picking an edition's articles one by one: a filter by headline, and a tick per article.
import { useId, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article';
import { useT } from '../../i18n/intl-root';
import { statusLabel } from '../../lib/article-words';

/** A long library shows this many matches; the filter narrows it down. */
const SHOWN = 100;

interface EditionPickerProps {
  articles: readonly ArticleSummary[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
}

export function EditionPicker({ articles, chosen, onChange }: EditionPickerProps) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const matches = useMemo(() => {
    const words = filter.trim().toLocaleLowerCase();
    const live = articles.filter((article) => !article.trashedAt);
    if (!words) return live;
    return live.filter((article) => article.headline.toLocaleLowerCase().includes(words));
  }, [articles, filter]);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    <div className="edition-picker">
      <label htmlFor={filterId}>{t('export.findByHeadline')}</label>
      <input
        id={filterId}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul aria-label={t('export.articlesToExport')}>
        {matches.slice(0, SHOWN).map((article) => (
          <li key={article.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(article.id)}
                onChange={(event) => toggle(article.id, event.target.checked)}
              />
              <span className="edition-pick-headline">
                {article.headline || t('article.untitled')}
              </span>
              <span className={`badge badge-${article.status}`}>
                {statusLabel(t, article.status)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && (
        <p className="edition-note">{t('export.moreMatches', { count: matches.length - SHOWN })}</p>
      )}
    </div>
  );
}
