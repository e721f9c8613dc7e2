// Tags as removable chips: typing a comma or pressing Enter adds the tag being typed. A new
// `initial` list (another person's change to a shared article) replaces the chips shown.
import { useId, useState } from 'react';
import { useT } from '../../i18n/intl-root';

const MAX_TAGS = 30;
const REMOVE_MARK = '×';
const MAX_TAG_LENGTH = 60;

interface TagsFieldProps {
  initial: string[];
  onChange: (tags: string[]) => void;
}

export function TagsField({ initial, onChange }: TagsFieldProps) {
  const id = useId();
  const t = useT();
  const [tags, setTags] = useState(initial);
  const [given, setGiven] = useState(initial);
  if (given !== initial) {
    setGiven(initial);
    setTags(initial);
  }
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');

  const update = (next: string[]) => {
    setTags(next);
    onChange(next);
  };
  const add = (raw: string) => {
    const tag = raw.trim().replace(/\s+/g, ' ');
    setDraft('');
    if (!tag) return;
    if (tag.length > MAX_TAG_LENGTH)
      return setMessage(t('editor.tags.too-long', { limit: MAX_TAG_LENGTH }));
    if (tags.length >= MAX_TAGS) return setMessage(t('editor.tags.too-many', { limit: MAX_TAGS }));
    if (tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) {
      return setMessage(t('editor.tags.duplicate', { tag }));
    }
    setMessage('');
    update([...tags, tag]);
  };

  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{t('editor.tags')}</label>
      </div>
      <div className="tags-input field-input">
        {tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="tag-remove"
              aria-label={t('editor.tags.remove', { tag })}
              onClick={() => update(tags.filter((other) => other !== tag))}
            >
              {REMOVE_MARK}
            </button>
          </span>
        ))}
        <input
          id={id}
          value={draft}
          placeholder={tags.length === 0 ? t('editor.tags.placeholder') : ''}
          aria-describedby={`${id}-message`}
          onChange={(event) => {
            const value = event.target.value;
            if (value.includes(',')) {
              for (const part of value.split(',').slice(0, -1)) add(part);
              setDraft(value.split(',').at(-1) ?? '');
            } else {
              setDraft(value);
            }
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add(draft);
            } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
              update(tags.slice(0, -1));
            }
          }}
          onBlur={() => add(draft)}
        />
      </div>
      <p id={`${id}-message`} className="field-message" role="alert">
        {message}
      </p>
    </div>
  );
}
