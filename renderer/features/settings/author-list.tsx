// The publication's writers with a profile page on the site: each page's JSON-LD then links the
// people its byline credits to their pages, as search engines ask (author.url).
import type { Author } from '../../../shared/publication';
import { useT } from '../../i18n/intl-root';

/** An address shaped like a profile page, as a hint; not words. */
const PROFILE_EXAMPLE = 'https://news.example.org/authors/…';

interface AuthorListProps {
  value: Author[];
  onChange: (authors: Author[]) => void;
}

export function AuthorList({ value, onChange }: AuthorListProps) {
  const t = useT();
  const change = (index: number, part: Partial<Author>) =>
    onChange(value.map((author, at) => (at === index ? { ...author, ...part } : author)));
  return (
    <fieldset className="author-list">
      <legend>{t('photos.authors.heading')}</legend>
      <p className="settings-hint">{t('photos.authors.hint')}</p>
      {value.map((author, index) => (
        <div className="author-row" key={index}>
          <label>
            {t('photos.authors.name')}
            <input
              value={author.name}
              onChange={(event) => change(index, { name: event.target.value })}
            />
          </label>
          <label>
            {t('photos.authors.url')}
            <input
              value={author.url}
              inputMode="url"
              placeholder={PROFILE_EXAMPLE}
              onChange={(event) => change(index, { url: event.target.value })}
            />
          </label>
          <button
            type="button"
            aria-label={t('photos.authors.remove', { name: author.name })}
            onClick={() => onChange(value.filter((_, at) => at !== index))}
          >
            {t('photos.remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...value, { name: '', url: '' }])}>
        {t('photos.authors.add')}
      </button>
    </fieldset>
  );
}
