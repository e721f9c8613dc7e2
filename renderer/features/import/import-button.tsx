// The library header's Import… button: pick a .txt or .docx file and it becomes a new article.
import { useT } from '../../i18n/intl-root';
import { useImportStore } from './import-store';
import { requestImport } from './request-import';

export function ImportButton() {
  const t = useT();
  const importing = useImportStore((state) => state.importing);
  return (
    <button
      type="button"
      onClick={requestImport}
      disabled={importing !== undefined}
      title={t('import.buttonHint')}
    >
      {t('import.button')}
    </button>
  );
}
