import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type ArticleFields } from '../../shared/article';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { exportArticle, preflightLibrary } from './export-article';
import { Library } from './library';
import { TickerStore } from './ticker-store';

let root: string;
let library: Library;
const sources = () => ({
  library,
  ticker: () => new TickerStore(root).get(),
  publication: { ...DEFAULT_PUBLICATION, name: 'Mekong Daily' },
});
const body = (text: string): ArticleFields['body'] => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-export-'));
  library = await Library.open(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('exportArticle', () => {
  it('hands the page back for download when the host has no save dialog, writing only its publication dates', async () => {
    const article = await library.create({
      ...emptyFields(),
      headline: '<b>Fish & "Chips"</b> at the Market',
      dateline: 'Kampot',
      status: 'approved',
      notes: 'Never publish this note.',
      body: body('Sellers came early.'),
    });
    const before = await readdir(root, { recursive: true });
    const result = await exportArticle(
      sources(),
      { id: article.id, format: 'page', override: false },
      undefined,
    );
    expect(result.kind).toBe('download');
    if (result.kind !== 'download') return;
    expect(result.fileName).toBe('b-fish-chips-b-at-the-market.html');
    expect(result.mimeType).toBe('text/html; charset=utf-8');
    expect(result.content).toContain(
      '&lt;b&gt;Fish &amp; &quot;Chips&quot;&lt;/b&gt; at the Market',
    );
    expect(result.content).toContain('Mekong Daily');
    expect(result.content).not.toContain('Never publish this note');
    expect((await readdir(root, { recursive: true })).sort()).toEqual(
      [...before, 'published.json'].sort(),
    );
  });

  it('refuses an article with preflight errors unless the editor overrides, and says which', async () => {
    const article = await library.create({ ...emptyFields(), headline: '' });
    const refused = await exportArticle(
      sources(),
      { id: article.id, format: 'text', override: false },
      undefined,
    ).catch((e) => e);
    expect(refused.code).toBe('preflight');
    expect(refused.message).toMatch(
      /^Not exported: 2 problems must be fixed first \(The headline is empty; The body is empty\)/,
    );
    const forced = await exportArticle(
      sources(),
      { id: article.id, format: 'text', override: true },
      undefined,
    );
    expect(forced).toMatchObject({ kind: 'download', fileName: `${article.id}.txt` });
  });

  it('writes to the path the desktop dialog chose, and does nothing when it was cancelled', async () => {
    const article = await library.create({
      ...emptyFields(),
      headline: 'Rain',
      body: body('It rained.'),
    });
    const target = path.join(root, 'out.json');
    const saved = await exportArticle(
      sources(),
      { id: article.id, format: 'ninjs', override: false },
      async (request) => {
        expect(request).toEqual({
          kind: 'file',
          suggestedName: 'rain.ninjs.json',
          filters: [{ name: 'ninjs (JSON)', extensions: ['json'] }],
        });
        return target;
      },
    );
    expect(saved).toEqual({ kind: 'saved', path: target });
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ language: 'en' });
    const cancelled = await exportArticle(
      sources(),
      { id: article.id, format: 'page', override: false },
      async () => undefined,
    );
    expect(cancelled).toEqual({ kind: 'cancelled' });
  });
});

describe('preflightLibrary', () => {
  it('checks every article, or those with a status', async () => {
    await library.create({
      ...emptyFields(),
      headline: 'Approved one',
      status: 'approved',
      body: body('Text.'),
    });
    const all = await preflightLibrary(sources());
    expect(all.map((report) => report.headline)).toEqual([
      'Approved one',
      'Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season',
    ]);
    const approved = await preflightLibrary(sources(), 'approved');
    expect(approved.map((report) => report.headline)).toEqual(['Approved one']);
  });
});
