// The desktop host's answer to "where should this export go?": the native save dialog for one
// file, the folder dialog for an edition. Both open where the last export went and remember
// where this one goes.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ChooseExportTarget, ExportTargetRequest } from './services/export-target';

export interface ExportDialogOptions {
  /** The window the dialog belongs to, when there is one. */
  window: () => BrowserWindow | null;
  lastFolder: () => string | undefined;
  rememberFolder: (folder: string) => void;
}

export function exportTargetChooser(options: ExportDialogOptions): ChooseExportTarget {
  return async (request: ExportTargetRequest) => {
    const folder = options.lastFolder() ?? app.getPath('documents');
    const win = options.window();
    if (request.kind === 'file') {
      const dialogOptions: Electron.SaveDialogOptions = {
        title: 'Export article',
        defaultPath: path.join(folder, request.suggestedName),
        filters: request.filters,
      };
      const result = win
        ? await dialog.showSaveDialog(win, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (result.canceled || !result.filePath) return undefined;
      options.rememberFolder(path.dirname(result.filePath));
      return result.filePath;
    }
    const dialogOptions: Electron.OpenDialogOptions = {
      title: request.title,
      buttonLabel: 'Export Here',
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
