import { mkdtemp, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ARTICLE_SCHEMA_VERSION,
  emptyFields,
  type Article,
  type ArticleFields,
} from '../../../shared/article';
import { Library } from '../library';
import { searchIndexFile } from '../search-index-file';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-search-persist-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const body = (text: string): ArticleFields['body'] => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const articleFile = (id: string) => path.join(root, 'articles', `${id}.json`);

/** The saved index: its first line, and a line a word. */
async function readSaved(): Promise<{ head: SavedHead; terms: unknown[] }> {
  const [head, ...terms] = (await readFile(searchIndexFile(root), 'utf8')).split('\n');
  expect(terms.pop()).toBe('');
  return { head: JSON.parse(head!) as SavedHead, terms: terms.map((line) => JSON.parse(line)) };
}

async function writeSaved(head: SavedHead, terms: unknown[]): Promise<void> {
  const lines = [head, ...terms].map((value) => JSON.stringify(value));
  await writeFile(searchIndexFile(root), `${lines.join('\n')}\n`);
}

interface SavedHead {
  format: string;
  terms: number;
  articles: Record<string, string>;
  index: {
    documentIds: Record<string, string>;
    fieldLength: Record<string, number[]>;
    nextId: number;
    documentCount: number;
  };
}

async function headlinesFor(library: Library, query: string): Promise<string[]> {
  return (await library.search(query)).map((hit) => hit.article.headline).sort();
}

/** A library of an English and a Khmer article, searched once and closed. */
async function closedLibrary(): Promise<{ rice: Article; khmer: Article }> {
  const library = await Library.open(root);
  for (const sample of (await library.list()).articles) await library.trash(sample.id);
  const rice = await library.create({
    ...emptyFields(),
    headline: 'Rice prices',
    body: body('Farmers sold rice at the market in Takeo.'),
  });
  const khmer = await library.create({
    ...emptyFields(),
    headline: 'ទីផ្សារ',
    language: 'km',
    body: body('កសិករ​លក់​ស្រូវ​នៅ​ទីផ្សារ។'),
  });
  await library.list();
  expect(await headlinesFor(library, 'farmers')).toEqual(['Rice prices']);
  await library.close();
  return { rice, khmer };
}

/** What another program (the command line, a sync tool) writes while the app is closed. */
async function writeArticleFile(id: string, headline: string, text: string): Promise<void> {
  const stamp = new Date().toISOString();
  const article = {
    ...emptyFields(),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    revision: 1,
    headline,
    body: body(text),
    createdAt: stamp,
    updatedAt: stamp,
  };
  await writeFile(articleFile(id), JSON.stringify(article));
}

describe('the search index kept on disk', () => {
  it('is written when the library closes and finds English and Khmer words after reopening', async () => {
    await closedLibrary();
    const saved = await readSaved();
    expect(saved.head.format).toBe('dateline-search-index');
    expect(saved.terms).toContainEqual(['takeo', expect.anything()]);

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
    expect(await headlinesFor(reopened, 'ស្រូវ')).toEqual(['ទីផ្សារ']);
    expect(await headlinesFor(reopened, 'កសិករ')).toEqual(['ទីផ្សារ']);
  });

  it('gives the same hits and scores after reopening as before closing', async () => {
    const library = await Library.open(root);
    const texts = ['rice farmers', 'rice rice market', 'flood rice', 'market flood farmers'];
    for (let i = 0; i < 12; i += 1) {
      await library.create({
        ...emptyFields(),
        headline: texts[i % 4]!,
        body: body(`${texts[(i + 1) % 4]} ${texts[(i + 2) % 4]} ${'word '.repeat(i)}`),
      });
    }
    await library.list();
    const queries = ['rice', 'rice fl', 'market farmers', 'far'];
    const scored = async (open: Library) => {
      const answers = [];
      for (const query of queries) {
        const hits = await open.search(query);
        answers.push(hits.map((hit) => [hit.article.id, hit.score]));
      }
      return answers;
    };
    const before = await scored(library);
    await library.close();
    const reopened = await Library.open(root);
    await reopened.list();
    expect(await scored(reopened)).toEqual(before);
    expect(before[0]!.length).toBeGreaterThan(5);
  });

  it('is read back instead of reading again the files that did not change', async () => {
    const { rice } = await closedLibrary();
    // Same size and time: the words change, but the file looks as it did when it was indexed.
    const file = articleFile(rice.id);
    const before = await stat(file);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Takeo', 'Kampo'));
    await utimes(file, before.atime, before.mtime);

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
    expect(await headlinesFor(reopened, 'kampo')).toEqual([]);
  });

  it('follows articles changed, removed and added while the app was closed', async () => {
    const { rice, khmer } = await closedLibrary();
    await writeArticleFile(rice.id, 'Rice prices', 'Fishermen sold their catch on the lake.');
    await unlink(articleFile(khmer.id));
    await writeArticleFile(
      '0a1b2c3d-cli-import',
      'Bridge opens',
      'The new bridge at Kratie opened.',
    );

    for (let opening = 0; opening < 2; opening += 1) {
      const reopened = await Library.open(root);
      await reopened.list();
      expect(await headlinesFor(reopened, 'farmers')).toEqual([]);
      expect(await headlinesFor(reopened, 'fishermen')).toEqual(['Rice prices']);
      expect(await headlinesFor(reopened, 'ស្រូវ')).toEqual([]);
      expect(await headlinesFor(reopened, 'kratie')).toEqual(['Bridge opens']);
      await reopened.close();
    }
  });

  it('follows them too when read while the listing as last seen is on screen', async () => {
    const { rice, khmer } = await closedLibrary();
    await writeArticleFile(rice.id, 'Rice prices', 'Fishermen sold their catch on the lake.');
    await unlink(articleFile(khmer.id));

    const reopened = await Library.open(root);
    // The app's way: the listing as last seen at once, the saved index read meanwhile.
    const early = await reopened.listEarly();
    expect(early.early).toBe('last-seen');
    expect(early.articles.map((article) => article.headline).sort()).toEqual([
      'Rice prices',
      'ទីផ្សារ',
    ]);
    await reopened.list();
    expect(await headlinesFor(reopened, 'farmers')).toEqual([]);
    expect(await headlinesFor(reopened, 'fishermen')).toEqual(['Rice prices']);
    expect(await headlinesFor(reopened, 'ស្រូវ')).toEqual([]);
    expect(await headlinesFor(reopened, 'takeo')).toEqual([]);
  });

  it('is rebuilt when the file is damaged', async () => {
    await closedLibrary();
    const file = searchIndexFile(root);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length / 2)));

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
    expect(await headlinesFor(reopened, 'ស្រូវ')).toEqual(['ទីផ្សារ']);
    await reopened.close();
    expect((await readSaved()).head.format).toBe('dateline-search-index');
  });

  it('is ignored whole when it names anything but an article id', async () => {
    const { rice } = await closedLibrary();
    const { head, terms } = await readSaved();
    const { index } = head;
    const shortId = Object.entries(index.documentIds).find(([, id]) => id === rice.id)![0];
    // A made-up word for a listed article, beside a document named like a path.
    terms.push(['forgedword', { 0: [Number(shortId), 1] }]);
    head.terms += 1;
    index.documentIds[index.nextId] = '../../outside';
    index.fieldLength[index.nextId] = [1, 1, 1];
    head.articles['../../outside'] = '1:1';
    index.nextId += 1;
    index.documentCount += 1;
    await writeSaved(head, terms);

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'forgedword')).toEqual([]);
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
  });

  it('is ignored whole when a word lists a count that is not a number', async () => {
    const { rice } = await closedLibrary();
    const { head, terms } = await readSaved();
    const shortId = Object.entries(head.index.documentIds).find(([, id]) => id === rice.id)![0];
    terms.push(['forgedword', { 0: [Number(shortId), '1'] }]);
    head.terms += 1;
    await writeSaved(head, terms);

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'forgedword')).toEqual([]);
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
  });

  it('is ignored whole when it holds more or fewer words than its first line says', async () => {
    const { rice } = await closedLibrary();
    const { head, terms } = await readSaved();
    const shortId = Object.entries(head.index.documentIds).find(([, id]) => id === rice.id)![0];
    const forged = ['forgedword', { 0: [Number(shortId), 1] }];
    // Counted, the added word is a sound line like any other: the file is read back with it.
    await writeSaved({ ...head, terms: head.terms + 1 }, [...terms, forged]);
    const counted = await Library.open(root);
    await counted.list();
    expect(await headlinesFor(counted, 'forgedword')).toEqual(['Rice prices']);

    // A word added after the last one counted, then the same file with a word taken away.
    await writeSaved(head, [...terms, forged]);
    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'forgedword')).toEqual([]);
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);

    const kept = terms.filter((entry) => (entry as [string])[0] !== 'takeo');
    await writeSaved({ ...head, terms: kept.length + 1 }, kept);
    const again = await Library.open(root);
    await again.list();
    expect(await headlinesFor(again, 'takeo')).toEqual(['Rice prices']);
  });

  it('is read back for a long article indexed in segments, not built again', async () => {
    const library = await Library.open(root);
    for (const sample of (await library.list()).articles) await library.trash(sample.id);
    const words = Array.from({ length: 12_000 }, (_, i) => (i === 11_000 ? 'kratie' : 'rice'));
    const long = await library.create({
      ...emptyFields(),
      headline: 'Long report',
      body: body(words.join(' ')),
    });
    await library.list();
    expect(await headlinesFor(library, 'kratie')).toEqual(['Long report']);
    await library.close();
    // Same size and time, other words: only an index read back still knows the old ones.
    const file = articleFile(long.id);
    const before = await stat(file);
    await writeFile(file, (await readFile(file, 'utf8')).replace('kratie', 'kampot'));
    await utimes(file, before.atime, before.mtime);

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'kratie')).toEqual(['Long report']);
    expect(await headlinesFor(reopened, 'kampot')).toEqual([]);
  });

  it('is ignored whole when a long article has later segments but not its first', async () => {
    const library = await Library.open(root);
    for (const sample of (await library.list()).articles) await library.trash(sample.id);
    const words = Array.from({ length: 12_000 }, (_, i) => (i === 11_000 ? 'kratie' : 'rice'));
    const long = await library.create({
      ...emptyFields(),
      headline: 'Long report',
      body: body(words.join(' ')),
    });
    await library.list();
    expect(await headlinesFor(library, 'kratie')).toEqual(['Long report']);
    await library.close();
    const { head, terms } = await readSaved();
    const { index } = head;
    const first = Object.entries(index.documentIds).find(([, id]) => id === long.id)![0];
    delete index.documentIds[first];
    delete index.fieldLength[first];
    index.documentCount -= 1;
    await writeSaved(head, terms);

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'long')).toEqual(['Long report']);
    expect(await headlinesFor(reopened, 'kratie')).toEqual(['Long report']);
  });

  it('is written whole as it was when the library closed, and follows a save made meanwhile', async () => {
    const { rice } = await closedLibrary();
    const library = await Library.open(root);
    await library.list();
    expect(await headlinesFor(library, 'takeo')).toEqual(['Rice prices']);
    const current = await library.get(rice.id);
    await library.save(rice.id, current.revision, { ...current, body: body('Kampot pepper.') });
    const closing = library.close();
    const saved = await library.get(rice.id);
    await library.save(rice.id, saved.revision, { ...saved, body: body('Kratie dolphins.') });
    await closing;
    expect(await headlinesFor(library, 'kratie')).toEqual(['Rice prices']);
    expect(await headlinesFor(library, 'kampot')).toEqual([]);

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'kratie')).toEqual(['Rice prices']);
    expect(await headlinesFor(reopened, 'kampot')).toEqual([]);
    expect(await headlinesFor(reopened, 'takeo')).toEqual([]);
  });

  it('is rebuilt when the file holds a value nested far deeper than an index', async () => {
    await closedLibrary();
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const { head } = await readSaved();
    await writeFile(searchIndexFile(root), `${JSON.stringify({ ...head, terms: 1 })}\n${deep}\n`);

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
    expect(await headlinesFor(reopened, 'ស្រូវ')).toEqual(['ទីផ្សារ']);
  });
});

describe('a library opened for a command that never searches', () => {
  it('builds no index after listing, yet still finds what a search asks for', async () => {
    const first = await Library.open(root, { searchIndex: 'when-searched' });
    await first.create({ ...emptyFields(), headline: 'Ferry resumes on the Mekong' });
    await first.list();
    await first.close();
    await expect(stat(searchIndexFile(root))).rejects.toThrow();

    const asked = await Library.open(root, { searchIndex: 'when-searched' });
    const hits = await asked.search('ferry');
    expect(hits.map((hit) => hit.article.headline)).toContain('Ferry resumes on the Mekong');
    await asked.close();
    // Built because a search asked: kept for the next opening.
    expect((await stat(searchIndexFile(root))).size).toBeGreaterThan(0);
  });
});
