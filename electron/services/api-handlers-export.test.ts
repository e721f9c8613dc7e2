import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditionProgress } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { emptyFields } from '../../shared/article';
import { createDispatch, createHandlers } from './api-handlers';
import type { ChooseExportTarget } from './export-target';
import { Library } from './library';

let scratch: string;
let library: Library;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-api-export-'));
  library = await Library.open(path.join(scratch, 'library'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function api(chooseExportTarget?: ChooseExportTarget) {
  const dispatch = createDispatch(
    createHandlers({
      library: () => library,
      appInfo: () => ({ host: 'web', libraryPath: library.root, notices: [] }),
      ...(chooseExportTarget ? { chooseExportTarget } : {}),
    }),
    () => undefined,
  );
  return async <T>(method: string, input: unknown) =>
    (await dispatch(method, input)) as ApiResult<T>;
}

const filled = (headline: string) => ({
  ...emptyFields(),
  headline,
  status: 'approved' as const,
  body: {
    type: 'doc' as const,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: `${headline}, the story.` }] }],
  },
});

const everyFile = async () => (await readdir(scratch, { recursive: true })).sort();

async function finished(call: ReturnType<typeof api>, jobId: string): Promise<EditionProgress> {
  let last: EditionProgress = { state: 'not-started' };
  await vi.waitFor(async () => {
    const result = await call<EditionProgress>('editionProgress', { jobId });
    if (!result.ok) throw new Error(result.error.message);
    last = result.value;
    expect(last.state).not.toBe('running');
  });
  return last;
}

describe('exportArticle', () => {
  it('hands the file back for download in the web host, writing only its publication dates', async () => {
    const article = await library.create(filled('Rain Falls'));
    const before = await everyFile();
    const result = await api()('exportArticle', { id: article.id, format: 'page' });
    expect(result).toMatchObject({
      ok: true,
      value: {
        kind: 'download',
        fileName: 'rain-falls.html',
        mimeType: 'text/html; charset=utf-8',
      },
    });
    expect(result.ok && (result.value as { content: string }).content).toMatch(/^<!doctype html>/);
    expect(await everyFile()).toEqual([...before, 'library/published.json'].sort());
  });

  it('saves where the host’s dialog says, or nothing when it is cancelled', async () => {
    const article = await library.create(filled('Rain Falls'));
    const target = path.join(scratch, 'chosen.txt');
    const choose = vi.fn<ChooseExportTarget>(async () => target);
    const saved = await api(choose)('exportArticle', { id: article.id, format: 'text' });
    expect(saved).toEqual({ ok: true, value: { kind: 'saved', path: target } });
    expect(choose).toHaveBeenCalledWith({
      kind: 'file',
      suggestedName: 'rain-falls.txt',
      filters: [{ name: 'Plain text', extensions: ['txt'] }],
    });
    expect(await readFile(target, 'utf8')).toContain('Rain Falls, the story.');

    const before = await everyFile();
    const cancelled = await api(async () => undefined)('exportArticle', {
      id: article.id,
      format: 'fragment',
    });
    expect(cancelled).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(await everyFile()).toEqual(before);
  });

  it('refuses an article with preflight errors unless the editor exports anyway', async () => {
    const article = await library.create({ ...emptyFields(), headline: '' });
    const choose = vi.fn<ChooseExportTarget>(async () => path.join(scratch, 'x.html'));
    const refused = await api(choose)('exportArticle', { id: article.id, format: 'page' });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'preflight',
        message:
          'Not exported: 2 problems must be fixed first (The headline is empty; The body is empty), or choose Export anyway.',
      },
    });
    expect(choose).not.toHaveBeenCalled();
    const forced = await api()('exportArticle', { id: article.id, format: 'page', override: true });
    expect(forced).toMatchObject({
      ok: true,
      value: { kind: 'download', fileName: `${article.id}.html` },
    });
  });
});

describe('startEdition', () => {
  it('writes the approved articles under the library’s exports folder in the web host', async () => {
    await library.create(filled('Rain Falls'));
    await library.create(filled('Sun Returns'));
    const call = api();
    const started = await call<EditionProgress>('startEdition', {});
    expect(started).toMatchObject({ ok: true, value: { state: 'running', total: 2, done: 0 } });
    if (!started.ok || started.value.state === 'not-started') return;
    expect(path.relative(library.root, started.value.folder)).toMatch(
      /^exports[/\\]edition-\d{4}-\d\d-\d\d-\d{6}$/,
    );
    const done = await finished(call, started.value.jobId);
    expect(done).toMatchObject({ state: 'done', done: 2, skipped: [] });
    expect((await readdir(started.value.folder)).sort()).toEqual([
      'feed.xml',
      'fonts',
      'index.html',
      'rain-falls.html',
      'sun-returns.html',
      'ticker.html',
    ]);
  });

  it('asks the desktop host for a folder, and starts nothing when that is cancelled', async () => {
    await library.create(filled('Rain Falls'));
    const choose = vi.fn<ChooseExportTarget>(async () => undefined);
    const result = await api(choose)('startEdition', {});
    expect(result).toEqual({ ok: true, value: { state: 'not-started' } });
    expect(choose).toHaveBeenCalledWith({ kind: 'folder', title: 'Export edition' });
    expect(existsSync(path.join(library.root, 'exports'))).toBe(false);

    const folder = path.join(scratch, 'site');
    const call = api(async () => folder);
    const started = await call<EditionProgress>('startEdition', {
      ids: [(await library.list()).articles.find((a) => a.headline === 'Rain Falls')!.id],
    });
    if (!started.ok || started.value.state === 'not-started') throw new Error('not started');
    expect(started.value.folder).toBe(folder);
    expect(await finished(call, started.value.jobId)).toMatchObject({ state: 'done', total: 1 });
    expect(existsSync(path.join(folder, 'rain-falls.html'))).toBe(true);
  });

  it('says so when no article is approved', async () => {
    const result = await api()('startEdition', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'No article is marked Approved, so there is nothing to export.',
      },
    });
  });

  it('cancels a job by id and refuses ids it does not know', async () => {
    for (const headline of ['One', 'Two', 'Three']) await library.create(filled(headline));
    const call = api();
    const started = await call<EditionProgress>('startEdition', {});
    if (!started.ok || started.value.state === 'not-started') throw new Error('not started');
    const cancelled = await call<EditionProgress>('cancelEdition', { jobId: started.value.jobId });
    expect(cancelled.ok).toBe(true);
    const end = await finished(call, started.value.jobId);
    expect(end.state).toBe('cancelled');
    if (end.state === 'not-started') return;
    expect((await readdir(end.folder)).sort()).toEqual(end.written.map((f) => f.file).sort());

    const unknown = await call('editionProgress', {
      jobId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const bad = await call('cancelEdition', { jobId: '../../etc' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
