// The import's place on screen, above whichever view is open: the prompt to choose a file when
// the desktop menu asked, progress, and the report of what the last import recognised.
import { useT } from '../../i18n/intl-root';
import './import.css';
import { AlreadyTherePanel } from './already-there';
import { ImportReportPanel } from './import-report-panel';
import { useImportStore } from './import-store';
import { IMPORT_ACCEPT, openFilePicker } from './request-import';

export function ImportDialog() {
  const t = useT();
  const choosing = useImportStore((state) => state.choosing);
  const importing = useImportStore((state) => state.importing);
  const shown = useImportStore((state) => state.shown);
  const alreadyThere = useImportStore((state) => state.alreadyThere);
  const close = () => useImportStore.getState().close();

  if (importing) {
    return (
      <section className="import-panel" aria-label={t('import.dialog')} aria-busy="true">
        <p aria-live="polite">{t('import.importing', { file: importing })}</p>
      </section>
    );
  }
  if (alreadyThere) return <AlreadyTherePanel found={alreadyThere} />;
  if (choosing) {
    return (
      <section className="import-panel" aria-label={t('import.dialog')}>
        <p>{t('import.prompt', { types: IMPORT_ACCEPT.replaceAll(',', ', ') })}</p>
        <div className="import-actions">
          <button type="button" className="primary" autoFocus onClick={openFilePicker}>
            {t('import.chooseFile')}
          </button>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </section>
    );
  }
  if (!shown) return null;
  return (
    <ImportReportPanel
      key={shown.article.id}
      report={shown.report}
      title={t('import.imported', { file: shown.file })}
      onClose={close}
    />
  );
}
