// A desk of several servers under failure, on real PostgreSQL and Redis: kill -9 of one of three
// servers while clients edit through it, a Redis restart and a PostgreSQL restart during edits.
// Nothing a client saw acknowledged may be lost, and every client catches up afterwards.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleDocName } from '../shared/desk/article-doc';
import { openDeskBackend } from '../desk/backend';
import {
  connect,
  connectAny,
  joinAs,
  until,
  value,
  type TestClient,
} from '../test-support/desk/desk-clients';
import { startDeskProcess, type DeskProcess } from '../test-support/desk/desk-process';
import {
  createDatabase,
  servicesMissing,
  startPostgres,
  startRedis,
  type TestPostgres,
  type TestRedis,
} from '../test-support/desk/services';
import { missingFrom, startWriter, wordsOf, type Writer } from '../test-support/desk/writers';
import { reportFigure } from './report';

// Each test has its own desk (database, servers, article); one Redis serves them all, as it may
// serve only one desk at a time, each test stops its servers before the next starts.
let ARTICLE = '';
let DOC = '';
const missing = servicesMissing();
if (missing) console.log(`desk server failure tests skipped: ${missing}`);

let postgres: TestPostgres;
let redis: TestRedis;
const servers: DeskProcess[] = [];
const clients: TestClient[] = [];
let databases = 0;

/** A fresh desk database, `count` servers on it, three people, and the article filed. */
async function desk(count: number) {
  databases += 1;
  const url = await createDatabase(postgres, `failures_${databases}`);
  ARTICLE = `c0ffee00-0000-4000-8000-00000000f00${databases}`;
  DOC = articleDocName(ARTICLE);
  const started: DeskProcess[] = [];
  for (let i = 0; i < count; i += 1) {
    started.push(await startDeskProcess({ postgres: url, redis: redis.url }));
  }
  servers.push(...started);
  const storage = { kind: 'postgres', url } as const;
  const people = [];
  for (const [name, role] of [
    ['Sokha', 'reporter'],
    ['Dara', 'editor'],
    ['Chenda', 'reporter'],
  ] as const) {
    people.push(await joinAs(storage, started[0]!.httpUrl, name, role));
  }
  await value(
    started[0]!.httpUrl,
    'fileArticle',
    { id: ARTICLE, headline: 'Failures' },
    people[0]!.token,
  );
  return { url, servers: started, tokens: people.map((p) => p.token) };
}

async function wordsInDatabase(url: string): Promise<Set<string>> {
  const backend = await openDeskBackend(
    { kind: 'postgres', url },
    { problem: () => {} },
    { compactAfterUpdates: 200 },
  );
  const doc = new Y.Doc();
  for (const part of await backend.store.load(DOC)) Y.applyUpdate(doc, part);
  await backend.close();
  return wordsOf(doc);
}

const track = (client: TestClient) => (clients.push(client), client);
const total = (writers: Writer[]) => writers.reduce((n, w) => n + w.issued.length, 0);
const allIssued = (writers: Writer[]) => writers.flatMap((w) => w.issued);
const settled = (c: TestClient) => c.provider.isSynced && c.provider.unsyncedChanges === 0;

describe.skipIf(missing !== null)('a desk of several servers under failure', () => {
  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  }, 60_000);

  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  }, 30_000);

  afterAll(async () => {
    await redis?.stop();
    await postgres?.remove();
  }, 60_000);

  it('keeps every acknowledged edit when one of three servers is killed', async () => {
    const EDITS = 3_000;
    const { url, servers: three, tokens } = await desk(3);
    const urls = three.map((s) => s.url);
    // Six clients, two on each server; each knows every address, starting with its own server's.
    const six = Array.from({ length: 6 }, (_, i) => {
      const own = i % 3;
      const order = [...urls.slice(own), ...urls.slice(0, own)];
      return track(connectAny(order, DOC, tokens[i % 3]!));
    });
    await Promise.all(six.map((c) => c.acknowledged()));
    const writers = six.map((c, i) => startWriter(c, `k${i}-`, EDITS / 6, 4));
    await until(() => total(writers) >= 1_000, 30_000, 'a third of the edits');
    const killedAt = performance.now();
    await three[0]!.kill9();
    const issuedAtKill = total(writers);
    const orphans = [six[0]!, six[3]!];
    const acknowledged = [writers[0]!, writers[3]!].flatMap((w) => w.acknowledgedBeforeClose());
    await until(
      () => orphans.every((c) => c.closes.length > 0 && settled(c)),
      30_000,
      "the lost server's clients to be back",
    );
    const backAfter = (performance.now() - killedAt) / 1000;

    await Promise.all(writers.map((w) => w.done));
    const expected = allIssued(writers);
    await until(
      () => six.every((c) => missingFrom(c.doc, expected).length === 0),
      30_000,
      'every edit on every client',
    ).catch(() => {});
    await Promise.all(six.map((c) => c.acknowledged(30_000)));
    const stored = await wordsInDatabase(url);
    const lostAcknowledged = acknowledged.filter((word) => !stored.has(word));
    const lost = expected.filter((word) => !stored.has(word));
    reportFigure(
      `kill -9 of 1 of 3 desk servers during ${EDITS} edits (killed after ${issuedAtKill}, ${acknowledged.length} acknowledged by it)`,
      `${lost.length} lost, ${lostAcknowledged.length} acknowledged lost, clients back in ${backAfter.toFixed(1)} s`,
    );
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(lostAcknowledged).toEqual([]);
    expect(lost).toEqual([]);
    for (const c of six)
      expect(c.doc.getText('notes').toString()).toBe(six[1]!.doc.getText('notes').toString());
  }, 90_000);

  it('catches every client up after Redis restarts during edits', async () => {
    const EDITS = 1_200;
    const { url, servers: two, tokens } = await desk(2);
    const four = Array.from({ length: 4 }, (_, i) =>
      track(connect(two[i % 2]!.url, DOC, tokens[i % 3]!)),
    );
    await Promise.all(four.map((c) => c.acknowledged()));
    const writers = four.map((c, i) => startWriter(c, `r${i}-`, EDITS / 4, 10));
    await until(() => total(writers) >= 300, 30_000, 'a quarter of the edits');
    await redis.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const duringOutage = total(writers);
    await redis.start();
    const backAt = performance.now();
    await Promise.all(writers.map((w) => w.done));
    const expected = allIssued(writers);
    await until(
      () => four.every((c) => missingFrom(c.doc, expected).length === 0),
      30_000,
      'every client to catch up',
    ).catch(() => {});
    const caughtUp = (performance.now() - backAt) / 1000;
    const notEverywhere = new Set(four.flatMap((c) => missingFrom(c.doc, expected)));
    const stored = await wordsInDatabase(url);
    const lost = expected.filter((word) => !stored.has(word));
    reportFigure(
      `redis restart during ${EDITS} edits on 2 desk servers (down 2 s, after ${duringOutage} edits)`,
      `${lost.length} lost, ${notEverywhere.size} missing on some client, all clients caught up ${caughtUp.toFixed(1)} s after Redis was back`,
    );
    expect(lost).toEqual([]);
    expect([...notEverywhere]).toEqual([]);
  }, 90_000);

  it('refuses rather than acknowledges while PostgreSQL is down, and loses nothing', async () => {
    const EDITS = 1_200;
    const { url, servers: two, tokens } = await desk(2);
    const four = Array.from({ length: 4 }, (_, i) =>
      track(connect(two[i % 2]!.url, DOC, tokens[i % 3]!)),
    );
    await Promise.all(four.map((c) => c.acknowledged()));
    const writers = four.map((c, i) => startWriter(c, `p${i}-`, EDITS / 4, 10));
    await until(() => total(writers) >= 300, 30_000, 'a quarter of the edits');
    const acknowledgedBefore = writers.flatMap((w) => w.acknowledgedBeforeClose());
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const refusals = four.reduce((n, c) => n + c.closes.filter((e) => e.code === 4503).length, 0);
    await postgres.start();
    const backAt = performance.now();
    await Promise.all(writers.map((w) => w.done));
    const expected = allIssued(writers);
    await until(
      () => four.every((c) => settled(c) && missingFrom(c.doc, expected).length === 0),
      45_000,
      'every client to catch up',
    ).catch(() => {});
    const caughtUp = (performance.now() - backAt) / 1000;
    const stored = await wordsInDatabase(url);
    const lost = expected.filter((word) => !stored.has(word));
    reportFigure(
      `postgres restart during ${EDITS} edits on 2 desk servers (down 2 s)`,
      `${lost.length} lost, ${acknowledgedBefore.filter((w) => !stored.has(w)).length} acknowledged lost, ${refusals} refusals while down, all stored and on every client ${caughtUp.toFixed(1)} s after it was back`,
    );
    expect(refusals).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    for (const c of four) expect(missingFrom(c.doc, expected)).toEqual([]);
  }, 90_000);
});
