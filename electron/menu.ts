// The application menu, in the interface's language. The template is built by a pure function so
// tests can read it; it is built again when the language changes.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../shared/api/channels';
import type { HostWords } from './i18n/host-words';

export interface MenuOptions {
  /** Development builds get reload and the developer tools; packaged builds do not. */
  isDev: boolean;
  platform: NodeJS.Platform;
  send: (command: HostCommand) => void;
  openLibrary: () => void;
  /** The menu's words, in the interface's language. */
  words: HostWords;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const w = options.words;
  const file: MenuItemConstructorOptions = {
    label: w('menu.file'),
    submenu: [
      {
        label: w('menu.newArticle'),
        accelerator: 'CmdOrCtrl+N',
        click: () => options.send('new-article'),
      },
      // Ctrl/Cmd+I is italic in the editor, so importing takes the usual Open shortcut.
      { label: w('menu.import'), accelerator: 'CmdOrCtrl+O', click: () => options.send('import') },
      { label: w('menu.export'), accelerator: 'CmdOrCtrl+E', click: () => options.send('export') },
      { label: w('menu.exportEdition'), click: () => options.send('export-edition') },
      { label: w('menu.save'), accelerator: 'CmdOrCtrl+S', click: () => options.send('save') },
      { label: w('menu.history'), click: () => options.send('history') },
      { label: w('menu.openLibrary'), click: () => options.openLibrary() },
      { type: 'separator' },
      // On macOS quitting lives in the app menu; the File menu closes the window instead.
      isMac ? { role: 'close', label: w('menu.close') } : { role: 'quit', label: w('menu.quit') },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: w('menu.edit'),
    submenu: [
      { role: 'undo', label: w('menu.undo') },
      { role: 'redo', label: w('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: w('menu.cut') },
      { role: 'copy', label: w('menu.copy') },
      { role: 'paste', label: w('menu.paste') },
      { role: 'pasteAndMatchStyle', label: w('menu.pasteAndMatchStyle') },
      { role: 'selectAll', label: w('menu.selectAll') },
    ],
  };
  const developer: MenuItemConstructorOptions[] = options.isDev
    ? [
        { role: 'reload', label: w('menu.reload') },
        { role: 'toggleDevTools', label: w('menu.devTools') },
        { type: 'separator' },
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: w('menu.view'),
    submenu: [
      ...developer,
      { role: 'resetZoom', label: w('menu.resetZoom') },
      { role: 'zoomIn', label: w('menu.zoomIn') },
      { role: 'zoomOut', label: w('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: w('menu.fullScreen') },
    ],
  };
  if (!isMac) return [file, edit, view];
  // macOS's own menus, spelled out so their items speak the interface's language too.
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about', label: w('menu.about') },
      { type: 'separator' },
      { role: 'services', label: w('menu.services') },
      { type: 'separator' },
      { role: 'hide', label: w('menu.hide') },
      { role: 'hideOthers', label: w('menu.hideOthers') },
      { role: 'unhide', label: w('menu.showAll') },
      { type: 'separator' },
      { role: 'quit', label: w('menu.quit') },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: w('menu.window'),
    submenu: [
      { role: 'minimize', label: w('menu.minimize') },
      { role: 'zoom', label: w('menu.zoom') },
      { type: 'separator' },
      { role: 'front', label: w('menu.front') },
    ],
  };
  return [appMenu, file, edit, view, windowMenu];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
