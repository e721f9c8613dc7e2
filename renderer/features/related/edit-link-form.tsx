// Edits one related link in place: its title and, for a web page, its address.
import { useId, useState, type FormEvent } from 'react';
import type { RelatedLink } from '../../../shared/article';
import { RELATED_TITLE_LIMIT, type RelatedCheck } from '../../../shared/related';

interface EditLinkFormProps {
  link: RelatedLink;
  /** The title the list shows now (a library link's current headline unless typed by hand). */
  shownTitle: string;
  language: string;
  onSave: (edit: { title: string; url?: string }) => RelatedCheck;
  onClose: () => void;
}

export function EditLinkForm({ link, shownTitle, language, onSave, onClose }: EditLinkFormProps) {
  const id = useId();
  const isUrl = link.target.kind === 'url';
  const [title, setTitle] = useState(shownTitle);
  const [address, setAddress] = useState(link.target.kind === 'url' ? link.target.url : '');
  const [refusal, setRefusal] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onSave(isUrl ? { title, url: address } : { title });
    if (result.ok) onClose();
    else setRefusal(result.message);
  };

  return (
    <form
      className="related-edit"
      aria-label="Edit link"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {isUrl && (
        <div className="related-url-field">
          <label htmlFor={`${id}-address`} className="related-label">
            Link address
          </label>
          <input
            id={`${id}-address`}
            className="field-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={address}
            onChange={(event) => {
              setAddress(event.target.value);
              setRefusal('');
            }}
          />
        </div>
      )}
      <div className="related-url-field related-url-title">
        <label htmlFor={`${id}-title`} className="related-label">
          Link title
        </label>
        <input
          id={`${id}-title`}
          className="field-input"
          type="text"
          lang={language}
          maxLength={RELATED_TITLE_LIMIT}
          // The title is what the writer came to change; the address is one Shift+Tab away.
          autoFocus
          value={title}
          aria-describedby={isUrl ? undefined : `${id}-note`}
          onChange={(event) => {
            setTitle(event.target.value);
            setRefusal('');
          }}
        />
      </div>
      <button type="submit">Save</button>
      <button type="button" onClick={onClose}>
        Cancel
      </button>
      {!isUrl && (
        <p id={`${id}-note`} className="related-hint">
          Leave the title empty to show the article’s current headline.
        </p>
      )}
      {refusal && (
        <p role="alert" className="related-error">
          {refusal}
        </p>
      )}
    </form>
  );
}
