// Adds a link to a page outside the library. The app works offline, so it never fetches the page:
// the writer pastes the address and types the title readers will see.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { RelatedCheck } from '../../../shared/related';
import { AddressField, TitleField } from './link-fields';

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
      <AddressField
        id={`${id}-address`}
        inputRef={addressInput}
        placeholder="https://…"
        value={address}
        errorId={refusal ? `${id}-error` : undefined}
        onChange={(value) => {
          setAddress(value);
          setRefusal('');
        }}
      />
      <TitleField
        id={`${id}-title`}
        language={language}
        placeholder="The headline readers will see"
        value={title}
        onChange={(value) => {
          setTitle(value);
          setRefusal('');
        }}
      />
      <button type="submit">Add link</button>
      {refusal && (
        <p id={`${id}-error`} role="alert" className="related-error">
          {refusal}
        </p>
      )}
    </form>
  );
}
