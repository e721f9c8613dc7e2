// Importing a file whose story is already in the library: asked about, or imported as a copy.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatelineError } from '../../shared/api/errors';
import { importFile } from './import-file';
import { Library } from './library';

let root: string;
let library: Library;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-import-again-'));
  library = await Library.open(root);
});
afterEach(async () => {
  await library.close();
  await rm(root, { recursive: true, force: true });
});

const page = (headline: string, body: string) =>
  new TextEncoder().encode(`${headline}\n\nPhnom Penh: ${body}\n`);
const STORY = page('Ferry Service Resumes', 'The ferry carried its first passengers at dawn.');

async function refusal(promise: Promise<unknown>): Promise<DatelineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatelineError) return error;
    throw error;
  }
  throw new Error('the import was not refused');
}

describe('importing the same file again', () => {
  it('asks, naming the article the story is already in', async () => {
    const first = await importFile(library, 'ferry.txt', STORY, undefined, 'ask');
    const before = (await library.list()).articles.length;
    const refused = await refusal(importFile(library, 'ferry.txt', STORY, undefined, 'ask'));
    expect(refused.code).toBe('conflict');
    expect(refused.reason).toBe('import-duplicate');
    expect(refused.values).toMatchObject({
      id: first.article.id,
      headline: 'Ferry Service Resumes',
    });
    expect((await library.list()).articles).toHaveLength(before);
  });

  it('imports a copy named as one when the writer chooses to', async () => {
    await importFile(library, 'ferry.txt', STORY, undefined, 'ask');
    const before = (await library.list()).articles.length;
    const copy = await importFile(library, 'ferry.txt', STORY, undefined, 'copy');
    expect(copy.article.headline).toBe('Ferry Service Resumes (copy)');
    expect((await library.list()).articles).toHaveLength(before + 1);
  });

  it('does not ask about another story under the same headline', async () => {
    await importFile(library, 'ferry.txt', STORY, undefined, 'ask');
    const other = page('Ferry Service Resumes', 'A second ferry joins the crossing next week.');
    const imported = await importFile(library, 'ferry-2.txt', other, undefined, 'ask');
    expect(imported.article.headline).toBe('Ferry Service Resumes');
  });

  it('keeps the command line’s way when no choice is given: imported as it is', async () => {
    await importFile(library, 'ferry.txt', STORY);
    const again = await importFile(library, 'ferry.txt', STORY);
    expect(again.article.headline).toBe('Ferry Service Resumes');
  });
});
