// An article the library has just written is not read back from disk while its file is as the
// write left it. These tests change the file behind the library's back in every way that keeps
// its size and times, and check the change is still seen: read, checked before a save, and
// refused when it is a link.
import { mkdtemp, readFile, rename, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields } from '../../../shared/article';
import { codeOf } from '../../../test-support/electron/services/code-of';
import { Library } from '../library';

let parent: string;
let root: string;

beforeEach(async () => {
  parent = await mkdtemp(path.join(os.tmpdir(), 'dateline-kept-writes-'));
  root = path.join(parent, 'library');
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

const body = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** An article saved once, so its file is the library's own last write. */
async function savedArticle(library: Library) {
  const created = await library.create({ headline: 'Rice prices hold steady' });
  await library.save(created.id, created.revision, {
    ...emptyFields(),
    headline: 'Rice prices hold steady',
    body: body('Traders in Battambang expect the same next week.'),
  });
  const file = path.join(root, 'articles', `${created.id}.json`);
  return { id: created.id, file };
}

/**
 * The file's text as another program would write it: the headline changed to one of the same
 * length and the revision moved on by one, so the file keeps its size.
 */
async function changedOutside(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  const changed = text
    .replace('Rice prices hold steady', 'Rice prices fall slowly')
    .replace('"revision": 2,', '"revision": 3,');
  expect(changed).not.toBe(text);
  expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(text));
  return changed;
}

describe('an article the library wrote last', () => {
  it('is read as another program left it after a change in place, even at the same size and times', async () => {
    const library = await Library.open(root);
    const { id, file } = await savedArticle(library);
    const before = await stat(file);

    await writeFile(file, await changedOutside(file));
    await utimes(file, before.atime, before.mtime);

    expect((await stat(file)).size).toBe(before.size);
    // To the millisecond, as file times are kept by most tools that copy or sync files.
    expect(Math.round((await stat(file)).mtimeMs)).toBe(Math.round(before.mtimeMs));
    expect((await library.get(id)).headline).toBe('Rice prices fall slowly');
    expect((await library.revisionOnDisk(id)).revision).toBe(3);
  });

  it('is read as another program left it after it replaced the file, at the same size and times', async () => {
    const library = await Library.open(root);
    const { id, file } = await savedArticle(library);
    const before = await stat(file);
    const beside = path.join(root, 'articles', '.replacement');

    await writeFile(beside, await changedOutside(file));
    await utimes(beside, before.atime, before.mtime);
    await rename(beside, file);

    expect((await library.get(id)).headline).toBe('Rice prices fall slowly');
  });

  it('refuses a save based on the revision another program has since replaced', async () => {
    const library = await Library.open(root);
    const { id, file } = await savedArticle(library);
    const before = await stat(file);
    const theirs = await changedOutside(file);
    await writeFile(file, theirs);
    await utimes(file, before.atime, before.mtime);

    const saving = library.save(id, 2, { ...emptyFields(), headline: 'Mine' });

    expect(await codeOf(saving)).toBe('conflict');
    expect(await readFile(file, 'utf8')).toBe(theirs);
  });

  it('is not opened through a link planted where its file was', async () => {
    const library = await Library.open(root);
    const { id, file } = await savedArticle(library);
    const elsewhere = path.join(parent, 'elsewhere.json');
    await writeFile(elsewhere, await readFile(file, 'utf8'));
    await rm(file);
    await symlink(elsewhere, file);

    await expect(library.get(id)).rejects.toThrow(/link/);
  });

  it('is read back as written, and saved again from it, while nothing else touches the file', async () => {
    const library = await Library.open(root);
    const { id, file } = await savedArticle(library);

    const read = await library.get(id);
    const saved = await library.save(id, read.revision, {
      ...emptyFields(),
      headline: 'Rice prices hold steady again',
      body: body('A second edit.'),
    });

    expect(read.body).toEqual(body('Traders in Battambang expect the same next week.'));
    expect(saved.revision).toBe(3);
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as {
      revision: number;
      headline: string;
    };
    expect(onDisk).toMatchObject({ revision: 3, headline: 'Rice prices hold steady again' });
    expect(await library.revisionOnDisk(id)).toEqual({
      revision: 3,
      updatedAt: (await library.get(id)).updatedAt,
    });
  });
});
