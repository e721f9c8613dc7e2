// The two inputs a related link is written with, shared by the form that adds a web page and the
// one that edits a link: its address and the title readers see.
import type { Ref } from 'react';
import { RELATED_TITLE_LIMIT } from '../../../shared/related';
import { useT } from '../../i18n/intl-root';

interface AddressFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** The id of the message saying why the address was refused, while there is one. */
  errorId?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function AddressField({
  id,
  value,
  onChange,
  placeholder,
  errorId,
  inputRef,
}: AddressFieldProps) {
  const t = useT();
  return (
    <div className="related-url-field">
      <label htmlFor={id} className="related-label">
        {t('related.address')}
      </label>
      <input
        ref={inputRef}
        id={id}
        className="field-input"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface TitleFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  language: string;
  placeholder?: string;
  autoFocus?: boolean;
  describedBy?: string;
}

export function TitleField(props: TitleFieldProps) {
  const { id, value, onChange, language, placeholder, autoFocus, describedBy } = props;
  const t = useT();
  return (
    <div className="related-url-field related-url-title">
      <label htmlFor={id} className="related-label">
        {t('related.title')}
      </label>
      <input
        id={id}
        className="field-input"
        type="text"
        lang={language}
        maxLength={RELATED_TITLE_LIMIT}
        placeholder={placeholder}
        autoFocus={autoFocus}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
