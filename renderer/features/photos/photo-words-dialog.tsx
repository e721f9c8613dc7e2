// Asks for the words that go with a photo as it is added or edited: the alt text (needed: a
// reader who cannot see the photo hears it), the caption and the credit. It also says what the
// original holds that published sizes leave out, such as a GPS position.
import { useState, type FormEvent } from 'react';
import type { PhotoPrivacy } from '../../../shared/photos/photo-facts';
import type { PhotoRef } from '../../../shared/photos/photo-ref';
import { useT } from '../../i18n/intl-root';
import { PrivacyNote } from './privacy-note';

type Words = Pick<PhotoRef, 'alt' | 'caption' | 'credit'>;

interface PhotoWordsDialogProps {
  initial: Words;
  privacy?: PhotoPrivacy;
  /** A photo's address to show while its words are asked for. */
  src?: string;
  onDone: (words: Words) => void;
  onCancel: () => void;
}

export function PhotoWordsDialog({
  initial,
  privacy,
  src,
  onDone,
  onCancel,
}: PhotoWordsDialogProps) {
  const [words, setWords] = useState<Words>(initial);
  const [missing, setMissing] = useState(false);
  const t = useT();
  const set = (key: keyof Words) => (value: string) => {
    setWords((current) => ({ ...current, [key]: value }));
    if (key === 'alt') setMissing(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!words.alt.trim()) {
      setMissing(true);
      return;
    }
    onDone({ alt: words.alt.trim(), caption: words.caption.trim(), credit: words.credit.trim() });
  };

  return (
    <div className="photo-dialog-backdrop">
      <form
        className="photo-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="photo-dialog-heading"
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      >
        <h2 id="photo-dialog-heading">{t('photos.dialog.heading')}</h2>
        {src && <img className="photo-dialog-image" src={src} alt="" />}
        {privacy && <PrivacyNote privacy={privacy} />}
        <label htmlFor="photo-alt">{t('photos.alt')}</label>
        <textarea
          id="photo-alt"
          autoFocus
          rows={2}
          value={words.alt}
          aria-invalid={missing ? true : undefined}
          aria-describedby="photo-alt-hint"
          onChange={(event) => set('alt')(event.target.value)}
        />
        <p
          id="photo-alt-hint"
          className={missing ? 'photo-hint is-error' : 'photo-hint'}
          role={missing ? 'alert' : undefined}
        >
          {missing ? t('photos.alt.needed') : t('photos.alt.hint')}
        </p>
        <label htmlFor="photo-caption">{t('photos.caption')}</label>
        <textarea
          id="photo-caption"
          rows={2}
          value={words.caption}
          onChange={(event) => set('caption')(event.target.value)}
        />
        <label htmlFor="photo-credit">{t('photos.credit')}</label>
        <input
          id="photo-credit"
          type="text"
          value={words.credit}
          onChange={(event) => set('credit')(event.target.value)}
        />
        <div className="photo-dialog-actions">
          <button type="submit">{t('photos.dialog.done')}</button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
