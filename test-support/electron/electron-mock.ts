// Hand-written stand-ins for the parts of 'electron' the host uses. They record what the code asks
// of Electron (window options, handlers, registrations) so tests can assert on it; use them with
// `vi.mock('electron', () => import('../test-support/electron/electron-mock'))` and call `resetElectronMock()`.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { MockBrowserWindow, mockEvent } from './mock-window';

export { MockBrowserWindow, MockWebContents, MockWebFrame, mockEvent } from './mock-window';
export type { MockBounds, MockEvent } from './mock-window';

type Handler = (...args: never[]) => unknown;

class MockApp extends EventEmitter {
  isPackaged = false;
  readonly name = 'Dateline';
  readonly paths = new Map<string, string>();
  hasSingleInstanceLock = true;
  quitting = false;
  private ready = false;
  private readyWaiters: (() => void)[] = [];

  constructor() {
    super();
    this.reset();
  }

  readonly requestSingleInstanceLock = vi.fn(() => this.hasSingleInstanceLock);
  readonly enableSandbox = vi.fn();
  readonly exit = vi.fn();
  readonly focus = vi.fn();
  /** Like Electron: a preventable 'before-quit', then every window closes; any refusal cancels. */
  readonly quit = vi.fn(() => {
    const event = mockEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    for (const win of MockBrowserWindow.getAllWindows()) win.close();
    if (MockBrowserWindow.getAllWindows().length > 0) return;
    this.quitting = true;
    this.emit('will-quit', mockEvent());
  });

  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`Failed to get '${name}' path`);
    return value;
  }

  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }

  getVersion(): string {
    return '0.1.0';
  }

  /** The system's language as Electron reports it; tests set `locale` to play another system. */
  locale = 'en-US';

  getLocale(): string {
    return this.locale;
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** What Electron does once Chromium has started; tests call it when they want the app ready. */
  emitReady(): void {
    this.ready = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
    this.emit('ready');
  }

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.hasSingleInstanceLock = true;
    this.quitting = false;
    this.locale = 'en-US';
    this.ready = false;
    this.readyWaiters = [];
    this.paths.clear();
    this.paths.set('userData', '/nonexistent/dateline-user-data');
    this.paths.set('documents', '/nonexistent/documents');
  }
}

class MockIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>();

  handle(channel: string, handler: Handler): void {
    // Electron refuses a second handler on one channel; so does the stand-in.
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Calls the handler for `channel` as ipcRenderer.invoke would reach it. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel) as ((...args: unknown[]) => unknown) | undefined;
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }

  reset(): void {
    this.removeAllListeners();
    this.handlers.clear();
  }
}

class MockIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
  readonly send = vi.fn();
}

export const app = new MockApp();
export const ipcMain = new MockIpcMain();
export const ipcRenderer = new MockIpcRenderer();
export const BrowserWindow = MockBrowserWindow;

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: { requestingUrl?: string; isMainFrame: boolean },
) => boolean;
type DevicePermissionHandler = (details: unknown) => boolean;

class MockSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  deviceHandler: DevicePermissionHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }

  setDevicePermissionHandler(handler: DevicePermissionHandler | null): void {
    this.deviceHandler = handler;
  }
}

export const session = { defaultSession: new MockSession() };

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
    // Electron throws here once the app is ready; registering late is a real bug to catch.
    if (app.isReady()) throw new Error('registerSchemesAsPrivileged must be called before ready');
    protocol.privileged.push(...schemes);
  }),
  handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    protocol.handlers.set(scheme, handler);
  }),
};

export const Menu = {
  applicationMenu: null as { template: unknown[] } | null,
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => {
    Menu.applicationMenu = menu;
  }),
};

export const dialog = {
  showOpenDialog: vi.fn(
    async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({
      canceled: true,
      filePaths: [],
    }),
  ),
  showSaveDialog: vi.fn(
    async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({
      canceled: true,
    }),
  ),
  showErrorBox: vi.fn((_title: string, _content: string) => undefined),
  /** Answers the index of the button chosen; 0 unless a test says otherwise. */
  showMessageBoxSync: vi.fn((..._args: unknown[]): number => 0),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};

/**
 * A stand-in keychain: "encrypts" by a reversible scramble with a marker, so tests can tell the
 * file holds no plain text and that decrypting gives the text back.
 */
export const safeStorage = {
  available: true,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  encryptString: vi.fn((text: string) =>
    Buffer.concat([Buffer.from('mock-keychain:'), Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)]),
  ),
  decryptString: vi.fn((bytes: Buffer) => {
    const marker = Buffer.from('mock-keychain:');
    if (!bytes.subarray(0, marker.length).equals(marker)) throw new Error('Error while decrypting');
    return Buffer.from(bytes.subarray(marker.length).map((b) => b ^ 0x5a)).toString('utf8');
  }),
};

/** Clears every recording, so each test starts from a fresh, not-yet-ready app. */
export function resetElectronMock(): void {
  app.reset();
  ipcMain.reset();
  ipcRenderer.removeAllListeners();
  MockBrowserWindow.instances = [];
  contextBridge.exposed.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  Menu.applicationMenu = null;
  const defaultSession = session.defaultSession;
  defaultSession.requestHandler = null;
  defaultSession.checkHandler = null;
  defaultSession.deviceHandler = null;
  safeStorage.available = true;
  for (const spy of [
    app.requestSingleInstanceLock,
    app.enableSandbox,
    app.exit,
    app.focus,
    app.quit,
    ipcRenderer.invoke,
    ipcRenderer.send,
    contextBridge.exposeInMainWorld,
    shell.openExternal,
    protocol.registerSchemesAsPrivileged,
    protocol.handle,
    Menu.buildFromTemplate,
    Menu.setApplicationMenu,
    dialog.showOpenDialog,
    dialog.showSaveDialog,
    dialog.showErrorBox,
    dialog.showMessageBoxSync,
    screen.getAllDisplays,
  ]) {
    spy.mockReset();
  }
}

// electron-store reaches Electron through its default export.
export default {
  app,
  ipcMain,
  ipcRenderer,
  BrowserWindow,
  contextBridge,
  shell,
  session,
  protocol,
  Menu,
  dialog,
  screen,
  safeStorage,
};
