// Names used on the wire, shared by the Electron IPC binding, the preload and the web host.
import type { MethodName } from './contract';

export const ipcChannel = (method: MethodName): string => `dateline:${method}`;

/** Commands the host sends to the renderer (menu items, closing the window). */
export const HOST_COMMANDS = [
  'new-article',
  'import',
  'export',
  'export-edition',
  'history',
  'save',
  'flush',
] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];
export const COMMAND_CHANNEL = 'dateline:command';
export const FLUSHED_CHANNEL = 'dateline:flushed';

/**
 * The window hands the contract's method names to the sandboxed preload on its command line, so
 * the preload bundle needs neither zod nor the schemas and no second list of names exists.
 */
export const METHODS_ARGUMENT = '--dateline-methods=';

export function methodsArgument(names: readonly string[]): string {
  return `${METHODS_ARGUMENT}${names.join(',')}`;
}

/** Reads the names back, keeping only plain identifiers. */
export function readMethodsArgument(argv: readonly string[]): string[] {
  const argument = argv.find((value) => value.startsWith(METHODS_ARGUMENT));
  if (!argument) return [];
  return argument
    .slice(METHODS_ARGUMENT.length)
    .split(',')
    .filter((name) => /^[a-zA-Z]{1,64}$/.test(name));
}

export const API_PATH_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-dateline-token';
