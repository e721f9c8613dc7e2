// electron-store is conf with Electron's folders filled in. Vitest loads it outside the mocked
// 'electron', so tests use conf directly with the same options: the file on disk is real.
import Conf from 'conf';

export default class ElectronStore<
  T extends Record<string, unknown> = Record<string, unknown>,
> extends Conf<T> {
  constructor(options: { cwd: string; name?: string; clearInvalidConfig?: boolean }) {
    const { name = 'config', ...rest } = options;
    super({ ...rest, configName: name, projectVersion: '0.1.0' });
  }
}
