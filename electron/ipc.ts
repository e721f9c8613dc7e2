// Binds the API contract to ipcMain: one handler per method, answering only our own windows.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { COMMAND_CHANNEL, FLUSHED_CHANNEL, ipcChannel } from '../shared/api/channels';
import { methodNames } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/errors';
import type { Dispatch } from './services/api-handlers';
import { isAppUrl } from './app-url';

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from a Dateline window.' },
};

/** Registers every contract method; returns a function that removes them again. */
export function registerIpc(dispatch: Dispatch): () => void {
  const channels = methodNames.map((method) => {
    const channel = ipcChannel(method);
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return FORBIDDEN;
      return dispatch(method, input);
    });
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/** Our own window's top frame, showing our own page: not a subframe, not a page it navigated to. */
export function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || !BrowserWindow.fromWebContents(event.sender)) return false;
  return frame.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId && isAppUrl(frame.url);
}

/**
 * Asks the window's renderer to save its pending edit, resolving true once it says it has, or
 * false after `timeoutMs` (or if the page dies), so a hung renderer cannot block closing forever.
 */
export function requestFlush(win: BrowserWindow, timeoutMs: number): Promise<boolean> {
  if (win.isDestroyed() || win.webContents.isCrashed()) return Promise.resolve(false);
  const contents = win.webContents;
  const requestId = randomUUID();
  return new Promise((resolve) => {
    const finish = (flushed: boolean) => {
      clearTimeout(timer);
      ipcMain.removeListener(FLUSHED_CHANNEL, onFlushed);
      contents.removeListener('render-process-gone', onGone);
      contents.removeListener('destroyed', onGone);
      resolve(flushed);
    };
    const onFlushed = (event: IpcMainEvent, id: unknown) => {
      if (id === requestId && event.sender === contents) finish(true);
    };
    const onGone = () => finish(false);
    const timer = setTimeout(onGone, timeoutMs);
    ipcMain.on(FLUSHED_CHANNEL, onFlushed);
    contents.once('render-process-gone', onGone);
    contents.once('destroyed', onGone);
    contents.send(COMMAND_CHANNEL, 'flush', requestId);
  });
}
