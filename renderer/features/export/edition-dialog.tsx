// "Export edition": many articles at once into one folder, with an index page, the ticker and a
// feed. A modal dialog over whichever screen is open; File > Export edition… and the library
// header open it.
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/intl-root';
import { formatMessageOf } from '../../i18n/message';
import { EditionChooser } from './edition-chooser';
import { EditionProgressView } from './edition-progress-view';
import { useEditionStore } from './edition-store';
import './edition.css';

const CLOSE_MARK = '✕';

export function EditionDialog() {
  const t = useT();
  const intl = useIntl();
  const open = useEditionStore((state) => state.open);
  const job = useEditionStore((state) => state.job);
  const error = useEditionStore((state) => state.error);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="dialog edition-dialog"
      aria-labelledby="edition-heading"
      // Escape closes the dialog natively; the store follows.
      onClose={() => useEditionStore.getState().close()}
    >
      {open && (
        <>
          <header>
            <h2 id="edition-heading">{t('export.editionTitle')}</h2>
            <button
              type="button"
              className="link-button"
              aria-label={t('export.editionClose')}
              onClick={() => useEditionStore.getState().close()}
            >
              {CLOSE_MARK}
            </button>
          </header>
          {job ? <EditionProgressView job={job} /> : <EditionChooser />}
          {error && (
            <p role="alert" className="export-error">
              {formatMessageOf(intl, error)}
            </p>
          )}
        </>
      )}
    </dialog>
  );
}
