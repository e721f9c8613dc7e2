// Edits one related link in place: its title and, for a web page, its address.
import { useId, useState, type FormEvent } from 'react';
import type { RelatedLink } from '../../../shared/article';
import type { RelatedCheck } from '../../../shared/related';
import { useT } from '../../i18n/intl-root';
import { refusalText } from '../../lib/refusal-text';
import { AddressField, TitleField } from './link-fields';

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
  const t = useT();
  const isUrl = link.target.kind === 'url';
  const [title, setTitle] = useState(shownTitle);
  const [address, setAddress] = useState(link.target.kind === 'url' ? link.target.url : '');
  const [refusal, setRefusal] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onSave(isUrl ? { title, url: address } : { title });
    if (result.ok) onClose();
    else setRefusal(refusalText(t, result));
  };

  return (
    <form
      className="related-edit"
      aria-label={t('related.edit-form')}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {isUrl && (
        <AddressField
          id={`${id}-address`}
          value={address}
          errorId={refusal ? `${id}-error` : undefined}
          onChange={(value) => {
            setAddress(value);
            setRefusal('');
          }}
        />
      )}
      <TitleField
        id={`${id}-title`}
        language={language}
        // The title is what the writer came to change; the address is one Shift+Tab away.
        autoFocus
        value={title}
        describedBy={isUrl ? undefined : `${id}-note`}
        onChange={(value) => {
          setTitle(value);
          setRefusal('');
        }}
      />
      <button type="submit">{t('common.save')}</button>
      <button type="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
      {!isUrl && (
        <p id={`${id}-note`} className="related-hint">
          {t('related.follow-headline')}
        </p>
      )}
      {refusal && (
        <p id={`${id}-error`} role="alert" className="related-error">
          {refusal}
        </p>
      )}
    </form>
  );
}
