// The listing on its own, on a real folder: what a scan reads, what it sets aside, what it
// remembers between scans, and a lookup of a few ids that reads nothing else.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, emptyFields, type Article } from '../../../shared/article';
import { DamagedFiles } from './damaged-files';
import { LibrarySearch } from './library-search';
import { WRITE_DELAY_MS } from '../listing-cache';
import { Listing, SAVED_SUMMARY_DELAY_MS } from './listing';

let root: string;
let damaged: DamagedFiles;
let listing: Listing;

const ID_A = '0b7a5c1e-3f2d-4c6b-9a8e-1d2c3b4a5f60';
const ID_B = '1c8b6d2f-4a3e-4d7c-8b9f-2e3d4c5b6a71';

function article(id: string, headline: string): Article {
  return {
    ...emptyFields(),
    headline,
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    revision: 1,
    createdAt: '2024-06-01T00:00:00.000Z',
    updatedAt: '2024-06-01T00:00:00.000Z',
  };
}
const fileOf = (id: string) => path.join(root, 'articles', `${id}.json`);
const put = (value: Article) => writeFile(fileOf(value.id), JSON.stringify(value));

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-listing-'));
  await mkdir(path.join(root, 'articles'));
  damaged = new DamagedFiles(root, () => new Date('2024-06-02T00:00:00.000Z'));
  listing = new Listing(root, damaged, new LibrarySearch());
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a scan', () => {
  it('lists every article file and sets a damaged one aside, saying why', async () => {
    await put(article(ID_A, 'Rice Harvest'));
    await writeFile(fileOf(ID_B), '{"headline": "cut off');
    const summaries = await listing.scan('articles');
    expect(summaries.map((summary) => summary.headline)).toEqual(['Rice Harvest']);
    expect(await readdir(path.join(root, 'articles'))).toEqual([`${ID_A}.json`]);
    expect(damaged.problems).toEqual([
      expect.objectContaining({ file: path.join('articles', `${ID_B}.json`) }),
    ]);
    expect(damaged.problems[0]!.reason).toMatch(/^it is not valid JSON/);
  });

  it('reads again only a file whose size or time changed', async () => {
    await put(article(ID_A, 'Rice Harvest'));
    await listing.scan('articles');
    // Same size and time, other text: the summary the last scan read still stands.
    const before = await stat(fileOf(ID_A));
    await put(article(ID_A, 'Rice Harvesd'));
    await utimes(fileOf(ID_A), before.atime, before.mtime);
    expect((await listing.scan('articles'))[0]!.headline).toBe('Rice Harvest');
    await put(article(ID_A, 'Rice Harvest Ends'));
    expect((await listing.scan('articles'))[0]!.headline).toBe('Rice Harvest Ends');
  });

  it('forgets an article whose file is gone', async () => {
    await put(article(ID_A, 'Rice Harvest'));
    await listing.scan('articles');
    expect(listing.summary(ID_A)?.headline).toBe('Rice Harvest');
    await rm(fileOf(ID_A));
    expect(await listing.scan('articles')).toEqual([]);
    expect(listing.summary(ID_A)).toBeUndefined();
    expect(listing.listedIds()).toEqual([]);
  });
});

describe('a lookup', () => {
  it('reads the named articles only, and takes nothing that is not an id', async () => {
    await put(article(ID_A, 'Rice Harvest'));
    const damagedText = '{"headline": "cut off';
    await writeFile(fileOf(ID_B), damagedText);
    const found = await listing.lookup([ID_A, ID_A, '../../elsewhere/config', 'missing']);
    expect(found.map((summary) => summary.headline)).toEqual(['Rice Harvest']);
    // The damaged file beside it was not read, so it is still where it was.
    expect(await readFile(fileOf(ID_B), 'utf8')).toBe(damagedText);
    expect(damaged.problems).toEqual([]);
  });
});

describe('the listing cache', () => {
  const cacheFile = () => path.join(root, '.dateline', 'listing-cache.json');
  const reopened = () => new Listing(root, damaged, new LibrarySearch());

  it('brings back every summary as it was, Khmer included, from a file of ASCII text', async () => {
    await put({ ...article(ID_A, 'ទីផ្សារ​ស្រូវ'), language: 'km', tags: ['កសិករ', 'rice'] });
    await put({ ...article(ID_B, 'Rice “harvest” ends 🌾'), standfirst: 'First line\nsecond' });
    const first = await listing.scan('articles');
    await listing.close();
    expect(await readFile(cacheFile(), 'latin1')).toMatch(/^[\x20-\x7e]*$/);
    // Nothing is read again: a file changed without its size or time is still listed as cached.
    const before = await stat(fileOf(ID_A));
    await writeFile(fileOf(ID_A), (await readFile(fileOf(ID_A), 'utf8')).replace('ស្រូវ', 'ស្រូក'));
    await utimes(fileOf(ID_A), before.atime, before.mtime);
    const again = reopened();
    expect(await again.scan('articles')).toEqual(first);
  });

  it('notices a file changed outside the app since the cache was written', async () => {
    await put(article(ID_A, 'Rice Harvest'));
    await put(article(ID_B, 'Flood'));
    await listing.scan('articles');
    await listing.close();
    await put(article(ID_A, 'Rice Harvest ends early'));
    const again = reopened();
    const headlines = (await again.scan('articles')).map((summary) => summary.headline);
    expect(headlines.sort()).toEqual(['Flood', 'Rice Harvest ends early']);
  });

  it('drops rows that are not plain summaries and reads their files instead', async () => {
    await put(article(ID_A, 'Rice Harvest'));
    await put(article(ID_B, 'Flood'));
    await listing.scan('articles');
    await listing.close();
    const data = JSON.parse(await readFile(cacheFile(), 'utf8')) as { rows: unknown[][] };
    for (const row of data.rows) {
      // A planted headline nested deep and an id that is not one of an article.
      if (row[0] === ID_A) row[4] = [[[['Planted']]]];
      if (row[0] === ID_B) row[0] = '../../elsewhere/config';
    }
    await writeFile(cacheFile(), JSON.stringify(data));
    const summaries = await reopened().scan('articles');
    expect(summaries.map((summary) => [summary.id, summary.headline]).sort()).toEqual([
      [ID_A, 'Rice Harvest'],
      [ID_B, 'Flood'],
    ]);
  });

  it('ignores a cache cut off in the middle', async () => {
    await put(article(ID_A, 'Rice Harvest'));
    await listing.scan('articles');
    await listing.close();
    const text = await readFile(cacheFile(), 'utf8');
    await writeFile(cacheFile(), text.slice(0, text.length / 2));
    expect((await reopened().scan('articles')).map((summary) => summary.headline)).toEqual([
      'Rice Harvest',
    ]);
  });
});

describe('writing the listing cache', () => {
  const cacheFile = () => path.join(root, '.dateline', 'listing-cache.json');
  const cacheText = () => readFile(cacheFile(), 'utf8').catch(() => '');

  /** Waits, on the real clock, for the cache on disk to hold `text`; false after a while. */
  async function cacheHolds(text: string): Promise<boolean> {
    for (let tries = 0; tries < 400; tries += 1) {
      if ((await cacheText()).includes(text)) return true;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return false;
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes a save’s summary within a minute, not after each save', async () => {
    await put(article(ID_A, 'Rice Harvest'));
    await listing.scan('articles');
    await listing.close();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });

    // Saves a second apart, as while a writer types.
    for (let second = 1; second <= 5; second += 1) {
      const saved = { ...article(ID_A, `Rice Harvest, take ${second}`), revision: second + 1 };
      await put(saved);
      await listing.remember(saved);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(WRITE_DELAY_MS).toBeLessThan(5000);
    expect(await cacheText()).toContain('Rice Harvest');
    expect(await cacheText()).not.toContain('take');

    await vi.advanceTimersByTimeAsync(SAVED_SUMMARY_DELAY_MS);
    expect(await cacheHolds('Rice Harvest, take 5')).toBe(true);
  });

  it('brings the write forward when a scan reads files again', async () => {
    await put(article(ID_A, 'Rice Harvest'));
    await listing.scan('articles');
    await listing.close();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const saved = { ...article(ID_A, 'Rice Harvest ends'), revision: 2 };
    await put(saved);
    await listing.remember(saved);

    // Another program adds an article; the next scan reads it.
    await put(article(ID_B, 'Flood waters rise'));
    await listing.scan('articles');
    await vi.advanceTimersByTimeAsync(WRITE_DELAY_MS + 100);

    expect(await cacheHolds('Flood waters rise')).toBe(true);
    expect(await cacheText()).toContain('Rice Harvest ends');
  });
});
