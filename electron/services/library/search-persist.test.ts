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
    const saved = JSON.parse(await readFile(searchIndexFile(root), 'utf8'));
    expect(saved.format).toBe('dateline-search-index');

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
    expect(await headlinesFor(reopened, 'ស្រូវ')).toEqual(['ទីផ្សារ']);
    expect(await headlinesFor(reopened, 'កសិករ')).toEqual(['ទីផ្សារ']);
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
    expect(JSON.parse(await readFile(file, 'utf8')).format).toBe('dateline-search-index');
  });

  it('is ignored whole when it names anything but an article id', async () => {
    const { rice } = await closedLibrary();
    const file = searchIndexFile(root);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    const { index } = saved;
    const shortId = Object.entries(index.documentIds).find(([, id]) => id === rice.id)![0];
    // A made-up word for a listed article, beside a document named like a path.
    index.index.push(['forgedword', { 0: { [shortId]: 1 } }]);
    index.documentIds[index.nextId] = '../../outside';
    index.fieldLength[index.nextId] = [1, 1, 1];
    saved.articles['../../outside'] = '1:1';
    index.nextId += 1;
    index.documentCount += 1;
    await writeFile(file, JSON.stringify(saved));

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'forgedword')).toEqual([]);
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
  });

  it('is ignored whole when a word lists a count that is not a number', async () => {
    const { rice } = await closedLibrary();
    const file = searchIndexFile(root);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    const shortId = Object.entries(saved.index.documentIds).find(([, id]) => id === rice.id)![0];
    saved.index.index.push(['forgedword', { 0: { [shortId]: '1' } }]);
    await writeFile(file, JSON.stringify(saved));

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'forgedword')).toEqual([]);
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
  });

  it('is rebuilt when the file holds a value nested far deeper than an index', async () => {
    await closedLibrary();
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const format = '"format":"dateline-search-index","version":1';
    await writeFile(searchIndexFile(root), `{${format},"articles":{},"index":${deep}}`);

    const reopened = await Library.open(root);
    await reopened.list();
    expect(await headlinesFor(reopened, 'takeo')).toEqual(['Rice prices']);
    expect(await headlinesFor(reopened, 'ស្រូវ')).toEqual(['ទីផ្សារ']);
  });
});
