// The one BrowserWindow factory. Every security setting lives here and is set explicitly, even
// where Electron's default is already safe, so a reader never has to know the defaults.
import path from 'node:path';
import { BrowserWindow, screen, shell, type Rectangle } from 'electron';
import type { WindowState } from './services/settings';
import { methodsArgument } from '../shared/api/channels';
import { methodNames } from '../shared/api/contract';
import { isAppUrl } from './app-url';

export interface MainWindowOptions {
  /** What the window loads: the renderer on the app's own origin. */
  url: string;
  /** The size and position saved last time, if any. */
  state?: WindowState;
  /** Called with the size and position to remember when the window closes. */
  onStateChange?: (state: WindowState) => void;
  /** Defaults to preload.cjs beside the bundled main.cjs. */
  preloadPath?: string;
}

/** The window's icon on Linux and Windows (macOS takes the app bundle's), from assets/. */
export const WINDOW_ICON = path.join(__dirname, '..', 'assets', 'icons', '512x512.png');

const DEFAULT_SIZE = { width: 1200, height: 800 };

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...restoredBounds(options.state),
    minWidth: 640,
    minHeight: 480,
    title: 'Dateline',
    icon: WINDOW_ICON,
    show: false,
    // Written out here, not built by a helper, so the security scan can read every value.
    webPreferences: {
      preload: options.preloadPath ?? path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
      additionalArguments: [methodsArgument(methodNames)],
    },
  });
  if (options.state?.maximized) win.maximize();

  guardNavigation(win);
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    if (!options.onStateChange || win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    // Scaled displays can report fractions; the saved state holds whole pixels.
    options.onStateChange({
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
      maximized: win.isMaximized(),
    });
  });

  void win.loadURL(options.url);
  return win;
}

function guardNavigation(win: BrowserWindow): void {
  const contents = win.webContents;
  const stayHome = (event: Electron.Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  // will-navigate sees only the top frame; this covers the preview frame and any other subframe.
  contents.on('will-frame-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalWebUrl(url);
    if (external !== null) void shell.openExternal(external);
    return { action: 'deny' };
  });
}

/**
 * The address to hand to the browser, or null: only http(s) pages with a host and no user name or
 * password (which can disguise where a link goes), and always the parsed form, so the OS never
 * sees a spelling the URL parser read differently.
 */
export function externalWebUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** The saved bounds, dropping the position if no display shows the window's title bar any more. */
function restoredBounds(state: WindowState | undefined): Partial<Rectangle> {
  if (!state) return { ...DEFAULT_SIZE };
  const size = { width: state.width, height: state.height };
  if (state.x === undefined || state.y === undefined) return size;
  const bounds = { ...size, x: state.x, y: state.y };
  const visible = screen.getAllDisplays().some(({ workArea }) => overlaps(bounds, workArea));
  return visible ? bounds : size;
}

function overlaps(a: Rectangle, b: Rectangle): boolean {
  // A strip along the top is enough to grab the window and drag it back.
  const titleBar = { ...a, height: Math.min(a.height, 40) };
  return (
    titleBar.x < b.x + b.width &&
    titleBar.x + titleBar.width > b.x &&
    titleBar.y < b.y + b.height &&
    titleBar.y + titleBar.height > b.y
  );
}
