import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostWords } from './i18n/host-words';
import { installMenu, menuTemplate, type MenuOptions } from './menu';
import { Menu, resetElectronMock } from '../test-support/electron/electron-mock';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    isDev: false,
    platform: 'linux',
    send: vi.fn(),
    openLibrary: vi.fn(),
    words: hostWords('en'),
    ...overrides,
  };
}

function submenu(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string) {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

const click = (entry: MenuItemConstructorOptions) =>
  entry.click?.({} as never, undefined, {} as never);

const roles = (items: MenuItemConstructorOptions[]) =>
  items.map((entry) => entry.role ?? entry.type);

beforeEach(() => {
  resetElectronMock();
});

describe('menuTemplate', () => {
  it('has New Article and Save with their shortcuts, sending commands to the page', () => {
    const opts = options();
    const file = submenu(menuTemplate(opts), 'File');

    const newArticle = item(file, 'New Article');
    expect(newArticle.accelerator).toBe('CmdOrCtrl+N');
    click(newArticle);
    expect(opts.send).toHaveBeenLastCalledWith('new-article');

    const save = item(file, 'Save');
    expect(save.accelerator).toBe('CmdOrCtrl+S');
    click(save);
    expect(opts.send).toHaveBeenLastCalledWith('save');
    expect(opts.send).toHaveBeenCalledTimes(2);
  });

  it('has Import… on Ctrl/Cmd+O (Ctrl/Cmd+I is italic), asking the page to import', () => {
    const opts = options();
    const file = submenu(menuTemplate(opts), 'File');
    const entry = item(file, 'Import…');
    expect(entry.accelerator).toBe('CmdOrCtrl+O');
    click(entry);
    expect(opts.send).toHaveBeenCalledExactlyOnceWith('import');
    const accelerators = file.map((entry) => entry.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('has Export… on Ctrl/Cmd+E, asking the page to open its export dialog', () => {
    const opts = options();
    const entry = item(submenu(menuTemplate(opts), 'File'), 'Export…');
    expect(entry.accelerator).toBe('CmdOrCtrl+E');
    click(entry);
    expect(opts.send).toHaveBeenCalledExactlyOnceWith('export');
  });

  it('has Version History, asking the page to show the open article’s History panel', () => {
    const opts = options();
    click(item(submenu(menuTemplate(opts), 'File'), 'Version History'));
    expect(opts.send).toHaveBeenCalledExactlyOnceWith('history');
  });

  it('has Export edition…, asking the page to open the edition dialog', () => {
    const opts = options();
    const file = submenu(menuTemplate(opts), 'File');
    click(item(file, 'Export edition…'));
    expect(opts.send).toHaveBeenCalledExactlyOnceWith('export-edition');
    const labels = file.map((entry) => entry.label).filter(Boolean);
    expect(labels.indexOf('Export edition…')).toBe(labels.indexOf('Export…') + 1);
  });

  it('opens a library folder through the callback and ends the File menu with Quit', () => {
    const opts = options();
    const file = submenu(menuTemplate(opts), 'File');
    click(item(file, 'Open Library Folder…'));
    expect(opts.openLibrary).toHaveBeenCalledOnce();
    expect(opts.send).not.toHaveBeenCalled();
    expect(roles(file).slice(-2)).toEqual(['separator', 'quit']);
  });

  it('has the standard editing roles', () => {
    expect(roles(submenu(menuTemplate(options()), 'Edit'))).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'selectAll',
    ]);
  });

  it('leaves reload and the developer tools out of a packaged build', () => {
    const view = roles(submenu(menuTemplate(options({ isDev: false })), 'View'));
    expect(view).not.toContain('reload');
    expect(view).not.toContain('forceReload');
    expect(view).not.toContain('toggleDevTools');
    expect(view).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(view).toContain('togglefullscreen');
  });

  it('offers reload and the developer tools in development', () => {
    const view = roles(submenu(menuTemplate(options({ isDev: true })), 'View'));
    expect(view).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'togglefullscreen']));
  });

  it('adds the app and window menus on macOS, with Quit in the app menu', () => {
    const template = menuTemplate(options({ platform: 'darwin' }));
    expect(template[0]?.role).toBe('appMenu');
    expect(template.at(-1)?.role).toBe('windowMenu');
    expect(roles(submenu(template, 'File'))).not.toContain('quit');
    expect(roles(submenu(template, 'File'))).toContain('close');
  });

  it('has no app menu elsewhere', () => {
    const template = menuTemplate(options({ platform: 'win32' }));
    expect(template.map((entry) => entry.role).filter(Boolean)).toEqual([]);
  });
});

/** Every label in a template, menus and items, depth first. */
function labels(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((entry) => [
    ...(entry.label ? [entry.label] : []),
    ...(Array.isArray(entry.submenu) ? labels(entry.submenu) : []),
  ]);
}

describe('menuTemplate in Khmer', () => {
  it('labels every menu and item in Khmer, the standard editing roles too', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const template = menuTemplate(options({ words: hostWords('km'), isDev: true, platform }));
      const all = labels(template);
      if (platform === 'darwin') expect(all).toContain('អំពី Dateline');
      expect(all.length).toBeGreaterThan(20);
      for (const label of all) {
        expect(label, label).toMatch(/[\u1780-\u17ff]/u);
        expect(label.replace('Dateline', ''), label).not.toMatch(/[A-Za-z]/);
      }
      const items = template.flatMap((entry) =>
        Array.isArray(entry.submenu) ? entry.submenu : [],
      );
      const unlabelled = items.filter((entry) => entry.role && !entry.label);
      expect(unlabelled.map((entry) => entry.role)).toEqual([]);
    }
  });

  it('keeps the same commands and shortcuts as in English', () => {
    const opts = options({ words: hostWords('km') });
    const file = submenu(menuTemplate(opts), 'ឯកសារ');
    const newArticle = item(file, 'អត្ថបទថ្មី');
    expect(newArticle.accelerator).toBe('CmdOrCtrl+N');
    click(newArticle);
    expect(opts.send).toHaveBeenCalledExactlyOnceWith('new-article');
  });
});

describe('installMenu', () => {
  it('sets the built template as the application menu', () => {
    installMenu(options());
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const installed = Menu.applicationMenu?.template as MenuItemConstructorOptions[];
    expect(installed.map((entry) => entry.label)).toEqual(['&File', '&Edit', '&View']);
  });
});
