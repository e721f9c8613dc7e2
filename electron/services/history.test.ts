import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFields, type ArticleFields } from '../../shared/article';
import { KEEP_ALL_NEWEST, versionIdFor } from '../../shared/history';
import { Library } from './library';
import { codeOf } from '../../test-support/electron/services/code-of';

let root: string;
let clock: Date;
const now = () => clock;
const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-history-'));
  clock = new Date('2026-11-25T08:00:00.000Z');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function fields(text: string, change: Partial<ArticleFields> = {}): ArticleFields {
  return {
    ...emptyFields(),
    headline: 'Mekong water levels',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    ...change,
  };
}

const bodyText = (article: { body: ArticleFields['body'] }) => JSON.stringify(article.body);

async function newArticle(library: Library, text = 'First draft.') {
  const created = await library.create(fields(text));
  return { id: created.id, revision: created.revision };
}

describe('versions kept as the writer works', () => {
  it('keeps the text a save replaces once five minutes have passed, and not before', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library);
    later(2);
    let { revision } = await library.save(article.id, article.revision, fields('Second draft.'));
    expect(await library.listVersions(article.id)).toEqual([]);

    later(4);
    ({ revision } = await library.save(article.id, revision, fields('Third draft.')));
    const versions = await library.listVersions(article.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ reason: 'interval', revision: 2, words: 2 });
    expect(bodyText(await library.getVersion(article.id, versions[0]!.versionId))).toContain(
      'Second draft.',
    );

    // The next one comes five minutes after that version, not on every save.
    later(1);
    ({ revision } = await library.save(article.id, revision, fields('Fourth draft.')));
    expect(await library.listVersions(article.id)).toHaveLength(1);
    later(5);
    await library.save(article.id, revision, fields('Fifth draft.'));
    const texts = await Promise.all(
      (await library.listVersions(article.id)).map(async (version) =>
        bodyText(await library.getVersion(article.id, version.versionId)),
      ),
    );
    expect(texts[0]).toContain('Fourth draft.');
    expect(texts[1]).toContain('Second draft.');
  });

  it('keeps the article at every status change, named by the new status', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library);
    const saved = await library.save(
      article.id,
      article.revision,
      fields('Ready.', { status: 'ready' }),
    );
    await library.save(article.id, saved.revision, fields('Ready, still.', { status: 'ready' }));
    const [version, ...others] = await library.listVersions(article.id);
    expect(others).toEqual([]);
    expect(version).toMatchObject({
      reason: 'status',
      status: 'ready',
      revision: 2,
      label: 'Status changed to Ready for edit',
    });
  });

  it('keeps the text before a pasted page fills the article', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library, 'Notes from the press conference.');
    await library.save(article.id, article.revision, fields('The imported page.'), {
      keepPrevious: 'before-import',
    });
    const [version] = await library.listVersions(article.id);
    expect(version?.reason).toBe('before-import');
    expect(bodyText(await library.getVersion(article.id, version!.versionId))).toContain(
      'Notes from the press conference.',
    );
  });

  it('saves a version by hand with a label, or this window’s text set aside', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library, 'Before the lawyer read it.');
    const manual = await library.saveVersion(article.id, 'Before legal');
    expect(manual).toMatchObject({ reason: 'manual', label: 'Before legal', revision: 1 });

    later(1);
    const aside = await library.saveVersion(article.id, undefined, fields('My unsaved lines.'));
    expect(aside.reason).toBe('set-aside');
    const article1 = await library.get(article.id);
    expect(bodyText(article1)).toContain('Before the lawyer read it.');
    expect(bodyText(await library.getVersion(article.id, aside.versionId))).toContain(
      'My unsaved lines.',
    );
    expect((await library.listVersions(article.id)).map((v) => v.reason)).toEqual([
      'set-aside',
      'manual',
    ]);
  });

  it('restores a version as a new revision, and the restore can itself be undone', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library, 'The original lede.');
    const kept = await library.saveVersion(article.id, 'Original');
    const saved = await library.save(article.id, article.revision, fields('A worse lede.'));

    expect(await codeOf(library.restoreVersion(article.id, kept.versionId, article.revision))).toBe(
      'conflict',
    );
    later(1);
    const restored = await library.restoreVersion(article.id, kept.versionId, saved.revision);
    expect(restored.revision).toBe(saved.revision + 1);
    expect(bodyText(await library.get(article.id))).toContain('The original lede.');

    const [before] = await library.listVersions(article.id);
    expect(before?.reason).toBe('before-restore');
    later(1);
    await library.restoreVersion(article.id, before!.versionId, restored.revision);
    expect(bodyText(await library.get(article.id))).toContain('A worse lede.');
  });

  it('keeps the newest hundred, then one a day, on disk', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library);
    // 30 versions on each of five days, at 06:01 to 06:30.
    for (let day = 0; day < 5; day += 1) {
      clock = new Date(Date.UTC(2026, 10, 20 + day, 6));
      for (let index = 0; index < 30; index += 1) {
        later(1);
        await library.saveVersion(article.id);
      }
    }
    const folder = path.join(root, 'history', article.id);
    // The newest 100 cover the last 10 of day 2 and days 3 to 5; days 1 and 2 keep their newest
    // older one too.
    expect(await readdir(folder)).toHaveLength(KEEP_ALL_NEWEST + 2);
    const times = (await library.listVersions(article.id)).map((version) => version.takenAt);
    expect(times[KEEP_ALL_NEWEST - 1]).toBe('2026-11-21T06:21:00.000Z');
    expect(times.slice(KEEP_ALL_NEWEST)).toEqual([
      '2026-11-21T06:20:00.000Z',
      '2026-11-20T06:30:00.000Z',
    ]);
  });

  it('never thins versions whose text may be nowhere else', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library);
    const aside = await library.saveVersion(article.id, undefined, fields('My set-aside lines.'));
    const labelled = await library.saveVersion(article.id, 'Before legal');
    for (let index = 0; index < KEEP_ALL_NEWEST + 20; index += 1) {
      later(1);
      await library.saveVersion(article.id);
    }
    const kept = (await library.listVersions(article.id)).map((version) => version.versionId);
    expect(kept).toContain(aside.versionId);
    expect(kept).toContain(labelled.versionId);
    // The newest hundred, the newest older one of the day, and the two kept for good.
    expect(kept).toHaveLength(KEEP_ALL_NEWEST + 3);
  });

  it('keeps the status when an earlier version is restored, unless approved text changes', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library, 'Draft text.');
    const kept = await library.saveVersion(article.id);
    const edited = await library.save(
      article.id,
      article.revision,
      fields('Edited text.', { status: 'edited' }),
    );
    const restored = await library.restoreVersion(article.id, kept.versionId, edited.revision);
    expect(restored.status).toBe('edited');
    expect(bodyText(restored)).toContain('Draft text.');

    const approved = await library.save(
      article.id,
      restored.revision,
      fields('Approved text.', { status: 'approved' }),
    );
    // Approved text replaced by an earlier version is no longer the text that was approved.
    const back = await library.restoreVersion(article.id, kept.versionId, approved.revision);
    expect([back.status, bodyText(back)]).toEqual(['edited', bodyText(restored)]);
    expect(back.changedSinceApproval).toBeDefined();
  });

  it('saves the text even when an earlier version cannot be kept', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library);
    // Something that is not a folder where the article's versions go.
    await mkdir(path.join(root, 'history'), { recursive: true });
    await writeFile(path.join(root, 'history', article.id), 'not a folder');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    later(10);
    const saved = await library.save(
      article.id,
      article.revision,
      fields('Still saved.', { status: 'ready' }),
    );
    expect(saved.revision).toBe(2);
    expect(bodyText(await library.get(article.id))).toContain('Still saved.');
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
  });

  it('tells which version is no longer kept, and leaves out a damaged version file', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library);
    const kept = await library.saveVersion(article.id, 'Good');
    const missing = versionIdFor(new Date('2020-01-01T00:00:00Z'), 1);
    await expect(library.getVersion(article.id, missing)).rejects.toThrow(/no longer kept/);

    later(1);
    const broken = await library.saveVersion(article.id, 'Broken');
    const file = path.join(root, 'history', article.id, `${broken.versionId}.json`);
    await writeFile(file, '{"schemaVersion":1,"versionId":');
    const reopened = await Library.open(root, { now });
    expect((await reopened.listVersions(article.id)).map((v) => v.versionId)).toEqual([
      kept.versionId,
    ]);
    await expect(reopened.getVersion(article.id, broken.versionId)).rejects.toThrow(/damaged/);
  });

  it('answers not-found for the versions of an article that never was', async () => {
    const library = await Library.open(root, { now });
    expect(await codeOf(library.listVersions('00000000-0000-4000-8000-000000000000'))).toBe(
      'not-found',
    );
  });
});

describe('the trash', () => {
  it('keeps a deleted article for 30 days, then removes it and its versions', async () => {
    const library = await Library.open(root, { now });
    const old = await newArticle(library, 'Old story.');
    const recent = await newArticle(library, 'Recent story.');
    await library.saveVersion(old.id, 'Kept');
    await library.trash(old.id);
    later(10 * 24 * 60);
    await library.trash(recent.id);

    later(20 * 24 * 60 + 1);
    expect((await library.listTrash()).map((article) => article.id)).toEqual([recent.id]);
    expect(await readdir(path.join(root, 'trash'))).toEqual([`${recent.id}.json`]);
    expect(await readdir(path.join(root, 'history'))).not.toContain(old.id);

    // Opening the library does it too.
    later(10 * 24 * 60);
    await Library.open(root, { now });
    expect(await readdir(path.join(root, 'trash'))).toEqual([]);
  });

  it('empties the trash for good, and leaves the library alone', async () => {
    const library = await Library.open(root, { now });
    const kept = await newArticle(library, 'Still here.');
    const gone = await newArticle(library, 'Going.');
    await library.saveVersion(gone.id);
    await library.trash(gone.id);
    expect(await library.emptyTrash()).toBe(1);
    expect(await library.listTrash()).toEqual([]);
    expect(await readdir(path.join(root, 'history'))).toEqual([]);
    expect(bodyText(await library.get(kept.id))).toContain('Still here.');
  });
});

describe('the trash, with another window at work', () => {
  it('empties what is still there, and leaves an article restored meanwhile alone', async () => {
    const library = await Library.open(root, { now });
    const other = await Library.open(root, { now });
    const kept = await newArticle(library, 'Brought back.');
    const gone = await newArticle(library, 'Going.');
    await library.trash(kept.id);
    await library.trash(gone.id);
    await library.listTrash();
    // The other window restores one before this one empties the trash.
    await other.restore(kept.id);
    expect(await library.emptyTrash()).toBe(1);
    expect(bodyText(await library.get(kept.id))).toContain('Brought back.');
  });

  it('empties only the articles named, when it is given them', async () => {
    const library = await Library.open(root, { now });
    const seen = await newArticle(library, 'Seen when confirming.');
    const late = await newArticle(library, 'Trashed afterwards.');
    await library.trash(seen.id);
    await library.trash(late.id);
    expect(await library.emptyTrash([seen.id])).toBe(1);
    expect((await library.listTrash()).map((article) => article.id)).toEqual([late.id]);
  });
});

describe('the revision on disk', () => {
  it('tells apart two saves of the same revision made at different times', async () => {
    // Two computers each saved revision 2 offline; the synced folder kept the other one's.
    const library = await Library.open(root, { now });
    const article = await newArticle(library);
    const mine = await library.save(article.id, article.revision, fields('Mine.'));
    const file = path.join(root, 'articles', `${article.id}.json`);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    const theirs = { ...stored, updatedAt: '2026-11-25T07:59:00.000Z' };
    await writeFile(file, JSON.stringify(theirs));
    expect(await library.revisionOnDisk(article.id)).toEqual({
      revision: 2,
      updatedAt: '2026-11-25T07:59:00.000Z',
    });
    expect(
      await codeOf(
        library.save(article.id, mine.revision, fields('Mine again.'), {
          baseUpdatedAt: mine.updatedAt,
        }),
      ),
    ).toBe('conflict');
  });

  it('is read without setting the file aside, even when it is half written', async () => {
    const library = await Library.open(root, { now });
    const article = await newArticle(library);
    expect(await library.revisionOnDisk(article.id)).toEqual({
      revision: 1,
      updatedAt: clock.toISOString(),
    });
    const file = path.join(root, 'articles', `${article.id}.json`);
    const whole = await readFile(file, 'utf8');
    await writeFile(file, whole.slice(0, 40));
    expect(await library.revisionOnDisk(article.id)).toEqual({ revision: null, updatedAt: null });
    expect(await readFile(file, 'utf8')).toBe(whole.slice(0, 40));
  });
});
