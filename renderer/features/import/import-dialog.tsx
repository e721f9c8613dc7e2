// The import's place on screen, above whichever view is open: the prompt to choose a file when
// the desktop menu asked, progress, and the report of what the last import recognised.
import './import.css';
import { ImportReportPanel } from './import-report-panel';
import { useImportStore } from './import-store';
import { IMPORT_ACCEPT, openFilePicker } from './request-import';

export function ImportDialog() {
  const choosing = useImportStore((state) => state.choosing);
  const importing = useImportStore((state) => state.importing);
  const shown = useImportStore((state) => state.shown);
  const close = () => useImportStore.getState().close();

  if (importing) {
    return (
      <section className="import-panel" aria-label="Import" aria-busy="true">
        <p aria-live="polite">Importing {importing}…</p>
      </section>
    );
  }
  if (choosing) {
    return (
      <section className="import-panel" aria-label="Import">
        <p>
          Import a plain-text page or a Word document ({IMPORT_ACCEPT.replaceAll(',', ', ')}) as a
          new article.
        </p>
        <div className="import-actions">
          <button type="button" className="primary" autoFocus onClick={openFilePicker}>
            Choose a file…
          </button>
          <button type="button" onClick={close}>
            Cancel
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
      title={`Imported ${shown.file}`}
      onClose={close}
    />
  );
}
