// Finds and opens the library a command works on: --library, or the one in the settings the
// desktop app and the web host share, or the default folder.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DatelineError } from '../../shared/api/errors';
import { Library } from '../services/library';
import { defaultLibraryDir, userDataDir } from '../services/paths';
import { openConfSettings } from '../services/conf-settings';
import type { SettingsService } from '../services/settings';

export interface CliLibraryOptions {
  /** The --library folder, if given. */
  library?: string;
  /** list and show read a library; they never make one where there was none. */
  mustExist: boolean;
  /** Where the settings file lives; defaults to the folder the desktop app uses. */
  userData?: string;
}

export interface CliLibrary {
  library: Library;
  /** Things to tell the user, such as settings that had to be reset. */
  notices: readonly string[];
}

export async function openCliLibrary(options: CliLibraryOptions): Promise<CliLibrary> {
  let notices: readonly string[] = [];
  let folder = options.library;
  if (folder === undefined) {
    const settings = openCliSettings(options.userData);
    notices = settings.notices;
    folder = settings.get().libraryPath ?? defaultLibraryDir();
  }
  const root = path.resolve(folder);
  if (options.mustExist && !existsSync(path.join(root, 'articles'))) {
    throw new DatelineError(
      'not-found',
      `There is no Dateline library at ${root} (it has no articles folder). Check the --library folder.`,
    );
  }
  // No command searches: the index is left unbuilt rather than held in memory for nothing.
  return { library: await Library.open(root, { searchIndex: 'when-searched' }), notices };
}

/** The settings the desktop app and the web host share, read with conf. */
export function openCliSettings(userData?: string): SettingsService {
  return openConfSettings(userData ?? userDataDir());
}
