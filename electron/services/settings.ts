// Settings behind one small service: electron-store in the desktop app, conf elsewhere.
// A damaged or out-of-schema settings file never stops the app; it starts with defaults and says so.
import { rename } from 'node:fs/promises';
import { renameSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WindowStateSchema = z.object({
  width: z.number().int().min(320).max(20_000),
  height: z.number().int().min(240).max(20_000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().optional(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const SettingsSchema = z.object({
  libraryPath: z.string().min(1).max(4096).optional(),
  window: WindowStateSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** What electron-store and conf both offer. */
export interface SettingsStore {
  store: Record<string, unknown>;
  readonly path: string;
}

export interface SettingsService {
  readonly notices: readonly string[];
  readonly filePath: string;
  get(): Settings;
  update(change: Partial<Settings>): Settings;
}

/** File name both stores use inside the user-data folder. */
export const SETTINGS_FILE_NAME = 'config';

export function storeOptions(userDataDir: string) {
  return { cwd: userDataDir, name: SETTINGS_FILE_NAME, clearInvalidConfig: false } as const;
}

/**
 * Opens the settings store made by `createStore`. A file that cannot be parsed is renamed aside
 * and a fresh store is created; keys that fail the schema are dropped. Either way `notices` says so.
 */
export function openSettings(createStore: () => SettingsStore, filePath: string): SettingsService {
  const notices: string[] = [];
  let store: SettingsStore;
  try {
    store = createStore();
  } catch (error) {
    const aside = `${filePath}.damaged-${Date.now()}`;
    try {
      renameSync(filePath, aside);
    } catch {
      // Nothing to move aside; creating the store again will say what is wrong.
    }
    store = createStore();
    notices.push(
      `Your settings file could not be read (${(error as Error).message.split('\n')[0]}), so Dateline started with its default settings. The damaged file was kept as ${path.basename(aside)}.`,
    );
  }

  const current = sanitize(store.store, notices);
  if (notices.length > 0) store.store = current;

  let settings = current;
  return {
    notices,
    filePath: store.path,
    get: () => settings,
    update(change) {
      settings = SettingsSchema.parse({ ...settings, ...change });
      store.store = settings as Record<string, unknown>;
      return settings;
    },
  };
}

function sanitize(raw: unknown, notices: string[]): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    notices.push('Your settings file held no settings, so Dateline started with its defaults.');
    return {};
  }
  const settings: Settings = {};
  const dropped: string[] = [];
  for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
    if (!(key in raw)) continue;
    const parsed = SettingsSchema.shape[key].safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) {
      Object.assign(settings, { [key]: parsed.data });
    } else {
      dropped.push(key);
    }
  }
  if (dropped.length > 0) {
    notices.push(
      `Some settings were not valid and were reset to their defaults: ${dropped.join(', ')}.`,
    );
  }
  return settings;
}

/** Moves a settings file aside, for hosts that must recover before the store library sees it. */
export async function moveAside(filePath: string): Promise<string> {
  const aside = `${filePath}.damaged-${Date.now()}`;
  await rename(filePath, aside);
  return aside;
}
