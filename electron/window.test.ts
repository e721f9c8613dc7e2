import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../shared/api/contract';
import {
  BrowserWindow,
  mockEvent,
  resetElectronMock,
  screen,
  shell,
} from '../test-support/electron/electron-mock';
import { createMainWindow } from './window';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

const url = 'app://dateline/index.html';

function lastWindow() {
  const win = BrowserWindow.instances.at(-1);
  if (!win) throw new Error('no window was created');
  return win;
}

beforeEach(() => {
  resetElectronMock();
});

describe('createMainWindow', () => {
  it('sets every security option explicitly, with the preload beside main.cjs', () => {
    createMainWindow({ url, preloadPath: '/app/dist-electron/preload.cjs' });
    expect(lastWindow().options.webPreferences).toEqual({
      preload: '/app/dist-electron/preload.cjs',
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
      additionalArguments: [`--dateline-methods=${methodNames.join(',')}`],
    });
  });

  it('defaults the preload to preload.cjs in the folder of the running main script', () => {
    createMainWindow({ url });
    const { preload } = lastWindow().options.webPreferences as { preload: string };
    expect(preload).toBe(path.join(__dirname, 'preload.cjs'));
  });

  it('shows the app icon from assets/, a 512 px PNG that exists', () => {
    createMainWindow({ url });
    const icon = lastWindow().options.icon as string;
    expect(icon).toBe(path.resolve(__dirname, '..', 'assets', 'icons', '512x512.png'));
    const png = readFileSync(icon);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('loads the given URL and shows the window only once it is ready to show', () => {
    const win = createMainWindow({ url }) as unknown as ReturnType<typeof lastWindow>;
    expect(win.loadURL).toHaveBeenCalledWith(url);
    expect(lastWindow().options.show).toBe(false);
    expect(win.isVisible()).toBe(false);
    win.emit('ready-to-show');
    expect(win.isVisible()).toBe(true);
  });

  it('keeps navigation and redirects on the app origin', () => {
    createMainWindow({ url });
    const contents = lastWindow().webContents;
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(contents.dispatch(event, 'https://evil.example/').defaultPrevented).toBe(true);
      expect(contents.dispatch(event, 'file:///etc/passwd').defaultPrevented).toBe(true);
      expect(contents.dispatch(event, 'app://elsewhere/index.html').defaultPrevented).toBe(true);
      expect(contents.dispatch(event, 'app://dateline/index.html').defaultPrevented).toBe(false);
    }
  });

  it('keeps every frame, the preview frame included, on the app origin', () => {
    createMainWindow({ url });
    const contents = lastWindow().webContents;
    const navigate = (target: string, isMainFrame: boolean) => {
      const details = Object.assign(mockEvent(), { url: target, isMainFrame });
      contents.emit('will-frame-navigate', details);
      return details.defaultPrevented;
    };
    for (const isMainFrame of [false, true]) {
      expect(navigate('https://evil.example/', isMainFrame)).toBe(true);
      expect(navigate('javascript:alert(1)', isMainFrame)).toBe(true);
      expect(navigate('file:///etc/passwd', isMainFrame)).toBe(true);
      expect(navigate('data:text/html,<script>alert(1)</script>', isMainFrame)).toBe(true);
      expect(navigate('app://dateline/index.html', isMainFrame)).toBe(false);
    }
  });

  it('keeps navigation on the app origin however the address is disguised', () => {
    createMainWindow({ url });
    const contents = lastWindow().webContents;
    for (const disguised of [
      'app://dateline@evil.example/index.html',
      'app://dateline.evil.example/index.html',
      'APP://evil/index.html',
      ' https://evil.example/',
      'javascript:location="app://dateline/"',
      'about:blank',
      'not a url',
    ]) {
      expect(contents.dispatch('will-navigate', disguised).defaultPrevented, disguised).toBe(true);
    }
  });

  it('refuses to attach webviews', () => {
    createMainWindow({ url });
    const event = lastWindow().webContents.dispatch('will-attach-webview', {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every new window and hands only web links to the browser', () => {
    createMainWindow({ url });
    const open = lastWindow().webContents.windowOpenHandler;
    if (!open) throw new Error('no window open handler');

    expect(open({ url: 'https://example.com/story' })).toEqual({ action: 'deny' });
    expect(open({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls).toEqual([
      ['https://example.com/story'],
      ['http://example.com/'],
    ]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals', 'JavaScript:alert(1)'],
    ['javascript: split by a tab', 'java\tscript:alert(1)'],
    ['javascript: after spaces', '   javascript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a Windows file path', 'C:\\Windows\\System32\\calc.exe'],
    ['a UNC path', '\\\\server\\share\\run.exe'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:https://example.com/1b2c'],
    ['mailto:', 'mailto:desk@example.com'],
    ['smb:', 'smb://server/share'],
    ['ms-settings:', 'ms-settings:privacy'],
    ['a custom scheme', 'dateline-helper://run?cmd=rm'],
    ['our own scheme', 'app://dateline/index.html'],
    ['credentials before the host', 'https://news.example.com@evil.example/login'],
    ['a password', 'https://user:secret@example.com/'],
    ['http with no host', 'https://'],
    ['a relative path', '/index.html'],
    ['a malformed address', 'https://exa mple.com/'],
    ['a NUL in the host', 'https://example.com\0.evil/'],
    ['not a URL', 'not a url'],
    ['nothing', ''],
  ])('never hands %s to the operating system', (_what, unsafe) => {
    createMainWindow({ url });
    const open = lastWindow().webContents.windowOpenHandler;
    if (!open) throw new Error('no window open handler');
    expect(open({ url: unsafe })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('hands the browser the parsed address, not the spelling it was given', () => {
    createMainWindow({ url });
    const open = lastWindow().webContents.windowOpenHandler;
    if (!open) throw new Error('no window open handler');
    open({ url: '  HTTPS://Example.COM/a b?q="x"\n' });
    open({ url: 'https://exa\tmple.com/story' });
    expect(shell.openExternal.mock.calls).toEqual([
      ['https://example.com/a%20b?q=%22x%22'],
      ['https://example.com/story'],
    ]);
  });

  it('opens with the saved size and position and maximizes if it was maximized', () => {
    createMainWindow({ url, state: { width: 1000, height: 700, x: 50, y: 60, maximized: true } });
    const win = lastWindow();
    expect(win.options).toMatchObject({ width: 1000, height: 700, x: 50, y: 60 });
    expect(win.isMaximized()).toBe(true);
  });

  it('drops a saved position that no display shows any more', () => {
    screen.getAllDisplays.mockReturnValue([{ workArea: { x: 0, y: 0, width: 1280, height: 800 } }]);
    createMainWindow({ url, state: { width: 1000, height: 700, x: 3000, y: 60 } });
    const { options } = lastWindow();
    expect(options).toMatchObject({ width: 1000, height: 700 });
    expect(options.x).toBeUndefined();
    expect(options.y).toBeUndefined();
  });

  it('reports its size and position in whole pixels when it closes', () => {
    const onStateChange = vi.fn();
    createMainWindow({ url, onStateChange });
    const win = lastWindow();
    win.bounds = { x: 10.4, y: 20.6, width: 900, height: 650.5 };
    win.close();
    expect(onStateChange).toHaveBeenCalledWith({
      x: 10,
      y: 21,
      width: 900,
      height: 651,
      maximized: false,
    });
  });
});
