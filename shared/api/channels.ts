// Names used on the wire, shared by the Electron IPC binding, the preload and the web host.
import type { MethodName } from './contract';

export const ipcChannel = (method: MethodName): string => `dateline:${method}`;

/** Commands the host sends to the renderer (menu items, closing the window). */
export type HostCommand = 'new-article' | 'save' | 'flush';
export const COMMAND_CHANNEL = 'dateline:command';
export const FLUSHED_CHANNEL = 'dateline:flushed';

export const API_PATH_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-dateline-token';
