// The application menu. The template is built by a pure function so tests can read it.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../shared/api/channels';

export interface MenuOptions {
  /** Development builds get reload and the developer tools; packaged builds do not. */
  isDev: boolean;
  platform: NodeJS.Platform;
  send: (command: HostCommand) => void;
  openLibrary: () => void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'New Article',
        accelerator: 'CmdOrCtrl+N',
        click: () => options.send('new-article'),
      },
      // Ctrl/Cmd+I is italic in the editor, so importing takes the usual Open shortcut.
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => options.send('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => options.send('export') },
      { label: 'Export edition…', click: () => options.send('export-edition') },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => options.send('save') },
      { label: 'Version History', click: () => options.send('history') },
      { label: 'Open Library Folder…', click: () => options.openLibrary() },
      { type: 'separator' },
      // On macOS quitting lives in the app menu; the File menu closes the window instead.
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'selectAll' },
    ],
  };
  const developer: MenuItemConstructorOptions[] = options.isDev
    ? [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  if (!isMac) return [file, edit, view];
  return [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu' }];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
