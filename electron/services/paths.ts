// Where Dateline keeps its settings and its default library, the same for every host.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Dateline';

/** Mirrors Electron's app.getPath('userData') so the desktop and web hosts share one settings file. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.DATELINE_USER_DATA) return path.resolve(env.DATELINE_USER_DATA);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  }
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export function defaultLibraryDir(home: string = os.homedir()): string {
  return path.join(home, 'Documents', APP_NAME);
}
