// Asks for the caption of the table around the selection: one line, shown above the table.
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/intl-root';

interface CaptionDialogProps {
  initial: string;
  onApply: (caption: string) => void;
  onClose: () => void;
}

export function CaptionDialog({ initial, onApply, onClose }: CaptionDialogProps) {
  const t = useT();
  const [value, setValue] = useState(initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(value);
  };

  return (
    <form
      className="link-dialog"
      role="dialog"
      aria-label={t('editor.table.caption.dialog')}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <label htmlFor="table-caption">{t('editor.table.caption.dialog')}</label>
      <input
        id="table-caption"
        type="text"
        autoFocus
        maxLength={500}
        value={value}
        aria-describedby="table-caption-hint"
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">{t('editor.table.caption.apply')}</button>
      <button type="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
      <p id="table-caption-hint" className="caption-hint">
        {t('editor.table.caption.hint')}
      </p>
    </form>
  );
}
