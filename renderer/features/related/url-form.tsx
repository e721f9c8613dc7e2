// Adds a link to a page outside the library. The app works offline, so it never fetches the page:
// the writer pastes the address and types the title readers will see.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { RelatedCheck } from '../../../shared/related';
import { RELATED_TITLE_LIMIT } from '../../../shared/related';

interface UrlFormProps {
  language: string;
  /** Checks and adds the link; a refusal's message is shown under the form. */
  onAdd: (address: string, title: string) => RelatedCheck;
}

export function UrlForm({ language, onAdd }: UrlFormProps) {
  const id = useId();
  const [address, setAddress] = useState('');
  const [title, setTitle] = useState('');
  const [refusal, setRefusal] = useState('');
  const addressInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onAdd(address, title);
    if (!result.ok) {
      setRefusal(result.message);
      return;
    }
    setAddress('');
    setTitle('');
    setRefusal('');
    addressInput.current?.focus();
  };

  return (
    <form className="related-url-form" onSubmit={submit} aria-label="Add a web page">
      <div className="related-url-field">
        <label htmlFor={`${id}-address`} className="related-label">
          Link address
        </label>
        <input
          ref={addressInput}
          id={`${id}-address`}
          className="field-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://…"
          value={address}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? `${id}-error` : undefined}
          onChange={(event) => {
            setAddress(event.target.value);
            setRefusal('');
          }}
        />
      </div>
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
          placeholder="The headline readers will see"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            setRefusal('');
          }}
        />
      </div>
      <button type="submit">Add link</button>
      {refusal && (
        <p id={`${id}-error`} role="alert" className="related-error">
          {refusal}
        </p>
      )}
    </form>
  );
}
