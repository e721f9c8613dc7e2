// Tags as removable chips: typing a comma or pressing Enter adds the tag being typed.
import { useId, useState } from 'react';

const MAX_TAGS = 30;
const MAX_TAG_LENGTH = 60;

interface TagsFieldProps {
  initial: string[];
  onChange: (tags: string[]) => void;
}

export function TagsField({ initial, onChange }: TagsFieldProps) {
  const id = useId();
  const [tags, setTags] = useState(initial);
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
      return setMessage(`A tag can be at most ${MAX_TAG_LENGTH} characters.`);
    if (tags.length >= MAX_TAGS) return setMessage(`An article can have at most ${MAX_TAGS} tags.`);
    if (tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) {
      return setMessage(`“${tag}” is already a tag.`);
    }
    setMessage('');
    update([...tags, tag]);
  };

  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>Tags</label>
      </div>
      <div className="tags-input field-input">
        {tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => update(tags.filter((other) => other !== tag))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          value={draft}
          placeholder={tags.length === 0 ? 'Add a tag, then Enter' : ''}
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
