// Two desk servers sharing PostgreSQL and Redis (real servers from Debian's packages, on loopback):
// people on different servers co-edit one article live, a revocation reaches every server, the
// schema is made and upgraded by itself, a long-edited article's storage stays bounded, and a
// pg_dump backup restored into a fresh database holds every article.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleDocName } from '../shared/desk/article-doc';
import { deskPhotoPath } from '../shared/desk/contract';
import { sampleJpeg } from '../test-support/electron/photo-samples';
import { DeskArticles } from './articles';
import { openDeskBackend, openDeskRecords } from './backend';
import { migratePostgres, POSTGRES_MIGRATIONS } from './migrations-postgres';
import { listPeople, revokePerson } from './people';
import { PostgresDocumentStore } from './store-postgres';
import { connect, joinAs, until, value, type TestClient } from '../test-support/desk/desk-clients';
import { startDeskProcess, type DeskProcess } from '../test-support/desk/desk-process';
import {
  createDatabase,
  servicesMissing,
  startPostgres,
  startRedis,
  type TestPostgres,
  type TestRedis,
} from '../test-support/desk/services';

const run = promisify(execFile);
const missing = servicesMissing();
if (missing) console.log(`desk cluster tests skipped: ${missing}`);

const ARTICLES = [
  'c0ffee00-0000-4000-8000-00000000c001',
  'c0ffee00-0000-4000-8000-00000000c002',
  'c0ffee00-0000-4000-8000-00000000c003',
];
const notes = (client: TestClient) => client.doc.getText('notes').toString();

describe.skipIf(missing !== null)('a desk of several servers', () => {
  let postgres: TestPostgres;
  let redis: TestRedis;
  let deskUrl: string;
  const servers: DeskProcess[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    deskUrl = await createDatabase(postgres, 'desk');
    for (let i = 0; i < 2; i += 1) {
      servers.push(await startDeskProcess({ postgres: deskUrl, redis: redis.url }));
    }
  }, 60_000);

  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await Promise.all(servers.map((s) => s.stop()));
    await redis?.stop();
    await postgres?.remove();
  }, 60_000);

  it('lets people on different servers co-edit one article live', async () => {
    const [a, b] = servers as [DeskProcess, DeskProcess];
    const storage = { kind: 'postgres', url: deskUrl } as const;
    const sokha = await joinAs(storage, a.httpUrl, 'Sokha', 'reporter');
    const dara = await joinAs(storage, b.httpUrl, 'Dara', 'editor');
    for (const id of ARTICLES) {
      await value(a.httpUrl, 'fileArticle', { id, headline: `Story ${id.slice(-1)}` }, sokha.token);
    }
    // Filed through server A, listed by server B: the records are shared.
    const listed = await value<{ id: string }[]>(b.httpUrl, 'listArticles', {}, dara.token);
    expect(listed.map((entry) => entry.id).sort()).toEqual([...ARTICLES].sort());

    const onA = connect(a.url, articleDocName(ARTICLES[0]!), sokha.token);
    const onB = connect(b.url, articleDocName(ARTICLES[0]!), dara.token);
    clients.push(onA, onB);
    await Promise.all([onA.acknowledged(), onB.acknowledged()]);
    let started = performance.now();
    onA.doc.getText('notes').insert(0, 'Floods reach the capital. ');
    await until(() => notes(onB).includes('Floods reach'), 5_000, "A's edit on server B");
    const aToB = performance.now() - started;
    started = performance.now();
    onB.doc.getText('notes').insert(notes(onB).length, 'Editor: confirm the toll.');
    await until(() => notes(onA).includes('confirm the toll'), 5_000, "B's edit on server A");
    const bToA = performance.now() - started;
    await Promise.all([onA.acknowledged(), onB.acknowledged()]);
    expect(notes(onA)).toBe(notes(onB));
    console.log(
      `desk cluster: an edit on server A reached server B's client in ${aToB.toFixed(0)} ms, B to A in ${bToA.toFixed(0)} ms`,
    );
  });

  it('keeps a photo sent through one server for members on another', async () => {
    const [a, b] = servers as [DeskProcess, DeskProcess];
    const storage = { kind: 'postgres', url: deskUrl } as const;
    const sreymom = await joinAs(storage, a.httpUrl, 'Sreymom', 'reporter');
    const photo = await sampleJpeg({ width: 320, height: 240, seed: 21 });
    const hash = createHash('sha256').update(photo).digest('hex');
    const sent = await fetch(`${a.httpUrl}${deskPhotoPath(hash)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${sreymom.token}` },
      body: new Uint8Array(photo),
    });
    expect(sent.status).toBe(200);
    const read = await fetch(`${b.httpUrl}${deskPhotoPath(hash)}`, {
      headers: { authorization: `Bearer ${sreymom.token}` },
    });
    expect(read.status).toBe(200);
    expect(Buffer.from(await read.arrayBuffer()).equals(photo)).toBe(true);
    expect(
      await value<string[]>(b.httpUrl, 'missingPhotos', { hashes: [hash] }, sreymom.token),
    ).toEqual([]);
  });

  it('cuts a revoked person off on every server', async () => {
    const [a, b] = servers as [DeskProcess, DeskProcess];
    const storage = { kind: 'postgres', url: deskUrl } as const;
    const visal = await joinAs(storage, a.httpUrl, 'Visal', 'reporter');
    const onB = connect(b.url, articleDocName(ARTICLES[1]!), visal.token);
    clients.push(onB);
    await onB.acknowledged();
    // Revoked from the command line, as `dateline desk revoke Visal --postgres URL` does.
    const records = await openDeskRecords(storage);
    const revokedAt = performance.now();
    expect(await revokePerson(records, 'Visal')).toBe(true);
    await records.close();
    await until(() => onB.closes.length > 0, 5_000, 'server B to close the revoked socket');
    console.log(
      `desk cluster: revoked person disconnected by the other server after ${Math.round(onB.closes[0]!.at - revokedAt)} ms`,
    );
    expect(onB.closes[0]!.code).toBe(4401);
    const refused = await fetch(`${a.httpUrl}/desk/whoAmI`, {
      method: 'POST',
      headers: { authorization: `Bearer ${visal.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(401);
  });

  it('creates its tables on a fresh database and upgrades one left at schema 1', async () => {
    const fresh = new pg.Pool({ connectionString: deskUrl });
    fresh.on('error', () => {});
    const versions = await fresh.query('SELECT version FROM schema_version ORDER BY version');
    expect(versions.rows.map((row) => row.version)).toEqual(
      POSTGRES_MIGRATIONS.map((_, i) => i + 1),
    );
    await fresh.end();

    const oldUrl = await createDatabase(postgres, 'left_at_one');
    const old = new pg.Pool({ connectionString: oldUrl });
    old.on('error', () => {});
    expect(await migratePostgres(old, 1)).toBe(1);
    await old.query(
      "INSERT INTO people (name, role, created_at) VALUES ('Chenda', 'editor', '2026-01-01T00:00:00.000Z')",
    );
    await old.end();
    const backend = await openDeskBackend(
      { kind: 'postgres', url: oldUrl },
      { problem: () => {} },
      { compactAfterUpdates: 200 },
    );
    const upgraded = await backend.sql.all<{ version: number }>(
      'SELECT version FROM schema_version ORDER BY version',
    );
    expect(upgraded.map((row) => row.version)).toEqual([1, 2, 3]);
    expect((await listPeople(backend.sql)).map((p) => p.name)).toEqual(['Chenda']);
    // Version 3 keeps the photos' originals.
    expect(await backend.sql.all('SELECT hash FROM photos')).toEqual([]);
    // Version 2's counter moves when people change, which is how servers learn of revocations.
    const before = await backend.sql.get<{ version: string }>('SELECT version FROM access_changes');
    await revokePerson(backend.sql, 'Chenda');
    const after = await backend.sql.get<{ version: string }>('SELECT version FROM access_changes');
    expect(Number(after!.version)).toBeGreaterThan(Number(before!.version));
    await backend.close();
  });

  it("keeps a long-edited article's storage bounded by compacting it", async () => {
    const url = await createDatabase(postgres, 'compaction');
    const pool = new pg.Pool({ connectionString: url });
    pool.on('error', () => {});
    await migratePostgres(pool);
    const store = new PostgresDocumentStore(
      pool,
      { problem: () => {} },
      { compactAfterUpdates: 50 },
    );
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const sizeAfter: number[] = [];
    let appended = 0;
    for (let round = 0; round < 4; round += 1) {
      for (let i = 0; i < 500; i += 1) {
        const text = doc.getText('notes');
        // Typing and deleting: the text stays short however long the article is edited.
        doc.transact(() => {
          if (text.length > 200) text.delete(0, 20);
          text.insert(text.length, `w${i} `);
        });
        const update = updates.pop()!;
        appended += update.byteLength;
        await store.append('article:long', update);
      }
      await until(() => store.compactions >= round * 9 + 1, 10_000, 'compactions');
      const { rows } = await pool.query<{ log: string }>('SELECT count(*) AS log FROM updates');
      // The log is merged away as it grows; it never holds much more than the threshold.
      expect(Number(rows[0]!.log)).toBeLessThan(100);
      await store.compact('article:long');
      const stored = await pool.query<{ bytes: string }>(
        `SELECT (SELECT coalesce(sum(octet_length(data)), 0) FROM updates)
              + (SELECT coalesce(sum(octet_length(snapshot)), 0) FROM documents) AS bytes`,
      );
      sizeAfter.push(Number(stored.rows[0]!.bytes));
    }
    const reloaded = new Y.Doc();
    for (const part of await store.load('article:long')) Y.applyUpdate(reloaded, part);
    expect(reloaded.getText('notes').toString()).toBe(doc.getText('notes').toString());
    console.log(
      `desk cluster: stored bytes after 500, 1000, 1500, 2000 edits of one article: ${sizeAfter.join(', ')} (${appended} bytes of changes sent)`,
    );
    // Bounded: storage follows the article's size, not the number of edits made to it.
    expect(sizeAfter[3]!).toBeLessThan(2 * sizeAfter[0]!);
    expect(sizeAfter[3]!).toBeLessThan(appended / 10);
    await pool.end();
  });

  it('restores a pg_dump backup into a fresh database with every article', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'desk-backup-'));
    const dump = path.join(folder, 'desk.dump');
    await run(path.join(postgres.bin, 'pg_dump'), ['-Fc', '-f', dump, deskUrl], {
      timeout: 30_000,
    });
    const restoredUrl = await createDatabase(postgres, 'restored');
    await run(path.join(postgres.bin, 'pg_restore'), ['--no-owner', '-d', restoredUrl, dump], {
      timeout: 30_000,
    });
    const backend = await openDeskBackend(
      { kind: 'postgres', url: restoredUrl },
      { problem: () => {} },
      { compactAfterUpdates: 200 },
    );
    const listed = await new DeskArticles(backend.sql).list();
    expect(listed.map((entry) => entry.id).sort()).toEqual([...ARTICLES].sort());
    const doc = new Y.Doc();
    for (const part of await backend.store.load(articleDocName(ARTICLES[0]!))) {
      Y.applyUpdate(doc, part);
    }
    expect(doc.getText('notes').toString()).toContain('Floods reach the capital.');
    await backend.close();
  });
});
