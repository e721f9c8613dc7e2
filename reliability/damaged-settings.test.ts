// Opening the settings when their file is damaged in many ways: the app starts with the defaults
// (keeping the values that are still valid), says what happened and where the damaged file went,
// and never touches the library.
import Conf from 'conf';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../electron/services/library';
import {
  openSettings,
  storeOptions,
  type Settings,
  type SettingsStore,
} from '../electron/services/settings';
import { folderChanges, snapshotFolder } from './folder-snapshot';
import { reportFigure } from './report';

let dir: string;
let libraryRoot: string;
let articleFile: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-settings-'));
  libraryRoot = path.join(dir, 'library');
  const library = await Library.open(libraryRoot);
  const article = await library.create({ headline: 'Flood warning for Kratie' });
  articleFile = path.join('articles', `${article.id}.json`);
  await library.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function openIn(settingsDir: string) {
  return openSettings(
    () =>
      new Conf({
        ...storeOptions(settingsDir),
        projectName: 'dateline',
      }) as unknown as SettingsStore,
    path.join(settingsDir, 'config.json'),
  );
}

type Damage = string | Buffer | 'directory';

interface Case {
  name: string;
  content: () => Damage;
  /** What the app starts with: the defaults ({}), or the values that were still valid. */
  expected: () => Settings;
  /** Moved aside whole, or kept with its invalid values dropped (naming them). */
  outcome: { aside: RegExp } | { dropped: string[] };
}

const valid = () => ({ libraryPath: libraryRoot, sections: ['News', 'Sport'] });
const validJson = () => JSON.stringify(valid(), null, 2);
const withBad = (bad: Record<string, unknown>) => () => JSON.stringify({ ...valid(), ...bad });
const keepValid = () => valid();
const defaults = () => ({});
const EMPTY = { aside: /^Your settings file was empty, so Dateline started/ };
const UNREADABLE = { aside: /^Your settings file could not be read \(it is damaged or was cut/ };
const NO_SETTINGS = { aside: /^Your settings file held no settings, so Dateline started/ };

/** Bytes no editor writes: a fixed pseudo-random run, the same every time. */
function garbage(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const CASES: Case[] = [
  { name: 'empty', content: () => '', expected: defaults, outcome: EMPTY },
  { name: 'only blank lines', content: () => ' \n\t\n', expected: defaults, outcome: EMPTY },
  {
    name: 'cut after the opening brace',
    content: () => validJson().slice(0, 1),
    expected: defaults,
    outcome: UNREADABLE,
  },
  {
    name: 'cut inside a key',
    content: () => validJson().slice(0, 10),
    expected: defaults,
    outcome: UNREADABLE,
  },
  {
    name: 'cut inside the library path',
    content: () => validJson().slice(0, validJson().indexOf(libraryRoot) + 5),
    expected: defaults,
    outcome: UNREADABLE,
  },
  {
    name: 'cut before the closing brace',
    content: () => validJson().slice(0, -1),
    expected: defaults,
    outcome: UNREADABLE,
  },
  { name: 'garbage bytes', content: () => garbage(4096), expected: defaults, outcome: UNREADABLE },
  {
    // A BOM is not JSON; the file is set aside whole rather than guessed at.
    name: 'a UTF-8 byte-order mark before the JSON',
    content: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validJson())]),
    expected: defaults,
    outcome: UNREADABLE,
  },
  {
    name: 'NUL bytes',
    content: () => Buffer.alloc(4096, 0),
    expected: defaults,
    outcome: UNREADABLE,
  },
  { name: 'a JSON array', content: () => '[1, 2, 3]', expected: defaults, outcome: NO_SETTINGS },
  { name: 'a JSON string', content: () => '"settings"', expected: defaults, outcome: NO_SETTINGS },
  { name: 'null', content: () => 'null', expected: defaults, outcome: NO_SETTINGS },
  { name: 'a number', content: () => '42', expected: defaults, outcome: NO_SETTINGS },
  {
    name: 'a library path that is a number',
    content: withBad({ libraryPath: 7 }),
    expected: () => ({ sections: ['News', 'Sport'] }),
    outcome: { dropped: ['the library folder'] },
  },
  {
    name: 'a library path that is relative',
    content: withBad({ libraryPath: 'newsroom/library' }),
    expected: () => ({ sections: ['News', 'Sport'] }),
    outcome: { dropped: ['the library folder'] },
  },
  {
    name: 'a library path holding a NUL character',
    content: () => withBad({ libraryPath: `${libraryRoot}\u0000/articles` })(),
    expected: () => ({ sections: ['News', 'Sport'] }),
    outcome: { dropped: ['the library folder'] },
  },
  {
    name: 'a window that is a string',
    content: withBad({ window: 'maximised' }),
    expected: keepValid,
    outcome: { dropped: ['the window size and position'] },
  },
  {
    name: 'sections that hold an empty name and a number',
    content: withBad({ sections: ['News', '', 3] }),
    expected: () => ({ libraryPath: libraryRoot }),
    outcome: { dropped: ['the list of sections'] },
  },
  {
    name: 'publication details with a time zone that does not exist',
    content: withBad({
      publication: {
        name: 'Mekong Evening Post',
        siteUrl: 'https://news.example.org/',
        defaultAuthor: '',
        datelineStyle: 'plain',
        timeZone: 'Mars/Olympus_Mons',
      },
    }),
    expected: keepValid,
    outcome: { dropped: ['the publication details'] },
  },
  {
    name: 'every field of the wrong type',
    content: () =>
      JSON.stringify({
        libraryPath: ['a'],
        window: { width: 10, height: 'tall' },
        sections: 'News',
        publication: null,
        lastExportFolder: { folder: '/tmp' },
      }),
    expected: defaults,
    outcome: {
      dropped: [
        'the library folder',
        'the window size and position',
        'the list of sections',
        'the publication details',
        'the folder of the last export',
      ],
    },
  },
  {
    name: 'a huge file (a 24 MB library path)',
    content: withBad({ libraryPath: `/${'x'.repeat(24 * 1024 * 1024)}` }),
    expected: () => ({ sections: ['News', 'Sport'] }),
    outcome: { dropped: ['the library folder'] },
  },
  {
    name: 'a directory where the file should be',
    content: () => 'directory',
    expected: defaults,
    outcome: { aside: /^Your settings file could not be opened, so Dateline started/ },
  },
];

async function writeDamage(file: string, damage: Damage): Promise<Buffer | undefined> {
  if (damage === 'directory') {
    await mkdir(file);
    await writeFile(path.join(file, 'note.txt'), 'not settings');
    return undefined;
  }
  const bytes = typeof damage === 'string' ? Buffer.from(damage) : damage;
  await writeFile(file, bytes);
  return bytes;
}

/** The failures of one case, in words; an empty list when it behaved. */
async function runCase(item: Case): Promise<string[]> {
  const failures: string[] = [];
  const settingsDir = await mkdtemp(path.join(dir, 'case-'));
  const file = path.join(settingsDir, 'config.json');
  const bytes = await writeDamage(file, item.content());

  const settings = openIn(settingsDir);
  const notice = settings.notices.join(' ');
  try {
    expect(settings.get()).toEqual(item.expected());
  } catch {
    failures.push(`started with ${JSON.stringify(settings.get()).slice(0, 200)}`);
  }
  if (settings.notices.length !== 1) failures.push(`gave ${settings.notices.length} notices`);

  if ('aside' in item.outcome) {
    if (!item.outcome.aside.test(notice)) failures.push(`said "${notice}"`);
  } else {
    const said = `reset to their defaults: ${item.outcome.dropped.join(', ')}.`;
    if (!notice.includes(said)) failures.push(`said "${notice}", not "${said}"`);
  }
  // The notice names where the file as it was is kept, and it is there, whole.
  const kept = /kept as (.+?\.damaged-[\d-]+)\./.exec(notice)?.[1];
  if (!kept || path.dirname(kept) !== settingsDir) {
    failures.push(`did not say where the damaged file was kept: "${notice}"`);
  } else if (bytes === undefined) {
    if (!(await stat(kept)).isDirectory()) failures.push('did not keep the directory aside');
  } else if (!(await readFile(kept)).equals(bytes)) {
    failures.push('kept a copy that differs from the damaged file');
  }

  // The settings written back are clean: the next start says nothing and keeps them.
  const again = openIn(settingsDir);
  if (again.notices.length > 0) failures.push(`said again on the next start: ${again.notices}`);
  if (JSON.stringify(again.get()) !== JSON.stringify(settings.get())) {
    failures.push('started differently the second time');
  }
  await rm(settingsDir, { recursive: true, force: true });
  return failures;
}

describe('damaged settings', () => {
  it(`start with defaults and a notice in ${CASES.length} cases, leaving the library untouched`, async () => {
    const before = await snapshotFolder(libraryRoot);
    // The check below compares the whole library, the article's file included.
    expect(before[articleFile]).toMatch(/^file /);
    const results: string[] = [];
    let passed = 0;
    let libraryTouched = 0;
    for (const item of CASES) {
      const failures = await runCase(item);
      const changes = folderChanges(before, await snapshotFolder(libraryRoot));
      if (changes.length > 0) {
        libraryTouched += 1;
        failures.push(`the library folder changed: ${changes.join(', ')}`);
      }
      if (failures.length === 0) passed += 1;
      else results.push(`${item.name}: ${failures.join('; ')}`);
    }
    reportFigure(
      'damaged settings',
      `${passed} of ${CASES.length} cases start with defaults (keeping the valid values) and a notice naming where the damaged file was kept, library ${libraryTouched === 0 ? 'untouched' : `changed in ${libraryTouched} cases`}`,
    );
    expect(results).toEqual([]);
  });

  it('would see any write to the library: a change, a new or removed entry, a touch', async () => {
    const folder = await mkdtemp(path.join(dir, 'watched-'));
    await mkdir(path.join(folder, 'articles'));
    const file = path.join(folder, 'articles', 'story.json');
    await writeFile(file, '{"headline":"Flood warning"}');
    const past = new Date('2020-01-01T00:00:00Z');
    const writes: [string, () => Promise<unknown>][] = [
      ['other bytes', () => writeFile(file, '{"headline":"Flood warnings"}')],
      ['the same bytes at another time', () => utimes(file, past, past)],
      ['another mode', () => chmod(file, 0o600)],
      ['an empty folder', () => mkdir(path.join(folder, 'trash'))],
      [
        'a file written and removed',
        async () => {
          await writeFile(path.join(folder, 'note.tmp'), 'x');
          await rm(path.join(folder, 'note.tmp'));
        },
      ],
      ['a removed file', () => rm(file)],
    ];
    for (const [what, write] of writes) {
      // Times in the past, so a write now shows even within the file system's clock tick.
      await utimes(folder, past, past);
      const before = await snapshotFolder(folder);
      await write();
      expect(folderChanges(before, await snapshotFolder(folder)), what).not.toEqual([]);
    }
  });

  it('treats unknown keys as no damage: they are ignored, without a notice', async () => {
    const settingsDir = await mkdtemp(path.join(dir, 'case-'));
    const file = path.join(settingsDir, 'config.json');
    // A newer Dateline may write settings this one does not know; "__proto__" must stay inert.
    const text = `{"libraryPath": ${JSON.stringify(libraryRoot)}, "toolbarPlacement": "left", "__proto__": {"libraryPath": "/elsewhere"}, "futureSetting": {"a": [1, 2]}}`;
    await writeFile(file, text);
    const settings = openIn(settingsDir);
    expect(settings.get()).toEqual({ libraryPath: libraryRoot });
    expect(settings.notices).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(({} as Settings).libraryPath).toBeUndefined();
    reportFigure(
      'settings with unknown keys',
      'known values kept, unknown keys ignored without a notice, file left as it was',
    );
  });
});
