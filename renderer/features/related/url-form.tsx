// Adds a link to a page outside the library. The app works offline, so it never fetches the page:
// the writer pastes the address and types the title readers will see.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { RelatedCheck } from '../../../shared/related';
import { useT } from '../../i18n/intl-root';
import { refusalText } from '../../lib/refusal-text';
import { AddressField, TitleField } from './link-fields';

/** The shape of an address, the same in every language. */
const ADDRESS_EXAMPLE = 'https://…';

interface UrlFormProps {
  language: string;
  /** Checks and adds the link; a refusal's message is shown under the form. */
  onAdd: (address: string, title: string) => RelatedCheck;
}

export function UrlForm({ language, onAdd }: UrlFormProps) {
  const id = useId();
  const t = useT();
  const [address, setAddress] = useState('');
  const [title, setTitle] = useState('');
  const [refusal, setRefusal] = useState('');
  const addressInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onAdd(address, title);
    if (!result.ok) {
      setRefusal(refusalText(t, result));
      return;
    }
    setAddress('');
    setTitle('');
    setRefusal('');
    addressInput.current?.focus();
  };

  return (
    <form className="related-url-form" onSubmit={submit} aria-label={t('related.url-form')}>
      <AddressField
        id={`${id}-address`}
        inputRef={addressInput}
        placeholder={ADDRESS_EXAMPLE}
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
        placeholder={t('related.title.placeholder')}
        value={title}
        onChange={(value) => {
          setTitle(value);
          setRefusal('');
        }}
      />
      <button type="submit">{t('related.add')}</button>
      {refusal && (
        <p id={`${id}-error`} role="alert" className="related-error">
          {refusal}
        </p>
      )}
    </form>
  );
}
