// The desk server as a child process, with real Hocuspocus providers: members co-edit, roles and
// credentials are enforced by the server, and bad clients are cut off without disturbing others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleDocName, DESK_DOC_NAME } from '../shared/desk/article-doc';
import type { DeskCredential, DeskHealth } from '../shared/desk/contract';
import { DESK_ARTICLES_ROOT, type DeskEntry } from '../shared/desk/desk-doc';
import {
  call,
  connect,
  joinAs,
  until,
  value,
  type TestClient,
} from '../test-support/desk/desk-clients';
import { startDeskProcess, tempDataDir, type DeskProcess } from '../test-support/desk/desk-process';

const ARTICLE = 'a1b2c3d4-0000-4000-8000-000000000001';
let desk: DeskProcess;
let dataDir: string;
let reporter: DeskCredential;
let editor: DeskCredential;
const clients: TestClient[] = [];

function client(name: string, token: string): TestClient {
  const created = connect(desk.url, name, token);
  clients.push(created);
  return created;
}

const deskEntry = (c: TestClient) =>
  c.doc.getMap(DESK_ARTICLES_ROOT).get(ARTICLE) as DeskEntry | undefined;

beforeAll(async () => {
  dataDir = tempDataDir();
  desk = await startDeskProcess(dataDir);
  reporter = await joinAs(dataDir, desk.httpUrl, 'Sokha', 'reporter');
  editor = await joinAs(dataDir, desk.httpUrl, 'Dara', 'editor');
  await value(
    desk.httpUrl,
    'fileArticle',
    { id: ARTICLE, headline: 'Floods in Kampot' },
    reporter.token,
  );
}, 30_000);

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await desk?.stop();
});

describe('the desk server', () => {
  it('prints a loopback ws:// address and answers health', async () => {
    expect(desk.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const health = (await (await fetch(`${desk.httpUrl}/health`)).json()) as DeskHealth;
    expect(health).toMatchObject({ ok: true });
    expect(typeof health.connections).toBe('number');
  });

  it('brings two members typing in different paragraphs to the same document', async () => {
    const a = client(articleDocName(ARTICLE), reporter.token);
    const b = client(articleDocName(ARTICLE), editor.token);
    await Promise.all([a.acknowledged(), b.acknowledged()]);
    const started = performance.now();
    for (let i = 0; i < 50; i += 1) {
      a.doc.getText('headline').insert(a.doc.getText('headline').length, 'a');
      b.doc.getText('standfirst').insert(0, 'b');
    }
    await until(
      () =>
        Y.encodeStateAsUpdate(a.doc).length > 0 &&
        a.doc.getText('standfirst').length === 50 &&
        b.doc.getText('headline').length === 50,
      5_000,
      'both edits on both sides',
    );
    console.log(
      `desk: two clients converged on 100 edits in ${Math.round(performance.now() - started)} ms`,
    );
    expect(a.doc.getText('headline').toString()).toBe(b.doc.getText('headline').toString());
    expect(a.doc.getText('standfirst').toString()).toBe(b.doc.getText('standfirst').toString());
    await Promise.all([a.acknowledged(), b.acknowledged()]);
  });

  it("records an editor's approval with who and when, and refuses a reporter's", async () => {
    const refused = await call(
      desk.httpUrl,
      'setStatus',
      { id: ARTICLE, status: 'approved' },
      reporter.token,
    );
    expect(refused).toMatchObject({ ok: false, status: 403, error: { code: 'forbidden' } });
    const ready = await value<DeskEntry>(
      desk.httpUrl,
      'setStatus',
      { id: ARTICLE, status: 'ready' },
      reporter.token,
    );
    expect(ready.status).toBe('ready');
    const approved = await value<DeskEntry>(
      desk.httpUrl,
      'setStatus',
      { id: ARTICLE, status: 'approved' },
      editor.token,
    );
    expect(approved.approval?.by).toBe('Dara');
    expect(approved.history.map((r) => `${r.status} by ${r.by}`)).toEqual([
      'draft by Sokha',
      'ready by Sokha',
      'approved by Dara',
    ]);
    const reader = client(DESK_DOC_NAME, reporter.token);
    await until(
      () => deskEntry(reader)?.status === 'approved',
      5_000,
      'the directory to show the approval',
    );
    expect(deskEntry(reader)?.approval?.by).toBe('Dara');
    await value(desk.httpUrl, 'setStatus', { id: ARTICLE, status: 'edited' }, editor.token);
    await until(
      () => deskEntry(reader)?.status === 'edited',
      5_000,
      'the directory to show the change',
    );
  });

  it("does not let a reporter's own client make an article approved", async () => {
    const watcher = client(DESK_DOC_NAME, editor.token);
    await until(() => deskEntry(watcher)?.status === 'edited', 5_000, 'the directory');
    // A hand-made client writes "approved" straight into the directory...
    const forger = client(DESK_DOC_NAME, reporter.token);
    await until(() => deskEntry(forger) !== undefined, 5_000, 'the forger to sync');
    forger.doc
      .getMap(DESK_ARTICLES_ROOT)
      .set(ARTICLE, { ...deskEntry(forger)!, status: 'approved' });
    await until(() => forger.closes.length > 0, 5_000, 'the forger to be disconnected');
    // ...and into the article, where no workflow field exists.
    const articleForger = client(articleDocName(ARTICLE), reporter.token);
    await articleForger.acknowledged();
    articleForger.doc.getMap('workflow').set('status', 'approved');
    articleForger.doc.getMap('meta').set('status', 'approved');
    await until(
      () => articleForger.closes.length > 0,
      5_000,
      'the article forger to be disconnected',
    );

    const listed = await value<DeskEntry[]>(desk.httpUrl, 'listArticles', {}, editor.token);
    expect(listed.find((e) => e.id === ARTICLE)?.status).toBe('edited');
    expect(deskEntry(watcher)?.status).toBe('edited');
    const fresh = client(articleDocName(ARTICLE), editor.token);
    await fresh.acknowledged();
    expect(fresh.doc.getMap('workflow').size).toBe(0);
    expect(fresh.doc.getMap('meta').get('status')).toBeUndefined();
    expect(fresh.provider.unsyncedChanges).toBe(0);
  });

  it('refuses unknown and forged credentials', async () => {
    const forged = client(articleDocName(ARTICLE), `${editor.token.slice(0, -2)}xx`);
    const unknown = client(DESK_DOC_NAME, 'not-a-credential');
    await until(
      () => forged.authFailures.length > 0 && unknown.authFailures.length > 0,
      5_000,
      'refusals',
    );
    expect(forged.provider.isSynced).toBe(false);
    expect(forged.doc.getText('headline').length).toBe(0);
    const http = await call(desk.httpUrl, 'listArticles', {}, 'forged');
    expect(http).toMatchObject({ ok: false, status: 401 });
  });

  it('lets only editors assign, change the ticker and remove articles', async () => {
    const other = 'a1b2c3d4-0000-4000-8000-000000000002';
    await value(
      desk.httpUrl,
      'fileArticle',
      { id: other, headline: 'Rice prices' },
      reporter.token,
    );
    for (const [method, input] of [
      ['assign', { id: other, assignee: 'Sokha' }],
      ['setTicker', { items: [] }],
      ['removeArticle', { id: other }],
    ] as const) {
      expect(await call(desk.httpUrl, method, input, reporter.token)).toMatchObject({
        ok: false,
        status: 403,
      });
    }
    const assigned = await value<DeskEntry>(
      desk.httpUrl,
      'assign',
      { id: other, assignee: 'Sokha' },
      editor.token,
    );
    expect(assigned.assignee).toBe('Sokha');
    await value(desk.httpUrl, 'removeArticle', { id: other }, editor.token);
    const listed = await value<DeskEntry[]>(desk.httpUrl, 'listArticles', {}, reporter.token);
    expect(listed.map((e) => e.id)).toEqual([ARTICLE]);
  });

  it('disconnects a client sending garbage while two others keep syncing', async () => {
    const a = client(articleDocName(ARTICLE), reporter.token);
    const b = client(articleDocName(ARTICLE), editor.token);
    await Promise.all([a.acknowledged(), b.acknowledged()]);
    const junk = new WebSocket(desk.url);
    const closed = new Promise<number>((resolve) =>
      junk.addEventListener('close', (e) => resolve(e.code)),
    );
    await new Promise((resolve) => junk.addEventListener('open', resolve));
    for (let i = 0; i < 20; i += 1) {
      junk.send(new Uint8Array(Array.from({ length: 64 }, () => Math.floor(Math.random() * 256))));
      a.doc.getText('notes').insert(0, 'x');
    }
    const code = await closed;
    await until(
      () => b.doc.getText('notes').length === a.doc.getText('notes').length,
      5_000,
      'b to catch up',
    );
    await a.acknowledged();
    expect(code).toBeGreaterThanOrEqual(1000);
    expect(a.closes).toEqual([]);
    expect(b.closes).toEqual([]);
    const health = (await (await fetch(`${desk.httpUrl}/health`)).json()) as DeskHealth;
    expect(health.errors).toBeGreaterThan(0);
  });

  it('cuts off a revoked person at once', async () => {
    const temp = await joinAs(dataDir, desk.httpUrl, 'Visal', 'reporter');
    const c = client(articleDocName(ARTICLE), temp.token);
    await c.acknowledged();
    const { openDeskRecords } = await import('./backend');
    const { revokePerson } = await import('./people');
    const db = await openDeskRecords({ kind: 'sqlite', dataDir });
    const revokedAt = performance.now();
    expect(await revokePerson(db, 'Visal')).toBe(true);
    await db.close();
    await until(() => c.closes.length > 0, 5_000, 'the revoked person to be disconnected');
    console.log(
      `desk: revoked person disconnected after ${Math.round(c.closes[0]!.at - revokedAt)} ms`,
    );
    await until(() => c.authFailures.length > 0, 5_000, 'the reconnect to be refused');
    expect(await call(desk.httpUrl, 'whoAmI', {}, temp.token)).toMatchObject({
      ok: false,
      status: 401,
    });
  });
});
