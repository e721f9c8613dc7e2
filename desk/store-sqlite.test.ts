// The SQLite document store on a real temp folder: what is appended loads back, the log is merged
// into a snapshot past its threshold, and a damaged stored change does not stop the rest loading.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDeskDatabase } from './database';
import { SqliteDocumentStore } from './store-sqlite';
import { tempDataDir } from '../test-support/desk/desk-process';

const opened: SqliteDocumentStore[] = [];
afterEach(() => opened.splice(0).forEach((store) => store.close()));

function openStore(dir: string, compactAfterUpdates = 1_000) {
  const problems: string[] = [];
  const db = openDeskDatabase(dir);
  const store = new SqliteDocumentStore(
    db,
    { problem: (m) => problems.push(m) },
    { compactAfterUpdates },
  );
  opened.push(store);
  return { store, db, problems };
}

async function loaded(store: SqliteDocumentStore, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const part of await store.load(name)) Y.applyUpdate(doc, part);
  return doc;
}

/** Types `count` words into a document, keeping each update as a client would send it. */
function typedUpdates(count: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i += 1) doc.getText('notes').insert(0, `word${i} `);
  return { doc, updates };
}

describe('the SQLite document store', () => {
  it('loads back every appended update after the file is reopened', async () => {
    const dir = tempDataDir();
    const { store } = openStore(dir);
    const { doc, updates } = typedUpdates(50);
    await Promise.all(updates.map((u) => store.append('article:x', u)));
    store.close();
    opened.length = 0;
    const again = openStore(dir).store;
    expect((await loaded(again, 'article:x')).getText('notes').toString()).toBe(
      doc.getText('notes').toString(),
    );
  });

  it('merges the log into a snapshot once it passes the threshold, losing nothing', async () => {
    const dir = tempDataDir();
    const { store, db } = openStore(dir, 100);
    const { doc, updates } = typedUpdates(450);
    for (const update of updates) await store.append('article:x', update);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const rows = (db.prepare('SELECT count(*) AS n FROM updates').get() as { n: number }).n;
    const logBytes = updates.reduce((sum, u) => sum + u.byteLength, 0);
    console.log(
      `desk store: 450 updates (${logBytes} bytes) kept as a snapshot plus ${rows} logged updates, ${store.storedBytes('article:x')} bytes; ${store.compactions} compactions, ${store.commits} commits`,
    );
    expect(store.compactions).toBeGreaterThanOrEqual(4);
    expect(rows).toBeLessThan(100);
    expect(store.storedBytes('article:x')).toBeLessThan(logBytes);
    expect((await loaded(store, 'article:x')).getText('notes').toString()).toBe(
      doc.getText('notes').toString(),
    );
  });

  it('skips a damaged stored change and reports it, loading the rest', async () => {
    const dir = tempDataDir();
    const { store, db, problems } = openStore(dir);
    const { doc, updates } = typedUpdates(3);
    await store.append('article:x', updates[0]!);
    db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)').run(
      'article:x',
      new Uint8Array([0xff, 0x01, 0x02]),
    );
    for (const update of updates.slice(1)) await store.append('article:x', update);
    store.compact('article:x');
    expect(problems.length).toBeGreaterThan(0);
    expect((await loaded(store, 'article:x')).getText('notes').toString()).toBe(
      doc.getText('notes').toString(),
    );
  });
});
