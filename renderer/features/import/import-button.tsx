// The library header's Import… button: pick a .txt or .docx file and it becomes a new article.
import { useImportStore } from './import-store';
import { requestImport } from './request-import';

export function ImportButton() {
  const importing = useImportStore((state) => state.importing);
  return (
    <button
      type="button"
      onClick={requestImport}
      disabled={importing !== undefined}
      title="Import a plain-text page (.txt) or a Word document (.docx) as a new article"
    >
      Import…
    </button>
  );
}
