// Files a library cannot use as they are: too large to read, nested too deep, or the temp files
// a killed write leaves behind. Each is handled without holding up the rest of the library.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type Article } from '../../shared/article';
import { Library } from './library';
import { codeOf } from '../../test-support/electron/services/code-of';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-limits-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const articleFile = (id: string) => path.join(root, 'articles', `${id}.json`);

/** Writes `article` as its file, as another program would. */
async function plant(article: Article): Promise<void> {
  await writeFile(articleFile(article.id), JSON.stringify(article));
}

describe('an article file too large to read', () => {
  it('is refused with its size and the limit, set aside, and the rest still loads', async () => {
    const library = await Library.open(root);
    const kept = await library.create({ headline: 'Still here' });
    const big = await library.create({ headline: 'Huge' });
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(1_000) }] };
    await plant({ ...big, body: { type: 'doc', content: Array(22_000).fill(paragraph) } });
    const megabytes = ((await stat(articleFile(big.id))).size / 1024 / 1024).toFixed(1);

    const reopened = await Library.open(root);
    const listing = await reopened.list();

    expect(listing.articles.map((article) => article.headline)).toContain(kept.headline);
    expect(listing.articles.map((article) => article.id)).not.toContain(big.id);
    expect(listing.problems).toEqual([
      {
        file: path.join('articles', `${big.id}.json`),
        reason: `it is ${megabytes} MB, larger than the 20 MB a Dateline file may be`,
        movedTo: expect.stringMatching(/^damaged[/\\]/),
      },
    ]);
    expect(existsSync(articleFile(big.id))).toBe(false);
  });

  it('is never written: a save that would pass the limit is refused and the file kept', async () => {
    const library = await Library.open(root);
    const article = await library.create({ headline: 'Growing' });
    const before = await readFile(articleFile(article.id), 'utf8');
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'y'.repeat(1_000) }] };
    const body = { type: 'doc' as const, content: Array(21_000).fill(paragraph) };

    const refused = library.save(article.id, article.revision, { ...emptyFields(), body });

    expect(await codeOf(refused)).toBe('invalid-input');
    await expect(refused).rejects.toThrow(/more than 20 MB/);
    expect(await readFile(articleFile(article.id), 'utf8')).toBe(before);
  });
});

describe('an article file nested too deep', () => {
  it('is reported as nested too deeply, not as a JSON error', async () => {
    const library = await Library.open(root);
    const deep = await library.create({ headline: 'Deep' });
    // Written as text: JSON.stringify itself overflows the stack at this depth.
    const levels = 20_000;
    const body = `{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(levels)}{"type":"text","text":"deep"}${']}'.repeat(levels)}]}`;
    await writeFile(
      articleFile(deep.id),
      JSON.stringify({ ...deep, body: 'BODY' }).replace('"BODY"', body),
    );

    const error = await Library.open(root).then((reopened) =>
      reopened.get(deep.id).catch((caught: Error) => caught),
    );

    expect((error as Error).message).toMatch(
      /could not be read because it is nested more than 200 levels deep/,
    );
  });
});

describe('temp files a killed write leaves', () => {
  it('are cleared from every folder of the library on the next open', async () => {
    const library = await Library.open(root);
    const article = await library.create({ headline: 'Has history' });
    const version = await library.saveVersion(article.id, 'first');
    await library.close();
    const hex = '0123456789ab';
    const leftovers = [
      `.dateline/.listing-cache.json.${hex}.tmp`,
      `history/${article.id}/.${version.versionId}.json.${hex}.tmp`,
      `articles/.${article.id}.json.${hex}.tmp`,
      `trash/.${article.id}.json.${hex}.tmp`,
      `.ticker.json.${hex}.tmp`,
      `.library.json.${hex}.tmp`,
    ];
    // Files of the writer's own that only look alike are left alone.
    const own = ['notes.tmp', '.dateline/readme.txt', `history/${article.id}/.hidden.tmp`];
    await mkdir(path.join(root, '.dateline'), { recursive: true });
    for (const name of [...leftovers, ...own]) await writeFile(path.join(root, name), 'partial');

    await Library.open(root);

    for (const name of leftovers) expect(existsSync(path.join(root, name)), name).toBe(false);
    for (const name of own) expect(existsSync(path.join(root, name)), name).toBe(true);
    expect(await readdir(path.join(root, 'history', article.id))).toContain(
      `${version.versionId}.json`,
    );
  });
});
