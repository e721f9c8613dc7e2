// Asks what to do with a file whose story is in the library already: open that article, or
// import the file again as a copy (named as one).
import { useT } from '../../i18n/intl-root';
import { useImportStore, type AlreadyThere } from './import-store';

export function AlreadyTherePanel({ found }: { found: AlreadyThere }) {
  const t = useT();
  const store = useImportStore.getState();
  return (
    <section className="import-panel" role="alertdialog" aria-labelledby="already-there-question">
      <p id="already-there-question">
        {t('import.alreadyThere', { file: found.file.name, headline: found.headline })}
      </p>
      <div className="import-actions">
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => void store.openExisting()}
        >
          {t('import.openExisting')}
        </button>
        <button type="button" onClick={() => void store.importFile(found.file, 'copy')}>
          {t('import.importCopy')}
        </button>
        <button type="button" onClick={() => store.close()}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
