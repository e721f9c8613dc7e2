// Picking an edition's articles one by one: a filter by headline, and a tick per article.
import { useId, useMemo, useState } from 'react';
import { STATUS_LABELS, type ArticleSummary } from '../../../shared/article';

/** A long library shows this many matches; the filter narrows it down. */
const SHOWN = 100;

interface EditionPickerProps {
  articles: readonly ArticleSummary[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
}

export function EditionPicker({ articles, chosen, onChange }: EditionPickerProps) {
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
      <label htmlFor={filterId}>Find by headline</label>
      <input
        id={filterId}
        type="search"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul aria-label="Articles to export">
        {matches.slice(0, SHOWN).map((article) => (
          <li key={article.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(article.id)}
                onChange={(event) => toggle(article.id, event.target.checked)}
              />
              <span className="edition-pick-headline">
                {article.headline || 'Untitled article'}
              </span>
              <span className={`badge badge-${article.status}`}>
                {STATUS_LABELS[article.status]}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && (
        <p className="edition-note">
          {(matches.length - SHOWN).toLocaleString()} more; find them by headline.
        </p>
      )}
    </div>
  );
}
