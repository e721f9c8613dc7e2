// The workflow's safeguards, on a real library folder: approval refused while the checklist has
// errors, approvals and status changes recorded with a name, an edited approval sent back to
// Edited, and corrections recorded and printed.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleFieldsSchema, emptyFields, type ArticleFields } from '../../../shared/article';
import { renderArticlePage } from '../../../shared/export';
import { DEFAULT_PUBLICATION } from '../../../shared/publication';
import { Library } from '../library';

let root: string;
let library: Library;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-workflow-'));
  let minutes = 0;
  library = await Library.open(root, {
    now: () => new Date(Date.UTC(2026, 11, 2, 2, minutes++)),
  });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const body = (text: string): ArticleFields['body'] => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const ready = (extra: Partial<ArticleFields> = {}) =>
  library.create({
    ...emptyFields(),
    headline: 'Ferry returns to Kratie',
    standfirst: 'The crossing reopens.',
    byline: 'Sok Dara',
    dateline: 'Kratie',
    body: body('The ferry carried 12 people on its first trip.'),
    status: 'edited',
    ...extra,
  });

async function save(id: string, change: Partial<ArticleFields>, actor = 'Chan Sophea') {
  const current = await library.get(id);
  const fields = { ...ArticleFieldsSchema.parse(current), ...change };
  return library.save(id, current.revision, fields, { actor });
}

describe('approving', () => {
  it('refuses Approved while the checklist has errors, naming each, and changes nothing', async () => {
    const article = await ready({
      headline: '',
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    const refused = await save(article.id, { status: 'approved' }).catch((error) => error);
    expect(refused.code).toBe('preflight');
    expect(refused.reason).toBe('approval-refused');
    expect(refused.message).toMatch(/^Not approved: 2 problems/);
    expect(refused.message).toContain('The headline is empty');
    expect(refused.message).toContain('The body is empty');
    const onDisk = await library.get(article.id);
    expect([onDisk.status, onDisk.revision, onDisk.approval]).toEqual(['edited', 1, undefined]);
  });

  it('refuses Approved with a related link to an article that is gone', async () => {
    const gone = await ready({ headline: 'Old story' });
    await library.trash(gone.id);
    const related = [
      {
        id: 'link-0001',
        title: 'Old story',
        titleEdited: false,
        target: { kind: 'article' as const, articleId: gone.id },
      },
    ];
    const article = await ready({ related });
    await expect(save(article.id, { status: 'approved' })).rejects.toMatchObject({
      reason: 'approval-refused',
    });
  });

  it('records who approved and when, and History shows the status change with the name', async () => {
    const article = await ready();
    await save(article.id, { status: 'approved' }, 'Chan Sophea');
    const approved = await library.get(article.id);
    expect(approved.status).toBe('approved');
    expect(approved.approval).toEqual({ by: 'Chan Sophea', at: approved.updatedAt });
    const [newest] = await library.listVersions(article.id);
    expect(newest).toMatchObject({ reason: 'status', status: 'approved', by: 'Chan Sophea' });
  });
});

describe('editing an approved article', () => {
  it('returns it to Edited, marked as changed since approval, when its published text changes', async () => {
    const article = await ready();
    await save(article.id, { status: 'approved' }, 'Chan Sophea');
    const summary = await save(
      article.id,
      { body: body('The ferry carried 21 people.') },
      'Sok Dara',
    );
    expect(summary.status).toBe('edited');
    const edited = await library.get(article.id);
    expect(edited.changedSinceApproval).toEqual({ by: 'Sok Dara', at: edited.updatedAt });
    expect(edited.approval?.by).toBe('Chan Sophea');
    const [newest] = await library.listVersions(article.id);
    expect(newest).toMatchObject({ reason: 'status', status: 'edited', by: 'Sok Dara' });
  });

  it('keeps it approved when only the editor’s notes change', async () => {
    const article = await ready();
    await save(article.id, { status: 'approved' });
    expect((await save(article.id, { notes: 'Check the figure with the port.' })).status).toBe(
      'approved',
    );
  });

  it('leaves a desk article’s status to the desk', async () => {
    const article = await ready();
    await mkdir(path.join(root, 'desk'), { recursive: true });
    await writeFile(path.join(root, 'desk', `${article.id}.yjs`), new Uint8Array([0, 0]));
    await save(article.id, { status: 'approved' });
    const summary = await save(article.id, { body: body('Changed on the desk.') });
    expect(summary.status).toBe('approved');
  });
});

describe('recording a correction', () => {
  it('keeps it approved with the note, what changed, who and when, and the page prints it', async () => {
    const article = await ready();
    await save(article.id, { status: 'approved' }, 'Chan Sophea');
    await save(article.id, { body: body('The ferry carried 21 people on its first trip.') });
    const edited = await library.get(article.id);
    const note = 'An earlier version of this article misstated the number of passengers.';
    const corrected = await library.recordCorrection(
      article.id,
      edited.revision,
      note,
      'Chan Sophea',
    );
    expect(corrected.status).toBe('approved');
    expect(corrected.changedSinceApproval).toBeUndefined();
    expect(corrected.corrections).toEqual([
      { at: corrected.updatedAt, by: 'Chan Sophea', note, summary: '−“12” +“21”' },
    ]);
    const [newest] = await library.listVersions(article.id);
    expect(newest).toMatchObject({ reason: 'correction', status: 'approved', by: 'Chan Sophea' });

    const page = renderArticlePage(corrected, { publication: DEFAULT_PUBLICATION });
    expect(page).toContain(
      `<p class="correction"><strong>Correction, December 2, 2026:</strong> ${note}</p>`,
    );
  });

  it('refuses a correction to an article not changed since approval', async () => {
    const article = await ready();
    await save(article.id, { status: 'approved' });
    const current = await library.get(article.id);
    await expect(
      library.recordCorrection(article.id, current.revision, 'Nothing changed.', 'Chan Sophea'),
    ).rejects.toMatchObject({ reason: 'correction-not-changed' });
  });

  it('refuses a correction that would leave errors in the checklist', async () => {
    const article = await ready();
    await save(article.id, { status: 'approved' });
    await save(article.id, { headline: '' });
    const current = await library.get(article.id);
    await expect(
      library.recordCorrection(article.id, current.revision, 'Headline removed.', 'Chan Sophea'),
    ).rejects.toMatchObject({ reason: 'approval-refused' });
    expect((await library.get(article.id)).status).toBe('edited');
  });
});
