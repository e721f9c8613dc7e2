import Conf from 'conf';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettings, storeOptions, type SettingsStore } from './settings';

let dir: string;
const file = () => path.join(dir, 'config.json');
const open = () =>
  openSettings(
    () => new Conf({ ...storeOptions(dir), projectName: 'dateline' }) as unknown as SettingsStore,
    file(),
  );

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings', () => {
  it('keeps what was set across openings', () => {
    open().update({ libraryPath: '/srv/newsroom', window: { width: 1200, height: 800 } });
    const again = open();
    expect(again.get()).toEqual({
      libraryPath: '/srv/newsroom',
      window: { width: 1200, height: 800 },
    });
    expect(again.notices).toEqual([]);
  });

  const damaged: [string, string][] = [
    ['empty', ''],
    ['truncated', '{"libraryPath": "/srv/new'],
    ['garbage', '\u0000\u0001binary\uffff'],
    ['not an object', '[1, 2, 3]'],
    ['null', 'null'],
  ];
  it.each(damaged)(
    'starts with defaults and says so when the file is %s',
    async (_name, content) => {
      await writeFile(file(), content);
      const settings = open();
      expect(settings.get().libraryPath).toBeUndefined();
      expect(settings.notices.join(' ')).toMatch(/settings file .* default settings/);
      settings.update({ libraryPath: '/srv/after' });
      expect(open().get().libraryPath).toBe('/srv/after');
    },
  );

  it('keeps the damaged file aside rather than deleting it', async () => {
    await writeFile(file(), '{"libraryPath": "/srv/new');
    const settings = open();
    expect(settings.notices[0]).toMatch(
      /could not be read.*default settings.*config\.json\.damaged-/,
    );
    const kept = (await readdir(dir)).find((name) => name.startsWith('config.json.damaged-'));
    expect(kept).toBeDefined();
    expect(await readFile(path.join(dir, kept!), 'utf8')).toBe('{"libraryPath": "/srv/new');
  });

  it('drops values against the schema and keeps the valid ones', async () => {
    await writeFile(file(), JSON.stringify({ libraryPath: '/srv/ok', window: { width: 'wide' } }));
    const settings = open();
    expect(settings.get()).toEqual({ libraryPath: '/srv/ok' });
    expect(settings.notices).toHaveLength(1);
    expect(settings.notices[0]).toMatch(
      /^Some settings were not valid and were reset to their defaults: the window size and position\. The settings file as it was is kept as .*config\.json\.damaged-\d+\.$/,
    );
    const kept = (await readdir(dir)).find((name) => name.startsWith('config.json.damaged-'));
    expect(JSON.parse(await readFile(path.join(dir, kept!), 'utf8'))).toEqual({
      libraryPath: '/srv/ok',
      window: { width: 'wide' },
    });
  });

  it('refuses a library folder that is relative or holds a NUL character', async () => {
    for (const libraryPath of ['newsroom/library', '/srv/news\u0000room']) {
      await writeFile(file(), JSON.stringify({ libraryPath, sections: ['News'] }));
      const settings = open();
      expect(settings.get()).toEqual({ sections: ['News'] });
      expect(settings.notices[0]).toMatch(/reset to their defaults: the library folder\./);
      expect(() => settings.update({ libraryPath })).toThrow();
    }
  });
});
