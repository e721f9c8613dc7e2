// The README's figures for versions and the trash, at their exact edges, on a fake clock: a
// version every five minutes of writing, and 30 days in the trash.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type ArticleFields } from '../../shared/article';
import { Library } from './library';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let root: string;
let clock: number;
const now = () => new Date(clock);

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-figures-'));
  clock = Date.parse('2026-11-25T08:00:00.000Z');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const fields = (text: string): ArticleFields => ({
  ...emptyFields(),
  headline: 'Mekong water levels',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
});

describe('figures the README gives', () => {
  it('keeps a version once five minutes of writing have passed: not at 4:59, at 5:00', async () => {
    const library = await Library.open(root, { now });
    const article = await library.create(fields('First draft.'));
    clock += 5 * MINUTE - 1_000;
    const early = await library.save(article.id, article.revision, fields('Second draft.'));
    expect(await library.listVersions(article.id)).toHaveLength(0);
    clock += 1_000;
    await library.save(article.id, early.revision, fields('Third draft.'));
    expect(await library.listVersions(article.id)).toHaveLength(1);
  });

  it('keeps a deleted article 30 days, and not a minute more', async () => {
    const library = await Library.open(root, { now });
    const article = await library.create(fields('Old story.'));
    await library.trash(article.id);
    clock += 30 * DAY - MINUTE;
    expect((await library.listTrash()).map((item) => item.id)).toEqual([article.id]);
    clock += 2 * MINUTE;
    expect(await library.listTrash()).toEqual([]);
    expect(await readdir(path.join(root, 'trash'))).toEqual([]);
  });
});
