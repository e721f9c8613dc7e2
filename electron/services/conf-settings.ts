// The settings as the web host and the command line read them: the same config.json the desktop
// app keeps with electron-store, read and written with conf, which electron-store is built on.
import path from 'node:path';
import Conf from 'conf';
import { openSettings, SETTINGS_FILE_NAME, storeOptions, type SettingsService } from './settings';

export function openConfSettings(settingsDir: string): SettingsService {
  return openSettings(
    // conf names the file with configName; storeOptions' `name` is electron-store's spelling.
    () => new Conf({ ...storeOptions(settingsDir), configName: SETTINGS_FILE_NAME }),
    path.join(settingsDir, `${SETTINGS_FILE_NAME}.json`),
  );
}
