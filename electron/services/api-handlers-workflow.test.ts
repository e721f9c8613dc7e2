// The workflow through the API every host uses: "Your name" kept in the settings file and recorded
// with approvals, approval refused with the checklist's errors, and a correction recorded.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFields, type Article, type ArticleFields } from '../../shared/article';
import { createDispatch, createHandlers } from './api-handlers';
import { Library } from './library';
import { openSettings, storeOptions } from './settings';

let scratch: string;
let dispatch: ReturnType<typeof createDispatch>;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-api-workflow-'));
  const library = await Library.open(path.join(scratch, 'library'));
  const settings = openSettings(
    () => new Conf({ ...storeOptions(scratch), projectName: 'dateline' }) as never,
    path.join(scratch, 'config.json'),
  );
  dispatch = createDispatch(
    createHandlers({
      library: () => library,
      appInfo: () => ({ host: 'web', libraryPath: library.root, notices: [] }),
      settings,
    }),
    () => undefined,
  );
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await dispatch(method, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as T;
}

const fieldsOf = (article: Article, change: Partial<ArticleFields>): ArticleFields => {
  const {
    schemaVersion: _v,
    id: _i,
    revision: _r,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = article;
  const {
    approval: _a,
    changedSinceApproval: _s,
    corrections: _k,
    trashedAt: _t,
    ...fields
  } = rest;
  return { ...fields, ...change };
};

describe('the workflow through the API', () => {
  it('keeps "Your name" in the settings file and records it with an approval', async () => {
    await call('updatePreferences', { userName: '  Chan Sophea ' });
    expect(await call('getPreferences', {})).toMatchObject({ userName: 'Chan Sophea' });
    expect(JSON.parse(await readFile(path.join(scratch, 'config.json'), 'utf8'))).toMatchObject({
      userName: 'Chan Sophea',
    });

    const article = await call<Article>('createArticle', {
      fields: {
        headline: 'Ferry returns',
        body: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'It does.' }] }],
        },
      },
    });
    await call('saveArticle', {
      id: article.id,
      baseRevision: article.revision,
      fields: fieldsOf(article, { status: 'approved' }),
    });
    const approved = await call<Article>('getArticle', { id: article.id });
    expect(approved.approval).toEqual({ by: 'Chan Sophea', at: approved.updatedAt });
  });

  it('refuses approval with the checklist’s errors, as a value the interface can word', async () => {
    const article = await call<Article>('createArticle', { fields: { ...emptyFields() } });
    const result = await dispatch('saveArticle', {
      id: article.id,
      baseRevision: article.revision,
      fields: fieldsOf(article, { status: 'approved' }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'preflight', reason: 'approval-refused', values: { count: 2 } },
    });
    expect((await call<Article>('getArticle', { id: article.id })).status).toBe('draft');
  });

  it('refuses a correction without a note before anything is read', async () => {
    const article = await call<Article>('createArticle', {});
    const result = await dispatch('recordCorrection', {
      id: article.id,
      baseRevision: article.revision,
      note: '   ',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
