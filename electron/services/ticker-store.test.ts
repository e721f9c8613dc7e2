import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatelineError } from '../../shared/api/errors';
import type { TickerItem } from '../../shared/ticker';
import { TICKER_FILE, TickerStore } from './ticker-store';

let root: string;
const fixedNow = () => new Date('2024-01-02T03:04:05.000Z');

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-ticker-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const tickerFile = () => path.join(root, TICKER_FILE);

function item(id: string, text: string, change: Partial<TickerItem> = {}): TickerItem {
  return { id, text, breaking: false, ...change };
}

async function failure(promise: Promise<unknown>): Promise<DatelineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatelineError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

describe('TickerStore', () => {
  it('gives an empty ticker at revision 0 when the library has no ticker.json, writing nothing', async () => {
    const ticker = await new TickerStore(root, fixedNow).get();
    expect(ticker).toEqual({
      schemaVersion: 1,
      revision: 0,
      updatedAt: '2024-01-02T03:04:05.000Z',
      items: [],
    });
    expect(await readdir(root)).toEqual([]);
  });

  it('saves the items in order and reads them back, from a fresh store too', async () => {
    const items = [
      item('item-one', 'Cambodia and South Korea Discuss Enhancing Investment Collaboration', {
        link: { kind: 'url', url: 'https://example.org/investment' },
      }),
      item('item-two', 'Groundbreaking of Bakheng Water Treatment Plant Phase 3 Set for May', {
        breaking: true,
        link: { kind: 'article', articleId: 'bakheng-water-2024' },
      }),
      item('item-three', 'ការប្រជុំ​នៅ​ភ្នំពេញ'),
    ];
    const saved = await new TickerStore(root, fixedNow).save(0, items);
    expect(saved.revision).toBe(1);
    expect(saved.items).toEqual(items);

    const onDisk = JSON.parse(await readFile(tickerFile(), 'utf8'));
    expect(onDisk).toEqual({
      schemaVersion: 1,
      revision: 1,
      updatedAt: '2024-01-02T03:04:05.000Z',
      items,
    });
    expect(await new TickerStore(root).get()).toEqual(saved);
    // The atomic write leaves no temp file behind.
    expect(await readdir(root)).toEqual([TICKER_FILE]);
  });

  it('refuses a save based on a stale revision and leaves the file as it was', async () => {
    const store = new TickerStore(root, fixedNow);
    await store.save(0, [item('item-one', 'First')]);
    await store.save(1, [item('item-one', 'First, edited')]);
    const before = await readFile(tickerFile(), 'utf8');

    const error = await failure(store.save(1, [item('item-two', 'From a second window')]));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed in another window/);
    expect(await readFile(tickerFile(), 'utf8')).toBe(before);

    // A second store on the same folder (another window's process) sees the same check.
    const other = new TickerStore(root, fixedNow);
    expect((await failure(other.save(0, []))).code).toBe('conflict');
    expect((await other.save(2, [])).revision).toBe(3);
  });

  it('adds items at the end with fresh ids, and a new breaking item takes the flag', async () => {
    const store = new TickerStore(root, fixedNow);
    await store.save(0, [
      item('item-one', 'Old breaking', { breaking: true }),
      item('item-two', 'B'),
    ]);

    const added = await store.add([
      { text: 'Plain addition', link: { kind: 'article', articleId: 'plain-addition-1' } },
    ]);
    expect(added.revision).toBe(2);
    expect(added.items.map((entry) => entry.text)).toEqual(['Old breaking', 'B', 'Plain addition']);
    expect(added.items[0]?.breaking).toBe(true);
    expect(added.items[2]).toMatchObject({
      breaking: false,
      link: { kind: 'article', articleId: 'plain-addition-1' },
    });

    const next = await store.add([{ text: 'Now breaking', breaking: true }, { text: 'Also new' }]);
    expect(next.items.map((entry) => [entry.text, entry.breaking])).toEqual([
      ['Old breaking', false],
      ['B', false],
      ['Plain addition', false],
      ['Now breaking', true],
      ['Also new', false],
    ]);
    const ids = next.items.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(2)) expect(id).toMatch(/^[A-Za-z0-9_-]{6,64}$/);
    expect(JSON.parse(await readFile(tickerFile(), 'utf8')).items).toEqual(next.items);
  });

  it('adds to an empty library, creating ticker.json', async () => {
    const ticker = await new TickerStore(root, fixedNow).add([{ text: 'First headline' }]);
    expect(ticker.revision).toBe(1);
    expect(ticker.items).toHaveLength(1);
    expect(await readdir(root)).toEqual([TICKER_FILE]);
  });

  it('refuses two breaking items and leaves the file as it was', async () => {
    const store = new TickerStore(root, fixedNow);
    await store.save(0, [item('item-one', 'Kept')]);
    const before = await readFile(tickerFile(), 'utf8');

    const error = await failure(
      store.save(1, [
        item('item-one', 'One', { breaking: true }),
        item('item-two', 'Two', { breaking: true }),
      ]),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/only one ticker item can be marked breaking/);
    expect(await readFile(tickerFile(), 'utf8')).toBe(before);
    expect((await store.get()).revision).toBe(1);
  });

  it('moves a damaged ticker.json to damaged/ with a clear error, and the next save starts fresh', async () => {
    await writeFile(tickerFile(), '{"schemaVersion": 1, "items": [', 'utf8');
    const store = new TickerStore(root, fixedNow);

    const error = await failure(store.get());
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.message).toMatch(/moved to damaged[/\\]/);
    expect(error.message).toMatch(/starts empty/);
    const damaged = await readdir(path.join(root, 'damaged'));
    expect(damaged).toEqual(['2024-01-02T03-04-05-000Z-ticker.json']);
    expect(await readFile(path.join(root, 'damaged', damaged[0]!), 'utf8')).toBe(
      '{"schemaVersion": 1, "items": [',
    );

    expect((await store.get()).items).toEqual([]);
    const saved = await store.save(0, [item('item-one', 'A fresh start')]);
    expect(saved.revision).toBe(1);
    expect(JSON.parse(await readFile(tickerFile(), 'utf8')).items).toEqual(saved.items);
  });

  it('sets aside a ticker.json of the wrong shape, even when the first call is a save', async () => {
    await writeFile(tickerFile(), JSON.stringify({ schemaVersion: 7, items: 'none' }), 'utf8');
    const store = new TickerStore(root, fixedNow);

    const saved = await store.save(0, [item('item-one', 'Written over nothing')]);
    expect(saved.revision).toBe(1);
    expect(await readdir(path.join(root, 'damaged'))).toHaveLength(1);
    expect((await store.get()).items.map((entry) => entry.text)).toEqual(['Written over nothing']);
  });

  it('runs concurrent adds one after the other, so none is lost', async () => {
    const store = new TickerStore(root, fixedNow);
    await Promise.all(['A', 'B', 'C', 'D'].map((text) => store.add([{ text }])));
    const ticker = await store.get();
    expect(ticker.revision).toBe(4);
    expect(ticker.items.map((entry) => entry.text).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('refuses an item with a text over the stored limit', async () => {
    const error = await failure(
      new TickerStore(root, fixedNow).save(0, [item('item-one', 'x'.repeat(1_001))]),
    );
    expect(error.code).toBe('invalid-input');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a link to an address that is not http(s)', async () => {
    const store = new TickerStore(root, fixedNow);
    for (const url of ['javascript:alert(1)', 'mailto:desk@example.org', 'file:///etc/passwd']) {
      const error = await failure(
        store.save(0, [item('item-one', 'Bad link', { link: { kind: 'url', url } })]),
      );
      expect(error.code).toBe('invalid-input');
    }
    expect(await readdir(root)).toEqual([]);
  });
});
