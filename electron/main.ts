// The Electron entry: one instance, the library opened before the window, the page served from
// app://dateline/, and no window closed or app quit before the page has saved its last edit.
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import Store from 'electron-store';
import { COMMAND_CHANNEL } from '../shared/api/channels';
import { createDispatch, createHandlers } from './services/api-handlers';
import { holdYoungGeneration } from './services/young-generation';
import { DeskClient } from './services/desk-client';
import { safeCredentialStore } from './desk-credential-safe';
import { Library } from './services/library';
import { defaultLibraryDir } from './services/paths';
import {
  openSettings,
  SETTINGS_FILE_NAME,
  storeOptions,
  type Settings,
  type SettingsService,
} from './services/settings';
import { APP_ENTRY_URL } from './app-url';
import { libraryArgument } from './command-line';
import { exportTargetChooser } from './export-dialogs';
import { hostLocale, hostWords, type HostWords } from './i18n/host-words';
import { registerIpc, requestFlush } from './ipc';
import { installMenu } from './menu';
import { installPermissionHandlers } from './permissions';
import { registerAppScheme, serveRenderer } from './protocol';
import { reloadAfterCrash } from './crash-recovery';
import { askBeforeClosingUnsaved } from './unsaved-close';
import { createMainWindow } from './window';

/** How long closing waits for the page to save before giving up on it. */
const FLUSH_TIMEOUT_MS = 5000;

let settings: SettingsService | undefined;
let library: Library | undefined;
let mainWindow: BrowserWindow | null = null;
/** Windows whose page has saved for the last time, so their next 'close' goes through. */
const flushedWindows = new WeakSet<BrowserWindow>();
const flushingWindows = new WeakSet<BrowserWindow>();
let quitRequested = false;
let readyToQuit = false;

// Tests and portable setups bring their own folder; it must be set before anything reads it,
// the single-instance lock included.
if (process.env.DATELINE_USER_DATA) {
  app.setPath('userData', path.resolve(process.env.DATELINE_USER_DATA));
}
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', flushBeforeQuit);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (library && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) =>
      failToStart(words()('start.failedBecause', { reason: describe(error) })),
    );
}

async function start(): Promise<void> {
  holdYoungGeneration();
  const userData = app.getPath('userData');
  const openedSettings = openSettings(
    () => new Store<Record<string, unknown>>(storeOptions(userData)),
    path.join(userData, `${SETTINGS_FILE_NAME}.json`),
  );
  settings = openedSettings;
  const libraryPath =
    libraryArgument(process.argv) ?? openedSettings.get().libraryPath ?? defaultLibraryDir();
  try {
    library = await Library.open(libraryPath);
  } catch (error) {
    failToStart(words()('start.libraryFailed', { path: libraryPath, reason: describe(error) }));
    return;
  }

  const currentLibrary = () => {
    if (!library) throw new Error('The library is not open.');
    return library;
  };
  registerIpc(
    createDispatch(
      createHandlers({
        library: currentLibrary,
        appInfo: () => ({
          host: 'electron',
          libraryPath: currentLibrary().root,
          notices: [...openedSettings.notices],
        }),
        settings: openedSettings,
        desk: new DeskClient(safeCredentialStore(userData)),
        chooseExportTarget: exportTargetChooser({
          window: () => mainWindow,
          lastFolder: () => settings?.get().lastExportFolder,
          rememberFolder: (folder) => saveSettings({ lastExportFolder: folder }),
          words,
        }),
        // The menu follows a change of interface language at once, like the page.
        onPreferencesChange: () => installAppMenu(),
      }),
    ),
  );
  installPermissionHandlers(session.defaultSession);
  serveRenderer();
  installAppMenu();
  openMainWindow();
}

/** The host's words in the interface's language: the Settings choice, else the system's. */
function words(): HostWords {
  return hostWords(hostLocale(settings?.get().interfaceLanguage, app.getLocale()));
}

function installAppMenu(): void {
  installMenu({
    isDev: !app.isPackaged,
    platform: process.platform,
    send: (command) => mainWindow?.webContents.send(COMMAND_CHANNEL, command),
    openLibrary: () => {
      chooseLibraryFolder().catch((error: unknown) =>
        dialog.showErrorBox(words()('library.openFailed'), describe(error)),
      );
    },
    words: words(),
  });
}

function openMainWindow(): BrowserWindow {
  const win = createMainWindow({
    url: APP_ENTRY_URL,
    state: settings?.get().window,
    onStateChange: (window) => saveSettings({ window }),
  });
  reloadAfterCrash(win.webContents);
  askBeforeClosingUnsaved(win, words);
  win.on('close', (event) => {
    if (flushedWindows.has(win)) return;
    event.preventDefault();
    if (flushingWindows.has(win)) return;
    flushingWindows.add(win);
    void requestFlush(win, FLUSH_TIMEOUT_MS).then(() => {
      flushedWindows.add(win);
      if (!win.isDestroyed()) win.close();
    });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

function flushBeforeQuit(event: Electron.Event): void {
  if (readyToQuit) return;
  event.preventDefault();
  if (quitRequested) return;
  quitRequested = true;
  const windows = BrowserWindow.getAllWindows().filter((win) => !flushedWindows.has(win));
  void Promise.all(windows.map((win) => requestFlush(win, FLUSH_TIMEOUT_MS)))
    .then(() => library?.close())
    .catch(() => undefined)
    .then(() => {
      for (const win of windows) flushedWindows.add(win);
      readyToQuit = true;
      app.quit();
    });
}

function focusMainWindow(): void {
  const win = mainWindow;
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

async function chooseLibraryFolder(): Promise<void> {
  const win = mainWindow;
  const options: Electron.OpenDialogOptions = {
    title: words()('library.openTitle'),
    buttonLabel: words()('library.openButton'),
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  const folder = result.filePaths[0];
  if (result.canceled || !folder) return;
  // The page saves its open article into the library it came from before the switch.
  if (win) await requestFlush(win, FLUSH_TIMEOUT_MS);
  let next: Library;
  try {
    next = await Library.open(folder);
  } catch (error) {
    dialog.showErrorBox(
      words()('library.openFailed'),
      words()('library.stillOpen', { reason: describe(error) }),
    );
    return;
  }
  library = next;
  saveSettings({ libraryPath: next.root });
  if (win && !win.isDestroyed()) win.webContents.reload();
}

function saveSettings(change: Partial<Settings>): void {
  try {
    settings?.update(change);
  } catch (error) {
    // Losing a window size or a remembered folder is not worth interrupting the writer for.
    console.error('Could not save settings:', error);
  }
}

function failToStart(message: string): void {
  dialog.showErrorBox(words()('start.failed'), message);
  app.exit(1);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
