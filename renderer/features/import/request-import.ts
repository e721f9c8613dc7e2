// Opens the file picker for an import: from the Import… button, or from the desktop menu.
import { useImportStore } from './import-store';

export const IMPORT_ACCEPT = '.txt,.text,.md,.docx';

// Held while the picker is open, so the input is not collected before it reports the file.
const openPickers = new Set<HTMLInputElement>();

/**
 * A browser opens a file picker only in answer to a click or key press in the page. A menu
 * command from the desktop host is neither, so then the import panel asks for that click.
 */
export function requestImport(): void {
  if (navigator.userActivation && !navigator.userActivation.isActive) {
    useImportStore.getState().ask();
    return;
  }
  openFilePicker();
}

export function openFilePicker(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = IMPORT_ACCEPT;
  openPickers.add(input);
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    openPickers.delete(input);
    if (file) void useImportStore.getState().importFile(file);
  });
  input.addEventListener('cancel', () => openPickers.delete(input));
  input.click();
}
