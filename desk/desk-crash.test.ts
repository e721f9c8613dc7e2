// kill -9 of the desk server while three clients edit: every edit a client saw acknowledged is on
// disk (even for a client that never comes back), and once the others reconnect every edit is there.
import { afterAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleDocName } from '../shared/desk/article-doc';
import { openDeskDatabase } from './database';
import { SqliteDocumentStore } from './store-sqlite';
import { reportFigure } from '../reliability/report';
import { connect, joinAs, until, value, type TestClient } from '../test-support/desk/desk-clients';
import { startDeskProcess, tempDataDir, type DeskProcess } from '../test-support/desk/desk-process';

const ARTICLE = 'c0ffee00-0000-4000-8000-000000000001';
const EDITS = 1_000;
const processes: DeskProcess[] = [];
const clients: TestClient[] = [];

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await Promise.all(processes.map((p) => p.stop()));
});

/**
 * One writer: adds a unique word to the notes every few milliseconds. The provider counts the
 * changes the server has not acknowledged yet; acknowledgements come in order, so when it
 * reports `n` outstanding, all but the newest `n` words are on the desk as the writer sees it.
 */
function writer(client: TestClient, tag: string, share: number) {
  const issued: string[] = [];
  let acknowledged = 0;
  let last = Infinity;
  let frozen = false;
  client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (!frozen && number < last) acknowledged = Math.max(acknowledged, issued.length - number);
    last = number;
  });
  // Once the server is gone no acknowledgement can come; later ones belong to the next server.
  client.provider.on('close', () => (frozen = true));
  const done = new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const word = `${tag}${issued.length}`;
      const notes = client.doc.getText('notes');
      notes.insert(notes.length, ` ${word}`);
      issued.push(word);
      if (issued.length >= share) {
        clearInterval(timer);
        resolve();
      }
    }, 2);
  });
  return { issued, done, acknowledged: () => issued.slice(0, acknowledged) };
}

const wordsOf = (doc: Y.Doc) => new Set(doc.getText('notes').toString().split(' ').filter(Boolean));

async function wordsOnDisk(dataDir: string): Promise<Set<string>> {
  const store = new SqliteDocumentStore(openDeskDatabase(dataDir), { problem: () => {} });
  const doc = new Y.Doc();
  for (const part of await store.load(articleDocName(ARTICLE))) Y.applyUpdate(doc, part);
  store.close();
  return wordsOf(doc);
}

it('keeps every acknowledged edit through a kill -9 during 1,000 edits from three clients', async () => {
  const dataDir = tempDataDir();
  const first = await startDeskProcess(dataDir, { args: ['--compact-after', '100'] });
  processes.push(first);
  const people = await Promise.all(
    (['Sokha', 'Dara', 'Chenda'] as const).map((name, i) =>
      joinAs(dataDir, first.httpUrl, name, i === 1 ? 'editor' : 'reporter'),
    ),
  );
  await value(first.httpUrl, 'fileArticle', { id: ARTICLE, headline: 'Crash' }, people[0]!.token);
  const [a, b, c] = people.map((p) => {
    const client = connect(first.url, articleDocName(ARTICLE), p.token);
    clients.push(client);
    return client;
  }) as [TestClient, TestClient, TestClient];
  await Promise.all([a, b, c].map((x) => x.acknowledged()));
  const share = Math.ceil(EDITS / 3);
  const writers = [writer(a, 'a', share), writer(b, 'b', share), writer(c, 'c', share)];

  // Kill the server part-way through, at a point that differs from run to run.
  const killAfter = 300 + Math.floor(Math.random() * 300);
  await until(() => writers.reduce((n, w) => n + w.issued.length, 0) >= killAfter, 20_000, 'edits');
  await first.kill9();
  // The third client never comes back.
  c.destroy();
  const issuedAtKill = writers.reduce((n, w) => n + w.issued.length, 0);
  const acknowledged = writers.flatMap((w) => w.acknowledged());

  const onDisk = await wordsOnDisk(dataDir);
  const lostOnDisk = acknowledged.filter((word) => !onDisk.has(word));
  console.log(
    `desk: kill -9 after ${issuedAtKill} of ${EDITS} edits from 3 clients: ${acknowledged.length} acknowledged, ${lostOnDisk.length} lost, ${onDisk.size} on disk`,
  );
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(lostOnDisk).toEqual([]);

  // The other two keep writing offline, then the server comes back on the same address.
  await Promise.all(writers.slice(0, 2).map((w) => w.done));
  const restartedAt = performance.now();
  const second = await startDeskProcess(dataDir, { port: first.port });
  processes.push(second);
  const auditor = connect(second.url, articleDocName(ARTICLE), people[1]!.token);
  clients.push(auditor);
  const expected = [...writers[0]!.issued, ...writers[1]!.issued, ...writers[2]!.acknowledged()];
  const missing = () => {
    const final = wordsOf(auditor.doc);
    return expected.filter((word) => !final.has(word));
  };
  await until(() => missing().length === 0, 20_000, 'every edit to reach the desk').catch(() => {});
  const backAfter = performance.now() - restartedAt;
  reportFigure(
    `kill -9 of a single desk server during ${EDITS} edits from 3 clients`,
    `${lostOnDisk.length} of ${acknowledged.length} acknowledged lost, ${missing().length} of ${expected.length} lost after restart, clients back in ${(backAfter / 1000).toFixed(1)} s`,
  );
  console.log(
    `desk: after restart ${wordsOf(auditor.doc).size} edits on the desk, ${missing().length} of ${expected.length} expected lost, all back in ${(backAfter / 1000).toFixed(2)} s`,
  );
  expect(missing()).toEqual([]);
  await Promise.all([a, b, auditor].map((x) => x.acknowledged()));
  expect(a.doc.getText('notes').toString()).toBe(auditor.doc.getText('notes').toString());
  expect(b.doc.getText('notes').toString()).toBe(auditor.doc.getText('notes').toString());
}, 90_000);
