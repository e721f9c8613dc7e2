import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow as ElectronBrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL, FLUSHED_CHANNEL, ipcChannel } from '../shared/api/channels';
import { methodNames } from '../shared/api/contract';
import { registerIpc, requestFlush } from './ipc';
import { createDispatch, createHandlers, type Dispatch } from './services/api-handlers';
import { Library } from './services/library';
import {
  BrowserWindow,
  ipcMain,
  MockWebContents,
  resetElectronMock,
  type MockWebFrame,
} from '../test-support/electron/electron-mock';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

let folder: string;
let library: Library;
let dispatch: ReturnType<typeof vi.fn<Dispatch>>;

async function openWindow(url = 'app://dateline/index.html') {
  const win = new BrowserWindow();
  await win.loadURL(url);
  return win;
}

function eventFrom(sender: MockWebContents, senderFrame: MockWebFrame | null = sender.mainFrame) {
  return { sender, senderFrame };
}

const asWindow = (win: InstanceType<typeof BrowserWindow>) =>
  win as unknown as ElectronBrowserWindow;

beforeEach(async () => {
  resetElectronMock();
  folder = await mkdtemp(path.join(os.tmpdir(), 'dateline-ipc-'));
  library = await Library.open(folder);
  const real = createDispatch(
    createHandlers({
      library: () => library,
      appInfo: () => ({ host: 'electron', libraryPath: library.root, notices: [] }),
    }),
    () => undefined,
  );
  dispatch = vi.fn<Dispatch>(real);
  registerIpc(dispatch);
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(folder, { recursive: true, force: true });
});

describe('registerIpc', () => {
  it('registers exactly one handler per contract method', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
  });

  it('creates an article on disk for a call from our window', async () => {
    const win = await openWindow();
    const result = (await ipcMain.invoke(ipcChannel('createArticle'), eventFrom(win.webContents), {
      fields: { headline: 'Flood waters recede in Phnom Penh' },
    })) as { ok: true; value: { id: string; headline: string } };

    expect(result.ok).toBe(true);
    expect(result.value.headline).toBe('Flood waters recede in Phnom Penh');
    await access(path.join(folder, 'articles', `${result.value.id}.json`));

    const listing = (await ipcMain.invoke(
      ipcChannel('listArticles'),
      eventFrom(win.webContents),
      {},
    )) as { ok: true; value: { articles: { id: string }[] } };
    expect(listing.value.articles.map((article) => article.id)).toContain(result.value.id);
  });

  it.each([
    ['a page that is not one of our windows', async () => eventFrom(new MockWebContents())],
    [
      'a subframe of our window',
      async () => {
        const win = await openWindow();
        return eventFrom(win.webContents, win.webContents.subframe('app://dateline/index.html'));
      },
    ],
    [
      'our window after it navigated elsewhere',
      async () => eventFrom((await openWindow('https://evil.example/')).webContents),
    ],
    ['a frame that is already gone', async () => eventFrom((await openWindow()).webContents, null)],
  ])('refuses %s and reaches no service', async (_what, makeEvent) => {
    const event = await makeEvent();
    const result = await ipcMain.invoke(ipcChannel('createArticle'), event, { fields: {} });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('Dateline window') },
    });
    expect(dispatch).not.toHaveBeenCalled();
    expect((await library.list()).articles).toHaveLength(1);
  });

  describe.each(methodNames)('%s', (method) => {
    const foreignSenders: [string, () => Promise<ReturnType<typeof eventFrom>>][] = [
      ['another webContents', async () => eventFrom(new MockWebContents())],
      [
        'a subframe of our window',
        async () => {
          const win = await openWindow();
          return eventFrom(win.webContents, win.webContents.subframe('app://dateline/index.html'));
        },
      ],
      [
        'our window showing a web page',
        async () => eventFrom((await openWindow('https://evil.example/')).webContents),
      ],
      [
        'our window showing a file',
        async () => eventFrom((await openWindow('file:///tmp/page.html')).webContents),
      ],
      [
        'our window on another app host',
        async () => eventFrom((await openWindow('app://evil/index.html')).webContents),
      ],
      [
        'our window after it was closed',
        async () => {
          const win = await openWindow();
          win.destroy();
          return eventFrom(win.webContents);
        },
      ],
    ];

    it.each(foreignSenders)(
      'refuses a call from %s and reaches no service',
      async (_what, makeEvent) => {
        const result = await ipcMain.invoke(ipcChannel(method), await makeEvent(), {});
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(dispatch).not.toHaveBeenCalled();
      },
    );

    it('reaches the service for a call from our own window', async () => {
      const win = await openWindow();
      await ipcMain.invoke(ipcChannel(method), eventFrom(win.webContents), {});
      expect(dispatch).toHaveBeenCalledWith(method, {});
    });
  });

  it('answers invalid-input, naming the method and the field, for a bad id', async () => {
    const win = await openWindow();
    const result = await ipcMain.invoke(ipcChannel('getArticle'), eventFrom(win.webContents), {
      id: '../../etc/passwd',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/getArticle.*\(id\)/),
      },
    });
  });

  it('answers invalid-input for fields the method does not take', async () => {
    const win = await openWindow();
    const result = (await ipcMain.invoke(ipcChannel('listArticles'), eventFrom(win.webContents), {
      path: '/etc',
    })) as { ok: boolean; error?: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('invalid-input');
  });

  it('can be removed again', () => {
    resetElectronMock();
    const unregister = registerIpc(dispatch);
    expect(ipcMain.handlers.size).toBe(methodNames.length);
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('requestFlush', () => {
  function flushRequest(win: InstanceType<typeof BrowserWindow>): string {
    const call = win.webContents.send.mock.calls.at(-1);
    expect(call?.[0]).toBe(COMMAND_CHANNEL);
    expect(call?.[1]).toBe('flush');
    expect(typeof call?.[2]).toBe('string');
    return call?.[2] as string;
  }

  it('resolves true once the page answers with the same request id', async () => {
    const win = await openWindow();
    let settled: boolean | undefined;
    const flushed = requestFlush(asWindow(win), 5000).then((value) => (settled = value));
    const id = flushRequest(win);

    ipcMain.emit(FLUSHED_CHANNEL, { sender: win.webContents }, 'another-request');
    ipcMain.emit(FLUSHED_CHANNEL, { sender: new MockWebContents() }, id);
    await Promise.resolve();
    expect(settled).toBeUndefined();

    ipcMain.emit(FLUSHED_CHANNEL, { sender: win.webContents }, id);
    expect(await flushed).toBe(true);
    expect(ipcMain.listenerCount(FLUSHED_CHANNEL)).toBe(0);
  });

  it('gives up after the timeout when the page never answers', async () => {
    vi.useFakeTimers();
    const win = await openWindow();
    const flushed = requestFlush(asWindow(win), 5000);
    await vi.advanceTimersByTimeAsync(4999);
    let settled = false;
    void flushed.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await flushed).toBe(false);
    expect(ipcMain.listenerCount(FLUSHED_CHANNEL)).toBe(0);
  });

  it('gives up at once when the page goes away', async () => {
    const win = await openWindow();
    const flushed = requestFlush(asWindow(win), 60_000);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(await flushed).toBe(false);
  });

  it('does not wait on a window that is already destroyed', async () => {
    const win = await openWindow();
    win.destroy();
    expect(await requestFlush(asWindow(win), 60_000)).toBe(false);
    expect(win.webContents.send).not.toHaveBeenCalled();
  });
});
