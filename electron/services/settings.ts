// Settings behind one small service: electron-store in the desktop app, conf elsewhere.
// A damaged or out-of-schema settings file never stops the app; it starts with defaults and says so.
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InterfaceLanguageSchema, PublicationSchema, ThemeSchema } from '../../shared/publication';

export const WindowStateSchema = z.object({
  width: z.number().int().min(320).max(20_000),
  height: z.number().int().min(240).max(20_000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().optional(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** A folder the settings remember: absolute, since a relative one would move with the working folder. */
const FolderPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((folder) => !folder.includes('\0'), 'a folder path cannot hold a NUL character')
  .refine((folder) => path.isAbsolute(folder), 'a folder path must be absolute');

export const SettingsSchema = z.object({
  libraryPath: FolderPathSchema.optional(),
  window: WindowStateSchema.optional(),
  sections: z.array(z.string().min(1).max(100)).max(100).optional(),
  publication: PublicationSchema.optional(),
  /** Where the last export was saved; the next save dialog opens there. */
  lastExportFolder: FolderPathSchema.optional(),
  /** The interface's language; absent, Dateline follows the system's. */
  interfaceLanguage: InterfaceLanguageSchema.optional(),
  /** Light or dark; absent, Dateline follows the system's appearance. */
  theme: ThemeSchema.optional(),
  /** "Your name": recorded with the approvals, corrections and status changes made here. */
  userName: z.string().trim().max(100).optional(),
});

/** The sections a new newsroom starts with; the desk edits the list in the app. */
export const DEFAULT_SECTIONS = [
  'News',
  'Politics',
  'Business',
  'World',
  'Sport',
  'Culture',
  'Opinion',
];
export type Settings = z.infer<typeof SettingsSchema>;

/** How the notices name each setting. */
const SETTING_NAMES: Record<keyof Settings, string> = {
  libraryPath: 'the library folder',
  window: 'the window size and position',
  sections: 'the list of sections',
  publication: 'the publication details',
  lastExportFolder: 'the folder of the last export',
  interfaceLanguage: 'the interface language',
  theme: 'the appearance',
  userName: 'your name',
};

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
  // electron-store calls the file `name`, conf calls it `configName`; both are set so the two
  // hosts read and write the same file.
  return {
    cwd: userDataDir,
    name: SETTINGS_FILE_NAME,
    configName: SETTINGS_FILE_NAME,
    clearInvalidConfig: false,
  } as const;
}

/**
 * Opens the settings store made by `createStore`. A file that is empty, not JSON or not an object
 * is renamed aside before the store reads it; keys that fail the schema are dropped. Either way
 * `notices` says what happened, in words for the user.
 */
export function openSettings(createStore: () => SettingsStore, filePath: string): SettingsService {
  const notices: string[] = [];
  const problem = inspectSettingsFile(filePath);
  if (problem) notices.push(setAside(filePath, problem));
  let store: SettingsStore;
  try {
    store = createStore();
  } catch (error) {
    notices.push(
      setAside(filePath, `could not be read (${(error as Error).message.split('\n')[0]})`),
    );
    store = createStore();
  }

  const current = sanitize(store.store, filePath, notices);
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

/** Why the file at `filePath` cannot hold settings, or undefined when it can (or is absent). */
function inspectSettingsFile(filePath: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'could not be opened';
  }
  if (text.trim() === '') return 'was empty';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'could not be read (it is damaged or was cut short)';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'held no settings';
  }
  return undefined;
}

function setAside(filePath: string, problem: string): string {
  const aside = asideName(filePath);
  try {
    renameSync(filePath, aside);
  } catch {
    return `Your settings file ${problem}, so Dateline started with its default settings.`;
  }
  return `Your settings file ${problem}, so Dateline started with its default settings. The damaged file was kept as ${aside}.`;
}

/** A name beside the settings file that nothing holds yet. */
function asideName(filePath: string): string {
  const stem = `${filePath}.damaged-${Date.now()}`;
  let aside = stem;
  for (let n = 2; existsSync(aside); n++) aside = `${stem}-${n}`;
  return aside;
}

/** Copies the file as it was before its invalid values are dropped; says where, or undefined. */
function keepCopy(filePath: string): string | undefined {
  const copy = asideName(filePath);
  try {
    copyFileSync(filePath, copy);
    return copy;
  } catch {
    return undefined;
  }
}

function sanitize(raw: unknown, filePath: string, notices: string[]): Settings {
  const values = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Settings = {};
  const dropped: (keyof Settings)[] = [];
  for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
    if (!Object.hasOwn(values, key)) continue;
    const parsed = SettingsSchema.shape[key].safeParse(values[key]);
    if (parsed.success && parsed.data !== undefined) {
      Object.assign(settings, { [key]: parsed.data });
    } else {
      dropped.push(key);
    }
  }
  if (dropped.length > 0) {
    const copy = keepCopy(filePath);
    const names = dropped.map((key) => SETTING_NAMES[key]).join(', ');
    notices.push(
      `Some settings were not valid and were reset to their defaults: ${names}.${copy ? ` The settings file as it was is kept as ${copy}.` : ''}`,
    );
  }
  return settings;
}
