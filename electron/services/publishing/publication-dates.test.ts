// Publication dates that hold: an unchanged library exports byte for byte the same, an article
// keeps its first-published time, and its modified time moves only when its published text does.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleFieldsSchema, emptyFields, type ArticleFields } from '../../../shared/article';
import { DEFAULT_PUBLICATION } from '../../../shared/publication';
import { selectEdition, writeEdition } from '../edition';
import { exportArticle, renderExport } from '../export-article';
import { Library } from '../library';
import { TickerStore } from '../ticker-store';
import { PUBLICATION_RECORD_FILE } from './publication-record';

let scratch: string;
let library: Library;
let minutes = 0;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-published-'));
  minutes = 0;
  library = await Library.open(path.join(scratch, 'library'), {
    now: () => new Date(Date.UTC(2026, 10, 20, 9, minutes++)),
  });
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const sources = () => ({
  library,
  ticker: () => new TickerStore(library.root).get(),
  publication: {
    ...DEFAULT_PUBLICATION,
    name: 'Mekong Daily',
    siteUrl: 'https://news.example.org/',
  },
});
const at = (day: number) => new Date(Date.UTC(2026, 11, day, 8));
const body = (text: string): ArticleFields['body'] => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const approved = (headline: string) =>
  library.create({
    ...emptyFields(),
    headline,
    standfirst: `All about ${headline}.`,
    byline: 'Sok Dara',
    dateline: 'Phnom Penh',
    body: body(`${headline}: the story.`),
    status: 'approved',
  });

async function edition(folder: string, now: Date) {
  const ids = await selectEdition(library, {});
  const outcome = await writeEdition(sources(), ids, {
    folder: path.join(scratch, folder),
    format: 'page',
    override: false,
    now,
  });
  expect(outcome.state).toBe('done');
  return path.join(scratch, folder);
}

async function page(id: string, now: Date): Promise<string> {
  const result = await exportArticle(
    sources(),
    { id, format: 'page', override: false },
    undefined,
    now,
  );
  if (result.kind !== 'download') throw new Error('expected the page back');
  return result.content;
}

const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as {
    datePublished?: string;
    dateModified: string;
  };

async function change(id: string, fields: Partial<ArticleFields>) {
  const current = await library.get(id);
  await library.save(id, current.revision, { ...ArticleFieldsSchema.parse(current), ...fields });
}

describe('publication dates', () => {
  it('writes an unchanged library twice, a day apart, into two folders byte for byte the same', async () => {
    await approved('Ferry returns');
    await approved('Rice prices rise');
    const first = await edition('first', at(1));
    const second = await edition('second', at(2));
    const files = (await readdir(first, { recursive: true })).sort();
    expect(files).toEqual((await readdir(second, { recursive: true })).sort());
    expect(files).toContain('feed.xml');
    let compared = 0;
    for (const file of files) {
      const a = path.join(first, file);
      if (!(await readFile(a).catch(() => undefined))) continue; // a folder
      expect(Buffer.compare(await readFile(a), await readFile(path.join(second, file))), file).toBe(
        0,
      );
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });

  it('exports a single unchanged page twice byte for byte the same', async () => {
    const article = await approved('Ferry returns');
    const first = await page(article.id, at(1));
    const second = await page(article.id, at(3));
    expect(second).toBe(first);
    expect(jsonLd(first).datePublished).toBe(at(1).toISOString());
  });

  it('keeps the first-published time and moves the modified time only when published text changes', async () => {
    const article = await approved('Ferry returns');
    await page(article.id, at(1));

    await change(article.id, { notes: 'Call the ferry company back.' });
    const notesOnly = jsonLd(await page(article.id, at(2)));
    expect(notesOnly).toMatchObject({
      datePublished: at(1).toISOString(),
      dateModified: at(1).toISOString(),
    });

    await change(article.id, { body: body('Ferry returns: the story, with the new timetable.') });
    await change(article.id, { status: 'approved' });
    const edited = jsonLd(await page(article.id, at(3)));
    expect(edited).toMatchObject({
      datePublished: at(1).toISOString(),
      dateModified: at(3).toISOString(),
    });
    expect(edited.dateModified >= edited.datePublished!).toBe(true);
    expect(jsonLd(await page(article.id, at(4)))).toEqual(edited);
  });

  it('dates each feed entry by its own article, not by the export', async () => {
    const older = await approved('Ferry returns');
    await page(older.id, at(1));
    await approved('Rice prices rise');
    const folder = await edition('out', at(5));
    const feed = await readFile(path.join(folder, 'feed.xml'), 'utf8');
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>(.*?)<\/updated>/g)].map(
      (m) => m[1],
    );
    expect(updated.sort()).toEqual([at(1).toISOString(), at(5).toISOString()]);
    expect(feed).toContain(`<published>${at(1).toISOString()}</published>`);
  });

  it('moves the modified time, and prints the note, when a correction is recorded', async () => {
    const article = await approved('Ferry returns');
    await page(article.id, at(1));
    await change(article.id, { body: body('Ferry returns: the story, corrected.') });
    expect((await library.get(article.id)).status).toBe('edited');
    const note = 'An earlier version of this article misstated the day the ferry returns.';
    await library.recordCorrection(article.id, (await library.get(article.id)).revision, note);
    const corrected = await page(article.id, at(3));
    expect(jsonLd(corrected)).toMatchObject({
      datePublished: at(1).toISOString(),
      dateModified: at(3).toISOString(),
    });
    expect(corrected).toContain(note);
    const feed = await readFile(path.join(await edition('out', at(4)), 'feed.xml'), 'utf8');
    expect(feed).toContain(`<updated>${at(3).toISOString()}</updated>`);
  });

  it('records nothing when an export is cancelled, and never for an article not approved', async () => {
    const article = await approved('Ferry returns');
    const draft = await library.create({
      ...emptyFields(),
      headline: 'Draft',
      body: body('Text.'),
    });
    const cancelled = await exportArticle(
      sources(),
      { id: article.id, format: 'page', override: false },
      async () => undefined,
      at(1),
    );
    expect(cancelled.kind).toBe('cancelled');
    await renderExport(sources(), { id: draft.id, format: 'text', override: false }, at(1));
    expect(existsSync(path.join(library.root, PUBLICATION_RECORD_FILE))).toBe(false);
    expect(jsonLd(await page(article.id, at(2))).datePublished).toBe(at(2).toISOString());
  });
});
