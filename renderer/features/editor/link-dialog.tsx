// Asks for a link address and refuses anything but web and email addresses.
import { useState, type FormEvent } from 'react';
import { checkLinkInput } from '../../../shared/schema/link-policy';
import { useT } from '../../i18n/intl-root';

/** The shape of an address, the same in every language. */
const ADDRESS_EXAMPLE = 'https://…';

interface LinkDialogProps {
  initial: string;
  /** Where it opens, by the selection, relative to the body's column. */
  at?: { top: number; left: number };
  onApply: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

export function LinkDialog({ initial, at, onApply, onRemove, onClose }: LinkDialogProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState('');
  const t = useT();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkLinkInput(value);
    if (checked.ok) onApply(checked.url);
    else setError(t(`links.${checked.problem}`, checked.values));
  };

  return (
    <form
      className={`link-dialog ${at ? 'link-dialog-floating' : ''}`}
      style={at && { top: at.top, left: at.left }}
      role="dialog"
      aria-label={t('editor.link.dialog')}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <label htmlFor="link-address">{t('editor.link.address')}</label>
      <input
        id="link-address"
        type="text"
        inputMode="url"
        autoFocus
        value={value}
        placeholder={ADDRESS_EXAMPLE}
        aria-invalid={error ? true : undefined}
        aria-describedby="link-error"
        onChange={(event) => {
          setValue(event.target.value);
          setError('');
        }}
      />
      <button type="submit">{t('editor.link.apply')}</button>
      {initial && (
        <button type="button" onClick={onRemove}>
          {t('editor.link.remove')}
        </button>
      )}
      <button type="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
      <p id="link-error" role="alert" className="link-error">
        {error}
      </p>
    </form>
  );
}
