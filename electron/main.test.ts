import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL, FLUSHED_CHANNEL, ipcChannel } from '../shared/api/channels';
import { methodNames } from '../shared/api/contract';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  resetElectronMock,
  session,
} from '../test-support/electron/electron-mock';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));
vi.mock('electron-store', () => import('../test-support/electron/electron-store-mock'));

type MockWindow = InstanceType<typeof BrowserWindow>;

const originalArgv = process.argv;
let base: string;
let userData: string;

beforeAll(async () => {
  // Resolve the mock once before any module reset, so main.ts and this file share one instance.
  await import('electron');
});

beforeEach(async () => {
  resetElectronMock();
  vi.resetModules();
  base = await mkdtemp(path.join(os.tmpdir(), 'dateline-main-'));
  userData = path.join(base, 'user-data');
  vi.stubEnv('DATELINE_USER_DATA', userData);
});

afterEach(async () => {
  process.argv = originalArgv;
  vi.unstubAllEnvs();
  await rm(base, { recursive: true, force: true });
});

/** Loads main.ts as Electron would, then makes the app ready and waits for the window. */
async function startApp(args: string[] = []): Promise<MockWindow> {
  process.argv = [...originalArgv.slice(0, 1), '.', ...args];
  await import('./main');
  app.emitReady();
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  return BrowserWindow.instances[0] as MockWindow;
}

function lastFlushRequest(win: MockWindow): string {
  const call = win.webContents.send.mock.calls.findLast(
    ([channel, command]) => channel === COMMAND_CHANNEL && command === 'flush',
  );
  if (!call) throw new Error('no flush was requested');
  return call[2] as string;
}

function answerFlush(win: MockWindow): void {
  ipcMain.emit(FLUSHED_CHANNEL, { sender: win.webContents }, lastFlushRequest(win));
}

function invoke(win: MockWindow, method: string, input: unknown = {}) {
  const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  return ipcMain.invoke(`dateline:${method}`, event, input) as Promise<{
    ok: boolean;
    value?: unknown;
  }>;
}

function fileMenuItem(label: string): MenuItemConstructorOptions {
  const template = Menu.applicationMenu?.template as MenuItemConstructorOptions[];
  const file = template.find((entry) => entry.label === '&File')?.submenu;
  const found = Array.isArray(file) ? file.find((entry) => entry.label === label) : undefined;
  if (!found) throw new Error(`no File menu item ${label}`);
  return found;
}

const readSettings = async () =>
  JSON.parse(await readFile(path.join(userData, 'config.json'), 'utf8')) as Record<string, unknown>;

/** The application menu's top-level labels and the File menu's, as installed. */
function menuLabels(): string[] {
  const template = Menu.applicationMenu?.template as MenuItemConstructorOptions[];
  return template.flatMap((entry) => [
    entry.label ?? '',
    ...(Array.isArray(entry.submenu) ? entry.submenu.map((item) => item.label ?? '') : []),
  ]);
}

describe('the interface language', () => {
  it('labels the menu in Khmer when Khmer is chosen in Settings, and again when it changes', async () => {
    await mkdir(userData, { recursive: true });
    await writeFile(
      path.join(userData, 'config.json'),
      JSON.stringify({ interfaceLanguage: 'km' }),
    );
    const win = await startApp(['--library', path.join(base, 'news')]);
    expect(menuLabels()).toEqual(expect.arrayContaining(['ឯកសារ', 'អត្ថបទថ្មី', 'រក្សាទុក']));
    expect(menuLabels().filter((label) => /[A-Za-z]/.test(label.replace('Dateline', '')))).toEqual(
      [],
    );

    expect(await invoke(win, 'updatePreferences', { interfaceLanguage: 'en' })).toMatchObject({
      ok: true,
    });
    expect(menuLabels()).toEqual(expect.arrayContaining(['&File', 'New Article', 'Save']));
  });

  it('follows the system’s language when none is chosen', async () => {
    app.locale = 'km-KH';
    await startApp(['--library', path.join(base, 'news')]);
    expect(menuLabels()).toContain('ឯកសារ');
  });
});

describe('starting', () => {
  it('uses DATELINE_USER_DATA and registers the app scheme before the app is ready', async () => {
    await import('./main');
    expect(app.getPath('userData')).toBe(userData);
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('quits at once when another instance already runs', async () => {
    app.hasSingleInstanceLock = false;
    await import('./main');
    expect(app.quit).toHaveBeenCalled();
    app.emitReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('opens the library named on the command line and wires everything before the window', async () => {
    const libraryPath = path.join(base, 'news');
    const win = await startApp(['--library', libraryPath]);

    expect((await stat(path.join(libraryPath, 'articles'))).isDirectory()).toBe(true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
    expect(session.defaultSession.requestHandler).not.toBeNull();
    expect(session.defaultSession.checkHandler).not.toBeNull();
    expect(protocol.handlers.has('app')).toBe(true);
    expect(Menu.applicationMenu).not.toBeNull();
    expect(win.loadURL).toHaveBeenCalledWith('app://dateline/index.html');

    expect(await invoke(win, 'getAppInfo')).toEqual({
      ok: true,
      value: { host: 'electron', libraryPath, notices: [] },
    });
    const listing = (await invoke(win, 'listArticles')) as { value: { articles: unknown[] } };
    expect(listing.value.articles).toHaveLength(1);
  });

  it('falls back to the library path kept in the settings', async () => {
    const libraryPath = path.join(base, 'kept');
    await mkdir(userData, { recursive: true });
    await writeFile(path.join(userData, 'config.json'), JSON.stringify({ libraryPath }));
    const win = await startApp();
    expect(await invoke(win, 'getAppInfo')).toMatchObject({ value: { libraryPath } });
  });

  it('says so in plain words and exits when the library cannot be opened', async () => {
    const notAFolder = path.join(base, 'file.txt');
    await writeFile(notAFolder, 'not a folder');
    process.argv = [...originalArgv.slice(0, 1), '.', '--library', notAFolder];
    await import('./main');
    app.emitReady();
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
    const [, message] = dialog.showErrorBox.mock.calls[0] ?? [];
    expect(message).toContain(`could not open the library folder ${notAFolder}`);
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('loads the page again when its renderer crashes', async () => {
    const win = await startApp(['--library', path.join(base, 'news')]);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('asks before closing a page that holds unsaved changes', async () => {
    const win = await startApp(['--library', path.join(base, 'news')]);
    win.webContents.dispatch('will-prevent-unload');
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const win = await startApp(['--library', path.join(base, 'news')]);
    win.minimized = true;
    app.emit('second-instance', {}, [], base);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});

describe('closing', () => {
  it('lets the page save before the window closes, then keeps its size', async () => {
    const win = await startApp(['--library', path.join(base, 'news')]);
    win.bounds = { x: 40, y: 30, width: 1111, height: 777 };

    win.close();
    expect(win.isDestroyed()).toBe(false);
    expect(lastFlushRequest(win)).toEqual(expect.any(String));

    answerFlush(win);
    await vi.waitFor(() => expect(win.isDestroyed()).toBe(true));
    expect(await readSettings()).toMatchObject({
      window: { x: 40, y: 30, width: 1111, height: 777, maximized: false },
    });
  });

  it('closes anyway when the page never answers', async () => {
    const win = await startApp(['--library', path.join(base, 'news')]);
    vi.useFakeTimers();
    try {
      win.close();
      await vi.advanceTimersByTimeAsync(5000);
      expect(win.isDestroyed()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits for the page to save before quitting', async () => {
    const win = await startApp(['--library', path.join(base, 'news')]);
    app.quit();
    expect(app.quitting).toBe(false);
    expect(win.isDestroyed()).toBe(false);

    answerFlush(win);
    await vi.waitFor(() => expect(app.quitting).toBe(true));
    expect(win.isDestroyed()).toBe(true);
  });
});

describe('Open Library Folder…', () => {
  it('saves the open article, switches library, remembers it and reloads the page', async () => {
    const win = await startApp();
    const next = path.join(base, 'other-library');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [next] });

    fileMenuItem('Open Library Folder…').click?.({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(lastFlushRequest(win)).toEqual(expect.any(String)));
    expect(win.webContents.reload).not.toHaveBeenCalled();
    answerFlush(win);

    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(await invoke(win, 'getAppInfo')).toMatchObject({ value: { libraryPath: next } });
    expect(await readSettings()).toMatchObject({ libraryPath: next });
  });

  it('keeps the current library when the dialog is cancelled', async () => {
    const libraryPath = path.join(base, 'news');
    const win = await startApp(['--library', libraryPath]);
    fileMenuItem('Open Library Folder…').click?.({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(dialog.showOpenDialog).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(win.webContents.reload).not.toHaveBeenCalled();
    expect(await invoke(win, 'getAppInfo')).toMatchObject({ value: { libraryPath } });
  });
});

describe('menu commands', () => {
  it('sends New Article and Save to the page', async () => {
    const win = await startApp(['--library', path.join(base, 'news')]);
    fileMenuItem('New Article').click?.({} as never, undefined, {} as never);
    fileMenuItem('Save').click?.({} as never, undefined, {} as never);
    expect(win.webContents.send.mock.calls).toEqual([
      [COMMAND_CHANNEL, 'new-article'],
      [COMMAND_CHANNEL, 'save'],
    ]);
  });
});

describe('export', () => {
  it('saves an export where the save dialog says, and opens the next dialog in that folder', async () => {
    const win = await startApp(['--library', path.join(base, 'news')]);
    const listing = (await invoke(win, 'listArticles')) as {
      value: { articles: { id: string }[] };
    };
    const id = listing.value.articles[0]!.id;
    const target = path.join(base, 'exports', 'sample.txt');
    await mkdir(path.dirname(target), { recursive: true });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const saved = await invoke(win, 'exportArticle', { id, format: 'text', override: true });
    expect(saved).toEqual({ ok: true, value: { kind: 'saved', path: target } });
    expect(await readFile(target, 'utf8')).toContain('Battambang Rice Farmers');
    expect(await readSettings()).toMatchObject({ lastExportFolder: path.dirname(target) });

    const cancelled = await invoke(win, 'exportArticle', { id, format: 'page', override: true });
    expect(cancelled).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(dialog.showSaveDialog.mock.calls[1]?.[1]).toMatchObject({
      defaultPath: path.join(
        path.dirname(target),
        'battambang-rice-farmers-share-solar-pumps-to-beat-a-longer-dry-season.html',
      ),
      filters: [{ name: 'Web page', extensions: ['html'] }],
    });
  });

  it('exports an edition into the folder the folder dialog chose, and opens there next time', async () => {
    const win = await startApp(['--library', path.join(base, 'news')]);
    const listing = (await invoke(win, 'listArticles')) as {
      value: { articles: { id: string }[] };
    };
    const ids = [listing.value.articles[0]!.id];
    expect(await invoke(win, 'startEdition', { ids, override: true })).toEqual({
      ok: true,
      value: { state: 'not-started' },
    });
    expect(dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      title: 'Export edition',
      defaultPath: '/nonexistent/documents',
      properties: ['openDirectory', 'createDirectory'],
    });

    const folder = path.join(base, 'site');
    await mkdir(folder);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const started = (await invoke(win, 'startEdition', { ids, override: true })) as {
      value: { jobId: string; folder: string };
    };
    expect(started.value.folder).toBe(folder);
    await vi.waitFor(async () => {
      const progress = (await invoke(win, 'editionProgress', { jobId: started.value.jobId })) as {
        value: { state: string };
      };
      expect(progress.value.state).toBe('done');
    });
    expect((await stat(path.join(folder, 'index.html'))).isFile()).toBe(true);
    expect(await readSettings()).toMatchObject({ lastExportFolder: folder });

    await invoke(win, 'startEdition', { ids, override: true });
    expect(dialog.showOpenDialog.mock.calls[2]?.[1]).toMatchObject({ defaultPath: folder });
  });
});
