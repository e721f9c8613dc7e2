// The desktop host's answer to "where should this export go?": the native save dialog for one
// file, the folder dialog for an edition. Both open where the last export went and remember
// where this one goes.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { HostWords } from './i18n/host-words';
import {
  EXPORT_FILE_TYPES,
  type ChooseExportTarget,
  type ExportFileFilter,
  type ExportTargetRequest,
} from './services/export-target';

export interface ExportDialogOptions {
  /** The window the dialog belongs to, when there is one. */
  window: () => BrowserWindow | null;
  lastFolder: () => string | undefined;
  rememberFolder: (folder: string) => void;
  /** The dialogs' words, in the interface's language at the time they open. */
  words: () => HostWords;
}

/** A file type's name in the interface's language; one Dateline does not know keeps its own. */
function filterIn(w: HostWords, filter: ExportFileFilter): ExportFileFilter {
  const format = (Object.keys(EXPORT_FILE_TYPES) as (keyof typeof EXPORT_FILE_TYPES)[]).find(
    (key) => EXPORT_FILE_TYPES[key].filter.name === filter.name,
  );
  return format ? { ...filter, name: w(`export.filter.${format}`) } : filter;
}

export function exportTargetChooser(options: ExportDialogOptions): ChooseExportTarget {
  return async (request: ExportTargetRequest) => {
    const folder = options.lastFolder() ?? app.getPath('documents');
    const win = options.window();
    const w = options.words();
    if (request.kind === 'file') {
      const dialogOptions: Electron.SaveDialogOptions = {
        title: w('export.articleTitle'),
        defaultPath: path.join(folder, request.suggestedName),
        filters: request.filters.map((filter) => filterIn(w, filter)),
      };
      const result = win
        ? await dialog.showSaveDialog(win, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return undefined;
      options.rememberFolder(path.dirname(result.filePath));
      return result.filePath;
    }
    const dialogOptions: Electron.OpenDialogOptions = {
      // The one folder export is the edition's.
      title: w('export.editionTitle'),
      buttonLabel: w('export.here'),
      defaultPath: folder,
      properties: ['openDirectory', 'createDirectory'],
    };
    const result = win
      ? await dialog.showOpenDialog(win, dialogOptions)
      : await dialog.showOpenDialog(dialogOptions);
    const chosen = result.filePaths[0];
    if (result.canceled || !chosen) return undefined;
    options.rememberFolder(chosen);
    return chosen;
  };
}
