// A library folder is written to by sync tools too: planted listing caches, links and odd files
// must never make Dateline read, move or delete anything outside the library, or quote a file.
import { existsSync } from 'node:fs';
import {
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields } from '../../shared/article';
import { runCli } from '../hosts/cli-run';
import { Library } from './library';
import { TickerStore } from './ticker-store';

let parent: string;
let root: string;
let elsewhere: string;
/** Stands for the absolute path of the folder beside the library, known once it is made. */
const ABSOLUTE = '<absolute path elsewhere>';
const SECRET = 'TOP-SECRET password=hunter2 {not json';

beforeEach(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'dateline-hostile-'));
  root = path.join(parent, 'library');
  elsewhere = path.join(parent, 'elsewhere');
  await mkdir(elsewhere);
  await writeFile(path.join(elsewhere, 'config.json'), SECRET);
  await writeFile(path.join(parent, 'config.json'), SECRET);
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

/** Every file outside the library, with its bytes: what the attacks must leave alone. */
async function outside(): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (full === root) continue;
      if (entry.isDirectory()) await walk(full);
      else found[path.relative(parent, full)] = await readFile(full, 'utf8');
    }
  };
  await walk(parent);
  return found;
}

async function damagedFiles(): Promise<string[]> {
  return existsSync(path.join(root, 'damaged')) ? readdir(path.join(root, 'damaged')) : [];
}

async function cli(...argv: string[]) {
  const lines: string[] = [];
  const io = { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) };
  const code = await runCli([...argv, '--library', root], io, {
    userData: path.join(root, '..', 'user-data-for-test'),
  });
  return { code, text: lines.join('\n') };
}

/** A cache entry for the sample article's real file whose summary names another id. */
async function plantCacheEntry(plantedId: string): Promise<void> {
  const library = await Library.open(root);
  const [summary] = (await library.list()).articles;
  await library.close();
  const file = path.join(root, 'articles', `${summary!.id}.json`);
  const info = await stat(file);
  const cache = {
    version: 2,
    entries: {
      [`articles/${summary!.id}.json`]: {
        mtimeMs: Math.round(info.mtimeMs),
        size: info.size,
        summary: { ...summary, id: plantedId, status: 'approved' },
      },
    },
  };
  await writeFile(path.join(root, '.dateline', 'listing-cache.json'), JSON.stringify(cache));
}

describe('a planted listing cache', () => {
  it.each([
    ['a path up and out', '../../elsewhere/config'],
    ['an absolute path', ABSOLUTE],
    ['a NUL', 'sample\u0000../../config'],
  ])('with %s as an id reads and moves nothing outside the library', async (_what, id) => {
    const planted = id === ABSOLUTE ? path.join(elsewhere, 'config') : id;
    await plantCacheEntry(planted);
    const before = await outside();

    const check = await cli('check', '--json');
    const exported = await cli('export', '--out', path.join(root, 'exported'));
    const library = await Library.open(root);
    const listing = await library.list();

    expect(await outside()).toEqual(before);
    expect(listing.articles.map((article) => article.id)).not.toContain(planted);
    expect(listing.articles).toHaveLength(1);
    expect(await damagedFiles()).toEqual([]);
    expect(check.text).not.toContain('TOP-SECRET');
    expect(exported.text).not.toContain('TOP-SECRET');
  });
});

describe('ids given to the library', () => {
  it.each(['../../elsewhere/config', '../../config', '..', ABSOLUTE, 'a\u0000b'])(
    'refuses %j without reading or moving anything',
    async (given) => {
      const id = given === ABSOLUTE ? path.join(elsewhere, 'config') : given;
      const library = await Library.open(root);
      const before = await outside();
      for (const call of [
        () => library.get(id),
        () => library.revisionOnDisk(id),
        () => library.listVersions(id),
        () => library.trash(id),
        () => library.restore(id),
        () => library.emptyTrash([id]),
        () => library.save(id, 1, emptyFields()),
      ]) {
        const error = await call().then(
          () => undefined,
          (caught: unknown) => caught as Error,
        );
        // emptyTrash answers how many it deleted; an id that is not one deletes nothing.
        if (error) expect(error.message).not.toContain('TOP-SECRET');
      }
      expect(await outside()).toEqual(before);
      expect(await damagedFiles()).toEqual([]);
    },
  );
});

describe('links inside the library', () => {
  it('sets an article file that is a link aside without reading or quoting what it points at', async () => {
    const library = await Library.open(root);
    await symlink(
      path.join(elsewhere, 'config.json'),
      path.join(root, 'articles', 'linked-article-01.json'),
    );
    const before = await outside();

    const listing = await library.list();

    expect(await outside()).toEqual(before);
    expect(listing.problems).toHaveLength(1);
    expect(listing.problems[0]!.reason).toMatch(/link/);
    expect(JSON.stringify(listing.problems)).not.toContain('TOP-SECRET');
    const moved = await damagedFiles();
    expect(moved).toHaveLength(1);
    expect((await lstat(path.join(root, 'damaged', moved[0]!))).isSymbolicLink()).toBe(true);
  });

  it('does not open an article through a link to a valid article elsewhere', async () => {
    const library = await Library.open(root);
    const real = await library.create({ headline: 'Kept outside' });
    const text = await readFile(path.join(root, 'articles', `${real.id}.json`), 'utf8');
    await library.trash(real.id);
    await library.emptyTrash();
    await writeFile(path.join(elsewhere, 'article.json'), text);
    await symlink(
      path.join(elsewhere, 'article.json'),
      path.join(root, 'articles', `${real.id}.json`),
    );

    await expect(library.get(real.id)).rejects.toThrow(/link/);
    expect((await library.list()).articles.map((article) => article.id)).not.toContain(real.id);
    expect(await readFile(path.join(elsewhere, 'article.json'), 'utf8')).toBe(text);
  });

  it('lists no versions from a history folder that is a link elsewhere', async () => {
    const library = await Library.open(root);
    const article = await library.create({ headline: 'Has history' });
    await library.saveVersion(article.id, 'first');
    const own = path.join(root, 'history', article.id);
    const [version] = await readdir(own);
    await mkdir(path.join(elsewhere, 'versions'));
    await writeFile(
      path.join(elsewhere, 'versions', version!),
      await readFile(path.join(own, version!)),
    );
    await rm(own, { recursive: true });
    await symlink(path.join(elsewhere, 'versions'), own);
    const before = await outside();

    const reopened = await Library.open(root);
    const listed = await reopened.listVersions(article.id).catch((error: Error) => error);
    expect(Array.isArray(listed) ? listed : []).toEqual([]);
    await reopened.saveVersion(article.id, 'second').catch(() => undefined);
    await reopened.trash(article.id);
    await reopened.emptyTrash();

    expect(await outside()).toEqual(before);
  });

  it('reads no version file that is a link', async () => {
    const library = await Library.open(root);
    const article = await library.create({ headline: 'Has history' });
    const kept = await library.saveVersion(article.id, 'first');
    const file = path.join(root, 'history', article.id, `${kept.versionId}.json`);
    await writeFile(path.join(elsewhere, 'version.json'), await readFile(file));
    await rm(file);
    await symlink(path.join(elsewhere, 'version.json'), file);

    const reopened = await Library.open(root);
    expect(await reopened.listVersions(article.id)).toEqual([]);
    await expect(reopened.getVersion(article.id, kept.versionId)).rejects.toThrow(/link/);
  });

  it('does not quote a linked ticker file', async () => {
    await Library.open(root);
    await symlink(path.join(elsewhere, 'config.json'), path.join(root, 'ticker.json'));
    const error = await new TickerStore(root).get().then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(/link/);
    expect(error?.message).not.toContain('TOP-SECRET');
    expect(await readFile(path.join(elsewhere, 'config.json'), 'utf8')).toBe(SECRET);
  });

  it('does not open a library whose articles folder is a link elsewhere', async () => {
    await mkdir(root);
    await mkdir(path.join(elsewhere, 'articles'));
    await symlink(path.join(elsewhere, 'articles'), path.join(root, 'articles'));

    await expect(Library.open(root)).rejects.toThrow(
      /its articles folder is a link to another place, which Dateline does not follow/,
    );
    expect(await readdir(path.join(elsewhere, 'articles'))).toEqual([]);
  });

  it('moves nothing into a damaged folder that is a link elsewhere', async () => {
    const library = await Library.open(root);
    await mkdir(path.join(elsewhere, 'bin'));
    await symlink(path.join(elsewhere, 'bin'), path.join(root, 'damaged'));
    await writeFile(path.join(root, 'articles', 'broken-file-0001.json'), '{');

    await library.list();

    expect(await readdir(path.join(elsewhere, 'bin'))).toEqual([]);
    expect(await readdir(path.join(root, 'articles'))).toContain('broken-file-0001.json');
  });
});

describe('what a damaged file says', () => {
  it('names the file and the fault without quoting its text', async () => {
    const library = await Library.open(root);
    await writeFile(path.join(root, 'articles', 'broken-file-0001.json'), SECRET);
    await writeFile(path.join(root, 'ticker.json'), SECRET);

    const listing = await library.list();
    const ticker = await new TickerStore(root).get().catch((error: Error) => error);

    expect(listing.problems[0]?.reason).toMatch(/not valid JSON/);
    expect(JSON.stringify(listing.problems)).not.toContain('TOP-SECRET');
    expect((ticker as Error).message).toMatch(/not valid JSON/);
    expect((ticker as Error).message).not.toContain('TOP-SECRET');
  });

  it('says where the JSON goes wrong, by line and column', async () => {
    const library = await Library.open(root);
    await writeFile(path.join(root, 'articles', 'broken-file-0001.json'), '{\n  "secret" 1}');
    const listing = await library.list();
    expect(listing.problems[0]?.reason).toBe(
      'it is not valid JSON (something unexpected at line 2, column 12)',
    );
  });
});
