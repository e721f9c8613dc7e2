// Starts the web host in-process: settings, the library, the API dispatch and the HTTP server,
// with a fresh key. The command-line entry and the tests both start it through here.
import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../shared/api/errors';
import { createDispatch, createHandlers } from '../services/api-handlers';
import { DeskClient } from '../services/desk-client';
import { fileCredentialStore } from '../services/desk-credential-store';
import { Library } from '../services/library';
import { defaultLibraryDir, userDataDir } from '../services/paths';
import { openConfSettings } from '../services/conf-settings';
import type { SettingsService } from '../services/settings';
import { INDEX_FILE } from './static-files';
import { createWebServer, LOOPBACK } from './web-server';

export interface WebHostOptions {
  /** The built renderer. */
  staticDir: string;
  /** Overrides the library folder kept in settings. */
  libraryPath?: string;
  /** 0, the default, picks a free port. */
  port?: number;
  /** Where the settings file lives; defaults to the folder the desktop app uses. */
  userData?: string;
  log?: (message: string) => void;
}

export interface WebHost {
  /** The address to open: it carries the key. */
  url: string;
  port: number;
  token: string;
  libraryPath: string;
  notices: readonly string[];
  close(): Promise<void>;
}

/** A reason the host cannot start, worded for the person who started it. */
export class WebHostStartError extends Error {}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((message: string) => console.error(message));
  try {
    await access(path.join(options.staticDir, INDEX_FILE));
  } catch {
    throw new WebHostStartError(
      `Dateline's pages have not been built (there is no ${INDEX_FILE} in ${options.staticDir}); run "npm run build" first.`,
    );
  }

  const settingsDir = options.userData ?? userDataDir();
  const settings = loadSettings(settingsDir);
  const libraryPath = path.resolve(
    options.libraryPath ?? settings.get().libraryPath ?? defaultLibraryDir(),
  );
  const library = await openLibrary(libraryPath);

  const dispatch = createDispatch(
    createHandlers({
      library: () => library,
      appInfo: () => ({ host: 'web', libraryPath, notices: [...settings.notices] }),
      settings,
      desk: new DeskClient(fileCredentialStore(settingsDir)),
    }),
    (error) => log(`Dateline hit an unexpected error: ${describe(error)}`),
  );
  const token = randomBytes(32).toString('base64url');
  const web = createWebServer({ dispatch, staticDir: options.staticDir, token, log });
  const port = await listen(web.listen, options.port ?? 0);

  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    libraryPath,
    notices: settings.notices,
    close: async () => {
      await web.close();
      await library.close();
    },
  };
}

function loadSettings(settingsDir: string): SettingsService {
  try {
    return openConfSettings(settingsDir);
  } catch (error) {
    throw new WebHostStartError(
      `Could not read or create the settings file in ${settingsDir}: ${messageOf(error)}`,
    );
  }
}

async function openLibrary(libraryPath: string): Promise<Library> {
  try {
    return await Library.open(libraryPath);
  } catch (error) {
    throw new WebHostStartError(
      error instanceof DatelineError
        ? error.message
        : `Could not open the library at ${libraryPath}: ${messageOf(error)}`,
    );
  }
}

async function listen(start: (port: number) => Promise<number>, port: number): Promise<number> {
  try {
    return await start(port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new WebHostStartError(
        `Port ${port} is already in use; choose another with --port, or --port 0 for any free one.`,
      );
    }
    if (code === 'EACCES') {
      throw new WebHostStartError(`This system does not allow Dateline to listen on port ${port}.`);
    }
    throw error;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
